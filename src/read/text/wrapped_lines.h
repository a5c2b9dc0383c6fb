// Text lines that one cell or one paragraph wraps over, joined: the passes of
// the text layout (text_layout.h) after the lines are cut into cells.
//
//   - JoinContinuations: table cells wrapped onto the next line, as
//     `pdftotext -layout` prints a row whose cells hold more than one line
//     (never a line that opens with the label's own first word, of four
//     letters or more, under a row with cells beside its label: the next
//     row, its cells empty, "därav 65 år och över");
//   - JoinWrapped: consecutive one-cell lines that are one wrapped paragraph
//     (the line ends where the next word would not have fitted in the
//     block's width, the widest such line with a letter or a digit; both
//     start in the same column) joined into one cell; a column whose own
//     lines show a narrower wrap (at least 8 of them end near its own widest
//     line of two words or more where the next line's first word would not
//     have fitted, down to 20 columns: pandoc's `--columns=30`; a word
//     longer than the wrap, an e-mail address alone on its line, shows no
//     wrap) wraps at its own width, not at a
//     wider table's one-cell line elsewhere; a wrapped paragraph
//     whose line ends in a comma goes on at the next line (a list `fold`
//     broke again), and so does a line ending in a comma that fills three
//     quarters of the width (`fmt` fills its lines short of it); the comma
//     is this reader's own test, not the patterns' `list_separator`s (which
//     the matcher's `list_goes_on`, match/value_assigner.h, takes): a
//     reader runs without the patterns (ReadOptions carries none), and a
//     line ending in ';' or "och", which end a clause's line in any
//     paragraph, is left to the tests below;
//     never a sentence's end and a capitalised line after it, nor a short
//     "Label: value" line (or "Label - value", the label four words at most)
//     and the lower-case line after it (entries typed one per line, without
//     wrapping), nor a line and an address alone after it
//     ("file:///C:/..." under "Existentiella frågor": a browser's running
//     footer, which a lower-case start would join where it fits, and its length wherever the line
//     above ends: one long word shows no wrap), nor a paragraph already wrapped
//     over lines and an e-mail address alone after it, unless the paragraph's line ends in a hyphen
//     ("Nämnd Arbetsmarknads- och" / "socialnämnden" / "tedt@tyreso.se": an address is in lower
//     case whatever it follows, and this one is another cell's rest; "E-postadress" /
//     "sociala@timra.se", a label's line, and "anna.engs-" / "tedt@tyreso.se" still join), nor
//     two short lines that each end
//     in a count ("Totalt antal klienter kvinnor 40 män 22" / "varav 18-29 år kvinnor 10 män 6":
//     rows typed one per line), nor two lines opening with the same word of four letters or more
//     ("därav mellan 50 och 64 år" / "därav 65 år och över": rows of a list), nor a line ending in
//     two counts one space apart and the lower-case line after it ("därav ... år 14 2" / "därav 65
//     år och över": `tr -s ' '` of a row and the next, empty, row), nor a row's label joined to its
//     counts on the line under it and the next line ("Totalt antal klienter" / "kvinnor 29, män 5"
//     / "därav ..."), nor a line and a list item after it, which starts with its box or number
//     ("[X] Kommun", "☐ Stiftelse", "x Vi har sett ..." (a typed x and a capital), "1.
//     Kommun/kommuner", "5. Organisation, ..."), nor a capitalised "Label: value" line and the line
//     before it ("Kommun: Tyresö" after the widest line of a heading), nor a number or check-box
//     glyph alone on its line and the line after it (a table written one cell per line: "17" then
//     "därav mellan 18 och 29 år" is a count and the next row's label; match/cell_lines.h rebuilds
//     such rows); a section's number alone on its line ("4.") is joined with the capitalised title
//     on the next line, and a long line not ending a sentence with the next one when it starts with
//     a number followed by words ("... under" / "2020? I så fall
//     ..."), unless that number is a question's ("1.3 Om ja, ..."); never a line and a
//     footnote's body after it, which opens with its mark, a space and a capital ("² Inkluderar
//     ..."), nor a footnote that
//     has ended its sentence and the line after it (ps2ascii prints a page's foot amid the
//     text going on round it); a line without a letter or a digit (a rule:
//     "━━━━" or "====", as w3m and html2text draw a page's `<hr>`) joins
//     nothing and takes nothing.
//
// In: Lines of Cells with character-column extents (text_cells.h) and, per
// line, whether it was cut at gaps (`plain`; a drawn table's rows are never
// joined). Out: the same lines, those joined removed, in place. Knows nothing
// about reports or forms; never fails.
#ifndef REDOVIS_READ_TEXT_WRAPPED_LINES_H_
#define REDOVIS_READ_TEXT_WRAPPED_LINES_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "redovis/document.h"

namespace redovis {

/// Joins table cells wrapped onto the next line ("Nämnd Nämnden för personer
/// med" over "funktionsnedsättning"): the next line is a continuation when
/// each of its cells starts in the column where a cell of this line starts
/// (or one column beside it: a cell's first line may start with a space),
/// it does not only continue the first cell, no cell involved is a number or
/// a mark (a short word broken at its hyphen over its rest in lower case,
/// "E-" over "postadress", is none), no cell repeats the one above it (the
/// same first word of four letters or more, "varav 30-49 år" over "varav
/// 50-64 år"; or two counts each with its column word under two such,
/// "Kvinnor: 9, Män: 3" over "Kvinnor: 6, Män: 0": the next row of a list
/// whose labels are one width), and the text shows that it goes on (a hyphen, comma or slash
/// at the end, lower case, digits going on, a single fragment under a cell that is not the first; a
/// list item's text after its short first cell, a mark or a number, is held to a first cell's test:
/// "X  Verksamheten ..." over "   Verksamheten ...", capitalised, is the next item, its empty box
/// typed as a space). A line joins one row at most, but where the join left a piece on a line of
/// its own (an address broken at a hyphen), one fragment on the line after, under a cell of the row
/// the join went on and clear of the piece, is that cell's third line ("Avdelning/Enhet" /
/// "Personligt Ombud" / "Västmanland"), and each such fragment after it the cell's next
/// ("Avdelning/" / "Enhet" / "Personligt" / "Ombud" / "Västmanland"). A lower-case fragment under a
/// word ("Kvinn" over "or") continues the word, also where the word's line reached a cut after it
/// (cut_lines.h's mark after a space: the mark then follows the whole
/// word). A line under a row whose cells all start past the start of the
/// row's last cell, where the line after it goes on with the
/// row and those cells (`pdftotext -layout -fixed 5` squeezes the columns:
/// "E-postadress" centred a line under "Nämnd Arbetsmarknads-" and
/// "Telefon 08- 5782 94", their rests on the line after; a header's words
/// overflow the next column, whose word, "Nej" or "N" over "ej", is pushed
/// onto the lines under them) holds cells of that row: they join it, the
/// last cell's extent cut where the first of them starts. So do a line
/// of one cell and the line under it that starts five columns or more right
/// of it (no indent after a box or a number), and which the first overruns
/// by less than that (no paragraph's lines), where two columns' rows stand
/// half a line apart (`-fixed 6` and wider: "Kontaktperson Susanne ...
/// 021-39", "Avdelning/Enhet Personligt" lower and further right, "20 82
/// susanne...", "Ombud Västmanland"), when the line after them goes on with
/// the row, or that line and the one beside it do, as a row; the wrap must
/// go on under the first line's cell and under one of the other's, or,
/// alone under the first, in lower case, ending before the other's column. In a text whose left
/// margin was stripped (text_cells.h's MarginStripped) a line of one cell at column 0 continues
/// none: each line moved left by its own margin, so which cell it stood
/// under is not told. `plain` (one flag per line) shrinks with `lines`; a
/// line left over from a join is no longer plain. Never fails.
void JoinContinuations(std::vector<Line>* lines, std::vector<bool>* plain);

/// Joins one-cell plain lines that are one wrapped paragraph (see above);
/// `plain` is indexed like `lines` on entry. Never fails.
void JoinWrapped(std::vector<Line>* lines, const std::vector<bool>& plain);

/// The width a text's paragraphs wrap at: the widest line of one cell that
/// holds a letter or a digit among lines[begin, end) (0 when there is none;
/// a report's own lines, for one of many in a file).
double WrapWidth(const std::vector<Line>& lines, size_t begin = 0, size_t end = SIZE_MAX);

/// In a text whose left margin was stripped (text_cells.h's MarginStripped;
/// the caller asks), whether `lines[k]`, a line of one cell, may be the tail
/// a mail's re-wrap broke off the line above it, so that the line below it
/// may go on any cell of that row: the line above (on the same page, no
/// blank line between) holds two or more cells ("Postort Tyresö" under
/// "Utdelningsadress Tyresö  Postnummer 13581", its "kommun" below the
/// address's), or is itself such a tail and ended where line k's first word
/// would not have fitted within `width` (WrapWidth: a row broken twice).
/// Looks at lines[0, k] only. False for any other line.
bool MayBeBrokenOff(const std::vector<Line>& lines, size_t k, double width);

/// Whether a mail's re-wrap may have broken `row` (a line of two or more
/// cells) before `tail`, the text of the line of one cell under it, so that
/// `below`, the line under that, may be the wrap of one of the row's cells:
/// `below` starts with a word of letters in lower case, as a wrap goes on
/// ("kommun"; an address, "nf@vasteras.se", is a value), or the row's
/// end, a gap of two spaces and the tail's first word would not have fitted
/// within `width` (WrapWidth). A short row was never broken
/// ("Namnförtydligande:  Inga-Lill Nilsson" over "Titel" / "Enhetschef": a
/// text typed a label a line).
bool MayHaveBroken(const Line& row, const std::string& tail, const std::string& below,
                   double width);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_WRAPPED_LINES_H_
