#include "match/identity.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace redovis;

namespace {

/// `record` (a 2021 report) resolved against a document of `lines` (one cell each).
Record Resolve(Record record, const std::vector<std::string>& lines = {}) {
  Document doc;
  for (const std::string& text : lines) {
    Line l;
    l.number = static_cast<int>(doc.lines.size()) + 1;
    l.page = 1;
    Cell c;
    c.text = text;
    l.cells.push_back(c);
    doc.lines.push_back(l);
  }
  Segment seg;
  seg.begin = 0;
  seg.end = doc.lines.size();
  record.asked = testing::ProjectPatterns().catalogue().KeysFor("2021");
  IdentityResolver(testing::ProjectPatterns()).Resolve(doc, seg, &record);
  return record;
}

Record With(const std::string& key, Value value, int line = 0) {
  Record r;
  r.values[key] = std::move(value);
  r.provenance[key].line = line;
  return r;
}

}  // namespace

TEST_CASE("the municipality's SCB code and county come from the registry") {
  Record r = Resolve(With("report.municipality", Value::Text("Västerås"), 4));
  CHECK(r.Get("report.municipality_code").as_text() == "1980");
  CHECK(r.Get("report.county").as_text() == "Västmanlands län");
  CHECK(r.Get("report.county_code").as_text() == "19");
  CHECK(r.provenance.at("report.county").rule == "municipalities.tsv");
  CHECK(r.provenance.at("report.county").line == 4);
  CHECK(r.findings.empty());
}

TEST_CASE("an empty Kommun cell: the municipality inferred, with a finding saying from what") {
  Record r = Resolve(With("contact.email", Value::Text("anna.berg@nacka.se"), 9));
  CHECK(r.Get("report.municipality").as_text() == "Nacka");
  CHECK(r.Get("report.county_code").as_text() == "01");
  CHECK(r.provenance.at("report.municipality").rule == "inferred:contact.email");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].code == "municipality_inferred");
  CHECK(r.findings[0].severity == "info");
  CHECK(r.findings[0].line == 9);
}

TEST_CASE("nothing names a municipality: none is invented") {
  Record r = Resolve(With("contact.email", Value::Text("info@example.com")), {"Ingen kommun här"});
  CHECK_FALSE(r.Has("report.municipality"));
  CHECK_FALSE(r.Has("report.county"));
  CHECK(r.findings.empty());
}

TEST_CASE("the county board named in the document: the county, or a mismatch") {
  const std::vector<std::string> doc = {"Skickas till", "Länsstyrelsen i Stockholms län"};
  Record alone = Resolve(Record(), doc);
  CHECK(alone.Get("report.county").as_text() == "Stockholms län");
  CHECK(alone.Get("report.county_code").as_text() == "01");
  CHECK(alone.provenance.at("report.county").line == 2);
  CHECK_FALSE(alone.Has("report.municipality"));

  Record other = Resolve(With("report.municipality", Value::Text("Västerås")), doc);
  CHECK(other.Get("report.county").as_text() == "Västmanlands län");  // the municipality's
  REQUIRE(other.findings.size() == 1);
  CHECK(other.findings[0].code == "county_mismatch");
  CHECK(other.findings[0].line == 2);

  Record same = Resolve(With("report.municipality", Value::Text("Nacka")), doc);
  CHECK(same.findings.empty());
}

TEST_CASE("a co-municipality list loses the reporting municipality") {
  Record r = With("report.municipality", Value::Text("Västerås"));
  r.values["report.co_municipalities"] = Value::MakeList({"Sala", "Västerås"});
  CHECK(Resolve(r).Get("report.co_municipalities").as_list() == std::vector<std::string>{"Sala"});
  r.values["report.co_municipalities"] = Value::MakeList({"Västerås"});
  r.provenance["report.co_municipalities"].line = 3;
  Record only = Resolve(r);
  CHECK_FALSE(only.Has("report.co_municipalities"));
  CHECK(only.provenance.count("report.co_municipalities") == 0);
}
