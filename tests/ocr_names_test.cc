#include "match/ocr_names.h"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ocr_names_test {

using namespace redovis;

TEST_CASE("MisreadReach: none under 5 letters, 1 under 9, 2 from 9") {
  CHECK(MisreadReach(4) == 0);
  CHECK(MisreadReach(5) == 1);
  CHECK(MisreadReach(8) == 1);
  CHECK(MisreadReach(9) == 2);
}

TEST_CASE("AddressByName: the name part OCR changed takes the report's spelling of the name") {
  // never-seen, 000 printed through PostScript: the signature's address.
  std::string name;
  CHECK(AddressByName("ingar-ill.nilsson@timra.se", {"Inga-Lill Nilsson"}, &name) ==
        "inga-lill.nilsson@timra.se");
  CHECK(name == "Inga-Lill Nilsson");
  // Diacritics folded as addresses write them; the same name read twice is one.
  CHECK(AddressByName("asa.bjorkstem@ornskoldsvik.se", {"Åsa Björkstén", "Åsa Björkstén"}) ==
        "asa.bjorksten@ornskoldsvik.se");
}

TEST_CASE("AddressByName: no guess without one name that fits") {
  // Already a name of the report.
  CHECK(AddressByName("inga-lill.nilsson@timra.se", {"Inga-Lill Nilsson"}).empty());
  // Two parts differ, or a short part a letter away (Berg / Borg): another person may be meant.
  CHECK(AddressByName("ingar-ill.nilsen@timra.se", {"Inga-Lill Nilsson"}).empty());
  CHECK(AddressByName("anna.borg@timra.se", {"Anna Berg"}).empty());
  // Two names within reach: neither.
  CHECK(AddressByName("anna.nilssen@timra.se", {"Anna Nilsson", "Anna Nilsen"}).empty());
  // Capitals before the '@', no '@', or another shape of address.
  CHECK(AddressByName("Ingar-ill.Nilsson@timra.se", {"Inga-Lill Nilsson"}).empty());
  CHECK(AddressByName("ingar-ill.nilsson", {"Inga-Lill Nilsson"}).empty());
  CHECK(AddressByName("socialtjansten@timra.se", {"Inga-Lill Nilsson"}).empty());
}

TEST_CASE(
    "WordsByDocument: a word that lost its diaeresis, as the report writes it in the phrase") {
  // never-seen, 003 printed on Letter through PostScript.
  const std::vector<std::string> lines = {
      "Aktion Livräddning 21 okt, Samordningsförbundet Östra Södertörn olika kunskapsseminarier",
      "Annan organisation Samordningsförbundet Ostra Södertörn"};
  std::vector<WordSnap> snaps;
  CHECK(WordsByDocument("Samordningsförbundet Ostra Södertörn", lines, &snaps) ==
        "Samordningsförbundet Östra Södertörn");
  REQUIRE(snaps.size() == 1);
  CHECK(snaps[0].read == "Ostra");
  CHECK(snaps[0].written == "Östra");
}

TEST_CASE("WordsByDocument: no change without one spelling in the same phrase") {
  std::vector<WordSnap> snaps;
  // The word elsewhere, in another phrase.
  CHECK(WordsByDocument("Ostra Göinge", {"Östra Södertörn"}, &snaps) == "Ostra Göinge");
  // A word in lower case ("har" / "här"), or one that is not the word's marks lost.
  CHECK(WordsByDocument("vi har haft", {"vi här haft"}, &snaps) == "vi har haft");
  CHECK(WordsByDocument("Ostra Södertörn", {"Östre Södertörn"}, &snaps) == "Ostra Södertörn");
  // Two spellings in the same phrase: neither.
  CHECK(WordsByDocument("Ange Stad", {"Ånge Stad", "Änge Stad"}, &snaps) == "Ange Stad");
  CHECK(snaps.empty());
}

TEST_CASE("WordsByRegistry: a word that lost its diaeresis, as the one registry word") {
  // Seed 11 scans of sample 003: "Östra" read "Ostra" everywhere the report
  // writes it, so the report's own spelling cannot set it right.
  const std::vector<std::string> words =
      NameWords({"Östra Göinge", "Östra Göinge kommun", "Örebro", "Örebro län", "Habo", "Håbo"});
  std::vector<WordSnap> snaps;
  CHECK(WordsByRegistry("Samordningsförbundet Ostra Södertörn, Orebro", words, &snaps) ==
        "Samordningsförbundet Östra Södertörn, Örebro");
  REQUIRE(snaps.size() == 2);
  CHECK(snaps[0].read == "Ostra");
  CHECK(snaps[0].written == "Östra");
  CHECK(snaps[1].written == "Örebro");
}

TEST_CASE("WordsByRegistry: no change without one registry word of five letters or more") {
  const std::vector<std::string> words =
      NameWords({"Ånge", "Åsele", "Äsele", "Habo", "Håbo", "Östra Göinge"});
  std::vector<WordSnap> snaps;
  // Under five letters ("Ange antalet ..."), a registry word itself ("Habo"),
  // two registry words that fit, lower case, or not the word's marks lost.
  CHECK(WordsByRegistry("Ange Habo Asele", words, &snaps) == "Ange Habo Asele");
  CHECK(WordsByRegistry("ostra Ostre Ostras", words, &snaps) == "ostra Ostre Ostras");
  CHECK(snaps.empty());
}

TEST_CASE("WordsByRegistry: a word that lost its diaeresis, as the head of registry names") {
  // Seed 11 scans of sample 001: "Psykiatriboende Öster" read "Oster" (no
  // registry word, but the head of Österåker, Östersund, Östergötlands län).
  const std::vector<std::string> words = NameWords(
      {"Österåker", "Österåkers kommun", "Östersund", "Östersunds kommun", "Östergötlands län",
       "Ängelholm", "Ängelholms kommun", "Strömstad", "Strömsund", "Stromsholm"});
  std::vector<WordSnap> snaps;
  CHECK(WordsByRegistry("Psykiatriboende Oster", words, &snaps) == "Psykiatriboende Öster");
  REQUIRE(snaps.size() == 1);
  CHECK(snaps[0].read == "Oster");
  CHECK(snaps[0].written == "Öster");
  snaps.clear();
  // The head of one name alone (a genitive is the same name), a head a
  // registry word begins with as read ("Stroms" of "Stromsholm"), a
  // shorter word, lower case: as read.
  CHECK(WordsByRegistry("Angel Stroms Ostr oster", words, &snaps) == "Angel Stroms Ostr oster");
  CHECK(snaps.empty());
}

TEST_CASE("MarksByDocument: a mark OCR added in a stem the report writes without it") {
  const std::vector<std::string> lines = {
      "Landstingets psykiatri", "Psykiatrin: Lyft detta på ledningsgruppsmöte",
      "Tjänsteställe Personligt Ombud Västmanland / Psykiätriboende Öster"};
  std::vector<WordSnap> snaps;
  CHECK(MarksByDocument("Personligt Ombud Västmanland / Psykiätriboende Öster", lines, &snaps) ==
        "Personligt Ombud Västmanland / Psykiatriboende Öster");
  REQUIRE(snaps.size() == 1);
  CHECK(snaps[0].read == "Psykiätriboende");
  CHECK(snaps[0].written == "Psykiatriboende");
}

TEST_CASE(
    "MarksByDocument: no change without a plain stem of eight letters, or where the report writes "
    "the mark") {
  std::vector<WordSnap> snaps;
  // "här" and "har": too short to tell a misread from a word.
  CHECK(MarksByDocument("Vi är här", {"Vi har inte", "Vi är här"}, &snaps) == "Vi är här");
  // The report writes the marked stem on another line too.
  CHECK(MarksByDocument("Psykiätriboende", {"psykiatri", "Psykiätriboende", "psykiätrin"},
                        &snaps) == "Psykiätriboende");
  // An address or a path writes names without marks: no evidence.
  CHECK(MarksByDocument("Socialförvaltningen Västerås",
                        {"socialforvaltningen@vasteras.se", "www.vasteras.se/socialforvaltningen"},
                        &snaps) == "Socialförvaltningen Västerås");
  // A stem of seven letters ("förvalt" / "forvalt") is too short.
  CHECK(MarksByDocument("Förvaltaren", {"Forvaltningen"}, &snaps) == "Förvaltaren");
  CHECK(snaps.empty());
}

TEST_CASE("SpellsName: an address's name part that is a name's words, folded") {
  CHECK(SpellsName("inga-lill.nilsson@timra.se", {"Anna Berg", "Inga-Lill Nilsson"}));
  CHECK(SpellsName("asa.bjorksten@ornskoldsvik.se", {"Åsa Björkstén"}));
  CHECK_FALSE(SpellsName("ni@vasteras.se", {"Inga-Lill Nilsson"}));
  CHECK_FALSE(SpellsName("inga.nilsson@timra.se", {"Inga-Lill Nilsson"}));       // a word short
  CHECK_FALSE(SpellsName("nilsson@timra.se", {"Nilsson"}));                      // one piece
  CHECK_FALSE(SpellsName("Inga-Lill.Nilsson@timra.se", {"Inga-Lill Nilsson"}));  // capitals
  CHECK_FALSE(SpellsName("inga-lill.nilsson", {"Inga-Lill Nilsson"}));           // no '@'
}

TEST_CASE("NamePartWritten: an address's name part that the report writes as a word") {
  const std::vector<std::string> lines = {"Arbetsplats\tSocialförvaltningen Lindesberg",
                                          "Har ni haft kö? Ja, under sommaren."};
  CHECK(NamePartWritten("socialforvaltningen@lindesberg.se", lines));
  CHECK(NamePartWritten("sommaren@lindesberg.se", lines));                 // a sentence's last word
  CHECK_FALSE(NamePartWritten("ni@lindesberg.se", lines));                 // under five letters
  CHECK_FALSE(NamePartWritten("socialforvaltning@lindesberg.se", lines));  // a word's head only
  // Written only as an address's name part, the address itself as read.
  CHECK_FALSE(NamePartWritten("sociala@timra.se", {"E-post\tsociala@timra.se"}));
  CHECK_FALSE(NamePartWritten("sociala@timra.se", {"E-post sociala (Q timra.se"}));
  CHECK_FALSE(NamePartWritten("sociala@timra.se", {"anna.sociala@kommun.se"}));
  CHECK_FALSE(NamePartWritten("sociala@timra.se", {"sociala@kommun.se"}));
  CHECK_FALSE(NamePartWritten("social.tjansten@timra.se", {"Social tjansten"}));  // two pieces
}

namespace {

/// A word list of a few words, any case, as the extractor's answers.
KnownWord Words(std::set<std::string> words) {
  return [words = std::move(words)](std::string_view w) {
    std::string lower(w);
    for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (lower.rfind("\xc3\x96", 0) == 0) lower.replace(0, 2, "\xc3\xb6");  // "Ö" -> "ö"
    return words.count(lower) > 0;
  };
}

const std::vector<std::string> kJoins = {"s"};  // as the project's patterns join compounds

/// The patterns' OCR misreadings of a free text's words and compound joins,
/// as common.rules writes them.
const Vocabulary& Misread() {
  static const Vocabulary voc = [] {
    Vocabulary v;
    v.ocr_word_misreadings = {{"t", "f"}, {"O", "Ö"}};
    v.compound_joins = kJoins;
    return v;
  }();
  return voc;
}

}  // namespace

TEST_CASE("LanguageKnows: a word of the list, or two joined, the head's joining s allowed") {
  const KnownWord knows = Words({"förvaltning", "chef", "het", "enhet", "konferensen", "ut"});
  CHECK(LanguageKnows("Konferensen", knows, kJoins));
  CHECK(LanguageKnows("Förvaltningschef", knows, kJoins));  // förvaltning + s + chef
  CHECK(LanguageKnows("enhetschef", knows, kJoins));        // enhet + s + chef
  CHECK(LanguageKnows("förvaltningchef", knows, kJoins));   // förvaltning + chef
  // A tail under four letters ("het"), a head under three ("ut"): no compound.
  CHECK_FALSE(LanguageKnows("förvaltningshet", knows, kJoins));
  CHECK_FALSE(LanguageKnows("utchef", knows, kJoins));
  CHECK_FALSE(LanguageKnows("Förvaltningschet", knows, kJoins));
  CHECK_FALSE(LanguageKnows("Förvaltningschef", KnownWord(), kJoins));
}

TEST_CASE("WordsByWordList: a word OCR misread set right where one repair makes a word") {
  const KnownWord knows = Words({"förvaltning", "chef", "konferensen", "överklagan", "om"});
  std::vector<WordSnap> snaps;
  CHECK(WordsByWordList("Förvaltningschet", Misread(), knows, {}, &snaps) == "Förvaltningschef");
  REQUIRE(snaps.size() == 1);
  CHECK(snaps[0].read == "Förvaltningschet");
  CHECK(snaps[0].written == "Förvaltningschef");
  snaps.clear();
  CHECK(WordsByWordList("Överklagan om beslut, konterensen.", Misread(), knows, {}, &snaps) ==
        "Överklagan om beslut, konferensen.");
  CHECK(WordsByWordList("Overklagan", Misread(), knows, {}, nullptr) == "Överklagan");
  REQUIRE(snaps.size() == 1);
  CHECK(snaps[0].read == "konterensen");
}

TEST_CASE("WordsByWordList: as read without one repair that makes a word, or written elsewhere") {
  std::vector<WordSnap> snaps;
  // Known already (as a compound too), or no repair makes a word.
  const KnownWord knows = Words({"förvaltning", "chef"});
  CHECK(WordsByWordList("Förvaltningschef", Misread(), knows, {}, &snaps) == "Förvaltningschef");
  CHECK(WordsByWordList("Socialchet", Misread(), knows, {}, &snaps) == "Socialchet");
  // A word under five letters is not tried; two repairs that make two words
  // ("fatta" and "tafta" of "tatta"): neither taken.
  const KnownWord two = Words({"fatt", "taft"});
  CHECK(WordsByWordList("tatt ok", Misread(), two, {}, &snaps) == "tatt ok");
  const KnownWord five = Words({"fatta", "tafta"});
  CHECK(WordsByWordList("tatta", Misread(), five, {}, &snaps) == "tatta");
  // The report writes the word as read on another line: its own word.
  const KnownWord chef = Words({"förvaltning", "chef"});
  CHECK(WordsByWordList("Förvaltningschet", Misread(), chef,
                        {"Titel Förvaltningschet", "Förvaltningschet, Timrå"},
                        &snaps) == "Förvaltningschet");
  // Once, or inside a longer word on the other line: still set right.
  CHECK(WordsByWordList("Förvaltningschet", Misread(), chef,
                        {"Titel Förvaltningschet", "Förvaltningschetsen"},
                        nullptr) == "Förvaltningschef");
  // Digits in the word, no list, no misreadings: as read.
  CHECK(WordsByWordList("Förvaltningschet2", Misread(), chef, {}, &snaps) == "Förvaltningschet2");
  CHECK(WordsByWordList("Förvaltningschet", Misread(), KnownWord(), {}, &snaps) ==
        "Förvaltningschet");
  CHECK(WordsByWordList("Förvaltningschet", Vocabulary(), chef, {}, &snaps) == "Förvaltningschet");
  CHECK(snaps.empty());
}

}  // namespace ocr_names_test
