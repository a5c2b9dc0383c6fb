// The HTML report for people checking submissions: one self-contained page
// (no scripts, no network, inline CSS) with a table of every file, its status
// and counts of errors and warnings, then each report's findings with the
// page and line and the source text they came from.
//
// In: records (summaries of every file checked) and the catalogue (the keys
// with roles `municipality` and `year` fill those columns). Out: HTML on a
// stream. All text is escaped; nothing from a document is ever interpreted
// as markup.
#ifndef REDOVIS_WRITE_HTML_REPORT_H_
#define REDOVIS_WRITE_HTML_REPORT_H_

#include <ostream>
#include <string>
#include <vector>

#include "redovis/catalogue.h"
#include "redovis/record.h"

namespace redovis {

/// `text` with &, <, >, " and ' escaped for HTML.
std::string HtmlEscape(const std::string& text);

/// Writes the whole report page for `records` to `out`.
void WriteHtmlReport(std::ostream& out, const std::vector<Record>& records,
                     const std::string& title, const Catalogue& catalogue);

}  // namespace redovis

#endif  // REDOVIS_WRITE_HTML_REPORT_H_
