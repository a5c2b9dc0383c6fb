// The cells of plain text: a line indexed by character column, cut into
// cells at runs of spaces, and what a cell's text becomes (markup dropped,
// a check-box glyph's state). Shared by the passes of the text layout
// (text_layout.h, drawn_tables.h, wrapped_lines.h, page_edges.h).
//
// In: a text line (UTF-8). Out: Cells whose x0/x1 are their extents in
// character columns (code points from the start of the line, x1 exclusive).
// Knows nothing about reports or forms; never fails.
#ifndef REDOVIS_READ_TEXT_TEXT_CELLS_H_
#define REDOVIS_READ_TEXT_TEXT_CELLS_H_

#include <unicode/umachine.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "redovis/document.h"

namespace redovis {

/// One line of decoded text, without its line break: a view into the
/// caller's text, which must outlive the call it is given to (cells copy
/// their text).
struct TextLine {
  std::string_view text;
  int page = 0;    ///< 1-based page (form feeds), 0 when the file has none
  int number = 0;  ///< 1-based line number in the file
};

/// Whether `c` takes no column of its own where a text is shown: a combining
/// mark (the ring of an å written as a + U+030A, text in Unicode NFD) or a
/// format character (SOFT HYPHEN, ZERO WIDTH SPACE, a joiner, a BOM), or
/// the reader's fold mark (cut_lines.h's kFoldBreak, U+E004).
bool ZeroWidth(UChar32 c);

/// A line indexed by column as it is shown: column k is the k-th code point
/// that takes a column, with the zero-width ones after it (ZeroWidth) in its
/// column, so that text in NFD, or with soft hyphens, lines up as it shows.
/// Views the text, which must outlive it. A line of ASCII alone (most of a
/// layout text's lines) is its own index, column k byte k: nothing is
/// allocated for it.
class Columns {
 public:
  explicit Columns(std::string_view s);
  /// The number of columns.
  size_t size() const { return n_; }
  /// The first code point in column k, or 0 past the end.
  UChar32 at(size_t k) const { return k < n_ ? Code(k) : 0; }
  /// Whether column k holds a space (false past the end). A no-break space
  /// (as White counts them) beside another white column is a space: a run
  /// of them is a gap as wide as it shows (an HTML editor's "&nbsp; &nbsp;"),
  /// and `at` gives ' ' for it; a lone one between two words is not.
  bool Space(size_t k) const { return k < n_ && Code(k) == ' '; }
  /// Whether column k holds a space or a no-break space (U+00A0, U+2007
  /// FIGURE SPACE, U+202F NARROW NO-BREAK SPACE): white, though a lone one
  /// never where a line may be cut into cells. False past the end.
  bool White(size_t k) const {
    if (k >= n_) return false;
    UChar32 c = Code(k);
    return c == ' ' || c == 0x00A0 || c == 0x2007 || c == 0x202F;
  }
  /// The text of columns [a, b), clamped to the line.
  std::string Sub(size_t a, size_t b) const;

 private:
  /// Column k's first code point, k < n_.
  UChar32 Code(size_t k) const { return cp_ ? cp_[k] : static_cast<unsigned char>(s_[k]); }

  std::string_view s_;
  size_t n_ = 0;  ///< columns
  /// Each column's first byte, and the end: null for a line of ASCII alone.
  std::unique_ptr<size_t[]> off_;
  /// Each column's first code point: null for a line of ASCII alone.
  std::unique_ptr<UChar32[]> cp_;
};

/// Columns(s).size(), counted without building the index: for a caller
/// that needs a line's width alone (a text cut at a column, cut_lines.h).
size_t ColumnCount(std::string_view s);

/// `s` without its leading and trailing spaces and no-break spaces (those
/// Columns::White counts; "" for nothing else).
std::string TrimSpaces(std::string s);

/// Whether `s` holds nothing but spaces.
bool IsBlank(std::string_view s);

/// Whether `s` (trimmed) may be the end of a word broken over two lines in
/// a narrow column ("ej" of "Nej", "or" of "Kvinnor"): two or three small
/// letters, not one letter repeated (a mark such as "xx").
bool IsWordRest(std::string_view s);

/// The state a cell holding only a check-box glyph stands for, by the one
/// glyph table (glyphs.h's UnicodeBoxGlyphs: ☐ empty; ☑ ☒ ✓ ✔ ticked) the
/// Word and PDF readers read; kNone for any other text.
CheckboxState GlyphBox(const std::string& text);

/// A cell of `text` at [x0, x1): markdown's inline markup (strong markers,
/// backslash escapes) and a whole cell's emphasis in the other markups
/// dropped; a lone check-box glyph gives its state (GlyphBox) and stays as
/// text.
Cell MakeCell(std::string text, double x0, double x1);

/// A Line with `t`'s page and number holding `cells` (one empty cell when
/// there are none).
Line MakeLine(const TextLine& t, std::vector<Cell> cells);

/// One line cut at runs of two or more spaces into cells with their
/// character-column extents; leading and trailing spaces dropped; two spaces
/// after a sentence's full stop before a capitalised word are no boundary.
/// Leader dots after a cell's text (five full stops or more, or two
/// ellipses, one space or none between two: "Kommun ........ Timrå",
/// "Kommun . . . . . Timrå", a typed form's label led to its answer) part it
/// from the next cell as a gap does; at the line's end they are dropped. A
/// check-box glyph glued to the text after it ("☐RSMH") is a cell of its
/// own, and so is one a single space after a cell's text, or glued to it,
/// without another box when the next cell opens with a box
/// ("Patientorganisationer ☐  ☒": a text browser's table whose label column
/// is as wide as its longest label; "personer☐   ☒": `pdftotext -layout
/// -fixed 5`, the label's words run into the first box's column). A run of
/// two boxes or more glued one to the next (html2text: a column each, "☐☒"
/// under "Ja Nej"), opening a cell or one space after its text or glued to
/// it, and ending the cell or one space before its text, is a cell a box,
/// the text before and after each a cell ("Anhörigorganisationer☒☐ ISF").
/// A line of spaces only gives no cells.
std::vector<Cell> SplitAtGaps(std::string_view line);

/// A cell's extent in character columns, [x0, x1).
struct GapSpan {
  size_t x0 = 0, x1 = 0;
};

/// `text` (one cell of a text whose cells are parted by tabs) parted where
/// leader dots follow its text, as SplitAtGaps parts a line: five full
/// stops or more, or two ellipses, in any mix, one space or none between
/// two, and the spaces round them
/// ("Aktiebolag........ Nej": "Aktiebolag", "Nej"); leader dots ending the
/// text are dropped. `text` itself, one piece, where none follow its text.
std::vector<std::string> PartedAtLeaders(std::string_view text);

/// The extents of SplitAtGaps(line)'s cells, in their order, without their
/// text: for a caller that needs only where a line's cells stand (the
/// aligned edges of tab_stops.h). The same cuts as SplitAtGaps.
std::vector<GapSpan> GapSpans(std::string_view line);

/// A cell's words set one space apart where the lines under it show two
/// columns (`pdftotext -layout -fixed 5` squeezes the gap between two
/// labels to a space: "Beviljat statsbidrag, kr Årsanställningar, ange
/// ..." over "decimaler, t.ex. ..." and "804 246:-   2,0"): the cell is cut
/// in two at the word after the space (a letter first: no number's digit
/// group, "5782 94") when each of the two lines right under
/// it (on its page, `plain`: cut at gaps) starts a cell in that word's
/// column with nothing over the column before it, and one of them starts a
/// cell where the cut cell starts (or, where the one line under it ends its
/// block, a blank line, its page's end or the text's after it, that line
/// starts a cell at both: a row's last line, "Telefon (inkl. riktnummer)
/// 021-39 E-postadress" over "00 00" and "nf@vasteras.se"), and no row under it (its own rows, and
/// those of each block after a blank line that opens with a row) starts a
/// cell inside it at another column: a table laid out on another grid
/// would be read under the cut columns (a text browser's dump of HTML,
/// each table at its own widths). Each cell is cut once at most, at the
/// first such word. Other lines are left as they are; never fails.
void SplitAtColumnsBelow(std::vector<Line>* lines, const std::vector<bool>& plain);

/// The least cells past a line's first that prove a text's cells start on
/// tab stops, and the least share of those cells on them (CellsOnTabStops).
inline constexpr size_t kOnTabStops = 20;
inline constexpr double kOnTabStopsShare = 0.9;
/// The least stops the cells start on: a table laid out at column widths
/// that are multiples of 4 (html2text's at 32 and 40) uses its few columns.
inline constexpr size_t kTabStopsUsed = 4;

/// Whether the text's cells that start past their line's first, after two
/// spaces or more, kOnTabStops at least, start on a multiple of 4 columns
/// (kOnTabStopsShare of them, on kTabStopsUsed stops or more: a tab after a
/// cell moves to the next stop wherever the cell ends), counted in characters or in bytes
/// (coreutils' `expand` counts bytes: a line's å, ä and ö move its later stops): a tab-separated
/// text whose tabs were expanded (`expand`, a terminal's text copied, an editor's tabs-to-spaces),
/// not a page laid out (a cell there starts on a multiple of 4 one time in four). There a space
/// before a tab stop may be a tab that expanded to one column as much as a space between two words,
/// so the columns below a cell prove no cut of it (SplitAtColumnsBelow is not for such a text:
/// "Kontaktperson Inga-Lill Nilsson Avdelning/Enhet" over "Nämnd Socialnämnd     Telefon ..." would
/// be cut at "Nilsson"). Never fails.
bool CellsOnTabStops(const std::vector<TextLine>& lines);

/// Whether `lines` (cells with character-column extents) are a layout text
/// whose left margin was stripped (`pdftotext -layout | sed 's/^ *//'`, a
/// text pasted into a mail): eight or more lines of two or more cells, and
/// no more than one line in twenty starting past column 0 (a page's first
/// line keeps the spaces after its form feed; a line whose first words were
/// joined to the line above starts past 0). There every cell's wrapped line
/// starts at column 0, so which cell it goes on is not told. False when a
/// cell stands at a fraction of a column (an HTML table's extents).
bool MarginStripped(const std::vector<Line>& lines);

/// In a text whose left margin was stripped line by line (MarginStripped),
/// a page's first line kept its margin: the form feed before it stood
/// between the strip and its spaces. Each such line (`plain`: cut at gaps,
/// one flag per line) moved left by its first cell's column, as the strip
/// moved every other line. Any other text is left as it is.
void AlignPageStarts(std::vector<Line>* lines, const std::vector<bool>& plain);

/// The origin (Line::origin) of a header line AlignHeadersOverRows moved
/// back over its row.
inline constexpr char kRealignedHeaderOrigin[] = "header moved over its row";

/// In a text whose left margin was stripped line by line (MarginStripped),
/// a table's header line ("Kvinnor            Män", "Ja      Nej") was
/// moved to column 0, over the row's label instead of its columns; its
/// cells kept the gaps the page set between them. The line right under it
/// on its page, a row (its first cell at column 0, its last cells, two or
/// more and no more than the header's, each a count or a check box), shows
/// where it stood: the header (`plain`: cut at gaps; two to four cells of
/// words, no digit, no box, none of more than four words; or, where each of
/// three cells or more stands over a value, any words with a capital first:
/// "Ja   Delvis (t.ex. om det är kö i 3 av 12     N") is moved right by
/// the one shift that puts the start of each of its first cells within a
/// column of the start of the row's value under it (a header cell past the
/// row's values stands over a column left empty: "Ja  Nej  Om ja, ange
/// vilken/vilka:" over "☐  ☒"), and its origin becomes
/// kRealignedHeaderOrigin (MarginStripped counts it at column 0). A line of
/// its cells' wraps between it and the row ("kommuner)     ej": words at
/// column 0, no more cells than the header's) moves with it, by the one
/// shift that puts each of its cells' starts under a later cell's of the
/// moved header (a wrap of one cell fits under any: then neither moves).
/// Where no shift fits every cell, or the row is none, it is left as it is;
/// any other text too.
void AlignHeadersOverRows(std::vector<Line>* lines, const std::vector<bool>& plain);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_TEXT_CELLS_H_
