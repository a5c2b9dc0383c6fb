// Tests of words to lines and cells (src/read/pdf/line_layout.h): lines,
// cells and their x ranges, superscripts, check-box glyphs, two columns,
// rotated text, degenerate words.
#include "read/pdf/line_layout.h"

#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "layout_test_support.h"

namespace redovis {
namespace line_layout_test {
namespace {

using namespace redovis::testing;

/// Adds a word as OCR gives it: its box, the row's font size, a confidence.
void AddOcrWord(PositionedPage* p, const std::string& text, double x0, double x1, double y0,
                double y1) {
  PositionedWord w;
  w.text = text;
  w.x0 = x0, w.x1 = x1, w.y0 = y0, w.y1 = y1;
  w.font_size = 9.5;
  w.confidence = 90;
  p->words.push_back(w);
}

TEST_CASE("line layout: a table row's mark sits under its column header") {
  PositionedPage p = Page();
  AddText(&p, 380, 100, 10, "Ja");
  AddText(&p, 460, 100, 10, "Nej");
  AddText(&p, 57, 120, 10, "Ombuden har erbjudits utbildning.");
  AddText(&p, 383, 120, 10, "X");
  AddText(&p, 57, 140, 10, "Totalt antal klienter");
  AddText(&p, 380, 140, 10, "29");
  AddText(&p, 460, 140, 10, "17");
  LaidOutPage laid = LayOutPage(p);
  REQUIRE(laid.lines.size() == 3);
  const Line& header = laid.lines[0].line;
  const Line& row = laid.lines[1].line;
  CHECK(Texts(header) == std::vector<std::string>{"Ja", "Nej"});
  CHECK(Texts(row) == std::vector<std::string>{"Ombuden har erbjudits utbildning.", "X"});
  CHECK(Overlap(row.cells[1], header.cells[0]));
  CHECK_FALSE(Overlap(row.cells[1], header.cells[1]));
  CHECK(Texts(laid.lines[2].line) == std::vector<std::string>{"Totalt antal klienter", "29", "17"});
  for (const LaidOutLine& l : laid.lines) CHECK(l.line.page == 1);
}

TEST_CASE("line layout: a wrapped label stays on its own lines, the next row's values on theirs") {
  PositionedPage p = Page();
  AddText(&p, 57, 100, 10, "Har ni under 2020 haft kö eller väntetid för");
  AddText(&p, 383, 100, 10, "x");
  AddText(&p, 57, 112, 10, "personer som söker kontakt?");
  AddText(&p, 57, 130, 10, "Om ja, uppskatta väntetiden.");
  AddText(&p, 460, 130, 10, "3");
  LaidOutPage laid = LayOutPage(p);
  REQUIRE(laid.lines.size() == 3);
  CHECK(Texts(laid.lines[0].line) ==
        std::vector<std::string>{"Har ni under 2020 haft kö eller väntetid för", "x"});
  CHECK(Texts(laid.lines[1].line) == std::vector<std::string>{"personer som söker kontakt?"});
  CHECK(Texts(laid.lines[2].line) == std::vector<std::string>{"Om ja, uppskatta väntetiden.", "3"});
}

TEST_CASE("line layout: a raised small digit becomes a superscript; glyph boxes set check states") {
  PositionedPage p = Page();
  AddText(&p, 57, 100, 10, "Ange antal tjänster med 2 decimaler");
  PositionedWord sup;
  sup.text = "1";
  sup.x0 = p.words.back().x1;
  sup.x1 = sup.x0 + 3;
  sup.y0 = 99;
  sup.y1 = 106;
  sup.font_size = 6;
  sup.space_after = false;
  p.words.back().space_after = false;
  p.words.push_back(sup);
  AddText(&p, 57, 130, 10, "\u2612 Kan inte bedöma");
  AddText(&p, 57, 150, 10, "\u2610 Nej");
  LaidOutPage laid = LayOutPage(p);
  REQUIRE(laid.lines.size() == 3);
  CHECK(laid.lines[0].line.cells[0].text == "Ange antal tjänster med 2 decimaler\u00b9");
  REQUIRE(!laid.lines[1].line.cells.empty());
  CHECK(laid.lines[1].line.cells[0].checkbox == CheckboxState::kChecked);
  CHECK(laid.lines[1].line.cells[0].text == "Kan inte bedöma");
  CHECK(laid.lines[2].line.cells[0].checkbox == CheckboxState::kUnchecked);
}

TEST_CASE("line layout: OCR's raised small digit, its font size the row's, becomes a superscript") {
  // OCR gives every word of a row the row's height as its font size: the
  // note number at a footnote's start is small only by its box.
  PositionedPage p = Page();
  p.ocr = true;
  auto add = [&](const std::string& text, double x0, double x1, double y0, double y1) {
    AddOcrWord(&p, text, x0, x1, y0, y1);
  };
  add("1", 57.4, 59.8, 189.8, 193.9);
  add("Anges", 63.4, 90.5, 190.1, 199.4);
  add("med", 94.6, 113, 189.6, 197.5);
  add("två", 116.9, 130.3, 188.4, 197.5);
  add("decimaler.", 134.4, 180.5, 189.6, 197.5);
  // A digit on the line itself stays a digit, however short its row's words.
  add("7", 300, 304, 190.4, 197.5);
  add("timmar", 310, 340, 189.6, 197.5);
  LaidOutPage laid = LayOutPage(p);
  REQUIRE(laid.lines.size() == 1);
  REQUIRE(!laid.lines[0].line.cells.empty());
  CHECK(laid.lines[0].line.cells[0].text.rfind("\u00b9 Anges med", 0) == 0);
  CHECK(laid.lines[0].line.cells.back().text.find("7 timmar") != std::string::npos);
}

TEST_CASE("line layout: OCR's note mark is told by its box, whatever character OCR read") {
  // A footnote's raised "²" that OCR read as "?" (a grey, stamped scan of
  // sample 003): small and raised, so a note's mark. A dash or a bullet
  // stands lower; a short word on the line is no mark; a text layer's
  // characters are taken as they are.
  auto line_with = [](const std::string& first, double y0, double y1, bool ocr = true,
                      double gap = 0) {
    PositionedPage p = Page();
    p.ocr = ocr;
    auto add = [&](const std::string& text, double x0, double x1, double wy0, double wy1) {
      AddOcrWord(&p, text, x0, x1, wy0, wy1);
    };
    add(first, 57.4, 60.2, y0, y1);
    add("Inkluderar", 63.4 + gap, 108.5 + gap, 190.1, 197.5);
    add("även", 112.6, 133, 189.9, 197.5);
    add("barn", 136.9, 157.3, 190.1, 197.5);
    LaidOutPage laid = LayOutPage(p);
    REQUIRE(laid.lines.size() == 1);
    return laid.lines[0].note_mark;
  };
  CHECK(line_with("?", 189.8, 193.9));               // "²" read as "?"
  CHECK(line_with("*", 189.6, 193.2));               // or as "*"
  CHECK(line_with("2", 189.8, 193.9));               // or as the digit: a superscript
  CHECK_FALSE(line_with("-", 193.0, 194.2));         // a dash: its top far below the words'
  CHECK_FALSE(line_with("•", 192.0, 195.4));         // a bullet
  CHECK_FALSE(line_with("a", 192.6, 197.5));         // a letter on the line
  CHECK_FALSE(line_with("?", 189.8, 197.5));         // a full-height question mark
  CHECK_FALSE(line_with("?", 189.8, 193.9, false));  // a text layer's "?" is a "?"
  // A scrap of a signature over a row ("NE" on 001's stamped, signed scan,
  // --seed 11), far from the text after it, is no mark.
  CHECK_FALSE(line_with("NE", 189.8, 193.9, true, 40));

  // The line as OCR boxed it on the 300 dpi grey scan of 003 (--seed 2), in
  // pixels: the mark's foot 18 px under its top, the words' height 31.
  PositionedPage p = Page();
  p.ocr = true;
  const struct {
    const char* text;
    double x, y, w, h;
  } boxes[] = {{"?", 237, 1236, 12, 18},
               {"Inkluderar", 266, 1235, 181, 32},
               {"även", 460, 1236, 85, 31},
               {"barn", 562, 1236, 79, 31},
               {"till", 656, 1235, 36, 32},
               {"maka/make/reg.", 709, 1235, 291, 40},
               {"partner/sambo", 1018, 1235, 264, 40},
               {"som", 1297, 1243, 74, 24},
               {"är", 1388, 1236, 34, 31},
               {"hemmavarande", 1437, 1236, 284, 31}};
  for (const auto& b : boxes) {
    PositionedWord w;
    w.text = b.text;
    w.x0 = b.x * 0.24, w.x1 = (b.x + b.w) * 0.24, w.y0 = b.y * 0.24, w.y1 = (b.y + b.h) * 0.24;
    w.font_size = 10;
    p.words.push_back(w);
  }
  LaidOutPage laid = LayOutPage(p);
  REQUIRE(laid.lines.size() == 1);
  CHECK(laid.lines[0].note_mark);
}

TEST_CASE(
    "line layout: an OCR cell's words after its last word with a letter carry their own "
    "confidence") {
  // The line as Tesseract boxed it on the never-seen sample 003 printed to
  // PostScript and back (mark-centre, page 1, 300 dpi), in pixels: the
  // label's "decimaler!:" read at 74, the answer "1,0" beside it at 96, one
  // cell.
  const struct {
    const char* text;
    double x, y, w, h;
    float confidence;
  } boxes[] = {{"Ange", 237, 2092, 95, 38, 96.6f},      {"antal", 347, 2091, 85, 30, 96.6f},
               {"tjänster", 447, 2091, 136, 39, 95.9f}, {"med", 598, 2091, 75, 30, 96.3f},
               {"2", 689, 2092, 19, 29, 91.7f},         {"decimaler!:", 724, 2091, 200, 30, 74.1f},
               {"1,0", 943, 2092, 53, 34, 96.4f}};
  auto lay_out = [&](size_t count, bool ocr) {
    PositionedPage p = Page();
    p.ocr = ocr;
    for (size_t i = 0; i < count; ++i) {
      const auto& b = boxes[i];
      PositionedWord w;
      w.text = b.text;
      w.x0 = b.x * 0.24, w.x1 = (b.x + b.w) * 0.24, w.y0 = b.y * 0.24, w.y1 = (b.y + b.h) * 0.24;
      w.font_size = 10;
      w.confidence = b.confidence;
      p.words.push_back(w);
    }
    LaidOutPage laid = LayOutPage(p);
    REQUIRE(laid.lines.size() == 1);
    REQUIRE(laid.lines[0].line.cells.size() == 1);
    return laid.lines[0].line.cells[0];
  };
  Cell whole = lay_out(7, true);
  CHECK(whole.text == "Ange antal tjänster med 2 decimaler!: 1,0");
  CHECK(whole.ocr_confidence == 74);       // the least sure word's
  CHECK(whole.ocr_tail_confidence == 96);  // "1,0"'s
  // A cell ending in a word with a letter has no such words.
  Cell label = lay_out(6, true);
  CHECK(label.ocr_confidence == 74);
  CHECK(label.ocr_tail_confidence == -1);
  // The "2" before "decimaler!:" is not at the cell's end.
  Cell two = lay_out(5, true);
  CHECK(two.ocr_tail_confidence == 91);
  // A text layer's cell: none.
  CHECK(lay_out(7, false).ocr_tail_confidence == -1);
}

TEST_CASE("line layout: ASCII whose bytes a font's Unicode map swapped is read as ASCII") {
  // Ghostscript's pdfwrite maps the "fl" ligature of some fonts to
  // U+6600 U+6C00: 'f' and 'l' in the wrong byte order.
  PositionedPage p = Page();
  AddText(&p, 57, 100, 10, "har fått \u6600\u6C00era klienter");
  AddText(&p, 57, 130, 10, "ge\u6600\u6C00");
  // Ideographs written as ideographs stay what they are.
  AddText(&p, 57, 160, 10, "\u6600\u6C00 \u6600");
  LaidOutPage laid = LayOutPage(p);
  REQUIRE(laid.lines.size() == 3);
  CHECK(laid.lines[0].line.cells[0].text == "har fått flera klienter");
  CHECK(laid.lines[1].line.cells[0].text == "gefl");
  CHECK(laid.lines[2].line.cells[0].text == "\u6600\u6C00 \u6600");
}

TEST_CASE("line layout: a two-column page reads the left column before the right") {
  PositionedPage p = Page();
  for (int i = 0; i < 8; ++i) {
    double top = 100 + 14 * i;
    AddText(&p, 57, top, 10,
            "vänster spalt rad " + std::to_string(i) + " med en del mer text i sig");
    AddText(&p, 310, top + 3, 10,
            "höger spalt rad " + std::to_string(i) + " med en del mer text i sig");
  }
  LaidOutPage laid = LayOutPage(p);
  REQUIRE(laid.lines.size() == 16);
  for (int i = 0; i < 8; ++i) {
    CHECK(laid.lines[i].line.cells.size() == 1);
    CHECK(laid.lines[i].line.cells[0].text.rfind("vänster", 0) == 0);
    CHECK(laid.lines[8 + i].line.cells[0].text.rfind("höger", 0) == 0);
  }
}

TEST_CASE("line layout: a sheet of four pages reads each page in turn, never across the gutter") {
  // Four half-size pages whose lines stand at the same heights: a line of
  // the top left page must not be joined to the top right page's beside it.
  PositionedPage p = Page();
  const char* names[] = {"ett", "två", "tre", "fyra"};
  for (int k = 0; k < 4; ++k) AddQuarterPage(&p, k % 2 ? 297.5 : 0, k < 2 ? 0 : 421, names[k]);
  LaidOutPage laid = LayOutPage(p);
  REQUIRE(laid.lines.size() == 4 * 31);
  for (int k = 0; k < 4; ++k) {
    CHECK(Texts(laid.lines[31 * k].line) ==
          std::vector<std::string>{std::string("Sida ") + names[k]});
    for (int i = 1; i < 31; ++i) {
      REQUIRE(laid.lines[31 * k + i].line.cells.size() == 1);
      const std::string& text = laid.lines[31 * k + i].line.cells[0].text;
      CHECK(text.substr(text.rfind(' ') + 1) == names[k]);
    }
  }
}

TEST_CASE("line layout: a form table with a narrow answer column is not two columns") {
  PositionedPage p = Page();
  for (int i = 0; i < 8; ++i) {
    double top = 100 + 16 * i;
    AddText(&p, 57, top, 10,
            "en lång fråga i formulärets första kolumn nummer " + std::to_string(i));
    AddText(&p, 470, top, 10, std::to_string(10 + i));
  }
  LaidOutPage laid = LayOutPage(p);
  REQUIRE(laid.lines.size() == 8);
  for (const LaidOutLine& l : laid.lines) CHECK(l.line.cells.size() == 2);
}

TEST_CASE("line layout: text set sideways is read in its own frame, after the page's text") {
  PositionedPage p = Page();
  AddText(&p, 57, 100, 10, "Vanlig rad");
  // "Dnr 123" running top to bottom in the left margin (rotation 1).
  PositionedWord a{"Dnr", 20, 300, 32, 318, 10, true, 1};
  PositionedWord b{"123", 20, 321, 32, 336, 10, true, 1};
  p.words.push_back(a);
  p.words.push_back(b);
  LaidOutPage laid = LayOutPage(p);
  REQUIRE(laid.lines.size() == 2);
  CHECK(laid.lines[0].line.cells[0].text == "Vanlig rad");
  CHECK(laid.lines[1].line.Text() == "Dnr 123");
}

TEST_CASE("line layout: degenerate input gives no lines and no crash") {
  PositionedPage p = Page();
  PositionedWord blank{"   ", 10, 10, 20, 20, 10, true, 0};
  PositionedWord nan{"x", std::nan(""), 10, 20, 20, 10, true, 0};
  PositionedWord flat{"y", 10, 30, 20, 30, 0, true, 7};
  p.words = {blank, nan, flat};
  LaidOutPage laid = LayOutPage(p);
  CHECK(laid.lines.size() == 1);  // only "y" (a zero-height box, an odd rotation)
  CHECK(LayOutPage(Page()).lines.empty());
}

}  // namespace
}  // namespace line_layout_test
}  // namespace redovis
