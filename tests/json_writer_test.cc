#include "write/json_writer.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

#include "test_support.h"
#include "write_samples.h"

namespace json_writer_test {

using namespace redovis;
using testing::OtherRoles;
using testing::Sample;

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
        "\"municipality\":\"Tyresö\",\"year\":2020,\"findings\":[{\"severity\":\"error\","
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

}  // namespace json_writer_test
