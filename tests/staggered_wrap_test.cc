// A cell's wrapped line past a line of the row's other column
// (match/staggered_wrap.h), and what the matcher makes of it.
#include "match/staggered_wrap.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_support.h"

namespace staggered_wrap_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::FindCode;
using redovis::testing::Form2020;

namespace {

Line MakeRow(int number, std::vector<std::pair<double, std::string>> cells) {
  Line l;
  l.number = number;
  l.page = 1;
  for (auto& [x0, text] : cells) {
    Cell c;
    c.x0 = x0;
    c.x1 = x0 + static_cast<double>(text.size());
    c.text = std::move(text);
    l.cells.push_back(std::move(c));
  }
  return l;
}

}  // namespace

TEST_CASE("staggered columns: the text under a value past a line beside it is found") {
  // pdftotext -layout -fixed 8: "Kontaktperson Inga-Lill", the right
  // column's "Avdelning/Enhet ..." half a line lower, then "Nilsson".
  Line row = MakeRow(1, {{7, "Kontaktperson Inga-Lill"}});
  Line beside = MakeRow(2, {{26, "Avdelning/Enhet Socialforvaltningen"}});
  Line after = MakeRow(3, {{7, "Nilsson"}});
  std::vector<const Line*> below = {&beside, &after};
  size_t index = 9;
  const Cell* w = WrapPastLinesBeside(row, row.cells[0], 21, below, &index);
  REQUIRE(w != nullptr);
  CHECK(w->text == "Nilsson");
  CHECK(index == 1);

  // Two lines beside it ("Postnummer 721 87", then "Postort" further right).
  Line row2 = MakeRow(1, {{6, "Utdelningsadress Vard och Omsorgsforvaltningen,"}});
  Line b1 = MakeRow(2, {{30, "Postnummer 721 87"}});
  Line b2 = MakeRow(3, {{44, "Postort"}});
  Line a2 = MakeRow(4, {{6, "Stadshuset"}, {38, "VASTERAS"}});
  std::vector<const Line*> below2 = {&b1, &b2, &a2};
  w = WrapPastLinesBeside(row2, row2.cells[0], 23, below2, &index);
  REQUIRE(w != nullptr);
  CHECK(w->text == "Stadshuset");
  CHECK(index == 2);
}

TEST_CASE("staggered columns: none where the next line has text under the value") {
  Line row = MakeRow(1, {{7, "Kontaktperson Inga-Lill"}});
  Line next = MakeRow(2, {{7, "Nilsson"}});  // a plain wrap: WrappedInColumns' own
  Line after = MakeRow(3, {{7, "Nämnd Socialnämnd"}});
  std::vector<const Line*> below = {&next, &after};
  size_t index = 0;
  CHECK(WrapPastLinesBeside(row, row.cells[0], 21, below, &index) == nullptr);
  // A blank line after the line beside it: the row ended.
  Line beside = MakeRow(2, {{26, "Avdelning/Enhet Socialforvaltningen"}});
  Line blank = MakeRow(3, {{0, ""}});
  Line later = MakeRow(4, {{7, "Nilsson"}});
  std::vector<const Line*> below2 = {&beside, &blank, &later};
  CHECK(WrapPastLinesBeside(row, row.cells[0], 21, below2, &index) == nullptr);
  // Nothing where a wrap would start: the line after starts elsewhere.
  Line other = MakeRow(3, {{40, "Nilsson"}});
  std::vector<const Line*> below3 = {&beside, &other};
  CHECK(WrapPastLinesBeside(row, row.cells[0], 21, below3, &index) == nullptr);
}

TEST_CASE("staggered columns: a value whose rest may stand past a line beside it is null") {
  // pdftotext -layout -fixed 8 of a filled form: the person's surname a line
  // under the right column's first line. "Inga-Lill" alone would be wrong.
  auto recs =
      ExtractText(Form2020("Kommun Timrå\n"
                           "Kontaktperson Inga-Lill\n"
                           "                   Avdelning/Enhet Socialförvaltningen\n"
                           "Nilsson\n"
                           "\n"
                           "Nämnd Socialnämnd\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.person").is_null());
  const Finding* f = FindCode(recs[0], "wrapped_value");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("Nilsson") != std::string::npos);
  // A label there is the next row: the value stands.
  auto next =
      ExtractText(Form2020("Kommun Timrå\n"
                           "Kontaktperson Inga-Lill Nilsson\n"
                           "                   Avdelning/Enhet Socialförvaltningen\n"
                           "Nämnd Socialnämnd\n"));
  REQUIRE(next.size() == 1);
  CHECK(next[0].Get("contact.person").ToDisplay() == "Inga-Lill Nilsson");
}

TEST_CASE("squeezed columns: a number's rest glued to a word or alone under its cell is found") {
  // pdftotext -layout -fixed 8: the phone's last group "91" glued to the
  // committee's last word two lines lower.
  Line row = MakeRow(1, {{17, "Telefon (inkl. riktnum- mer) 08- 5782 94"}});
  Line mid = MakeRow(2, {{40, "E-postadress anna-lena.engs-"}});
  Line glued = MakeRow(3, {{0, "och socialnamnden91"}, {40, "tedt@tyreso.se"}});
  std::vector<const Line*> below = {&mid, &glued};
  const Cell* g = NumberRestUnder(row, row.cells[0], below);
  REQUIRE(g != nullptr);
  CHECK(g->text == "och socialnamnden91");
  // Digits standing apart, or glued left of the cell: none.
  Line apart = MakeRow(3, {{0, "och socialnamnden 91"}});
  std::vector<const Line*> below2 = {&mid, &apart};
  CHECK(NumberRestUnder(row, row.cells[0], below2) == nullptr);
  Line left = MakeRow(3, {{0, "socialnamnden91"}});
  std::vector<const Line*> below3 = {&mid, &left};
  CHECK(NumberRestUnder(row, row.cells[0], below3) == nullptr);
  // -fixed 10: the digits alone three lines lower, where the cell starts.
  Line left2 = MakeRow(3, {{6, "och socialnamnden"}});
  Line rest = MakeRow(4, {{17, "91"}, {38, "tedt@tyreso.se"}});
  std::vector<const Line*> below4 = {&mid, &left2, &rest};
  g = NumberRestUnder(row, row.cells[0], below4);
  REQUIRE(g != nullptr);
  CHECK(g->text == "91");
  // A blank line between: the row ended.
  Line blank = MakeRow(3, {{0, ""}});
  Line rest2 = MakeRow(4, {{17, "91"}});
  std::vector<const Line*> below5 = {&mid, &blank, &rest2};
  CHECK(NumberRestUnder(row, row.cells[0], below5) == nullptr);
}

}  // namespace staggered_wrap_test
