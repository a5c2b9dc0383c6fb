// Tests of the paragraph and page-break joins (src/read/pdf/paragraphs.h).
#include "read/pdf/paragraphs.h"

#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <tuple>
#include <vector>

#include "layout_test_support.h"
#include "read/pdf/line_layout.h"
#include "read/pdf/table_rows.h"

namespace redovis {
namespace paragraphs_test {
namespace {

using namespace redovis::testing;

TEST_CASE("paragraphs: a wrapped paragraph becomes one line; a short line ends it") {
  PositionedPage p = Page();
  AddText(&p, 57, 100, 10,
          "Ser ni några tendenser till förändring vad gäller orsaken till att klienter");
  AddText(&p, 57, 112, 10, "tar kontakt? I så fall, på vilket sätt?");
  AddText(&p, 57, 124, 10, "Större utsträckning av problem.");
  AddText(&p, 57, 136, 10, "- en punkt i en lista");
  LaidOutPage laid = LayOutPage(p);
  JoinWrappedLines(&laid);
  REQUIRE(laid.lines.size() == 3);
  CHECK(laid.lines[0].line.cells[0].text ==
        "Ser ni några tendenser till förändring vad gäller orsaken till att klienter tar kontakt? "
        "I så fall, på vilket sätt?");
  CHECK(laid.lines[1].line.cells[0].text == "Större utsträckning av problem.");
  CHECK(laid.lines[2].line.cells[0].text == "- en punkt i en lista");
}

/// A page of four full lines of one size-10 paragraph's type, the second to
/// fourth `step1`, `step2` and `step3` points under the one before.
LaidOutPage FullLines(double step1, double step2, double step3) {
  PositionedPage p = Page();
  double top = 100;
  for (double step : {0.0, step1, step2, step3}) {
    top += step;
    AddText(&p, 57, top, 10,
            "Svart att fa en lakartid da det inte ar akuta problem pa vardcentraler");
  }
  LaidOutPage laid = LayOutPage(p);
  JoinWrappedLines(&laid);
  return laid;
}

TEST_CASE("paragraphs: a wider step than the paragraph's own starts a new paragraph") {
  // Lines 12 points apart, then 15: the space after a paragraph (Word's
  // "space after"), though the line above ran to the edge.
  LaidOutPage parted = FullLines(12, 12, 15);
  REQUIRE(parted.lines.size() == 2);
  CHECK(parted.lines[0].line.cells[0].text.size() == 3 * 70 + 2);
  CHECK(parted.lines[1].line.cells[0].text.size() == 70);
  // One step all through, narrow or wide, is one paragraph.
  CHECK(FullLines(12, 12, 12).lines.size() == 1);
  CHECK(FullLines(15, 15, 15).lines.size() == 1);
  // A step wider by less than a fifth of the type's size is the same step.
  CHECK(FullLines(12, 12, 13.5).lines.size() == 1);
}

TEST_CASE("paragraphs: a taller word moves a line's top or foot, not the paragraph's step") {
  // The third line ends in a word in larger type, raised: its top 2.5 points
  // higher, its foot 2.3 lower. The step to the fourth line is 14.5 points
  // at the tops and 9.7 at the feet: the same paragraph.
  PositionedPage p = Page();
  const std::string text = "Svart att fa en lakartid da det inte ar akuta problem pa vardcentraler";
  for (double top : {100.0, 112.0, 136.0}) AddText(&p, 57, top, 10, text);
  AddText(&p, 57, 124, 10, "Svart att fa en lakartid da det inte ar akuta problem pa");
  AddText(&p, 315.6, 121.5, 14, "VARDCENTR");
  LaidOutPage laid = LayOutPage(p);
  REQUIRE(laid.lines.size() == 4);
  JoinWrappedLines(&laid);
  CHECK(laid.lines.size() == 1);
}

/// A table without rules whose cells LibreOffice set one under another, each
/// a paragraph with 3 points after it: a label as wide as its block, its two
/// counts 14.5 points apart; above it, when `wrapped`, a paragraph wrapped at
/// 11.5 points, its second line in lower case.
PositionedPage StackedCells(bool wrapped) {
  PositionedPage p = Page();
  if (wrapped) {
    AddText(&p, 57, 60, 10, "Ange antal klienter som fatt stod av personligt ombud under aret och");
    AddText(&p, 57, 71.5, 10, "varje person en gang.");
  }
  AddText(&p, 163, 100, 10, "Totalt antal klienter");
  AddText(&p, 163, 114.5, 10, "40");
  AddText(&p, 163, 129, 10, "22");
  return p;
}

TEST_CASE("paragraphs: a line farther below a one-line paragraph than the type's wrap is no wrap") {
  LaidOutPage laid = LayOutPage(StackedCells(true));
  REQUIRE(laid.lines.size() == 5);
  JoinWrappedLines(&laid);
  REQUIRE(laid.lines.size() == 4);
  CHECK(laid.lines[0].line.cells[0].text.find("en gang.") != std::string::npos);
  CHECK(laid.lines[1].line.cells[0].text == "Totalt antal klienter");
  CHECK(laid.lines[2].line.cells[0].text == "40");
  CHECK(laid.lines[3].line.cells[0].text == "22");
}

TEST_CASE("paragraphs: a page without a wrapped paragraph measures by the document's") {
  // The label and its count are no wrap step: the count does not go on a
  // text in lower case.
  LaidOutPage alone = LayOutPage(StackedCells(false));
  CHECK(WrapSteps(alone).empty());
  std::vector<LaidOutPage> pages = {LayOutPage(StackedCells(true)), alone};
  std::vector<WrapStep> steps = WrapSteps(pages);
  REQUIRE(steps.size() == 1);
  CHECK(steps[0].top == doctest::Approx(11.5));
  JoinWrappedLines(&pages[1], steps);
  CHECK(pages[1].lines.size() == 3);
  // With no step known, a label as wide as its block still takes the line
  // under it, as before.
  JoinWrappedLines(&alone);
  REQUIRE(alone.lines.size() == 2);
  CHECK(alone.lines[0].line.cells[0].text == "Totalt antal klienter 40");
}

TEST_CASE("paragraphs: no pages, no crash") {
  std::vector<LaidOutPage> none;
  JoinRowsAcrossPages(&none);
  CHECK(none.empty());
}

/// A table without rules, as a text printed to PDF sets it: a row of three
/// cells at 7 points and, `step` points under it, its first and third cells'
/// wrapped words in `size`-point type.
LaidOutPage BorderlessRow(double step, double size = 7) {
  PositionedPage p = Page();
  AddText(&p, 41, 100, 7, "Utdelningsadress Vård och Omsorgsförvaltningen,");
  AddText(&p, 260, 100, 7, "Postnummer 721 87");
  AddText(&p, 394, 100, 7, "Postort");
  AddText(&p, 41, 100 + step, size, "Stadshuset");
  AddText(&p, 394, 100 + step, size, "VÄSTERÅS");
  AddText(&p, 41, 100 + step + 8.4, size, "Kontaktperson Susanne Aspling");
  AddText(&p, 260, 100 + step + 8.4, size, "Avdelning/Enhet Personligt");
  LaidOutPage laid = LayOutPage(p);
  JoinWrappedCells(&laid);
  return laid;
}

TEST_CASE("paragraphs: a row's cells wrapped onto the next line of a table without rules join it") {
  LaidOutPage laid = BorderlessRow(8.4);
  REQUIRE(laid.lines.size() == 2);
  CHECK(Texts(laid.lines[0].line) ==
        std::vector<std::string>{"Utdelningsadress Vård och Omsorgsförvaltningen, Stadshuset",
                                 "Postnummer 721 87", "Postort VÄSTERÅS"});
  // The row takes the wrap's height; its cells keep their places in points.
  CHECK(laid.lines[0].y1 == doctest::Approx(100 + 8.4 + 1.2 * 7));
  CHECK(laid.lines[0].line.cells[2].x0 == doctest::Approx(394));
  // The next row, a label of its own, stays a row.
  CHECK(Texts(laid.lines[1].line) ==
        std::vector<std::string>{"Kontaktperson Susanne Aspling", "Avdelning/Enhet Personligt"});
}

TEST_CASE("paragraphs: a line a blank line below a row, or in other type, is no wrap of it") {
  // A blank line's distance: the lines under it are rows of their own.
  CHECK(BorderlessRow(16.8).lines.size() == 3);
  // Another type's size: another block.
  CHECK(BorderlessRow(8.4, 9).lines.size() == 3);
}

TEST_CASE("paragraphs: a wrap whose piece stays apart still joins the row's other cells") {
  // "engs-" over "tedt@tyreso.se": an address's hyphen or the line's is not
  // told (JoinContinuations), so that piece stays a line of its own; the
  // row keeps its three cells, the first two with their wraps.
  PositionedPage p = Page();
  AddText(&p, 41, 100, 7, "Nämnd Arbetsmarknads-");
  AddText(&p, 171, 100, 7, "Telefon 08- 5782 94");
  AddText(&p, 352, 100, 7, "E-postadress anna-lena.engs-");
  AddText(&p, 41, 108.4, 7, "och socialnämnden");
  AddText(&p, 171, 108.4, 7, "91");
  AddText(&p, 352, 108.4, 7, "tedt@tyreso.se");
  LaidOutPage laid = LayOutPage(p);
  JoinWrappedCells(&laid);
  REQUIRE(laid.lines.size() == 2);
  CHECK(Texts(laid.lines[0].line) ==
        std::vector<std::string>{"Nämnd Arbetsmarknads- och socialnämnden",
                                 "Telefon 08- 5782 94 91", "E-postadress anna-lena.engs-"});
  CHECK(Texts(laid.lines[1].line) == std::vector<std::string>{"tedt@tyreso.se"});
}

TEST_CASE("paragraphs: a ruled table's rows are not joined as a table without rules") {
  PositionedPage p = Page();
  AddText(&p, 57, 100, 7, "Utdelningsadress Vård och Omsorgsförvaltningen,");
  AddText(&p, 350, 100, 7, "Postort");
  AddText(&p, 57, 108.4, 7, "Stadshuset");
  AddText(&p, 350, 108.4, 7, "VÄSTERÅS");
  p.rules = Grid({50, 345, 530}, {98, 107, 118});
  LaidOutPage laid = LayOutPage(p);
  MergeTableRows(p.rules, &laid);
  JoinWrappedCells(&laid);
  REQUIRE(laid.lines.size() == 2);
  CHECK(Texts(laid.lines[1].line) == std::vector<std::string>{"Stadshuset", "VÄSTERÅS"});
}

/// A page whose last line, in a ruled row at its foot, reads "Beskriv
/// arbetet" in the grid's first column and `answer` in its third.
LaidOutPage RowAtFoot(const std::string& answer) {
  PositionedPage p = Page(1);
  AddText(&p, 57, 100, 10, "Rubrik");
  AddText(&p, 57, 705, 10, "Beskriv arbetet");
  AddText(&p, 350, 705, 10, answer);
  p.rules = Grid({50, 295, 345, 431, 530}, {700, 760});
  LaidOutPage laid = LayOutPage(p);
  MergeTableRows(p.rules, &laid);
  return laid;
}

/// The next page, starting with a ruled row that holds `first` in the grid's
/// first column (when not empty) and `third` in its third.
LaidOutPage RowAtHead(const std::string& first, const std::string& third) {
  PositionedPage p = Page(2);
  if (!first.empty()) AddText(&p, 57, 45, 10, first);
  AddText(&p, 350, 45, 10, third);
  AddText(&p, 57, 200, 10, "Nästa stycke.");
  p.rules = Grid({50, 295, 345, 431, 530}, {40, 80});
  LaidOutPage laid = LayOutPage(p);
  MergeTableRows(p.rules, &laid);
  return laid;
}

TEST_CASE("paragraphs: a ruled row cut by a page break is joined, cell by cell") {
  std::vector<LaidOutPage> pages = {RowAtFoot("Vi har arbetat"), RowAtHead("", "vidare med det")};
  REQUIRE(pages[0].lines.back().in_table);
  JoinRowsAcrossPages(&pages);
  CHECK(Texts(pages[0].lines.back().line) ==
        std::vector<std::string>{"Beskriv arbetet", "Vi har arbetat vidare med det"});
  REQUIRE(pages[1].lines.size() == 1);
  CHECK(pages[1].lines[0].line.cells[0].text == "Nästa stycke.");
}

TEST_CASE("paragraphs: a word broken at its column's edge by a page break is joined whole") {
  // "Nej" in a narrow header cell: "N" at the foot of one page, "ej" at the
  // head of the next (US Letter, a serif): the header must read "Nej".
  std::vector<LaidOutPage> pages = {RowAtFoot("Socialförvaltni"), RowAtHead("", "ngen")};
  JoinRowsAcrossPages(&pages);
  CHECK(Texts(pages[0].lines.back().line) ==
        std::vector<std::string>{"Beskriv arbetet", "Socialförvaltningen"});
  // A word that ends short of the edge keeps its space.
  std::vector<LaidOutPage> apart = {RowAtFoot("Vi har"), RowAtHead("", "arbetat")};
  JoinRowsAcrossPages(&apart);
  CHECK(Texts(apart[0].lines.back().line) ==
        std::vector<std::string>{"Beskriv arbetet", "Vi har arbetat"});
}

TEST_CASE("paragraphs: a row on the next page with a label of its own is a new row") {
  std::vector<LaidOutPage> pages = {RowAtFoot("Vi har arbetat"),
                                    RowAtHead("Antal klienter", "vidare med det")};
  JoinRowsAcrossPages(&pages);
  CHECK(Texts(pages[0].lines.back().line) ==
        std::vector<std::string>{"Beskriv arbetet", "Vi har arbetat"});
  CHECK(pages[1].lines.size() == 2);
}

/// A page of full lines of prose whose last line runs to the right edge.
PositionedPage FullProse(int number) {
  PositionedPage p = Page(number);
  for (int i = 0; i < 3; ++i)
    AddText(&p, 57, 700 + 12 * i, 10, "en rad brödtext som går ända ut till kanten av sidan");
  return p;
}

TEST_CASE("paragraphs: a paragraph cut by a page break goes on, in lower case, at its edge") {
  PositionedPage next = Page(2);
  AddText(&next, 57, 60, 10, "och slutar här.");
  std::vector<LaidOutPage> pages = {LayOutPage(FullProse(1)), LayOutPage(next)};
  JoinRowsAcrossPages(&pages);
  REQUIRE(pages[0].lines.size() == 3);
  CHECK(pages[0].lines.back().line.cells[0].text ==
        "en rad brödtext som går ända ut till kanten av sidan och slutar här.");
  CHECK(pages[1].lines.empty());
  // A capital letter, another left edge or a page that does not follow is no
  // continuation.
  for (auto [x, text, number] :
       {std::tuple{57.0, "Och slutar här.", 2}, std::tuple{120.0, "och slutar här.", 2},
        std::tuple{57.0, "och slutar här.", 3}}) {
    PositionedPage other = Page(number);
    AddText(&other, x, 60, 10, text);
    std::vector<LaidOutPage> apart = {LayOutPage(FullProse(1)), LayOutPage(other)};
    JoinRowsAcrossPages(&apart);
    CHECK(apart[1].lines.size() == 1);
  }
}

/// A page whose last line is a ruled row holding `label` alone in the grid's
/// first column, and the next page, whose first ruled row holds `piece`
/// alone in that column.
std::vector<LaidOutPage> LabelCutAtBreak(const std::string& label, const std::string& piece) {
  PositionedPage a = Page(1);
  AddText(&a, 57, 100, 10, "Rubrik");
  AddText(&a, 57, 705, 10, label);
  a.rules = Grid({50, 295, 345, 431, 530}, {700, 760});
  PositionedPage b = Page(2);
  AddText(&b, 57, 45, 10, piece);
  AddText(&b, 57, 200, 10, "Nästa stycke.");
  b.rules = Grid({50, 295, 345, 431, 530}, {40, 80});
  std::vector<LaidOutPage> pages = {LayOutPage(a), LayOutPage(b)};
  MergeTableRows(a.rules, &pages[0]);
  MergeTableRows(b.rules, &pages[1]);
  return pages;
}

TEST_CASE("paragraphs: a label cell's text cut by a page break goes on in an opening bracket") {
  // 000's a4-serif PDF: "... - unga" at the foot of page 3, "(18-25 år)" at
  // the head of page 4, in the same cell of the same row.
  std::vector<LaidOutPage> pages =
      LabelCutAtBreak("Om ja, rangordna ordningen - ensamstående - unga", "(18-25 år)");
  REQUIRE(pages[0].lines.back().in_table);
  JoinRowsAcrossPages(&pages);
  CHECK(Texts(pages[0].lines.back().line) ==
        std::vector<std::string>{"Om ja, rangordna ordningen - ensamstående - unga (18-25 år)"});
  REQUIRE(pages[1].lines.size() == 1);
  CHECK(pages[1].lines[0].line.cells[0].text == "Nästa stycke.");
  // A bracket before a capital, or a capital, starts a row of its own.
  for (const char* own : {"(Om fler kommuner)", "Om nej, ange varför."}) {
    CAPTURE(own);
    std::vector<LaidOutPage> apart =
        LabelCutAtBreak("Om ja, rangordna ordningen - ensamstående - unga", own);
    JoinRowsAcrossPages(&apart);
    CHECK(apart[1].lines.size() == 2);
    CHECK(Texts(apart[0].lines.back().line) ==
          std::vector<std::string>{"Om ja, rangordna ordningen - ensamstående - unga"});
  }
}

TEST_CASE("paragraphs: an empty ruled row at the head of the next page starts a new row") {
  // 2023's Letter PDF: the section's heading row at the foot of page 7, an
  // empty row and then "Ja (...)" in the second column on page 8; the "Ja"
  // row is a row of its own, not the heading row going on.
  PositionedPage b = Page(2);
  AddText(&b, 350, 65, 10, "vidare med det");
  AddText(&b, 57, 200, 10, "Nästa stycke.");
  b.rules = Grid({50, 295, 345, 431, 530}, {40, 60, 100});
  std::vector<LaidOutPage> pages = {RowAtFoot("Vi har arbetat"), LayOutPage(b)};
  MergeTableRows(b.rules, &pages[1]);
  AddEmptyTableRows(b.rules, &pages[1]);
  REQUIRE(pages[1].lines.size() == 3);
  REQUIRE(pages[1].lines[0].line.Blank());
  REQUIRE(pages[1].lines[1].in_table);
  JoinRowsAcrossPages(&pages);
  CHECK(Texts(pages[0].lines.back().line) ==
        std::vector<std::string>{"Beskriv arbetet", "Vi har arbetat"});
  REQUIRE(pages[1].lines.size() == 3);
  CHECK(Texts(pages[1].lines[1].line) == std::vector<std::string>{"vidare med det"});
  // The same at the foot of the page: an empty row after the last one.
  PositionedPage a = Page(1);
  AddText(&a, 57, 685, 10, "Beskriv arbetet");
  AddText(&a, 350, 685, 10, "Vi har arbetat");
  a.rules = Grid({50, 295, 345, 431, 530}, {680, 720, 760});
  std::vector<LaidOutPage> foot = {LayOutPage(a), RowAtHead("", "vidare med det")};
  MergeTableRows(a.rules, &foot[0]);
  AddEmptyTableRows(a.rules, &foot[0]);
  REQUIRE(foot[0].lines.back().line.Blank());
  JoinRowsAcrossPages(&foot);
  CHECK(Texts(foot[0].lines[0].line) ==
        std::vector<std::string>{"Beskriv arbetet", "Vi har arbetat"});
  CHECK(foot[1].lines.size() == 2);
  CHECK(Texts(foot[1].lines[0].line) == std::vector<std::string>{"vidare med det"});
}

}  // namespace
}  // namespace paragraphs_test
}  // namespace redovis
