#include "read/text/field_marks.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace redovis;

namespace {

// Lines of one cell each, the cells read at tabs (no positions).
std::vector<Line> OneCellLines(const std::vector<std::string>& texts) {
  std::vector<Line> out;
  for (const std::string& t : texts) {
    Line l;
    Cell c;
    c.text = t;
    l.cells.push_back(c);
    out.push_back(l);
  }
  return out;
}

}  // namespace

TEST_CASE("field marks: catdoc's field end inside a result is taken off where it is certain") {
  std::vector<Line> lines = OneCellLines({
      "  FORMTEXT  30 dagar",          // the end is the one space: Word's "30dagar"
      "  FORMTEXT  Maria Holm ",       // the end is the space after: ends its paragraph
      "  FORMTEXT  30  dagar",         // one run of two: one of them is the end
      "  FORMTEXT  Maria Holm dagar",  // two runs: which is the end cannot be told
      "  FORMTEXT  Ombudens belastning\noch komplexitet ",  // over lines: left alone
      "Titel   FORMTEXT  Chef   FORMTEXT  Maria Holm ",     // the second field ends its cell
  });
  SplitFormTextFields(&lines);
  CHECK(lines[0].cells[0].text == "30dagar");
  CHECK(lines[1].cells[0].text == "Maria Holm");
  CHECK(lines[2].cells[0].text == "30 dagar");
  CHECK(lines[3].cells[0].text == "Maria Holm dagar");
  CHECK(lines[4].cells[0].text == "Ombudens belastning\noch komplexitet");
  REQUIRE(lines[5].cells.size() == 3);
  CHECK(lines[5].cells[0].text == "Titel");
  CHECK(lines[5].cells[1].text == "Chef");
  CHECK(lines[5].cells[2].text == "Maria Holm");
}

TEST_CASE("field marks: a laid-out cell's field result keeps its spaces and gets its columns") {
  std::vector<Line> lines = OneCellLines({"Tid FORMTEXT 30 dagar"});
  lines[0].cells[0].x0 = 4;
  lines[0].cells[0].x1 = 25;
  SplitFormTextFields(&lines);
  REQUIRE(lines[0].cells.size() == 2);
  CHECK(lines[0].cells[0].text == "Tid");
  CHECK(lines[0].cells[0].x0 == 4);
  CHECK(lines[0].cells[0].x1 == 7);
  // Its trailing spaces were trimmed by the layout: no proof of the end.
  CHECK(lines[0].cells[1].text == "30 dagar");
  CHECK(lines[0].cells[1].x0 == 17);
  CHECK(lines[0].cells[1].x1 == 25);
}

TEST_CASE("field marks: links' dots around a form field are taken off where the text shows them") {
  std::vector<Line> lines = OneCellLines({
      "..Lindesberg.", "..711 80.", "..X.",
      "..30.dagar",  // the end before the text after the field
      "Telefon (inkl. riktnummer) ..0581-810 00.",
      "..Extern processhandledning en gång i månaden..",  // the result's own stop kept
      "..Socialstyrelsen. Motiverande samtal..",          // the end is one of two runs: left
      "..Ombudens belastning",                            // the end is in a later cell: left
      "Se...nedan.",                                      // no field's start
  });
  lines[0].cells[0].x0 = 3;
  lines[0].cells[0].x1 = 16;
  CHECK(TakeOffFieldDots(&lines) == 6);
  CHECK(lines[0].cells[0].x0 == 5);
  CHECK(lines[0].cells[0].x1 == 15);
  CHECK(lines[0].cells[0].text == "Lindesberg");
  CHECK(lines[1].cells[0].text == "711 80");
  CHECK(lines[2].cells[0].text == "X");
  CHECK(lines[3].cells[0].text == "30dagar");
  CHECK(lines[4].cells[0].text == "Telefon (inkl. riktnummer) 0581-810 00");
  CHECK(lines[5].cells[0].text == "Extern processhandledning en gång i månaden.");
  CHECK(lines[6].cells[0].text == "..Socialstyrelsen. Motiverande samtal..");
  CHECK(lines[7].cells[0].text == "..Ombudens belastning");
  CHECK(lines[8].cells[0].text == "Se...nedan.");
}

TEST_CASE("field marks: a text shows links' field dots by three fields alone") {
  auto shows = [](const std::vector<std::string>& texts) {
    std::vector<TextLine> lines;
    for (const std::string& t : texts) lines.push_back(TextLine{t, 0, 1});
    return ShowsFieldDots(lines);
  };
  CHECK(shows({"Kommun ..Lindesberg.", "   ..X.   Ja", "..2."}));
  CHECK_FALSE(shows({"Kommun ..Lindesberg.", "   ..X.   Ja", "..30.dagar"}));
  CHECK_FALSE(shows({"Se...nedan.", "...X.", "..X..", "..X.Y."}));
}

TEST_CASE("field marks: the dot after each box glyph is a space, its columns kept") {
  std::vector<std::string> texts = {"    \u2612.  Verksamheten har", "        st\u00f6d",
                                    "Ja \u2610. Nej \u2610.", "    \u2610.  Vi har inte"};
  auto lines_of = [](const std::vector<std::string>& t) {
    std::vector<TextLine> lines;
    for (const std::string& s : t) lines.push_back(TextLine{s, 0, 1});
    return lines;
  };
  std::vector<TextLine> lines = lines_of(texts);
  std::vector<std::string> storage;
  CHECK(BoxDotsAsSpaces(&lines, &storage) == 3);
  CHECK(lines[0].text == "    \u2612   Verksamheten har");
  CHECK(lines[1].text == texts[1]);
  CHECK(lines[2].text == "Ja \u2610  Nej \u2610 ");
  CHECK(lines[3].text == "    \u2610   Vi har inte");
  // A box without its dot: the dots are the text's own.
  texts.push_back("\u2610 Annat");
  lines = lines_of(texts);
  CHECK(BoxDotsAsSpaces(&lines, &storage) == 0);
  CHECK(lines[0].text == texts[0]);
  // Two lines of boxes with dots: too few to tell.
  const std::vector<std::string> two = {texts[0], texts[2]};  // the lines view them
  lines = lines_of(two);
  CHECK(BoxDotsAsSpaces(&lines, &storage) == 0);
}
