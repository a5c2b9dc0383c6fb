// The running header and footer lines of a text with pages (form feeds), as
// a browser prints its date, title, address and page number on every page
// and `pdftotext -layout` keeps them: marked as furniture, so that they are
// never taken for a label or an answer.
//
// In: Lines with their pages (text_layout.h's output). Out: the same lines,
// some marked LineRole::kFurniture. Knows nothing about reports or forms;
// never fails.
#ifndef REDOVIS_READ_TEXT_PAGE_EDGES_H_
#define REDOVIS_READ_TEXT_PAGE_EDGES_H_

#include <vector>

#include "redovis/document.h"

namespace redovis {

/// Marks the running header and footer lines of a text with pages (form
/// feeds) as LineRole::kFurniture: the first or last non-blank line of a
/// page whose text, with its digits masked ("2/7", "3/7"), stands at the same
/// edge of at least three pages and of half the pages or more, and has six
/// letters or more or is a page number "n/m" (a count ending three pages is
/// no footer). The key and the count are base/running_lines.h's. Lines
/// without a page (0) are left as they are. Never fails.
void MarkPageEdges(std::vector<Line>* lines);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_PAGE_EDGES_H_
