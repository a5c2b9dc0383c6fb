#include "read/text/field_marks.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

namespace field_marks_test {

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

namespace {

// `texts` as a text's raw lines, numbered from 1; the texts must outlive them.
std::vector<TextLine> RawLines(const std::vector<std::string>& texts) {
  std::vector<TextLine> out;
  for (const std::string& t : texts)
    out.push_back(TextLine{t, 0, static_cast<int>(out.size()) + 1});
  return out;
}

// A line numbered `number` of cells at the columns given, each [x0, x1).
Line LaidOut(int number, const std::vector<std::pair<std::string, int>>& cells) {
  Line l;
  l.number = number;
  for (const auto& [text, x0] : cells) {
    Cell c;
    c.text = text;
    c.x0 = x0;
    c.x1 = x0 + static_cast<double>(text.size());
    l.cells.push_back(c);
  }
  return l;
}

}  // namespace

TEST_CASE("field marks: a text shows w3m's field ends by three lines ending in one space") {
  const std::vector<std::string> ends = {"Lindesberg ", "", "Maria Holm ", "Nilsson "};
  CHECK(ShowsFieldEnds(RawLines(ends)));
  // Two spaces, a box glyph's pad, a blank line: no field's end.
  const std::vector<std::string> padded = {"Lindesberg  ", "Ja   \u2612 ", "   ", "Maria Holm ",
                                           "Nilsson "};
  CHECK_FALSE(ShowsFieldEnds(RawLines(padded)));
}

TEST_CASE("field marks: w3m's field tail at column 0 goes on the result the start's gap opens") {
  const std::vector<std::string> texts = {
      "",
      "Kontaktperson   Inga-Lill    Avdelning/Enhet Socialf\u00f6rvaltningen",
      "Nilsson ",
      "",
  };
  const std::vector<TextLine> raw = RawLines(texts);
  auto laid_out = [] {
    return std::vector<Line>{
        LaidOut(2, {{"Kontaktperson", 0}, {"Inga-Lill", 16}, {"Avdelning/Enhet", 29}}),
        LaidOut(3, {{"Nilsson", 0}})};
  };
  std::vector<Line> lines = laid_out();
  CHECK(W3mFieldMarks(raw, &lines) == 1);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].cells[0].text == "Kontaktperson");
  CHECK(lines[0].cells[1].text == "Inga-Lill Nilsson");
  CHECK(lines[0].cells[2].text == "Avdelning/Enhet");

  // Without the end's space the line under is no field's tail.
  const std::vector<std::string> no_end = {"", texts[1], "Nilsson", ""};
  const std::vector<TextLine> raw_no_end = RawLines(no_end);
  lines = laid_out();
  CHECK(W3mFieldMarks(raw_no_end, &lines) == 0);
  CHECK(lines.size() == 2);
  // A paragraph going on below it: its tail's field may have started there.
  const std::vector<std::string> more = {"", texts[1], "Nilsson ", "Holm"};
  const std::vector<TextLine> raw_more = RawLines(more);
  lines = laid_out();
  CHECK(W3mFieldMarks(raw_more, &lines) == 0);
  // A gap of four: no start's two marks after a space.
  lines = laid_out();
  lines[0].cells[1].x0 = 17;
  CHECK(W3mFieldMarks(raw, &lines) == 0);
  // A third cell as near: which cell the result started in cannot be told.
  lines = laid_out();
  lines[0].cells[2].x0 = 28;
  CHECK(W3mFieldMarks(raw, &lines) == 0);
  // The tail at another column than the line's first cell.
  lines = laid_out();
  lines[1].cells[0].x0 = 2;
  CHECK(W3mFieldMarks(raw, &lines) == 0);
}

TEST_CASE("field marks: w3m's field alone in its cell, wrapped at the field's column, is one") {
  // `w3m -dump -cols 60` of LibreOffice's HTML: the answer's cell holds the
  // field alone, its result two columns in (the start's two marks), its wrap
  // at the field's own column, ending in the end's mark.
  const std::vector<std::string> texts = {
      "",
      "         Vi ser fler unga vuxna, ofta med neuropsykiatriska",
      "       diagnoser, som tar kontakt. ",
      "",
  };
  const std::vector<TextLine> raw = RawLines(texts);
  auto laid_out = [] {
    return std::vector<Line>{
        LaidOut(2, {{"Vi ser fler unga vuxna, ofta med neuropsykiatriska", 9}}),
        LaidOut(3, {{"diagnoser, som tar kontakt.", 7}})};
  };
  std::vector<Line> lines = laid_out();
  CHECK(W3mFieldMarks(raw, &lines) == 1);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].cells[0].text ==
        "Vi ser fler unga vuxna, ofta med neuropsykiatriska diagnoser, som tar kontakt.");
  // The wrap at another column: no field's (one column left, or under it).
  for (double x : {8.0, 9.0}) {
    lines = laid_out();
    lines[1].cells[0].x0 = x;
    CHECK(W3mFieldMarks(raw, &lines) == 0);
    CHECK(lines.size() == 2);
  }
  // Without the end's mark, or a paragraph going on below: no tail.
  const std::vector<std::string> no_end = {"", texts[1], "       diagnoser, som tar kontakt.", ""};
  const std::vector<TextLine> raw_no_end = RawLines(no_end);
  lines = laid_out();
  CHECK(W3mFieldMarks(raw_no_end, &lines) == 0);
  const std::vector<std::string> more = {"", texts[1], texts[2], "       och fler"};
  const std::vector<TextLine> raw_more = RawLines(more);
  lines = laid_out();
  CHECK(W3mFieldMarks(raw_more, &lines) == 0);
}

TEST_CASE("field marks: w3m's field end in a one-line result's one space is taken off") {
  const std::vector<std::string> texts = {
      "       Om ja, uppskatta hur l\u00e5ng v\u00e4ntetiden har varit under 2023. (Ange",
      "       dagar per kommun)",
      "",
      "         30 dagar",
      "",
  };
  const std::vector<TextLine> raw = RawLines(texts);
  std::vector<Line> lines = {LaidOut(1, {{"Om ja, uppskatta ... dagar per kommun)", 7}}),
                             LaidOut(4, {{"30 dagar", 9}})};
  CHECK(W3mFieldMarks(raw, &lines) == 1);
  CHECK(lines[1].cells[0].text == "30dagar");
  CHECK(lines[1].cells[0].x0 == 9);
  CHECK(lines[1].cells[0].x1 == 16);

  auto unchanged = [](const std::vector<std::string>& t, const std::string& cell, int x0) {
    const std::vector<TextLine> r = RawLines(t);
    std::vector<Line> l = {LaidOut(1, {{"Om ja", 7}}), LaidOut(4, {{cell, x0}})};
    return W3mFieldMarks(r, &l) == 0 && l[1].cells[0].text == cell;
  };
  // Ending in the end's space: the result is the line's text.
  CHECK(unchanged({texts[0], texts[1], "", "         30 dagar ", ""}, "30 dagar", 9));
  // Not two columns right of the paragraph above: no start's marks.
  CHECK(unchanged({texts[0], texts[1], "", "       30 dagar", ""}, "30 dagar", 7));
  // Two spaces: which is the end cannot be told.
  CHECK(unchanged({texts[0], texts[1], "", "         ca 30 dagar", ""}, "ca 30 dagar", 9));
  // No digit before the space: a label's words, no typed count.
  CHECK(unchanged({texts[0], texts[1], "", "         Antal kvinnor", ""}, "Antal kvinnor", 9));
  // The paragraph above ends in a field's end: its field, not this line's.
  CHECK(unchanged({texts[0], "       dagar per kommun) ", "", "         30 dagar", ""}, "30 dagar",
                  9));
  // A paragraph of two lines: its end may be on either.
  CHECK(unchanged({texts[0], texts[1], "", "         30 dagar", "         per kommun"}, "30 dagar",
                  9));
}

TEST_CASE("field marks: w3m's check boxes are boxes where a ticked one shows") {
  std::vector<Line> lines = {
      LaidOut(1, {{"Ja", 76}, {"Nej", 84}}),
      LaidOut(3, {{"Ombuden har erbjudits utbildning.", 0}, {"[ ]", 76}, {"[*]", 84}}),
      LaidOut(5, {{"Se [ ] nedan", 0}})};
  CHECK(InputBoxes(&lines) == 2);
  CHECK(lines[1].cells[1].checkbox == CheckboxState::kUnchecked);
  CHECK(lines[1].cells[2].checkbox == CheckboxState::kChecked);
  CHECK(lines[1].cells[2].text == "[*]");
  CHECK(lines[0].cells[0].checkbox == CheckboxState::kNone);
  CHECK(lines[2].cells[0].checkbox == CheckboxState::kNone);
  // links writes a ticked box as "[ ]" too: with no "[*]" no box is read.
  std::vector<Line> links = {LaidOut(3, {{"Kommun", 0}, {"[ ]", 62}, {"[ ]", 68}})};
  CHECK(InputBoxes(&links) == 0);
  CHECK(links[0].cells[1].checkbox == CheckboxState::kNone);
}

TEST_CASE("field marks: lynx's check boxes are boxes where a ticked one shows") {
  // lynx -dump writes each cell a paragraph of its own, a ticked box "[X]".
  std::vector<Line> lines = {LaidOut(1, {{"Ja", 3}}),     LaidOut(3, {{"Nej", 3}}),
                             LaidOut(5, {{"Kommun", 3}}), LaidOut(7, {{"[X]", 3}}),
                             LaidOut(9, {{"[ ]", 3}}),    LaidOut(11, {{"Se [X] nedan", 3}})};
  CHECK(InputBoxes(&lines) == 2);
  CHECK(lines[3].cells[0].checkbox == CheckboxState::kChecked);
  CHECK(lines[3].cells[0].text == "[X]");
  CHECK(lines[4].cells[0].checkbox == CheckboxState::kUnchecked);
  CHECK(lines[5].cells[0].checkbox == CheckboxState::kNone);
  // "[x]" typed in lower case is no lynx box.
  std::vector<Line> typed = {LaidOut(3, {{"Kommun", 0}, {"[x]", 62}, {"[ ]", 68}})};
  CHECK(InputBoxes(&typed) == 0);
}

TEST_CASE("field marks: a typed box glued to the next column's text is a cell of its own") {
  // A person retyping a form's boxes as brackets: "☐RSMH" became "[ ]RSMH".
  std::vector<Line> lines = {
      LaidOut(1, {{"Brukarorganisationer", 0}, {"[X]", 42}, {"[ ]RSMH", 54}}),
      LaidOut(2, {{"Annan organisation", 0}, {"[X]ISF", 54}}), LaidOut(3, {{"[ ]Kommun", 0}}),
      LaidOut(4, {{"Se", 0}, {"[ ] nedan", 10}})};
  CHECK(InputBoxes(&lines) == 3);
  REQUIRE(lines[0].cells.size() == 4);
  CHECK(lines[0].cells[2].text == "[ ]");
  CHECK(lines[0].cells[2].checkbox == CheckboxState::kUnchecked);
  CHECK(lines[0].cells[2].x0 == 54);
  CHECK(lines[0].cells[2].x1 == 57);
  CHECK(lines[0].cells[3].text == "RSMH");
  CHECK(lines[0].cells[3].checkbox == CheckboxState::kNone);
  CHECK(lines[0].cells[3].x0 == 57);
  CHECK(lines[0].cells[3].x1 == 61);
  REQUIRE(lines[1].cells.size() == 3);
  CHECK(lines[1].cells[1].checkbox == CheckboxState::kChecked);
  CHECK(lines[1].cells[2].text == "ISF");
  // A line's first cell (a list item after its box) and a box a space
  // before its text are left as they are.
  CHECK(lines[2].cells.size() == 1);
  CHECK(lines[2].cells[0].checkbox == CheckboxState::kNone);
  CHECK(lines[3].cells.size() == 2);
  CHECK(lines[3].cells[1].checkbox == CheckboxState::kNone);
}

TEST_CASE("field marks: html2text's boxes read one by one, forwards and backwards") {
  const std::string t = "som \u2070*x*";
  CHECK(Html2textBoxAt(t, 4) == 3);  // "⁰"
  CHECK(Html2textBoxAt(t, 7) == 1);  // "*"
  CHECK(Html2textBoxAt(t, 8) == 0);  // "x"
  CHECK(Html2textBoxAt(t, 3) == 0);
  CHECK(Html2textBoxAt(t, t.size()) == 0);
  CHECK(Html2textBoxAt(t, 5) == 0);  // inside the "⁰"
  CHECK(Html2textBoxBefore(t, t.size()) == 1);
  CHECK(Html2textBoxBefore(t, 8) == 1);
  CHECK(Html2textBoxBefore(t, 7) == 3);
  CHECK(Html2textBoxBefore(t, 4) == 0);
  CHECK(Html2textBoxBefore(t, 0) == 0);
  CHECK(Html2textBoxBefore(t, t.size() + 1) == 0);
}

TEST_CASE("field marks: html2text's check boxes, glued ones a cell each") {
  // html2text -utf8 writes an empty form box "⁰" (U+2070), a ticked one "*".
  const std::string e = "\u2070";
  std::vector<Line> lines = {
      LaidOut(1, {{"Ja Nej", 55}}),
      LaidOut(2, {{"Ombuden har erbjudits utbildning.", 0}, {e + "*", 55}}),
      LaidOut(4, {{"Ombuden har erbjudits handledning.", 0}, {"*", 64}, {e, 67}}),
      LaidOut(6, {{"*Kopia till", 0}})};
  lines[1].cells[1].x1 = 57;  // two columns
  lines[2].cells[2].x1 = 68;
  CHECK(Html2textInputBoxes(&lines) == 4);
  REQUIRE(lines[1].cells.size() == 3);
  CHECK(lines[1].cells[1].checkbox == CheckboxState::kUnchecked);
  CHECK(lines[1].cells[1].x0 == 55);
  CHECK(lines[1].cells[1].x1 == 56);
  CHECK(lines[1].cells[2].checkbox == CheckboxState::kChecked);
  CHECK(lines[1].cells[2].x0 == 56);
  CHECK(lines[2].cells[1].checkbox == CheckboxState::kChecked);
  CHECK(lines[2].cells[2].checkbox == CheckboxState::kUnchecked);
  CHECK(lines[3].cells[0].checkbox == CheckboxState::kNone);
  // One "⁰" in a text: a superscript, no box; nor is "*" then.
  std::vector<Line> one = {LaidOut(1, {{"Antal", 0}, {e, 10}, {"*", 14}})};
  CHECK(Html2textInputBoxes(&one) == 0);
  CHECK(one[0].cells[2].checkbox == CheckboxState::kNone);
}

TEST_CASE("field marks: html2text's boxes parted from the text of their cell") {
  // A label one space before its row's boxes (its column as wide as it),
  // one space before the next cell's box, a names cell one space after its
  // box.
  const std::string e = "\u2070";
  std::vector<Line> lines = {
      LaidOut(1, {{"Ja Nej", 22}}),
      LaidOut(2, {{"Patientorganisationer " + e + "*", 0}}),
      LaidOut(3, {{"Brukarorganisationer", 0}, {"*", 22}, {e + " RSMH", 25}}),
      LaidOut(4, {{"hanteras i *", 0}, {e, 15}}),
      LaidOut(5, {{"* Kan inte bed\u00f6ma", 0}}),
      LaidOut(6, {{"Antal 2 *", 0}}),
      LaidOut(7, {{"Annan organisation", 0}, {e, 22}})};
  lines[1].cells[0].x1 = 24;
  lines[2].cells[2].x1 = 31;
  lines[3].cells[1].x1 = 16;
  CHECK(Html2textInputBoxes(&lines) == 7);
  REQUIRE(lines[1].cells.size() == 3);
  CHECK(lines[1].cells[0].text == "Patientorganisationer");
  CHECK(lines[1].cells[0].x1 == 21);
  CHECK(lines[1].cells[1].checkbox == CheckboxState::kUnchecked);
  CHECK(lines[1].cells[1].x0 == 22);
  CHECK(lines[1].cells[2].checkbox == CheckboxState::kChecked);
  CHECK(lines[1].cells[2].x0 == 23);
  REQUIRE(lines[2].cells.size() == 4);
  CHECK(lines[2].cells[2].checkbox == CheckboxState::kUnchecked);
  CHECK(lines[2].cells[2].x1 == 26);
  CHECK(lines[2].cells[3].text == "RSMH");
  CHECK(lines[2].cells[3].x0 == 27);
  REQUIRE(lines[3].cells.size() == 3);
  CHECK(lines[3].cells[0].text == "hanteras i");
  CHECK(lines[3].cells[1].checkbox == CheckboxState::kChecked);
  CHECK(lines[3].cells[1].x0 == 11);
  // A line's first cell opening with a box, and a "*" alone after a word
  // with no box after it (a footnote's mark), are left as they are.
  CHECK(lines[4].cells.size() == 1);
  CHECK(lines[5].cells.size() == 1);
}

}  // namespace field_marks_test
