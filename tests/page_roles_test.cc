// Tests of the page roles (src/read/pdf/page_roles.h): running headers, page
// numbers and footnotes marked; body text left alone.
#include "read/pdf/page_roles.h"

#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "layout_test_support.h"
#include "read/pdf/line_layout.h"

namespace redovis {
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
}  // namespace redovis
