// A spreadsheet saved as delimited values, told from prose, and its rows as
// lines of cells.
#include "read/text/delimited_text.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <map>
#include <string>
#include <utility>

#include "base/text_util.h"
#include "base/utf8.h"
#include "read/text/text_reader.h"

namespace redovis {

namespace {

struct Row {
  int number = 1;  // the text line the row starts on
  std::vector<std::string> fields;
  bool quoted = false;  // its first field was quoted
};

struct Fields {
  std::vector<Row> rows;
  size_t separators = 0;  // outside quotes
  size_t spaced = 0;      // of them, followed by a space
};

// The text's rows and fields for the separator `sep`; false when the text
// is no such file (text after a closing
// quote, a quote never closed), and, when `no_separator`, at the first
// separator outside quotes (a sheet of one column has none: the rest of a
// text of prose is not copied field by field to learn that).
bool ParseFields(std::string_view t, char sep, Fields* out, bool no_separator = false) {
  int line = 1;
  Row row;
  row.fields.emplace_back();
  bool field_start = true;
  size_t i = 0;
  const size_t n = t.size();
  auto line_break = [&](size_t* k) {  // past "\r\n", "\r" or "\n" at *k
    if (t[*k] == '\r' && *k + 1 < n && t[*k + 1] == '\n') ++*k;
    ++*k;
    ++line;
  };
  while (i < n) {
    char c = t[i];
    if (field_start && c == '"') {
      if (row.fields.size() == 1) row.quoted = true;
      std::string& f = row.fields.back();
      for (++i;;) {
        if (i >= n) return false;
        char q = t[i];
        if (q == '"') {
          if (i + 1 < n && t[i + 1] == '"') {
            f += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        if (q == '\r' || q == '\n') {
          f += '\n';
          line_break(&i);
          continue;
        }
        f += q;
        ++i;
      }
      if (i < n && t[i] != sep && t[i] != '\r' && t[i] != '\n') return false;
      field_start = false;
      continue;
    }
    if (c == sep) {
      if (no_separator) return false;
      ++out->separators;
      if (i + 1 < n && t[i + 1] == ' ') ++out->spaced;
      row.fields.emplace_back();
      field_start = true;
      ++i;
      continue;
    }
    if (c == '\r' || c == '\n') {
      line_break(&i);
      out->rows.push_back(std::move(row));
      row = Row();
      row.number = line;
      row.fields.emplace_back();
      field_start = true;
      continue;
    }
    // A quote inside an unquoted field is the field's own character, as
    // spreadsheets read it ('i "arbetsför" ålder' written by a script that
    // quotes nothing); in a text of one column it is prose's.
    if (c == '"' && no_separator) return false;
    row.fields.back() += c;
    field_start = false;
    ++i;
  }
  if (row.fields.size() > 1 || !row.fields[0].empty()) out->rows.push_back(std::move(row));
  return true;
}

bool Empty(const Row& r) {
  return std::all_of(r.fields.begin(), r.fields.end(),
                     [](const std::string& f) { return f.empty(); });
}

enum class Sheet { kNone, kPadded, kUnpadded };

// Whether the parsed text is a sheet's rows rather than prose, and whether
// its rows are padded to one width (the rules in the header).
Sheet SheetOf(const Fields& p) {
  size_t filled = 0, empty_inside = 0;
  std::map<size_t, size_t> widths;
  for (const Row& r : p.rows) {
    ++widths[r.fields.size()];
    if (Empty(r)) continue;
    ++filled;
    // An empty field before the row's last: `;Ja`, `Kommun;;Timrå`.
    if (std::any_of(r.fields.begin(), r.fields.end() - 1,
                    [](const std::string& f) { return f.empty(); }))
      ++empty_inside;
  }
  if (filled < 5 || p.separators == 0 || p.spaced * 4 > p.separators) return Sheet::kNone;
  auto widest = std::max_element(widths.begin(), widths.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
  if (widest->first >= 2 && widest->second * 10 >= p.rows.size() * 9) return Sheet::kPadded;
  if (empty_inside >= 5 && empty_inside * 10 >= filled) return Sheet::kUnpadded;
  return Sheet::kNone;
}

// Whether a quoted field is one a writer must quote for the separator
// `sep`: empty (a script's `""` for an empty row), or holding the
// separator, a quote or a line break.
bool NeedsQuotes(const std::string& f, char sep) {
  return f.empty() || f.find_first_of(std::string{sep, '"', '\n'}) != std::string::npos;
}

// Whether `next`, a field opened by the separator and a space, goes on with
// `before` as prose does: a small letter after the spaces, a letter ending
// `before` (not "3,00" before a footnote's " [1: ...").
bool ProseGoesOn(const std::string& before, const std::string& next) {
  // (An unquoted field keeps the space after its separator; a quoted one
  // opens with its quote.)
  if (next.empty() || next[0] != ' ') return false;
  const size_t at = next.find_first_not_of(' ');
  if (at == std::string::npos || before.empty()) return false;
  size_t i = at;
  const UChar32 first = NextCodePoint(next, &i);
  size_t j = CodePointStart(before, before.size() - 1);
  const UChar32 last = NextCodePoint(before, &j);
  return u_islower(first) && u_isalpha(last);
}

}  // namespace

bool OneColumnSheet(std::string_view text, std::string* lines) {
  // A row must be a quoted field: a text without a quote is none.
  if (text.find('"') == std::string_view::npos) return false;
  for (char sep : {';', ','}) {
    Fields p;
    if (!ParseFields(text, sep, &p, /*no_separator=*/true)) continue;
    if (std::none_of(p.rows.begin(), p.rows.end(),
                     [sep](const Row& r) { return r.quoted && NeedsQuotes(r.fields[0], sep); }))
      continue;
    lines->clear();
    for (const Row& r : p.rows) {
      if (&r != &p.rows.front()) *lines += '\n';
      *lines += r.fields[0];  // a field over several lines keeps its line breaks
    }
    *lines += '\n';
    return true;
  }
  return false;
}

bool DelimitedRows(std::string_view text, std::vector<Line>* rows) {
  if (FindAnyOf(text, "\t\f") != std::string_view::npos) return false;
  for (char sep : {';', ','}) {
    Fields p;
    if (!ParseFields(text, sep, &p)) continue;
    Sheet sheet = SheetOf(p);
    if (sheet == Sheet::kNone) continue;
    rows->clear();
    for (Row& r : p.rows) {
      // A field that opens with a space and a small letter, after a field
      // that ends in a letter, is the field before it going on: a
      // spreadsheet never opens one so, prose does after its separator
      // ("exempelvis; ifyllnad" in a script's CSV that quotes nothing).
      for (size_t k = r.fields.size(); k-- > 1;)
        if (ProseGoesOn(r.fields[k - 1], r.fields[k])) {
          r.fields[k - 1] += sep + r.fields[k];
          r.fields.erase(r.fields.begin() + static_cast<std::ptrdiff_t>(k));
        }
      Line l;
      l.number = r.number;
      // A padded row's trailing empty fields are the sheet's width, not its
      // cells: a row of two fields or more keeps two (an empty cell beside
      // another, as a tab writes it). A padded row with no text is a blank
      // line that may have been an empty row of cells.
      size_t last = r.fields.size();
      if (sheet == Sheet::kPadded)
        while (last > 2 && r.fields[last - 1].empty()) --last;
      if (sheet == Sheet::kPadded && Empty(r)) {
        l.origin = kEmptySheetRowOrigin;
        last = 1;
      }
      for (size_t k = 0; k < last; ++k) {
        Cell c;
        c.text = std::move(r.fields[k]);
        l.cells.push_back(std::move(c));
      }
      rows->push_back(std::move(l));
    }
    return true;
  }
  return false;
}

}  // namespace redovis
