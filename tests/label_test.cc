#include "patterns/label.h"

#include <doctest/doctest.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "base/sanitizer.h"
#include "base/text_util.h"
#include "redovis/document.h"
#include "redovis/patterns.h"
#include "redovis/readers.h"
#include "test_paths.h"

namespace label_test {

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

/// MayBeWithin before CompareLabel, as the matcher asks them.
bool QuickThenFull(const std::string& label_source, const std::string& text,
                   LabelTolerance t = Usual()) {
  bool closed = false;
  std::vector<std::u32string> label = LabelWords(U(DeriveLabel(label_source, &closed)));
  std::vector<int32_t> ends;
  std::vector<std::u32string> words = LabelWords(U(text), &ends);
  return MayBeWithin(label, words, t) &&
         CompareLabel(label, closed, U(text), words, ends, t).within;
}

/// Every cell's text of the samples (no scans) and of the committed
/// renderings (tests/data/renderings), as the readers give them: what the
/// matcher compares with the rules' labels.
std::set<std::string> CellTexts() {
  std::set<std::string> texts;
  for (const char* dir : {"/samples", "/tests/data/renderings"}) {
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(redovis::testing::SourceDir()) + dir)) {
      std::string name = entry.path().filename().string();
      if (name.find(".scanned.") != std::string::npos) continue;  // OCR: slow, and its own tests
      std::ifstream in(entry.path(), std::ios::binary);
      std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      // LibreOffice's conversions (.doc, .rtf, an HTML page, Word 2003 XML)
      // cost seconds a file, and their cells are their .docx's.
      InputFormat format = SniffFormat(bytes, name);
      if (format == InputFormat::kOle2 || format == InputFormat::kRtf ||
          format == InputFormat::kHtml || format == InputFormat::kWordXml)
        continue;
      Document doc;
      ReadOptions options;
      options.ocr = "never";
      if (!ReadDocument(bytes, name, options, &doc).ok()) continue;
      for (const Line& line : doc.lines)
        for (const Cell& c : line.cells) texts.insert(c.text);
    }
  }
  return texts;
}

/// Each label's wording as a municipality or OCR may change it at the very
/// places MayBeWithin looks: its first word left out, changed, misread or
/// preceded by another word; its second word misread.
std::vector<std::string> Perturbed(const std::vector<std::u32string>& label) {
  auto join = [](const std::vector<std::u32string>& words) {
    std::u32string s;
    for (const auto& w : words) s += (s.empty() ? U"" : U" ") + w;
    return Utf8(icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(s.data()),
                                              static_cast<int32_t>(s.size())));
  };
  std::vector<std::string> out;
  std::vector<std::u32string> w = label;
  out.push_back(join(w));
  if (w.size() > 1) out.push_back(join({w.begin() + 1, w.end()}));  // first word left out
  w = label;
  w[0] = U"xyzzy";
  out.push_back(join(w));  // first word changed
  w = label;
  w.insert(w.begin(), U"annan");
  out.push_back(join(w));  // a word before
  for (size_t i = 0; i < 2 && i < label.size(); ++i) {
    w = label;
    w[i][0] = w[i][0] == U'q' ? U'x' : U'q';  // one character misread
    out.push_back(join(w));
    if (w[i].size() >= 8) {
      w[i][w[i].size() - 1] = U'q';  // two
      out.push_back(join(w));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("MayBeWithin: the quick test before CompareLabel") {
  const char* label = "^Ombuden har under året erbjudits utbildning";
  CHECK(QuickThenFull(label, "Ombuden har under året erbjudits utbildning"));
  CHECK(QuickThenFull(label, "0mbuden har under året erbjudits utbildning"));  // first word misread
  CHECK(QuickThenFull(label, "Har under året erbjudits utbildning"));  // first word left out
  CHECK(QuickThenFull(label, "Alla ombuden har under året erbjudits utbildning"));  // one added
  CHECK(QuickThenFull(label, "Ombudet har under året erbjudits utbildning"));  // a letter changed
  // Two of the first words gone: CompareLabel would say no as well.
  CHECK_FALSE(QuickThenFull(label, "under året erbjudits utbildning"));
  CHECK_FALSE(Compare(label, "under året erbjudits utbildning").within);
  // A short label may change no word: its first word must be there.
  CHECK_FALSE(QuickThenFull("^Har ni haft kö", "Hade ni haft kö"));
  // Nothing is near an empty text or an empty label.
  bool closed = false;
  std::vector<std::u32string> words = LabelWords(U("Ombuden har"));
  CHECK_FALSE(MayBeWithin({}, words, Usual()));
  CHECK_FALSE(MayBeWithin(LabelWords(U(DeriveLabel(label, &closed))), {}, Usual()));
}

TEST_CASE("MayBeWithin never turns away a text CompareLabel takes: every rule x every cell") {
  std::unique_ptr<PatternSet> ps;
  Status loaded = PatternSet::Load(std::string(redovis::testing::SourceDir()) + "/patterns", &ps);
  REQUIRE_MESSAGE(loaded.ok(), loaded.ToString());
  const LabelTolerance& t = ps->vocabulary().label_tolerance;
  REQUIRE(t.words > 0);
  std::vector<const Rule*> rules;
  std::set<std::string> texts = CellTexts();
  for (const auto& e : ps->editions())
    for (const auto& r : e->rules)
      if (!r->label_words.empty()) {
        rules.push_back(r.get());
        for (const std::string& p : Perturbed(r->label_words)) {
          texts.insert(p);
          texts.insert(p + ": 12");
        }
      }
  REQUIRE(rules.size() > 100);
  REQUIRE(texts.size() > 2000);
  // Every text in the plain build; every 32nd under AddressSanitizer,
  // where the unoptimised build would spend minutes on the 3 million pairs
  // (the property is the plain build's to prove; the sanitizers watch the
  // memory the comparison touches, which a sample touches alike: every rule
  // still meets about a hundred texts).
  const size_t stride = kAddressSanitizer ? 32 : 1;
  size_t within = 0, turned_away = 0, dropped = 0, compared = 0, at = 0;
  for (const std::string& text : texts) {
    if (at++ % stride != 0) continue;
    ++compared;
    icu::UnicodeString u = U(text);
    std::vector<int32_t> ends;
    std::vector<std::u32string> words = LabelWords(u, &ends);
    for (const Rule* r : rules) {
      bool quick = MayBeWithin(r->label_words, words, t);
      if (!quick) ++turned_away;
      bool full = CompareLabel(r->label_words, r->label_closed, u, words, ends, t).within;
      if (full) ++within;
      if (full && !quick && ++dropped <= 5)
        FAIL_CHECK("'" << r->label << "' is within the tolerance of '" << text
                       << "' but MayBeWithin turns it away");
    }
  }
  CHECK(dropped == 0);
  CHECK(within * stride > 1000);
  // And it does turn away: nearly every pair never reaches CompareLabel.
  CHECK(turned_away * 10 > compared * rules.size() * 9);
  MESSAGE(compared << " texts x " << rules.size() << " rules: " << within << " within, "
                   << turned_away << " pairs turned away by MayBeWithin");
}

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
  // A dash with a space on each side ends it as a colon does (a retyped
  // form's "Label - value"); a dash inside a word or a range does not.
  CHECK(Compare("^Ekonomi(?=\\s*(?::|$))", "Ekonoml - kvinnor 3, män 2").within);
  CHECK(Compare("^Ekonomi(?=\\s*(?::|$))", "Ekonoml \u2013 3").within);
  CHECK_FALSE(Compare("^Ekonomi(?=\\s*(?::|$))", "Ekonoml -3 kvinnor").within);
  CHECK_FALSE(Compare("^Ekonomi(?=\\s*(?::|$))", "Ekonomi är - som alltid - viktig").within);
  // A label is never all changed words.
  CHECK_FALSE(Compare("^Titel:?\\s*(.*)$", "Datum: 2021-01-01").within);
}

namespace {

/// The full edit distance, every cell of the table: what BoundedDistance must agree with.
int FullDistance(const std::u32string& a, const std::u32string& b) {
  std::vector<std::vector<int>> d(a.size() + 1, std::vector<int>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = static_cast<int>(i);
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i)
    for (size_t j = 1; j <= b.size(); ++j)
      d[i][j] = std::min(
          {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1] ? 1 : 0)});
  return d[a.size()][b.size()];
}

}  // namespace

TEST_CASE("BoundedDistance: the edit distance up to its limit, limit + 1 past it") {
  CHECK(BoundedDistance(U"klienter", U"klienter", 2) == 0);
  CHECK(BoundedDistance(U"klienter", U"kllenter", 2) == 1);
  CHECK(BoundedDistance(U"klienter", U"kiienrer", 2) == 2);
  CHECK(BoundedDistance(U"klienter", U"xxienrer", 2) == 3);
  CHECK(BoundedDistance(U"ab", U"ba", 0) == 1);
  CHECK(BoundedDistance(U"", U"abc", 3) == 3);
  CHECK(BoundedDistance(U"", U"abc", 2) == 3);
  // Every pair of words over a small alphabet, each limit: the same answer
  // as the whole table, cut at the limit (a band cut wrongly, or a row
  // stopped too soon, gives another number for some pair).
  std::vector<std::u32string> words{U""};
  for (size_t len = 1; len <= 5; ++len) {
    std::vector<std::u32string> longer;
    for (const std::u32string& w : words)
      if (w.size() == len - 1)
        for (char32_t c : {U'a', U'b', U'c'}) longer.push_back(w + c);
    words.insert(words.end(), longer.begin(), longer.end());
  }
  words.push_back(std::u32string(60, U'a'));  // past the rows kept on the stack
  words.push_back(std::u32string(59, U'a') + U'b');
  int checked = 0;
  for (size_t x = 0; x < words.size(); x += 3)
    for (size_t y = 0; y < words.size(); y += 2)
      for (int limit = 0; limit <= 3; ++limit) {
        int full = FullDistance(words[x], words[y]);
        int expected = std::min(full, limit + 1);
        if (BoundedDistance(words[x], words[y], limit) != expected) {
          CHECK(BoundedDistance(words[x], words[y], limit) == expected);
          return;
        }
        ++checked;
      }
  CHECK(checked > 10000);
}

TEST_CASE("LabelWords reads ASCII as ICU does: letters and digits folded, all else a break") {
  for (char16_t c = 1; c < 0x80; ++c) {
    icu::UnicodeString text = icu::UnicodeString(u"x") + icu::UnicodeString(c) + u"y";
    std::vector<std::u32string> words = LabelWords(text);
    std::vector<std::u32string> expected;
    if (u_isalnum(c))
      expected = {std::u32string(U"x") + static_cast<char32_t>(u_foldCase(c, U_FOLD_CASE_DEFAULT)) +
                  U"y"};
    else
      expected = {U"x", U"y"};
    CHECK_MESSAGE(words == expected, "U+", static_cast<int>(c));
  }
  std::vector<int32_t> ends;
  CHECK(LabelWords(u"Ålder: 18-25 år", &ends) ==
        std::vector<std::u32string>{U"ålder", U"18", U"25", U"år"});
  CHECK(ends == std::vector<int32_t>{5, 9, 12, 15});
}

TEST_CASE("MayBeNear never turns away two words within the limit; it turns away far ones") {
  // Every pair of words over a small alphabet, each limit: whenever the
  // distance is within the limit, MayBeNear says so.
  std::vector<std::u32string> words{U""};
  for (size_t len = 1; len <= 5; ++len) {
    std::vector<std::u32string> longer;
    for (const std::u32string& w : words)
      if (w.size() == len - 1)
        for (char32_t c : {U'a', U'b', U'c', U'd'}) longer.push_back(w + c);
    words.insert(words.end(), longer.begin(), longer.end());
  }
  int near = 0, turned_away = 0;
  for (size_t x = 0; x < words.size(); x += 5)
    for (size_t y = 0; y < words.size(); y += 3)
      for (int limit = 0; limit <= 2; ++limit) {
        if (BoundedDistance(words[x], words[y], limit) <= limit) {
          ++near;
          if (!MayBeNear(words[x], words[y], limit)) {
            CHECK_MESSAGE(false, "turned away a near pair at limit ", limit);
            return;
          }
        } else if (!MayBeNear(words[x], words[y], limit)) {
          ++turned_away;
        }
      }
  CHECK(near > 1000);
  CHECK(turned_away > 1000);
  // Code points 64 apart share a bit: the mask may only say "maybe".
  CHECK(CharacterMask(U"a") == CharacterMask(U"\u00a1"));
  CHECK(MayBeNear(U"klienter", U"kllenter", 1));
  CHECK_FALSE(MayBeNear(U"klienter", U"ombud", 2));  // nine characters apart: no two edits
}

TEST_CASE("LabelWords takes only the first max_words words, years still no word") {
  std::vector<int32_t> ends;
  CHECK(LabelWords(u"Antal 2023 ombud i kommunen", &ends, 2) ==
        std::vector<std::u32string>{U"antal", U"ombud"});
  CHECK(ends == std::vector<int32_t>{5, 16});
  CHECK(LabelWords(u"Antal ombud", nullptr, 0).empty());
  CHECK(LabelWords(u"Antal ombud", nullptr, 5) == LabelWords(u"Antal ombud"));
}

}  // namespace label_test
