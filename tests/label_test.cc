#include "patterns/label.h"

#include <doctest/doctest.h>

#include "base/text_util.h"

using namespace redovis;

namespace {

LabelTolerance Usual() {
  LabelTolerance t;
  t.words = 1;
  t.min_words = 5;
  t.chars = 2;
  return t;
}

LabelDistance Compare(const std::string& label_source, const std::string& text,
                      LabelTolerance t = Usual()) {
  bool closed = false;
  std::string label = DeriveLabel(label_source, &closed);
  return CompareLabel(LabelWords(U(label)), closed, U(text), t);
}

}  // namespace

TEST_CASE("DeriveLabel spells the wording of an anchored pattern") {
  bool closed = true;
  CHECK(DeriveLabel("^Ombuden har erbjudits utbildning", &closed) ==
        "Ombuden har erbjudits utbildning");
  CHECK_FALSE(closed);
  // Optional characters and groups are left out; the first alternative is taken.
  CHECK(DeriveLabel("^Om ja,? ange vilken/vilka utbildningar\\.?:?", &closed) ==
        "Om ja ange vilken/vilka utbildningar");
  CHECK(DeriveLabel("^Har ni (?:under \\d{4} )?haft kö eller väntetid", &closed) ==
        "Har ni haft kö eller väntetid");
  CHECK(DeriveLabel("^Stöd i kontakt(?:en)? med myndighet", &closed) ==
        "Stöd i kontakt med myndighet");
  CHECK(DeriveLabel("^(?:Landstingets|Regionens) primärvård$|^Primärvård", &closed) ==
        "Landstingets primärvård");
  CHECK(closed);
  CHECK(DeriveLabel("^[ÅA]rsanställningar,? ange antal", &closed) == "Årsanställningar ange antal");
  // Up to the value's group; a lookahead for the end or a colon closes it.
  CHECK(DeriveLabel("^Utdelningsadress:?\\s*(.*)$", &closed) == "Utdelningsadress");
  CHECK_FALSE(closed);
  CHECK(DeriveLabel("^Ekonomi(?=\\s*(?::|$))", &closed) == "Ekonomi");
  CHECK(closed);
  CHECK(DeriveLabel("^Kommun(?!/)\\b:?\\s*(.*)$", &closed) == "Kommun");
  // Words between literals: a space.
  CHECK(DeriveLabel("^Om ja,? uppskatta.*?\\(Ange i dagar\\)", &closed) ==
        "Om ja uppskatta (Ange i dagar)");
  // Not anchored, or not spellable: no label.
  CHECK(DeriveLabel("statsbidrag avseende år\\s*(\\d{4})", &closed).empty());
  CHECK(DeriveLabel("^\\w+ ombud", &closed).empty());
  CHECK(DeriveLabel("^[^x]yz", &closed).empty());
}

TEST_CASE("LabelWords folds case and leaves years out") {
  std::vector<int32_t> ends;
  auto w = LabelWords(U("Har ni under 2023 haft KÖ?"), &ends);
  REQUIRE(w.size() == 5);
  CHECK(w[3] == U"haft");
  CHECK(w[4] == U"kö");
  CHECK(ends[4] == 25);
  CHECK(LabelWords(U("därav mellan 18 och 29")).size() == 5);  // numbers that are no year stay
}

TEST_CASE("CompareLabel forgives a character or two, and a word in a long label") {
  const char* label = "^Ombuden har erbjudits utbildning";
  CHECK(Compare(label, "Ombuden har erbjudits utbildning").within);
  CHECK(Compare(label, "Ombuden har erbjudlts utbildning").within);        // OCR: i as l
  CHECK(Compare(label, "0mbuden har erbjudits utbi1dning").within);        // two characters
  CHECK_FALSE(Compare(label, "0mbuden har erbjudits utbi1dnlng").within);  // three
  // A word changed needs a label of five words.
  CHECK_FALSE(Compare(label, "Ombuden har fått utbildning").within);
  CHECK(Compare("^Ombuden har under året erbjudits utbildning",
                "Ombuden har under året fått utbildning")
            .within);
  CHECK(Compare("^Ombuden har under året erbjudits utbildning",
                "Ombuden har under hela året erbjudits utbildning")
            .within);
  CHECK_FALSE(Compare("^Ombuden har under året erbjudits utbildning",
                      "Ombuden har under hela året fått utbildning")
                  .within);
  // A year inside the question is no word.
  CHECK(Compare("^Har ni haft kö eller väntetid", "Har ni under 2023 haft kö eller väntetid?")
            .within);
  // Words of three letters or fewer must be equal.
  CHECK_FALSE(Compare("^Har ni haft kö", "Har nu haft kö").within);
  // Nothing with no tolerance.
  CHECK_FALSE(Compare(label, "Ombuden har erbjudlts utbildning", LabelTolerance()).within);
}

TEST_CASE("CompareLabel: where the label ends, and a closed label's end") {
  LabelDistance d = Compare("^Utdelningsadress:?\\s*(.*)$", "Utdelnlngsadress: Storgatan 1");
  CHECK(d.within);
  CHECK(d.end == 16);
  CHECK(Compare("^Ekonomi(?=\\s*(?::|$))", "Ekonoml").within);
  CHECK(Compare("^Ekonomi(?=\\s*(?::|$))", "Ekonoml: kvinnor 3, män 2").within);
  // A closed label followed by more words is another text.
  CHECK_FALSE(Compare("^Ekonomi(?=\\s*(?::|$))", "Ekonomi är viktig").within);
  CHECK_FALSE(Compare("^Kommun(?=\\s*(?::|$))", "Kommun/kommuner").within);
  // A label is never all changed words.
  CHECK_FALSE(Compare("^Titel:?\\s*(.*)$", "Datum: 2021-01-01").within);
}
