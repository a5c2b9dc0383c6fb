#include "match/wrap_evidence.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "test_support.h"

namespace wrap_evidence_test {

using namespace redovis;

TEST_CASE("EndsInJoiningMark: a comma, slash, ampersand, plus or hyphen at the end") {
  CHECK(EndsInJoiningMark("Vård och Omsorgsförvaltningen,"));
  CHECK(EndsInJoiningMark("Arbetsmarknads-"));
  CHECK(EndsInJoiningMark("Personligt Ombud Västmanland /"));
  CHECK_FALSE(EndsInJoiningMark("Tyresö"));
  CHECK_FALSE(EndsInJoiningMark("pandemin."));
  CHECK_FALSE(EndsInJoiningMark(""));
}

TEST_CASE("LeftIncomplete: a joining mark, or digits the next line goes on with") {
  CHECK(LeftIncomplete("Vård och Omsorgsförvaltningen,", "Stadshuset"));
  CHECK(LeftIncomplete("08- 5782 94", "91"));
  CHECK_FALSE(LeftIncomplete("08- 5782 94", "E-postadress"));
  CHECK_FALSE(LeftIncomplete("Tyresö", "kommun"));
  CHECK_FALSE(LeftIncomplete("", "91"));
}

TEST_CASE("GluedNumber: digits right after a letter, no space between, in any word") {
  std::string glued;
  size_t at = 0;
  CHECK(GluedNumber("därav mellan 30 och 49 å9", &glued, &at));
  CHECK(glued == "å9");
  CHECK(at == std::string("därav mellan 30 och 49 ").size());
  CHECK(GluedNumber("därav mellan 30 och 49 å4 3", &glued));
  CHECK(glued == "å4");
  CHECK(GluedNumber("Stöd i kontakten med sjukvårde14  ", &glued));
  CHECK(glued == "sjukvårde14");
  CHECK_FALSE(GluedNumber("därav mellan 30 och 49 år 9", &glued));
  CHECK_FALSE(GluedNumber("COVID-19", &glued));
  CHECK_FALSE(GluedNumber("barn under 18 år²", &glued));
  CHECK_FALSE(GluedNumber("2020", &glued));
  CHECK_FALSE(GluedNumber("", &glued));
}

TEST_CASE("EndsSuspended: a word ending in a hyphen, then a keep_hyphen word, ends the value") {
  const std::vector<Pattern>& keep = testing::ProjectPatterns().vocabulary().keep_hyphen;
  std::string seen;
  CHECK(EndsSuspended("Nämnd Arbetsmarknads- och", keep, &seen));
  CHECK(seen == "Arbetsmarknads- och");
  CHECK(EndsSuspended("Arbetsmarknads- och ", keep));
  // A last word that keeps no hyphen, or no hyphen before it: whole.
  CHECK_FALSE(EndsSuspended("Arbetsmarknads- socialnämnden", keep));
  CHECK_FALSE(EndsSuspended("Vård och omsorg", keep));
  CHECK_FALSE(EndsSuspended("och", keep));
}

TEST_CASE("DigitsAlone: a phone's or a count's digits with their marks, nothing else") {
  CHECK(DigitsAlone("021-39 00 00"));
  CHECK(DigitsAlone("(08) 578 294 91"));
  CHECK(DigitsAlone("2,50"));
  CHECK_FALSE(DigitsAlone("060- 16 31 00 E-post"));
  CHECK_FALSE(DigitsAlone("-- ()"));  // no digit
  CHECK_FALSE(DigitsAlone(""));
  CHECK(HoldsDigit("Box 12"));
  CHECK_FALSE(HoldsDigit("lill.nilsson@timra.se"));
}

TEST_CASE("ReachesUnderNext: a cell ending at or past a later cell's start, gaps elsewhere") {
  auto line = [](std::vector<std::pair<double, double>> extents) {
    Line l;
    for (auto [x0, x1] : extents) {
      Cell c;
      c.text = "x";
      c.x0 = x0;
      c.x1 = x1;
      l.cells.push_back(c);
    }
    return l;
  };
  // "Tjänsteställe" (57-70) with its wrap "Psykiatriboende Öster" joined
  // (57-78) beside "Personligt Ombud Västmanland /" from 72.
  CHECK(ReachesUnderNext(line({{0, 5}, {7, 17}, {57, 78}, {72, 102}}), 2, 3));
  // Ending where the next starts, other cells gaps apart.
  CHECK(ReachesUnderNext(line({{0, 5}, {7, 22}, {74, 88}, {88, 103}}), 2, 3));
  // Two spaces apart, or one where a label's column below parted them.
  CHECK_FALSE(ReachesUnderNext(line({{0, 5}, {57, 70}, {72, 102}}), 1, 2));
  CHECK_FALSE(ReachesUnderNext(line({{0, 13}, {14, 30}}), 0, 1));
  // A drawn table's columns meet at its rules: their extents are no text's.
  CHECK_FALSE(ReachesUnderNext(line({{0, 50}, {50, 100}}), 0, 1));
  CHECK(ColumnsMeet(line({{0, 50}, {50, 100}, {100, 120}})));
  CHECK_FALSE(ColumnsMeet(line({{0, 50}, {52, 100}})));
  CHECK_FALSE(ColumnsMeet(line({{0, 50}})));
  // An extent unknown (Word, text with tabs); a cell past the line's end.
  CHECK_FALSE(ReachesUnderNext(line({{-1, -1}, {72, 102}}), 0, 1));
  CHECK_FALSE(ReachesUnderNext(line({{57, 78}, {-1, -1}}), 0, 1));
  CHECK_FALSE(ReachesUnderNext(line({{57, 78}}), 0, 1));
}

}  // namespace wrap_evidence_test
