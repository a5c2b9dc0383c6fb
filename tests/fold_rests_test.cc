#include "read/text/fold_rests.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "read/text/folded_lines.h"

namespace fold_rests_test {

using namespace redovis;

namespace {

// `fold -w 30` (bytes) of a paragraph and a row: a line cut right before
// the one blank between two words ("kontakt" / " och söker", "Ja" / "
// Nej"), a letter split at the width ("Timr\xC3" / "\xA5 kommun"), which
// proves the fold, and lines of 30 bytes before a blank line, never cut.
std::string Folded(const std::string& last_lines = "") {
  return "Klienterna tar ofta en kontakt\n"
         " och söker stöd\n"
         "Postort                  Timr\xC3\n"
         "\xA5 kommun\n"
         "Har ni haft kö till ombud? Ja\n"
         " Nej\n"
         "Raden är precis trettio byte.\n"
         "\n"
         "Kontakt med en ny handläggare\n"
         ", gäller främst\n"
         "Raden är precis trettio byte.\n"
         "\n" +
         last_lines;
}

std::vector<std::string_view> LinesOf(const std::string& text) {
  std::vector<std::string_view> lines;
  std::string_view t(text);
  for (size_t b = 0;;) {
    const size_t e = t.find('\n', b);
    lines.push_back(t.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  return lines;
}

}  // namespace

TEST_CASE("OpeningRests: a line at the width before one blank and a word, or a mark") {
  const std::string text = Folded("Ja                           \nNej\n");
  const std::vector<bool> rests = OpeningRests(LinesOf(text), 30);
  // "kontakt" / " och söker", "Ja" / " Nej" and "handläggare" / ", gäller";
  // not a split letter's line (its rest opens with the letter's last byte),
  // a line before a blank line, nor one ending in a blank ("Ja   " / "Nej").
  CHECK(rests == std::vector<bool>{true, false, false, false, true, false, false, false, true,
                                   false, false, false, false, false, false});
}

TEST_CASE("OpeningRests: none opened as a line no fold made opens") {
  // " Om annan orsak" after a narrower line: the writer indents by one
  // blank, and a line at the width before such a line may have been whole;
  // the rest opened by a mark is still proven.
  std::string text = Folded("Kort rad\n Om annan orsak.\n");
  std::vector<bool> rests = OpeningRests(LinesOf(text), 30);
  CHECK_FALSE(rests[0]);
  CHECK_FALSE(rests[4]);
  CHECK(rests[8]);
  // A line no fold made opening with a comma: the comma's rest is not.
  text = Folded("Kort rad\n, och mer\n");
  rests = OpeningRests(LinesOf(text), 30);
  CHECK(rests[0]);
  CHECK_FALSE(rests[8]);
  // The first line counts as one no fold made.
  text = " Rubrik\n" + Folded();
  CHECK_FALSE(OpeningRests(LinesOf(text), 30)[1]);
  // Two blanks are another opening: the rests are still proven.
  text = Folded("Kort rad\n  Om annan orsak.\n");
  CHECK(OpeningRests(LinesOf(text), 30)[0]);
}

TEST_CASE("UnfoldHardLines: a rest opened as no line of the text opens is joined") {
  UnfoldedText u;
  std::vector<int> unproven;
  REQUIRE(UnfoldHardLines(Folded(), &u, &unproven));
  CHECK(u.text ==
        "Klienterna tar ofta en kontakt och söker stöd\n"
        "Postort                  Timrå kommun\n"
        "Har ni haft kö till ombud? Ja Nej\n"
        "Raden är precis trettio byte.\n\n"
        "Kontakt med en ny handläggare, gäller främst\n"
        "Raden är precis trettio byte.\n\n");
  CHECK(unproven.empty());
  // Where a line no fold made opens with one blank, the rests so opened are
  // named, unread.
  REQUIRE(UnfoldHardLines(Folded("Kort rad\n Om annan orsak.\n"), &u, &unproven));
  CHECK(u.text.find("Klienterna tar ofta en kontakt\n och söker stöd\n") == 0);
  CHECK(unproven == std::vector<int>{1, 4});
}

}  // namespace fold_rests_test
