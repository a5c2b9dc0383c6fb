// The writers: records out as JSON, JSON Lines, wide CSV or long CSV, exactly
// as ../shared/spec/README.md describes.
//
// In: Records, one at a time (streaming: nothing is held back), and the
// Catalogue for key order. Out: bytes on a stream. CSV is RFC 4180 (quoted
// when needed, CRLF line ends) and defends spreadsheet users: a text cell
// that begins with =, +, -, @, tab or CR is prefixed with an apostrophe.
// The writers never change values.
#ifndef REDOVIS_WRITER_H_
#define REDOVIS_WRITER_H_

#include <memory>
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "redovis/catalogue.h"
#include "redovis/record.h"

namespace redovis {

enum class OutputFormat { kJson, kJsonl, kCsv, kCsvLong };

/// The format named `name` ("json", "jsonl", "csv", "csv-long"); false if unknown.
bool ParseOutputFormat(const std::string& name, OutputFormat* out);

/// The record as the contract's JSON object: every asked key in catalogue order.
nlohmann::ordered_json RecordToJson(const Record& record, const Catalogue& catalogue);

/// The finding as a JSON object.
nlohmann::ordered_json FindingToJson(const Finding& finding);

/// Quotes one CSV field (RFC 4180), applying the formula defence to text.
std::string CsvField(const std::string& value, bool is_text);

class RecordWriter {
 public:
  virtual ~RecordWriter() = default;
  /// A writer of `format` onto `out`.
  static std::unique_ptr<RecordWriter> Create(OutputFormat format, std::ostream& out,
                                              const Catalogue& catalogue);
  /// Writes whatever opens the output (a CSV header, "[").
  virtual void Begin() {}
  /// Writes one record.
  virtual void Write(const Record& record) = 0;
  /// Writes whatever closes the output ("]").
  virtual void End() {}
};

}  // namespace redovis

#endif  // REDOVIS_WRITER_H_
