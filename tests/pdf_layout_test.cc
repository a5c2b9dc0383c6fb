// Tests of the line and cell reconstruction for positioned text
// (src/pdf_layout.h): lines, cells and their x ranges, superscripts, two
// columns, rotated text, furniture and footnotes, drawn check boxes and table
// rules on synthetic images, ruled rows and wrapped paragraphs joined.
#include "read/pdf/pdf_layout.h"

#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

namespace redovis {
namespace {

/// Appends the words of `text` to `page`, set in Helvetica-like widths at
/// `size` points from x = `x`, baseline box from `top`.
void AddText(PositionedPage* page, double x, double top, double size, const std::string& text) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(start, end - start);
    if (!word.empty()) {
      PositionedWord w;
      w.text = word;
      w.x0 = x;
      w.x1 = x + 0.5 * size * static_cast<double>(word.size());
      w.y0 = top;
      w.y1 = top + 1.2 * size;
      w.font_size = size;
      page->words.push_back(w);
      x = w.x1 + 0.28 * size;
    }
    start = end + 1;
  }
}

PositionedPage Page(int number = 1) {
  PositionedPage p;
  p.number = number;
  p.width = 595;
  p.height = 842;
  return p;
}

/// The texts of a line's cells.
std::vector<std::string> Texts(const Line& line) {
  std::vector<std::string> out;
  for (const Cell& c : line.cells) out.push_back(c.text);
  return out;
}

/// True when the two cells' x ranges overlap.
bool Overlap(const Cell& a, const Cell& b) {
  return a.x0 < b.x1 && b.x0 < a.x1;
}

TEST_CASE("pdf layout: a table row's mark sits under its column header") {
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

TEST_CASE("pdf layout: a wrapped label stays on its own lines, the next row's values on theirs") {
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

TEST_CASE("pdf layout: a raised small digit becomes a superscript; glyph boxes set check states") {
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

TEST_CASE("pdf layout: a two-column page reads the left column before the right") {
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

TEST_CASE("pdf layout: a form table with a narrow answer column is not two columns") {
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

TEST_CASE("pdf layout: text set sideways is read in its own frame, after the page's text") {
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

TEST_CASE("pdf layout: running headers, page numbers and footnotes get their roles") {
  std::vector<LaidOutPage> pages;
  for (int n = 1; n <= 4; ++n) {
    PositionedPage p = Page(n);
    AddText(&p, 57, 30, 9, "Länsstyrelsen i Örebro län");
    AddText(&p, 57, 100, 10, "Brödtext på sidan " + std::to_string(n) + " med flera ord i raden");
    AddText(&p, 57, 120, 10, "Mer brödtext som är sidans innehåll och inget annat alls");
    if (n == 2) {
      AddText(&p, 57, 760, 7, "1 Anges med två decimaler.");
      AddText(&p, 57, 770, 7, "För två ombud anges 2,00.");
    }
    AddText(&p, 290, 810, 9, std::to_string(n));
    pages.push_back(LayOutPage(p));
  }
  MarkPageRoles(&pages);
  for (const LaidOutPage& p : pages) {
    CHECK(p.lines.front().line.role == LineRole::kFurniture);  // the running header
    CHECK(p.lines.back().line.role == LineRole::kFurniture);   // the page number
    CHECK(p.lines[1].line.role == LineRole::kContent);
  }
  REQUIRE(pages[1].lines.size() == 6);
  CHECK(pages[1].lines[3].line.role == LineRole::kFootnote);
  CHECK(pages[1].lines[4].line.role == LineRole::kFootnote);
}

TEST_CASE("pdf layout: a lone number in the body is not a page number") {
  std::vector<LaidOutPage> pages;
  PositionedPage p = Page();
  AddText(&p, 57, 100, 10, "Antal");
  AddText(&p, 57, 400, 10, "42");
  AddText(&p, 57, 420, 10, "Slut");
  pages.push_back(LayOutPage(p));
  MarkPageRoles(&pages);
  for (const LaidOutLine& l : pages[0].lines) CHECK(l.line.role == LineRole::kContent);
}

/// A white image of `w` x `h` pixels at `dpi`.
struct Canvas {
  int w, h;
  double dpi;
  std::vector<unsigned char> px;
  Canvas(int width, int height, double d) : w(width), h(height), dpi(d), px(width * height, 255) {}
  void Dot(int x, int y) {
    if (x >= 0 && y >= 0 && x < w && y < h) px[static_cast<size_t>(y) * w + x] = 0;
  }
  void Rect(int x0, int y0, int x1, int y1) {  // filled
    for (int y = y0; y <= y1; ++y)
      for (int x = x0; x <= x1; ++x) Dot(x, y);
  }
  void Frame(int x0, int y0, int side, int t) {
    Rect(x0, y0, x0 + side, y0 + t - 1);
    Rect(x0, y0 + side - t + 1, x0 + side, y0 + side);
    Rect(x0, y0, x0 + t - 1, y0 + side);
    Rect(x0 + side - t + 1, y0, x0 + side, y0 + side);
  }
  void Cross(int x0, int y0, int side) {
    for (int i = 0; i <= side; ++i) {
      Dot(x0 + i, y0 + i);
      Dot(x0 + i + 1, y0 + i);
      Dot(x0 + side - i, y0 + i);
      Dot(x0 + side - i - 1, y0 + i);
    }
  }
  void Ring(int cx, int cy, int r, int t) {
    for (int y = cy - r; y <= cy + r; ++y)
      for (int x = cx - r; x <= cx + r; ++x) {
        int d2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
        if (d2 <= r * r && d2 >= (r - t) * (r - t)) Dot(x, y);
      }
  }
  GreyImage Image() const {
    GreyImage g;
    g.pixels = px.data();
    g.width = w;
    g.height = h;
    g.stride = w;
    g.dpi = dpi;
    return g;
  }
};

TEST_CASE("pdf layout: check boxes drawn as graphics are found with their state") {
  Canvas c(600, 300, 100);  // 100 dpi: a 12-point box is about 17 pixels
  c.Frame(100, 100, 17, 1);
  c.Cross(102, 102, 13);
  c.Frame(200, 100, 17, 1);
  c.Ring(320, 108, 9, 3);  // a bold 'o': round, thick: not a box
  // A box whose top touches a table rule.
  c.Rect(20, 160, 580, 160);
  c.Frame(400, 161, 17, 1);
  c.Cross(402, 163, 13);
  std::vector<PositionedWord> boxes = FindDrawnCheckboxes(c.Image(), {});
  REQUIRE(boxes.size() == 3);
  int checked = 0, unchecked = 0;
  for (const PositionedWord& b : boxes) {
    if (b.text == "\u2612") ++checked;
    if (b.text == "\u2610") ++unchecked;
    CHECK(b.x1 - b.x0 == doctest::Approx(12.96).epsilon(0.15));
  }
  CHECK(checked == 2);
  CHECK(unchecked == 1);
  // A glyph of the text layer is not a drawn box.
  PositionedWord glyph{"\u2610", 140, 70, 160, 90, 12, true, 0};
  CHECK(FindDrawnCheckboxes(c.Image(), {glyph}).size() == 2);
}

TEST_CASE("pdf layout: ink from grey pixels and from one-bit rows is the same bitmap") {
  Canvas c(130, 3, 100);  // three 64-pixel words a row, the last one partly used
  for (int x : {0, 1, 62, 63, 64, 65, 127, 128, 129}) c.Dot(x, 1);
  c.px[2 * 130 + 5] = 149;  // the darkest grey that is not ink is 150
  c.px[2 * 130 + 6] = 150;
  // One-bit rows as Splash writes them: leftmost pixel in the high bit, a
  // clear bit for ink; a wider stride, and padding bits clear (as if ink).
  const int stride = 20;
  std::vector<unsigned char> mono(stride * c.h, 0);
  for (int y = 0; y < c.h; ++y)
    for (int x = 0; x < c.w; ++x)
      if (c.px[y * c.w + x] >= 150) mono[y * stride + x / 8] |= 0x80 >> (x % 8);
  InkBitmap grey = InkOfGrey(c.Image());
  InkBitmap bits = InkOfMonoRows(mono.data(), c.w, c.h, stride, c.dpi);
  REQUIRE(grey.words_per_row == 3);
  CHECK(grey.bits == bits.bits);
  CHECK(bits.width == 130);
  CHECK(bits.height == 3);
  CHECK(bits.dark(63, 1));
  CHECK(bits.dark(64, 1));
  CHECK(bits.dark(129, 1));
  CHECK_FALSE(bits.dark(66, 1));
  CHECK(bits.dark(5, 2));
  CHECK_FALSE(bits.dark(6, 2));
  CHECK(bits.row(1)[2] == 0x3);  // pixels 128 and 129, nothing past the width
  CHECK(InkOfMonoRows(mono.data(), c.w, c.h, 16, c.dpi).width == 0);  // stride too short
  CHECK(InkOfMonoRows(nullptr, c.w, c.h, stride, c.dpi).width == 0);
}

TEST_CASE("pdf layout: boxes and rules across 64-pixel word boundaries are found as elsewhere") {
  // The same drawing at two places: its left edge on a word boundary and
  // across one. What is found moves with it, by the shift, and no more.
  auto draw = [](int dx) {
    Canvas c(400, 120, 100);
    c.Frame(dx, 20, 17, 1);
    c.Cross(dx + 2, 22, 13);
    c.Frame(dx + 40, 20, 17, 2);
    c.Rect(dx, 80, dx + 120, 80);  // a rule across two or three words
    c.Rect(dx + 60, 50, dx + 60, 110);
    return c;
  };
  for (int dx : {64, 50, 120}) {
    Canvas a = draw(3), b = draw(dx);
    std::vector<PositionedWord> boxes_a = FindDrawnCheckboxes(a.Image(), {});
    std::vector<PositionedWord> boxes_b = FindDrawnCheckboxes(b.Image(), {});
    REQUIRE(boxes_a.size() == 2);
    REQUIRE(boxes_b.size() == 2);
    const double shift = (dx - 3) * 72.0 / 100;
    for (size_t i = 0; i < 2; ++i) {
      CHECK(boxes_b[i].text == boxes_a[i].text);
      CHECK(boxes_b[i].x0 - boxes_a[i].x0 == doctest::Approx(shift));
      CHECK(boxes_b[i].y0 == doctest::Approx(boxes_a[i].y0));
    }
    std::vector<RuleSegment> rules_a = FindRules(a.Image()), rules_b = FindRules(b.Image());
    // The two rules, and the frames' sides (long enough to be rules too).
    REQUIRE(rules_a.size() == 6);
    REQUIRE(rules_b.size() == rules_a.size());
    for (size_t i = 0; i < rules_a.size(); ++i) {
      CHECK(rules_b[i].horizontal == rules_a[i].horizontal);
      const double along = rules_a[i].horizontal ? shift : 0;
      const double across = rules_a[i].horizontal ? 0 : shift;
      CHECK(rules_b[i].from - rules_a[i].from == doctest::Approx(along));
      CHECK(rules_b[i].pos - rules_a[i].pos == doctest::Approx(across));
    }
  }
}

TEST_CASE("pdf layout: table rules are found, with their positions in points") {
  Canvas c(720, 360, 72);     // one pixel per point
  c.Rect(50, 100, 550, 100);  // a horizontal rule
  c.Rect(50, 130, 550, 131);  // a thicker one
  c.Rect(50, 100, 50, 131);   // vertical rules
  c.Rect(380, 100, 380, 131);
  c.Rect(100, 200, 104, 200);  // too short to be a rule
  std::vector<RuleSegment> rules = FindRules(c.Image());
  int horizontal = 0, vertical = 0;
  for (const RuleSegment& r : rules) {
    if (r.horizontal) {
      ++horizontal;
      CHECK(r.from == doctest::Approx(50).epsilon(0.02));
      CHECK(r.to == doctest::Approx(551).epsilon(0.02));
    } else {
      ++vertical;
      CHECK(r.to - r.from == doctest::Approx(32).epsilon(0.1));
    }
  }
  CHECK(horizontal == 2);
  CHECK(vertical == 2);
}

/// A ruled grid: rows at `ys` (rule positions), columns at `xs`.
std::vector<RuleSegment> Grid(const std::vector<double>& xs, const std::vector<double>& ys) {
  std::vector<RuleSegment> rules;
  for (double y : ys) rules.push_back(RuleSegment{true, y, xs.front(), xs.back(), 0.5});
  for (double x : xs) rules.push_back(RuleSegment{false, x, ys.front(), ys.back(), 0.5});
  return rules;
}

TEST_CASE("pdf layout: the lines of one ruled row become one line, a cell per column") {
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

TEST_CASE("pdf layout: lines outside ruled tables are left alone by the row join") {
  PositionedPage p = Page();
  AddText(&p, 57, 100, 10, "Första raden");
  AddText(&p, 57, 112, 10, "Andra raden");
  LaidOutPage laid = LayOutPage(p);
  MergeTableRows(Grid({50, 300}, {300, 330}), &laid);
  CHECK(laid.lines.size() == 2);
}

TEST_CASE("pdf layout: a wrapped paragraph becomes one line; a short line ends it") {
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

TEST_CASE("pdf layout: erasing drawing whitens rules and boxes only") {
  Canvas c(200, 100, 72);
  c.Rect(10, 50, 190, 50);
  c.Rect(100, 20, 104, 24);  // some ink that is neither
  std::vector<RuleSegment> rules = FindRules(c.Image());
  REQUIRE(rules.size() == 1);
  EraseDrawing(rules, {}, c.w, c.h, c.dpi, &c.px);
  CHECK(c.px[50 * 200 + 100] == 255);
  CHECK(c.px[22 * 200 + 102] == 0);
}

TEST_CASE("pdf layout: degenerate input gives no lines and no crash") {
  PositionedPage p = Page();
  PositionedWord blank{"   ", 10, 10, 20, 20, 10, true, 0};
  PositionedWord nan{"x", std::nan(""), 10, 20, 20, 10, true, 0};
  PositionedWord flat{"y", 10, 30, 20, 30, 0, true, 7};
  p.words = {blank, nan, flat};
  LaidOutPage laid = LayOutPage(p);
  CHECK(laid.lines.size() == 1);  // only "y" (a zero-height box, an odd rotation)
  std::vector<LaidOutPage> none;
  MarkPageRoles(&none);
  JoinRowsAcrossPages(&none);
  GreyImage empty;
  CHECK(FindDrawnCheckboxes(empty, {}).empty());
  CHECK(FindRules(empty).empty());
}

}  // namespace
}  // namespace redovis
