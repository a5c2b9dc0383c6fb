#include "redovis/writer.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "test_support.h"
#include "write/csv_writer.h"
#include "write/json_writer.h"

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

TEST_CASE("JSON array and JSON Lines framing") {
  const Catalogue& cat = testing::ProjectPatterns().catalogue();
  std::ostringstream a, l;
  auto wa = RecordWriter::Create(OutputFormat::kJson, a, cat);
  CHECK(wa->Begin().ok());
  CHECK(wa->Finish().ok());
  CHECK(nlohmann::json::parse(a.str()).is_array());
  auto wl = RecordWriter::Create(OutputFormat::kJsonl, l, cat);
  CHECK(wl->Begin().ok());
  CHECK(wl->Write(Sample()).ok());
  CHECK(wl->Write(Sample()).ok());
  CHECK(wl->Finish().ok());
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
  WriteHtmlReport(out, {r, Sample()}, "redovis check", testing::ProjectPatterns().catalogue());
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

namespace {
/// A catalogue whose identifying keys are other keys than the project's.
Catalogue OtherRoles() {
  std::string path = (std::filesystem::temp_directory_path() /
                      ("other-roles-" + std::to_string(getpid()) + ".tsv"))
                         .string();
  {
    std::ofstream f(path);
    f << "key\ttype\teditions\tlabel_sv\tnote\trole\n"
      << "x.year\tint\t2020\t\t\tyear\n"
      << "x.town\ttext\t2020\t\t\tmunicipality\n"
      << "x.code\ttext\t2020\t\t\tmunicipality_code\n"
      << "report.year\tint\t2020\n";
  }
  Catalogue cat;
  Status s = Catalogue::Load(path, &cat);
  std::remove(path.c_str());
  REQUIRE(s.ok());
  return cat;
}
}  // namespace

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

TEST_CASE("check's findings as JSON: identifying values by role, framed like the records") {
  Record r = Sample();
  r.AddFinding("error", "required_missing", {"contact.email"}, "E-postadress saknas", 2, 7);
  Record bare;
  bare.source.file = "b.txt";
  bare.status = "unreadable";
  std::ostringstream lines, array;
  auto wl = CreateFindingsWriter(true, lines, testing::ProjectPatterns().catalogue());
  auto wa = CreateFindingsWriter(false, array, testing::ProjectPatterns().catalogue());
  for (RecordWriter* w : {wl.get(), wa.get()}) {
    CHECK(w->Begin().ok());
    CHECK(w->Write(r).ok());
    CHECK(w->Write(bare).ok());
    CHECK(w->Finish().ok());
  }
  CHECK(lines.str() ==
        "{\"file\":\"a,b.txt\",\"status\":\"complete\",\"edition\":\"po-2020\","
        "\"municipality\":\"Tyresö\",\"year\":2020.0,\"findings\":[{\"severity\":\"error\","
        "\"code\":\"required_missing\",\"keys\":[\"contact.email\"],\"message\":\"E-postadress "
        "saknas\",\"page\":2,\"line\":7}]}\n"
        "{\"file\":\"b.txt\",\"status\":\"unreadable\",\"edition\":null,\"municipality\":null,"
        "\"year\":null,\"findings\":[]}\n");
  auto parsed = nlohmann::json::parse(array.str());
  REQUIRE(parsed.size() == 2);
  CHECK(parsed[0]["municipality"] == "Tyresö");
  CHECK(array.str().rfind("[\n{\n  \"file\": \"a,b.txt\",", 0) == 0);
  CHECK(array.str().substr(array.str().size() - 4) == "}\n]\n");
  // The same answer with other keys holding the identity.
  Catalogue other = OtherRoles();
  r.values["x.town"] = Value::Text("Annanstad");
  auto j = FindingsToJson(r, other);
  CHECK(j["municipality"] == "Annanstad");
  CHECK(j["year"].is_null());
}

TEST_CASE("a sink takes rendered bytes as it takes records; a failed stream is an error") {
  const Catalogue& cat = testing::ProjectPatterns().catalogue();
  std::ostringstream direct, rendered;
  auto a = RecordWriter::Create(OutputFormat::kJson, direct, cat);
  auto b = RecordWriter::Create(OutputFormat::kJson, rendered, cat);
  REQUIRE(b->renderer() != nullptr);
  CHECK(a->Begin().ok());
  CHECK(b->Begin().ok());
  for (int i = 0; i < 2; ++i) {
    CHECK(a->Write(Sample()).ok());
    CHECK(b->WriteRendered(b->renderer()->Render(Sample())).ok());
  }
  CHECK(a->Finish().ok());
  CHECK(b->Finish().ok());
  CHECK(direct.str() == rendered.str());

  std::ostringstream broken;
  auto c = RecordWriter::Create(OutputFormat::kJsonl, broken, cat);
  CHECK(c->Begin().ok());
  broken.setstate(std::ios::badbit);
  Status s = c->Write(Sample());
  CHECK(s.code() == "write_error");
  CHECK(c->Finish().code() == "write_error");
}
