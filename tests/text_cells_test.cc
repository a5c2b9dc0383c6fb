#include "read/text/text_cells.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "read/glyphs.h"
#include "read/text/cut_lines.h"
#include "read/text/text_layout.h"
#include "test_paths.h"
#include "text_layout_test_support.h"

namespace text_cells_test {

using namespace redovis;
using namespace redovis::testing;

TEST_CASE("layout: runs of two or more spaces are cell boundaries, with columns") {
  std::vector<Cell> cells = SplitAtGaps("  Totalt antal klienter   49      32");
  REQUIRE(cells.size() == 3);
  CHECK(cells[0].text == "Totalt antal klienter");
  CHECK(cells[0].x0 == 2);
  CHECK(cells[0].x1 == 23);
  CHECK(cells[1].text == "49");
  CHECK(cells[1].x0 == 26);
  CHECK(cells[2].text == "32");
  CHECK(cells[2].x0 == 34);
  CHECK(cells[2].x1 == 36);
}

TEST_CASE("layout: leader dots after a cell's text part it from the next, as a gap does") {
  // A typed form's label led to its answer: five full stops or more, or two
  // ellipses, spaces round them or none.
  std::vector<Cell> cells = SplitAtGaps("Kommun........ Timrå   X");
  REQUIRE(cells.size() == 3);
  CHECK(cells[0].text == "Kommun");
  CHECK(cells[0].x0 == 0);
  CHECK(cells[0].x1 == 6);
  CHECK(cells[1].text == "Timrå");
  CHECK(cells[1].x0 == 15);
  CHECK(cells[2].text == "X");
  cells = SplitAtGaps("Kommun . . . . . . Timrå");
  REQUIRE(cells.size() == 2);
  CHECK(cells[0].text == "Kommun");
  CHECK(cells[1].text == "Timrå");
  cells = SplitAtGaps("Ange antalet personliga ombud \u2026\u2026 1 kvinnor och 1 män");
  REQUIRE(cells.size() == 2);
  CHECK(cells[1].text == "1 kvinnor och 1 män");
  // At the line's end the dots are dropped: the label alone.
  cells = SplitAtGaps("Bostad ..........");
  REQUIRE(cells.size() == 1);
  CHECK(cells[0].text == "Bostad");
  // An ellipsis of three or four dots, dots opening the line, a number's
  // points: text.
  for (const char* text :
       {"vi har fått fler klienter.... och fler uppdrag", "..........  Timrå", "1.000.000 kr"}) {
    CAPTURE(text);
    cells = SplitAtGaps(text);
    CHECK(cells.front().text.find('.') != std::string::npos);
  }
  CHECK(SplitAtGaps("vi har fått fler klienter.... och fler uppdrag").size() == 1);
  CHECK(SplitAtGaps("osv. . . och mer").size() == 1);
}

TEST_CASE("PartedAtLeaders: a tabbed cell parted where leader dots follow its text") {
  CHECK(PartedAtLeaders("Aktiebolag........ Nej, det har vi inte.") ==
        std::vector<std::string>{"Aktiebolag", "Nej, det har vi inte."});
  CHECK(PartedAtLeaders("Kommun ..... Timrå ..... Sala") ==
        std::vector<std::string>{"Kommun", "Timrå", "Sala"});
  CHECK(PartedAtLeaders("Bostad......") == std::vector<std::string>{"Bostad"});
  // None after text: the cell as it is, spaces and all.
  CHECK(PartedAtLeaders(" Timrå ") == std::vector<std::string>{" Timrå "});
  CHECK(PartedAtLeaders("") == std::vector<std::string>{""});
  CHECK(PartedAtLeaders("osv.... och mer") == std::vector<std::string>{"osv.... och mer"});
  CHECK(PartedAtLeaders("...... Timrå") == std::vector<std::string>{"...... Timrå"});
  // Dots one space apart, and ellipses (three dots each), lead as well; a
  // cell with neither two dots together nor an ellipsis is passed as it is.
  CHECK(PartedAtLeaders("Kommun . . . . . Timrå") == std::vector<std::string>{"Kommun", "Timrå"});
  CHECK(PartedAtLeaders("Kommun \u2026\u2026 Timrå") ==
        std::vector<std::string>{"Kommun", "Timrå"});
  CHECK(PartedAtLeaders("Kommun. Timrå. Sala.") ==
        std::vector<std::string>{"Kommun. Timrå. Sala."});
}

TEST_CASE("layout: columns count characters, not bytes") {
  std::vector<Cell> cells = SplitAtGaps("Män  Kvinnor");
  REQUIRE(cells.size() == 2);
  CHECK(cells[1].x0 == 5);
}

TEST_CASE("layout: a run of no-break spaces is a gap; a lone one keeps its words together") {
  // An HTML editor's "&nbsp; &nbsp;" for a run of spaces, and a run of
  // no-break spaces alone: gaps as wide as they show.
  for (const char* line : {"Totalt antal klienter \u00A0 \u00A049 \u00A0 32",
                           "Totalt antal klienter\u00A0\u00A0\u00A0\u00A049\u00A0\u00A0\u00A032"}) {
    CAPTURE(line);
    std::vector<Cell> cells = SplitAtGaps(line);
    REQUIRE(cells.size() == 3);
    CHECK(cells[0].text == "Totalt antal klienter");
    CHECK(cells[1].text == "49");
    CHECK(cells[1].x0 == 25);
    CHECK(cells[2].text == "32");
    CHECK(cells[2].x0 == 30);
  }
  // A lone no-break space between two words (a word processor's "keep
  // together"), a figure space inside a number: one cell.
  std::vector<Cell> cells = SplitAtGaps("Totalt\u00A0antal klienter  12\u2007000");
  REQUIRE(cells.size() == 2);
  CHECK(cells[0].text == "Totalt\u00A0antal klienter");
  CHECK(cells[1].text == "12\u2007000");
}

TEST_CASE("layout: a combining mark, a soft hyphen or a zero-width space takes no column") {
  // "därav 65 år och över" in NFD (a + U+0308, a + U+030A, o + U+0308), and
  // with a SOFT HYPHEN and a ZERO WIDTH SPACE: the counts stand in the
  // columns they show in, those of the same line in NFC.
  std::vector<Cell> nfc = SplitAtGaps("  d\xC3\xA4rav 65 \xC3\xA5r och \xC3\xB6ver     12    1");
  std::vector<Cell> nfd = SplitAtGaps("  da\xCC\x88rav 65 a\xCC\x8Ar och o\xCC\x88ver     12    1");
  std::vector<Cell> soft =
      SplitAtGaps("  d\xC3\xA4rav 65 \xC3\xA5r och \xC3\xB6\xC2\xADver\xE2\x80\x8B     12    1");
  for (const std::vector<Cell>* cells : {&nfd, &soft}) {
    REQUIRE(cells->size() == 3);
    for (size_t k = 0; k < 3; ++k) {
      CAPTURE(k);
      CHECK((*cells)[k].x0 == nfc[k].x0);
      CHECK((*cells)[k].x1 == nfc[k].x1);
    }
  }
  CHECK(nfd[0].text == "da\xCC\x88rav 65 a\xCC\x8Ar och o\xCC\x88ver");  // the text as it was
  Columns c(
      "a\xCC\x88"
      "b");
  CHECK(c.size() == 2);
  CHECK(c.Sub(0, 1) == "a\xCC\x88");
  CHECK(ZeroWidth(0x00AD));
  CHECK(ZeroWidth(0x200B));
  CHECK(!ZeroWidth(0x00E4));
  CHECK(!ZeroWidth(' '));
  // A fold's word-break mark after the cut's (cut_lines.h) takes none; the
  // cut's own takes one, as it always has.
  CHECK(ZeroWidth(0xE004));
  CHECK(!ZeroWidth(0xE002));
  CHECK(Columns(std::string("Kv") + kCutLine + kFoldBreak).size() == 3);
}

TEST_CASE("ColumnCount: the columns Columns gives, without the index") {
  for (const char* s : {"", "Antal klienter", "d\xC3\xA4rav 65 \xC3\xA5r",
                        "a\xCC\x88"
                        "b",
                        "\xCC\x88"
                        "ab",  // a mark with no column before it
                        "\xC3\xB6\xC2\xAD"
                        "ver\xE2\x80\x8B",  // soft hyphen, zero width space
                        "a\xC2\xA0\xC2\xA0"
                        "b",  // no-break spaces: a column each
                        "\xC3",
                        "a\xE2\x82"
                        "b",
                        "\xF0\x9F\x98\x80!"}) {
    CAPTURE(s);
    CHECK(ColumnCount(s) == Columns(s).size());
  }
  CHECK(ColumnCount("a\xCC\x88"
                    "b") == 2);
  CHECK(ColumnCount("d\xC3\xA4rav") == 5);
}

TEST_CASE("GapSpans: SplitAtGaps' cells' extents, without their text") {
  std::vector<std::string> lines = {"",
                                    "   ",
                                    "  Totalt antal klienter   49      32",
                                    "Män  Kvinnor",
                                    "Vi har haft kö.  Kön var tre månader lång.",
                                    "Har ni haft kö?   ☐   ☒   x",
                                    "Patientorganisationer ☐  ☒",
                                    "Annan ☒  RSMH",
                                    "Ja ☒ Nej ☐  ☐",
                                    "haft kö för personer☐   ☒          ☐",
                                    "personer☐",
                                    "Ja☒ Nej☐  ☐",
                                    "Brukarorganisationer      ☒           ☐RSMH",
                                    "☐RSMH  ☒",
                                    "a\xC2\xA0\xC2\xA0  b",
                                    "d\xC3\xA4rav\xCC\x88  65 \xC3\xA5r  \xE2\x98\x90"};
  // and every line of the samples' texts
  for (const auto& e : std::filesystem::directory_iterator(std::string(SourceDir()) + "/samples")) {
    if (e.path().extension() != ".txt") continue;
    std::ifstream f(e.path());
    for (std::string l; std::getline(f, l);) lines.push_back(l);
  }
  REQUIRE(lines.size() > 100);
  size_t boxes = 0;
  for (const std::string& l : lines) {
    CAPTURE(l);
    std::vector<Cell> cells = SplitAtGaps(l);
    std::vector<GapSpan> spans = GapSpans(l);
    REQUIRE(spans.size() == cells.size());
    for (size_t k = 0; k < cells.size(); ++k) {
      CHECK(static_cast<double>(spans[k].x0) == cells[k].x0);
      CHECK(static_cast<double>(spans[k].x1) == cells[k].x1);
      boxes += cells[k].checkbox != CheckboxState::kNone;
    }
  }
  CHECK(boxes >= 10);  // the box cases were cut as SplitAtGaps cuts them
  // The box glued to the next column's text, and the one glued to its label.
  std::vector<GapSpan> glued = GapSpans("Brukarorganisationer      ☒           ☐RSMH");
  REQUIRE(glued.size() == 4);
  CHECK(glued[2].x0 == 38);
  CHECK(glued[2].x1 == 39);
  CHECK(glued[3].x0 == 39);
  std::vector<GapSpan> label = GapSpans("haft kö för personer☐   ☒          ☐");
  REQUIRE(label.size() == 4);
  CHECK(label[0].x1 == 20);
  CHECK(label[1].x0 == 20);
}

TEST_CASE("layout: two spaces after a full stop inside a paragraph stay one cell") {
  std::vector<Cell> cells = SplitAtGaps("Vi har haft kö.  Kön var tre månader lång.");
  REQUIRE(cells.size() == 1);
  CHECK(cells[0].text == "Vi har haft kö.  Kön var tre månader lång.");
  // but a mark after a full stop is a cell of its own
  CHECK(SplitAtGaps("Ombuden har erbjudits utbildning.  X").size() == 2);
  CHECK(SplitAtGaps("   ").empty());
}

TEST_CASE("layout: a cell holding only a check-box glyph has that check box's state") {
  std::vector<Cell> cells = SplitAtGaps("Har ni haft kö?   ☐   ☒   x");
  REQUIRE(cells.size() == 4);
  CHECK(cells[0].checkbox == CheckboxState::kNone);
  CHECK(cells[1].checkbox == CheckboxState::kUnchecked);
  CHECK(cells[2].checkbox == CheckboxState::kChecked);
  CHECK(cells[2].text == "☒");
  CHECK(cells[3].checkbox == CheckboxState::kNone);
}

TEST_CASE("layout: a check box one space after its label, a box after it, is a cell of its own") {
  // w3m's and lynx's tables: the label column as wide as its longest label
  std::vector<Cell> cells = SplitAtGaps("Patientorganisationer ☐  ☒");
  REQUIRE(cells.size() == 3);
  CHECK(cells[0].text == "Patientorganisationer");
  CHECK(cells[0].x1 == 21);
  CHECK(cells[1].checkbox == CheckboxState::kUnchecked);
  CHECK(cells[1].x0 == 22);
  CHECK(cells[2].checkbox == CheckboxState::kChecked);
  // no box after it, or a box inside the text: one cell as before
  CHECK(SplitAtGaps("Ja ☒").size() == 1);
  CHECK(SplitAtGaps("Annan ☒  RSMH").size() == 2);
  CHECK(SplitAtGaps("Ja ☒ Nej ☐  ☐").size() == 2);
}

TEST_CASE("layout: a check box glued to its label, a box after it, is a cell of its own") {
  // `pdftotext -layout -fixed 5`: the label's words run into the first box's column
  std::vector<Cell> cells = SplitAtGaps("haft kö för personer☐   ☒          ☐");
  REQUIRE(cells.size() == 4);
  CHECK(cells[0].text == "haft kö för personer");
  CHECK(cells[0].x1 == 20);
  CHECK(cells[1].checkbox == CheckboxState::kUnchecked);
  CHECK(cells[1].x0 == 20);
  CHECK(cells[2].checkbox == CheckboxState::kChecked);
  CHECK(cells[3].checkbox == CheckboxState::kUnchecked);
  // no box after it, or another box in the text: one cell as before
  CHECK(SplitAtGaps("personer☐").size() == 1);
  CHECK(SplitAtGaps("Ja☒ Nej☐  ☐").size() == 2);
}

TEST_CASE("layout: a check box glued to the next column's text is a cell of its own") {
  std::vector<Cell> cells = SplitAtGaps("Brukarorganisationer      ☒           ☐RSMH");
  REQUIRE(cells.size() == 4);
  CHECK(cells[2].text == "☐");
  CHECK(cells[2].checkbox == CheckboxState::kUnchecked);
  CHECK(cells[2].x0 == 38);
  CHECK(cells[2].x1 == 39);
  CHECK(cells[3].text == "RSMH");
  CHECK(cells[3].x0 == 39);
}

TEST_CASE("layout: a cell of one check-box glyph reads the one glyph table") {
  // Every glyph of glyphs.h's table, alone in a cell, is a box of its state;
  // with other text beside it, none.
  for (const BoxGlyph& g : UnicodeBoxGlyphs()) {
    std::string glyph = EncodeUtf8(g.code);
    CHECK(GlyphBox(glyph) == g.state);
    CHECK(GlyphBox(glyph + " Ja") == CheckboxState::kNone);
  }
  CHECK(GlyphBox("X") == CheckboxState::kNone);
  CHECK(GlyphBox("") == CheckboxState::kNone);
  CHECK(GlyphBox("\u00e4") == CheckboxState::kNone);
}

namespace {

// Twenty rows of two cells at column 0, as `pdftotext -layout | sed
// 's/^ *//'` writes a page, and after them a page whose first line kept its
// margin behind the form feed: one line in twenty-two past column 0.
std::vector<Line> StrippedPages() {
  static std::vector<std::string> rows;
  if (rows.empty())
    for (int k = 1; k <= 20; ++k) rows.push_back("Rad " + std::to_string(k) + "          a");
  std::vector<Line> out;
  int n = 0;
  for (const std::string& r : rows) {
    ++n;
    out.push_back(MakeLine(TextLine{r, 1, n}, SplitAtGaps(r)));
  }
  const char* first = "                   Beviljat, kr           Årsanställningar";
  out.push_back(MakeLine(TextLine{first, 2, ++n}, SplitAtGaps(first)));
  const char* next = "4 045 300              10,00";
  out.push_back(MakeLine(TextLine{next, 2, ++n}, SplitAtGaps(next)));
  return out;
}

}  // namespace

TEST_CASE("layout: a text whose left margin was stripped is told by its lines at column 0") {
  std::vector<Line> lines = StrippedPages();
  CHECK(MarginStripped(lines));
  // The same lines each indented by a margin: a layout text.
  for (Line& l : lines)
    for (Cell& c : l.cells) {
      c.x0 += 19;
      c.x1 += 19;
    }
  CHECK_FALSE(MarginStripped(lines));
  // Seven rows of columns are too few to tell.
  lines = StrippedPages();
  lines.erase(lines.begin() + 7, lines.end());
  CHECK_FALSE(MarginStripped(lines));
}

TEST_CASE("layout: a stripped text's page-first line is moved left as the strip moved the others") {
  std::vector<Line> lines = StrippedPages();
  std::vector<bool> plain(lines.size(), true);
  AlignPageStarts(&lines, plain);
  const Line& first = lines[20];
  REQUIRE(first.cells.size() == 2);
  CHECK(first.cells[0].x0 == 0);
  CHECK(first.cells[1].x0 == 42 - 19);
  CHECK(lines[21].cells[0].x0 == 0);  // a line the strip reached: as it was
  // A layout text keeps its margins.
  std::vector<Line> layout = StrippedPages();
  for (size_t k = 0; k < 20; ++k)
    for (Cell& c : layout[k].cells) c.x0 += 19;
  AlignPageStarts(&layout, plain);
  CHECK(layout[20].cells[0].x0 == 19);
}

namespace {

// StrippedPages' first page with `more` after it on the same page: the
// strip's lines at column 0 around a table's header and its row.
std::vector<Line> StrippedWith(const std::vector<std::string>& more) {
  std::vector<Line> out = StrippedPages();
  out.resize(20);
  int n = 20;
  for (const std::string& t : more) out.push_back(MakeLine(TextLine{t, 1, ++n}, SplitAtGaps(t)));
  return out;
}

std::vector<double> Starts(const Line& l) {
  std::vector<double> out;
  for (const Cell& c : l.cells)
    if (!c.text.empty()) out.push_back(c.x0);
  return out;
}

}  // namespace

TEST_CASE("layout: a stripped text's header line is moved back over its row's counts and boxes") {
  std::vector<Line> lines = StrippedWith(
      {"Kvinnor            Män",
       "Totalt antal klienter                                                 29                 5",
       "Ja      Nej      Om ja, ange vilken/vilka:",
       "Patientorganisationer                    \u2610       \u2612"});
  std::vector<bool> plain(lines.size(), true);
  AlignHeadersOverRows(&lines, plain);
  CHECK(Starts(lines[20]) == std::vector<double>{70, 89});
  CHECK(lines[20].origin == kRealignedHeaderOrigin);
  CHECK(Starts(lines[21]) == std::vector<double>{0, 70, 89});  // the row as it was
  // A header cell past the row's values stands over a column left empty.
  CHECK(Starts(lines[22]) == std::vector<double>{41, 49, 58});
  // The moved headers still count at column 0: the text is still stripped.
  CHECK(MarginStripped(lines));
}

TEST_CASE("layout: a stripped text's header and its words' wraps are moved back over the row") {
  // The 2020 form's queue question: each column's note in its word's cell,
  // wrapped onto a second line, both moved to column 0; the row's three
  // boxes prove the first line's place, its cells' starts the second's.
  std::vector<Line> lines = StrippedWith(
      {"Ja   Delvis (t.ex. om det är kö i 3 av 12     N",
       "kommuner)                                ej",
       "Har ni under 2020 haft kö eller väntetid för personer        \u2612    \u2610      "
       "                                  \u2610"});
  std::vector<bool> plain(lines.size(), true);
  AlignHeadersOverRows(&lines, plain);
  CHECK(Starts(lines[20]) == std::vector<double>{61, 66, 107});
  CHECK(Starts(lines[21]) == std::vector<double>{66, 107});
  CHECK(lines[21].origin == kRealignedHeaderOrigin);
  CHECK(MarginStripped(lines));
}

TEST_CASE(
    "layout: a stripped text's header stays where it is when its row does not prove a place") {
  const std::vector<std::string> kept[] = {
      // The gaps between the header's words are not the row's.
      {"Kvinnor  Män", "Totalt antal klienter                 29                 5"},
      // A digit in the header: a row of its own.
      {"2021      2022", "Beviljat, kr                  100      200"},
      // The line under it is no row of counts or boxes.
      {"Kvinnor            Män", "Om ja, ange vilka                 se bilaga"},
      // One value: no gap to prove the place.
      {"Kvinnor            Män", "Totalt antal klienter                 29"},
      // A line of wraps whose gap is none of the header's: where it stood is not told.
      {"Ja   Delvis (t.ex. om det är kö i 3 av 12     N", "kommuner)                   ej",
       "Har ni under 2020 haft kö eller väntetid för personer        \u2612    \u2610      "
       "                                  \u2610"},
      // A wrap of one word fits under any header cell.
      {"Kvinnor            Män", "or",
       "Totalt antal klienter                       29                 5"},
      // Words with a digit over two values only: no header's proof.
      {"Ja  Delvis 3 av 12", "Totalt antal klienter                 29     5"},
  };
  for (const std::vector<std::string>& more : kept) {
    std::vector<Line> lines = StrippedWith(more);
    std::vector<bool> plain(lines.size(), true);
    const std::vector<double> before = Starts(lines[20]);
    AlignHeadersOverRows(&lines, plain);
    CHECK(Starts(lines[20]) == before);
    CHECK(lines[20].origin.empty());
  }
  // A layout text (its lines indented: not stripped) is left as it is.
  std::vector<Line> layout = StrippedWith({"Kvinnor            Män",
                                           "Totalt antal klienter                                  "
                                           "               29                 5"});
  for (Line& l : layout)
    for (Cell& c : l.cells) c.x0 += 19, c.x1 += 19;
  std::vector<bool> plain(layout.size(), true);
  AlignHeadersOverRows(&layout, plain);
  CHECK(Starts(layout[20]) == std::vector<double>{19, 38});
}

namespace {

// `text`'s lines cut at gaps, then at the columns under them (SplitAtColumnsBelow).
std::vector<Line> CutAtColumnsBelow(const std::string& text) {
  std::vector<Line> out;
  for (const TextLine& t : Lines(text)) out.push_back(MakeLine(t, SplitAtGaps(t.text)));
  SplitAtColumnsBelow(&out, std::vector<bool>(out.size(), true));
  return out;
}

}  // namespace

TEST_CASE("layout: two labels a space apart over two columns are two cells") {
  // `pdftotext -layout -fixed 5`: the gap between the labels squeezed to one space
  std::vector<Line> out = CutAtColumnsBelow(
      "Beviljat statsbidrag, kr Årsanställningar, ange antal\n"
      "                         decimaler, t.ex. två halvtider\n"
      "804 246:-                2,0\n");
  REQUIRE(out.size() == 3);
  CHECK(Texts(out[0]) == V{"Beviljat statsbidrag, kr", "Årsanställningar, ange antal"});
  CHECK(out[0].cells[0].x1 == 24);
  CHECK(out[0].cells[1].x0 == 25);
  // a number's digit group is never cut off ("08- 5782 94" over "E-post" and "91")
  out = CutAtColumnsBelow(
      "Telefon 08- 5782 94\n"
      "            E-postadress\n"
      "Nämnd       91\n");
  CHECK(Texts(out[0]) == V{"Telefon 08- 5782 94"});
  // one line under it showing the column is not enough where a line goes on
  // under it without the column
  out = CutAtColumnsBelow(
      "Beviljat statsbidrag, kr Årsanställningar, ange antal\n"
      "804 246:-                2,0\n"
      "Förbrukat\n");
  CHECK(Texts(out[0]) == V{"Beviljat statsbidrag, kr Årsanställningar, ange antal"});
}

TEST_CASE("layout: a row's last line under a cell shows its two columns alone") {
  // `pdftotext -layout` sets a phone number's first line one space before
  // the next label ("021-39 E-postadress"); the row's second and last line,
  // a blank line after it, starts a cell under each ("00 00", "nf@...").
  std::vector<Line> out = CutAtColumnsBelow(
      "Nämnd Nämnden för personer med     Telefon (inkl. riktnummer) 021-39 E-postadress\n"
      "funktionsnedsättning               00 00                             nf@vasteras.se\n"
      "\n"
      "Den eller de kommuner, förutom redovisande kommun\n");
  CHECK(Texts(out[0]) ==
        V{"Nämnd Nämnden för personer med", "Telefon (inkl. riktnummer) 021-39", "E-postadress"});
  CHECK(out[0].cells[2].x0 == 69);
  // the same at the text's end
  out = CutAtColumnsBelow(
      "Beviljat statsbidrag, kr Årsanställningar, ange antal\n"
      "804 246:-                2,0\n");
  CHECK(Texts(out[0]) == V{"Beviljat statsbidrag, kr", "Årsanställningar, ange antal"});
  // a word in lower case opens no column (a typed answer over a label and its answer)
  out = CutAtColumnsBelow(
      "Ombuden har erbjudits handledning: Ja, vi har det.\n"
      "Om ja, ange vilken slags handledning:  Extern handledning.\n"
      "\n");
  CHECK(Texts(out[0]) == V{"Ombuden har erbjudits handledning: Ja, vi har det."});
  // the one line must start a cell where the cut cell starts too
  out = CutAtColumnsBelow(
      "Beviljat statsbidrag, kr Årsanställningar, ange antal\n"
      "  804 246:-              2,0\n"
      "\n");
  CHECK(Texts(out[0]) == V{"Beviljat statsbidrag, kr Årsanställningar, ange antal"});
}

namespace {

/// `tabbed` with its tabs expanded to stops every 8 columns, counted in
/// bytes (`expand`) or in characters (an editor).
std::string Expanded(const std::string& tabbed, bool bytes) {
  std::string out;
  size_t column = 0;
  for (char c : tabbed) {
    if (c == '\n') {
      out += c, column = 0;
    } else if (c == '\t') {
      do out += ' ', ++column;
      while (column % 8 != 0);
    } else {
      out += c;
      if (bytes || (static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column;
    }
  }
  return out;
}

/// A tab-separated form's lines: its contact rows, and a table of counts.
const char kTabbedForm[] =
    "Kommun\t\n"
    "Utdelningsadress\tPostnummer\tPostort Timrå\n"
    "Kontaktperson Inga-Lill Nilsson\tAvdelning/Enhet Socialförvaltningen\t\n"
    "Nämnd Socialnämnd\tTelefon (inkl. riktnummer) 060- 16 31 00\tE-postadress s@timra.se\n"
    "\n"
    "\tKvinnor\tMän\n"
    "Totalt antal klienter\t29\t5\n"
    "därav mellan 18 och 29 år\t14\t2\n"
    "därav mellan 30 och 49 år\t9\t3\n"
    "Antal nya klienter\t12\t4\n"
    "Antal avslutade klienter\t10\t2\n"
    "Sysselsättning\t3\t1\n"
    "Struktur i vardagen\t2\t2\n"
    "Ekonomi\t16\t3\n"
    "Bostad\t4\t1\n"
    "Stöd i kontakten med sjukvården\t\t1\n"
    "\tJa\tNej\n"
    "Kommun\tX\t\n"
    "Landstingets primärvård\t\tX\n"
    "Annan organisation\tX\t\tRSMH\n";

}  // namespace

TEST_CASE("CellsOnTabStops: a tabbed text whose tabs were expanded, not a laid-out page") {
  const std::string bytes = Expanded(kTabbedForm, true), chars = Expanded(kTabbedForm, false);
  REQUIRE(bytes != chars);
  CHECK(CellsOnTabStops(Lines(bytes)));
  CHECK(CellsOnTabStops(Lines(chars)));
  // A page laid out (pdftotext -layout): its cells start where they will.
  CHECK_FALSE(CellsOnTabStops(
      Lines("Kontaktperson Inga-Lill Nilsson   Avdelning/Enhet Socialförvaltningen\n"
            "                         Kvinnor      Män\n"
            "Totalt antal klienter      29          5\n"
            "därav mellan 18 och 29 år  14          2\n"
            "därav mellan 30 och 49 år   9          3\n"
            "Antal nya klienter         12          4\n"
            "Ekonomi                    16          3\n"
            "Bostad                      4          1\n"
            "Stöd i kontakten med sjukvården        1\n"
            "                          Ja     Nej\n"
            "Kommun                     X\n"
            "Landstingets primärvård           X\n"
            "Annan organisation          X            RSMH\n")));
  // A table at widths of multiples of 4 uses few stops (html2text at 32, 40).
  std::string two_columns;
  for (int k = 0; k < 12; ++k)
    two_columns += "Rad " + std::to_string(k) + std::string(28 - std::to_string(k).size(), ' ') +
                   "1       2\n";
  CHECK_FALSE(CellsOnTabStops(Lines(two_columns)));
  // Too few cells to tell.
  CHECK_FALSE(CellsOnTabStops(Lines(Expanded("a\tb\tc\nd\te\n", true))));
}

TEST_CASE("layout: a tabbed text whose tabs were expanded is not cut at the columns below") {
  // "Kontaktperson Inga-Lill" ends a column before a tab stop: the space
  // before "Nilsson" may be a tab, as the one before "Avdelning" may, and
  // the next line's "Telefon" starting at that stop proves neither.
  // (Expanded in characters, as an editor does; `expand`'s stops in bytes
  // are put back at their characters' columns first: tab_stops.h.)
  const std::string text = Expanded(kTabbedForm, false);
  std::vector<Line> out = LayOutText(Lines(text));
  REQUIRE(out.size() >= 3);
  CHECK(Texts(out[2]) == V{"Kontaktperson Inga-Lill Nilsson Avdelning/Enhet Socialförvaltningen"});
}

TEST_CASE("layout: words a space apart are not cut where a table below stands on another grid") {
  // A text browser's dump of HTML lays each table out at its own widths:
  // "Kvinnor Män" over "29      5" would be two columns, but the next
  // table, with no header of its own, sets "230 148" and "50  42" under
  // them at other columns; cut, its counts would be read under the wrong
  // column ("230 148" as 230148 women).
  std::vector<Line> out = CutAtColumnsBelow(
      "                           Kvinnor Män\n"
      "Totalt antal klienter      267     181\n"
      "därav mellan 18 och 29 år  55      50\n"
      "\n"
      "Antal nya klienter         230 148\n"
      "därav mellan 18 och 29 år  50  42\n");
  CHECK(Texts(out[0]) == V{"Kvinnor Män"});
  // The same header whose next table stands on its grid is cut.
  out = CutAtColumnsBelow(
      "                           Kvinnor Män\n"
      "Totalt antal klienter      267     181\n"
      "därav mellan 18 och 29 år  55      50\n"
      "\n"
      "Antal nya klienter         230     148\n"
      "därav mellan 18 och 29 år  50      42\n");
  CHECK(Texts(out[0]) == V{"Kvinnor", "Män"});
  // Another grid two tables lower (lynx: "9 4" one cell, then "7  3").
  out = CutAtColumnsBelow(
      "                          Kvinnor Män\n"
      "Totalt antal klienter     29      5\n"
      "därav mellan 18 och 29 år 14      2\n"
      "\n"
      "Antal nya klienter        9 4\n"
      "därav mellan 18 och 29 år 3 0\n"
      "\n"
      "Antal avslutade klienter  22 6\n"
      "därav mellan 30 och 49 år 7  3\n");
  CHECK(Texts(out[0]) == V{"Kvinnor Män"});
  // A heading after the blank line ends the part the header is read over.
  out = CutAtColumnsBelow(
      "Beviljat statsbidrag, kr Årsanställningar, ange antal\n"
      "                         decimaler, t.ex. två halvtider\n"
      "804 246:-                2,0\n"
      "\n"
      "Förbrukat statsbidrag\n"
      "\n"
      "Förbrukat statsbidrag, kr Årsanställningar på heltid\n"
      "804 246:-                 2,0\n");
  CHECK(Texts(out[0]) == V{"Beviljat statsbidrag, kr", "Årsanställningar, ange antal"});
}

TEST_CASE("layout: a run of boxes glued one to the next is a cell a box, and its text apart") {
  // html2text gives each box its bytes' columns, so a Ja/Nej pair is glued
  // ("☐☒"), glued to a label cut in bytes, or one space before a name.
  std::vector<Cell> cells = SplitAtGaps("Anhörigorganisationer☒☐ ISF");
  REQUIRE(cells.size() == 4);
  CHECK(cells[0].text == "Anhörigorganisationer");
  CHECK(cells[0].x1 == 21);
  CHECK(cells[1].checkbox == CheckboxState::kChecked);
  CHECK(cells[1].x0 == 21);
  CHECK(cells[2].checkbox == CheckboxState::kUnchecked);
  CHECK(cells[2].x0 == 22);
  CHECK(cells[3].text == "ISF");
  CHECK(cells[3].x0 == 24);
  std::vector<Cell> spaced = SplitAtGaps("Patientorganisationer ☐☒");
  REQUIRE(spaced.size() == 3);
  CHECK(spaced[0].text == "Patientorganisationer");
  CHECK(spaced[1].x0 == 22);
  CHECK(spaced[2].checkbox == CheckboxState::kChecked);
  std::vector<Cell> opening = SplitAtGaps("Brukarorganisationer  ☒☐ RSMH");
  REQUIRE(opening.size() == 4);
  CHECK(opening[2].checkbox == CheckboxState::kUnchecked);
  CHECK(opening[3].text == "RSMH");
  // A box alone, or a run two spaces from its label's words, as before.
  CHECK(SplitAtGaps("☒ Kan inte bedöma").size() == 1);
  CHECK(SplitAtGaps("Vi har sett ☒ en ökad efterfrågan").size() == 1);
}

TEST_CASE("layout: markdown's markers are taken off a cell, a rule of them stays") {
  // lynx draws pdftohtml's page rule as underscores across the page: no
  // emphasis (nothing between the markers), so the line is not left blank,
  // where a table written a cell a line would take it for an empty cell.
  const std::string rule(90, '_');
  std::vector<Line> out = LayOutText(Lines("__Ekonomi__\n" + rule + "\n**3**\n"));
  REQUIRE(out.size() == 3);
  CHECK(Texts(out[0]) == V{"Ekonomi"});
  CHECK(Texts(out[1]) == V{rule});
  CHECK(Texts(out[2]) == V{"3"});
}

TEST_CASE("IsWordRest: two or three small letters, not one letter repeated") {
  CHECK(IsWordRest("or"));
  CHECK(IsWordRest("ej"));
  CHECK(IsWordRest(" ner "));
  CHECK(IsWordRest("än"));
  CHECK_FALSE(IsWordRest("o"));
  CHECK_FALSE(IsWordRest("xx"));
  CHECK_FALSE(IsWordRest("Or"));
  CHECK_FALSE(IsWordRest("orsak"));
  CHECK_FALSE(IsWordRest("12"));
  CHECK_FALSE(IsWordRest("o r"));
}

}  // namespace text_cells_test
