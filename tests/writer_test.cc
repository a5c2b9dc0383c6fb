#include "redovis/writer.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "test_support.h"

using namespace redovis;

namespace {
Record Sample() {
  Record r;
  r.source.file = "a,b.txt";
  r.source.sha256 = "00";
  r.source.format = "text";
  r.status = "complete";
  r.edition = "po-2020";
  r.asked = {"report.year",           "report.municipality", "covid.effects",
             "access.priority_order", "grant.awarded_fte",   "training.offered"};
  r.values["report.year"] = Value::Int(2020);
  r.values["report.municipality"] = Value::Text("Tyresö");
  r.values["covid.effects"] = Value::MakeList({"more_clients", "changed_methods"});
  r.values["access.priority_order"] = Value::Text("- unga\n=SUM(A1)");
  r.values["grant.awarded_fte"] = Value::Decimal(2.5);
  r.values["training.offered"] = Value::Bool(false);
  r.provenance["report.year"] =
      Provenance{3, 12, "po-2020.rules:5", "Statsbidrag avseende år 2020", "", false};
  return r;
}
}  // namespace

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

TEST_CASE("JSON record: every asked key in catalogue order, nulls kept") {
  const Catalogue& cat = testing::ProjectPatterns().catalogue();
  Record r = Sample();
  auto j = RecordToJson(r, cat);
  CHECK(j["schema"] == "redovis/1");
  CHECK(j["status"] == "complete");
  CHECK(j["fields"]["report.year"] == 2020);
  CHECK(j["fields"]["grant.awarded_fte"] == 2.5);
  CHECK(j["fields"]["training.offered"] == false);
  CHECK(j["fields"]["covid.effects"].size() == 2);
  CHECK(j["fields"].size() == r.asked.size());
  CHECK(j["fields"].begin().key() == "report.year");
  CHECK(j["provenance"]["report.year"]["line"] == 12);
  CHECK(j["provenance"].size() == 1);
}

TEST_CASE("wide CSV: one row per record with every catalogue key") {
  const Catalogue& cat = testing::ProjectPatterns().catalogue();
  std::ostringstream out;
  auto w = RecordWriter::Create(OutputFormat::kCsv, out, cat);
  w->Begin();
  w->Write(Sample());
  w->End();
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
  w->Begin();
  w->Write(Sample());
  std::string s = out.str();
  CHECK(s.rfind("source.file,report.municipality_code,report.year,key,value,page,rule\r\n", 0) ==
        0);
  size_t rows = 0;
  for (size_t at = s.find("\r\n"); at != std::string::npos; at = s.find("\r\n", at + 2)) ++rows;
  CHECK(rows == 1 + 6);
  CHECK(s.find("\"a,b.txt\",,2020,report.year,2020,3,po-2020.rules:5\r\n") != std::string::npos);
}

TEST_CASE("JSON array and JSON Lines framing") {
  const Catalogue& cat = testing::ProjectPatterns().catalogue();
  std::ostringstream a, l;
  auto wa = RecordWriter::Create(OutputFormat::kJson, a, cat);
  wa->Begin();
  wa->End();
  CHECK(nlohmann::json::parse(a.str()).is_array());
  auto wl = RecordWriter::Create(OutputFormat::kJsonl, l, cat);
  wl->Begin();
  wl->Write(Sample());
  wl->Write(Sample());
  wl->End();
  std::string s = l.str();
  CHECK(std::count(s.begin(), s.end(), '\n') == 2);
}

#include "write/html_report.h"

TEST_CASE("HTML report: escaped, every record in the files table, findings with their text") {
  Record r = Sample();
  r.source.file = "<script>alert(1)</script>.txt";
  r.AddFinding("warning", "sum_mismatch", {"clients.total.women"}, "267 & 265", 4, 12,
               "Totalt\t267");
  std::ostringstream out;
  WriteHtmlReport(out, {r, Sample()}, "redovis check");
  std::string html = out.str();
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;.txt") != std::string::npos);
  CHECK(html.find("267 &amp; 265") != std::string::npos);
  CHECK(html.find("page 4, line 12") != std::string::npos);
  CHECK(html.find("<code>Totalt\t267</code>") != std::string::npos);
  size_t rows = 0;
  for (size_t at = html.find("<tr><td><a href=\"#r"); at != std::string::npos;
       at = html.find("<tr><td><a href=\"#r", at + 1))
    ++rows;
  CHECK(rows == 2);
}
