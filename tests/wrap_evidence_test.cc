#include "match/wrap_evidence.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_support.h"

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
