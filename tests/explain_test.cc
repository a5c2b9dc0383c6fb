#include "inspect/explain.h"

#include <doctest/doctest.h>

#include "test_paths.h"
#include "test_support.h"

namespace explain_test {

using namespace redovis;

namespace {

std::string SourceDir() {
  return std::string(redovis::testing::SourceDir());
}

const NullKey* NullOf(const Explanation& e, const std::string& key) {
  for (const NullKey& n : e.nulls)
    if (n.key == key) return &n;
  return nullptr;
}

/// Explains `text` written to a temporary file named after `tag` (removed
/// after), into `*e`.
Status ExplainText(const std::string& text, const std::string& tag, Explanation* e) {
  std::string path = (std::filesystem::temp_directory_path() /
                      ("redovis-explain-" + tag + std::to_string(getpid()) + ".txt"))
                         .string();
  std::ofstream(path) << text;
  Status s = Explain(path, testing::ProjectPatterns(), ExplainOptions(), e);
  std::filesystem::remove(path);
  return s;
}

}  // namespace

TEST_CASE("explain: a reworded heading is section_not_found, with the reworded line nearest") {
  ExplainOptions options;
  options.key = "clients.total.women";
  Explanation e;
  REQUIRE(Explain(SourceDir() + "/tests/data/walkthrough/dalarna_2021.txt",
                  testing::ProjectPatterns(), options, &e)
              .ok());
  REQUIRE(e.reports.size() == 1);
  CHECK(e.reports[0].edition == "po-2021");
  CHECK(e.found.empty());
  const NullKey* n = NullOf(e, "clients.total.women");
  REQUIRE(n != nullptr);
  CHECK(n->reason == NullReason::kSectionNotFound);
  CHECK(n->detail.find("section clients") != std::string::npos);
  // The reworded heading and the reworded label are the nearest lines.
  REQUIRE(n->candidates.size() >= 2);
  std::string near = n->candidates[0].text + "\n" + n->candidates[1].text;
  CHECK(near.find("Avdelning 2 – Klienter") != std::string::npos);
  CHECK(near.find("Summa klienter") != std::string::npos);
  CHECK(n->candidates[0].similarity > 0.5);
  CHECK(n->candidates[0].similarity < 1.0);
  // Narrowed: only the lines about the key.
  CHECK(e.lines.size() <= 3);
}

TEST_CASE("explain: a key with a value names its rule and line; every line is kept without --key") {
  Explanation e;
  REQUIRE(Explain(SourceDir() + "/samples/001_6c9c6f8633700f23.txt", testing::ProjectPatterns(),
                  ExplainOptions(), &e)
              .ok());
  REQUIRE(e.reports.size() == 1);
  CHECK(e.format == "text");
  bool given = false;
  for (const ExplainedLine& l : e.lines)
    for (const GivenValue& g : l.values)
      if (g.key == "clients.total.women") {
        given = true;
        CHECK(g.value == "267");
        CHECK(l.section == "clients");
        CHECK(g.rule.rfind("_po-2020s.rules:", 0) == 0);
      }
  CHECK(given);
  CHECK(NullOf(e, "clients.total.women") == nullptr);
  // Every asked key without a value has a reason.
  CHECK(e.nulls.size() == e.reports[0].asked - e.reports[0].values);
}

TEST_CASE("explain: the reasons from findings, a rule that matched without a value") {
  // A blank count beside its label: the row matched, no value.
  std::string text =
      "REDOVISNING\n\nStatsbidrag avseende år 2021\n\n"
      "Kontaktuppgifter till den kommun som beviljats statsbidraget\n\nKommun Falun\n\n"
      "2. Klienter\n\n\tKvinnor\tMän\nTotalt antal klienter\t\t\n"
      "Antal nya klienter\tmånga\t3\n\n8. Coronapandemin\n"
      "Har Coronapandemin påverkat er verksamhet med personliga ombud?\n";
  Explanation e;
  Status s = ExplainText(text, "", &e);
  REQUIRE(s.ok());
  REQUIRE(e.reports.size() == 1);
  const NullKey* none = NullOf(e, "clients.total.women");
  REQUIRE(none != nullptr);
  CHECK(none->reason == NullReason::kNoValue);
  const NullKey* bad = NullOf(e, "clients.new.women");
  REQUIRE(bad != nullptr);
  CHECK(bad->reason == NullReason::kValueUnparseable);
  CHECK(bad->detail.find("unreadable_number") != std::string::npos);
  const NullKey* unseen = NullOf(e, "ombud.fte");
  REQUIRE(unseen != nullptr);
  CHECK(unseen->reason == NullReason::kSectionNotFound);
}

TEST_CASE("explain: a number larger than its key may hold was seen and not taken") {
  std::string text =
      "REDOVISNING\n\nStatsbidrag avseende år 2021\n\n"
      "Kontaktuppgifter till den kommun som beviljats statsbidraget\n\nKommun Falun\n\n"
      "1. Personliga ombud\nTotalt antal ombudstjänster i kommunen:\n"
      "Ange antal tjänster med 2 decimaler: 4 045 300\n\n8. Coronapandemin\n";
  Explanation e;
  Status s = ExplainText(text, "", &e);
  REQUIRE(s.ok());
  const NullKey* big = NullOf(e, "ombud.fte");
  REQUIRE(big != nullptr);
  CHECK(big->reason == NullReason::kValueUnparseable);
  CHECK(big->detail.find("value_out_of_range") != std::string::npos);
}

TEST_CASE("explain: an unknown key is a usage error; an unreadable file names it") {
  ExplainOptions options;
  options.key = "no.such.key";
  Explanation e;
  Status s = Explain(SourceDir() + "/samples/001_6c9c6f8633700f23.txt", testing::ProjectPatterns(),
                     options, &e);
  CHECK(s.code() == "usage");
  s = Explain("/nonexistent.txt", testing::ProjectPatterns(), ExplainOptions(), &e);
  CHECK(!s.ok());
  CHECK(s.message().find("/nonexistent.txt") != std::string::npos);
}

TEST_CASE("explain: a choice in a text that shows no mark at all is an unreadable mark") {
  // pandoc's gfm of a Word form whose check boxes it dropped (unshown_marks.h).
  std::string text =
      "REDOVISNING\nStatsbidrag avseende år 2020\n"
      "Kontaktuppgifter till den kommun som beviljats statsbidraget\nKommun: Tyresö\n"
      "1. Personliga ombud\n\n| | Antal kvinnor | Antal män |\n|---|---|---|\n"
      "| Ange antalet personliga ombud | 1 | 1 |\n\nUtbildning\n\n"
      "| | Ja | Nej |\n|---|---|---|\n| Ombuden har erbjudits utbildning. | | |\n\n"
      "8. Coronapandemin\n";
  Explanation e;
  Status s = ExplainText(text, "unshown-", &e);
  REQUIRE(s.ok());
  const NullKey* unshown = NullOf(e, "training.offered");
  REQUIRE(unshown != nullptr);
  CHECK(unshown->reason == NullReason::kMarkAmbiguous);
  CHECK(unshown->detail.find("value_unreadable") != std::string::npos);
}

TEST_CASE("explain: a value whose end could not be told is undecided, not missing") {
  // Reading-order text: the committee's cell, then an address's rest that
  // another cell broke off. The finding says the tool left it; the reason
  // must not say that nothing stood beside the label.
  std::string text =
      "REDOVISNING\nStatsbidrag avseende år 2020\n"
      "Kontaktuppgifter till den kommun som beviljats statsbidraget\nKommun Tyresö\n"
      "Telefon (inkl. riktnummer) 08- 5782 94 91 E-postadress anna-lena.engs-\n"
      "Nämnd Arbetsmarknads- och\nsocialnämnden\ntedt@tyreso.se\n"
      "Den eller de kommuner, förutom redovisande kommun, som redovisningen omfattar\n\f"
      "1. Personliga ombud\n\f";
  Explanation e;
  Status s = ExplainText(text, "undecided-", &e);
  REQUIRE(s.ok());
  const NullKey* committee = NullOf(e, "contact.committee");
  REQUIRE(committee != nullptr);
  CHECK(committee->reason == NullReason::kValueUndecided);
  CHECK(committee->detail.find("wrapped_value") != std::string::npos);
}

TEST_CASE("explain: reason names") {
  CHECK(std::string(NullReasonName(NullReason::kValueUndecided)) == "value_undecided");
  CHECK(std::string(NullReasonName(NullReason::kSectionNotFound)) == "section_not_found");
  CHECK(std::string(NullReasonName(NullReason::kMarkAmbiguous)) == "mark_ambiguous");
}

}  // namespace explain_test
