#include "patterns/rule_keys.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_support.h"

namespace rule_keys_test {

using namespace redovis;
using redovis::testing::ProjectPatterns;

namespace {

const Edition& Po2020() {
  return *ProjectPatterns().FindEdition("po-2020");
}

}  // namespace

TEST_CASE("a rule fills its keys, its column keys' templates and its choice key") {
  Rule rule;
  rule.keys = {"training.description"};
  rule.column_keys = {{"women", "clients.{group}.women"}};
  rule.choice_key = "training.offered";
  CHECK(RuleFills(rule, "training.description"));
  CHECK(RuleFills(rule, "training.offered"));
  // {group} stands for one part between dots, never two or none.
  CHECK(RuleFills(rule, "clients.total.women"));
  CHECK_FALSE(RuleFills(rule, "clients.total.extra.women"));
  CHECK_FALSE(RuleFills(rule, "clients..women"));
  CHECK_FALSE(RuleFills(rule, "clients.total.men"));
  CHECK_FALSE(RuleFills(rule, "training"));
}

TEST_CASE("the rules and sections of an edition that fill a key") {
  CHECK_FALSE(RulesFilling(Po2020(), "training.offered").empty());
  CHECK(RulesFilling(Po2020(), "no.such.key").empty());
  CHECK(SectionsFilling(Po2020(), "training.offered") == std::vector<std::string>{"training"});
  CHECK(SectionsFilling(Po2020(), "no.such.key").empty());
  // The access section's queue, in that section whichever file's rule reads it.
  std::vector<std::string> queue = SectionsFilling(Po2020(), "access.queue");
  REQUIRE_FALSE(queue.empty());
  CHECK(queue.front() == "access");
}

TEST_CASE("a key read inside another question's answer is filled, not asked") {
  Rule rule;
  rule.keys = {"contact.person"};
  rule.params = {{"phone", "contact.person_phone"}};
  CHECK(RuleAsks(rule, "contact.person"));
  CHECK_FALSE(RuleAsks(rule, "contact.person_phone"));
  CHECK(RuleFills(rule, "contact.person_phone"));
}

TEST_CASE("a rule asks a choice by its choice key or as an option of a list") {
  Rule row;
  row.kind = RuleKind::kRow;
  row.keys = {"steering_group.patient_org_names"};
  row.choice_key = "steering_group.{org}";
  CHECK(RuleAsksChoice(row, "steering_group.patient_org"));
  CHECK_FALSE(RuleAsksChoice(row, "steering_group.patient_org.names"));
  Rule option;
  option.kind = RuleKind::kOption;
  option.keys = {"covid.affected"};
  CHECK(RuleAsksChoice(option, "covid.affected"));
  CHECK_FALSE(RuleAsksChoice(option, "covid.effects"));
  // A field's key is no choice, though the rule asks it.
  Rule field;
  field.kind = RuleKind::kField;
  field.keys = {"training.description"};
  CHECK(RuleAsks(field, "training.description"));
  CHECK_FALSE(RuleAsksChoice(field, "training.description"));
}

}  // namespace rule_keys_test
