// Typed marks in the gap between two choice columns' words
// (marks_in_gaps.cc): ambiguous, unless the table's two groups of marks
// prove the column.
#include <doctest/doctest.h>

#include <string>

#include "test_support.h"

namespace marks_in_gaps_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::FindCode;
using redovis::testing::Form2020;

TEST_CASE("layout text: a typed mark in the gap between Ja and Nej is ambiguous") {
  // 001's mark-right PDF through pdftotext -layout, its ticked box retyped
  // "X" and its empty box a space: the mark at the right edge of the Ja
  // cell stands nearer "Nej". Which edge of which cell it was set at is not
  // told: null, ambiguous_column.
  const std::string header = std::string(92, ' ') + "Ja            Nej\n";
  auto gap = ExtractText(Form2020("Utbildning\n" + header + "Ombuden har erbjudits utbildning." +
                                  std::string(69, ' ') + "X\n"));
  REQUIRE(gap.size() == 1);
  CHECK(gap[0].Get("training.offered").is_null());
  CHECK(FindCode(gap[0], "ambiguous_column") != nullptr);
  // Under its word, or right of the last choice column's word, it is read.
  auto under = ExtractText(Form2020("Utbildning\n" + header + "Ombuden har erbjudits utbildning." +
                                    std::string(60, ' ') + "X\n"));
  REQUIRE(under.size() == 1);
  CHECK(under[0].Get("training.offered").ToDisplay() == "true");
  auto right = ExtractText(Form2020("Utbildning\n" + header + "Ombuden har erbjudits utbildning." +
                                    std::string(77, ' ') + "X\n"));
  REQUIRE(right.size() == 1);
  CHECK(right[0].Get("training.offered").ToDisplay() == "false");
}

TEST_CASE("layout text: typed marks in the gap go by the table's two groups of marks") {
  // 003's mark-right PDF, boxes retyped: the Ja rows' marks at the right
  // edge of the Ja cells (nearer "Nej"), the Nej rows' right of "Nej". Two
  // groups, as far apart as the words: the left one is Ja's.
  const std::string table =
      "5. Organisation, ledning och samverkan\n"
      "Ange vem som är utförare av verksamheten med personligt ombud i er "
      "kommun\n" +
      std::string(99, ' ') + "Ja           Nej\n" + "Kommun" + std::string(103, ' ') + "X\n" +
      "Förening" + std::string(113, ' ') + "X\n" + "Stiftelse" + std::string(112, ' ') + "X\n";
  auto recs = ExtractText(Form2020(table));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("provider.municipality").ToDisplay() == "true");
  CHECK(recs[0].Get("provider.association").ToDisplay() == "false");
  CHECK(recs[0].Get("provider.foundation").ToDisplay() == "false");
  // Every row ticked under Ja: one group, which column is not proven.
  std::string all_yes = table;
  for (const char* row : {"Förening", "Stiftelse"}) {
    const size_t at = all_yes.find(row);
    const size_t x = all_yes.find('X', at);
    all_yes[x] = ' ';
    all_yes[at + 109] = 'X';
  }
  auto one = ExtractText(Form2020(all_yes));
  REQUIRE(one.size() == 1);
  CHECK(one[0].Get("provider.municipality").is_null());
  CHECK(one[0].Get("provider.association").is_null());
  CHECK(FindCode(one[0], "ambiguous_column") != nullptr);
}

}  // namespace marks_in_gaps_test
