// A page's runs of text, each with its place on the page, laid out as the
// lines of a text: what `pdftotext -layout` would write of them, for the
// text reader's columns (text_layout.h) to read.
//
// A run is a piece of one line's text that a converter placed on its own
// (pdftohtml's `<text>` and `<p>`, pdftotext's words a word space apart):
// its top and left edge and its font's size, in the converter's units (any
// unit, the same for all three on a page). The runs are sorted by top, then
// left; runs whose tops lie within 0.3 of the page's font size of a line's
// first run are that line, left to right. A run starts at the column its
// left edge gives, counting 0.4 of the page's font size a column (the median
// of its runs' sizes: a column narrower than a character, so a run ends
// before the next one's column), and at least two spaces after the run
// before it on its line, so that each run is a cell of its own and never
// joins the next. A gap between lines of 1.45 font sizes or more leaves a
// blank line for each such height beyond the first, at most three (a form
// row's space, a paragraph's). A page that holds text ends with a form
// feed. A run of no size (0 or less) counts for no median; a page whose
// runs have none is written a run a line, top to bottom, left to right:
// reading-order text, no column claimed. A position or size that is not
// finite counts as 0; a run's column is at most 1,000 (a left edge the
// markup wrote past any page's width), so a line never grows without bound.
//
// Measured on the 33 never-seen PDFs (tests/compare_renderings.py): 0.35
// to 0.5 of the font size a column gives no wrong value, 0.55 pushes runs
// into the next column's place (21 wrong); 0.4 keeps a margin each side.
//
// Knows nothing about markup (the caller decodes the runs' text) nor about
// forms. A pure function, linear in the runs after their sort; never fails,
// never throws.
#ifndef REDOVIS_READ_TEXT_POSITIONED_RUNS_H_
#define REDOVIS_READ_TEXT_POSITIONED_RUNS_H_

#include <string>
#include <vector>

namespace redovis {

/// One run of text on a page: its top and left edge and its font's size, in
/// one unit, and its text (UTF-8, one line, no control characters).
struct PositionedRun {
  double top = 0;
  double left = 0;
  double size = 0;
  std::string text;
};

/// A run's font size from a word's box height (its ascent and descent:
/// Poppler's boxes are about 1.33 sizes high), where the converter gives no
/// size: pdftotext's `-bbox` and `-tsv` words, pdf2xml's text without a font.
constexpr double kSizePerBoxHeight = 0.75;

/// Whether a word that starts `gap` after the last word's end, on one line
/// of words `height` high, starts a cell of its own: a gap of half the
/// height or more (a word space is about a quarter). The one test of
/// pdftotext's `-bbox` and `-tsv` words and MuPDF's structured text.
inline bool PartsCells(double gap, double height) {
  return 2 * gap >= height;
}

/// Appends to `*out` the lines that `runs` (one page's, in any order) make,
/// each ended by a line feed, then a form feed when any run holds text. A
/// run whose text is empty or blank is left out.
void LayOutPage(std::vector<PositionedRun> runs, std::string* out);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_POSITIONED_RUNS_H_
