#include "write/csv_writer.h"

#include "base/display_text.h"
#include "write/stream_writer.h"

namespace redovis {

std::string CsvField(const std::string& value_in, bool is_text) {
  std::string value = PictureControls(value_in);  // no raw ESC, NUL, ... in a cell
  if (is_text && !value.empty() &&
      (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' ||
       value[0] == '\t' || value[0] == '\r'))
    value = "'" + value;  // a spreadsheet must not run it as a formula
  bool quote = value.find_first_of(",\"\r\n") != std::string::npos;
  if (!quote) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

namespace {

bool IsTextValue(const Value& v) {
  return v.is_text() || v.is_list();
}

class WideCsvWriter : public StreamWriter {
 public:
  WideCsvWriter(std::ostream& out, const Catalogue& catalogue, bool header)
      : StreamWriter(out), catalogue_(catalogue), header_(header) {}
  Status Begin() override {
    if (!header_) return Check();
    out_ << "source.file,status,edition";
    for (const FieldSpec& f : catalogue_.fields()) out_ << "," << CsvField(f.key, false);
    out_ << "\r\n";
    return Check();
  }
  std::string Render(const Record& r) const override {
    std::string row =
        CsvField(r.source.file, true) + "," + r.status + "," + CsvField(r.edition, true);
    for (const FieldSpec& f : catalogue_.fields()) {
      const Value& v = r.Get(f.key);
      row += ',';
      if (!v.is_null()) row += CsvField(v.ToDisplay(), IsTextValue(v));
    }
    return row + "\r\n";
  }

 private:
  const Catalogue& catalogue_;
  bool header_;
};

class LongCsvWriter : public StreamWriter {
 public:
  LongCsvWriter(std::ostream& out, const Catalogue& catalogue, bool header)
      : StreamWriter(out),
        catalogue_(catalogue),
        header_(header),
        code_key_(catalogue.KeyWithRole("municipality_code")),
        year_key_(catalogue.KeyWithRole("year")) {}
  Status Begin() override {
    if (!header_) return Check();
    out_ << "source.file," << CsvField(code_key_, false) << "," << CsvField(year_key_, false)
         << ",key,value,page,rule\r\n";
    return Check();
  }
  std::string Render(const Record& r) const override {
    std::string rows;
    std::string code = r.Get(code_key_).ToDisplay();
    std::string year = r.Get(year_key_).ToDisplay();
    for (const FieldSpec& f : catalogue_.fields()) {
      const Value& v = r.Get(f.key);
      if (v.is_null()) continue;
      auto p = r.provenance.find(f.key);
      std::string page =
          p != r.provenance.end() && p->second.page ? std::to_string(p->second.page) : "";
      std::string rule = p != r.provenance.end() ? p->second.rule : "";
      rows += CsvField(r.source.file, true) + "," + CsvField(code, true) + "," +
              CsvField(year, false) + "," + CsvField(f.key, false) + "," +
              CsvField(v.ToDisplay(), IsTextValue(v)) + "," + page + "," + CsvField(rule, true) +
              "\r\n";
    }
    return rows;
  }

 private:
  const Catalogue& catalogue_;
  bool header_;
  std::string code_key_, year_key_;
};

}  // namespace

std::unique_ptr<RecordWriter> CreateCsvWriter(OutputFormat format, std::ostream& out,
                                              const Catalogue& catalogue,
                                              const WriterOptions& options) {
  if (format == OutputFormat::kCsvLong)
    return std::make_unique<LongCsvWriter>(out, catalogue, options.header);
  return std::make_unique<WideCsvWriter>(out, catalogue, options.header);
}

}  // namespace redovis
