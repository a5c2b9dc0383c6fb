#include "match/ocr_class_fit.h"

#include <doctest/doctest.h>

#include "base/text_util.h"
#include "patterns/regex.h"
#include "test_support.h"

namespace ocr_class_fit_test {

using namespace redovis;

namespace {

const OcrClass& Shipped(const char* name) {
  const OcrClass* c = FindOcrClass(testing::ProjectPatterns().vocabulary(), name);
  REQUIRE(c != nullptr);
  return *c;
}

/// `text` held to the shipped class `name`: the text after, and how it stood.
std::pair<std::string, ClassFit> Fit(const char* name, const std::string& text) {
  std::string out;
  ClassFit fit = FitOcrClass(Shipped(name), text, &out);
  return {out, fit};
}

}  // namespace

TEST_CASE("digits: the letters OCR takes for digits, only in a word with a digit of its own") {
  CHECK(Fit("digits", "l3581") == std::make_pair(std::string("13581"), ClassFit::kRepaired));
  CHECK(Fit("digits", "2O2O-12-1S").first == "2020-12-15");
  CHECK(Fit("digits", "4 B5O kr").first == "4 850 kr");
  CHECK(Fit("digits", "08-5782 9|").first == "08-5782 91");
  // No digit of its own: some other word, as read.
  for (const char* text : {"O", "IO", "SOS", "Tyresö", "3 st"})
    CHECK(Fit("digits", text) == std::make_pair(std::string(text), ClassFit::kFits));
  // A digit of its own and a letter OCR does not confuse: broken, as read.
  for (const char* text : {"12a", "B-6x"})
    CHECK(Fit("digits", text) == std::make_pair(std::string(text), ClassFit::kBroken));
}

TEST_CASE("email: one place read for the '@' makes an address") {
  CHECK(Fit("email", "anna-lena.engstedt(Qtyreso.se").first == "anna-lena.engstedt@tyreso.se");
  CHECK(Fit("email", "Mejl: per(@sala.se, tel 0224").first == "Mejl: per@sala.se, tel 0224");
  CHECK(Fit("email", "per©sala.se").first == "per@sala.se");
  // A PostScript round trip's scan (ps2pdf): the '@' read as "(O".
  CHECK(Fit("email", "anna-lena.engstedt(Otyreso.se").first == "anna-lena.engstedt@tyreso.se");
  CHECK(Fit("email", "maria.holm(Dlindesberg.se").first == "maria.holm@lindesberg.se");
  CHECK(Fit("email", "Olle Ohlin (Omsorg)").first == "Olle Ohlin (Omsorg)");
  CHECK(Fit("email", "per(a)sala.se").first == "per@sala.se");
  // The issue's "Qvasteras.se": a bare Q where the '@' belongs.
  CHECK(Fit("email", "eva.lind.ekQvasteras.se") ==
        std::make_pair(std::string("eva.lind.ek@vasteras.se"), ClassFit::kRepaired));
  // A Q of the name stays: only the repair at the '@' makes an address.
  CHECK(Fit("email", "Qvist.annaQvasteras.se").first == "Qvist.anna@vasteras.se");
  CHECK(Fit("email", "Anna Qvist").first == "Anna Qvist");
  // A repair that leaves a capital in the domain (OCR read "@" as "QM"): none.
  CHECK(Fit("email", "socialaQMtimra.se").second == ClassFit::kFits);
  // Already an address; no place that makes one.
  CHECK(Fit("email", "per@sala.se") == std::make_pair(std::string("per@sala.se"), ClassFit::kFits));
  CHECK(Fit("email", "Firma © 2021").second == ClassFit::kFits);
  CHECK(Fit("email", "a(Qb(Qsala.se").second == ClassFit::kFits);
}

TEST_CASE("the repair is made only where it is the one repair that fits") {
  // Two places: only the one that leaves a lower-case domain makes an address.
  CHECK(Fit("email", "annaQbergQsala.se") ==
        std::make_pair(std::string("annaQberg@sala.se"), ClassFit::kRepaired));
  // Two repairs that fit: a made-up class (the shipped ones leave none), one place
  // fits, every place fits, two places each fit.
  OcrClass c;
  std::string error;
  REQUIRE(CompilePattern("^ab$", &c.shape, &error));
  c.misreadings = {{"8", "b"}, {"x", "a"}};
  std::string out;
  CHECK(FitOcrClass(c, "a8", &out) == ClassFit::kRepaired);
  CHECK(out == "ab");
  CHECK(FitOcrClass(c, "x8", &out) == ClassFit::kRepaired);  // every place
  CHECK(out == "ab");
  REQUIRE(CompilePattern("^a.?b$", &c.shape, &error));
  // "a88": "a8b" (the second place alone) and "abb" (both) fit: two answers.
  CHECK(FitOcrClass(c, "a88", &out) == ClassFit::kAmbiguous);
  CHECK(out == "a88");
}

TEST_CASE("two misreadings of one character side by side may be that character read as two") {
  // A 200 dpi colour scan of sample 2023_filled: "maria.holm@" read
  // "maria.holmQQ". "holmQ@" (a capital Q before the '@') and "holm@" both
  // fit: no guess.
  CHECK(Fit("email", "maria.holmQQlindesberg.se") ==
        std::make_pair(std::string("maria.holmQQlindesberg.se"), ClassFit::kAmbiguous));
  // Apart, the places are two: the one that fits is the repair, as before.
  CHECK(Fit("email", "annaQbergQsala.se").first == "annaQberg@sala.se");
  // Where the two repaired fit (a digit read twice as a letter), they are
  // two characters: "1OO" is 100, never 10.
  CHECK(Fit("digits", "1OO") == std::make_pair(std::string("100"), ClassFit::kRepaired));
}

TEST_CASE("an address OCR parted with a blank at its misread '@' is one address (split)") {
  // A 150 dpi JPEG scan of the 2021 print: the contact cell read
  // "...bjorksten(Q vasteras.se".
  CHECK(Fit("email", "Susanne Björkstén 021-39 20 82 susanne.bjorksten(Q vasteras.se") ==
        std::make_pair(std::string("Susanne Björkstén 021-39 20 82 susanne.bjorksten@vasteras.se"),
                       ClassFit::kRepaired));
  CHECK(Fit("email", "per (Qsala.se").first == "per@sala.se");  // the misreading after the blank
  CHECK(Fit("email", "per.ek (Qsala.se, tel").first == "per.ek@sala.se, tel");
  CHECK(Fit("email", "per.ek@ sala.se").first == "per.ek@sala.se");
  // No misreading at the blank, two blanks, or a word that fits alone: apart.
  for (const char* text : {"per.ek sala.se", "per.ek(Q  sala.se", "per@sala.se Qvist.se",
                           "Anna Q vasteras.se", "Qvist Anna"})
    CHECK(Fit("email", text).first == text);
  // A class without `split` never joins: "l2" "O5" read apart stay two numbers.
  CHECK_FALSE(Shipped("digits").split);
  CHECK(Fit("digits", "l2 O5").first == "12 05");
}

TEST_CASE(
    "an address whose '@' OCR read as a letter the class does not list: a word of the class") {
  const OcrClass& email = Shipped("email");
  // OCR read the '@' as a letter: an address still, never part of a name.
  CHECK(FindMisreadWord(email, "Susanne Aspling Björkstén susanne.aspling.bjorkstenQvasteras.se") ==
        "susanne.aspling.bjorkstenQvasteras.se");
  CHECK(FindMisreadWord(email, "Anna Berg annaQkommun.se, tel") == "annaQkommun.se");
  // No repair the class lists fits ("sociala@Mtimra.se" has a capital in its
  // domain), but the word has an address's shape.
  CHECK(FindMisreadWord(email, "Eva Ek socialaQMtimra.se") == "socialaQMtimra.se");
  for (const char* name :
       {"Anna B. Berg", "Kyrkvägen 3, St.Olof", "Dr. Berg", "Anna Qvist", "per@sala.se", ""})
    CHECK(FindMisreadWord(email, name) == "");
  CHECK(FindMisreadWord(Shipped("phone"), "060-16 3? 00") == "");  // a whole value's class
}

TEST_CASE("an address without its '@' is what the e-mail class calls an address, less its '@'") {
  // One home for what an address looks like: an address the class takes is
  // found with its '@' misread as anything, and a word the class refuses
  // with an '@' read anywhere in it is not found.
  const OcrClass& email = Shipped("email");
  for (const char* address :
       {"per@sala.se", "anna-lena.engstedt@tyreso.se", "a.b@c.d.se",
        "Per.Ek@socialtjänst.kommun.se", "per.ek@sala.nu", "x@y.zz", "-@a.bc"}) {
    REQUIRE(RegexFind(email.shape, std::string(address)));
    for (const char* misread : {"Q", "x", "©"}) {
      std::string read = address;
      read.replace(read.find('@'), 1, misread);
      CAPTURE(read);
      CHECK(FindMisreadWord(email, "Anna Berg " + read + ", tel") == read);
    }
  }
  // A capital domain (the class's domain is lower case), no point after the
  // '@', a point first: refused wherever the '@' is read.
  for (const char* word : {"perQSALA.se", "anna.bergQKOMMUN.SE", "annaQkommun", ".perQ.se"}) {
    CAPTURE(word);
    std::string w = word;
    for (size_t at = 0; at < w.size(); ++at)
      CHECK(!RegexFind(email.shape, w.substr(0, at) + "@" + w.substr(at + 1)));
    CHECK(FindMisreadWord(email, std::string("Anna Berg ") + word) == "");
  }
}

TEST_CASE("the address a text holds is what the e-mail class calls one, and nothing else") {
  const OcrClass& email = Shipped("email");
  CHECK(FindClassWord(email, "Susanne 021-39 20 82 susanne.aspling@vasteras.se") ==
        "susanne.aspling@vasteras.se");
  // Brackets, quotes and a point or comma around it are no part of it.
  CHECK(FindClassWord(email, "Maria Holm (maria.holm@lindesberg.se).") ==
        "maria.holm@lindesberg.se");
  CHECK(FindClassWord(email, "<per@sala.se>, tel") == "per@sala.se");
  CHECK(FindClassWord(email, "no mail here") == "");
  CHECK(FindClassWord(Shipped("phone"), "060-16 31 00") == "");  // a whole value's class
  // Each word: found exactly when the class's shape is found in it, its case
  // aside, so that no address is taken that the class refuses (text glued
  // before it, no point after the '@'), and none it takes is missed.
  for (const char* word : {"per@sala.se", "Per.Ek@socialtjänst.kommun.se", "\"per@sala.se\"",
                           "per@SALA.se", "anna@Kommun.se", "e-post:per@sala.se", "per@sala",
                           ".per@sala.se", "per@sala.se/070", "annaQkommun.se"}) {
    CAPTURE(word);
    const std::string w = word;
    CHECK(!FindClassWord(email, "Anna Berg " + w).empty() == RegexFind(email.shape, Fold(w)));
  }
  // A domain typed in capitals is an address, kept as typed.
  CHECK(FindClassWord(email, "Per Ek <Per.Ek@TYRESO.se>") == "Per.Ek@TYRESO.se");
  CHECK(FindClassWord(email, "anna@Kommun.se") == "anna@Kommun.se");
  // What the class refuses but holds an '@' is kept out of a name as well.
  CHECK(FindMisreadWord(email, "Anna Berg per@SALA.se") == "per@SALA.se");
  CHECK(FindMisreadWord(email, "Anna Berg per@sala.se") == "");
}

TEST_CASE("phone and postcode: the whole value keeps the class's shape") {
  CHECK(Fit("phone", "060-16 31 00").second == ClassFit::kFits);
  CHECK(Fit("phone", "+46 60 16 31 00").second == ClassFit::kFits);
  CHECK(Fit("phone", "Tel 0920-123 45 (växel)").second == ClassFit::kFits);
  // A mark OCR read inside the number, or two numbers run together.
  CHECK(Fit("phone", "060-16 3? 00").second == ClassFit::kBroken);
  CHECK(Fit("phone", "060-16 31 00 070-123 45 67").second == ClassFit::kBroken);
  CHECK(Fit("phone", "Socialförvaltningen").second == ClassFit::kBroken);
  CHECK(Fit("postcode", "722 15").second == ClassFit::kFits);
  CHECK(Fit("postcode", "86182 Timrå").second == ClassFit::kFits);
  CHECK(Fit("postcode", "722 1").second == ClassFit::kBroken);
  CHECK(Fit("postcode", "722 155").second == ClassFit::kBroken);
}

}  // namespace ocr_class_fit_test
