#include "read/text/mail_message.h"

#include <cstddef>
#include <vector>

namespace redovis {
namespace {

constexpr int kMaxDepth = 8;

char Lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k)
    if (Lower(a[k]) != Lower(b[k])) return false;
  return true;
}

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

struct Header {
  std::string name;   // lower case
  std::string value;  // folded lines joined by a space
};

// The header block opening `s` and, in *body, what follows its empty line.
// False when `s` does not open with header lines ended by an empty line.
bool SplitHeaders(std::string_view s, std::vector<Header>* headers, std::string_view* body) {
  size_t k = 0;
  while (k < s.size()) {
    size_t eol = s.find('\n', k);
    std::string_view line = s.substr(k, eol == std::string_view::npos ? s.size() - k : eol - k);
    size_t next = eol == std::string_view::npos ? s.size() : eol + 1;
    if (Trim(line).empty()) {
      if (headers->empty()) return false;
      *body = s.substr(next);
      return true;
    }
    if (line[0] == ' ' || line[0] == '\t') {
      if (headers->empty()) return false;
      headers->back().value += ' ';
      headers->back().value += Trim(line);
    } else {
      size_t colon = line.find(':');
      if (colon == std::string_view::npos || colon == 0) return false;
      for (size_t m = 0; m < colon; ++m)
        if (!IsNameChar(line[m])) return false;
      Header h;
      for (size_t m = 0; m < colon; ++m) h.name += Lower(line[m]);
      h.value = Trim(line.substr(colon + 1));
      headers->push_back(std::move(h));
    }
    k = next;
  }
  return false;  // no empty line: no body
}

std::string_view Value(const std::vector<Header>& headers, std::string_view name) {
  for (const Header& h : headers)
    if (h.name == name) return h.value;
  return {};
}

// A parameter of a header value (`multipart/mixed; boundary="b1"`), any case.
std::string Parameter(std::string_view value, std::string_view name) {
  size_t k = value.find(';');
  while (k != std::string_view::npos) {
    size_t b = k + 1;
    while (b < value.size() && (value[b] == ' ' || value[b] == '\t')) ++b;
    size_t eq = value.find('=', b);
    if (eq == std::string_view::npos) return {};
    if (EqualsIgnoringCase(Trim(value.substr(b, eq - b)), name)) {
      std::string_view v = Trim(value.substr(eq + 1));
      if (!v.empty() && v[0] == '"') {
        size_t close = v.find('"', 1);
        return std::string(v.substr(1, close == std::string_view::npos ? v.size() - 1 : close - 1));
      }
      return std::string(v.substr(0, v.find(';')));
    }
    k = value.find(';', eq);
  }
  return {};
}

// The media type of a Content-Type value, lower case ("text/plain").
std::string MediaType(std::string_view value) {
  std::string t;
  for (char c : Trim(value.substr(0, value.find(';')))) t += Lower(c);
  return t.empty() ? "text/plain" : t;  // RFC 2045's default
}

int Hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = Lower(c);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

std::string QuotedPrintable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t k = 0; k < s.size(); ++k) {
    if (s[k] != '=') {
      out += s[k];
      continue;
    }
    size_t m = k + 1;
    while (m < s.size() && (s[m] == ' ' || s[m] == '\t')) ++m;  // "=  \r\n": a soft break too
    if (m < s.size() && (s[m] == '\r' || s[m] == '\n')) {
      if (s[m] == '\r' && m + 1 < s.size() && s[m + 1] == '\n') ++m;
      k = m;
      continue;
    }
    if (m == s.size()) break;
    if (k + 2 < s.size() && Hex(s[k + 1]) >= 0 && Hex(s[k + 2]) >= 0) {
      out += static_cast<char>(Hex(s[k + 1]) * 16 + Hex(s[k + 2]));
      k += 2;
      continue;
    }
    out += '=';  // not an escape: kept as it stands
  }
  return out;
}

int Base64Digit(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

std::string Base64(std::string_view s) {
  std::string out;
  out.reserve(s.size() / 4 * 3);
  unsigned bits = 0;
  int n = 0;
  for (char c : s) {
    if (c == '=') break;
    int d = Base64Digit(c);
    if (d < 0) continue;  // line ends, spaces
    bits = (bits << 6) | static_cast<unsigned>(d);
    n += 6;
    if (n >= 8) {
      n -= 8;
      out += static_cast<char>((bits >> n) & 0xFF);
    }
  }
  return out;
}

std::string Decoded(const std::vector<Header>& headers, std::string_view body) {
  std::string enc;
  for (char c : Trim(Value(headers, "content-transfer-encoding"))) enc += Lower(c);
  if (enc == "quoted-printable") return QuotedPrintable(body);
  if (enc == "base64") return Base64(body);
  return std::string(body);
}

// The parts of a multipart body between its `--boundary` lines.
std::vector<std::string_view> Parts(std::string_view body, const std::string& boundary) {
  std::vector<std::string_view> parts;
  std::string delim = "--" + boundary;
  size_t open = std::string_view::npos;  // where the current part starts
  size_t k = 0;
  while (k < body.size()) {
    size_t eol = body.find('\n', k);
    size_t stop = eol == std::string_view::npos ? body.size() : eol;
    size_t next = eol == std::string_view::npos ? body.size() : eol + 1;
    std::string_view line = Trim(body.substr(k, stop - k));
    if (line.size() >= delim.size() && line.compare(0, delim.size(), delim) == 0) {
      std::string_view rest = line.substr(delim.size());
      if (rest.empty() || rest == "--") {
        if (open != std::string_view::npos) parts.push_back(body.substr(open, k - open));
        if (rest == "--") return parts;
        open = next;
      }
    }
    k = next;
  }
  if (open != std::string_view::npos) parts.push_back(body.substr(open));
  return parts;
}

// The text of an entity (headers, body) of media type `type`: found is
// text/plain, else text/html when `html`.
bool EntityText(const std::vector<Header>& headers, std::string_view body, bool html, int depth,
                std::string* text) {
  if (depth > kMaxDepth) return false;
  std::string_view content_type = Value(headers, "content-type");
  std::string type = MediaType(content_type);
  std::string disposition;
  for (char c : Value(headers, "content-disposition")) disposition += Lower(c);
  if (disposition.compare(0, 10, "attachment") == 0) return false;
  if (type.compare(0, 10, "multipart/") == 0) {
    std::string boundary = Parameter(content_type, "boundary");
    if (boundary.empty()) return false;
    for (std::string_view part : Parts(body, boundary)) {
      std::vector<Header> part_headers;
      std::string_view part_body;
      if (!part.empty() && (part[0] == '\n' || part.compare(0, 2, "\r\n") == 0)) {
        part_body = part.substr(part[0] == '\n' ? 1 : 2);  // no headers: text/plain
      } else if (!SplitHeaders(part, &part_headers, &part_body)) {
        continue;
      }
      if (EntityText(part_headers, part_body, html, depth + 1, text)) return true;
    }
    return false;
  }
  if (type == "text/plain" || (html && type == "text/html")) {
    *text = Decoded(headers, body);
    return true;
  }
  return false;
}

// A message's quoted-printable body saved without its headers: every '='
// an escape of two capital hex digits or a soft line break, at least
// kBareEscapes escapes of bytes past ASCII, no such byte unescaped, and no
// line longer than the encoding allows (76 bytes).
constexpr int kBareEscapes = 4;
constexpr size_t kQuotedLineMax = 76;

bool IsBareQuotedPrintable(std::string_view s) {
  auto upper_hex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'); };
  int escapes = 0;
  size_t line = 0;
  for (size_t k = 0; k < s.size(); ++k) {
    const char c = s[k];
    if (c == '\n' || c == '\r') {
      line = 0;
      continue;
    }
    if (++line > kQuotedLineMax || static_cast<unsigned char>(c) >= 0x80) return false;
    if (c != '=') continue;
    if (k + 2 < s.size() && upper_hex(s[k + 1]) && upper_hex(s[k + 2])) {
      if (s[k + 1] >= '8') ++escapes;
      k += 2;
      line += 2;
      continue;
    }
    size_t m = k + 1;
    while (m < s.size() && (s[m] == ' ' || s[m] == '\t')) ++m;
    if (m < s.size() && s[m] != '\r' && s[m] != '\n') return false;  // "a = b": no escape
  }
  return escapes >= kBareEscapes;
}

// `bytes`, no message: its text decoded when it is a bare quoted-printable
// body (above).
MailText BareBody(std::string_view bytes, std::string* text) {
  if (!IsBareQuotedPrintable(bytes)) return MailText::kNotMail;
  *text = QuotedPrintable(bytes);
  return MailText::kText;
}

}  // namespace

MailText MailBodyText(std::string_view bytes, std::string* text) {
  std::vector<Header> headers;
  std::string_view body;
  if (!SplitHeaders(bytes, &headers, &body)) return BareBody(bytes, text);
  int mime = 0, address = 0;
  for (const Header& h : headers) {
    if (h.name == "mime-version" || h.name == "content-type" ||
        h.name == "content-transfer-encoding")
      ++mime;
    if (h.name == "from" || h.name == "to" || h.name == "subject" || h.name == "date") ++address;
  }
  if (mime == 0 || address < 2) return BareBody(bytes, text);
  if (EntityText(headers, body, false, 0, text) || EntityText(headers, body, true, 0, text))
    return MailText::kText;
  return MailText::kNoText;
}

}  // namespace redovis
