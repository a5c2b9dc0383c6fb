// Compact JSON text into one string. See json_text.h.
#include "write/json_text.h"

#include <charconv>
#include <nlohmann/json.hpp>

#include "base/utf8.h"

namespace redovis {

void AppendJsonString(std::string_view s, std::string* out) {
  if (!IsValidUtf8(s)) {
    // Bad bytes: nlohmann's own replacement, so that the two agree byte for byte.
    *out += nlohmann::json(std::string(s))
                .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t plain = 0;  // the start of the run of bytes copied as they are
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(s.data() + plain, i - plain);
    plain = i + 1;
    switch (c) {
      case '"':
        *out += "\\\"";
        break;
      case '\\':
        *out += "\\\\";
        break;
      case '\b':
        *out += "\\b";
        break;
      case '\f':
        *out += "\\f";
        break;
      case '\n':
        *out += "\\n";
        break;
      case '\r':
        *out += "\\r";
        break;
      case '\t':
        *out += "\\t";
        break;
      default: {
        char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        out->append(u, sizeof u);
      }
    }
  }
  out->append(s.data() + plain, s.size() - plain);
  out->push_back('"');
}

void JsonText::Separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_) out_ += ',';
  first_ = false;
}

void JsonText::Open(char c) {
  Separate();
  out_ += c;
  first_ = true;
}

void JsonText::Close(char c) {
  out_ += c;
  first_ = false;
}

void JsonText::Key(std::string_view key) {
  Separate();
  AppendJsonString(key, &out_);
  out_ += ':';
  after_key_ = true;
}

void JsonText::String(std::string_view s) {
  Separate();
  AppendJsonString(s, &out_);
}

void JsonText::Int(int64_t v) {
  Separate();
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out_.append(buf, static_cast<size_t>(end - buf));
}

void JsonText::Double(double v) {
  Separate();
  out_ += nlohmann::json(v).dump();  // nlohmann's shortest form ("2.0", "0.1", "null" for NaN)
}

void JsonText::Bool(bool v) {
  Separate();
  out_ += v ? "true" : "false";
}

void JsonText::Null() {
  Separate();
  out_ += "null";
}

void JsonText::Strings(const std::vector<std::string>& list) {
  BeginArray();
  for (const std::string& s : list) String(s);
  EndArray();
}

}  // namespace redovis
