// The JSON forms of records and findings, and the writers that frame them as
// a JSON array (indented by two) or as JSON Lines (one line each): extract's
// records, and check's answer per report.
//
// In: records and the catalogue (key order; the roles of the identifying
// keys). Out: nlohmann JSON values, or bytes on a stream. Text that is not
// valid UTF-8 is written with U+FFFD in its place, never refused. Internal
// to the write stage and its tests: nlohmann types stay out of the public
// headers.
#ifndef REDOVIS_WRITE_JSON_WRITER_H_
#define REDOVIS_WRITE_JSON_WRITER_H_

#include <memory>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "redovis/catalogue.h"
#include "redovis/record.h"
#include "redovis/writer.h"

namespace redovis {

/// The record as the contract's JSON object, compact, appended to `*out`:
/// every asked key in catalogue order (the one place the record's JSON
/// shape is written; JSON Lines use it as it is).
void AppendRecordJson(const Record& record, const Catalogue& catalogue, std::string* out);

/// The record as the contract's JSON object (AppendRecordJson's text, parsed).
nlohmann::ordered_json RecordToJson(const Record& record, const Catalogue& catalogue);

/// The finding as a JSON object.
nlohmann::ordered_json FindingToJson(const Finding& finding);

/// check's answer for one report: file, status, edition, the values of the
/// keys with roles `municipality` and `year` (null when absent) and the findings.
nlohmann::ordered_json FindingsToJson(const Record& record, const Catalogue& catalogue);

/// A writer of records (RecordToJson) as a JSON array, or JSON Lines when `lines`.
std::unique_ptr<RecordWriter> CreateJsonWriter(bool lines, std::ostream& out,
                                               const Catalogue& catalogue);

/// A writer of check's answers (FindingsToJson), framed as CreateJsonWriter's.
std::unique_ptr<RecordWriter> CreateFindingsJsonWriter(bool lines, std::ostream& out,
                                                       const Catalogue& catalogue);

}  // namespace redovis

#endif  // REDOVIS_WRITE_JSON_WRITER_H_
