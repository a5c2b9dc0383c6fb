#include "read/text/text_layout.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text_layout_test_support.h"

namespace text_layout_test {

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

TEST_CASE("layout: a page's running footer is never joined to the page's last line") {
  // Reading-order text of a browser's print: the section's heading is its
  // page's last line, the address and page number under it. Before, the
  // three were joined into one paragraph with the answer above them.
  std::vector<std::string> texts = {"Om nej, ange varför. ej lämpligt under rådande pandemi",
                                    "Handledning",
                                    "file:///C:/Users/handl/Documents/redovisning.html 1/3",
                                    "Ombuden har erbjudits handledning.",
                                    "file:///C:/Users/handl/Documents/redovisning.html 2/3",
                                    "Om ja, ange vilken slags handledning.",
                                    "file:///C:/Users/handl/Documents/redovisning.html 3/3"};
  std::vector<int> pages = {1, 1, 1, 2, 2, 3, 3};
  std::vector<TextLine> lines;
  for (size_t k = 0; k < texts.size(); ++k)
    lines.push_back(TextLine{texts[k], pages[k], static_cast<int>(k) + 1});
  std::vector<Line> out = LayOutText(lines);
  int footers = 0;
  for (const Line& l : out) {
    const std::string t = l.Text();
    if (t.find("file:///") == std::string::npos) continue;
    ++footers;
    CHECK(t.rfind("file:///", 0) == 0);  // alone on its line
    CHECK(l.role == LineRole::kFurniture);
  }
  CHECK(footers == 3);
}

}  // namespace text_layout_test
