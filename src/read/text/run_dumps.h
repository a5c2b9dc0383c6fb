// A dump of a PDF's text runs as pdftohtml writes them (`pdftohtml
// -noframes`, its HTML page shown by w3m or html2text): each of the PDF's
// text lines a run, the runs on one line of the page one space (a no-break
// space) apart, and a run that a wrapped paragraph's line ended keeps the
// space after its last word. Such a run followed on its line by another shows
// as two cells two columns apart ("Utdelningsadress Botkyrka  Postnummer
// 13581"), and a line ending in such a run ends in a space; a line that ends
// without one ended its paragraph ("Postort Botkyrka"). The dump writes the
// runs row by row, so the wrapped run's next line ("kommun") comes after the
// lines the row's other cells began ("Postort Botkyrka"), and a reader
// joining lines by their look alone takes it for theirs.
//
// Told by the text itself (IsRunsDump; a check box's glyph is a cell of its
// own however near the next, text_cells.h, and counts as none here): lines
// of two cells or more are few, one at least
// (one in ten of the lines with text at most) and every gap between their
// cells is exactly two columns, and lines ending in a space or a no-break
// space before a line with text are many (five at least, one in twenty of the
// lines with text); with no line of two cells (a condensed print, each run on
// a line of its own), every such line must end in a no-break space, as
// html2text writes pdftohtml's (w3m's dump writes plain spaces: not told). A text laid out in
// columns (`pdftotext -layout`) parts its cells by gaps of every width and ends no line in a space.
//
// Knows nothing about reports or forms; never fails.
#ifndef REDOVIS_READ_TEXT_RUN_DUMPS_H_
#define REDOVIS_READ_TEXT_RUN_DUMPS_H_

#include <cstddef>
#include <vector>

#include "read/text/text_cells.h"
#include "redovis/document.h"

namespace redovis {

/// Whether `lines` (cut into cells at gaps, one per text line of `raw`) are a
/// dump of pdftohtml's runs (see above).
bool IsRunsDump(const std::vector<TextLine>& raw, const std::vector<Line>& lines);

/// In a dump of pdftohtml's runs (`lines` one per text line of `raw`): a line
/// of one cell that starts in lower case, under a line of one cell that ended
/// its paragraph (no space at its end), under a row of two cells or more of
/// which exactly one run wrapped (a cell another cell follows, or the last
/// where the row's line ends in a space), all on one page, is that run's next
/// line: joined to its cell, one space between, and left blank where it
/// stood (line numbers stay). Where two of the row's runs wrapped, whose the
/// line is is not told: it is joined to none. (A lower-case line after a line
/// that ended with no row above it is left to the layout's other passes: a
/// question's lines end so too.) Returns how many lines were joined.
size_t JoinRunRests(const std::vector<TextLine>& raw, std::vector<Line>* lines);

/// In a dump of pdftohtml's runs, after JoinRunRests: a short line of one
/// cell that starts in lower case, under a short line of one cell that ended
/// its paragraph (no space at its end), is no part of that line. Where one
/// of the three short lines of one cell above that (on its page, none longer
/// or of two cells between) ended open, the rest is that run's or another's,
/// not told ("Utdelningsadress Solna " / "Postnummer 13581" / "Postort
/// Solna" / "kommun"): the rest's index is returned (ascending), to be
/// joined to no line above it (the matcher gives it to its run by the
/// form's labels where it can, match/run_rests.h, else reads it as an
/// answer's undecided next line). Short: its cell ends within 40 columns, a form's
/// label and value; a paragraph's lines are wider, and some end without a
/// space where pdftohtml kept none. Never fails.
std::vector<size_t> HoldRunRests(const std::vector<TextLine>& raw, const std::vector<Line>& lines);

/// In a dump of pdftohtml's runs, once every join is done: sets
/// Line::run_goes_on on each line of `laid` that is one of `raw`'s lines
/// (by its number) as it stood, one cell, ending in a space, a no-break
/// space or a hyphen after a word (pdftohtml keeps no space after a hyphen
/// that ends a run's line: "Kontaktperson Sofia Al-"): its run wrapped and
/// its rest was not joined. `dump`: IsRunsDump's answer for `raw` before the
/// joins. Never fails.
void MarkOpenRuns(const std::vector<TextLine>& raw, bool dump, std::vector<Line>* laid);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_RUN_DUMPS_H_
