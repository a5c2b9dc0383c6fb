#include "write/csv_writer.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "test_support.h"
#include "write_samples.h"

using namespace redovis;
using testing::OtherRoles;
using testing::Sample;

TEST_CASE("CSV fields: RFC 4180 quoting and the formula defence") {
  CHECK(CsvField("plain", true) == "plain");
  CHECK(CsvField("a,b", true) == "\"a,b\"");
  CHECK(CsvField("say \"hi\"", true) == "\"say \"\"hi\"\"\"");
  CHECK(CsvField("two\nlines", true) == "\"two\nlines\"");
  CHECK(CsvField("=1+1", true) == "'=1+1");
  CHECK(CsvField("+46 8", true) == "'+46 8");
  CHECK(CsvField("-x", true) == "'-x");
  CHECK(CsvField("@cmd", true) == "'@cmd");
  CHECK(CsvField("-3", false) == "-3");
}

TEST_CASE("CSV fields: no raw control character but tab and line breaks") {
  CHECK(CsvField("a\x1b[2Jb", true) == "a␛[2Jb");
  CHECK(CsvField("\x1b]52;c;eA==\x07", false) == "␛]52;c;eA==␇");
  CHECK(CsvField(std::string("nul\0", 4), true) == "nul␀");
  CHECK(CsvField("two\nlines\tand \x1b", true) == "\"two\nlines\tand ␛\"");
}

TEST_CASE("wide CSV: one row per record with every catalogue key") {
  const Catalogue& cat = testing::ProjectPatterns().catalogue();
  std::ostringstream out;
  auto w = RecordWriter::Create(OutputFormat::kCsv, out, cat);
  CHECK(w->Begin().ok());
  CHECK(w->Write(Sample()).ok());
  CHECK(w->Finish().ok());
  std::string s = out.str();
  std::string header = s.substr(0, s.find("\r\n"));
  CHECK(header.rfind("source.file,status,edition,report.year,", 0) == 0);
  CHECK(std::count(header.begin(), header.end(), ',') ==
        static_cast<long>(cat.fields().size()) + 2);
  CHECK(s.find("\"a,b.txt\",complete,po-2020,2020,Tyresö") != std::string::npos);
  CHECK(s.find("more_clients; changed_methods") != std::string::npos);
  CHECK(s.find("\"'- unga\n=SUM(A1)\"") != std::string::npos);
}

TEST_CASE("long CSV: one row per non-null value") {
  const Catalogue& cat = testing::ProjectPatterns().catalogue();
  std::ostringstream out;
  auto w = RecordWriter::Create(OutputFormat::kCsvLong, out, cat);
  CHECK(w->Begin().ok());
  CHECK(w->Write(Sample()).ok());
  std::string s = out.str();
  CHECK(s.rfind("source.file,report.municipality_code,report.year,key,value,page,rule\r\n", 0) ==
        0);
  size_t rows = 0;
  for (size_t at = s.find("\r\n"); at != std::string::npos; at = s.find("\r\n", at + 2)) ++rows;
  CHECK(rows == 1 + 6);
  CHECK(s.find("\"a,b.txt\",,2020,report.year,2020,3,po-2020.rules:5\r\n") != std::string::npos);
}

TEST_CASE("long CSV: the identifying columns are the catalogue's role keys") {
  Catalogue cat = OtherRoles();
  Record r = Sample();
  r.values["x.year"] = Value::Int(1999);
  r.values["x.code"] = Value::Text("0123");
  std::ostringstream out;
  auto w = RecordWriter::Create(OutputFormat::kCsvLong, out, cat);
  CHECK(w->Begin().ok());
  CHECK(w->Write(r).ok());
  CHECK(out.str() ==
        "source.file,x.code,x.year,key,value,page,rule\r\n"
        "\"a,b.txt\",0123,1999,x.year,1999,,\r\n"
        "\"a,b.txt\",0123,1999,x.code,0123,,\r\n"
        "\"a,b.txt\",0123,1999,report.year,2020,3,po-2020.rules:5\r\n");
}

TEST_CASE("CSV without a header: the rows alone, so that shards concatenate") {
  const Catalogue& cat = testing::ProjectPatterns().catalogue();
  for (OutputFormat f : {OutputFormat::kCsv, OutputFormat::kCsvLong}) {
    std::ostringstream with, without;
    WriterOptions no_header;
    no_header.header = false;
    auto a = RecordWriter::Create(f, with, cat);
    auto b = RecordWriter::Create(f, without, cat, no_header);
    for (RecordWriter* w : {a.get(), b.get()}) {
      CHECK(w->Begin().ok());
      CHECK(w->Write(Sample()).ok());
      CHECK(w->Finish().ok());
    }
    std::string s = with.str();
    CHECK(without.str() == s.substr(s.find("\r\n") + 2));
  }
}
