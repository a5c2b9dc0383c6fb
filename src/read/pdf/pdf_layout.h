// Page layout for a whole document: the layout passes run in their order.
//
// In: a document's pages as positioned words and drawn rules (PositionedPage,
// layout_types.h), as the PDF reader or OCR gave them, in page order. Out:
// the pages' lines in reading order, cells with their x ranges, ruled rows
// (an empty one as a line of empty cells),
// wrapped paragraphs and what page breaks cut joined, and running headers,
// page numbers and footnotes marked with their LineRole.
//
// Each pass is a module of its own (line_layout.h, table_rows.h,
// paragraphs.h, page_roles.h); this one only knows their order. Pure
// geometry on words: it never fails, never throws on its own, never prints.
#ifndef REDOVIS_READ_PDF_PDF_LAYOUT_H_
#define REDOVIS_READ_PDF_PDF_LAYOUT_H_

#include <vector>

#include "read/pdf/layout_types.h"

namespace redovis {

/// The laid-out pages of `pages` (one for each, in the same order): each
/// page's words laid out in lines (LayOutPage) with its `rules`, its ruled
/// table rows merged (MergeTableRows), its empty ruled rows kept as lines
/// (AddEmptyTableRows) and its wrapped paragraphs joined
/// (JoinWrappedLines); then what page breaks cut joined (JoinRowsAcrossPages)
/// and the pages' furniture and footnotes marked (MarkPageRoles). Never
/// fails; pages without words give pages without lines.
std::vector<LaidOutPage> LayOutPages(const std::vector<PositionedPage>& pages,
                                     const LayoutOptions& options = LayoutOptions());

}  // namespace redovis

#endif  // REDOVIS_READ_PDF_PDF_LAYOUT_H_
