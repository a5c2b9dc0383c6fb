#include "match/line_view.h"

#include <doctest/doctest.h>

#include "base/text_util.h"
#include "patterns/label.h"

namespace line_view_test {

using namespace redovis;

TEST_CASE("LineView::FirstLabelWords: the first cell's LabelWords, taken once and kept") {
  Line line;
  line.cells.resize(2);
  line.cells[0].text = "Antal ombud 2023: 4";
  line.cells[1].text = "Kommun";
  LineView v;
  v.line = &line;
  v.cells = {U("Antal ombud 2023: 4"), U("Kommun")};
  v.first = 0;
  const std::vector<int32_t>* ends = nullptr;
  const std::vector<std::u32string>& words = v.FirstLabelWords(&ends);
  std::vector<int32_t> expected_ends;
  CHECK(words == LabelWords(v.cells[0], &expected_ends));
  CHECK(words == std::vector<std::u32string>{U"antal", U"ombud", U"4"});
  REQUIRE(ends != nullptr);
  CHECK(*ends == expected_ends);
  // Asked again: the same words, not taken anew.
  const std::vector<int32_t>* again = nullptr;
  CHECK(&v.FirstLabelWords(&again) == &words);
  CHECK(again == ends);
}

}  // namespace line_view_test
