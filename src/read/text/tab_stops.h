// Tabs that stand for runs of spaces (`unexpand`, an editor's tab
// compression of a laid-out text), and the reading of their tab stops that
// puts the text's columns back where they were.
//
// A tab moves to the next tab stop; where the stops are depends on the tool
// that wrote the tabs: every 8 columns or every 4, and counted in characters
// (an editor) or in bytes (coreutils' `unexpand`: a line with å, ä or ö
// before a tab lands one column early per letter when read in characters).
// The reading is told by the text itself: each candidate expands the whole
// text, and counts how often its cells' edges line up with those of the
// lines around them; 8 columns unless 4 count clearly more, bytes where they
// count clearly more than characters (ExpandTabStops). Memory: the four
// expansions of the text at once. A text without tabs padded in bytes
// (html2text's tables) has its gaps widened to the columns they were
// padded to, and a count run together with a cell cut in bytes set apart
// (GapsPaddedInBytes); memory: one copy of the text.
//
// In: decoded UTF-8 text. Out: the text with its tabs expanded, and the
// lines no reading could place. Knows nothing about reports or forms; reads
// nothing but its argument; never fails.
#ifndef REDOVIS_READ_TEXT_TAB_STOPS_H_
#define REDOVIS_READ_TEXT_TAB_STOPS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "read/text/refilled_layout.h"
#include "redovis/document.h"

namespace redovis {

/// Whether the text's tabs stand for runs of spaces, not for cell
/// boundaries: of its runs of tabs, four at least, half or more go on with a
/// space, or a quarter or more (four at least) are three tabs or more and go
/// on with a space: a gap of many columns that ends between two stops, as
/// `unexpand -t 4` leaves a page's wide gaps (a browser's footer
/// "file:///...html", tabs, "7/11"). A tab-separated export writes neither:
/// its cells seldom open with a space, and three empty cells before one
/// that does hardly ever.
bool TabsAreSpacing(std::string_view t);

/// Whether the text's tabs are the gaps of a laid-out page squeezed to one
/// tab each (`pdftotext -layout` through `sed 's/  */\t/g'`, `tr -s`), or a
/// tabbed text's runs of tabs squeezed to one: a paged text (a form feed;
/// else kSqueezedRows lines of three cells or more and as many ending in a
/// tab, whether or not its lines' leading tabs were stripped) in which no two
/// tabs meet, with (a paged text) five lines at least that open with one tab
/// before their words (the layout's indent), and no line that holds a tab
/// alone. A tab-separated export keeps an empty cell
/// (two tabs in a row) and has no pages; catdoc's dump of a Word table ends
/// a row with a line holding a tab alone (its empty first cells open lines
/// with a tab, and a page break is a form feed). Such tabs stand at no tab stop
/// and keep no empty cell: a row with fewer cells than its header cannot say
/// which column each of its entries is in, nor a line under a row whether it
/// goes on with one of the row's cells; the reader reads its cells by their
/// index, as ReadSqueezedGapRows makes them fit to be.
bool TabsAreSqueezedGaps(std::string_view t);

/// Whether the text's tabs stand for the spaces between its words (a
/// laid-out page's every run of spaces made a tab, `sed 's/ \+/\t/g'`:
/// "Utdelningsadress\tVård\toch\t..."): of its lines with a tab, a fifth or more, and
/// kWordCellLines at least, hold six cells or more, four in five of them words of letters alone, no
/// space in them. A tab-separated export writes a row of a label and its
/// few columns (two to five cells, counts and marks among them); a sheet of
/// many columns writes numbers. Read with those tabs as spaces, as text in
/// reading order. Never fails.
bool TabsAreWordSpaces(std::string_view t);
inline constexpr int kWordCellLines = 10;

/// Without a form feed, the least lines of two tabs or more, and the least
/// lines that end in a tab (a row's empty last cells squeezed to one), that
/// make a text whose no two tabs meet a tabbed text whose empty cells were squeezed
/// out (`tr -s '\t'`, a spreadsheet's "treat consecutive delimiters as
/// one"): its rows of a label and counts or marks lost their empty cells
/// as a laid-out page's squeezed gaps did, and are read the same way.
inline constexpr int kSqueezedRows = 5;

/// The lines of a text read at its tabs whose tabs are squeezed gaps
/// (TabsAreSqueezedGaps), made fit to be read by cell index: a line of one
/// cell after the layout's indent ("\tJa" over "\tNej", a stacked header,
/// or a mark alone under its row's label) loses the indent's empty cell, so
/// that it is a line of one cell as the layout wrote it, never a column
/// header one cell a line (the empty rows of a stacked table leave no
/// line, so its marks prove no column). A line of two cells or more that
/// opens with text and has a line of text right under it on its page (the
/// layout wraps a cell onto the next line, in its column, which the tabs
/// no longer show) ends each of its cells that holds text, not a number
/// nor a check-box glyph, in kUndecidedWrap: its words may go on below
/// ("Kontaktperson Inga-Lill" / "Nilsson"), unless the text proves the
/// line under, one cell at column 0 (no indent: the first column's), the
/// first cell's rest: the cell's last word and the line's text stand whole,
/// a space apart, on another line ("Namnförtydligande Inga-Lill Nilsson");
/// then the line is joined to the first cell and taken out of `*lines`, and
/// the row's other cells are whole. A row whose cells past the
/// first are all numbers or boxes ("Totalt antal klienter\t29\t5",
/// "Ombuden har ...\t☒\t☐") is left as it is: a count or a mark is not
/// wrapped. A cell holding a lone check-box glyph gives its state, as a
/// laid-out line's do (text_cells.h's MakeCell), and each line of two cells
/// or more is marked kSqueezedRowOrigin. Never fails.
void ReadSqueezedGapRows(std::vector<Line>* lines, const LabelAt& label_at);

/// The origin (Line::origin) ReadSqueezedGapRows gives a line of two cells
/// or more: its cells are in order, but an empty one left no tab, so a row
/// with fewer cells than its column header cannot say which column each of
/// its values stands in (the matcher's column_placement.h: ambiguous).
inline constexpr char kSqueezedRowOrigin[] = "a row whose tabs keep no empty cell";

/// How tab stops are counted: every `stop` columns, columns being code
/// points, or bytes of UTF-8 when `bytes`.
struct TabReading {
  size_t stop = 8;
  bool bytes = false;
};

/// `t` with each tab replaced by the spaces up to the next tab stop of
/// `reading`, counted from each line's start (as `expand` does), in bytes or
/// in the columns of the text layout (Columns: a zero-width code point takes
/// none); a form feed opening a page's first line takes a column of it, as
/// coreutils' `expand` and `unexpand` count it. Line breaks and form feeds
/// kept.
std::string ExpandTabs(std::string_view t, TabReading reading);

/// What ExpandTabStops made of a text.
struct ExpandedTabs {
  std::string text;    ///< the text, tabs expanded by the reading chosen
  TabReading reading;  ///< the reading chosen
  /// 0-based indices of the lines (split at \n, \r\n, \r or \f, as the text
  /// reader splits them) that the two best readings place differently when
  /// neither is clearly better: their columns cannot be told, and the caller
  /// leaves them unread. Empty when one reading wins.
  std::vector<size_t> undecided;
};

/// Expands the tabs of `t` by the reading whose cells line up best: a cell's
/// start or end column counts when a line within six non-blank lines of it
/// has a cell starting or ending in the same column, and once more when that
/// line had no tab (a rule or a paragraph, the same in every reading). At
/// each width, columns are counted in bytes only where that counts clearly
/// more than in code points (by 3, and by 1% of its count); where neither
/// counts clearly more, the lines the two place differently are
/// `undecided`. A tab is 8 columns unless 4 count clearly more. Never fails.
ExpandedTabs ExpandTabStops(std::string_view t);

/// A text without tabs whose tables were padded in bytes of UTF-8, not in
/// characters (`html2text -utf8`: a cell after an å, ä or ö stands a column
/// to the left per such letter when read in characters, "Sysselsättning"'s
/// count one left of "Ekonomi"'s): `t` with each gap of two spaces or more
/// within a line widened by the bytes over one that the characters before
/// it (since the line's start or the last gap widened) took, so that the
/// cell after it starts in its byte's column; a gap of one space (a
/// sentence's, or a cell cut short against the next) is left as it is.
/// Returned only where the text says so: of the cells a gap moved, those
/// starting where a line near them (six non-blank lines each way) that no
/// gap moved starts a cell number 12 or more, and twice as many as read in
/// characters; and all the lines' cell starts line up clearly better
/// (counted as ExpandTabStops counts edges, a moved line's once more
/// against the unmoved ones; ends not counted: a text cut at a width in
/// bytes, `cut -b`, ends its lines in one byte whatever its columns).
/// Otherwise "" (no such gap, a tab, ASCII alone). In a text so proven, a
/// count html2text ran together with the cell before it (it sizes a column
/// in characters and cuts a cell to it in bytes: "därav mellan 18 och 29
/// å14", the label's "r" lost; a count one space after a cell that fills
/// its column, "... myndighet 16") is set apart in its byte's column too: a
/// number (digits, a decimal part) ending at a space or the line's end,
/// glued to a letter or one space after a character, whose byte column is
/// one where two lines or more near it (six non-blank lines each way) start
/// a cell after a gap, or where the line right above it does (no blank line
/// between: its column's header), a count so set apart starting a cell for
/// the lines after it; where that leaves a gap of two columns or more
/// before it, or one space and a gap of three or more after the count
/// inside its line, one of which moves before it ("barn under  10     8"),
/// else it is left as it stands. So is a word one space after a cell that
/// fills its column where the line right above or below it starts a cell
/// at its byte column after a gap and two lines near it do ("Förbrukat
/// statsbidrag, Årsanställningar ..." over "kr   decimaler, ..."). So is a run of check boxes
/// (glyphs, and html2text's "⁰" and "*" in a text holding a "⁰") glued to
/// a letter or one space after a word, at a byte column where one line near
/// it starts a cell ("(uppdragsgivare) som*", "Anhörigorganisationer☒☐
/// ISF"), whatever gap that leaves; and each later box of such a run or of
/// one opening a cell, and the text one space after it ("☒☐ RSMH"): a box
/// stands in its bytes' columns. Never fails.
std::string GapsPaddedInBytes(std::string_view t);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_TAB_STOPS_H_
