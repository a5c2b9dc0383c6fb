// The HTML page for a county officer checking an inbox of submissions: one
// self-contained page (no scripts, no network, inline CSS) in the chosen
// language (`lang` is the CheckUi's). At the top the date, the inbox and how
// many files need action; then a table with a row per report: file, status,
// municipality, year, contact person and e-mail (a mailto link), what to
// ask the municipality and what to check in the file oneself (CheckUi::
// Assess); then, when a county is known, its municipalities with no report;
// then each report's findings with their place and the source text.
//
// In: records (summaries of every file checked, with the keys whose roles
// are municipality, year, contact_person, contact_person_email and
// contact_email), the page's facts (CheckPage), the strings (CheckUi) and
// the --fail-on threshold. Out: HTML on a stream. Every string comes from
// the CheckUi or the records; all text is escaped, nothing from a document
// is ever interpreted as markup.
#ifndef REDOVIS_WRITE_HTML_REPORT_H_
#define REDOVIS_WRITE_HTML_REPORT_H_

#include <ostream>
#include <string>
#include <vector>

#include "redovis/catalogue.h"
#include "redovis/record.h"
#include "write/check_ui.h"

namespace redovis {

/// What the page says about the run as a whole.
struct CheckPage {
  std::string date;                       ///< YYYY-MM-DD
  std::string inbox;                      ///< the inputs as given, joined by ", "
  std::string county;                     ///< the county's name; "" when none is known
  std::vector<std::string> not_reported;  ///< the county's municipalities with no report
  Severity fail_on = Severity::kError;
};

/// `text` with &, <, >, " and ' escaped for HTML.
std::string HtmlEscape(const std::string& text);

/// Writes the whole page for `records` to `out`.
void WriteHtmlReport(std::ostream& out, const std::vector<Record>& records, const CheckPage& page,
                     const CheckUi& ui, const Catalogue& catalogue);

}  // namespace redovis

#endif  // REDOVIS_WRITE_HTML_REPORT_H_
