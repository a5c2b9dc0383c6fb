// The writers: records out as JSON, JSON Lines, wide CSV or long CSV, exactly
// as ../shared/spec/README.md describes.
//
// In: Records, one at a time (streaming: nothing is held back), and the
// Catalogue for key order. Out: bytes on a stream. A record is rendered on its
// own (Render, which keeps no state and so can run in a batch's worker
// process) and then appended (WriteRendered, which adds the separators). CSV is RFC 4180 (quoted
// when needed, CRLF line ends) and defends spreadsheet users: a text cell
// that begins with =, +, -, @, tab or CR is prefixed with an apostrophe.
// The writers never change values.
#ifndef REDOVIS_WRITER_H_
#define REDOVIS_WRITER_H_

#include <memory>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

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
  /// The record's own part of the output, without separators between
  /// records; depends on nothing but the record and the catalogue.
  virtual std::string Render(const Record& record) const = 0;
  /// Appends one record's part, as Render made it, and flushes the stream.
  virtual void WriteRendered(const std::string& rendered);
  /// Writes one record: WriteRendered(Render(record)).
  void Write(const Record& record) { WriteRendered(Render(record)); }
  /// Writes whatever closes the output ("]").
  virtual void End() {}

 protected:
  explicit RecordWriter(std::ostream& out) : out_(out) {}
  std::ostream& out_;
};

}  // namespace redovis

#endif  // REDOVIS_WRITER_H_
