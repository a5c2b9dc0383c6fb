#include "write/csv_writer.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "test_support.h"
#include "write_samples.h"

namespace csv_writer_test {

using namespace redovis;
using testing::OtherRoles;
using testing::Sample;

namespace {

std::string Rfc(const std::string& text) {
  return CsvField(TableCell::Text(text), CsvStyle::kRfc4180);
}
std::string Excel(const TableCell& c) {
  return CsvField(c, CsvStyle::kExcel);
}

std::string Written(OutputFormat f, const Record& r, const WriterOptions& options,
                    const Catalogue& cat = testing::ProjectPatterns().catalogue()) {
  std::ostringstream out;
  auto w = RecordWriter::Create(f, out, cat, options);
  CHECK(w->Begin().ok());
  CHECK(w->Write(r).ok());
  CHECK(w->Finish().ok());
  return out.str();
}

size_t Lines(const std::string& s) {
  size_t n = 0;
  for (size_t at = s.find("\r\n"); at != std::string::npos; at = s.find("\r\n", at + 2)) ++n;
  return n;
}

}  // namespace

TEST_CASE("CSV fields, RFC 4180: quoted when needed, values exactly as they are") {
  CHECK(Rfc("plain") == "plain");
  CHECK(Rfc("a,b") == "\"a,b\"");
  CHECK(Rfc("a;b") == "a;b");
  CHECK(Rfc("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(Rfc("two\nlines") == "\"two\nlines\"");
  // No formula guard in the default style: the report's words, unchanged.
  CHECK(Rfc("=1+1") == "=1+1");
  CHECK(Rfc("- ensamstående med barn") == "- ensamstående med barn");
  CHECK(Rfc("0138") == "0138");
  TableCell d;
  d.kind = TableCell::Kind::kDecimal;
  d.text = "1.5";
  CHECK(CsvField(d, CsvStyle::kRfc4180) == "1.5");
}

TEST_CASE("CSV fields, Excel style: decimal comma, codes as text, formulas never run") {
  TableCell d = TableCell::Of(Value::Decimal(1.5));
  CHECK(Excel(d) == "1,5");
  CHECK(Excel(TableCell::Int(2020)) == "2020");
  CHECK(Excel(TableCell::Int(-3)) == "-3");
  CHECK(Excel(TableCell::Text("0138")) == "=\"0138\"");
  CHECK(Excel(TableCell::Text("01")) == "=\"01\"");
  CHECK(Excel(TableCell::Text("123 45")) == "=\"123 45\"");
  CHECK(Excel(TableCell::Text("Timrå")) == "Timrå");
  CHECK(Excel(TableCell::Text("=SUM(A1)")) == "=\"=SUM(A1)\"");
  CHECK(Excel(TableCell::Text("say \"=1\"")) == "\"say \"\"=1\"\"\"");
  CHECK(Excel(TableCell::Text("=\"x\"")) == "=\"=\"\"x\"\"\"");
  CHECK(Excel(TableCell::Text("- unga; äldre")) == "\"=\"\"- unga; äldre\"\"\"");
  CHECK(Excel(TableCell::Text("+46 8 123")) == "=\"+46 8 123\"");
  CHECK(Excel(TableCell::Text("@cmd")) == "=\"@cmd\"");
  CHECK(Excel(TableCell::Text("a;b")) == "\"a;b\"");
  CHECK(Excel(TableCell::Text("a,b")) == "a,b");
  // Too long for a string inside a formula, or with a line break: the
  // apostrophe guard where it would run, else as it is.
  std::string longer = "-" + std::string(300, 'x');
  CHECK(Excel(TableCell::Text(longer)) == "'" + longer);
  CHECK(Excel(TableCell::Text("- a\n- b")) == "\"'- a\n- b\"");
  CHECK(Excel(TableCell::Text("1. a\n2. b")) == "\"1. a\n2. b\"");
  std::string digits = "1" + std::string(300, '0');
  CHECK(Excel(TableCell::Text(digits)) == digits);
  // The tool's own words and the numbers are never wrapped.
  CHECK(Excel(TableCell::Word("po-2020.rules:5")) == "po-2020.rules:5");
}

TEST_CASE("CSV fields: no raw control character but tab and line breaks") {
  CHECK(Rfc("a\x1b[2Jb") == "a␛[2Jb");
  CHECK(Rfc("\x1b]52;c;eA==\x07") == "␛]52;c;eA==␇");
  CHECK(Rfc(std::string("nul\0", 4)) == "nul␀");
  CHECK(Rfc("two\nlines\tand \x1b") == "\"two\nlines\tand ␛\"");
  CHECK(Excel(TableCell::Text("a\x1b[2Jb")) == "a␛[2Jb");
}

TEST_CASE("wide CSV: one row per record with its identity, findings and every catalogue key") {
  const Catalogue& cat = testing::ProjectPatterns().catalogue();
  Record r = Sample();
  r.AddFinding("warning", "sum_mismatch", {"grant.awarded_fte"}, "no");
  r.AddFinding("warning", "sum_mismatch", {"report.year"}, "no");
  r.asked.push_back("report.county");
  std::string s = Written(OutputFormat::kCsv, r, WriterOptions());
  std::string header = s.substr(0, s.find("\r\n"));
  CHECK(header.rfind("source.file,source.sha256,source.format,source.first_page,source.last_page,"
                     "source.first_line,source.last_line,status,edition,findings,unanswered,"
                     "not_asked,report.year,",
                     0) == 0);
  CHECK(std::count(header.begin(), header.end(), ',') ==
        static_cast<long>(cat.fields().size()) + 11);
  CHECK(s.find("\"a,b.txt\",00,text,,,,,complete,po-2020,sum_mismatch,report.county,") !=
        std::string::npos);
  CHECK(s.find(",report.municipality_code; report.county_code;") != std::string::npos);
  CHECK(s.find(",2020,Tyresö,") != std::string::npos);
  CHECK(s.find("more_clients; changed_methods") != std::string::npos);
  CHECK(s.find("\"- unga\n=SUM(A1)\"") != std::string::npos);  // exact: no guard
  CHECK(s.find(",2.5,") != std::string::npos);
  CHECK(Lines(s) == 2);
}

TEST_CASE("wide CSV: the reports of one file are told apart by their ranges") {
  Record a = Sample(), b = Sample();
  a.source.first_page = 1;
  a.source.last_page = 4;
  b.source.first_page = 5;
  b.source.last_page = 9;
  std::string s = Written(OutputFormat::kCsv, a, WriterOptions()) +
                  Written(OutputFormat::kCsv, b, WriterOptions());
  CHECK(s.find("\"a,b.txt\",00,text,1,4,,,complete") != std::string::npos);
  CHECK(s.find("\"a,b.txt\",00,text,5,9,,,complete") != std::string::npos);
}

TEST_CASE("wide CSV, Excel style: BOM, semicolons, decimal comma, codes kept as text") {
  Record r = Sample();
  r.values["report.municipality_code"] = Value::Text("0138");
  r.asked.push_back("report.municipality_code");
  WriterOptions excel;
  excel.csv_style = CsvStyle::kExcel;
  std::string s = Written(OutputFormat::kCsv, r, excel);
  CHECK(s.rfind("\xEF\xBB\xBFsource.file;source.sha256;", 0) == 0);
  CHECK(s.find("a,b.txt;") != std::string::npos);
  CHECK(s.find(";=\"0138\";") != std::string::npos);
  CHECK(s.find(";2,5;") != std::string::npos);
  CHECK(s.find("\"'- unga\n=SUM(A1)\"") != std::string::npos);
  CHECK(s.find(",2.5,") == std::string::npos);
}

TEST_CASE("wide CSV: --labels sv heads the keys' columns with the Swedish labels") {
  WriterOptions sv;
  sv.labels = HeaderLabels::kSwedish;
  std::string s = Written(OutputFormat::kCsv, Sample(), sv);
  std::string header = s.substr(0, s.find("\r\n"));
  CHECK(header.find(",Statsbidrag avseende år / verksamhetsåret,") != std::string::npos);
  CHECK(header.find(",report.year,") == std::string::npos);
  CHECK(header.find(",report.municipality_code,") != std::string::npos);  // no label: the key
}

TEST_CASE("long CSV: one row per asked key with its state, answered or not") {
  Record r = Sample();
  r.asked.push_back("report.county");
  r.asked.push_back("training.planned");
  r.AddFinding("warning", "unreadable_mark", {"training.planned"}, "'?' is not a mark", 0, 40);
  r.AddFinding("error", "required_missing", {"report.county"}, "missing");
  WriterOptions o;
  o.absence_codes = {"required_missing"};
  std::string s = Written(OutputFormat::kCsvLong, r, o);
  CHECK(s.rfind("source.file,source.sha256,source.format,source.first_page,source.last_page,"
                "source.first_line,source.last_line,status,edition,report.municipality_code,"
                "report.year,key,state,value,page,line,rule,origin,ocr,ocr_confidence\r\n",
                0) == 0);
  CHECK(Lines(s) == 1 + 8);
  CHECK(s.find("\"a,b.txt\",00,text,,,,,complete,po-2020,,2020,report.year,answered,2020,3,12,"
               "po-2020.rules:5,,false,\r\n") != std::string::npos);
  CHECK(s.find(",report.county,blank,,,,,,,\r\n") != std::string::npos);
  CHECK(s.find(",training.planned,unreadable,,,,,,,\r\n") != std::string::npos);
  CHECK(s.find(",training.offered,answered,false,,,,,,\r\n") != std::string::npos);
}

TEST_CASE("long CSV: one row for a file without a report") {
  Record r;
  r.source.file = "broken.pdf";
  r.source.format = "pdf";
  r.status = "unreadable";
  r.AddFinding("error", "corrupt", {}, "cannot be read");
  std::string s = Written(OutputFormat::kCsvLong, r, WriterOptions());
  CHECK(Lines(s) == 2);
  CHECK(s.find("broken.pdf,,pdf,,,,,unreadable,,,,,,,,,,,,\r\n") != std::string::npos);
}

TEST_CASE("long CSV: the identifying columns are the catalogue's role keys") {
  Catalogue cat = OtherRoles();
  Record r = Sample();
  r.values["x.year"] = Value::Int(1999);
  r.values["x.code"] = Value::Text("0123");
  r.asked = {"x.year", "x.code", "report.year"};
  std::string s = Written(OutputFormat::kCsvLong, r, WriterOptions(), cat);
  CHECK(s ==
        "source.file,source.sha256,source.format,source.first_page,source.last_page,"
        "source.first_line,source.last_line,status,edition,x.code,x.year,key,state,value,page,"
        "line,rule,origin,ocr,ocr_confidence\r\n"
        "\"a,b.txt\",00,text,,,,,complete,po-2020,0123,1999,x.year,answered,1999,,,,,,\r\n"
        "\"a,b.txt\",00,text,,,,,complete,po-2020,0123,1999,x.code,answered,0123,,,,,,\r\n"
        "\"a,b.txt\",00,text,,,,,complete,po-2020,0123,1999,report.year,answered,2020,3,12,"
        "po-2020.rules:5,,false,\r\n");
}

TEST_CASE("CSV without a header: the rows alone, so that shards concatenate") {
  for (OutputFormat f : {OutputFormat::kCsv, OutputFormat::kCsvLong}) {
    for (CsvStyle style : {CsvStyle::kRfc4180, CsvStyle::kExcel}) {
      WriterOptions with, without;
      with.csv_style = without.csv_style = style;
      without.header = false;
      std::string s = Written(f, Sample(), with);
      CHECK(Written(f, Sample(), without) == s.substr(s.find("\r\n") + 2));
    }
  }
}

}  // namespace csv_writer_test
