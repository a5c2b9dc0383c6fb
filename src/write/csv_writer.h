// The CSV writers (RFC 4180, UTF-8, '.' as decimal mark, CRLF line ends):
// wide (one row per record, every catalogue key a column, in catalogue
// order) and long (one row per non-null value, with the file and the values
// of the keys with roles `municipality_code` and `year`).
//
// In: records and the catalogue. Out: bytes on a stream. A text cell that
// begins with =, +, -, @, tab or CR is prefixed with an apostrophe, so that
// a spreadsheet never runs it as a formula. A C0 control other than tab, CR
// and LF (ESC, NUL, BEL, ...) and DEL, in any cell, is written as its Unicode
// control picture (ESC as `␛`, base/display_text.h), so that no escape
// sequence reaches a terminal that shows the file; tab, CR and LF are kept
// (inside quotes). Values are otherwise unchanged.
#ifndef REDOVIS_WRITE_CSV_WRITER_H_
#define REDOVIS_WRITE_CSV_WRITER_H_

#include <memory>
#include <ostream>
#include <string>

#include "redovis/catalogue.h"
#include "redovis/writer.h"

namespace redovis {

/// One CSV field: control characters pictured, quoted when needed (RFC
/// 4180), with the formula defence when `is_text`.
std::string CsvField(const std::string& value, bool is_text);

/// A writer of the wide CSV, or of the long one when `format` is kCsvLong.
std::unique_ptr<RecordWriter> CreateCsvWriter(OutputFormat format, std::ostream& out,
                                              const Catalogue& catalogue,
                                              const WriterOptions& options);

}  // namespace redovis

#endif  // REDOVIS_WRITE_CSV_WRITER_H_
