// Findings for people: where a finding is in the document's own terms, its
// message in a language, and the lines `check` prints for a report.
//
// In: a Record (its findings made by the reading and the checker, with their
// message ids and {NAME}s) and the PatternSet's message table
// (patterns/messages.tsv); a language, "sv" (check's default) or "en". Out:
// text. All wording comes from the table: this module holds none. It never
// changes a finding's code, severity, keys or location.
#ifndef REDOVIS_CHECK_FINDING_TEXT_H_
#define REDOVIS_CHECK_FINDING_TEXT_H_

#include <string>
#include <vector>

#include "redovis/catalogue.h"
#include "redovis/messages.h"
#include "redovis/record.h"

namespace redovis {

/// Where `f` is, in the document's terms and `language`: "tabell 11, rad 3"
/// or "stycke 32" for Word and ODT (from its origin), "sida 4, rad 12" or
/// "rad 17" for PDF and text; for a finding with no place of its own, the
/// report's pages or lines in `source`; "" when nothing is known.
std::string FindingWhere(const Finding& f, const Source& source, const Messages& messages,
                         const std::string& language);

/// Writes every finding of `record` in `language`: its message again from
/// its message id (findings without one keep theirs; when the table has
/// "<id>.<code>", that more particular message is used, e.g.
/// file_unreadable.timeout) and its `where`.
void LocaliseFindings(Record* record, const Messages& messages, const std::string& language);

/// What `check` prints for one record, in `language`: a line with the file,
/// the report's place in it, status, edition, municipality, year and the
/// counts, then one line per finding (severity, code, keys, where, the
/// label, the message). One string a line, without its line end; not yet
/// made safe for a terminal (DisplayText does, line by line).
std::vector<std::string> CheckSummaryLines(const Record& record, const Catalogue& catalogue,
                                           const Messages& messages, const std::string& language);

}  // namespace redovis

#endif  // REDOVIS_CHECK_FINDING_TEXT_H_
