#include "write/xlsx_writer.h"

#include <doctest/doctest.h>

#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "read/office/xml_stream.h"
#include "read/office/zip_archive.h"
#include "test_support.h"
#include "write_samples.h"

namespace xlsx_writer_test {

using namespace redovis;

namespace {

/// A cell read back: its type attribute ("s" shared string, "b" boolean,
/// "" number, "str" a formula's string) and its value (the string itself
/// for shared strings).
struct ReadCell {
  std::string type, value;
  bool formula = false;
};

/// The workbook in `bytes`, read with the project's own zip and XML readers:
/// sheet name -> cell reference ("A1") -> cell.
std::map<std::string, std::map<std::string, ReadCell>> ReadBack(const std::string& bytes) {
  std::map<std::string, std::map<std::string, ReadCell>> out;
  std::unique_ptr<ZipArchive> zip;
  REQUIRE(ZipArchive::Open(bytes, ZipLimits(), &zip).ok());
  std::string part;
  std::vector<std::string> strings;
  REQUIRE(zip->Read("xl/sharedStrings.xml", &part).ok());
  {
    XmlStream x(part, "sharedStrings", 64);
    bool in_t = false;
    while (x.Next()) {
      if (x.event() == XmlStream::Event::kStart && x.local_name() == "si") strings.emplace_back();
      if (x.event() == XmlStream::Event::kStart && x.local_name() == "t") in_t = true;
      if (x.event() == XmlStream::Event::kEnd && x.local_name() == "t") in_t = false;
      if (x.event() == XmlStream::Event::kText && in_t) strings.back() += std::string(x.text());
    }
    REQUIRE(x.status().ok());
  }
  std::vector<std::string> names;
  REQUIRE(zip->Read("xl/workbook.xml", &part).ok());
  {
    XmlStream x(part, "workbook", 64);
    while (x.Next()) {
      std::string name;
      if (x.event() == XmlStream::Event::kStart && x.local_name() == "sheet" &&
          x.Attribute("", "name", &name))
        names.push_back(name);
    }
  }
  for (size_t i = 0; i < names.size(); ++i) {
    REQUIRE(zip->Read("xl/worksheets/sheet" + std::to_string(i + 1) + ".xml", &part).ok());
    XmlStream x(part, "sheet", 64);
    std::string ref;
    std::string in;
    while (x.Next()) {
      if (x.event() == XmlStream::Event::kStart && x.local_name() == "c") {
        x.Attribute("", "r", &ref);
        ReadCell c;
        x.Attribute("", "t", &c.type);
        out[names[i]][ref] = c;
      }
      if (x.event() == XmlStream::Event::kStart) in = std::string(x.local_name());
      if (x.event() == XmlStream::Event::kStart && x.local_name() == "f")
        out[names[i]][ref].formula = true;
      if (x.event() == XmlStream::Event::kText && in == "v") out[names[i]][ref].value = x.text();
    }
    for (auto& [r, c] : out[names[i]])
      if (c.type == "s") c.value = strings.at(std::stoul(c.value));
  }
  return out;
}

/// The column letters of the 0-based column `c` ("A", "Z", "AA", ...).
std::string Col(size_t c) {
  std::string s;
  for (size_t n = c + 1; n > 0; n = (n - 1) / 26) s.insert(s.begin(), char('A' + (n - 1) % 26));
  return s;
}

/// The column of `name` in row 1 of `sheet`.
std::string ColumnOf(const std::map<std::string, ReadCell>& sheet, const std::string& name) {
  for (size_t c = 0; c < 400; ++c) {
    auto it = sheet.find(Col(c) + "1");
    if (it != sheet.end() && it->second.value == name) return Col(c);
  }
  return "?";
}

std::string Workbook(const std::vector<Record>& records, const WriterOptions& options) {
  std::ostringstream out;
  auto w = RecordWriter::Create(OutputFormat::kXlsx, out, testing::ProjectPatterns().catalogue(),
                                options);
  REQUIRE(w);
  CHECK(w->renderer() == nullptr);
  CHECK(w->Begin().ok());
  for (const Record& r : records) CHECK(w->Write(r).ok());
  CHECK(w->Finish().ok());
  return out.str();
}

}  // namespace

TEST_CASE("xlsx: four sheets, typed cells, read back cell by cell") {
  Record r = testing::Sample();
  r.values["report.municipality_code"] = Value::Text("0138");
  r.values["report.county_code"] = Value::Text("01");
  r.asked.push_back("report.municipality_code");
  r.asked.push_back("report.county_code");
  r.asked.push_back("report.county");
  r.AddFinding("warning", "sum_mismatch", {"grant.awarded_fte"}, "=HYPERLINK(\"x\")", 2, 7);
  WriterOptions o;
  o.sheet_names = {
      {"reports", "Rapporter"}, {"values", "Värden"}, {"findings", "Fynd"}, {"fields", "Fält"}};
  auto book = ReadBack(Workbook({r}, o));
  REQUIRE(book.size() == 4);
  REQUIRE(book.count("Rapporter"));
  REQUIRE(book.count("Värden"));
  REQUIRE(book.count("Fynd"));
  REQUIRE(book.count("Fält"));

  const auto& wide = book["Rapporter"];
  CHECK(wide.at("A1").value == "source.file");
  CHECK(wide.at("A2").value == "a,b.txt");
  std::string code = ColumnOf(wide, "report.municipality_code");
  CHECK(wide.at(code + "2").type == "s");  // text, so 0138 keeps its zero
  CHECK(wide.at(code + "2").value == "0138");
  CHECK(wide.at(ColumnOf(wide, "report.county_code") + "2").value == "01");
  std::string year = ColumnOf(wide, "report.year");
  CHECK(wide.at(year + "2").type == "");  // a number
  CHECK(wide.at(year + "2").value == "2020");
  std::string fte = ColumnOf(wide, "grant.awarded_fte");
  CHECK(wide.at(fte + "2").type == "");
  CHECK(wide.at(fte + "2").value == "2.5");
  std::string offered = ColumnOf(wide, "training.offered");
  CHECK(wide.at(offered + "2").type == "b");
  CHECK(wide.at(offered + "2").value == "0");
  CHECK(wide.at(ColumnOf(wide, "access.priority_order") + "2").value == "- unga\n=SUM(A1)");
  CHECK(wide.at(ColumnOf(wide, "unanswered") + "2").value == "report.county");
  CHECK(wide.at(ColumnOf(wide, "findings") + "2").value == "sum_mismatch");
  for (const auto& sheet : book)
    for (const auto& [ref, cell] : sheet.second) CHECK_MESSAGE(!cell.formula, ref);

  const auto& values = book["Värden"];
  CHECK(values.count("A10"));  // header + 9 asked keys
  CHECK(!values.count("A11"));
  const auto& findings = book["Fynd"];
  CHECK(findings.at(ColumnOf(findings, "message") + "2").value == "=HYPERLINK(\"x\")");
  CHECK(findings.at(ColumnOf(findings, "page") + "2").value == "2");
  const auto& fields = book["Fält"];
  CHECK(fields.at("A2").value == "report.year");
  CHECK(fields.at("B2").value == "Statsbidrag avseende år / verksamhetsåret");
  CHECK(fields.at("C2").value == "int");
}

TEST_CASE("xlsx: Swedish labels head the keys' columns; parts unnamed keep their part names") {
  WriterOptions o;
  o.labels = HeaderLabels::kSwedish;
  auto book = ReadBack(Workbook({testing::Sample()}, o));
  REQUIRE(book.count("reports"));
  CHECK(ColumnOf(book["reports"], "Statsbidrag avseende år / verksamhetsåret") != "?");
  CHECK(ColumnOf(book["reports"], "report.year") == "?");
}

TEST_CASE("xlsx: frozen header and autofilter on every sheet") {
  std::string bytes = Workbook({testing::Sample()}, WriterOptions());
  std::unique_ptr<ZipArchive> zip;
  REQUIRE(ZipArchive::Open(bytes, ZipLimits(), &zip).ok());
  for (int i = 1; i <= 4; ++i) {
    std::string part;
    REQUIRE(zip->Read("xl/worksheets/sheet" + std::to_string(i) + ".xml", &part).ok());
    CHECK(part.find("state=\"frozen\"") != std::string::npos);
    CHECK(part.find("<autoFilter ref=\"A1:") != std::string::npos);
    CHECK(part.find("customWidth=\"1\"") != std::string::npos);
  }
}

}  // namespace xlsx_writer_test
