#include "read/text/text_layout.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text_layout_test_support.h"

using namespace redovis;
using namespace redovis::testing;

TEST_CASE("layout: a header and rows aligned by spaces keep their columns") {
  std::vector<Line> out =
      LayOutText(Lines("                        Kvinnor   Män\n"
                       "Totalt antal klienter   29        5\n"));
  REQUIRE(out.size() == 2);
  CHECK(Texts(out[0]) == V{"Kvinnor", "Män"});
  CHECK(out[0].cells[0].x0 == 24);
  CHECK(Texts(out[1]) == V{"Totalt antal klienter", "29", "5"});
  CHECK(out[1].cells[1].x0 == 24);
  CHECK(out[1].cells[2].x0 == out[0].cells[1].x0);
  CHECK(out[1].number == 2);
}

TEST_CASE("layout: blank lines are kept as empty lines, numbers kept") {
  std::vector<Line> out = LayOutText(Lines("a\n\nb\n"));
  REQUIRE(out.size() == 3);
  CHECK(out[1].Blank());
  CHECK(out[2].number == 3);
}
