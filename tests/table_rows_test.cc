// Tests of the ruled table rows (src/read/pdf/table_rows.h): a row's visual
// lines joined, a cell per grid column; lines outside tables left alone.
#include "read/pdf/table_rows.h"

#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "layout_test_support.h"
#include "read/pdf/line_layout.h"

namespace redovis {
namespace table_rows_test {
namespace {

using namespace redovis::testing;

TEST_CASE("table rows: the lines of one ruled row become one line, a cell per column") {
  PositionedPage p = Page();
  // Header row 95..140: "Ja" | "Delvis (t.ex. / om det är kö)" | "Nej".
  AddText(&p, 300, 100, 10, "Ja");
  AddText(&p, 350, 100, 10, "Delvis (t.ex.");
  AddText(&p, 350, 112, 10, "om det är kö)");
  AddText(&p, 460, 100, 10, "Nej");
  // Row 140..185: a label on two lines, a mark under Ja.
  AddText(&p, 57, 145, 10, "Har ni under 2020 haft kö");
  AddText(&p, 57, 157, 10, "eller väntetid?");
  AddText(&p, 303, 145, 10, "x");
  // Row 185..215: a word too long for its column, broken at its edge.
  AddText(&p, 350, 187, 10, "Socialförvaltni");
  AddText(&p, 350, 199, 10, "ngen");
  std::vector<RuleSegment> rules = Grid({50, 295, 345, 431, 530}, {95, 140, 185, 215});
  p.rules = rules;
  LaidOutPage laid = LayOutPage(p);
  MergeTableRows(rules, &laid);
  REQUIRE(laid.lines.size() == 3);
  CHECK(Texts(laid.lines[0].line) ==
        std::vector<std::string>{"Ja", "Delvis (t.ex. om det är kö)", "Nej"});
  CHECK(Texts(laid.lines[1].line) ==
        std::vector<std::string>{"Har ni under 2020 haft kö eller väntetid?", "x"});
  CHECK(Overlap(laid.lines[1].line.cells[1], laid.lines[0].line.cells[0]));
  CHECK(Texts(laid.lines[2].line) == std::vector<std::string>{"Socialförvaltningen"});
  CHECK(laid.lines[1].in_table);
}

TEST_CASE("table rows: a name in capitals broken at its cell's edge after the label is one word") {
  PositionedPage p = Page();
  // Row 95..125: "Postort SKINNSKATTEBER" fills the cell, "G" under it.
  AddText(&p, 350, 97, 10, "Postort SKINNSKATTEBER");
  AddText(&p, 350, 109, 10, "G");
  // Row 125..155: a word in capitals that ends its line short of the edge.
  AddText(&p, 350, 127, 10, "Postort ARBOGA");
  AddText(&p, 350, 139, 10, "KN");
  std::vector<RuleSegment> rules = Grid({50, 295, 345, 460, 530}, {95, 125, 155});
  p.rules = rules;
  LaidOutPage laid = LayOutPage(p);
  MergeTableRows(rules, &laid);
  REQUIRE(laid.lines.size() == 2);
  CHECK(Texts(laid.lines[0].line) == std::vector<std::string>{"Postort SKINNSKATTEBERG"});
  CHECK(Texts(laid.lines[1].line) == std::vector<std::string>{"Postort ARBOGA KN"});
}

TEST_CASE("table rows: a piece in lower case going on its grid column's sentence is no column") {
  PositionedPage p = Page();
  // Header row 95..140, as OCR reads it with "kö i 3" dropped: a wide gap
  // inside the Delvis column, and Nej broken over two lines.
  AddText(&p, 300, 100, 10, "Ja");
  AddText(&p, 350, 100, 10, "Delvis (t.ex. om det är");
  AddText(&p, 480, 100, 10, "av 12");
  AddText(&p, 515, 100, 10, "N");
  AddText(&p, 350, 112, 10, "kommuner)");
  AddText(&p, 515, 112, 10, "ej");
  std::vector<RuleSegment> rules = Grid({50, 295, 345, 510, 530}, {95, 140});
  p.rules = rules;
  LaidOutPage laid = LayOutPage(p);
  REQUIRE(laid.lines.size() == 2);
  REQUIRE(laid.lines[0].line.cells.size() == 4);
  MergeTableRows(rules, &laid);
  REQUIRE(laid.lines.size() == 1);
  CHECK(Texts(laid.lines[0].line) ==
        std::vector<std::string>{"Ja", "Delvis (t.ex. om det är av 12 kommuner)", "Nej"});
  // Columns the grid does not rule (Kvinnor and Män in one grid cell): a
  // capitalised piece is a column of its own, and the row is left alone.
  PositionedPage q = Page();
  AddText(&q, 350, 100, 10, "Kvinnor");
  AddText(&q, 450, 100, 10, "Män");
  AddText(&q, 350, 112, 10, "3");
  AddText(&q, 450, 112, 10, "4");
  rules = Grid({50, 345, 530}, {95, 140});
  q.rules = rules;
  laid = LayOutPage(q);
  MergeTableRows(rules, &laid);
  REQUIRE(laid.lines.size() == 2);
  CHECK(Texts(laid.lines[0].line) == std::vector<std::string>{"Kvinnor", "Män"});
  CHECK(laid.lines[0].in_table);
}

TEST_CASE("table rows: lines outside ruled tables are left alone by the row join") {
  PositionedPage p = Page();
  AddText(&p, 57, 100, 10, "Första raden");
  AddText(&p, 57, 112, 10, "Andra raden");
  LaidOutPage laid = LayOutPage(p);
  MergeTableRows(Grid({50, 300}, {300, 330}), &laid);
  CHECK(laid.lines.size() == 2);
}

TEST_CASE("table rows: an empty ruled row is kept as a line of empty cells, in its place") {
  // The 2023 form's stacked rows: a label row, an empty row, a row with a
  // mark, each a row of a two-column table; then a one-row empty table.
  PositionedPage p = Page();
  AddText(&p, 300, 100, 10, "Förening");
  AddText(&p, 300, 132, 10, "X");
  AddText(&p, 57, 200, 10, "Efter tabellerna");
  std::vector<RuleSegment> rules = Grid({50, 295, 530}, {95, 112, 128, 146});
  std::vector<RuleSegment> lone = Grid({50, 290, 530}, {160, 178});
  rules.insert(rules.end(), lone.begin(), lone.end());
  p.rules = rules;
  LaidOutPage laid = LayOutPage(p);
  MergeTableRows(rules, &laid);
  AddEmptyTableRows(rules, &laid);
  REQUIRE(laid.lines.size() == 5);
  CHECK(Texts(laid.lines[0].line) == std::vector<std::string>{"Förening"});
  CHECK(Texts(laid.lines[1].line) == std::vector<std::string>{"", ""});
  CHECK(laid.lines[1].in_table);
  CHECK(laid.lines[1].line.Blank());
  CHECK(laid.lines[1].line.cells[0].x0 == doctest::Approx(50));
  CHECK(laid.lines[1].line.cells[1].x0 == doctest::Approx(295));
  CHECK(laid.lines[1].line.cells[1].x1 == doctest::Approx(530));
  CHECK(laid.lines[1].y0 == doctest::Approx(112));
  CHECK(Texts(laid.lines[2].line) == std::vector<std::string>{"X"});
  CHECK(Texts(laid.lines[3].line) == std::vector<std::string>{"", ""});
  CHECK(laid.lines[3].line.cells[1].x0 == doctest::Approx(290));
  CHECK(Texts(laid.lines[4].line) == std::vector<std::string>{"Efter tabellerna"});
}

TEST_CASE(
    "table rows: no empty row where words stand, where rules do not close a row, "
    "or on a page without lines") {
  PositionedPage p = Page();
  AddText(&p, 300, 100, 10, "Ja");
  AddText(&p, 300, 116, 10, "Nej");
  // Rows 95..112 and 112..128 hold words; 128..300 is too high for a row;
  // 300..316 is open on the right (no vertical rule there).
  std::vector<RuleSegment> rules = Grid({50, 295, 530}, {95, 112, 128, 300});
  rules.push_back(RuleSegment{true, 316, 50, 530, 0.5});
  rules.push_back(RuleSegment{false, 50, 300, 316, 0.5});
  p.rules = rules;
  LaidOutPage laid = LayOutPage(p);
  MergeTableRows(rules, &laid);
  AddEmptyTableRows(rules, &laid);
  REQUIRE(laid.lines.size() == 2);
  CHECK(Texts(laid.lines[0].line) == std::vector<std::string>{"Ja"});
  CHECK(Texts(laid.lines[1].line) == std::vector<std::string>{"Nej"});
  LaidOutPage none;
  AddEmptyTableRows(Grid({50, 295, 530}, {95, 112}), &none);
  CHECK(none.lines.empty());
}

TEST_CASE("table rows: an empty row of the right page of a sheet is read among that page's lines") {
  // Two pages side by side, laid out page by page: the left page's lines,
  // then the right page's. The right page's table has an empty row between
  // its two lines; the left page has a line at that height.
  auto line = [](double x0, double x1, double y0, const char* text) {
    LaidOutLine l;
    l.y0 = y0;
    l.y1 = y0 + 10;
    Cell c;
    c.text = text;
    c.x0 = x0;
    c.x1 = x1;
    l.line.cells.push_back(c);
    return l;
  };
  LaidOutPage laid;
  laid.number = 1;
  laid.width = 595;
  laid.height = 842;
  laid.lines = {line(30, 250, 100, "vänster ett"), line(30, 250, 130, "vänster två"),
                line(330, 560, 100, "höger ett"), line(330, 560, 140, "höger två")};
  AddEmptyTableRows(Grid({330, 450, 560}, {113, 128}), &laid);
  REQUIRE(laid.lines.size() == 5);
  CHECK(Texts(laid.lines[0].line) == std::vector<std::string>{"vänster ett"});
  CHECK(Texts(laid.lines[1].line) == std::vector<std::string>{"vänster två"});
  CHECK(Texts(laid.lines[2].line) == std::vector<std::string>{"höger ett"});
  CHECK(Texts(laid.lines[3].line) == std::vector<std::string>{"", ""});
  CHECK(Texts(laid.lines[4].line) == std::vector<std::string>{"höger två"});
}

TEST_CASE("table rows: a cell read by OCR is as sure as its least sure word, across lines") {
  PositionedPage p = Page();
  p.ocr = true;
  AddText(&p, 57, 145, 10, "Har ni under 2020 haft kö");
  AddText(&p, 57, 157, 10, "eller väntetid?");
  AddText(&p, 303, 145, 10, "x");
  float confidence[] = {96, 95, 91, 97, 93, 94, 88, 62, 71};  // "väntetid?" the least sure
  for (size_t i = 0; i < p.words.size(); ++i) p.words[i].confidence = confidence[i];
  std::vector<RuleSegment> rules = Grid({50, 295, 345}, {140, 185});
  p.rules = rules;
  LaidOutPage laid = LayOutPage(p);
  MergeTableRows(rules, &laid);
  REQUIRE(laid.lines.size() == 1);
  REQUIRE(laid.lines[0].line.cells.size() == 2);
  CHECK(laid.lines[0].line.cells[0].ocr_confidence == 62);
  CHECK(laid.lines[0].line.cells[1].ocr_confidence == 71);
  CHECK(laid.lines[0].line.cells[0].ocr_tail_confidence == -1);  // ends in "väntetid?"
  CHECK(laid.lines[0].line.cells[1].ocr_tail_confidence == -1);  // "x"
  // A page with a text layer: no OCR confidence at all.
  p.ocr = false;
  laid = LayOutPage(p);
  for (const LaidOutLine& l : laid.lines)
    for (const Cell& c : l.line.cells) CHECK(c.ocr_confidence == -1);
}

TEST_CASE("JoinOcrConfidence: the words a joined cell ends in are the ones it took in") {
  auto cell = [](int conf, int tail) {
    Cell c;
    c.ocr_confidence = static_cast<signed char>(conf);
    c.ocr_tail_confidence = static_cast<signed char>(tail);
    return c;
  };
  Cell into = cell(70, -1);  // "Beviljat belopp" takes in "804 246"
  JoinOcrConfidence(&into, cell(93, 93));
  CHECK(into.ocr_confidence == 70);
  CHECK(into.ocr_tail_confidence == 93);
  JoinOcrConfidence(&into, cell(85, 85));  // and "000" after it: one run
  CHECK(into.ocr_tail_confidence == 85);
  JoinOcrConfidence(&into, cell(95, 95));
  CHECK(into.ocr_tail_confidence == 85);
  JoinOcrConfidence(&into, cell(95, -1));  // then a word with a letter
  CHECK(into.ocr_tail_confidence == -1);
  CHECK(into.ocr_confidence == 70);
}

}  // namespace
}  // namespace table_rows_test
}  // namespace redovis
