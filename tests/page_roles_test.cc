// Tests of the page roles (src/read/pdf/page_roles.h): running headers, page
// numbers and footnotes marked; body text left alone.
#include "read/pdf/page_roles.h"

#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "base/running_lines.h"
#include "layout_test_support.h"
#include "read/pdf/line_layout.h"

namespace redovis {
namespace page_roles_test {
namespace {

using namespace redovis::testing;

TEST_CASE("page roles: running headers, page numbers and footnotes get their roles") {
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

TEST_CASE("page roles: a page's number rising with the pages is one for certain; a count is not") {
  // A form whose footer is its page's number ("3", centred): furniture, and
  // a page's number the matcher passes over (kPageNumberOrigin). A count
  // that ends each page's foot but does not rise with the pages ("5", "5",
  // "5") is furniture as a number at the foot is, and may still be a value.
  for (bool rising : {true, false}) {
    CAPTURE(rising);
    std::vector<LaidOutPage> pages;
    for (int n = 1; n <= 4; ++n) {
      PositionedPage p = Page(n);
      AddText(&p, 57, 100, 10, "Brödtext på sidan " + std::to_string(n) + " med flera ord i raden");
      AddText(&p, 290, 810, 9, std::to_string(rising ? n + 1 : 5));
      pages.push_back(LayOutPage(p));
    }
    MarkPageRoles(&pages);
    for (const LaidOutPage& p : pages) {
      CHECK(p.lines.back().line.role == LineRole::kFurniture);
      CHECK((p.lines.back().line.origin == kPageNumberOrigin) == rising);
      CHECK(p.lines.front().line.origin.empty());
    }
  }
}

TEST_CASE("page roles: each bundled report's page numbers, from 1 each, are page numbers") {
  // Four reports of four pages in one PDF, each numbered from 1: no run is
  // half of the sixteen pages, each is a run of its own.
  std::vector<LaidOutPage> pages;
  for (int n = 1; n <= 16; ++n) {
    PositionedPage p = Page(n);
    AddText(&p, 57, 100, 10, "Brödtext på sidan " + std::to_string(n) + " med flera ord i raden");
    AddText(&p, 290, 810, 9, std::to_string((n - 1) % 4 + 1));
    pages.push_back(LayOutPage(p));
  }
  MarkPageRoles(&pages);
  for (const LaidOutPage& p : pages) CHECK(p.lines.back().line.origin == kPageNumberOrigin);
}

TEST_CASE("page roles: a 2-up sheet's inner footer and header, mid-sheet, are furniture") {
  // Two pages stacked on each landscape sheet, as Ghostscript's 2-up print
  // lays them: the upper page's footer and the lower page's header stand in
  // the middle of the sheet; the first header and last footer at its edges.
  std::vector<LaidOutPage> sheets;
  for (int n = 1; n <= 3; ++n) {
    PositionedPage p = Page(n);
    p.width = 842;
    p.height = 595;
    for (int half = 0; half < 2; ++half) {
      double top = half == 0 ? 10 : 305;
      int page = 2 * n - 1 + half;
      AddText(&p, 177, top, 5, "2021-01-14 10:32 Redovisning statsbidrag personligt ombud");
      static const char* const kWords[] = {"alfa", "beta", "gamma", "delta", "epsilon", "zeta"};
      for (int k = 0; k < 6; ++k)
        AddText(&p, 177, top + 40 + 35 * k, 6,
                std::string("Sidan ") + kWords[page - 1] + (k % 2 ? " svar " : " fråga ") +
                    kWords[k] + " med text");
      AddText(&p, 177, top + 270, 5,
              "file:///C:/Users/handl/redovisning.html " + std::to_string(page) + "/6");
    }
    sheets.push_back(LayOutPage(p));
  }
  MarkPageRoles(&sheets);
  int furniture = 0;
  for (const LaidOutPage& p : sheets)
    for (const LaidOutLine& l : p.lines) {
      std::string text = l.line.cells.empty() ? "" : l.line.cells[0].text;
      bool running = text.rfind("2021", 0) == 0 || text.rfind("file:", 0) == 0;
      CHECK(l.line.role == (running ? LineRole::kFurniture : LineRole::kContent));
      furniture += l.line.role == LineRole::kFurniture;
    }
  CHECK(furniture == 12);
}

TEST_CASE("page roles: one report's running footer inside a bundle of reports is furniture") {
  // 16 pages; pages 6-9 are a browser's print with its footer, the others
  // a form's pages with none. 4 of 16 pages is no share of the file.
  std::vector<LaidOutPage> pages;
  for (int n = 1; n <= 16; ++n) {
    PositionedPage p = Page(n);
    AddText(&p, 57, 100, 10, "Brödtext på sidan " + std::to_string(n) + " med flera ord i raden");
    AddText(&p, 57, 120, 10, "Mer brödtext som är sidans innehåll och inget annat alls");
    if (n >= 6 && n <= 9)
      AddText(&p, 57, 810, 7,
              "file:///C:/Users/handl/redovisning.html " + std::to_string(n - 5) + "/4");
    pages.push_back(LayOutPage(p));
  }
  MarkPageRoles(&pages);
  for (size_t n = 0; n < pages.size(); ++n) {
    const bool printed = n >= 5 && n <= 8;
    REQUIRE(pages[n].lines.size() == (printed ? 3u : 2u));
    CHECK(pages[n].lines[0].line.role == LineRole::kContent);
    CHECK(pages[n].lines[1].line.role == LineRole::kContent);
    if (printed) CHECK(pages[n].lines[2].line.role == LineRole::kFurniture);
  }
}

TEST_CASE("page roles: OCR's footnote in mid-page, its type no smaller, ends where its text does") {
  // OCR gives a row's height as its font size: a note set a point smaller
  // than the text reads as large. Its raised number (line_layout.h) starts
  // it; it goes on while its lines go on its words.
  std::vector<LaidOutPage> pages;
  PositionedPage p = Page();
  p.ocr = true;
  AddText(&p, 57, 100, 10, "Om nej, ange varför.");
  AddText(&p, 57, 190, 10, "\u00b9 Anges med två decimaler. För ett ombud på heltid (40 timmar i");
  AddText(&p, 57, 202, 10, "veckan) anges 1,50.");
  AddText(&p, 57, 230, 10, "Klienter");
  pages.push_back(LayOutPage(p));
  MarkPageRoles(&pages);
  REQUIRE(pages[0].lines.size() == 4);
  CHECK(pages[0].lines[0].line.role == LineRole::kContent);
  CHECK(pages[0].lines[1].line.role == LineRole::kFootnote);
  CHECK(pages[0].lines[2].line.role == LineRole::kFootnote);
  CHECK(pages[0].lines[3].line.role == LineRole::kContent);
}

TEST_CASE("page roles: a table's lone counts at a page's foot start no note") {
  // A scan of the 2023 form on letter paper: the last row of a table of
  // counts ("1", "0"), then the next table's header and its first row's
  // label, all in the table's smaller type at the page's foot. A count
  // alone on its line says nothing: no note starts there.
  std::vector<LaidOutPage> pages;
  PositionedPage p = Page();
  p.ocr = true;
  for (int i = 0; i < 8; ++i)
    AddText(&p, 57, 100 + 20 * i, 10, "Brödtext som är sidans innehåll och inget annat alls");
  AddText(&p, 57, 600, 8, "därav 65 år och över");
  AddText(&p, 300, 620, 8, "1");
  AddText(&p, 300, 635, 8, "0");
  AddText(&p, 135, 660, 8, "Klienter med hemmavarande");
  AddText(&p, 135, 675, 8, "Kvinnor");
  AddText(&p, 135, 690, 8, "Män");
  AddText(&p, 95, 710, 8, "Antal klienter som, helt eller delvis, har hemmavarande barn");
  pages.push_back(LayOutPage(p));
  MarkPageRoles(&pages);
  REQUIRE(pages[0].lines.size() == 15);
  for (const LaidOutLine& l : pages[0].lines) CHECK(l.line.role == LineRole::kContent);
}

TEST_CASE("page roles: OCR's footnote whose raised number was read as '?' is a footnote") {
  // A grey, stamped scan of sample 003: footnote 2's "²" read as "?", in
  // the middle of an answer that goes on after it. The mark's box starts
  // the note (LaidOutLine::note_mark); the answer's lines stay content.
  std::vector<LaidOutPage> pages;
  PositionedPage p = Page();
  p.ocr = true;
  AddText(&p, 57, 100, 10, "Ekonomi, utförsäkring från FK, flera som får avslag på");
  PositionedWord mark;
  mark.text = "?";
  mark.x0 = 57.4, mark.x1 = 60.2, mark.y0 = 119.8, mark.y1 = 123.9;
  mark.font_size = 10;
  mark.confidence = 40;
  p.words.push_back(mark);
  AddText(&p, 63, 120, 10, "Inkluderar även barn till maka/make som är hemmavarande.");
  AddText(&p, 57, 140, 10, "sjukersättning vid ansökan om förlängning");
  pages.push_back(LayOutPage(p));
  MarkPageRoles(&pages);
  REQUIRE(pages[0].lines.size() == 3);
  CHECK(pages[0].lines[0].line.role == LineRole::kContent);
  CHECK(pages[0].lines[1].line.role == LineRole::kFootnote);
  CHECK(pages[0].lines[2].line.role == LineRole::kContent);
}

// Pages of running text ending at `foot` on the first page and at `others`
// on the rest; `extra` adds a line at the first page's foot.
std::vector<LaidOutPage> PagesEndingAt(double foot, double extra, int count = 4,
                                       double others = 700) {
  std::vector<LaidOutPage> pages;
  for (int n = 1; n <= count; ++n) {
    PositionedPage p = Page(n);
    double last = n == 1 ? foot : others;
    // Each line its own words: no running line.
    for (int k = 0; 100 + 60 * k < last; ++k)
      AddText(&p, 57, 100 + 60 * k, 10,
              "Fråga " + std::string(static_cast<size_t>(k + 1), static_cast<char>('a' + n)));
    static const char* const kEnds[] = {"Om nej, ange varför.", "Övriga synpunkter på året.",
                                        "Beskriv hur arbetet har gått.", "Ange vilka insatser."};
    AddText(&p, 57, last, 10, kEnds[(n - 1) % 4]);
    if (n == 1 && extra > 0) AddText(&p, 40, extra, 9, "Skannad av registraturen 2022-01-15");
    pages.push_back(LayOutPage(p));
  }
  MarkPageRoles(&pages);
  return pages;
}

TEST_CASE("page roles: a line stamped at one page's foot, below every page's text, is furniture") {
  std::vector<LaidOutPage> pages = PagesEndingAt(760, 815);
  REQUIRE(pages[0].lines.size() >= 2);
  CHECK(pages[0].lines.back().line.role == LineRole::kFurniture);
  CHECK(pages[0].lines[pages[0].lines.size() - 2].line.role == LineRole::kContent);
  for (size_t i = 1; i < pages.size(); ++i)
    for (const LaidOutLine& l : pages[i].lines) CHECK(l.line.role == LineRole::kContent);
}

TEST_CASE("page roles: a page's text going on to its foot is no stray foot line") {
  // The line a regular line's space under the one above it: running text.
  std::vector<LaidOutPage> pages = PagesEndingAt(760, 773);
  for (const LaidOutLine& l : pages[0].lines) CHECK(l.line.role == LineRole::kContent);
  // Apart from the text above, but no lower than another page's text.
  pages = PagesEndingAt(600, 800, 4, 805);
  for (const LaidOutLine& l : pages[0].lines) CHECK(l.line.role == LineRole::kContent);
  // Two pages only: one other page does not show where the text ends.
  pages = PagesEndingAt(760, 815, 2);
  for (const LaidOutLine& l : pages[0].lines) CHECK(l.line.role == LineRole::kContent);
}

TEST_CASE("page roles: a lone number in the body is not a page number") {
  std::vector<LaidOutPage> pages;
  PositionedPage p = Page();
  AddText(&p, 57, 100, 10, "Antal");
  AddText(&p, 57, 400, 10, "42");
  AddText(&p, 57, 420, 10, "Slut");
  pages.push_back(LayOutPage(p));
  MarkPageRoles(&pages);
  for (const LaidOutLine& l : pages[0].lines) CHECK(l.line.role == LineRole::kContent);
}

TEST_CASE("page roles: no pages, no crash") {
  std::vector<LaidOutPage> none;
  MarkPageRoles(&none);
  CHECK(none.empty());
}

}  // namespace
}  // namespace page_roles_test
}  // namespace redovis
