#include "redovis/record.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "base/text_util.h"
#include "redovis/document.h"

namespace redovis {

std::string Line::Text() const {
  std::string out;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) out += '\t';
    out += cells[i].text;
  }
  return out;
}

void EraseReaderMarks(std::string* s) {
  // Each mark is EE 80 80 to EE 80 84 in UTF-8: its lead byte found first.
  size_t w = s->find('\xEE');
  if (w == std::string::npos) return;
  std::string& t = *s;
  for (size_t r = w; r < t.size();) {
    if (r + 2 < t.size() && t[r] == '\xEE' && t[r + 1] == '\x80' &&
        static_cast<unsigned char>(t[r + 2]) >= 0x80 &&
        static_cast<unsigned char>(t[r + 2]) <= 0x84) {
      r += 3;
      continue;
    }
    t[w++] = t[r++];
  }
  t.resize(w);
}

std::string Line::SpacedText() const {
  // A byte that may start or end white space: ASCII blanks and controls, and
  // any byte of a multi-byte character (a no-break space, an em space).
  auto may_be_space = [](char c) { return static_cast<unsigned char>(c) <= ' ' || (c & 0x80); };
  std::string out;
  for (const Cell& c : cells) {
    if (c.text.empty()) continue;
    // Readers give trimmed cells: the common case is appended as it is.
    const bool trimmed = !may_be_space(c.text.front()) && !may_be_space(c.text.back());
    std::string own = trimmed ? std::string() : Trim(c.text);
    const std::string& text = trimmed ? c.text : own;
    if (text.empty()) continue;
    if (!out.empty()) out += ' ';
    out += text;
  }
  return out;
}

std::string Cell::Folded() const {
  if (!fold.empty() || text.empty()) return fold;
  return Fold(text);
}

std::string Line::FoldedText() const {
  std::string out;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) out += '\t';
    if (!cells[i].fold.empty() || cells[i].text.empty()) {
      out += cells[i].fold;
    } else {
      out += Fold(cells[i].text);
    }
  }
  return out;
}

bool Line::Blank() const {
  for (const Cell& c : cells)
    if (!c.text.empty()) return false;
  return true;
}

std::string FormatDecimal(double v) {
  if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

std::string Value::ToDisplay() const {
  if (is_null()) return "";
  if (is_int()) return std::to_string(as_int());
  if (is_decimal()) return FormatDecimal(as_decimal());
  if (is_bool()) return as_bool() ? "true" : "false";
  if (is_text()) return as_text();
  std::string out;
  for (const std::string& s : as_list()) out += (out.empty() ? "" : "; ") + s;
  return out;
}

const Value& Record::Get(const std::string& key) const {
  static const Value kNull;
  auto it = values.find(key);
  return it == values.end() ? kNull : it->second;
}

void Record::AddFinding(std::string severity, std::string code, std::vector<std::string> keys,
                        std::string message, int page, int line, std::string text) {
  Finding f;
  f.severity = std::move(severity);
  f.code = std::move(code);
  f.keys = std::move(keys);
  f.message = std::move(message);
  f.page = page;
  f.line = line;
  f.text = std::move(text);
  findings.push_back(std::move(f));
}

bool Record::HasError() const {
  for (const Finding& f : findings)
    if (f.severity == "error") return true;
  return false;
}

Record Record::Summary(const std::vector<std::string>& keep) const {
  Record s;
  s.source = source;
  s.status = status;
  s.edition = edition;
  s.findings = findings;
  for (const std::string& key : keep) {
    if (std::find(asked.begin(), asked.end(), key) != asked.end()) s.asked.push_back(key);
    auto it = values.find(key);
    if (it != values.end()) s.values.insert(*it);
    auto from = provenance.find(key);
    if (from != provenance.end()) s.provenance.insert(*from);
  }
  return s;
}

}  // namespace redovis
