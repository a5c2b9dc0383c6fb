// The writers: records out as JSON, JSON Lines, wide CSV, long CSV or an
// Excel workbook, exactly as docs/output.md describes, and `check`'s
// findings as JSON.
//
// A writer is a sink: Begin() opens the output, Write(record) takes each
// record in turn (streaming: nothing is held back), Finish() closes it. A
// sink that is not text (a database, a spreadsheet) needs nothing more. A
// text format also offers a RecordRenderer: Render(record) makes the record's
// bytes on their own, keeping no state, so that a batch's worker process can
// render while the parent only appends the bytes with WriteRendered (the
// separators between records are the writer's).
//
// CSV is RFC 4180 (quoted when needed, CRLF line ends) with the values
// exactly as in the record; the Excel style (CsvStyle::kExcel) and the
// workbook defend spreadsheet users from formulas (src/write/csv_writer.h,
// xlsx_writer.h). Which keys
// identify a report (the long CSV's and check's columns) comes from the
// catalogue's roles, never from the code. Failures come back as a Status with
// code "write_error"; no writer throws. A writer holds references to its
// stream and catalogue, which must outlive it.
#ifndef REDOVIS_WRITER_H_
#define REDOVIS_WRITER_H_

#include <map>
#include <memory>
#include <ostream>
#include <set>
#include <string>
#include <string_view>

#include "redovis/catalogue.h"
#include "redovis/record.h"
#include "redovis/status.h"

namespace redovis {

enum class OutputFormat { kJson, kJsonl, kCsv, kCsvLong, kSqlite, kXlsx };

/// The format named `name` ("json", "jsonl", "csv", "csv-long", "sqlite",
/// "xlsx"); false if unknown.
bool ParseOutputFormat(const std::string& name, OutputFormat* out);

/// The name ParseOutputFormat takes for `format`.
std::string OutputFormatName(OutputFormat format);

/// The output format for the format flag `named` ("" when not given) and
/// the output path `path` ("" or "-": standard output). The path's extension
/// (any case) names a format: .json, .jsonl, .csv (also fits csv-long),
/// .sqlite, .sqlite3, .db, .xlsx; another extension names none. Without a flag the
/// extension decides, else JSON Lines; with both, they must agree. Fails
/// with code "usage", naming both, when they clash, and for an unknown name.
Status ChooseOutputFormat(const std::string& named, const std::string& path, OutputFormat* out);

/// How a CSV is written: RFC 4180 with exact values (the default), or for
/// a spreadsheet opened by a double click in a Swedish locale.
enum class CsvStyle { kRfc4180, kExcel };

/// What heads the columns of the catalogue's keys (CSV and workbook).
enum class HeaderLabels { kKeys, kSwedish };

struct WriterOptions {
  /// CSV: write the header row. False for the shards after the first, so
  /// that their outputs concatenate.
  bool header = true;
  CsvStyle csv_style = CsvStyle::kRfc4180;
  HeaderLabels labels = HeaderLabels::kKeys;
  /// Finding codes that say a key is absent (the checks of kind `required`
  /// and `missing`, AbsenceCodes in src/write/answer_state.h): alone they
  /// leave an unanswered key `blank`, not `unreadable`.
  std::set<std::string> absence_codes;
  /// The workbook's sheet names by part ("reports", "values", "findings",
  /// "fields"), from the patterns' `sheet_name` lines; a part not named
  /// here is called by its part name.
  std::map<std::string, std::string> sheet_names;
};

/// Renders one record on its own, with no state: safe in a worker process.
class RecordRenderer {
 public:
  virtual ~RecordRenderer() = default;
  /// The record's own part of the output, without separators between
  /// records; depends on nothing but the record and the catalogue.
  virtual std::string Render(const Record& record) const = 0;
};

/// A sink for records.
class RecordWriter {
 public:
  virtual ~RecordWriter() = default;
  /// A writer of `format` onto `out`; null for kSqlite, which is a
  /// database file, not a stream (src/write/sqlite_writer.h). The workbook
  /// (kXlsx) takes records, not rendered bytes, and writes its bytes at
  /// Finish.
  static std::unique_ptr<RecordWriter> Create(OutputFormat format, std::ostream& out,
                                              const Catalogue& catalogue,
                                              const WriterOptions& options = WriterOptions());
  /// Writes whatever opens the output (a CSV header, "["); fails when the
  /// output cannot be written.
  virtual Status Begin() = 0;
  /// Writes one record; fails when the output cannot be written.
  virtual Status Write(const Record& record) = 0;
  /// Writes whatever closes the output ("]") and flushes it; fails when
  /// the output could not be written, now or before.
  virtual Status Finish() = 0;
  /// The renderer whose bytes WriteRendered takes, or null for a sink that
  /// takes records only (then a batch must hand it whole records).
  virtual const RecordRenderer* renderer() const { return nullptr; }
  /// Writes one record as renderer()->Render made it; fails for a sink
  /// without a renderer, or when the output cannot be written.
  virtual Status WriteRendered(std::string_view rendered);
};

/// A writer of `check`'s answer per report (file, status, edition, the
/// identifying values and the findings) onto `out`: a JSON array when
/// `lines` is false, else JSON Lines.
std::unique_ptr<RecordWriter> CreateFindingsWriter(bool lines, std::ostream& out,
                                                   const Catalogue& catalogue);

}  // namespace redovis

#endif  // REDOVIS_WRITER_H_
