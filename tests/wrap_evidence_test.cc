#include "match/wrap_evidence.h"

#include <doctest/doctest.h>

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
