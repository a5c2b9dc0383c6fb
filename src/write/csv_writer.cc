#include "write/csv_writer.h"

#include "base/display_text.h"
#include "write/stream_writer.h"

namespace redovis {

namespace {

/// Excel's longest string constant inside a formula.
constexpr size_t kMaxFormulaString = 255;

/// True when a spreadsheet opening the file would not keep `text` as text:
/// a number, a date or a formula.
bool SpreadsheetWouldConvert(const std::string& text) {
  if (text.empty()) return false;
  char c = text[0];
  return (c >= '0' && c <= '9') || c == '=' || c == '+' || c == '-' || c == '@' || c == '(' ||
         c == '.' || c == ',' || c == '\t' || c == '\r';
}

/// True when a spreadsheet would run `text` as a formula.
bool RunsAsFormula(const std::string& text) {
  return !text.empty() && std::string("=+-@\t\r").find(text[0]) != std::string::npos;
}

std::string Quoted(const std::string& value, char separator) {
  bool quote = value.find_first_of(std::string("\"\r\n") + separator) != std::string::npos;
  if (!quote) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string CsvField(const TableCell& cell, CsvStyle style) {
  std::string value = PictureControls(cell.Display());  // no raw ESC, NUL, ... in a cell
  if (style == CsvStyle::kRfc4180) return Quoted(value, ',');
  if (cell.kind == TableCell::Kind::kDecimal) {
    for (char& c : value)
      if (c == '.') c = ',';
  } else if (cell.kind == TableCell::Kind::kText && SpreadsheetWouldConvert(value)) {
    bool lines = value.find_first_of("\r\n") != std::string::npos;
    if (!lines && value.size() <= kMaxFormulaString) {
      std::string formula = "=\"";
      for (char c : value) {
        if (c == '"') formula += '"';
        formula += c;
      }
      value = formula + "\"";
      // Unquoted, as spreadsheets write it, unless a ';' needs quotes.
      if (value.find(';') == std::string::npos) return value;
    } else if (RunsAsFormula(value)) {
      // A string in a formula holds no line break and at most 255 bytes:
      // the apostrophe guard instead.
      value = "'" + value;
    }
  }
  return Quoted(value, ';');
}

namespace {

class CsvTableWriter : public StreamWriter {
 public:
  CsvTableWriter(std::ostream& out, const Catalogue& catalogue, const WriterOptions& options,
                 bool wide)
      : StreamWriter(out), options_(options), table_(catalogue, options_), wide_(wide) {}
  Status Begin() override {
    if (!options_.header) return Check();
    if (options_.csv_style == CsvStyle::kExcel) out_ << "\xEF\xBB\xBF";  // UTF-8 byte-order mark
    std::vector<std::string> names = wide_ ? table_.WideHeader() : table_.LongHeader();
    Row header;
    for (std::string& n : names) header.push_back(TableCell::Text(std::move(n)));
    out_ << Line(header);
    return Check();
  }
  std::string Render(const Record& r) const override {
    if (wide_) return Line(table_.WideRow(r));
    std::string rows;
    for (const Row& row : table_.LongRows(r)) rows += Line(row);
    return rows;
  }

 private:
  std::string Line(const Row& row) const {
    const char* sep = options_.csv_style == CsvStyle::kExcel ? ";" : ",";
    std::string line;
    for (size_t i = 0; i < row.size(); ++i) {
      if (i) line += sep;
      line += CsvField(row[i], options_.csv_style);
    }
    return line + "\r\n";
  }
  WriterOptions options_;  // a copy: the table refers to it
  ReportTable table_;
  bool wide_;
};

}  // namespace

std::unique_ptr<RecordWriter> CreateCsvWriter(OutputFormat format, std::ostream& out,
                                              const Catalogue& catalogue,
                                              const WriterOptions& options) {
  return std::make_unique<CsvTableWriter>(out, catalogue, options,
                                          format != OutputFormat::kCsvLong);
}

}  // namespace redovis
