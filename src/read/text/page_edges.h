// The running header and footer lines of a text with pages (form feeds), as
// a browser prints its date, title, address and page number on every page
// and `pdftotext -layout` keeps them: marked as furniture, so that they are
// never taken for a label or an answer. And the pages of a text paginated
// without form feeds (`pr`: every page the same number of lines), told by
// a running header standing every so many lines.
//
// In: Lines with their pages (text_layout.h's output); TextLines for the
// pages. Out: the same lines, some marked LineRole::kFurniture (a page's
// number told by its count alone also given kPageNumberOrigin,
// base/running_lines.h); the pages set (also those a browser's page count
// or a page's numbers give back). Knows nothing about reports or forms;
// never fails.
#ifndef REDOVIS_READ_TEXT_PAGE_EDGES_H_
#define REDOVIS_READ_TEXT_PAGE_EDGES_H_

#include <vector>

#include "base/running_lines.h"
#include "read/text/text_cells.h"
#include "redovis/document.h"

namespace redovis {

/// Marks the running header and footer lines of a text with pages (form
/// feeds) as LineRole::kFurniture: the first or last non-blank line of a
/// page whose text, with its digits masked ("2/7", "3/7"), stands at the same
/// edge of at least three pages and of half the pages or more (of the
/// text's, or of a run of its pages, as one report's in a bundle:
/// base/running_lines.h's RunningLinesInRuns), and has six
/// letters or more or is a page number "n/m" (a count ending three pages is
/// no footer). The key and the count are base/running_lines.h's. The lines
/// next in from the edges are tried once more after the outer ones are
/// marked: two running lines one over the other (`pr`'s header over a
/// browser's date and title). Inside a
/// page, two lines together (blank lines between them) whose texts are both
/// such lines' are marked too: a 2-up sheet's inner edge, a page's footer
/// and the next page's header. A text whose lines have no page (its form
/// feeds lost, `pdftotext -nopgbrk` of a browser's print) gets its pages
/// back from a running page count: lines that end in "n/m" and are the same
/// but for it, three or more in a run (a bundle of reports has one run a
/// report), m the same on each of the run, n rising from line to line, no
/// more lines than m pages, with words or alone; each is marked and ends its
/// page. So does a run of three or more of a page's number on a line of its
/// own (base/running_lines.h's NumberedPageLine: "Sida 3 av 8", "- 3 -",
/// "3 (8)"), the same but for the number, rising by one from line to line;
/// where the run's first number is one more than the pages before it
/// hold, each opens its page instead (a header, or a marker written for a
/// form feed). Without either, a run of bare numbers a page apart
/// (BareNumberChain in the source: the page's number in a numbered form's
/// footer, `-nopgbrk`) does. Two counts together turn one page. A line
/// beside the page count (just before or just after it, past blank lines
/// and other counts) with the same text but for its digits at three of its
/// places or more and at half of the pages, with words (a browser's date and
/// title under the count of the page before), is marked too, and so is that
/// line's text as the text's first or last line (the first page's header,
/// the last page's footer). Without such a count, lines without a page are
/// left as they are. A count marked so without words is given
/// kPageNumberOrigin; so is, in a text with pages, a count at a page's edge
/// whose number rises with the pages (the same offset on as many pages as a
/// running line needs: "3" at each page's foot), which a count or value
/// repeated there is not. The text layout marks the edges before it joins
/// wrapped lines (text_layout.h), so that a footer is never joined to the
/// page's last line ("Handledning" / "file:///.../redovisning.html 1/5").
/// Of a text with three pages or more, a page's stray foot line is marked
/// too (a registry's note typed or stamped at one page's foot, as
/// `pdftotext -layout` keeps it): the page's last line that is no running
/// line, two blank lines or more under the line above it, and two rows or
/// more lower on its page than the last such line of every other page
/// (base/running_lines.h's StrayFootLines, in rows). Never fails.
void MarkPageEdges(std::vector<Line>* lines);

/// Pages told by their line count in a text without form feeds, as `pr`
/// paginates a text (each page padded to the same number of lines, a header
/// with the date, the file's name and "Page N" at its top): a line that,
/// with its digits masked (RunningLineKey), has six letters or more and
/// stands every P lines, P 20 or more, from within the first page to within
/// the last, at least three times, its digits not the same every time (the
/// page's number counts), gives each line the page of its index: 1 + index
/// / P. Returns the number of pages so set, or 0 (and `lines` as they were)
/// when no such line is there or a line has a page already. Never fails.
int PagesByLineCount(std::vector<TextLine>* lines);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_PAGE_EDGES_H_
