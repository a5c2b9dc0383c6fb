// The CSV writers over the tables of write/report_table.h: wide (one row
// per record) and long (one row per key the edition asks for, one row for a
// file without a report), UTF-8, CRLF line ends, in one of two styles:
//
//   RFC 4180 (the default): `,` between fields, quoted when needed, `.` as
//     the decimal mark, no byte-order mark, every value exactly as in the
//     record (no formula guard: pandas, R and DuckDB read what the report
//     says).
//   Excel (CsvStyle::kExcel, `--csv-style excel`): what a Swedish Excel or
//     LibreOffice opens with a double click: a UTF-8 byte-order mark, `;`
//     between fields, `,` as the decimal mark. A text cell that a
//     spreadsheet would otherwise take for a number, a date or a formula
//     (it begins with a digit, =, +, -, @, (, ., `,`, tab or CR) is written
//     as the constant formula ="TEXT" (inner quotes doubled; the field is
//     quoted only when it holds a `;`), which shows
//     exactly TEXT and keeps 0138 and 01 as text. A string in a formula
//     holds no line break and at most 255 bytes (Excel's limit), so a
//     longer text or one with a line break is left as it is when it only
//     looks like a number, and prefixed with an apostrophe (the formula
//     guard) when it begins with =, +, -, @, tab or CR.
//
// In both, a C0 control other than tab, CR and LF (ESC, NUL, BEL, ...) and
// DEL, in any cell, is written as its Unicode control picture (ESC as `␛`,
// base/display_text.h), so that no escape sequence reaches a terminal that
// shows the file; tab, CR and LF are kept (inside quotes).
#ifndef REDOVIS_WRITE_CSV_WRITER_H_
#define REDOVIS_WRITE_CSV_WRITER_H_

#include <memory>
#include <ostream>
#include <string>

#include "redovis/catalogue.h"
#include "redovis/writer.h"
#include "write/report_table.h"

namespace redovis {

/// One CSV field for `cell` in `style`: control characters pictured, quoted
/// when needed; in the Excel style decimals with a comma and text guarded
/// as the header above says.
std::string CsvField(const TableCell& cell, CsvStyle style);

/// A writer of the wide CSV, or of the long one when `format` is kCsvLong.
std::unique_ptr<RecordWriter> CreateCsvWriter(OutputFormat format, std::ostream& out,
                                              const Catalogue& catalogue,
                                              const WriterOptions& options);

}  // namespace redovis

#endif  // REDOVIS_WRITE_CSV_WRITER_H_
