#include "match/label_match.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "base/text_util.h"
#include "patterns/label.h"
#include "test_support.h"

namespace label_match_test {

using namespace redovis;
using redovis::testing::ProjectPatterns;

namespace {

/// Every key a rule writes.
std::set<std::string> KeysOf(const Rule& r) {
  std::set<std::string> keys(r.keys.begin(), r.keys.end());
  if (!r.choice_key.empty()) keys.insert(r.choice_key);
  for (const auto& [col, key] : r.column_keys) keys.insert(key);
  return keys;
}

/// The same question: the same wording or the same keys (a field and a text
/// on one question; a rule repeated for another layout); or `other` is an
/// open label whose words begin `own`'s, so that its regex claims every line
/// starting with them by design (the option "Annan förändring" and the field
/// "Annan förändring, ange vad:" on one line of the form).
bool SameQuestion(const Rule& own, const Rule& other) {
  if (&own == &other || own.label_words == other.label_words || KeysOf(own) == KeysOf(other))
    return true;
  const auto& a = own.label_words;
  const auto& b = other.label_words;
  return !other.label_closed && b.size() < a.size() && std::equal(b.begin(), b.end(), a.begin());
}

/// What the matcher makes of a first cell: the rules whose regex matches it
/// (a row's at the start of the cell), else those its label is within the
/// tolerance; `ambiguous` when two wordings are near.
std::vector<const Rule*> Hits(const std::vector<const Rule*>& rules, const std::string& text,
                              bool* ambiguous) {
  std::vector<const Rule*> out;
  icu::UnicodeString u = U(text);
  for (const Rule* r : rules)
    if (!r->whole_line && RegexFind(r->regex, u)) out.push_back(r);
  *ambiguous = false;
  if (!out.empty()) return out;
  LabelMatch near = MatchLabelTolerantly(rules, u, ProjectPatterns().vocabulary().label_tolerance);
  *ambiguous = !near.ambiguous.empty();
  for (const auto& [r, m] : near.hits) out.push_back(r);
  return out;
}

/// The label with one character of its `nth` word of four or more letters
/// replaced (by a look-alike where there is one); "" when it has no such word.
std::string Noise(const std::string& label, int nth) {
  icu::UnicodeString u = U(label);
  std::vector<int32_t> ends;
  std::vector<std::u32string> words = LabelWords(u, &ends);
  int seen = 0;
  for (size_t w = 0; w < words.size(); ++w) {
    if (words[w].size() < 4) continue;
    if (seen++ != nth) continue;
    int32_t at = ends[w] - 2;  // the word's last but one character
    UChar32 c = u.char32At(at);
    UChar32 by = c == 'i' ? 'l' : c == 'l' ? '1' : c == 'o' ? '0' : c == 'e' ? 'c' : 'q';
    u.replace(at, U16_LENGTH(c), by);
    return Utf8(u);
  }
  return "";
}

/// The label with its `nth` word replaced by another.
std::string Changed(const std::string& label, size_t nth) {
  icu::UnicodeString u = U(label);
  std::vector<int32_t> ends;
  std::vector<std::u32string> words = LabelWords(u, &ends);
  if (nth >= words.size()) return "";
  int32_t end = ends[nth];
  int32_t start =
      end - static_cast<int32_t>(
                icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(words[nth].data()),
                                              static_cast<int32_t>(words[nth].size()))
                    .length());
  u.replace(start, end - start, U("tidigare"));
  return Utf8(u);
}

}  // namespace

TEST_CASE("every label against every other: a perturbed label is its own rule, never another's") {
  const PatternSet& ps = ProjectPatterns();
  const LabelTolerance& t = ps.vocabulary().label_tolerance;
  REQUIRE(t.chars > 0);
  int labels = 0, noisy = 0, changed = 0, changed_ambiguous = 0;
  std::ostringstream wrong;
  for (const auto& ed : ps.editions()) {
    for (const auto& [section, unused] : ed->rules_by_section) {
      std::vector<const Rule*> rules = ed->RulesIn(section);
      for (const Rule* r : rules) {
        if (r->label.empty()) continue;
        ++labels;
        auto check = [&](const std::string& text, const char* how, bool must_hit) {
          if (text.empty()) return;
          for (const std::string& cell : {text, text + ": 12"}) {
            bool ambiguous = false;
            std::vector<const Rule*> hits = Hits(rules, cell, &ambiguous);
            bool own = false;
            for (const Rule* h : hits) {
              if (h == r) own = true;
              if (!SameQuestion(*r, *h))
                wrong << ed->name << " [" << section << "] " << how << " '" << cell << "' (rule "
                      << r->id << ") matches " << h->id << " '" << h->label << "'\n";
            }
            if (!own && must_hit)
              wrong << ed->name << " [" << section << "] " << how << " '" << cell
                    << "' does not match its own rule " << r->id << "\n";
            if (!own && !must_hit) {
              if (!ambiguous)
                wrong << ed->name << " [" << section << "] " << how << " '" << cell
                      << "' matches nothing, and says nothing (rule " << r->id << ")\n";
              else
                ++changed_ambiguous;
            }
          }
        };
        check(r->label, "exact", true);
        for (int k = 0; k < 2; ++k) {
          std::string one = Noise(r->label, k);
          check(one, "one character", true);
          if (!one.empty()) ++noisy;
          std::string two = Noise(one, k + 1);
          check(two, "two characters", true);
        }
        if (static_cast<int>(r->label_words.size()) >= t.min_words) {
          for (size_t w = 0; w < r->label_words.size(); ++w) {
            check(Changed(r->label, w), "a word changed", false);
            ++changed;
          }
        }
      }
    }
  }
  MESSAGE(labels << " labels checked; " << noisy << " with OCR noise, " << changed
                 << " with a word changed (" << changed_ambiguous
                 << " of those near two labels: null and a finding)");
  CHECK(labels > 200);
  CHECK(wrong.str() == "");
}

TEST_CASE("MatchLabelTolerantly: one wording hits all its rules; two are ambiguous") {
  testing::TempPatterns dir(
      {{"common.rules", "mark \"^x$\"\nlabel_tolerance words=1 min_words=5 chars=2\n"},
       {"checks.rules", "# none\n"},
       {"t.rules",
        "edition t\ntag 2020\n"
        "field access.waiting_days \"^Om ja uppskatta hur lång väntetiden är:?\\s*(.*)$\"\n"
        "text access.waiting_time \"^Om ja uppskatta hur lång väntetiden är\"\n"
        "row \"^Stöd i kontakt med myndighet\" choice=training.offered\n"
        "row \"^Stöd i kontakt med sjukvård\" choice=supervision.offered\n"}});
  std::unique_ptr<PatternSet> ps;
  REQUIRE(dir.Load(&ps).ok());
  const LabelTolerance& t = ps->vocabulary().label_tolerance;
  std::vector<const Rule*> rules = ps->editions()[0]->RulesIn("head");
  REQUIRE(rules.size() == 4);
  LabelMatch m = MatchLabelTolerantly(rules, U("Om ja, uppskatta hur lång väntetlden är: 30"), t);
  REQUIRE(m.hits.size() == 2);
  CHECK(m.ambiguous.empty());
  CHECK(m.hits[0].second.groups.size() == 2);
  // The regex's own `:?\s*` before its group is the question's, not the answer's.
  CHECK(m.hits[0].second.groups[1] == "30");
  CHECK(m.hits[1].second.groups.size() == 1);
  m = MatchLabelTolerantly(rules, U("Stöd i kontakt med myndlghet"), t);
  REQUIRE(m.hits.size() == 1);
  CHECK(m.hits[0].first == rules[2]);
  // One word changed, and it is the word that tells the two apart.
  m = MatchLabelTolerantly(rules, U("Stöd i kontakt med skolan"), t);
  CHECK(m.hits.empty());
  CHECK(m.ambiguous.size() == 2);
  // No tolerance: nothing.
  m = MatchLabelTolerantly(rules, U("Stöd i kontakt med myndlghet"), LabelTolerance());
  CHECK(m.hits.empty());
  CHECK(m.ambiguous.empty());
  RegexMatch one;
  CHECK(MatchOneLabel(*rules[3], U("Stod i kontakt med sjukvård"), t, &one));
  CHECK(one.end == 27);
  CHECK_FALSE(MatchOneLabel(*rules[3], U("Ekonomi: kvinnor 3"), t, &one));
}

TEST_CASE("MatchLabelTolerantly: what the rule's regex takes after its label is the question's") {
  testing::TempPatterns dir(
      {{"common.rules", "mark \"^x$\"\nlabel_tolerance words=1 min_words=5 chars=2\n"},
       {"checks.rules", "# none\n"},
       {"t.rules",
        "edition t\ntag 2020\n"
        "text access.priority_order \"^Om ja,? rangordna prioriteringsordningen i er "
        "kommun(?:\\s*\\(tre första\\))?:?\"\n"
        "text training.description \"^Om ja,? ange vilken/vilka utbildningar\\.?:?\"\n"}});
  std::unique_ptr<PatternSet> ps;
  REQUIRE(dir.Load(&ps).ok());
  const LabelTolerance& t = ps->vocabulary().label_tolerance;
  std::vector<const Rule*> rules = ps->editions()[0]->RulesIn("head");
  REQUIRE(rules.size() == 2);
  // The optional part the label leaves out, after a label read with noise
  // (table syntax before it, a letter misread): no answer.
  icu::UnicodeString cell = U("||Om ja, rangordna prioriteringsordnlngen i er kommun (tre första)");
  LabelMatch m = MatchLabelTolerantly(rules, cell, t);
  REQUIRE(m.hits.size() == 1);
  CHECK(m.hits[0].second.end == cell.length());
  // The question's closing full stop: no answer either.
  cell = U("Om ja, ange vilken/vilka utbildnlngar.");
  m = MatchLabelTolerantly(rules, cell, t);
  REQUIRE(m.hits.size() == 1);
  CHECK(m.hits[0].second.end == cell.length());
  // An answer after it stays the answer.
  cell = U("Om ja, ange vilken/vilka utbildnlngar: Motiverande samtal");
  m = MatchLabelTolerantly(rules, cell, t);
  REQUIRE(m.hits.size() == 1);
  CHECK(Utf8(cell.tempSubString(m.hits[0].second.end)) == " Motiverande samtal");
}

TEST_CASE(
    "MatchLabelTolerantly: a label's words in lower case at a cell's start, refused by its regex, "
    "are a sentence going on") {
  testing::TempPatterns dir(
      {{"common.rules", "mark \"^x$\"\nlabel_tolerance words=1 min_words=5 chars=2\n"},
       {"checks.rules", "# none\n"},
       {"t.rules",
        "edition t\ntag 2020\n"
        "field report.municipality \"^Kommun(?!/|\\s*,)\\b:?\\s*(.*)$\"\n"}});
  std::unique_ptr<PatternSet> ps;
  REQUIRE(dir.Load(&ps).ok());
  const LabelTolerance& t = ps->vocabulary().label_tolerance;
  std::vector<const Rule*> rules = ps->editions()[0]->RulesIn("head");
  REQUIRE(rules.size() == 1);
  // A sentence wrapped before its word "kommun" (fmt): the regex refuses the
  // line, and no noise in the wording asks for tolerance.
  icu::UnicodeString cell = U("kommun, som redovisningen omfattar");
  REQUIRE_FALSE(RegexFind(rules[0]->regex, cell));
  LabelMatch m = MatchLabelTolerantly(rules, cell, t);
  CHECK(m.hits.empty());
  CHECK(m.ambiguous.empty());
  CHECK_FALSE(MatchOneLabel(*rules[0], cell, t, nullptr));
  // Written as the form's label (a capital): the tolerance still reads it.
  CHECK(MatchLabelTolerantly(rules, U("Kommun, Timrå"), t).hits.size() == 1);
}

TEST_CASE("MatchOneLabel with the cell's words taken once: the same answer as without") {
  const PatternSet& ps = ProjectPatterns();
  const LabelTolerance& t = ps.vocabulary().label_tolerance;
  int compared = 0, hits = 0;
  for (const auto& ed : ps.editions()) {
    std::vector<const Rule*> rules;
    for (const auto& r : ed->rules) rules.push_back(r.get());
    for (const Rule* own : rules) {
      if (own->label.empty()) continue;
      // Its label as written, with OCR noise, and with an answer after it.
      for (const std::string& text : {own->label, Noise(own->label, 0), own->label + ": 12"}) {
        if (text.empty()) continue;
        icu::UnicodeString cell = U(text);
        std::vector<int32_t> ends;
        const std::vector<std::u32string> words = LabelWords(cell, &ends);
        for (const Rule* r : rules) {
          RegexMatch once, anew;
          const bool a = MatchOneLabel(*r, cell, words, ends, t, &once);
          const bool b = MatchOneLabel(*r, cell, t, &anew);
          ++compared;
          if (a != b || (a && (once.end != anew.end || once.groups != anew.groups))) {
            CHECK_MESSAGE(false, "'" << text << "' against " << r->id);
            return;
          }
          if (a) ++hits;
        }
      }
    }
  }
  CHECK(compared > 100000);
  CHECK(hits > 500);
}

}  // namespace label_match_test
