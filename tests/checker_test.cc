#include "check/checker.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "test_support.h"

using namespace redovis;

namespace {

/// A complete, consistent 2020 record to break one rule at a time.
Record Consistent() {
  const PatternSet& ps = testing::ProjectPatterns();
  Record r;
  r.edition = "po-2020";
  r.asked = ps.catalogue().KeysFor("2020");
  r.values["report.year"] = Value::Int(2020);
  r.values["report.municipality"] = Value::Text("Tyresö");
  r.values["clients.total.women"] = Value::Int(30);
  r.values["clients.total.men"] = Value::Int(17);
  r.values["clients.total.age_18_29.women"] = Value::Int(9);
  r.values["clients.total.age_30_49.women"] = Value::Int(17);
  r.values["clients.total.age_50_64.women"] = Value::Int(4);
  r.values["clients.total.age_65_plus.women"] = Value::Int(0);
  r.values["clients.new.women"] = Value::Int(16);
  r.values["clients.ended.women"] = Value::Int(18);
  r.values["clients.with_children.women"] = Value::Int(12);
  r.values["grant.awarded_sek"] = Value::Int(402638);
  r.values["grant.used_sek"] = Value::Int(402638);
  r.values["grant.awarded_fte"] = Value::Decimal(1.0);
  r.values["grant.used_fte"] = Value::Decimal(1.0);
  r.values["ombud.fte"] = Value::Decimal(1.0);
  r.values["ombud.women"] = Value::Decimal(1.0);
  r.values["training.offered"] = Value::Bool(true);
  r.values["training.description"] = Value::Text("Kurser");
  r.values["access.queue"] = Value::Text("yes");
  r.values["access.waiting_time"] = Value::Text("3 veckor");
  r.values["signature.date"] = Value::Text("2021-01-10");
  return r;
}

std::vector<std::string> Codes(Record r) {
  Checker(testing::ProjectPatterns()).Check(*testing::ProjectPatterns().FindEdition(r.edition), &r);
  std::vector<std::string> codes;
  for (const Finding& f : r.findings) codes.push_back(f.code);
  codes.push_back("status:" + r.status);
  return codes;
}

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

TEST_CASE("a consistent report has no findings and is complete") {
  auto codes = Codes(Consistent());
  CHECK(codes == std::vector<std::string>{"status:complete"});
}

TEST_CASE("each consistency rule catches its inconsistency") {
  struct Case {
    const char* key;
    Value value;
    const char* code;
  };
  std::vector<Case> cases = {
      {"clients.total.women", Value::Int(31), "sum_mismatch"},
      {"clients.new.women", Value::Int(31), "part_exceeds_total"},
      {"clients.ended.women", Value::Int(40), "part_exceeds_total"},
      {"clients.with_children.women", Value::Int(35), "part_exceeds_total"},
      {"grant.used_sek", Value::Int(500000), "grant_overspent"},
      {"grant.used_fte", Value::Decimal(0.5), "fte_differs_without_reason"},
      {"ombud.fte", Value::Decimal(3.0), "ombud_fte_mismatch"},
      {"signature.date", Value::Text("2020-01-12"), "signed_before_year_end"},
      {"access.queue", Value::Text("no"), "waiting_time_without_queue"},
      {"training.not_offered_reason", Value::Text("Ingen budget"), "answer_contradicts_choice"},
      {"report.year", Value::Int(1920), "implausible_year"},
  };
  for (const Case& c : cases) {
    Record r = Consistent();
    r.values[c.key] = c.value;
    CHECK_MESSAGE(Has(Codes(r), c.code), c.key);
  }
}

TEST_CASE("a reason given for fewer FTE silences the FTE rule") {
  Record r = Consistent();
  r.values["grant.used_fte"] = Value::Decimal(0.5);
  r.values["grant.fewer_fte_reason"] = Value::Text("Sjukskrivning");
  CHECK_FALSE(Has(Codes(r), "fte_differs_without_reason"));
}

TEST_CASE("required answers left blank make the report incomplete") {
  Record r = Consistent();
  r.values.erase("clients.total.men");
  auto codes = Codes(r);
  CHECK(Has(codes, "required_missing"));
  CHECK(Has(codes, "status:incomplete"));
}

TEST_CASE("a form with only printed answers is blank") {
  Record r;
  r.edition = "po-2023";
  r.asked = testing::ProjectPatterns().catalogue().KeysFor("2023");
  r.values["report.year"] = Value::Int(2023);
  r.values["report.county"] = Value::Text("Örebro län");
  CHECK(Codes(r) == std::vector<std::string>{"status:blank"});
}

TEST_CASE("a form with no signature date is flagged, an unreadable one only once") {
  Record r = Consistent();
  r.values.erase("signature.date");
  CHECK(Has(Codes(r), "no_signature_date"));
  r.AddFinding("warning", "unreadable_date", {"signature.date"}, "20/209");
  auto codes = Codes(r);
  CHECK_FALSE(Has(codes, "no_signature_date"));
}
