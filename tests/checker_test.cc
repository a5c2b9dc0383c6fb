#include "check/checker.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <ctime>
#include <map>

#include "test_support.h"

namespace checker_test {

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

/// As the matcher leaves it when it found every label of `r`'s form.
void FoundEveryLabel(Record* r) {
  for (const std::string& key : r->asked) r->places[key].label = key;
}

std::vector<std::string> Codes(Record r) {
  FoundEveryLabel(&r);
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

TEST_CASE("a form with only printed answers, read in part, is incomplete, never blank") {
  // The reader left tables unread (a reflow broke them): no answer is the
  // tool's loss, never the municipality's empty form.
  const PatternSet& ps = testing::ProjectPatterns();
  Record r;
  r.edition = "po-2023";
  r.asked = ps.catalogue().KeysFor("2023");
  r.values["report.year"] = Value::Int(2023);
  Checker(ps).Check(*ps.FindEdition(r.edition), &r, true);
  CHECK(r.status == "incomplete");
  CHECK(std::any_of(r.findings.begin(), r.findings.end(),
                    [](const Finding& f) { return f.code == "questions_not_found"; }));
}

TEST_CASE("a form with no signature date is flagged, an unreadable one only once") {
  Record r = Consistent();
  r.values.erase("signature.date");
  CHECK(Has(Codes(r), "no_signature_date"));
  r.AddFinding("warning", "unreadable_date", {"signature.date"}, "20/209");
  auto codes = Codes(r);
  CHECK_FALSE(Has(codes, "no_signature_date"));
}

// --- the check kinds, each run from a checks.rules written for the test ---

namespace {

/// Patterns with the given checks.rules, an empty vocabulary and one edition
/// "t" (the catalogue's 2020 keys; two required, one preprinted).
struct CheckRig {
  explicit CheckRig(const std::string& checks)
      : dir({{"common.rules", "# none\n"},
             {"checks.rules", checks},
             {"t.rules",
              "edition t\ntag 2020\nrequire report.municipality clients.total.women\n"
              "preprinted report.year\n"}}) {
    Status s = dir.Load(&ps);
    REQUIRE_MESSAGE(s.ok(), s.ToString());
  }

  /// `values` checked as a report of edition "t" (asking the 2020 keys).
  Record Run(const std::map<std::string, Value>& values, std::vector<Finding> earlier = {}) const {
    Record r;
    r.edition = "t";
    r.asked = ps->catalogue().KeysFor("2020");
    r.values = values;
    r.findings = std::move(earlier);
    if (every_label) FoundEveryLabel(&r);
    Checker(*ps).Check(*ps->FindEdition("t"), &r);
    return r;
  }

  std::string Label(const std::string& key) const { return ps->catalogue().Find(key)->label_sv; }

  testing::TempPatterns dir;
  std::unique_ptr<PatternSet> ps;
  bool every_label = true;  ///< Run as if the matcher found every label
};

const Value kTown = Value::Text("Tyresö");

}  // namespace

TEST_CASE("sum: code, severity, keys and message come from the check line") {
  CheckRig rig(
      "check my_sum info sum clients.total.women clients.total.age_18_29.women "
      "clients.total.age_30_49.women message=\"{total_label}: {total} <> {sum}\"\n");
  Record r = rig.Run({{"report.municipality", kTown},
                      {"clients.total.women", Value::Int(10)},
                      {"clients.total.age_30_49.women", Value::Int(3)}});
  REQUIRE(r.findings.size() == 1);
  const Finding& f = r.findings[0];
  CHECK(f.code == "my_sum");
  CHECK(f.severity == "info");
  CHECK(f.keys == std::vector<std::string>{"clients.total.women", "clients.total.age_30_49.women"});
  CHECK(f.message == rig.Label("clients.total.women") + ": 10 <> 3");
  // Parts that add up, or no part given: no finding.
  CHECK(rig.Run({{"clients.total.women", Value::Int(3)},
                 {"clients.total.age_30_49.women", Value::Int(3)}})
            .findings.empty());
  CHECK(rig.Run({{"clients.total.women", Value::Int(3)}}).findings.empty());
}

TEST_CASE("at_most: one total names both keys; a sum of totals names the part only") {
  CheckRig rig(
      "check one warning at_most clients.new.women clients.total.women "
      "message=\"{part_label} {part} > {total_label} {total}\"\n"
      "check two warning at_most clients.new.men clients.total.women clients.total.men "
      "message=\"{part} > {total_label} = {total}\"\n");
  Record r = rig.Run({{"clients.new.women", Value::Int(5)},
                      {"clients.total.women", Value::Int(4)},
                      {"clients.new.men", Value::Int(9)},
                      {"clients.total.men", Value::Int(4)}});
  REQUIRE(r.findings.size() == 2);
  CHECK(r.findings[0].code == "one");
  CHECK(r.findings[0].keys == std::vector<std::string>{"clients.new.women", "clients.total.women"});
  CHECK(r.findings[0].message ==
        rig.Label("clients.new.women") + " 5 > " + rig.Label("clients.total.women") + " 4");
  CHECK(r.findings[1].code == "two");
  CHECK(r.findings[1].keys == std::vector<std::string>{"clients.new.men"});
  CHECK(r.findings[1].message == "9 > " + rig.Label("clients.total.women") + " + " +
                                     rig.Label("clients.total.men") + " = 8");
  // Equal is not more; a missing total is not zero.
  CHECK(rig.Run({{"clients.new.women", Value::Int(4)}, {"clients.total.women", Value::Int(4)}})
            .findings.empty());
  CHECK(rig.Run({{"clients.new.men", Value::Int(9)}, {"clients.total.men", Value::Int(4)}})
            .findings.empty());
}

TEST_CASE("counted: the given parts must reach the total") {
  CheckRig rig(
      "check counted_short warning counted ombud.fte ombud.women ombud.men "
      "message=\"{total_label} {total}, counted {sum}\"\n");
  Record r = rig.Run({{"ombud.fte", Value::Decimal(2.5)}, {"ombud.women", Value::Decimal(1.0)}});
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].keys == std::vector<std::string>{"ombud.fte", "ombud.women", "ombud.men"});
  CHECK(r.findings[0].message == rig.Label("ombud.fte") + " 2.50, counted 1");
  CHECK(rig.Run({{"ombud.fte", Value::Decimal(2.0)},
                 {"ombud.women", Value::Decimal(1.0)},
                 {"ombud.men", Value::Decimal(1.0)}})
            .findings.empty());
  CHECK(rig.Run({{"ombud.fte", Value::Decimal(2.0)}}).findings.empty());  // nothing counted
}

TEST_CASE("equal: a difference beyond the tolerance, unless the reason is given") {
  CheckRig rig(
      "check differs warning equal grant.used_fte grant.awarded_fte "
      "unless=grant.fewer_fte_reason tolerance=0.1 message=\"{a_label} {a} / {b_label} {b}\"\n");
  std::map<std::string, Value> v = {{"grant.used_fte", Value::Decimal(1.5)},
                                    {"grant.awarded_fte", Value::Decimal(2.0)}};
  Record r = rig.Run(v);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].keys ==
        std::vector<std::string>{"grant.used_fte", "grant.awarded_fte", "grant.fewer_fte_reason"});
  CHECK(r.findings[0].message ==
        rig.Label("grant.used_fte") + " 1.50 / " + rig.Label("grant.awarded_fte") + " 2");
  v["grant.used_fte"] = Value::Decimal(1.95);  // within the tolerance
  CHECK(rig.Run(v).findings.empty());
  v["grant.used_fte"] = Value::Decimal(1.5);
  v["grant.fewer_fte_reason"] = Value::Text("Vakans");
  CHECK(rig.Run(v).findings.empty());
}

TEST_CASE("excluded: an answer the choice rules out, for a yes/no and for a choice key") {
  CheckRig rig(
      "check why_not warning excluded training.offered yes training.not_offered_reason "
      "message=\"'{answer_label}' although {choice_label} is {value}\"\n"
      "check no_queue warning excluded access.queue no access.waiting_time access.waiting_days "
      "message=\"{answer_label}\"\n");
  Record r = rig.Run({{"training.offered", Value::Bool(true)},
                      {"training.not_offered_reason", Value::Text("Ingen budget")},
                      {"access.queue", Value::Text("no")},
                      {"access.waiting_days", Value::Int(30)}});
  REQUIRE(r.findings.size() == 2);
  CHECK(r.findings[0].code == "why_not");
  CHECK(r.findings[0].keys ==
        std::vector<std::string>{"training.not_offered_reason", "training.offered"});
  CHECK(r.findings[0].message == "'" + rig.Label("training.not_offered_reason") + "' although " +
                                     rig.Label("training.offered") + " is yes");
  // The finding names the answer given; the message the first answer listed.
  CHECK(r.findings[1].keys == std::vector<std::string>{"access.waiting_days", "access.queue"});
  CHECK(r.findings[1].message == rig.Label("access.waiting_time"));
  CHECK(rig.Run({{"training.offered", Value::Bool(false)},
                 {"training.not_offered_reason", Value::Text("Ingen budget")},
                 {"access.queue", Value::Text("partly")},
                 {"access.waiting_days", Value::Int(30)}})
            .findings.empty());
}

TEST_CASE("year_range, missing and date_after_year_end") {
  CheckRig rig(
      "check odd_year warning year_range report.year min=2010 ahead=0 "
      "message=\"{label} {value} not in {min}-{max}\"\n"
      "check no_date warning missing signature.date message=\"no {label}\"\n"
      "check early warning date_after_year_end signature.date report.year last_month=info "
      "message=\"{date} < {year}\"\n");
  std::time_t now = std::time(nullptr);
  std::tm tm_now{};
  gmtime_r(&now, &tm_now);
  int next_year = tm_now.tm_year + 1900 + 1;
  Record r = rig.Run({{"report.year", Value::Int(next_year)}, {"report.municipality", kTown}});
  REQUIRE(r.findings.size() == 2);
  CHECK(r.findings[0].code == "odd_year");
  CHECK(r.findings[0].message == rig.Label("report.year") + " " + std::to_string(next_year) +
                                     " not in 2010-" + std::to_string(next_year - 1));
  CHECK(r.findings[1].code == "no_date");
  CHECK(r.findings[1].message == "no " + rig.Label("signature.date"));
  // A finding already naming the date says enough.
  Finding unreadable =
      testing::MakeFinding("warning", "unreadable_date", {"signature.date"}, "x", 0, 0, "");
  CHECK(rig.Run({{"report.year", Value::Int(2020)}, {"report.municipality", kTown}}, {unreadable})
            .findings.size() == 1);

  Record early =
      rig.Run({{"report.year", Value::Int(2020)}, {"signature.date", Value::Text("2020-06-30")}});
  REQUIRE(early.findings.size() == 1);
  CHECK(early.findings[0].severity == "warning");
  CHECK(early.findings[0].keys == std::vector<std::string>{"signature.date", "report.year"});
  CHECK(early.findings[0].message == "2020-06-30 < 2020");
  Record december =
      rig.Run({{"report.year", Value::Int(2020)}, {"signature.date", Value::Text("2020-12-15")}});
  REQUIRE(december.findings.size() == 1);
  CHECK(december.findings[0].severity == "info");
  CHECK(rig.Run({{"report.year", Value::Int(2020)}, {"signature.date", Value::Text("2020-12-31")}})
            .findings.empty());
}

TEST_CASE("required: a finding per blank required key; the status does not need the check") {
  CheckRig with("check must error required message=\"'{label}' is blank\"\n");
  Record r = with.Run({{"report.municipality", kTown}});
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].code == "must");
  CHECK(r.findings[0].severity == "error");
  CHECK(r.findings[0].keys == std::vector<std::string>{"clients.total.women"});
  CHECK(r.findings[0].message == "'" + with.Label("clients.total.women") + "' is blank");
  CHECK(r.status == "incomplete");
  CheckRig without("# no checks\n");
  Record bare = without.Run({{"report.municipality", kTown}});
  CHECK(bare.findings.empty());
  CHECK(bare.status == "incomplete");
  CHECK(without.Run({{"report.municipality", kTown}, {"clients.total.women", Value::Int(1)}})
            .status == "complete");
}

TEST_CASE("derived keys and preprinted keys alone leave a report blank") {
  CheckRig with("derived report.county\ncheck must error required message=\"{label}\"\n");
  Record r = with.Run({{"report.year", Value::Int(2020)}, {"report.county", Value::Text("X")}});
  CHECK(r.status == "blank");
  CHECK(r.findings.empty());
  CheckRig without("check must error required message=\"{label}\"\n");
  CHECK(without.Run({{"report.year", Value::Int(2020)}, {"report.county", Value::Text("X")}})
            .status == "incomplete");
}

TEST_CASE("every {NAME} a kind lists is filled in when its check fails") {
  struct Kind {
    CheckKind kind;
    const char* line;  // without the message
    std::map<std::string, Value> values;
  };
  const std::vector<Kind> kinds = {
      {CheckKind::kSum,
       "sum clients.total.men clients.total.age_18_29.men",
       {{"clients.total.men", Value::Int(2)}, {"clients.total.age_18_29.men", Value::Int(1)}}},
      {CheckKind::kAtMost,
       "at_most clients.new.men clients.total.men",
       {{"clients.new.men", Value::Int(2)}, {"clients.total.men", Value::Int(1)}}},
      {CheckKind::kCounted,
       "counted ombud.fte ombud.men",
       {{"ombud.fte", Value::Int(2)}, {"ombud.men", Value::Int(1)}}},
      {CheckKind::kEqual,
       "equal grant.used_sek grant.awarded_sek",
       {{"grant.used_sek", Value::Int(2)}, {"grant.awarded_sek", Value::Int(1)}}},
      {CheckKind::kExcluded,
       "excluded training.offered no training.description",
       {{"training.offered", Value::Bool(false)}, {"training.description", Value::Text("x")}}},
      {CheckKind::kYearRange, "year_range report.year min=2000", {{"report.year", Value::Int(1)}}},
      {CheckKind::kMissing, "missing signature.date", {{"report.municipality", kTown}}},
      {CheckKind::kDateAfterYearEnd,
       "date_after_year_end signature.date report.year",
       {{"report.year", Value::Int(2020)}, {"signature.date", Value::Text("2020-01-01")}}},
      {CheckKind::kRequired, "required", {{"report.municipality", kTown}}},
  };
  for (const Kind& k : kinds) {
    std::string message;
    for (const std::string& name : CheckPlaceholders(k.kind)) message += "{" + name + "}|";
    REQUIRE(!message.empty());
    CheckRig rig(std::string("check c warning ") + k.line + " message=\"" + message + "\"\n");
    std::map<std::string, Value> values = k.values;
    values["report.municipality"] = kTown;  // not blank
    Record r = rig.Run(values);
    REQUIRE_MESSAGE(r.findings.size() == 1, k.line);
    CHECK_MESSAGE(r.findings[0].message.find('{') == std::string::npos, r.findings[0].message);
  }
}

namespace {

/// `r` checked with the project's checks, as the matcher left it.
Record Checked(Record r) {
  Checker(testing::ProjectPatterns()).Check(*testing::ProjectPatterns().FindEdition(r.edition), &r);
  return r;
}

}  // namespace

TEST_CASE("required_missing only where the form's place was found empty, located at its label") {
  Record r = Consistent();
  FoundEveryLabel(&r);
  r.values.erase("clients.total.men");
  Place& found = r.places["clients.total.men"];
  found.label = "Totalt antal klienter";
  found.at.page = 3;
  found.at.line = 41;
  found.at.origin = "table 4 row 2";
  r = Checked(r);
  const Finding* f = testing::FindCodeFor(r, "required_missing", "clients.total.men");
  REQUIRE(f);
  CHECK(f->severity == "error");
  CHECK(f->label == "Totalt antal klienter");
  CHECK(f->page == 3);
  CHECK(f->line == 41);
  CHECK(f->origin == "table 4 row 2");
  CHECK(r.status == "incomplete");
}

TEST_CASE("the tool's failures are not the municipality's omissions") {
  // "Totalt antal klienter  49  32" that the tool cannot place: the row's
  // label was found with numbers beside it.
  Record unplaced = Consistent();
  FoundEveryLabel(&unplaced);
  unplaced.values.erase("clients.total.men");
  unplaced.values.erase("clients.total.women");
  for (const char* key : {"clients.total.men", "clients.total.women"}) {
    unplaced.places[key].unplaced = true;
    unplaced.places[key].at.text = "Totalt antal klienter  49  32";
  }
  Record r = Checked(unplaced);
  CHECK_FALSE(testing::FindCodeFor(r, "required_missing", "clients.total.men"));
  const Finding* f = testing::FindCodeFor(r, "value_unreadable", "clients.total.men");
  REQUIRE(f);
  CHECK(f->severity == "warning");
  CHECK(f->message.find("could not be read") != std::string::npos);
  CHECK(f->message.find("49  32") != std::string::npos);
  // ... and no check runs on what could not be read (no sum of the age groups).
  CHECK_FALSE(testing::FindCodeFor(r, "sum_mismatch", "clients.total.women"));
  CHECK(r.status == "incomplete");

  // A label not found at all: neither blank nor unreadable, not found.
  Record lost = Consistent();
  FoundEveryLabel(&lost);
  lost.values.erase("clients.total.men");
  lost.places.erase("clients.total.men");
  r = Checked(lost);
  CHECK_FALSE(testing::FindCodeFor(r, "required_missing", "clients.total.men"));
  CHECK(testing::FindCodeFor(r, "answer_not_found", "clients.total.men"));

  // A label read as a value ("... is not a number"): the reading's finding
  // says so; no required_missing, no sum on top of it.
  Record label_as_value = Consistent();
  FoundEveryLabel(&label_as_value);
  label_as_value.values.erase("clients.total.age_18_29.women");
  label_as_value.findings.push_back(
      testing::MakeFinding("warning", "unreadable_number", {"clients.total.age_18_29.women"}, "x"));
  label_as_value.values["clients.total.women"] = Value::Int(99);
  r = Checked(label_as_value);
  CHECK_FALSE(testing::FindCodeFor(r, "sum_mismatch", "clients.total.women"));
}

TEST_CASE("a scan: values read by OCR are flagged once, and no sum blames the municipality") {
  Record scan = Consistent();
  FoundEveryLabel(&scan);
  scan.values["clients.total.women"] = Value::Int(0);  // OCR read the age groups badly
  for (const char* key : {"clients.total.women", "clients.total.age_18_29.women"}) {
    scan.provenance[key].ocr = true;
    scan.provenance[key].page = 2;
    scan.provenance[key].line = 5;
  }
  // The year's place on a scanned page looked empty: OCR may have missed it.
  scan.values.erase("report.year");
  scan.places["report.year"].at.ocr = true;
  Record r = Checked(scan);
  CHECK_FALSE(testing::FindCodeFor(r, "sum_mismatch", "clients.total.women"));
  CHECK_FALSE(testing::FindCodeFor(r, "part_exceeds_total", "clients.total.women"));
  CHECK_FALSE(testing::FindCodeFor(r, "required_missing", "report.year"));
  const Finding* f = nullptr;
  int counted = 0;
  for (const Finding& g : r.findings)
    if (g.code == "ocr_uncertain" && g.args.count("count")) f = &g, ++counted;
  CHECK(counted == 1);
  REQUIRE(f);
  CHECK(f->args.at("count") == "2");
}

namespace {

/// `*r`'s `key` as read by OCR with `confidence`, on page 2.
void ReadByOcr(Record* r, const std::string& key, int confidence) {
  Provenance& p = r->provenance[key];
  p.ocr = true;
  p.page = 2;
  p.line = 7;
  p.ocr_confidence = confidence;
}

/// The message ids of the findings about `key`, but the one finding a
/// report that says how many answers OCR read.
std::vector<std::string> MessageIds(const Record& r, const std::string& key) {
  std::vector<std::string> out;
  for (const Finding& f : r.findings)
    if (testing::NamesKey(f, key) && !f.args.count("count")) out.push_back(f.message_id);
  return out;
}

}  // namespace

TEST_CASE("a scan: a sum that does not hold with numbers OCR read flags them, and keeps them") {
  Record scan = Consistent();
  FoundEveryLabel(&scan);
  scan.values["clients.total.age_18_29.women"] = Value::Int(12);  // a '9' read as 12
  for (const char* key :
       {"clients.total.women", "clients.total.age_18_29.women", "clients.total.age_30_49.women"})
    ReadByOcr(&scan, key, 95);
  Record r = Checked(scan);
  CHECK_FALSE(testing::FindCodeFor(r, "sum_mismatch", "clients.total.women"));
  const Finding* f = testing::FindCodeFor(r, "ocr_uncertain", "clients.total.age_18_29.women");
  REQUIRE(f);
  CHECK(f->message_id == "ocr_check_contradicts");
  CHECK(f->severity == "warning");
  // The values OCR read: the typed ones are not suspects.
  CHECK(f->keys == std::vector<std::string>{"clients.total.women", "clients.total.age_18_29.women",
                                            "clients.total.age_30_49.women"});
  CHECK(f->page == 2);
  CHECK(f->args.at("values").find("12") != std::string::npos);
  CHECK(r.Get("clients.total.age_18_29.women") == Value::Int(12));  // kept
  CHECK(r.Get("clients.total.women") == Value::Int(30));
  CHECK(r.status == "complete");
  // The same sum holding: no finding of it.
  Record right = Consistent();
  for (const char* key : {"clients.total.women", "clients.total.age_18_29.women"})
    ReadByOcr(&right, key, 95);
  Record ok = Checked(right);
  CHECK(MessageIds(ok, "clients.total.age_18_29.women").empty());
  // A part OCR read too unsurely to be taken is left out of the sum: it is
  // withdrawn, and the sure values are not blamed for it.
  Record unsure = Consistent();
  unsure.values["clients.total.age_18_29.women"] = Value::Int(12);
  ReadByOcr(&unsure, "clients.total.women", 95);
  ReadByOcr(&unsure, "clients.total.age_18_29.women", 41);
  Record out = Checked(unsure);
  CHECK(MessageIds(out, "clients.total.women").empty());
  CHECK(MessageIds(out, "clients.total.age_18_29.women") ==
        std::vector<std::string>{"ocr_uncertain_value"});
  CHECK_FALSE(out.Has("clients.total.age_18_29.women"));
  // A part greater than its total, both read by OCR: flagged, not blamed.
  Record part = Consistent();
  part.values["clients.new.women"] = Value::Int(46);
  ReadByOcr(&part, "clients.new.women", 95);
  Record p = Checked(part);
  CHECK_FALSE(testing::FindCodeFor(p, "part_exceeds_total", "clients.new.women"));
  CHECK(MessageIds(p, "clients.new.women") == std::vector<std::string>{"ocr_check_contradicts"});
}

TEST_CASE("a scan: a failing sum names its parts the scan did not give") {
  // The default scan set's 2023_filled at 150 dpi grey: "Antal nya
  // klienter: Kvinnor" 14 and its parts 4 + 7 read; the 50-64 row's label
  // read "därav mellan 50 och 4 år" and the 65-plus row's values given to
  // no key, so neither label was placed.
  Record scan = Consistent();
  FoundEveryLabel(&scan);
  scan.values["clients.new.women"] = Value::Int(14);
  scan.values["clients.new.age_18_29.women"] = Value::Int(4);
  scan.values["clients.new.age_30_49.women"] = Value::Int(7);
  for (const char* key :
       {"clients.new.women", "clients.new.age_18_29.women", "clients.new.age_30_49.women"})
    ReadByOcr(&scan, key, 95);
  for (const char* key : {"clients.new.age_50_64.women", "clients.new.age_65_plus.women"})
    scan.places.erase(key);
  Record r = Checked(scan);
  const Finding* f = testing::FindCodeFor(r, "ocr_uncertain", "clients.new.age_50_64.women");
  REQUIRE(f);
  CHECK(f->message_id == "ocr_check_contradicts_unread");
  CHECK(f->keys == std::vector<std::string>{"clients.new.women", "clients.new.age_18_29.women",
                                            "clients.new.age_30_49.women",
                                            "clients.new.age_50_64.women",
                                            "clients.new.age_65_plus.women"});
  CHECK(f->page == 2);  // where the total was read
  // Each part named by the catalogue's label, quoted (labels hold commas).
  const Catalogue& catalogue = testing::ProjectPatterns().catalogue();
  const std::string& unread = f->args.at("unread");
  CHECK(unread == "'" + catalogue.Find("clients.new.age_50_64.women")->label_sv + "', '" +
                      catalogue.Find("clients.new.age_65_plus.women")->label_sv + "'");
  CHECK(f->message.find(unread) != std::string::npos);
  CHECK(MessageIds(r, "clients.new.age_65_plus.women") ==
        std::vector<std::string>{"ocr_check_contradicts_unread"});
  // A part whose label was found with no answer read is value_unreadable's,
  // not named here.
  Record placed = scan;
  placed.places["clients.new.age_65_plus.women"].at.ocr = true;
  Record p = Checked(placed);
  const Finding* g = testing::FindCodeFor(p, "ocr_uncertain", "clients.new.age_50_64.women");
  REQUIRE(g);
  CHECK(std::find(g->keys.begin(), g->keys.end(), "clients.new.age_65_plus.women") ==
        g->keys.end());
  CHECK(MessageIds(p, "clients.new.age_65_plus.women") ==
        std::vector<std::string>{"value_unreadable"});
  // Typed, not scanned: the municipality's sum, its blank parts (their
  // labels found) not named.
  Record typed = Consistent();
  FoundEveryLabel(&typed);
  typed.values["clients.new.women"] = Value::Int(14);
  typed.values["clients.new.age_18_29.women"] = Value::Int(4);
  Record t = Checked(typed);
  const Finding* s = testing::FindCodeFor(t, "sum_mismatch", "clients.new.women");
  REQUIRE(s);
  CHECK(s->keys == std::vector<std::string>{"clients.new.women", "clients.new.age_18_29.women"});
  // The sum holding with the parts read: no finding of it.
  Record holds = scan;
  holds.values["clients.new.women"] = Value::Int(11);
  CHECK(MessageIds(Checked(holds), "clients.new.age_50_64.women").empty());
}

TEST_CASE("a scan: a number read unsurely is kept where its sum proves it, else withdrawn") {
  // never-seen, 000 printed through PostScript: "Totalt antal klienter: Män"
  // read as 5 at 59, its parts 2 + 3 + 0 read at 94-96.
  Record scan = Consistent();
  for (const char* key : {"clients.total.age_18_29.women", "clients.total.age_30_49.women",
                          "clients.total.age_50_64.women", "clients.total.age_65_plus.women"})
    ReadByOcr(&scan, key, 95);
  ReadByOcr(&scan, "clients.total.women", 59);
  Record r = Checked(scan);
  CHECK(r.Get("clients.total.women") == Value::Int(30));
  CHECK(MessageIds(r, "clients.total.women") == std::vector<std::string>{"ocr_unsure_summed"});
  const Finding* f = testing::FindCodeFor(r, "ocr_uncertain", "clients.total.women");
  REQUIRE(f);
  CHECK(f->args.at("sum") == "30");
  CHECK(f->args.at("confidence") == "59");
  CHECK(f->page == 2);
  CHECK(r.status == "complete");
  // A part read unsurely, proven by the total and the other parts.
  Record part = scan;
  ReadByOcr(&part, "clients.total.women", 95);
  ReadByOcr(&part, "clients.total.age_30_49.women", 50);
  Record p = Checked(part);
  CHECK(p.Get("clients.total.age_30_49.women") == Value::Int(17));
  CHECK(MessageIds(p, "clients.total.age_30_49.women") ==
        std::vector<std::string>{"ocr_unsure_summed"});
  // A sum that does not hold with it: withdrawn.
  Record off = scan;
  off.values["clients.total.women"] = Value::Int(35);
  Record o = Checked(off);
  CHECK_FALSE(o.Has("clients.total.women"));
  CHECK(MessageIds(o, "clients.total.women") == std::vector<std::string>{"ocr_uncertain_value"});
  CHECK(o.status == "incomplete");
  // One other value is no proof: a lone part the same as its total.
  Record lone = scan;
  for (const char* key : {"clients.total.age_30_49.women", "clients.total.age_50_64.women",
                          "clients.total.age_65_plus.women"})
    lone.values.erase(key);
  lone.values["clients.total.age_18_29.women"] = Value::Int(30);
  CHECK_FALSE(Checked(lone).Has("clients.total.women"));
  // Two values of one sum read unsurely prove neither.
  Record two = scan;
  ReadByOcr(&two, "clients.total.age_18_29.women", 50);
  Record t = Checked(two);
  CHECK_FALSE(t.Has("clients.total.women"));
  CHECK_FALSE(t.Has("clients.total.age_18_29.women"));
}

TEST_CASE(
    "a scan: a number or mark read with low confidence is withdrawn, with a finding of its own") {
  Record scan = Consistent();
  auto read = [&](const char* key, int confidence) {
    scan.provenance[key].ocr = true;
    scan.provenance[key].page = 1;
    scan.provenance[key].line = 9;
    scan.provenance[key].ocr_confidence = confidence;
  };
  read("clients.total.women", 41);  // a number, unsure
  // Its age groups not given: no sum proves it (one that does: below).
  for (const char* key : {"clients.total.age_18_29.women", "clients.total.age_30_49.women",
                          "clients.total.age_50_64.women", "clients.total.age_65_plus.women"})
    scan.values.erase(key);
  read("training.offered", 22);     // a mark, unsure
  read("clients.total.men", 93);    // sure
  read("grant.used_fte", 80);       // at the threshold: sure enough
  read("training.description", 5);  // free text: not this check's
  Record r = Checked(scan);
  std::vector<std::string> flagged;
  for (const Finding& f : r.findings)
    if (f.code == "ocr_uncertain" && f.args.count("confidence")) flagged.push_back(f.keys.at(0));
  CHECK(flagged ==
        std::vector<std::string>{"training.offered", "clients.total.women"});  // catalogue order
  const Finding* f = testing::FindCodeFor(r, "ocr_uncertain", "clients.total.women");
  REQUIRE(f);
  CHECK(f->severity == "warning");
  CHECK(f->args.at("confidence") == "41");
  CHECK(f->args.at("value") == "30");
  CHECK(f->page == 1);
  CHECK(f->message.find("41 of 100") != std::string::npos);
  // Not taken: null, no provenance, its state unreadable (a finding names it).
  CHECK_FALSE(r.Has("clients.total.women"));
  CHECK_FALSE(r.provenance.count("clients.total.women"));
  CHECK_FALSE(r.Has("training.offered"));
  // Sure enough, and free text: kept.
  CHECK(r.Has("clients.total.men"));
  CHECK(r.Has("grant.used_fte"));
  CHECK(r.Has("training.description"));
  CHECK(r.provenance.at("clients.total.men").ocr_confidence == 93);
}

TEST_CASE("the awarded grant against the awarded posts at the year's national amount") {
  struct Case {
    int year;
    int64_t sek;
    double fte;
    bool flagged;
  };
  const Case cases[] = {
      {2021, 4045300, 10.0, false},  // Västerås: exactly 10 x 404 530
      {2020, 804246, 2.0, false},    // Timrå: 0.13% under 2 x 402 638
      {2020, 402638, 1.0, false},    // Tyresö
      {2021, 4000000, 10.0, true},   // 1.1% under
      {2021, 404530, 10.0, true},    // a post's amount for ten posts
      {2017, 604800, 2.0, false},    // 2 x 302 400
      {2017, 402638, 1.0, true},
      {2019, 1, 10.0, false},  // no amount known for 2019: not checked
  };
  for (const Case& c : cases) {
    Record r = Consistent();
    FoundEveryLabel(&r);
    r.values["report.year"] = Value::Int(c.year);
    r.values["grant.awarded_sek"] = Value::Int(c.sek);
    r.values["grant.used_sek"] = Value::Int(c.sek);
    r.values["grant.awarded_fte"] = Value::Decimal(c.fte);
    r.values["grant.used_fte"] = Value::Decimal(c.fte);
    r = Checked(r);
    const Finding* f = testing::FindCodeFor(r, "grant_rate_mismatch", "grant.awarded_sek");
    CHECK_MESSAGE((f != nullptr) == c.flagged, c.year << " " << c.sek);
    if (f && c.sek == 4000000) CHECK(f->args.at("expected") == "4045300");
  }
}

TEST_CASE("a remark under the waiting-time question is no waiting time (Tyresö, seed 003)") {
  Record r = Consistent();
  FoundEveryLabel(&r);
  r.values["access.queue"] = Value::Text("no");
  r.values["access.waiting_time"] =
      Value::Text("Fler personer har fått korta insatser såsom råd och stöd per telefon.");
  CHECK_FALSE(
      testing::FindCodeFor(Checked(r), "waiting_time_without_queue", "access.waiting_time"));
  r.values["access.waiting_time"] = Value::Text("Cirka 3 veckor");
  CHECK(testing::FindCodeFor(Checked(r), "waiting_time_without_queue", "access.waiting_time"));
}

TEST_CASE("a document read in part: no sum blames the municipality for a part with no value") {
  // The age groups add up to 30; one of them lost (a refilled page's row
  // the reader left unread) leaves 26 against the total's 30.
  Record lost = Consistent();
  FoundEveryLabel(&lost);
  lost.values.erase("clients.total.age_18_29.women");
  lost.values["clients.total.age_65_plus.women"] = Value::Int(4);
  const Edition& edition = *testing::ProjectPatterns().FindEdition(lost.edition);
  Record read_whole = lost, read_in_part = lost;
  Checker(testing::ProjectPatterns()).Check(edition, &read_whole);
  Checker(testing::ProjectPatterns()).Check(edition, &read_in_part, true);
  CHECK(testing::FindCodeFor(read_whole, "sum_mismatch", "clients.total.women"));
  CHECK_FALSE(testing::FindCodeFor(read_in_part, "sum_mismatch", "clients.total.women"));
  // Every key of the sum read: it is checked in a document read in part too.
  Record whole = Consistent();
  FoundEveryLabel(&whole);
  whole.values["clients.total.women"] = Value::Int(31);
  Checker(testing::ProjectPatterns()).Check(edition, &whole, true);
  CHECK(testing::FindCodeFor(whole, "sum_mismatch", "clients.total.women"));
}

}  // namespace checker_test
