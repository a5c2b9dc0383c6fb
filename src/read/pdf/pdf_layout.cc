// The layout passes in their order. See pdf_layout.h.
#include "read/pdf/pdf_layout.h"

#include "read/pdf/line_layout.h"
#include "read/pdf/page_roles.h"
#include "read/pdf/paragraphs.h"
#include "read/pdf/table_rows.h"

namespace redovis {

std::vector<LaidOutPage> LayOutPages(const std::vector<PositionedPage>& pages,
                                     const LayoutOptions& options) {
  std::vector<LaidOutPage> laid;
  laid.reserve(pages.size());
  for (const PositionedPage& page : pages) {
    laid.push_back(LayOutPage(page, options));
    MergeTableRows(page.rules, &laid.back());
    AddEmptyTableRows(page.rules, &laid.back());
    JoinWrappedCells(&laid.back());
  }
  // A one-line paragraph's step is measured against the document's wrapped
  // paragraphs where its page has none.
  const std::vector<WrapStep> steps = WrapSteps(laid);
  for (LaidOutPage& page : laid) JoinWrappedLines(&page, steps);
  JoinRowsAcrossPages(&laid);
  MarkPageRoles(&laid, options);
  return laid;
}

}  // namespace redovis
