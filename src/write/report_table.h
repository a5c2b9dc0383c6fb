// The tables every spreadsheet-like output shows, as typed cells: the wide
// table (one row per record), the long table (one row per key the edition
// asks for), the findings and the catalogue. The CSV writers render the
// cells as text, the workbook writes them as typed cells; neither decides
// what a column holds, so the two never drift apart.
//
// Every row starts with the record's identity, which tells the reports of
// one file apart: source.file, source.sha256, source.format,
// source.first_page, source.last_page, source.first_line, source.last_line
// (0 is written as an empty cell), status, edition.
//   wide:     then findings (the codes, `; `-joined, each once, in order),
//             unanswered (the asked keys without a value, `; `-joined),
//             not_asked (the catalogue's keys the edition does not ask for;
//             empty when no report was found), then every catalogue key
//   long:     then the values of the keys with roles municipality_code and
//             year, key, state (answer_state.h), value, page, line, rule,
//             origin, ocr; one row per asked key, or one row with key, state
//             and value empty for a record without an edition (an
//             unreadable file, a file with no report)
//   findings: then severity, code, keys (`; `-joined), message, page, line, text
//   fields:   key, label_sv, type, editions (the catalogue's edition tags,
//             `,`-joined), note; one row per catalogue key
//
// In: records, the catalogue and the WriterOptions (labels, absence codes).
// Out: headers and rows. Holds references to the catalogue and options,
// which must outlive it. Stateless between records, so safe in a worker.
#ifndef REDOVIS_WRITE_REPORT_TABLE_H_
#define REDOVIS_WRITE_REPORT_TABLE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "redovis/catalogue.h"
#include "redovis/record.h"
#include "redovis/writer.h"

namespace redovis {

/// One typed cell.
struct TableCell {
  enum class Kind {
    kEmpty,
    kText,     ///< text that came from outside (a document, a path): never run as a formula
    kWord,     ///< the tool's own words (a status, a key, a rule): safe as they are
    kInt,      ///< a whole number
    kDecimal,  ///< a number with a fractional part
    kBool,
  };
  Kind kind = Kind::kEmpty;
  std::string text;  ///< kText, kWord
  int64_t integer = 0;
  double decimal = 0;
  bool boolean = false;

  static TableCell Text(std::string s);
  static TableCell Word(std::string s);
  static TableCell Int(int64_t v);
  /// An Int, or empty when `v` is 0 (a page or line that is not known).
  static TableCell Positive(int v);
  /// The cell of a field value: numbers as numbers, booleans, text and
  /// lists (`; `-joined) as text, null as empty.
  static TableCell Of(const Value& v);
  /// The cell as exact text: numbers with '.', booleans "true"/"false".
  std::string Display() const;
};

using Row = std::vector<TableCell>;

class ReportTable {
 public:
  ReportTable(const Catalogue& catalogue, const WriterOptions& options)
      : catalogue_(catalogue), options_(options) {}

  /// The wide table's column names; a catalogue key's column is its
  /// Swedish label with HeaderLabels::kSwedish (made unique with the key in
  /// brackets when empty or shared with another key).
  std::vector<std::string> WideHeader() const;
  /// The record's wide row.
  Row WideRow(const Record& record) const;
  /// The long table's column names.
  std::vector<std::string> LongHeader() const;
  /// The record's long rows.
  std::vector<Row> LongRows(const Record& record) const;
  /// The findings table's column names.
  std::vector<std::string> FindingsHeader() const;
  /// One row per finding of the record.
  std::vector<Row> FindingsRows(const Record& record) const;
  /// The catalogue table's column names.
  std::vector<std::string> FieldsHeader() const;
  /// One row per catalogue key.
  std::vector<Row> FieldsRows() const;
  /// The header of `key`'s column as the options ask.
  std::string KeyHeader(const std::string& key) const;

 private:
  Row Identity(const Record& record) const;
  const Catalogue& catalogue_;
  const WriterOptions& options_;
};

}  // namespace redovis

#endif  // REDOVIS_WRITE_REPORT_TABLE_H_
