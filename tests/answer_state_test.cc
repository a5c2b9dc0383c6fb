#include "write/answer_state.h"

#include <doctest/doctest.h>

#include "test_support.h"
#include "write_samples.h"

namespace answer_state_test {

using namespace redovis;

TEST_CASE("answer state: answered, blank, unreadable") {
  Record r = testing::Sample();
  r.asked.push_back("report.county");
  r.asked.push_back("training.planned");
  r.AddFinding("warning", "unreadable_mark", {"training.planned"}, "'?' is not a mark");
  r.AddFinding("error", "required_missing", {"report.county"}, "missing");
  std::set<std::string> absence = {"required_missing"};
  CHECK(StateOf(r, "report.year", absence) == AnswerState::kAnswered);
  CHECK(StateOf(r, "report.county", absence) == AnswerState::kBlank);
  CHECK(StateOf(r, "training.planned", absence) == AnswerState::kUnreadable);
  // Without the absence codes, any finding naming the key makes it unreadable.
  CHECK(StateOf(r, "report.county", {}) == AnswerState::kUnreadable);
  CHECK(std::string(AnswerStateName(AnswerState::kBlank)) == "blank");
  CHECK(Unanswered(r) == std::vector<std::string>{"report.county", "training.planned"});
}

TEST_CASE("absence codes: the checks of kind required and missing") {
  std::set<std::string> codes = AbsenceCodes(testing::ProjectPatterns());
  CHECK(codes.count("required_missing") == 1);
  CHECK(codes.count("sum_mismatch") == 0);
}

}  // namespace answer_state_test
