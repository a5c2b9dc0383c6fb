#include "match/value_parser.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "base/text_util.h"
#include "base/utf8.h"
#include "patterns/regex.h"
#include "read/text/cut_lines.h"

namespace redovis {

namespace {

bool ValidDate(int y, int m, int d) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  if (d > kDays[m - 1]) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

std::string Iso(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace

bool ValueParser::CountChooses(const std::string& count) const {
  double n = 0;
  return ParseNumber(count, &n) && n > 0;
}

bool ValueParser::ParseNumber(const std::string& text_in, double* out) const {
  std::string text = Trim(text_in);
  if (text.empty()) return false;
  // Normalise the minus sign and drop spaces between digit groups.
  std::string s;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    if (c == 0xE2 && i + 2 < text.size() && (unsigned char)text[i + 1] == 0x88 &&
        (unsigned char)text[i + 2] == 0x92) {  // U+2212 minus
      s += '-';
      i += 2;
      continue;
    }
    s += static_cast<char>(c);
  }
  // The numeric part: optional sign, digits with space/dot thousands groups, optional decimals.
  size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  bool negative = false;
  if (i < s.size() && s[i] == '-') {
    negative = true;
    ++i;
  }
  if (i >= s.size() || !IsAsciiDigit(s[i])) return false;
  std::string integer, fraction;
  while (i < s.size() && IsAsciiDigit(s[i])) integer += s[i++];
  // Thousands groups: "804 246", "4 045 300", "4.045.300" (three digits after each separator).
  auto group_at = [&](size_t at, size_t* digits_start, size_t* digits_end) {
    if (at >= s.size() || (s[at] != ' ' && s[at] != '.')) return false;
    size_t j = at + 1;
    if (s[at] == ' ')
      while (j < s.size() && s[j] == ' ') ++j;
    size_t k = j;
    while (k < s.size() && IsAsciiDigit(s[k])) ++k;
    *digits_start = j;
    *digits_end = k;
    return k - j == 3;
  };
  if (integer.size() <= 3) {
    size_t j, k;
    bool first = true;
    while (group_at(i, &j, &k)) {
      if (s[i] == '.' && first) {
        // One dot group alone ("1.500") is a decimal point, two or more are thousands.
        size_t j2, k2;
        if (!group_at(k, &j2, &k2) || s[k] != '.') break;
      }
      integer += s.substr(j, 3);
      i = k;
      first = false;
    }
  }
  if (i < s.size() && (s[i] == ',' || s[i] == '.') && i + 1 < s.size() && IsAsciiDigit(s[i + 1])) {
    ++i;
    while (i < s.size() && IsAsciiDigit(s[i])) fraction += s[i++];
  }
  std::string rest = Trim(s.substr(i));
  if (!rest.empty()) {
    bool unit = false;
    // Each unit tried only where its literal prefilter passes: one whose
    // word the text lacks is neither compiled nor run.
    std::string folded = Fold(rest);
    icu::UnicodeString r;
    for (const Pattern& p : vocabulary_.number_units) {
      if (!MayMatch(p, folded)) continue;
      if (r.isEmpty()) r = U(rest);
      if (RegexFind(p, r, nullptr, &cache_)) unit = true;
    }
    if (!unit) return false;
  }
  if (integer.size() > 15) return false;
  double v = std::strtod((integer + (fraction.empty() ? "" : "." + fraction)).c_str(), nullptr);
  *out = negative ? -v : v;
  return true;
}

bool ValueParser::ParseDate(const std::string& text_in, std::string* iso) const {
  std::string t = Trim(text_in);
  // Collect the runs of digits with their positions.
  std::vector<std::pair<size_t, std::string>> runs;
  for (size_t i = 0; i < t.size();) {
    if (IsAsciiDigit(t[i])) {
      size_t j = i;
      while (j < t.size() && IsAsciiDigit(t[j])) ++j;
      runs.emplace_back(i, t.substr(i, j - i));
      i = j;
    } else {
      ++i;
    }
  }
  auto num = [](const std::string& s) { return std::atoi(s.c_str()); };
  // YYYY-MM-DD, YYYY.MM.DD, YYYY/MM/DD
  for (size_t r = 0; r + 2 < runs.size(); ++r) {
    const auto& a = runs[r].second;
    const auto& b = runs[r + 1].second;
    const auto& c = runs[r + 2].second;
    if (a.size() == 4 && b.size() <= 2 && c.size() <= 2 && !b.empty() && !c.empty()) {
      size_t between = runs[r + 1].first - (runs[r].first + 4);
      if (between == 1 && ValidDate(num(a), num(b), num(c))) {
        *iso = Iso(num(a), num(b), num(c));
        return true;
      }
    }
    // DD/MM/YYYY, DD.MM.YYYY, DD-MM-YYYY
    if (a.size() <= 2 && b.size() <= 2 && c.size() == 4 && ValidDate(num(c), num(b), num(a))) {
      *iso = Iso(num(c), num(b), num(a));
      return true;
    }
  }
  // YYYYMMDD
  for (const auto& [pos, digits] : runs) {
    if (digits.size() == 8) {
      int y = num(digits.substr(0, 4)), m = num(digits.substr(4, 2)), d = num(digits.substr(6, 2));
      if (ValidDate(y, m, d)) {
        *iso = Iso(y, m, d);
        return true;
      }
    }
  }
  // D monthname YYYY. A month whose name the text cannot hold (its literal
  // prefilter) is neither compiled nor run: most dates name one month of twelve.
  std::string folded = Fold(t);
  icu::UnicodeString u;
  for (const auto& [month, pattern] : vocabulary_.months) {
    RegexMatch m;
    if (!MayMatch(pattern, folded)) continue;
    if (u.isEmpty()) u = U(t);
    if (!RegexFind(pattern, u, &m, &cache_)) continue;
    std::string before = Utf8(u.tempSubStringBetween(0, m.start));
    std::string after = Utf8(u.tempSubString(m.end));
    size_t d_end = before.find_last_of("0123456789");
    if (d_end == std::string::npos) continue;
    size_t d_start = d_end;
    while (d_start > 0 && IsAsciiDigit(before[d_start - 1])) --d_start;
    std::string between = Trim(before.substr(d_end + 1));
    if (!(between.empty() || between == ".")) continue;
    size_t y_start = after.find_first_of("0123456789");
    if (y_start == std::string::npos || !Trim(after.substr(0, y_start)).empty()) continue;
    size_t y_end = y_start;
    while (y_end < after.size() && IsAsciiDigit(after[y_end])) ++y_end;
    int d = num(before.substr(d_start, d_end - d_start + 1)),
        y = num(after.substr(y_start, y_end - y_start));
    if (y_end - y_start == 4 && ValidDate(y, month, d)) {
      *iso = Iso(y, month, d);
      return true;
    }
  }
  return false;
}

bool ValueParser::IsMark(const std::string& text) const {
  if (text.size() > 16) return false;  // marks are a few characters
  // Keyed by the text as given: its answer is its trimmed text's, and a
  // known text needs no trimming.
  auto known = marks_.find(text);
  if (known != marks_.end()) return known->second;
  std::string t = Trim(text);
  bool mark = false;
  if (!t.empty()) {
    std::string folded = Fold(t);
    icu::UnicodeString u;
    for (const Pattern& p : vocabulary_.marks) {
      if (!MayMatch(p, folded)) continue;
      if (u.isEmpty()) u = U(t);
      if (RegexFind(p, u, nullptr, &cache_)) {
        mark = true;
        break;
      }
    }
  }
  marks_.emplace(text, mark);
  return mark;
}

ValueParser::ValueParser(const Vocabulary& vocabulary) : vocabulary_(vocabulary) {
  for (const auto& column : vocabulary_.columns) column_firsts_ |= FirstBytes(column.second);
}

unsigned long long ValueParser::MostOf(const std::vector<std::string>& columns) const {
  unsigned long long most = ULLONG_MAX;
  for (const std::string& c : columns) {
    const auto it = vocabulary_.column_most.find(c);
    if (it == vocabulary_.column_most.end()) return ULLONG_MAX;
    most = std::min(most, it->second);
  }
  return most;
}

bool ValueParser::StartsNoColumn(const std::string& text, const std::string* folded) const {
  // Trim keeps an ASCII first character that is no space, and Fold (ICU's
  // fold too) makes it its small letter, also where the text is joined from
  // a broken word (Column's BrokenWord keeps its first character).
  if (text.empty()) return false;
  const unsigned char b = static_cast<unsigned char>(text[0]);
  if (b >= 0x80 || b == ' ' || (b >= '\t' && b <= '\r')) return false;  // Trim's ASCII spaces
  const unsigned char low = b >= 'A' && b <= 'Z' ? static_cast<unsigned char>(b - 'A' + 'a') : b;
  if (column_firsts_.test(low)) return false;
  return folded == nullptr ||
         (!folded->empty() && !column_firsts_.test(static_cast<unsigned char>((*folded)[0])));
}

std::string ValueParser::ColumnOf(const std::string& text) const {
  if (StartsNoColumn(text, nullptr)) return "";
  auto known = columns_of_text_.find(text);
  if (known != columns_of_text_.end()) return known->second;
  std::string t = Trim(text);
  std::string column = t.empty() ? "" : Column(t, Fold(t));
  columns_of_text_.emplace(text, column);
  return column;
}

std::string ValueParser::ColumnOf(const std::string& text, const std::string& folded) const {
  // Keyed by the text as given, the fold given kept beside the answer (the
  // literal guard reads it): a known text with the same fold needs no
  // trimming. The first fold given for a text is the one kept.
  if (StartsNoColumn(text, &folded)) return "";
  auto known = columns_.find(text);
  if (known != columns_.end() && known->second.fold == folded) return known->second.column;
  std::string t = Trim(text);
  std::string column = t.empty() ? "" : Column(t, folded);
  if (known == columns_.end()) columns_.emplace(text, KnownColumn{folded, column});
  return column;
}

std::string ValueParser::DatedColumnOf(const std::string& text, int* year) const {
  *year = 0;
  std::string t = Trim(text);
  // The year, in brackets or not, at the cell's end or its start.
  auto read_year = [](std::string w, int* out) {
    if (w.size() >= 2 && w.front() == '(' && w.back() == ')') w = w.substr(1, w.size() - 2);
    if (w.size() != 4 || !AllAsciiDigits(w) || !(w.rfind("19", 0) == 0 || w.rfind("20", 0) == 0))
      return false;
    *out = std::stoi(w);
    return true;
  };
  int y = 0;
  std::string words;
  if (const size_t last = t.rfind(' ');
      last != std::string::npos && read_year(t.substr(last + 1), &y))
    words = Trim(t.substr(0, last));
  else if (const size_t first = t.find(' ');
           first != std::string::npos && read_year(t.substr(0, first), &y))
    words = Trim(t.substr(first + 1));
  if (words.empty()) return "";
  const std::string column = WholeColumnOf(words);
  if (!column.empty()) *year = y;
  return column;
}

std::string ValueParser::WholeColumnOf(const std::string& text) const {
  std::string t = Trim(text);
  if (t.empty() || t.find(kCutLine) != std::string::npos) return "";
  const icu::UnicodeString u = U(t);
  RegexMatch m;
  for (const auto& [name, p] : vocabulary_.columns)
    if (RegexFind(p, u, &m, &cache_) && m.start == 0 && m.end == u.length()) return name;
  return "";
}

namespace {

// One word broken over the lines of a narrow header cell and joined back
// with spaces ("Komme ntar", "Kom men tar", "Kvinn or"): pieces of two or
// more letters each, every piece after the first in lower case; the first
// may be one capital letter ("N ej": MuPDF's text of the 2020 form's queue
// question). The word without its spaces, or "" when `text` is not such a
// word.
std::string BrokenWord(const std::string& text) {
  std::string whole;
  size_t pieces = 0, start = 0;
  while (start <= text.size()) {
    size_t end = std::min(text.find(' ', start), text.size());
    std::string_view piece(text.data() + start, end - start);
    size_t letters = 0;
    bool capital = false;
    for (size_t i = 0; i < piece.size();) {
      const unsigned char b = static_cast<unsigned char>(piece[i]);
      bool alpha, lower;
      if (b < 0x80) {  // ASCII: ICU's answers, without the calls
        ++i;
        lower = b >= 'a' && b <= 'z';
        alpha = lower || (b >= 'A' && b <= 'Z');
      } else {
        UChar32 c = NextCodePoint(piece, &i);
        alpha = u_isalpha(c);
        lower = u_islower(c);
      }
      // Every character a letter, and after the first piece every letter small.
      if (!alpha || (pieces > 0 && !lower)) return "";
      capital = capital || !lower;
      ++letters;
    }
    if (letters < 2 && !(pieces == 0 && letters == 1 && capital)) return "";
    whole.append(piece);
    ++pieces;
    start = end + 1;
  }
  return pieces >= 2 ? whole : "";
}

}  // namespace

std::string ValueParser::Column(const std::string& trimmed, const std::string& folded) const {
  // A cell the text reader marked cut (cut_lines.h): the word it held past
  // the cut is gone ("Ne" of "Nej"), or it is a fold's rest, standing at a
  // column not its own. Where a blank stands between its last word and the
  // cut at its end ("Kvinnor " of "Kvinnor   Män"), its words are whole:
  // read as they stand, so a column whose header the cut left whole keeps
  // its values (its neighbour right of the cut is gone all the same).
  if (trimmed.find(kCutLine) != std::string::npos) {
    const size_t before = WholeBeforeCut(trimmed);
    if (before == std::string_view::npos) return "";
    std::string whole = Trim(trimmed.substr(0, before));
    return whole.empty() ? "" : Column(whole, Fold(whole));
  }
  icu::UnicodeString u;
  for (const auto& [name, p] : vocabulary_.columns) {
    if (!MayMatch(p, folded)) continue;
    if (u.isEmpty()) u = U(trimmed);
    if (RegexFind(p, u, nullptr, &cache_)) return name;
  }
  // A column word a narrow header cell broke over its lines ("Komme" over
  // "ntar"), joined back with a space by the text layout: the word it was.
  // Only where the text as written names no column, so a header that reads
  // as written keeps its reading.
  std::string whole = BrokenWord(trimmed);
  return whole.empty() ? "" : Column(whole, Fold(whole));
}

std::string TidyPhone(const std::string& text) {
  std::string out;
  for (char c : text)
    if (IsAsciiDigit(c) || c == '+' || c == '-') out += c;
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

bool PhoneCutShort(const std::string& tidy) {
  size_t hyphen = tidy.find('-');
  if (hyphen < 2 || hyphen > 4 || tidy[0] != '0' || tidy.find('-', hyphen + 1) != std::string::npos)
    return false;
  for (size_t k = 1; k < hyphen; ++k)
    if (!IsAsciiDigit(tidy[k])) return false;
  size_t subscriber = tidy.size() - hyphen - 1;
  // A national number holds eight or nine digits after its leading 0 (the
  // area code's and the subscriber's): "08-578294" lost its "91".
  return subscriber < 5 || (hyphen - 1) + subscriber < 8;
}

std::string FindPhone(const std::string& text) {
  // A run of digits, spaces and hyphens (optionally starting with '+') holding 6+ digits.
  for (size_t i = 0; i < text.size(); ++i) {
    if (!(IsAsciiDigit(text[i]) ||
          (text[i] == '+' && i + 1 < text.size() && IsAsciiDigit(text[i + 1]))))
      continue;
    if (i > 0 && (std::isalnum(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '.' ||
                  text[i - 1] == '@'))
      continue;
    size_t j = i, digits = 0, last = i;
    while (j < text.size() &&
           (IsAsciiDigit(text[j]) || text[j] == ' ' || text[j] == '-' || text[j] == '+')) {
      if (IsAsciiDigit(text[j])) {
        ++digits;
        last = j + 1;
      }
      ++j;
    }
    j = last;
    if (j < text.size() && (std::isalpha(static_cast<unsigned char>(text[j])) || text[j] == '@' ||
                            (text[j] == '.' && j + 1 < text.size() &&
                             !std::isspace(static_cast<unsigned char>(text[j + 1]))))) {
      // part of an address or a word: skip this run
      i = j;
      continue;
    }
    if (digits >= 6) return Trim(text.substr(i, j - i));
    i = j;
  }
  return "";
}

namespace {

bool Blank(char c) {
  return c == ' ' || c == '\t' || c == '\n';
}

// A line drawn with table syntax only: "|---+---|", "| |", "+===+".
bool RuleLine(std::string_view line) {
  bool bar = false;
  for (char c : line) {
    if (c == '|' || c == '+') bar = true;
    if (c != '|' && c != '+' && c != '-' && c != '=' && c != ':' && c != ' ') return false;
  }
  return bar;
}

bool Letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The HTML markup at text[k] ('<' or '&'): a tag of the elements converters
// and word processors write (`<p>`, `</strong>`, `<br/>`, `<span class=..`)
// or a character reference (`&#45;`, `&#x2026;`, `&amp;`); "" when none.
std::string HtmlMarkupAt(std::string_view text, size_t k) {
  static constexpr std::string_view kTags[] = {
      "a",     "b",  "blockquote", "br", "caption", "center", "col",    "colgroup", "div", "em",
      "font",  "h1", "h2",         "h3", "h4",      "h5",     "h6",     "hr",       "i",   "img",
      "input", "li", "ol",         "p",  "pre",     "span",   "strong", "sub",      "sup", "table",
      "tbody", "td", "tfoot",      "th", "thead",   "tr",     "u",      "ul"};
  if (text[k] == '<') {
    size_t b = k + 1 < text.size() && text[k + 1] == '/' ? k + 2 : k + 1;
    size_t e = b;
    while (e < text.size() && (Letter(text[e]) || (e > b && text[e] >= '1' && text[e] <= '6'))) ++e;
    if (e == b || e >= text.size() || (text[e] != '>' && text[e] != ' ' && text[e] != '/'))
      return "";
    std::string name(text.substr(b, e - b));
    for (char& c : name) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (std::string_view t : kTags)
      if (name == t) return std::string(text.substr(k, e - k + (text[e] == '>')));
    return "";
  }
  size_t semi = text.find(';', k + 1);
  if (semi == std::string_view::npos || semi - k > 10 || semi - k < 3) return "";
  std::string_view body = text.substr(k + 1, semi - k - 1);
  bool numeric = body[0] == '#';
  for (size_t m = numeric ? 1 : 0; m < body.size(); ++m) {
    char c = body[m];
    bool ok = numeric ? (c >= '0' && c <= '9') || (m == 1 && (c == 'x' || c == 'X')) ||
                            (body.size() > 1 && (body[1] == 'x' || body[1] == 'X') &&
                             ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
                      : Letter(c);
    if (!ok) return "";
  }
  return std::string(text.substr(k, semi - k + 1));
}

}  // namespace

std::string TableDebris(const std::string& text, bool free_text) {
  for (std::string_view piece :
       {"|===", "||", "{|", "|}", "+---", "---+", "+===", "<td", "</td>", "<tr", "</tr>", "<col "})
    if (text.find(piece) != std::string::npos) return std::string(piece);
  for (size_t k = text.find_first_of("<&"); k != std::string::npos;
       k = text.find_first_of("<&", k + 1))
    if (std::string html = HtmlMarkupAt(text, k); !html.empty()) return html;
  if (text.size() >= 2 && text[0] == '.' && text[1] == ' ') return ". ";
  size_t b = 0;
  while (b <= text.size()) {
    size_t e = text.find('\n', b);
    if (e == std::string::npos) e = text.size();
    std::string_view line = std::string_view(text).substr(b, e - b);
    size_t f = line.find_first_not_of(" \t"), l = line.find_last_not_of(" \t");
    if (f != std::string_view::npos) {
      line = line.substr(f, l - f + 1);
      if (RuleLine(line)) return std::string(line);
      if (line.front() == '|' || line.back() == '|') return "|";
      for (size_t k = 1; k + 1 < line.size(); ++k) {
        if (line[k] != '|') continue;
        bool space_before = Blank(line[k - 1]), space_after = Blank(line[k + 1]);
        if (!free_text || space_before != space_after) return "|";
      }
    }
    b = e + 1;
  }
  return "";
}

namespace {

/// True when `u` is a letter.
bool IsLetter(UChar32 u) {
  return u_isalpha(u) != 0;
}

}  // namespace

bool MayHaveLostDecimalMark(const std::string& text) {
  int digits = 0;
  for (char c : text) {
    if (c >= '0' && c <= '9')
      ++digits;
    else if (c == ',' || c == '.')
      return false;
  }
  return digits >= 2;
}

bool RepairOcrNumberMarks(const std::string& text, std::string* out) {
  *out = text;
  // The tokens: marks alone before one number.
  std::vector<std::string> tokens;
  size_t b = 0;
  while (b < text.size()) {
    if (text[b] == ' ') {
      ++b;
      continue;
    }
    size_t e = text.find(' ', b);
    if (e == std::string::npos) e = text.size();
    tokens.push_back(text.substr(b, e - b));
    b = e;
  }
  if (tokens.empty()) return false;
  auto is_mark = [](char c) {
    return c == '!' || c == ':' || c == ';' || c == '|' || c == '\'' || c == '"' || c == '(' ||
           c == ')' || c == '[' || c == ']';
  };
  for (size_t i = 0; i + 1 < tokens.size(); ++i)
    for (char c : tokens[i])
      if (!is_mark(c)) return false;
  std::string number = tokens.back();
  size_t f = 0, l = number.size();
  while (f < l && (number[f] == '(' || number[f] == '[')) ++f;
  while (l > f && (number[l - 1] == ')' || number[l - 1] == ']')) --l;
  number = number.substr(f, l - f);
  if (number.empty() || !IsAsciiDigit(number.front()) || !IsAsciiDigit(number.back())) return false;
  for (char c : number)
    if (!IsAsciiDigit(c) && c != ',' && c != '.') return false;
  if (number == text) return false;
  *out = number;
  return true;
}

namespace {

// Whether the code points [s, t) of `u` are a number with a unit of the
// vocabulary glued to it, as ValueParser::ParseNumber reads one.
bool GluedToUnit(const std::vector<UChar32>& u, size_t s, size_t t, const ValueParser& units) {
  std::string token;
  for (size_t i = s; i < t; ++i) AppendUtf8(u[i], &token);
  double unused = 0;
  return units.ParseNumber(token, &unused);
}

}  // namespace

double WordLikeShare(const std::string& text, const ValueParser* units) {
  int counted = 0, words = 0;
  size_t b = 0;
  while (b < text.size()) {
    if (text[b] == ' ' || text[b] == '\t' || text[b] == '\n') {
      ++b;
      continue;
    }
    size_t e = b;
    while (e < text.size() && text[e] != ' ' && text[e] != '\t' && text[e] != '\n') ++e;
    std::vector<UChar32> u;
    for (size_t i = b; i < e;) u.push_back(NextCodePoint(text, &i));
    b = e;
    // Punctuation around a token does not count for or against it.
    size_t s = 0, t = u.size();
    while (s < t && u_ispunct(u[s])) ++s;
    while (t > s && u_ispunct(u[t - 1])) --t;
    if (s == t) continue;
    // A number (a count, a date, a time, a share) is word-like.
    bool number = u_isdigit(u[s]) != 0;
    for (size_t i = s; i < t && number; ++i)
      number = u_isdigit(u[i]) || u[i] == '.' || u[i] == ',' || u[i] == ':' || u[i] == '/' ||
               u[i] == '-' || u[i] == '%';
    if (number) {
      ++counted, ++words;
      continue;
    }
    // A number glued to a unit of the vocabulary ("30dagar") is a number
    // and a word; letters glued to digits otherwise are not ("1ad").
    if (units && u_isdigit(u[s]) && u_isalpha(u[t - 1]) && GluedToUnit(u, s, t, *units)) {
      ++counted, ++words;
      continue;
    }
    if (t - s < 2) continue;  // a lone letter tells nothing
    ++counted;
    // A word: letters, perhaps joined by a hyphen or an apostrophe, each part
    // written in lower case, in capitals, or with a capital first.
    bool word = true;
    size_t part = s;
    for (size_t i = s; i <= t && word; ++i) {
      if (i < t && IsLetter(u[i])) continue;
      if (i < t && !(u[i] == '-' || u[i] == '\'' || u[i] == 0x2019 || u[i] == '.' || u[i] == '@')) {
        word = false;
        break;
      }
      if (i == part) {  // an empty part
        word = false;
        break;
      }
      bool lower = true, upper = true;
      for (size_t k = part; k < i; ++k) {
        lower &= u_islower(u[k]) != 0;
        upper &= u_isupper(u[k]) != 0;
      }
      bool capital = u_isupper(u[part]) != 0;
      for (size_t k = part + 1; k < i; ++k) capital &= u_islower(u[k]) != 0;
      word = lower || upper || capital;
      part = i + 1;
    }
    if (word) ++words;
  }
  return counted == 0 ? 1.0 : static_cast<double>(words) / counted;
}

}  // namespace redovis
