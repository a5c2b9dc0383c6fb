#include "read/text/html_markup.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <utility>

#include "base/utf8.h"
#include "read/text/cell_text.h"

namespace redovis {
namespace {

// Caps, so that hostile markup costs at most linear time and memory: a span
// that asks for more is cut to them, a cell past the last column is dropped,
// a tag longer than kMaxTagBytes (no '>' in sight) is dropped whole, and a
// cell's text past kMaxCellBytes empties the cell (no form's answer is that
// long; a cut text would be a wrong value).
constexpr int kMaxColSpan = 100;
constexpr int kMaxRowSpan = 1000;
constexpr size_t kMaxColumns = 1000;
constexpr size_t kMaxTagBytes = 4096;
constexpr size_t kMaxCellBytes = 1 << 20;

char Lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool IsAlpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool IsAlnum(char c) {
  return IsAlpha(c) || (c >= '0' && c <= '9');
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// True when s[k...] starts with `word` in any case.
bool StartsAt(std::string_view s, size_t k, std::string_view word) {
  if (k + word.size() > s.size()) return false;
  for (size_t m = 0; m < word.size(); ++m)
    if (Lower(s[k + m]) != word[m]) return false;
  return true;
}

// The named references word processors and converters write, beside the
// five of XML. Sorted by name for the binary search.
struct NamedEntity {
  std::string_view name;
  UChar32 code;
};
constexpr std::array<NamedEntity, 52> kNamedEntities{{
    {"AElig", 0xC6},   {"Aacute", 0xC1},  {"Agrave", 0xC0}, {"Aring", 0xC5},    {"Auml", 0xC4},
    {"Ccedil", 0xC7},  {"Eacute", 0xC9},  {"Egrave", 0xC8}, {"Ntilde", 0xD1},   {"Oslash", 0xD8},
    {"Ouml", 0xD6},    {"Uuml", 0xDC},    {"aacute", 0xE1}, {"aelig", 0xE6},    {"agrave", 0xE0},
    {"amp", '&'},      {"apos", '\''},    {"aring", 0xE5},  {"auml", 0xE4},     {"bdquo", 0x201E},
    {"bull", 0x2022},  {"ccedil", 0xE7},  {"copy", 0xA9},   {"deg", 0xB0},      {"eacute", 0xE9},
    {"egrave", 0xE8},  {"euro", 0x20AC},  {"gt", '>'},      {"hellip", 0x2026}, {"laquo", 0xAB},
    {"ldquo", 0x201C}, {"lsquo", 0x2018}, {"lt", '<'},      {"mdash", 0x2014},  {"middot", 0xB7},
    {"nbsp", ' '},     {"ndash", 0x2013}, {"ntilde", 0xF1}, {"oslash", 0xF8},   {"ouml", 0xF6},
    {"para", 0xB6},    {"quot", '"'},     {"raquo", 0xBB},  {"rdquo", 0x201D},  {"reg", 0xAE},
    {"rsquo", 0x2019}, {"sect", 0xA7},    {"shy", 0xAD},    {"times", 0xD7},    {"trade", 0x2122},
    {"uuml", 0xFC},    {"yuml", 0xFF},
}};
static_assert(std::is_sorted(kNamedEntities.begin(), kNamedEntities.end(),
                             [](const NamedEntity& a, const NamedEntity& b) {
                               return a.name < b.name;
                             }));

// Decodes the reference starting at s[k] ('&'), appending it to *out and
// returning the index after it; k when it is none.
size_t DecodeOne(std::string_view s, size_t k, std::string* out) {
  size_t semi = s.find(';', k + 1);
  if (semi == std::string_view::npos || semi - k > 12 || semi == k + 1) return k;
  std::string_view body = s.substr(k + 1, semi - k - 1);
  if (body[0] == '#') {
    bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 7) return k;
    long v = 0;
    for (char c : digits) {
      int d = c >= '0' && c <= '9'                        ? c - '0'
              : hex && Lower(c) >= 'a' && Lower(c) <= 'f' ? Lower(c) - 'a' + 10
                                                          : -1;
      if (d < 0) return k;
      v = v * (hex ? 16 : 10) + d;
    }
    if (v == 0xAD) return semi + 1;  // a soft hyphen: nothing
    AppendUtf8(
        v == 0 || v == 0xA0 ? (v == 0 ? kReplacementCharacter : ' ') : static_cast<UChar32>(v),
        out);
    return semi + 1;
  }
  auto it = std::lower_bound(kNamedEntities.begin(), kNamedEntities.end(), body,
                             [](const NamedEntity& e, std::string_view n) { return e.name < n; });
  if (it == kNamedEntities.end() || it->name != body) return k;
  if (it->code != 0xAD) AppendUtf8(it->code, out);
  return semi + 1;
}

// One attribute's value in a tag's source (`td colspan="2" class=x`), found
// by name in any case; *found false when absent. A name without a value
// (`checked`) is found with an empty value.
std::string_view Attribute(std::string_view tag, std::string_view name, bool* found) {
  *found = false;
  size_t k = 0;
  while (k < tag.size() && IsAlnum(tag[k])) ++k;  // the tag's own name
  while (k < tag.size()) {
    while (k < tag.size() && (IsSpace(tag[k]) || tag[k] == '/')) ++k;
    size_t b = k;
    while (k < tag.size() && !IsSpace(tag[k]) && tag[k] != '=' && tag[k] != '/') ++k;
    std::string_view attr = tag.substr(b, k - b);
    if (attr.empty()) {
      if (k < tag.size()) ++k;  // a stray '=' or '/'
      continue;
    }
    while (k < tag.size() && IsSpace(tag[k])) ++k;
    std::string_view value;
    if (k < tag.size() && tag[k] == '=') {
      ++k;
      while (k < tag.size() && IsSpace(tag[k])) ++k;
      if (k < tag.size() && (tag[k] == '"' || tag[k] == '\'')) {
        char q = tag[k];
        size_t close = tag.find(q, k + 1);
        if (close == std::string_view::npos) close = tag.size();
        value = tag.substr(k + 1, close - k - 1);
        k = close + 1;
      } else {
        size_t vb = k;
        while (k < tag.size() && !IsSpace(tag[k])) ++k;
        value = tag.substr(vb, k - vb);
      }
    }
    if (attr.size() == name.size() && StartsAt(attr, 0, name)) {
      *found = true;
      return value;
    }
  }
  return {};
}

// The leading number of `s` (after spaces), 0 when there is none.
double LeadingNumber(std::string_view s) {
  size_t k = 0;
  while (k < s.size() && IsSpace(s[k])) ++k;
  double v = 0, scale = 0;
  for (; k < s.size(); ++k) {
    char c = s[k];
    if (c >= '0' && c <= '9') {
      if (scale == 0) {
        v = std::min(v * 10 + (c - '0'), 1e9);
      } else {
        v += (c - '0') * scale;
        scale /= 10;
      }
    } else if (c == '.' && scale == 0) {
      scale = 0.1;
    } else {
      break;
    }
  }
  return v;
}

// A span attribute's count, at least 1 and at most `cap`.
int SpanOf(std::string_view tag, std::string_view name, int cap) {
  bool found = false;
  double v = LeadingNumber(Attribute(tag, name, &found));
  return found && v >= 1 ? std::min(static_cast<int>(v), cap) : 1;
}

// A `<col>`'s width as written (`width="49%"`, `style="width: 13%"`), 0
// when it gives none.
double ColWidth(std::string_view tag) {
  bool found = false;
  std::string_view w = Attribute(tag, "width", &found);
  if (found) return LeadingNumber(w);
  std::string_view style = Attribute(tag, "style", &found);
  for (size_t k = 0; found && k + 6 <= style.size(); ++k)
    if (StartsAt(style, k, "width") && (k == 0 || !IsAlpha(style[k - 1]))) {
      size_t colon = style.find(':', k);
      if (colon != std::string_view::npos) return LeadingNumber(style.substr(colon + 1));
    }
  return 0;
}

// Appends HTML text to a cell (cell_text.h): white space collapsed to one
// space, control characters (no text in HTML) dropped.
void AppendHtml(CellText* cell, std::string_view decoded) {
  std::string word;
  for (char c : decoded) {
    if (IsSpace(c)) {
      cell->Append(word);
      word.clear();
      cell->Space();
      continue;
    }
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) continue;
    word += c;
  }
  cell->Append(word);
}

// A cell placed in the grid: its first column and how many it spans (0:
// the table's whole width, a caption).
struct PlacedCell {
  std::string text;
  size_t line = 0;
  size_t col = 0;
  size_t span = 1;
};

// The tags that break a cell's text into paragraphs.
bool BreaksParagraph(std::string_view name) {
  static constexpr std::array<std::string_view, 17> kBreaks{
      "blockquote", "br", "dd", "div", "dt", "h1", "h2",  "h3", "h4",
      "h5",         "h6", "hr", "li",  "ol", "p",  "pre", "ul"};
  return std::find(kBreaks.begin(), kBreaks.end(), name) != kBreaks.end();
}

// The character reference of the check-box glyph an `<input>` tag's source
// (`input type="checkbox" checked`, no angle brackets) stands for: ☒ when
// `checked`, else ☐ (the glyphs read/glyphs.h knows), then a space; empty
// for any other input.
std::string_view CheckboxGlyph(std::string_view tag) {
  bool found = false;
  std::string_view type = Attribute(tag, "type", &found);
  if (!found || type.size() != 8 || !StartsAt(type, 0, "checkbox")) return {};
  Attribute(tag, "checked", &found);
  return found ? "&#9746; " : "&#9744; ";
}

// True when `s` opens a tag named `name` at s[k] ('<'): `<name` or
// `</name` followed by no letter or digit.
bool TagAt(std::string_view s, size_t k, std::string_view name, bool* closing) {
  size_t m = k + 1;
  *closing = m < s.size() && s[m] == '/';
  if (*closing) ++m;
  return StartsAt(s, m, name) && (m + name.size() == s.size() || !IsAlnum(s[m + name.size()]));
}

// The index after the table opening at byte `at` of lines[i]: the line of
// the `</table>` that closes it, else the last line holding one of its row
// or cell tags.
size_t TableEnd(const std::vector<TextLine>& lines, size_t i, size_t at) {
  long depth = 0;
  size_t last = i;
  for (size_t k = i; k < lines.size(); ++k) {
    std::string_view s = lines[k].text;
    for (size_t lt = s.find('<', k == i ? at : 0); lt != std::string_view::npos;
         lt = s.find('<', lt + 1)) {
      bool closing = false;
      if (TagAt(s, lt, "table", &closing)) {
        depth += closing ? -1 : 1;
        last = k;
        if (depth <= 0) return k + 1;
      } else if (TagAt(s, lt, "tr", &closing) || TagAt(s, lt, "td", &closing) ||
                 TagAt(s, lt, "th", &closing)) {
        last = k;
      }
    }
  }
  return last + 1;
}

// Reads HTML markup line by line (see the header), one pass: paragraphs
// outside tables and each table's rows, appended in order.
class Scanner {
 public:
  Scanner(const std::vector<TextLine>& lines, std::vector<MarkupRow>* out)
      : lines_(lines), out_(out) {}

  /// Scans lines[k]; its end is white space in text and inside a tag.
  void Line(size_t k) {
    line_ = k;
    ScanLine(lines_[k].text);
    if (state_ == State::kTag && tag_.size() < kMaxTagBytes) tag_ += ' ';
    if (state_ == State::kText) Text(" ");
    if (depth_ > 0 && k + 1 >= table_end_) CloseTable();  // a table never closed
  }
  bool InTable() const { return depth_ > 0; }
  bool InTagOrComment() const { return state_ != State::kText; }
  bool BlockOpen() const { return block_open_; }
  void Finish() {
    if (depth_ > 0) CloseTable();
    FlushParagraph();
  }

 private:
  enum class State { kText, kTag, kComment };

  void ScanLine(std::string_view s) {
    size_t k = 0;
    while (k < s.size()) {
      if (state_ == State::kComment) {
        size_t close = s.find("-->", k);
        if (close == std::string_view::npos) return;
        k = close + 3;
        state_ = State::kText;
        continue;
      }
      if (state_ == State::kTag) {
        for (; k < s.size(); ++k) {
          char c = s[k];
          if (quote_ != 0) {
            if (c == quote_) quote_ = 0;
          } else if (c == '"' || c == '\'') {
            quote_ = c;
          } else if (c == '>') {
            break;
          }
          if (tag_.size() < kMaxTagBytes) {
            tag_ += c;
          } else {
            tag_overflow_ = true;  // dropped; its next '>' ends it, quoted or not
            quote_ = 0;
          }
        }
        if (k == s.size()) return;
        ++k;  // the '>'
        state_ = State::kText;
        if (!tag_overflow_) Tag(tag_);
        tag_.clear();
        tag_overflow_ = false;
        continue;
      }
      size_t lt = s.find('<', k);
      while (lt != std::string_view::npos && lt + 1 < s.size() && !IsAlpha(s[lt + 1]) &&
             s[lt + 1] != '/' && s[lt + 1] != '!')
        lt = s.find('<', lt + 1);
      if (lt == std::string_view::npos || lt + 1 >= s.size()) {
        Text(s.substr(k));
        return;
      }
      Text(s.substr(k, lt - k));
      if (s.compare(lt, 4, "<!--") == 0) {
        state_ = State::kComment;
        k = lt + 4;
      } else {
        state_ = State::kTag;
        quote_ = 0;
        tag_at_ = lt;
        k = lt + 1;
      }
    }
  }

  // Where text goes: the open cell in a table, the paragraph outside one.
  CellText* Sink() {
    if (depth_ == 0) return &para_;
    return cell_open_ ? &cell_ : nullptr;
  }

  void Text(std::string_view raw) {
    CellText* sink = Sink();
    if (skipping_ || raw.empty() || sink == nullptr) return;
    std::string decoded;
    for (size_t k = 0; k < raw.size();) {
      size_t amp = raw.find('&', k);
      if (amp == std::string_view::npos) amp = raw.size();
      decoded.append(raw.substr(k, amp - k));
      if (amp == raw.size()) break;
      size_t next = DecodeOne(raw, amp, &decoded);
      if (next == amp) {
        decoded += '&';
        next = amp + 1;
      }
      k = next;
    }
    if (sink == &para_ && para_.Empty() &&
        std::any_of(decoded.begin(), decoded.end(), [](char c) { return !IsSpace(c); }))
      para_line_ = line_;
    AppendHtml(sink, decoded);
  }

  void Tag(std::string_view tag) {
    if (tag.empty() || tag[0] == '!' || tag[0] == '?') return;  // a doctype, a declaration
    bool closing = tag[0] == '/';
    if (closing) tag.remove_prefix(1);
    size_t n = 0;
    while (n < tag.size() && IsAlnum(tag[n])) ++n;
    std::string name;
    for (size_t k = 0; k < n && k < 16; ++k) name += Lower(tag[k]);
    if (skipping_) {
      if (closing && name == skip_name_) skipping_ = false;
      return;
    }
    if (!closing && (name == "script" || name == "style")) {
      skipping_ = true;
      skip_name_ = name;
      return;
    }
    if (name == "table") {
      if (!closing && depth_ == 0) {
        FlushParagraph();
        OpenTable();
      } else if (!closing) {
        ++depth_;
        cell_.Break();
      } else if (depth_ > 1) {
        --depth_;
        cell_.Break();
      } else if (depth_ == 1) {
        CloseTable();
      }
      return;
    }
    if (name == "input" && !closing) {
      Text(CheckboxGlyph(tag));
      return;
    }
    if (depth_ == 0) {  // outside tables: paragraphs
      if (BreaksParagraph(name) || name == "tr" || name == "td" || name == "th") {
        FlushParagraph();
        block_open_ = !closing && name != "br" && name != "hr";
      }
      return;
    }
    if (depth_ > 1) {  // a table inside a cell: its cells are paragraphs
      if (name == "tr" || name == "td" || name == "th" || name == "caption" ||
          BreaksParagraph(name))
        cell_.Break();
      return;
    }
    if (name == "tr" || name == "thead" || name == "tbody" || name == "tfoot") {
      CloseRow();
      row_begun_ = name == "tr" && !closing;  // an empty row still counts for row spans
      return;
    }
    if (name == "td" || name == "th" || name == "caption") {
      if (closing) {
        CloseCell();
        if (name == "caption") CloseRow();
        return;
      }
      if (name == "caption") CloseRow();
      OpenCell(name == "caption", SpanOf(tag, "colspan", kMaxColSpan),
               SpanOf(tag, "rowspan", kMaxRowSpan));
      return;
    }
    if (name == "col" && !closing) {
      widths_.push_back(ColWidth(tag));
      return;
    }
    if (BreaksParagraph(name)) cell_.Break();
  }

  void FlushParagraph() {
    std::string text = para_.Take();
    if (!text.empty())
      out_->push_back(MarkupRow{para_line_, {MarkupCell{std::move(text), 0, 100}}});
    block_open_ = false;
  }

  void OpenTable() {
    depth_ = 1;
    table_end_ = TableEnd(lines_, line_, tag_at_);
    cell_ = CellText(kMaxCellBytes);
    cell_open_ = false;
    row_ = col_ = 0;
    row_begun_ = false;
    covered_until_.clear();
    cells_.clear();
    rows_.clear();
    widths_.clear();
  }

  void CloseTable() {
    CloseRow();
    Place();
    depth_ = 0;
  }

  bool Covered(size_t col) const {
    return col < covered_until_.size() && covered_until_[col] > row_;
  }

  void OpenCell(bool caption, int colspan, int rowspan) {
    CloseCell();
    row_begun_ = true;
    if (caption) {
      cells_.push_back(PlacedCell{{}, line_, 0, 0});
      cell_open_ = true;
      return;
    }
    while (col_ < kMaxColumns && Covered(col_)) ++col_;
    if (col_ >= kMaxColumns) {
      cell_open_ = false;  // past the last column: dropped
      return;
    }
    size_t span = 1;
    while (span < static_cast<size_t>(colspan) && col_ + span < kMaxColumns &&
           !Covered(col_ + span))
      ++span;
    if (rowspan > 1) {
      if (covered_until_.size() < col_ + span) covered_until_.resize(col_ + span, 0);
      for (size_t m = col_; m < col_ + span; ++m)
        covered_until_[m] = std::max(covered_until_[m], row_ + static_cast<size_t>(rowspan));
    }
    cells_.push_back(PlacedCell{{}, line_, col_, span});
    col_ += span;
    cell_open_ = true;
  }

  void CloseCell() {
    if (cell_open_) cells_.back().text = cell_.Take();
    cell_ = CellText(kMaxCellBytes);
    cell_open_ = false;
  }

  void CloseRow() {
    CloseCell();
    if (!cells_.empty()) {
      rows_.push_back(std::move(cells_));
      cells_.clear();
    }
    if (row_begun_) ++row_;
    row_begun_ = false;
    col_ = 0;
  }

  void Place() {
    // The table's columns: those a cell starts in, or the `<col>`s when they
    // are more. A span past them ends at the table's edge (a typing slip
    // must not squeeze every other column).
    size_t ncol = 1;
    for (const auto& r : rows_)
      for (const PlacedCell& c : r) ncol = std::max(ncol, c.col + 1);
    std::vector<double> widths = widths_;
    bool given = widths.size() >= ncol && widths.size() <= kMaxColumns &&
                 std::all_of(widths.begin(), widths.end(), [](double w) { return w > 0; });
    if (given)
      ncol = widths.size();
    else
      widths.assign(ncol, 1.0);
    std::vector<double> bounds = ColumnBounds(widths);
    for (auto& r : rows_) {
      MarkupRow row;
      row.line = r.front().line;
      for (PlacedCell& c : r) {
        size_t last = c.span == 0 ? ncol : std::min(ncol, c.col + c.span);
        row.cells.push_back(
            MarkupCell{std::move(c.text), bounds[c.span == 0 ? 0 : c.col], bounds[last]});
      }
      out_->push_back(std::move(row));
    }
    rows_.clear();
  }

  const std::vector<TextLine>& lines_;
  std::vector<MarkupRow>* out_;
  size_t line_ = 0;
  State state_ = State::kText;
  std::string tag_;
  size_t tag_at_ = 0;  // where the tag being read opened on its line
  bool tag_overflow_ = false;
  char quote_ = 0;
  bool skipping_ = false;
  std::string skip_name_;
  CellText para_{kMaxCellBytes};  // outside tables
  size_t para_line_ = 0;
  bool block_open_ = false;
  int depth_ = 0;         // tables open, nested ones counted
  size_t table_end_ = 0;  // the line after the outer table's last (TableEnd)
  CellText cell_{kMaxCellBytes};
  bool cell_open_ = false;
  size_t row_ = 0;  // rows ended, for row spans
  bool row_begun_ = false;
  size_t col_ = 0;
  std::vector<size_t> covered_until_;  // per column: the row its span ends before
  std::vector<PlacedCell> cells_;      // the open row's
  std::vector<std::vector<PlacedCell>> rows_;
  std::vector<double> widths_;
};

}  // namespace

std::string DecodeHtmlEntities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t k = 0; k < text.size();) {
    if (text[k] != '&') {
      out += text[k++];
      continue;
    }
    size_t next = DecodeOne(text, k, &out);
    if (next == k) {
      out += '&';
      next = k + 1;
    }
    k = next;
  }
  return out;
}

std::string CheckboxInputsAsGlyphs(std::string_view html) {
  std::string out;
  size_t done = 0;
  bool closing = false;
  for (size_t k = html.find('<'); k != std::string_view::npos; k = html.find('<', k + 1)) {
    if (!TagAt(html, k, "input", &closing) || closing) continue;
    size_t end = k + 1;  // the tag's '>', quoted values skipped
    char quote = 0;
    while (end < html.size() && end - k <= kMaxTagBytes && (quote != 0 || html[end] != '>')) {
      if (quote != 0 && html[end] == quote) {
        quote = 0;
      } else if (quote == 0 && (html[end] == '"' || html[end] == '\'')) {
        quote = html[end];
      }
      ++end;
    }
    if (end >= html.size() || html[end] != '>') continue;  // never closed, or too long
    out.append(html.substr(done, k - done));
    out.append(CheckboxGlyph(html.substr(k + 1, end - k - 1)));
    done = end + 1;
    k = end;
  }
  out.append(html.substr(done));
  return out;
}

bool OpensHtmlMarkup(std::string_view line) {
  static constexpr std::array<std::string_view, 35> kOpeners{
      "a",  "article", "b",       "blockquote", "br",     "center", "dd",    "div", "dl",
      "dt", "em",      "font",    "footer",     "form",   "h1",     "h2",    "h3",  "h4",
      "h5", "h6",      "header",  "hr",         "i",      "img",    "input", "li",  "ol",
      "p",  "pre",     "section", "span",       "strong", "table",  "u",     "ul"};
  size_t b = line.find_first_not_of(" \t");
  if (b == std::string_view::npos || line[b] != '<') return false;
  if (line.compare(b, 4, "<!--") == 0) return true;
  size_t m = b + 1 < line.size() && line[b + 1] == '/' ? b + 2 : b + 1;
  size_t e = m;
  while (e < line.size() && IsAlnum(line[e])) ++e;
  if (e == m || (e < line.size() && line[e] != '>' && line[e] != '/' && !IsSpace(line[e])))
    return false;
  std::string name;
  for (size_t k = m; k < e && k < m + 16; ++k) name += Lower(line[k]);
  return std::find(kOpeners.begin(), kOpeners.end(), name) != kOpeners.end();
}

size_t ReadHtmlMarkup(const std::vector<TextLine>& lines, size_t i, std::vector<MarkupRow>* rows) {
  if (!OpensHtmlMarkup(lines[i].text)) return i;
  Scanner scanner(lines, rows);
  size_t k = i;
  while (k < lines.size()) {
    scanner.Line(k++);
    if (scanner.InTable() || scanner.InTagOrComment()) continue;
    if (k >= lines.size()) break;
    std::string_view next = lines[k].text;
    if (next.find_first_not_of(" \t") == std::string_view::npos) break;  // a blank line
    if (!OpensHtmlMarkup(next) && !scanner.BlockOpen()) break;           // text again
  }
  scanner.Finish();
  return k;
}

}  // namespace redovis
