// The rests of a row's wrapped runs in a dump of pdftohtml's runs
// (run_rests.cc): given to the row's marked runs in order, by the form's
// labels, where they are exactly as many; left as written otherwise.
#include "match/run_rests.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "read/text/text_reader.h"
#include "test_support.h"

namespace run_rests_test {

using namespace redovis;

namespace {

// The 2020 form's contact block as pdftohtml -noframes through w3m writes
// it: each run a line, a wrapped run ending in a space, its rest after the
// row's other runs. `person` and `rests` stand for the person's row.
std::string Dump(const std::string& person, const std::string& rests) {
  return "REDOVISNING\n"
         "Statsbidrag till kommuner som bedriver verksamhet med personligt ombud \n"
         "Sänds till vasternorrland@lansstyrelsen.se \n"
         "Redovisningen ska vara länsstyrelsen tillhanda senast \n"
         "2021-01-15\n"
         "Kontaktuppgifter till den kommun som beviljats statsbidraget\n"
         "Kommun Timrå\n"
         "Utdelningsadress Box 1  Postnummer 86182\n" +
         person + "Avdelning/Enhet Socialförvaltningen\n" + rests +
         "Nämnd Socialnämnd\n"
         "Telefon (inkl. riktnummer) 060- 16 31 \n"
         "E-postadress \n"
         "00\n"
         "sociala@timra.se\n"
         "Den eller de kommuner, förutom redovisande kommun, som redovisningen omfattar\n";
}

// `text` read, its rests joined by the 2020 form's rules: the lines' texts
// (a blank line ""), and how many were joined.
std::vector<std::string> Joined(const std::string& text, size_t* joined) {
  Document doc;
  REQUIRE(ReadText(text, &doc).ok());
  const Edition* edition = testing::ProjectPatterns().FindEdition("po-2020");
  REQUIRE(edition != nullptr);
  *joined = JoinRunRestsByLabels(*edition, 0, doc.lines.size(), &doc);
  std::vector<std::string> out;
  for (const Line& l : doc.lines) out.push_back(l.Text());
  return out;
}

bool Has(const std::vector<std::string>& lines, const std::string& text) {
  for (const std::string& l : lines)
    if (l == text) return true;
  return false;
}

}  // namespace

TEST_CASE("run rests: each marked run of a row takes the rest after the row, in order") {
  size_t joined = 0;
  const auto lines = Joined(Dump("Kontaktperson Inga-Lill \n", "Nilsson\n"), &joined);
  CHECK(joined == 3);
  CHECK(Has(lines, "Kontaktperson Inga-Lill Nilsson"));
  CHECK(Has(lines, "Avdelning/Enhet Socialförvaltningen"));
  CHECK(Has(lines, "Telefon (inkl. riktnummer) 060- 16 31 00"));
  CHECK(Has(lines, "E-postadress sociala@timra.se"));
  CHECK_FALSE(Has(lines, "Nilsson"));
  CHECK_FALSE(Has(lines, "sociala@timra.se"));
}

TEST_CASE("run rests: a name broken at its own hyphen is whole again") {
  // pdftohtml keeps no space after a hyphen that ends a run's line.
  size_t joined = 0;
  const auto lines = Joined(Dump("Kontaktperson Sofia Al-\n", "Hassan\n"), &joined);
  CHECK(joined == 3);
  CHECK(Has(lines, "Kontaktperson Sofia Al-Hassan"));
}

TEST_CASE("run rests: rests not as many as the marked runs are left as written") {
  // Two lines after the person's row, one run marked: whose is which is not
  // told (a run wrapped twice, a rest the labels missed). The telephone's
  // row, two and two, is still read.
  size_t joined = 0;
  const auto lines = Joined(Dump("Kontaktperson Inga-Lill \n", "Nilsson\nSvensson\n"), &joined);
  CHECK(joined == 2);
  CHECK(Has(lines, "Kontaktperson Inga-Lill"));
  CHECK(Has(lines, "Nilsson"));
  CHECK(Has(lines, "E-postadress sociala@timra.se"));
  // No run marked in the row: nothing to give.
  const auto closed = Joined(Dump("Kontaktperson Inga-Lill\n", "Nilsson\n"), &joined);
  CHECK(joined == 2);
  CHECK(Has(closed, "Nilsson"));
}

TEST_CASE("run rests: a line in lower case is a rest, not a row's run, whatever label it spells") {
  // "kommun" spells the label Kommun; the place's rest, the address's here.
  size_t joined = 0;
  const std::string text =
      "REDOVISNING\n"
      "Statsbidrag till kommuner som bedriver verksamhet med personligt ombud \n"
      "Sänds till stockholm@lansstyrelsen.se \n"
      "Kontaktuppgifter till den kommun som beviljats statsbidraget\n"
      "Kommun Botkyrka\n"
      "Utdelningsadress Botkyrka \n"
      "Postnummer 13581\n"
      "Postort Botkyrka\n"
      "kommun\n"
      "Kontaktperson Lars Berg  Avdelning/Enhet Socialtjänsten\n"
      "Nämnd Socialnämnd\n"
      "Telefon (inkl. riktnummer) 08- 530 \n"
      "E-postadress \n"
      "610 00\n"
      "lars.berg@botkyrka.se\n"
      "Den eller de kommuner, förutom redovisande kommun, som redovisningen omfattar\n";
  const auto lines = Joined(text, &joined);
  CHECK(joined == 3);
  CHECK(Has(lines, "Utdelningsadress Botkyrka kommun"));
  CHECK(Has(lines, "Postort Botkyrka"));
}

TEST_CASE("run rests: a text that is no dump of runs marks nothing, joins nothing") {
  size_t joined = 0;
  const auto lines =
      Joined("Kontaktperson Inga-Lill\nAvdelning/Enhet Socialförvaltningen\nNilsson\n", &joined);
  CHECK(joined == 0);
  CHECK(Has(lines, "Nilsson"));
}

}  // namespace run_rests_test
