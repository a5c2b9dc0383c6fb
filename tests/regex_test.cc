#include "patterns/regex.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <bitset>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "base/sanitizer.h"
#include "base/text_util.h"
#include "base/utf8.h"
#include "patterns/label.h"
#include "redovis/document.h"
#include "redovis/patterns.h"
#include "redovis/readers.h"
#include "test_paths.h"

namespace regex_test {

using namespace redovis;

namespace {

Pattern P(const std::string& source) {
  Pattern p;
  std::string error;
  REQUIRE_MESSAGE(CompilePattern(source, &p, &error), error);
  return p;
}

}  // namespace

TEST_CASE("RegexFind: case-insensitive, anywhere, with its groups and UTF-16 offsets") {
  RegexMatch m;
  REQUIRE(RegexFind(P("kommun:?\\s*(\\S+)"), std::string("Redovisande KOMMUN: Västerås"), &m));
  REQUIRE(m.groups.size() == 2);
  CHECK(m.groups[0] == "KOMMUN: Västerås");
  CHECK(m.groups[1] == "Västerås");
  CHECK(m.start == 12);
  CHECK(m.end == 28);
  CHECK_FALSE(RegexFind(P("^kommun"), std::string("Redovisande kommun")));
  // "." matches a line break (a cell's own lines).
  CHECK(RegexFind(P("^a.b$"), std::string("a\nb")));
}

TEST_CASE("a MatcherCache gives one matcher per pattern and the same answers") {
  MatcherCache cache;
  Pattern p = P("^ja$"), q = P("^nej$");
  icu::RegexMatcher* m = cache.Get(p);
  REQUIRE(m != nullptr);
  CHECK(cache.Get(p) == m);
  CHECK(cache.Get(q) != m);
  RegexMatch match;
  CHECK(RegexFind(p, U("Ja"), &match, &cache));
  CHECK(match.groups[0] == "Ja");
  CHECK_FALSE(RegexFind(p, U("Nej"), nullptr, &cache));
  CHECK(RegexFind(q, U("NEJ"), nullptr, &cache));
  CHECK(RegexFind(p, U("ja"), nullptr, &cache));  // the cached matcher is reset per text
}

TEST_CASE("MayMatch skips only text that lacks the pattern's literal") {
  Pattern anchored = P("^Totalt antal\\s+klienter");
  CHECK(anchored.anchored);
  CHECK(anchored.folded_prefix == "totalt antal");
  CHECK(MayMatch(anchored, "totalt antal klienter"));
  CHECK_FALSE(MayMatch(anchored, "antal totalt"));
  Pattern inside = P("Coronapandemin");
  CHECK_FALSE(inside.anchored);
  CHECK(MayMatch(inside, "har coronapandemin påverkat"));
  CHECK_FALSE(MayMatch(inside, "har pandemin påverkat"));
  // No literal to test: worth trying whatever its words (only its first
  // byte is tested, LeadBytes).
  CHECK(P("^(ja|\\d+)$").folded_prefix.empty());
  CHECK(MayMatch(P("^(ja|\\d+)$"), "jag vet inte"));
  CHECK(MayMatch(P("^(ja|\\d+)$"), "12 x"));
  CHECK_FALSE(MayMatch(P("^(ja|\\d+)$"), "anything"));
  CHECK(MayMatch(P("^(?:ja|\\d+)|nej$"), "anything"));  // "nej" is not anchored
  // A quantified letter is not part of the literal.
  CHECK(P("^Antals?").folded_prefix == "antal");
  // MayMatch uses RequiredLiterals: a text with none of the literals is skipped.
  Pattern either = P("^(?:Redovisande kommun|Kontaktperson):?$");
  CHECK(MayMatch(either, "kontaktperson:"));
  CHECK(MayMatch(either, "redovisande kommun"));
  CHECK_FALSE(MayMatch(either, "kommun"));
  // MayMatch uses LeadBytes: a text whose first byte is none of them is skipped.
  Pattern digits = P("^\\d{1,3}/\\d{1,3}$");
  CHECK(MayMatch(digits, "3/4"));
  CHECK_FALSE(MayMatch(digits, "sida 3/4"));
  // MayMatch uses LeadBytePairs: a text whose first two bytes no match
  // starts with is skipped, even where the first byte could start one.
  Pattern lettered = P("^(?:\\d{1,2}(?-i:[a-z])|(?-i:[a-z]))\\)\\s+");
  CHECK(MayMatch(lettered, "a) ja"));
  CHECK(MayMatch(lettered, "12b) ja"));
  CHECK_FALSE(MayMatch(lettered, "antal"));
  CHECK_FALSE(MayMatch(lettered, "1. antal"));
  CHECK(RegexFind(lettered, std::string("a) ja")));
  CHECK(lettered.compiled->PairsMade());
  // A literal prefix of two bytes or more settles the first two: the pairs
  // are never worked out for it.
  CHECK(MayMatch(anchored, "totalt antal klienter"));
  CHECK_FALSE(MayMatch(anchored, "tx"));
  CHECK_FALSE(anchored.compiled->PairsMade());
}

TEST_CASE("BytePairs: a text covers the pairs of every piece of it; MayMatch's answers with them") {
  const BytePairs text("redovisande kommun");
  CHECK(text.Covers(BytePairs("kommun")));
  CHECK(text.Covers(BytePairs("redovisande kommun")));
  CHECK(text.Covers(BytePairs("k")));  // one byte: no pair
  CHECK(text.Covers(BytePairs("")));
  CHECK_FALSE(text.Covers(BytePairs("kontaktperson")));
  CHECK_FALSE(BytePairs("kontaktperson").Covers(BytePairs("kommun")));
  Pattern either = P("^(?:Redovisande kommun|Kontaktperson):?$");
  for (const std::string t : {"kontaktperson:", "redovisande kommun", "kommun", "kontakt", ""}) {
    const BytePairs pairs(t);
    CHECK(MayMatch(either, t, &pairs) == MayMatch(either, t));
  }
}

TEST_CASE("AnyFind and RegexReplace") {
  std::vector<Pattern> marks = {P("^x+$"), P("^☒$")};
  CHECK(AnyFind(marks, U("XX")));
  CHECK(AnyFind(marks, U("☒")));
  CHECK_FALSE(AnyFind(marks, U("?")));
  CHECK_FALSE(AnyFind({}, U("x")));
  CHECK(RegexReplace(P("\\s*[,;]\\s*"), "Sala , Heby;Enköping", "|") == "Sala|Heby|Enköping");
  CHECK(RegexReplace(P("(\\d+) kr"), "100 kr och 5 kr", "$1") == "100 och 5");
  CHECK(RegexReplace(Pattern(), "unchanged", "x") == "unchanged");  // not compiled
  // A text the prefilter rules out is returned as it is, without ICU.
  Pattern separator = P("\\s*[,;]\\s*");
  CHECK(RegexReplace(separator, "Sala och Heby", "|") == "Sala och Heby");
  CHECK_FALSE(separator.compiled->IsCompiled());
  CHECK(RegexReplace(separator, "Sala; Heby", "|") == "Sala|Heby");
  CHECK(separator.compiled->IsCompiled());
  CHECK_FALSE(RegexFind(Pattern(), std::string("x")));
}

TEST_CASE("AnyFind on UTF-8 text: the same answers, the prefilter before ICU") {
  std::vector<Pattern> furniture = {P("^(sida|page)\\s+\\d+$"), P("^\\d{1,3}/\\d{1,3}$"),
                                    P("^--+$")};
  for (const char* t : {"Sida 2", "PAGE 12", "3/4", "---", "Sida", "3 / 4", "-", "", "Kommun",
                        "\xD9\xA3/\xD9\xA4"})  // Arabic-Indic digits are \d too
    CHECK_MESSAGE(AnyFind(furniture, std::string(t)) == AnyFind(furniture, U(t)), t);
  CHECK(AnyFind(furniture, std::string("Sida 2")));
  CHECK(AnyFind(furniture, std::string("\xD9\xA3/\xD9\xA4")));
  CHECK_FALSE(AnyFind(furniture, std::string("Kommun")));
}

TEST_CASE("ExampleText reads a group that switches case alone as its words") {
  // A heading's example is what the tolerance compares an OCR line with.
  CHECK(ExampleText(P("^(?-i:KLIENTER)\\s*:?$")) == "KLIENTER");
  CHECK(ExampleText(P("^(?:(?:2|(?-i:II))[.,:)]|[A-L][.)])\\s*Klienter|^(?-i:KLIENTER)$")) ==
        "2.Klienter");
}

TEST_CASE("CompilePattern checks the syntax when loaded and compiles on first match") {
  Pattern p;
  std::string error;
  // A bad source is refused at once, with the offset, as before.
  CHECK_FALSE(CompilePattern("^Antal (klienter", &p, &error));
  CHECK(error.find("bad regular expression") != std::string::npos);
  // A good one is checked (its groups counted) but not compiled for matching
  // until it is first used; a copy shares the one compiled form.
  REQUIRE_MESSAGE(CompilePattern("^(\\p{L}+)\\s+(\\d+)$", &p, &error), error);
  CHECK(p.groups == 2);
  REQUIRE(p.compiled);
  CHECK_FALSE(p.compiled->IsCompiled());
  Pattern copy = p;
  RegexMatch m;
  // Case-insensitive, \p{L} included (the case-folded flags apply when matching).
  REQUIRE(RegexFind(copy, std::string("ÅRSREDOVISNING 12"), &m));
  CHECK(m.groups[1] == "ÅRSREDOVISNING");
  CHECK(p.compiled->IsCompiled());
  CHECK(p.compiled->Get() == copy.compiled->Get());
}

TEST_CASE("CompiledRegex: threads racing to the first match compile it once") {
  Pattern p = P("^sammanlagt\\s+(\\d+)");
  std::vector<const icu::RegexPattern*> seen(8, nullptr);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < seen.size(); ++i)
    threads.emplace_back([&p, &seen, i] { seen[i] = p.compiled->Get(); });
  for (std::thread& t : threads) t.join();
  REQUIRE(seen[0] != nullptr);
  for (const icu::RegexPattern* s : seen) CHECK(s == seen[0]);
  CHECK(RegexFind(p, std::string("Sammanlagt 7")));
}

namespace {

/// Every pattern of the set: the editions' rules, starts, detectors and
/// section headings, and the shared vocabulary the matcher runs over lines.
std::vector<const Pattern*> AllPatterns(const PatternSet& ps) {
  std::vector<const Pattern*> out;
  for (const auto& e : ps.editions()) {
    for (const auto& r : e->rules) out.push_back(&r->regex);
    for (const Pattern& p : e->starts) out.push_back(&p);
    for (const auto& d : e->detectors) out.push_back(&d.regex);
    for (const auto& h : e->sections) out.push_back(&h.regex);
  }
  const Vocabulary& v = ps.vocabulary();
  for (const auto* list : {&v.marks, &v.furniture, &v.bullets, &v.blank_answers, &v.county_mentions,
                           &v.list_numbers, &v.question_numbers, &v.section_numbers})
    for (const Pattern& p : *list) out.push_back(&p);
  for (const auto& [name, p] : v.columns) out.push_back(&p);
  return out;
}

/// The texts the matcher searches on the samples' lines: each cell, each
/// cell after its first word (an option after a typed mark, an item after
/// its bullet) and each whole line; once each.
std::set<std::string> SampleTexts() {
  std::set<std::string> texts;
  for (const auto& entry : std::filesystem::directory_iterator(
           std::string(redovis::testing::SourceDir()) + "/samples")) {
    std::string name = entry.path().filename().string();
    std::string ext = entry.path().extension().string();
    if (name.find(".scanned.") != std::string::npos) continue;  // OCR: slow, and its own tests
    if (ext != ".txt" && ext != ".docx" && ext != ".odt" && ext != ".pdf") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Document doc;
    ReadOptions options;
    options.ocr = "never";
    if (!ReadDocument(bytes, name, options, &doc).ok()) continue;
    for (const Line& line : doc.lines) {
      texts.insert(line.Text());
      for (const Cell& c : line.cells) {
        texts.insert(c.text);
        size_t sp = c.text.find(' ');
        if (sp != std::string::npos) texts.insert(c.text.substr(sp + 1));
      }
    }
  }
  // The first characters the lead-byte test must read as ICU does: spaces of
  // every kind, bullets, digits of other scripts, letters whose case folding
  // is ASCII (the Kelvin sign, a long s, a dotted capital I) or two letters
  // (sharp s), before a sample's own texts.
  std::set<std::string> heads;  // every 20th short text (each costs every pattern's run)
  size_t n = 0;
  for (const std::string& t : texts)
    if (t.size() <= 60 && n++ % 20 == 0) heads.insert(t);
  const char* const kFirsts[] = {" ",
                                 "\t",
                                 "\xC2\xA0",
                                 "\xE2\x80\x83",
                                 "- ",
                                 "\xE2\x80\x93 ",
                                 "\xE2\x80\xA2 ",
                                 "\xC2\xB7 ",
                                 "\xD9\xA3",
                                 "\xE2\x84\xAA",
                                 "\xC5\xBF",
                                 "\xC4\xB0",
                                 "\xC3\x9F",
                                 "\xE1\xBA\x9E",
                                 "?",
                                 "_",
                                 "1",
                                 "(",
                                 "\xEF\xBB\xBF"};
  std::set<std::string> more;
  for (const std::string& t : heads)
    for (const char* first : kFirsts) {
      more.insert(first + t);
      size_t at = 0;
      NextCodePoint(t, &at);
      if (at > 0 && at < t.size()) more.insert(first + t.substr(at));  // in place of its first
    }
  texts.insert(more.begin(), more.end());
  return texts;
}

}  // namespace

TEST_CASE("prefilter: no line of any sample that a pattern matches is filtered out") {
  std::unique_ptr<PatternSet> ps;
  Status loaded = PatternSet::Load(std::string(redovis::testing::SourceDir()) + "/patterns", &ps);
  REQUIRE_MESSAGE(loaded.ok(), loaded.ToString());
  std::vector<const Pattern*> patterns = AllPatterns(*ps);
  std::set<std::string> texts = SampleTexts();
  REQUIRE(patterns.size() > 200);
  REQUIRE(texts.size() > 1000);
  MatcherCache cache;
  // Every text in the plain build; every fourth under AddressSanitizer (the
  // property is the plain build's to prove; the sanitizers watch the memory
  // the matching touches, which a sample touches alike).
  const size_t stride = kAddressSanitizer ? 4 : 1;
  size_t matched = 0, skipped = 0, dropped = 0, compared = 0, at = 0;
  for (const std::string& t : texts) {
    if (at++ % stride != 0) continue;
    ++compared;
    icu::UnicodeString u = U(t);
    std::string folded = Fold(t);
    const BytePairs pairs(folded);
    for (const Pattern* p : patterns) {
      bool found = RegexFind(*p, u, nullptr, &cache);  // ICU on every text
      bool passes = MayMatch(*p, folded);
      // The byte pairs only spare searches: never another answer.
      if (MayMatch(*p, folded, &pairs) != passes && ++dropped <= 5)
        FAIL_CHECK("'" << p->source << "' on '" << t << "': another answer with the byte pairs");
      if (found) ++matched;
      if (!passes) ++skipped;
      if (found && !passes && ++dropped <= 5)
        FAIL_CHECK("'" << p->source << "' matches '" << t << "' but is filtered out");
    }
  }
  CHECK(dropped == 0);
  CHECK(matched * stride > 1000);
  // And it does filter: most pairs never reach ICU.
  CHECK(skipped * 2 > compared * patterns.size());
  MESSAGE(compared << " texts x " << patterns.size() << " patterns: " << matched << " matches, "
                   << skipped << " pairs skipped by the prefilter");
}

TEST_CASE("FirstBytes: an anchored pattern's prefix and lead bytes; any byte otherwise") {
  std::bitset<256> firsts = FirstBytes(P("^Antal\\s+klienter"));
  CHECK(firsts.count() == 1);
  CHECK(firsts.test('a'));
  firsts = FirstBytes(P("^k$|^(?:m|\\d)"));
  CHECK(firsts.test('k'));
  CHECK(firsts.test('m'));
  CHECK(firsts.test('7'));
  CHECK_FALSE(firsts.test('a'));
  CHECK(FirstBytes(P("klienter")).all());
  CHECK(FirstBytes(P("^k|m")).all());
  CHECK(FirstBytes(Pattern()).all());
}

TEST_CASE("each edition's lead index drops no section, detector or start the prefilter passes") {
  std::unique_ptr<PatternSet> ps;
  Status loaded = PatternSet::Load(std::string(redovis::testing::SourceDir()) + "/patterns", &ps);
  REQUIRE_MESSAGE(loaded.ok(), loaded.ToString());
  std::vector<std::string> folded;
  for (const std::string& t : SampleTexts()) folded.push_back(Fold(t));
  folded.push_back("");
  size_t passed = 0, visited = 0, dropped = 0;
  for (const auto& e : ps->editions()) {
    std::vector<const Pattern*> sections, detectors, starts;
    for (const auto& h : e->sections) sections.push_back(&h.regex);
    for (const auto& d : e->detectors) detectors.push_back(&d.regex);
    for (const Pattern& p : e->starts) starts.push_back(&p);
    const std::pair<const LeadIndex*, const std::vector<const Pattern*>*> lists[] = {
        {e->section_index.get(), &sections},
        {e->detector_index.get(), &detectors},
        {e->start_index.get(), &starts}};
    for (const auto& [index, patterns] : lists) {
      REQUIRE(index != nullptr);
      REQUIRE(index->size() == patterns->size());
      for (const std::string& f : folded) {
        std::vector<size_t> seen;
        index->Find(f, [&](size_t i) {
          seen.push_back(i);
          return false;
        });
        CHECK(std::is_sorted(seen.begin(), seen.end()));
        visited += seen.size();
        for (size_t i = 0; i < patterns->size(); ++i) {
          if (!MayMatch(*(*patterns)[i], f)) continue;
          ++passed;
          if (!std::binary_search(seen.begin(), seen.end(), i) && ++dropped <= 5)
            FAIL_CHECK(e->name << ": '" << (*patterns)[i]->source << "' passes '" << f
                               << "' but the index leaves it out");
        }
      }
    }
  }
  CHECK(dropped == 0);
  CHECK(passed > 100);
  // And it does skip: most of the pairs are never visited.
  size_t pairs = 0;
  for (const auto& e : ps->editions())
    pairs += folded.size() * (e->sections.size() + e->detectors.size() + e->starts.size());
  CHECK(visited * 3 < pairs);
  MESSAGE(pairs << " pairs of text and pattern: " << visited << " visited, " << passed
                << " passing the prefilter");
}

TEST_CASE("RegexFind tries a StartAnchored pattern at the text's start alone, with ICU's answers") {
  RegexMatch m;
  Pattern women = P("^(antal\\s+)?kvinn(or|a)$|^k$");
  REQUIRE(RegexFind(women, std::string("Antal kvinnor"), &m));
  CHECK(m.groups[1] == "Antal ");
  CHECK(m.end == 13);
  CHECK(RegexFind(women, std::string("K")));
  CHECK_FALSE(RegexFind(women, std::string("män\nk")));  // `^` holds at the start alone
  // Every shipped pattern so anchored gives ICU's own search's answer on
  // every text of the samples.
  std::unique_ptr<PatternSet> ps;
  Status loaded = PatternSet::Load(std::string(redovis::testing::SourceDir()) + "/patterns", &ps);
  REQUIRE_MESSAGE(loaded.ok(), loaded.ToString());
  std::set<std::string> texts = SampleTexts();
  // Every text in the plain build; every fourth under AddressSanitizer.
  std::vector<std::string> sampled;
  size_t at = 0;
  for (const std::string& t : texts)
    if (at++ % (kAddressSanitizer ? 4 : 1) == 0) sampled.push_back(t);
  size_t anchored = 0, found = 0;
  for (const Pattern* p : AllPatterns(*ps)) {
    if (!StartAnchored(p->source)) continue;
    REQUIRE(p->compiled);
    const icu::RegexPattern* compiled = p->compiled->Get();
    REQUIRE(compiled != nullptr);
    ++anchored;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> icu(compiled->matcher(status));
    REQUIRE(U_SUCCESS(status));
    for (const std::string& t : sampled) {
      icu::UnicodeString u = U(t);
      icu->reset(u);
      bool expected = icu->find(status);
      RegexMatch got;
      if (RegexFind(*p, u, &got) != expected) {
        FAIL_CHECK("'" << p->source << "' on '" << t << "'");
        continue;
      }
      if (!expected) continue;
      ++found;
      CHECK(got.start == icu->start(status));
      CHECK(got.end == icu->end(status));
    }
  }
  CHECK(anchored > 100);
  CHECK(found > 100);
}

namespace {

/// `source` compiled as CompilePattern's syntax check compiles it (case-sensitive).
std::unique_ptr<icu::RegexPattern> Checked(const std::string& source) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error;
  std::unique_ptr<icu::RegexPattern> p(
      icu::RegexPattern::compile(U(source), kCheckFlags, parse_error, status));
  REQUIRE(U_SUCCESS(status));
  return p;
}

/// What MatchesAtStart must answer: the case-insensitive regex's first match starts the text.
bool CaselessAtStart(const Pattern& p, const std::string& text) {
  RegexMatch m;
  return RegexFind(p, text, &m) && m.start == 0;
}

}  // namespace

TEST_CASE("MatchesAtStart: the case-sensitive check answers only where ignoring case agrees") {
  // A case-sensitive match at the start needs no case-insensitive compilation.
  Pattern label = P("^Antal klienter");
  CHECK(MatchesAtStart(label, Checked(label.source).get(), "Antal klienter"));
  CHECK_FALSE(label.compiled->IsCompiled());
  // No case-sensitive match: the case-insensitive regex is asked.
  Pattern upper = P("^antal");
  CHECK(MatchesAtStart(upper, Checked(upper.source).get(), "ANTAL"));
  CHECK(upper.compiled->IsCompiled());
  Pattern later = P("klienter");
  CHECK_FALSE(MatchesAtStart(later, Checked(later.source).get(), "antal klienter"));
  CHECK_FALSE(MatchesAtStart(later, nullptr, "antal klienter"));
  // Where ignoring case matches less, the case-sensitive answer is not taken:
  // "(?!ABC)" lets "abc" through only when case counts.
  for (const char* source : {"^(?!ABC)abc", "^[^A]bc", "^(?>a*)Abc", "^a*+Abc"}) {
    Pattern p = P(source);
    CAPTURE(source);
    CHECK_FALSE(SafeCaseSensitiveCheck(source));
    CHECK(MatchesAtStart(p, Checked(source).get(), "abc") == CaselessAtStart(p, "abc"));
  }
  CHECK_FALSE(MatchesAtStart(P("^(?!ABC)abc"), Checked("^(?!ABC)abc").get(), "abc"));
  CHECK(SafeCaseSensitiveCheck("^Antal\\s+(?:personer|klienter)\\b\\s*(\\d+)"));
}

TEST_CASE("MatchesAtStart agrees with the case-insensitive regex on every rule's label") {
  std::unique_ptr<PatternSet> ps;
  Status loaded = PatternSet::Load(std::string(redovis::testing::SourceDir()) + "/patterns", &ps);
  REQUIRE_MESSAGE(loaded.ok(), loaded.ToString());
  size_t asked = 0, labelled = 0;
  for (const auto& e : ps->editions()) {
    for (const auto& r : e->rules) {
      // The rule's own wording, and the same in upper and lower case.
      bool closed = false;
      std::string label = DeriveLabel(r->regex.source, &closed);
      if (label.empty()) continue;
      std::unique_ptr<icu::RegexPattern> checked = Checked(r->regex.source);
      for (const std::string& text : {label, Utf8(U(label).toUpper()), Fold(label)}) {
        CAPTURE(r->regex.source);
        CAPTURE(text);
        bool fast = MatchesAtStart(r->regex, checked.get(), text);
        CHECK(fast == CaselessAtStart(r->regex, text));
        ++asked;
        labelled += fast;
      }
    }
  }
  CHECK(asked > 300);
  CHECK(labelled > 200);
}

}  // namespace regex_test
