#include "check/unfound_questions.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "check/checker.h"
#include "test_support.h"

namespace unfound_questions_test {

using namespace redovis;
using redovis::testing::ProjectPatterns;

namespace {

/// A 2020 report whose every question's label was found, its training
/// answered: the keys without a value are the municipality's blanks.
Record EveryLabelFound() {
  Record r;
  r.edition = "po-2020";
  r.asked = ProjectPatterns().catalogue().KeysFor("2020");
  for (const std::string& key : r.asked) r.places[key].label = key;
  r.values["report.year"] = Value::Int(2020);
  r.values["report.municipality"] = Value::Text("Tyresö");
  r.values["clients.total.women"] = Value::Int(30);
  r.values["clients.total.men"] = Value::Int(17);
  r.values["training.offered"] = Value::Bool(true);
  return r;
}

const Edition& Po2020() {
  return *ProjectPatterns().FindEdition("po-2020");
}

/// `r` without a value or a place for `keys`: their questions never found.
Record Lost(Record r, const std::vector<std::string>& keys) {
  for (const std::string& key : keys) {
    r.values.erase(key);
    r.places.erase(key);
  }
  return r;
}

Record Checked(Record r) {
  Checker(ProjectPatterns()).Check(Po2020(), &r);
  return r;
}

std::vector<const Finding*> Found(const Record& r) {
  std::vector<const Finding*> out;
  for (const Finding& f : r.findings)
    if (f.code == "questions_not_found") out.push_back(&f);
  return out;
}

}  // namespace

TEST_CASE("a question not found is the tool's; a found empty place is not") {
  Record r = EveryLabelFound();
  CHECK_FALSE(QuestionNotFound(ProjectPatterns(), Po2020(), r, "training.description"));
  r.places.erase("training.description");
  CHECK(QuestionNotFound(ProjectPatterns(), Po2020(), r, "training.description"));
  // Answered, not asked, derived, or filled by no rule: never a question not found.
  r.places.erase("training.offered");
  CHECK_FALSE(QuestionNotFound(ProjectPatterns(), Po2020(), r, "training.offered"));
  r.places.erase("report.county");
  CHECK_FALSE(QuestionNotFound(ProjectPatterns(), Po2020(), r, "report.county"));
  CHECK_FALSE(QuestionNotFound(ProjectPatterns(), Po2020(), r, "no.such.key"));
  // A phone number read inside the contact person's cell has no question of
  // its own in the 2020 form: not one not found where the person's question
  // was found (its answer held no phone)...
  r.places.erase("contact.person_phone");
  CHECK_FALSE(QuestionNotFound(ProjectPatterns(), Po2020(), r, "contact.person_phone"));
  // ...but one where that question was never found either: the answer that
  // may hold it was not seen.
  r.places.erase("contact.person");
  CHECK(QuestionNotFound(ProjectPatterns(), Po2020(), r, "contact.person_phone"));
  r.values["contact.person"] = Value::Text("Anna Berg");
  CHECK_FALSE(QuestionNotFound(ProjectPatterns(), Po2020(), r, "contact.person_phone"));
}

TEST_CASE("the questions not found, one group a section, required keys and named keys left out") {
  Record r = Lost(EveryLabelFound(), {"training.description", "training.not_offered_reason",
                                      "access.queue", "clients.total.men"});
  r.findings.push_back(testing::MakeFinding("warning", "ambiguous_column", {"access.queue"}, "x"));
  std::vector<UnfoundGroup> groups = UnfoundQuestions(ProjectPatterns(), Po2020(), r);
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].section == "training");
  CHECK(groups[0].keys ==
        std::vector<std::string>{"training.description", "training.not_offered_reason"});
}

TEST_CASE("the checker names the questions it never found, a finding a section") {
  // Every label found: no such finding.
  CHECK(Found(Checked(EveryLabelFound())).empty());
  Record r = Checked(Lost(EveryLabelFound(),
                          {"training.description", "training.not_offered_reason", "access.queue"}));
  std::vector<const Finding*> found = Found(r);
  REQUIRE(found.size() == 2);
  CHECK(found[0]->keys ==
        std::vector<std::string>{"training.description", "training.not_offered_reason"});
  CHECK(found[0]->severity == "warning");
  CHECK(found[0]->message.find("(2)") != std::string::npos);
  CHECK(found[0]->message.find("left out of the form") != std::string::npos);
  CHECK(found[0]->page == 0);  // no place of its own: the report's range
  CHECK(found[1]->keys == std::vector<std::string>{"access.queue"});
  // Not a question for the municipality: the status is the required keys'.
  CHECK(r.status == "complete");
  // A required key not found keeps its own finding, once.
  Record required = Checked(Lost(EveryLabelFound(), {"clients.total.men"}));
  CHECK(Found(required).empty());
  CHECK(std::any_of(required.findings.begin(), required.findings.end(),
                    [](const Finding& f) { return f.code == "answer_not_found"; }));
  // A blank form gets none.
  Record blank;
  blank.edition = "po-2020";
  blank.asked = ProjectPatterns().catalogue().KeysFor("2020");
  blank.values["report.year"] = Value::Int(2020);
  CHECK(Found(Checked(blank)).empty());
}

TEST_CASE("no sum blames the municipality for a part whose question was never found") {
  Record r = EveryLabelFound();
  r.values["clients.total.age_18_29.women"] = Value::Int(9);
  r.values["clients.total.age_30_49.women"] = Value::Int(17);
  // 30 women, 26 in the age groups given; the 50-64 row's label was never found.
  Record lost = Checked(Lost(r, {"clients.total.age_50_64.women"}));
  auto sum = [](const Record& x) {
    return std::any_of(x.findings.begin(), x.findings.end(),
                       [](const Finding& f) { return f.code == "sum_mismatch"; });
  };
  CHECK_FALSE(sum(lost));
  // Found empty, it counts as none: the municipality's sum does not add up.
  CHECK(sum(Checked(r)));
}

}  // namespace unfound_questions_test
