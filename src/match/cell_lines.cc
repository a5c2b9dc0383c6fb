// One-cell-per-line tables rebuilt into rows. See cell_lines.h.
#include "match/cell_lines.h"

#include <unicode/uchar.h>

#include <string>
#include <utility>
#include <vector>

#include "base/running_lines.h"
#include "base/text_util.h"
#include "base/utf8.h"
#include "match/column_placement.h"
#include "match/reading_order.h"
#include "normalise/normaliser.h"
#include "read/text/text_reader.h"

namespace redovis {
namespace {

// What a column's cells have held so far in a table.
enum class Kind { kUnknown, kNumber, kMark };

class Rebuilder {
 public:
  Rebuilder(const ValueParser& parser, size_t begin, size_t end, Document* doc)
      : parser_(parser), begin_(begin), end_(end), doc_(*doc), lines_(doc->lines) {}

  size_t Run() {
    size_t rebuilt = 0;
    bool one_a_line = false;
    for (size_t stride : {1, 2}) {
      stride_ = stride;
      if (!ShowsEmptyCells()) continue;
      one_a_line = one_a_line || stride == 1;
      rebuilt += Tables();
    }
    if (one_a_line) rebuilt += BoxPairs();
    return rebuilt + FieldTables();
  }

  // A text with pages: its field tables alone, and only in a report that
  // has an empty form field (MuPDF's text writes every cell, an empty one as
  // its field; pdftotext's order writes none and drops empty cells).
  size_t PagedRun() {
    for (size_t k = begin_; k < end_; ++k)
      if (Field(k)) return FieldTables();
    return 0;
  }

 private:
  // The tables of the current stride, rebuilt; how many rows.
  size_t Tables() {
    size_t rebuilt = 0;
    for (size_t k = begin_; k < end_;) {
      std::vector<std::string> columns;
      size_t next = Header(k, &columns);
      if (next == k) {
        ++k;
        continue;
      }
      std::vector<size_t> rows = Rows(next, columns);
      if (rows.empty()) {
        k = next;
        continue;
      }
      Join(k, columns.size(), true);
      for (size_t r : rows) Join(r, columns.size(), false);
      rebuilt += rows.size();
      k = rows.back() + RowLength(columns.size());
    }
    return rebuilt;
  }

  // Where the j-th value of the row at line k stands.
  size_t ValueAt(size_t k, size_t j) const { return stride_ == 1 ? k + 1 + j : k + 2 + 2 * j; }
  // How many lines a row of n columns takes: stride 1, its label and n
  // values; stride 2, each cell and an empty line after it, and an empty
  // line at the row's end.
  size_t RowLength(size_t n) const { return stride_ == 1 ? n + 1 : 2 * n + 3; }
  // How many lines a header of n column words takes.
  size_t HeaderLength(size_t n) const { return stride_ == 1 ? n : 2 * n + 1; }

  // A check-box glyph alone on its line ("☒").
  bool Box(size_t k) const {
    return One(k) && lines_[k].cells[0].checkbox != CheckboxState::kNone && IsValue(k);
  }

  // A run of two or more lines of one check-box glyph, each followed at once
  // by its option's text, between blank lines (or the report's ends): a
  // table of [box | option] rows, one cell per line. Each pair becomes one
  // line. A run whose first box follows text is not taken: it may be a table
  // of [option | box] rows, whose pairs would be cut one line off.
  size_t BoxPairs() {
    size_t rebuilt = 0;
    for (size_t k = begin_; k < end_; ++k) {
      if (!Box(k) || (k > begin_ && !Blank(k - 1))) continue;
      size_t i = k;
      std::vector<size_t> pairs;
      while (i + 1 < end_ && Box(i) && One(i + 1) && !IsValue(i + 1) &&
             lines_[i + 1].role == LineRole::kContent && lines_[i + 1].page == lines_[i].page) {
        pairs.push_back(i);
        i += 2;
      }
      if (pairs.size() < 2 || (i < end_ && !Blank(i))) continue;
      for (size_t p : pairs) {
        Line& line = lines_[p];
        Cell option = std::move(lines_[p + 1].cells[0]);
        lines_[p + 1].cells.assign(1, Cell());
        lines_[p + 1].origin = kMovedCellsOrigin;
        line.cells.push_back(std::move(option));
        for (Cell& c : line.cells) c.x0 = c.x1 = -1;
        line.role = LineRole::kContent;
      }
      rebuilt += pairs.size();
      k = i;
    }
    return rebuilt;
  }

  // A line that is an empty Word form field (text_reader.h): an empty cell
  // that is there.
  bool Field(size_t k) const { return lines_[k].origin == kEmptyFormFieldOrigin; }
  // An empty line that is no empty form field: what stands between cells;
  // so does a page's number a reader told (kPageNumberOrigin: MuPDF's text
  // of a numbered form, "X" / field / "8" / page's turn / "Försäkringskassan").
  bool Gap(size_t k) const {
    return (Blank(k) && !Field(k)) || lines_[k].origin == kPageNumberOrigin;
  }
  // The first line at or after k that is no gap; end_ when none.
  size_t SkipGaps(size_t k) const {
    while (k < end_ && Gap(k)) ++k;
    return k;
  }

  // The tables whose cells stand on lines of their own with any number of
  // empty lines between them (the 2023 form, whose cells are nested tables),
  // where each empty cell is an empty form field: rebuilt only in a report
  // that has one, and only where every cell of every row is there (a value or
  // an empty form field); in a report without one (lynx's dump, each cell a
  // paragraph, an empty cell no line at all), only where every cell of every
  // row is a check box, which is never an empty cell; how many rows.
  size_t FieldTables() {
    bool fields = false;
    for (size_t k = begin_; k < end_ && !fields; ++k) fields = Field(k);
    boxes_only_ = !fields;
    // Reading-order text (pdftohtml's runs dumped by a text browser, each a
    // paragraph) is read by its order where it proves a column
    // (reading_order_marks.cc); a row rebuilt there would be refused.
    if (boxes_only_ && IsReadingOrderText(doc_, begin_, end_)) return 0;
    size_t rebuilt = 0;
    for (size_t k = begin_; k < end_;) {
      std::vector<std::string> columns;
      std::vector<std::vector<size_t>> header;  // each column's lines
      std::vector<std::vector<size_t>> rows;    // each row's label, then its cells' lines
      // A header whose cells go on after empty lines (a text browser's
      // paragraphs) only where the plain one gives no rows.
      bool certain = true;
      size_t next = FieldHeader(k, false, &columns, &header);
      if (next == k || (FieldRows(next, columns, &rows, &certain) && rows.empty())) {
        std::vector<std::string> gapped_columns;
        std::vector<std::vector<size_t>> gapped_header, gapped_rows;
        size_t gapped_next = FieldHeader(k, true, &gapped_columns, &gapped_header);
        if (gapped_next != k && FieldRows(gapped_next, gapped_columns, &gapped_rows, &certain) &&
            !gapped_rows.empty()) {
          next = gapped_next;
          header = std::move(gapped_header);
          rows = std::move(gapped_rows);
        }
      }
      // A table whose cells follow one another with no empty line between
      // them, its rows and header parted by empty lines (html2text's dump of
      // the 2023 form: "Brukarorganisationer" / "X" / an empty form field /
      // "RSMH"): only where empty cells are empty form fields, none left out.
      if (!boxes_only_ && (next == k || rows.empty())) {
        packed_ = true;
        std::vector<std::string> packed_columns;
        std::vector<std::vector<size_t>> packed_header, packed_rows;
        bool packed_certain = true;
        size_t packed_next = FieldHeader(k, false, &packed_columns, &packed_header);
        if (packed_next != k &&
            FieldRows(packed_next, packed_columns, &packed_rows, &packed_certain) &&
            !packed_rows.empty()) {
          next = packed_next;
          header = std::move(packed_header);
          rows = std::move(packed_rows);
          certain = packed_certain;
        }
        packed_ = false;
      }
      if (next == k) {
        ++k;
        continue;
      }
      if (rows.empty() || !certain) {
        k = next;
        continue;
      }
      JoinLines(header, true);
      for (const std::vector<size_t>& row : rows) JoinLines({row}, false);
      rebuilt += rows.size();
      k = rows.back().back() + 1;
    }
    return rebuilt;
  }

  // The rows of a field table after its header (ending at `next`), each its
  // label's line, then its cells', in `*rows`; `*certain` false (and the
  // result false) when a label after them is followed by a value, or by an
  // empty form field and then another cell: a row that is not all there. A
  // label followed by one empty form field alone, a question and its empty
  // answer as a text browser parts them, gives no value either way, and ends
  // the rows.
  bool FieldRows(size_t next, const std::vector<std::string>& columns,
                 std::vector<std::vector<size_t>>* rows, bool* certain) const {
    rows->clear();
    *certain = true;
    size_t after = next;
    for (;;) {
      size_t at = SkipGaps(after);
      if (at == after && after < end_) break;  // cells are parted by empty lines
      std::vector<size_t> row;
      if (!FieldRow(at, columns, &row)) {
        // (A question with its answer on the line right after it is no row;
        // in a packed table, a label with two cells or more right after it,
        // or a value, is one not all there: a question's answer after it is
        // one empty form field.)
        if (packed_ && at < end_ && One(at)) {
          size_t cells = 0;
          while (at + 1 + cells < end_ && (Field(at + 1 + cells) || One(at + 1 + cells))) ++cells;
          if (cells >= 2 || (cells == 1 && IsValue(at + 1))) *certain = false;
        }
        size_t first = at < end_ && One(at) ? SkipGaps(at + 1) : end_;
        if (first < end_ && first > at + 1) {
          if (One(first) && IsValue(first)) *certain = false;
          if (Field(first)) {
            size_t then = SkipGaps(first + 1);
            *certain = !(then < end_ && (Field(then) || (One(then) && IsValue(then))));
          }
        }
        break;
      }
      rows->push_back(row);
      after = row.back() + 1;
    }
    return *certain;
  }

  // The header of a field table that starts at line k: two or more column
  // words (at least two read) on lines of their own, parted by empty lines;
  // a column word's cell may go on over the lines right after it that are
  // neither values nor column words ("Ja" / "(Om fler kommuner ...)"). With
  // `gapped` (a text browser's dump, each paragraph of a cell apart), a
  // column word may also open with a line of its own ("Antal" / "" /
  // "kvinnor": the two are the column the second is alone), and a column's
  // cell go on after empty lines with one such line that the next column word
  // follows, or, for the last column, where every column before it went on so.
  // Its column names in `*columns`, each one's lines in `*lines`; returns the
  // line after the header, k when none starts there.
  size_t FieldHeader(size_t k, bool gapped, std::vector<std::string>* columns,
                     std::vector<std::vector<size_t>>* lines) const {
    columns->clear();
    lines->clear();
    int read = 0, gapped_tails = 0;
    size_t i = k, after = k;
    while (i < end_ && HeaderLine(i)) {
      std::string name = ColumnOf(i);
      lines->push_back({i});
      if (size_t j = 0; name.empty() && gapped && SplitColumn(i, &j, &name))
        lines->back().push_back(i = j);
      if (name.empty()) {
        lines->pop_back();
        break;
      }
      read += name != kIgnoredColumn;
      columns->push_back(std::move(name));
      size_t j = i + 1;
      for (; j < end_ && HeaderLine(j) && !IsValue(j) && ColumnOf(j).empty(); ++j)
        lines->back().push_back(j);
      if (gapped && j == i + 1) {
        // The cell's next paragraph, after empty lines.
        size_t tail = SkipGaps(j);
        size_t then = 0;
        std::string split;
        if (tail > j && tail < end_ && HeaderLine(tail) && !IsValue(tail) &&
            ColumnOf(tail).empty() && !SplitColumn(tail, &then, &split)) {
          then = SkipGaps(tail + 1);
          bool before_column =
              then > tail + 1 && then < end_ && HeaderLine(then) && !ColumnOf(then).empty();
          if (before_column ||
              (columns->size() > 1 && gapped_tails == static_cast<int>(columns->size()) - 1)) {
            lines->back().push_back(tail);
            j = tail + 1;
            ++gapped_tails;
          }
        }
      }
      after = j;
      if (packed_) {
        i = j;  // the next column word follows at once (ends at an empty line)
        continue;
      }
      i = SkipGaps(j);
      if (i == j) break;  // the next cell must follow an empty line
    }
    if (read < 2 || columns->size() < 2) return k;
    return after;
  }

  // A column word in two paragraphs, empty lines apart, the first no column
  // word alone, the second the column the two are together ("Antal" /
  // "kvinnor"): the second's line in `*second`, the column in `*name`.
  bool SplitColumn(size_t k, size_t* second, std::string* name) const {
    size_t j = SkipGaps(k + 1);
    if (!ColumnOf(k).empty() || j == k + 1 || j >= end_ || !HeaderLine(j)) return false;
    std::string column = ColumnOf(j);
    const std::string joined = lines_[k].cells[0].text + "\n" + lines_[j].cells[0].text;
    if (column.empty() || parser_.ColumnOf(joined, Fold(joined)) != column) return false;
    *second = j;
    *name = std::move(column);
    return true;
  }

  // A line of a header cell: one cell of text, no form field, the form's own.
  bool HeaderLine(size_t k) const {
    return One(k) && !Field(k) && lines_[k].role == LineRole::kContent;
  }

  // A row of a field table at line k: a label (one line of text, no column
  // word, no value), then, each after one or more empty lines, one line per
  // column holding what that column can hold or an empty form field (a check
  // box, in a report without empty form fields), and then no further value. The label's line and
  // the cells' lines in `*row`.
  bool FieldRow(size_t k, const std::vector<std::string>& columns, std::vector<size_t>* row) const {
    row->clear();
    if (k >= end_ || !FieldLabel(k)) return false;
    row->push_back(k);
    size_t at = k + 1;
    for (const std::string& column : columns) {
      // Packed: each cell on the line right after the one before, an empty
      // one an empty form field.
      size_t v = packed_ ? at : SkipGaps(at);
      if ((v == at) != packed_ || v >= end_ || Gap(v)) return false;
      if (boxes_only_ && !Box(v)) return false;
      if (!Field(v)) {
        // (A lone number the normaliser took for a page number is a value:
        // text written one cell per line has no pages.)
        if (!One(v) || !ColumnOf(v).empty()) return false;
        if (!IsValue(v) && !(TakesText(column) && NameLike(v))) return false;
      }
      row->push_back(v);
      at = v + 1;
    }
    size_t after = SkipGaps(at);
    if (after < end_ && (after == at || Field(after) || (One(after) && IsValue(after))))
      return false;
    return true;
  }

  // A field table row's label: a line of text, no column word, no value. It
  // may be cut in cells at runs of spaces (a footnote's "[2:  Inkluderar"):
  // then no cell may be a value or a column word, and they are one label.
  bool FieldLabel(size_t k) const {
    const Line& l = lines_[k];
    if (Field(k) || l.role != LineRole::kContent || l.cells.empty()) return false;
    if (l.cells.size() == 1) return One(k) && !IsValue(k) && ColumnOf(k).empty();
    double n;
    for (const Cell& c : l.cells)
      if (c.text.empty() || c.checkbox != CheckboxState::kNone || parser_.IsMark(c.text) ||
          parser_.ParseNumber(c.text, &n) || !parser_.ColumnOf(c.text, c.Folded()).empty())
        return false;
    return true;
  }

  // A line of text that may be a name under "Om ja, ange vilken" rather than
  // the next question: it ends in no full stop, question mark or colon.
  bool NameLike(size_t k) const {
    const std::string& t = lines_[k].cells[0].text;
    char last = t.find_last_not_of(' ') == std::string::npos ? ' ' : t[t.find_last_not_of(' ')];
    return std::string_view(".?:").find(last) == std::string_view::npos;
  }

  // A field table's header (`header`: each column's lines) becomes
  // [empty, column texts...] on its first line, or a row (`lines[0]`: its
  // label's line, then each cell's) [label, cells...]; an empty form field is
  // an empty cell; the lines whose cells moved become empty lines.
  void JoinLines(const std::vector<std::vector<size_t>>& lines, bool header) {
    std::vector<Cell> cells;
    if (header) cells.emplace_back();
    std::vector<std::vector<size_t>> groups;
    if (header) {
      groups = lines;
    } else {
      for (size_t a : lines[0]) groups.push_back({a});
    }
    for (const std::vector<size_t>& g : groups) {
      Cell cell;
      for (size_t a : g) {
        if (Field(a)) continue;
        // A label's cells cut at runs of spaces are one text again.
        for (size_t j = 0; j < lines_[a].cells.size(); ++j) {
          const Cell& c = lines_[a].cells[j];
          if (cell.text.empty() && cell.checkbox == CheckboxState::kNone) {
            cell = c;
          } else {
            cell.text += (j == 0 ? "\n" : " ") + c.text;
            // Folded as the normaliser folds, where it stored folds.
            if (!cell.fold.empty()) cell.fold = Fold(cell.text);
          }
        }
      }
      cell.x0 = cell.x1 = -1;
      cells.push_back(std::move(cell));
    }
    size_t first = groups[0][0];
    for (const std::vector<size_t>& g : groups)
      for (size_t a : g) {
        // An empty form field stays one (as Join leaves it): the row's
        // reader counts the fields its empty cells came from.
        const bool field = Field(a);
        lines_[a].cells.assign(1, Cell());
        if (!field) lines_[a].origin = kMovedCellsOrigin;
      }
    lines_[first].cells = std::move(cells);
    lines_[first].role = LineRole::kContent;
  }

  // An empty line, or an empty form field (an empty cell either way).
  bool Blank(size_t k) const {
    const Line& l = lines_[k];
    if (Field(k)) return l.role == LineRole::kContent;
    // A footnote's body the normaliser emptied is the label's cell's text,
    // no empty cell ("... kända för verksamheten." / "[2: Inkluderar ...]"
    // / "23": the 23 may be either column's).
    if (!l.Blank() || l.origin == kNoteBodyOrigin) return false;
    for (const Cell& c : l.cells)
      if (c.checkbox != CheckboxState::kNone) return false;
    return l.role == LineRole::kContent;
  }

  // One cell of text (or a check-box glyph) alone on its line. A lone number
  // the normaliser took for a page number (common.rules' `furniture`) is one
  // too: text written one cell per line has no pages.
  bool One(size_t k) const {
    const Line& l = lines_[k];
    return l.role != LineRole::kFootnote && l.cells.size() == 1 && !Field(k) &&
           (!l.cells[0].text.empty() || l.cells[0].checkbox != CheckboxState::kNone);
  }

  std::string ColumnOf(size_t k) const {
    const Cell& c = lines_[k].cells[0];
    return parser_.ColumnOf(c.text, c.Folded());
  }

  // A mark, a check-box glyph or a number: a cell's value, never a label.
  bool IsValue(size_t k) const {
    const Cell& c = lines_[k].cells[0];
    double n;
    return c.checkbox != CheckboxState::kNone || parser_.IsMark(c.text) ||
           parser_.ParseNumber(c.text, &n);
  }

  static bool TakesText(const std::string& column) {
    return column == kNamesColumn || column == kIgnoredColumn;
  }

  // The header that starts at line k: its column names in `*columns` and the
  // line after it; k when none starts there.
  size_t Header(size_t k, std::vector<std::string>* columns) const {
    columns->clear();
    // Two one-cell lines at least, before any column word is looked up.
    if (k + stride_ >= end_ || !One(k) || !One(k + stride_)) return k;
    int read = 0;
    size_t i = k;
    for (; i < end_ && One(i); i += stride_) {
      if (lines_[i].page != lines_[k].page) break;
      if (stride_ == 2 && (i + 1 >= end_ || !Blank(i + 1))) break;
      std::string name = ColumnOf(i);
      if (name.empty()) break;
      read += name != kIgnoredColumn;
      columns->push_back(std::move(name));
    }
    if (read < 2) return k;
    // Stride 2: the header row ends in an empty line too.
    if (stride_ == 2 && (i >= end_ || !Blank(i))) return k;
    return k + HeaderLength(columns->size());
  }

  // Whether line k starts a row of `columns`: a label, then one line per
  // column holding what that column can hold, then no further value. `*filled`
  // tells whether a column other than a comment holds something, `*complete`
  // whether every mark and number column does.
  bool Row(size_t k, const std::vector<std::string>& columns, bool* filled, bool* complete,
           std::vector<Kind>* kinds = nullptr) const {
    *filled = false;
    *complete = true;
    if (k >= end_ || !One(k) || lines_[k].role != LineRole::kContent || IsValue(k) ||
        !ColumnOf(k).empty())
      return false;
    size_t length = RowLength(columns.size());
    // A label the text reader joined from lines a wrap broke, then a gap (a
    // PDF's text without form feeds: "... vilka är" / "kända för
    // verksamheten." / "" / "23"): the blank line ends the paragraph, and is
    // no empty cell (a text browser writes an empty cell as an empty form
    // field).
    if (k + 1 < end_ && lines_[k + 1].number > lines_[k].number + 1 && Gap(ValueAt(k, 0)))
      return false;
    if (k + length > end_) return false;
    if (stride_ == 2)
      for (size_t j = 0; j <= columns.size(); ++j)
        if (!Blank(k + 1 + 2 * j) || lines_[k + 1 + 2 * j].page != lines_[k].page) return false;
    if (stride_ == 2 && !Blank(k + length - 1)) return false;
    for (size_t j = 0; j < columns.size(); ++j) {
      size_t v = ValueAt(k, j);
      if (lines_[v].page != lines_[k].page) return false;
      bool text = TakesText(columns[j]);
      if (Blank(v)) {
        if (!text) *complete = false;
        continue;
      }
      if (!One(v) || !ColumnOf(v).empty()) return false;
      if (!text && !IsValue(v)) return false;
      if (!text && kinds) {
        // A column that held a count in an earlier row holds no mark, and
        // the other way round.
        Kind kind = IsNumber(v) ? Kind::kNumber : Kind::kMark;
        if ((*kinds)[j] != Kind::kUnknown && (*kinds)[j] != kind) return false;
      }
      // A name under "Om ja, ange vilken" is a value too; a comment is not
      // (it may be the answer of a question after the table).
      if (columns[j] != kIgnoredColumn) *filled = true;
    }
    size_t after = k + length;
    if (after < end_ && One(after) && IsValue(after)) return false;
    if (kinds)
      for (size_t j = 0; j < columns.size(); ++j) {
        size_t v = ValueAt(k, j);
        if (!TakesText(columns[j]) && !Blank(v))
          (*kinds)[j] = IsNumber(v) ? Kind::kNumber : Kind::kMark;
      }
    return true;
  }

  // A value's line holds a number (not a mark that reads as one: "1" is a
  // mark too, but a count first).
  bool IsNumber(size_t k) const {
    const Cell& c = lines_[k].cells[0];
    double n;
    return c.checkbox == CheckboxState::kNone && parser_.ParseNumber(c.text, &n);
  }

  // The rows of a table whose header ends before line k, in order; empty when
  // none follows at once.
  std::vector<size_t> Rows(size_t k, const std::vector<std::string>& columns) const {
    std::vector<size_t> rows;
    std::vector<Kind> kinds(columns.size(), Kind::kUnknown);
    size_t last_filled = 0;  // rows[0, last_filled) end with a row that holds a value
    bool filled, complete;
    while (k < end_) {
      size_t at = k;
      bool gap = false;
      if (!rows.empty())
        while (at < end_ && Blank(at)) {
          ++at;
          gap = true;
        }
      // A page's rule inside the table (pdftohtml's pages in one HTML
      // page, each ended by an <hr>): the table goes on past it only with a
      // row whose mark and number cells are all there.
      if (!rows.empty() && at < end_ && IsPageRule(lines_[at])) {
        size_t past = at + 1;
        while (past < end_ && Blank(past)) ++past;
        std::vector<Kind> probe = kinds;
        if (!Row(past, columns, &filled, &complete, &probe) || !complete) break;
        at = past;
        gap = true;
      }
      std::vector<Kind> before = kinds;
      if (!Row(at, columns, &filled, &complete, &kinds)) break;
      if (gap && !filled) {
        kinds = before;
        break;
      }
      rows.push_back(at);
      if (filled) last_filled = rows.size();
      k = at + RowLength(columns.size());
    }
    rows.resize(last_filled);  // empty rows at the end are left alone
    return rows;
  }

  // Whether the report shows a header followed at once by a row whose mark
  // and number cells are all filled: the sign of an exporter that writes every
  // cell, empty or not, on a line of its own.
  bool ShowsEmptyCells() const {
    std::vector<std::string> columns;
    bool filled, complete;
    for (size_t k = begin_; k < end_; ++k) {
      size_t next = Header(k, &columns);
      if (next == k) continue;
      if (Row(next, columns, &filled, &complete) && complete) return true;
      k = next - 1;
    }
    return false;
  }

  // The header of `n` column words at line k becomes [empty, words...], the
  // row at line k [label, n values...]; the lines whose cells moved, empty
  // (kMovedCellsOrigin).
  void Join(size_t k, size_t n, bool header) {
    std::vector<Cell> cells;
    if (header) cells.emplace_back();
    std::vector<size_t> at;  // the lines of the cells, in order
    for (size_t j = 0; j < n; ++j) at.push_back(header ? k + stride_ * j : ValueAt(k, j));
    if (!header) at.insert(at.begin(), k);
    size_t length = header ? HeaderLength(n) : RowLength(n);
    for (size_t j = 1; j < length; ++j)
      if (!Blank(k + j)) lines_[k + j].origin = kMovedCellsOrigin;
    for (size_t a : at) cells.push_back(Blank(a) ? Cell() : std::move(lines_[a].cells[0]));
    for (size_t j = 1; j < length; ++j) lines_[k + j].cells.assign(1, Cell());
    for (Cell& c : cells) c.x0 = c.x1 = -1;
    lines_[k].cells = std::move(cells);
    lines_[k].role = LineRole::kContent;
  }

  const ValueParser& parser_;
  size_t begin_, end_;
  const Document& doc_;
  size_t stride_ = 1;  ///< 1: a cell a line; 2: each cell followed by an empty line
  /// Field tables in a report without an empty form field: every cell a box.
  bool boxes_only_ = false;
  /// Field tables whose cells follow one another with no empty line between.
  bool packed_ = false;
  std::vector<Line>& lines_;
};

}  // namespace

size_t RebuildCellLines(const ValueParser& parser, size_t begin, size_t end, Document* doc) {
  if (doc->format != "text" || end > doc->lines.size() || begin >= end) return 0;
  // Pages (form feeds) are what pdftotext writes, in reading order, where an
  // empty cell leaves no line and a blank line may stand anywhere: there only
  // field tables, whose every cell stands on a line.
  for (size_t k = begin; k < end; ++k)
    if (doc->lines[k].page > 0) return Rebuilder(parser, begin, end, doc).PagedRun();
  return Rebuilder(parser, begin, end, doc).Run();
}

}  // namespace redovis
