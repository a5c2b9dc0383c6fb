// A list of the options chosen under its question (listed_options.cc): which
// rows it leaves out, and when it proves nothing.
#include "match/listed_options.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "redovis/extractor.h"
#include "test_support.h"

namespace listed_options_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::FindCode;
using redovis::testing::Form2020;

namespace {

std::unique_ptr<Rule> MakeRule(RuleKind kind, const std::string& choice = "",
                               bool unlisted = false) {
  auto r = std::make_unique<Rule>();
  r->kind = kind;
  r->choice_key = choice;
  r->unlisted_no = unlisted;
  return r;
}

// An edition's rules in file order: a list's question and its three rows,
// a text question, another question.
struct Rules {
  std::vector<std::unique_ptr<Rule>> all;
  Rules() {
    all.push_back(MakeRule(RuleKind::kIgnore, "", true));
    all.push_back(MakeRule(RuleKind::kRow, "provider.municipality"));
    all.push_back(MakeRule(RuleKind::kRow, "provider.association"));
    all.push_back(MakeRule(RuleKind::kRow, "provider.foundation"));
    all.push_back(MakeRule(RuleKind::kText, ""));
    all.push_back(MakeRule(RuleKind::kIgnore));
  }
  const Rule* question() const { return all[0].get(); }
  const Rule* row(size_t i) const { return all[1 + i].get(); }
  const Rule* next() const { return all[5].get(); }
};

ListedLine Item(const Rule* row, const std::string& text) {
  return {{row}, true, false, text};
}
ListedLine Wording(const Rule* r) {
  return {{r}, false, false, "wording"};
}

}  // namespace

TEST_CASE("listed options: the rows right after an unlisted=no question are its list") {
  Rules rules;
  auto rows = ListedOptions::RowsAfter(*rules.question(), rules.all);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0] == rules.row(0));
  CHECK(rows[2] == rules.row(2));
  // A question without unlisted=no, or a row, has none.
  CHECK(ListedOptions::RowsAfter(*rules.next(), rules.all).empty());
  CHECK(ListedOptions::RowsAfter(*rules.row(0), rules.all).empty());
}

TEST_CASE(
    "listed options: a list ended by the form's next wording leaves out what it did not name") {
  Rules rules;
  const auto rows = ListedOptions::RowsAfter(*rules.question(), rules.all);
  ListedOptions list;
  size_t at = 0;
  std::string listed;
  CHECK(list.See(10, Wording(rules.question()), rows, &at, &listed).empty());
  CHECK(list.See(11, Item(rules.row(0), "- Kommun"), {}, &at, &listed).empty());
  CHECK(list.See(13, Item(rules.row(2), "- Stiftelse"), {}, &at, &listed).empty());
  auto left = list.See(14, Wording(rules.next()), {}, &at, &listed);
  REQUIRE(left.size() == 1);
  CHECK(left[0] == rules.row(1));
  CHECK(at == 10);
  CHECK(listed == "- Kommun; - Stiftelse");
  // Once ended, nothing more.
  CHECK(list.See(15, Wording(rules.next()), {}, &at, &listed).empty());
  // A section's heading ends it too.
  list.See(20, Wording(rules.question()), rows, &at, &listed);
  list.See(21, Item(rules.row(1), "• Förening"), {}, &at, &listed);
  CHECK(list.See(22, {{}, false, true, "6. Brister"}, {}, &at, &listed).size() == 2);
}

TEST_CASE("listed options: a list not proven whole or not of the chosen leaves nothing out") {
  Rules rules;
  const auto rows = ListedOptions::RowsAfter(*rules.question(), rules.all);
  size_t at = 0;
  std::string listed;
  // No item: the question unanswered.
  ListedOptions none;
  none.See(1, Wording(rules.question()), rows, &at, &listed);
  CHECK(none.See(2, Wording(rules.next()), {}, &at, &listed).empty());
  // A line no rule claims between: the list may go on in it.
  ListedOptions unclaimed;
  unclaimed.See(1, Wording(rules.question()), rows, &at, &listed);
  unclaimed.See(2, Item(rules.row(0), "- Kommun"), {}, &at, &listed);
  unclaimed.See(3, {{}, false, false, "Regionens öppenvård"}, {}, &at, &listed);
  CHECK(unclaimed.See(4, Wording(rules.next()), {}, &at, &listed).empty());
  // A row of the question without its bullet (or answered in words): the
  // writer answered the rows, so what is left out is not said.
  ListedOptions answered;
  answered.See(1, Wording(rules.question()), rows, &at, &listed);
  answered.See(2, Item(rules.row(0), "- Kommun"), {}, &at, &listed);
  CHECK(answered.See(3, Wording(rules.row(1)), {}, &at, &listed).empty());
  CHECK(answered.See(4, Wording(rules.next()), {}, &at, &listed).empty());
  // Dropped by the walk (a table's header); or never ended.
  ListedOptions dropped;
  dropped.See(1, Wording(rules.question()), rows, &at, &listed);
  dropped.See(2, Item(rules.row(0), "- Kommun"), {}, &at, &listed);
  dropped.Drop();
  CHECK(dropped.See(3, Wording(rules.next()), {}, &at, &listed).empty());
}

TEST_CASE(
    "listed options: a bullet list under its question, ended by the next, reads the rest no") {
  auto recs = ExtractText(
      Form2020("5. Organisation, ledning och samverkan\n"
               "Ange vem som är utförare av verksamheten med personligt ombud i er kommun\n"
               "- Kommun\n\n- Annan utförare\n"
               "Ange vilka myndigheter som ingår i ledningsgruppen\n"
               "1. Kommun/kommuner\n2. Försäkringskassan\n3. Landstingets psykiatri\n"
               "Ange vilka organisationer som ingår i ledningsgruppen\n"
               "- Brukarorganisationer: Ja, RSMH\n- Anhörigorganisationer: Nej\n"
               "Om ledningsgruppen inte har någon representant från en av de myndigheter eller "
               "organisationer som anges ovan, ange varför.\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("provider.municipality").as_bool() == true);
  CHECK(r.Get("provider.association").as_bool() == false);
  CHECK(r.Get("provider.other").as_bool() == true);  // a blank line between items
  CHECK(r.Get("provider.company").as_bool() == false);
  CHECK(r.Get("steering_group.social_insurance_agency").as_bool() == true);
  CHECK(r.Get("steering_group.employment_service").as_bool() == false);
  CHECK(r.Get("steering_group.primary_care").as_bool() == false);
  CHECK(r.Get("steering_group.psychiatry").as_bool() == true);
  const Finding* f = FindCode(r, "options_not_listed");
  REQUIRE(f != nullptr);
  CHECK(f->severity == "info");
  // Items answered in words: each read as written ("Nej" is no yes), the
  // rest not said.
  CHECK(r.Get("steering_group.user_org").as_bool() == true);
  CHECK(r.Get("steering_group.user_org_names").ToDisplay() == "RSMH");
  CHECK(r.Get("steering_group.relatives_org").as_bool() == false);
  CHECK(r.Get("steering_group.patient_org").is_null());
  CHECK(r.Get("steering_group.other_org").is_null());
}

}  // namespace listed_options_test
