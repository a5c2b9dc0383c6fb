// Tests of the layout passes run in their order for a document's pages
// (src/read/pdf/pdf_layout.h): each page's words laid out with its own
// rules, ruled rows and paragraphs joined, what a page break cut joined,
// footnotes marked. Each pass has its own tests beside its module's name.
#include "read/pdf/pdf_layout.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "layout_test_support.h"

namespace redovis {
namespace pdf_layout_test {
namespace {

using namespace redovis::testing;

TEST_CASE("pdf layout: a document's pages go through every pass, each page with its rules") {
  // Page 1: a wrapped paragraph, then a ruled row at the foot whose label
  // takes two visual lines and whose answer goes on on page 2.
  PositionedPage one = Page(1);
  AddText(&one, 57, 100, 10,
          "Ser ni några tendenser till förändring vad gäller orsaken till att klienter");
  AddText(&one, 57, 112, 10, "tar kontakt?");
  AddText(&one, 57, 705, 10, "Beskriv hur ni har");
  AddText(&one, 57, 717, 10, "arbetat under året");
  AddText(&one, 350, 705, 10, "Vi har arbetat");
  one.rules = Grid({50, 295, 345, 431, 530}, {700, 760});
  // Page 2: the row's rest in its answer column, body text, a footnote.
  PositionedPage two = Page(2);
  AddText(&two, 350, 45, 10, "vidare med det");
  two.rules = Grid({50, 295, 345, 431, 530}, {40, 80});
  AddText(&two, 57, 200, 10, "Brödtext på den andra sidan med flera ord i raden");
  AddText(&two, 57, 240, 10, "Mer brödtext som är sidans innehåll och inget annat");
  AddText(&two, 57, 770, 7, "1 Anges med två decimaler.");
  std::vector<LaidOutPage> laid = LayOutPages({one, two});
  REQUIRE(laid.size() == 2);
  CHECK(laid[0].number == 1);
  CHECK(laid[1].number == 2);
  REQUIRE(laid[0].lines.size() == 2);
  CHECK(laid[0].lines[0].line.cells[0].text ==
        "Ser ni några tendenser till förändring vad gäller orsaken till att klienter tar "
        "kontakt?");
  CHECK(Texts(laid[0].lines[1].line) ==
        std::vector<std::string>{"Beskriv hur ni har arbetat under året",
                                 "Vi har arbetat vidare med det"});
  CHECK(laid[0].lines[1].in_table);
  REQUIRE(laid[1].lines.size() == 3);
  CHECK(laid[1].lines[0].line.role == LineRole::kContent);
  CHECK(laid[1].lines[2].line.role == LineRole::kFootnote);
  // The rules of page 2 do not cut page 1's lines, nor the other way round.
  PositionedPage bare = one;
  bare.rules.clear();
  std::vector<LaidOutPage> without = LayOutPages({bare, two});
  // No line of page 1 is a ruled row's (its label's lower-case wrap joins it
  // as a table without rules does: paragraphs.h's JoinWrappedCells), and
  // page 2's piece is no rest of a ruled row: it stays on its page.
  for (const LaidOutLine& l : without[0].lines) CHECK_FALSE(l.in_table);
  CHECK(without[1].lines.size() == 4);
}

TEST_CASE("pdf layout: no pages, or pages without words, give pages without lines") {
  CHECK(LayOutPages({}).empty());
  std::vector<LaidOutPage> laid = LayOutPages({Page(1), Page(2)});
  REQUIRE(laid.size() == 2);
  CHECK(laid[0].lines.empty());
  CHECK(laid[1].lines.empty());
}

}  // namespace
}  // namespace pdf_layout_test
}  // namespace redovis
