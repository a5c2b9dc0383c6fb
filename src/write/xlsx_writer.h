// The Excel workbook (`extract -f xlsx`), written with libxlsxwriter: four
// sheets over the tables of write/report_table.h, named by the patterns'
// `sheet_name` lines (WriterOptions::sheet_names; Swedish words are data):
//
//   reports   (Rapporter) the wide table, one row per record
//   values    (Värden)    the long table, one row per asked key
//   findings  (Fynd)      one row per finding
//   fields    (Fält)      the catalogue: key, Swedish label, type, editions, note
//
// Cells are typed: whole numbers (counts, money, years) and decimals (FTE)
// are numbers, booleans booleans, and every text (codes, postcodes, phone
// numbers included) a string cell in the text number format, so 0138 stays
// 0138. No cell is ever a formula, so no formula guard is needed and values
// are exact; a text longer than a cell holds (32,767 characters) is cut
// there, at a character's boundary. Each sheet has a bold, frozen header
// row, an autofilter over its rows and column widths from its contents
// (8 to 50 characters). With HeaderLabels::kSwedish the keys' columns are
// headed by their Swedish labels.
//
// The rows are kept in memory until Finish, which builds the workbook in a
// private temporary directory (under TMPDIR, removed at once; it exists
// only while Finish runs, so a run stopped by a signal leaves nothing
// behind) and copies its bytes to the stream. Takes records, not rendered bytes
// (no renderer). Failures come back as "write_error" with libxlsxwriter's
// reason; nothing throws. Holds references to the stream and catalogue.
#ifndef REDOVIS_WRITE_XLSX_WRITER_H_
#define REDOVIS_WRITE_XLSX_WRITER_H_

#include <memory>
#include <ostream>

#include "redovis/catalogue.h"
#include "redovis/writer.h"

namespace redovis {

/// A writer of the workbook onto `out`.
std::unique_ptr<RecordWriter> CreateXlsxWriter(std::ostream& out, const Catalogue& catalogue,
                                               const WriterOptions& options);

}  // namespace redovis

#endif  // REDOVIS_WRITE_XLSX_WRITER_H_
