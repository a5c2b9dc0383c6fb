// The tests of match/value_assigner share one rig: a ValueAssigner over a
// 2021 record, with the project's patterns, and a line to assign from.
#ifndef REDOVIS_TESTS_VALUE_ASSIGNER_TEST_SUPPORT_H_
#define REDOVIS_TESTS_VALUE_ASSIGNER_TEST_SUPPORT_H_

#include <string>
#include <vector>

#include "match/value_assigner.h"
#include "test_support.h"

namespace redovis::testing {

/// One ValueAssigner over a 2021 record, with the project's patterns.
struct Rig {
  Rig() : normaliser(ps.vocabulary()), parser(ps.vocabulary()) {
    record.asked = ps.catalogue().KeysFor("2021");
    rule.id = "test.rules:4";
    line.page = 2;
    line.number = 31;
    Cell label, value;
    label.text = "Kommun";
    value.text = "Västerås";
    line.cells = {label, value};
  }
  ValueAssigner assigner() { return ValueAssigner(ps, normaliser, parser, &record); }
  std::vector<std::string> codes() const {
    std::vector<std::string> out;
    for (const Finding& f : record.findings) out.push_back(f.code);
    return out;
  }

  const PatternSet& ps = ProjectPatterns();
  Normaliser normaliser;
  ValueParser parser;
  Record record;
  Rule rule;
  Line line;
};

}  // namespace redovis::testing

#endif  // REDOVIS_TESTS_VALUE_ASSIGNER_TEST_SUPPORT_H_
