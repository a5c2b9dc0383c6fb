// Pages whose text runs past the page's edge. A document laid out for a
// larger sheet and printed onto a smaller one (a table wider than an A5
// page, LibreOffice's export keeping it) is cut at the edge inside the PDF
// itself: Poppler gives the words that start on the page, a word across the
// edge in part ("Posto" for "Postort"), and nothing of what lies beyond.
// Read as it stands, such a page gives cut values ("Susanne" for "Susanne
// Aspling Björkstén") that nothing else can tell from whole ones, so the
// PDF reader leaves such a page's words out and notes it (page_notes.h:
// LeftOutPage::kCut), and the extractor turns the note into the `page_cut` finding: the page's
// answers are unknown, never the municipality's omission.
//
// Decides from word boxes and the page's size; never fails, never throws.
#ifndef REDOVIS_READ_PDF_CUT_PAGES_H_
#define REDOVIS_READ_PDF_CUT_PAGES_H_

#include <string>
#include <vector>

#include "read/pdf/layout_types.h"

namespace redovis {

/// True when a word of `page` (text layer, not OCR) reaches more than a point
/// past any edge of its page (`width` x `height`); false for a page of
/// unknown size (0).
bool RunsPastEdge(const PositionedPage& page);

}  // namespace redovis

#endif  // REDOVIS_READ_PDF_CUT_PAGES_H_
