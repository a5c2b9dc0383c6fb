// A document of text boxes placed on its pages, read by their places
// (placed_boxes.h).
#include "read/office/placed_boxes.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace placed_boxes_test {

using namespace redovis;

namespace {

PlacedBox Box(int page, double left, double top, std::vector<std::string> paragraphs,
              double height = 11.7) {
  PlacedBox b;
  b.page = page;
  b.left = left;
  b.top = top;
  b.height = height * static_cast<double>(paragraphs.size());
  b.paragraphs = std::move(paragraphs);
  return b;
}

/// The texts of `doc`'s lines that are not blank, each its cells' texts
/// joined by " | ", with its page.
std::vector<std::string> Rows(const Document& doc) {
  std::vector<std::string> rows;
  for (const Line& l : doc.lines) {
    if (l.Blank()) continue;
    std::string row = std::to_string(l.page) + ":";
    for (const Cell& c : l.cells)
      if (!c.text.empty()) row += " " + c.text + " |";
    rows.push_back(row);
  }
  return rows;
}

}  // namespace

TEST_CASE("placed boxes: an OpenDocument length in points") {
  double pt = -1;
  CHECK(LengthInPoints("0.789in", &pt));
  CHECK(pt == doctest::Approx(56.808));
  CHECK(LengthInPoints("2.54cm", &pt));
  CHECK(pt == doctest::Approx(72));
  CHECK(LengthInPoints("25.4mm", &pt));
  CHECK(pt == doctest::Approx(72));
  CHECK(LengthInPoints("12pt", &pt));
  CHECK(pt == doctest::Approx(12));
  CHECK(LengthInPoints("1pc", &pt));
  CHECK(pt == doctest::Approx(12));
  CHECK(LengthInPoints("96px", &pt));
  CHECK(pt == doctest::Approx(72));
  CHECK(LengthInPoints("-1in", &pt));  // a box may stand past the page's edge
  CHECK(pt == doctest::Approx(-72));
  // No unit, another unit, no number, a number past any page.
  for (const char* bad : {"12", "12em", "12 pt", "in", "", "nan in", "inf in", "1e9in"}) {
    CAPTURE(bad);
    CHECK_FALSE(LengthInPoints(bad, &pt));
    CHECK(pt == 0);
  }
}

TEST_CASE("placed boxes: boxes written in any order are read in their places' order") {
  // Written as LibreOffice's PDF import writes them: by drawing order, the
  // pages mixed. Two boxes of one top are one line's two cells; a cell's
  // wrapped line stands under it.
  std::vector<PlacedBox> boxes = {
      Box(2, 56.8, 100, {"Antal klienter"}),
      Box(1, 200, 120, {"Socialförvaltningen"}),
      Box(1, 56.8, 134, {"Nilsson"}),
      Box(1, 56.8, 120, {"Kontaktperson Inga-Lill"}),
      Box(1, 56.8, 60, {"Redovisning  av  bidrag"}),
      Box(2, 300, 100, {"12"}),
  };
  Document doc;
  Status s = ReadPlacedBoxes(boxes, "odt", &doc);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(doc.format == "text");
  CHECK(Rows(doc) == std::vector<std::string>{
                         "1: Redovisning av bidrag |",
                         "1: Kontaktperson Inga-Lill | Socialförvaltningen |",
                         "1: Nilsson |",
                         "2: Antal klienter | 12 |",
                     });
  // The note names the format and the boxes read; the record keeps the format.
  REQUIRE(!doc.warnings.empty());
  std::string format;
  CHECK(IsPlacedBoxesNote(doc.warnings.back(), &format));
  CHECK(format == "odt");
  CHECK(doc.warnings.back() == PlacedBoxesNote("odt", 6));
  CHECK_FALSE(IsPlacedBoxesNote("the text of the odt file", &format));
}

TEST_CASE("placed boxes: a box's paragraphs are lines, a page without boxes a page") {
  // A box of two paragraphs: the second a line lower. Page 2 holds no box:
  // page 3's lines stay on page 3.
  std::vector<PlacedBox> boxes = {Box(1, 56.8, 60, {"Första raden", "Andra raden"}),
                                  Box(3, 56.8, 60, {"Tredje sidan"})};
  Document doc;
  REQUIRE(ReadPlacedBoxes(boxes, "fodt", &doc).ok());
  CHECK(Rows(doc) ==
        std::vector<std::string>{"1: Första raden |", "1: Andra raden |", "3: Tredje sidan |"});
  // Line breaks and tabs in a box's paragraph are spaces: a run is one line.
  Document one;
  REQUIRE(ReadPlacedBoxes({Box(1, 56.8, 60, {"Ombud\tvid\nkommunen"})}, "odt", &one).ok());
  // (A text of one page numbers no page, as the text reader reads one.)
  CHECK(Rows(one) == std::vector<std::string>{"0: Ombud vid kommunen |"});
}

TEST_CASE("placed boxes: boxes on no page, of no height or of no text are not read") {
  std::vector<PlacedBox> boxes = {Box(0, 56.8, 60, {"Ingen sida"}),
                                  Box(kMaxPlacedPages + 1, 56.8, 60, {"För långt bort"}),
                                  Box(1, 56.8, 60, {"Ingen höjd"}, 0), Box(1, 56.8, 90, {"  "})};
  Document doc;
  CHECK(ReadPlacedBoxes(boxes, "odt", &doc).code() == "empty_file");
  CHECK(ReadPlacedBoxes({}, "odt", &doc).code() == "empty_file");
  boxes.push_back(Box(1, 56.8, 120, {"Kvar"}));
  REQUIRE(ReadPlacedBoxes(boxes, "odt", &doc).ok());
  CHECK(Rows(doc) == std::vector<std::string>{"0: Kvar |"});
}

TEST_CASE("placed boxes: pages from the order boxes are written in") {
  // Tops 100..700: a page's foot from 460 down, a page's head from 340 up.
  std::vector<PlacedBox> boxes = {Box(0, 50, 100, {"a"}), Box(0, 200, 100, {"b"}),
                                  Box(0, 50, 700, {"c"}), Box(0, 50, 100, {"d"}),
                                  Box(0, 50, 400, {"e"}), Box(0, 200, 395, {"f"}),
                                  Box(0, 50, 650, {"g"}), Box(0, 50, 300, {"h"})};
  std::vector<PlacedBox> paged = boxes;
  REQUIRE(PagesFromOrder(&paged));
  std::vector<int> pages;
  for (const PlacedBox& b : paged) pages.push_back(b.page);
  // "f" rises 5 above "e", within its height: the same line.
  CHECK(pages == std::vector<int>{1, 1, 1, 2, 2, 2, 2, 3});
  // A rise from the middle of the span, or to it: not a page order.
  std::vector<PlacedBox> middle = boxes;
  middle[4].top = 500;  // "e" at 500, then "f" at 395: from a foot, but to the middle
  CHECK_FALSE(PagesFromOrder(&middle));
  CHECK(middle[0].page == 0);  // untouched
  std::vector<PlacedBox> from_middle = boxes;
  from_middle[6].top = 420;  // "g" at 420, then "h" at 300: from the middle
  CHECK_FALSE(PagesFromOrder(&from_middle));
  std::vector<PlacedBox> none;
  CHECK(PagesFromOrder(&none));
}

TEST_CASE("placed boxes: the tally keeps placed boxes' paragraphs and counts text outside") {
  PlacedBoxTally tally;
  PlacedBox at = Box(1, 56.8, 60, {});
  tally.Open(&at);
  CHECK(tally.InBox());
  tally.BeginParagraph();
  tally.Add("Rad ");
  tally.Add("ett");
  tally.BeginParagraph();
  tally.Add("Rad två");
  // A box inside it that is not placed: its text stands outside the placed.
  tally.Open(nullptr);
  tally.Close();
  tally.Close();
  CHECK_FALSE(tally.InBox());
  std::vector<PlacedBox> boxes = tally.Alone();
  REQUIRE(boxes.size() == 1);
  CHECK(boxes[0].paragraphs == std::vector<std::string>{"Rad ett", "Rad två"});
  CHECK(boxes[0].top == 60);
  // Text in a box not placed, or in no box: the placed boxes are not alone.
  PlacedBoxTally unplaced = tally;
  unplaced.Open(nullptr);
  unplaced.BeginParagraph();
  unplaced.Add("Utanför");
  unplaced.Close();
  CHECK(unplaced.Alone().empty());
  PlacedBoxTally flow = tally;
  flow.Add("Brödtext");
  CHECK(flow.Alone().empty());
  // Text before a placed box's first paragraph is outside it.
  PlacedBoxTally early;
  early.Open(&at);
  early.Add("x");
  CHECK(early.Alone().empty());
}

}  // namespace placed_boxes_test
