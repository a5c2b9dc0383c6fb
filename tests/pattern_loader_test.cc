#include "patterns/pattern_loader.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "patterns/regex.h"
#include "patterns/regex_table.h"
#include "test_paths.h"
#include "test_support.h"

namespace pattern_loader_test {

using namespace redovis;
namespace fs = std::filesystem;

namespace {

/// Writes `text` to a fresh file named `name` in a temporary directory.
fs::path Write(const std::string& name, const std::string& text) {
  fs::path dir = fs::temp_directory_path() / ("redovis-loader-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / name) << text;
  return dir / name;
}

}  // namespace

TEST_CASE("PatternLoader: a vocabulary file fills the vocabulary") {
  PatternSet set;
  PatternLoader loader(&set);
  Status s = loader.LoadVocabulary(
      Write("common.rules", "mark \"^x$\"\ncolumn women \"^kvinnor$\"\nocr_language swe\n")
          .string());
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  REQUIRE(set.vocabulary().marks.size() == 1);
  CHECK(set.vocabulary().marks[0].source == "^x$");
  REQUIRE(set.vocabulary().columns.size() == 1);
  CHECK(set.vocabulary().columns[0].first == "women");
  CHECK(set.vocabulary().ocr_language == "swe");
  CHECK(set.vocabulary().column_most.empty());
  // A column's largest count, `most=N`; any other last word is refused.
  s = loader.LoadVocabulary(Write("most.rules", "column men \"^män$\" most=99999\n").string());
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(set.vocabulary().column_most.at("men") == 99999);
  for (const char* bad : {"column men \"^män$\" most=\n", "column men \"^män$\" most=9x\n",
                          "column men \"^män$\" max=9\n", "column men \"^män$\" \"most=9\"\n",
                          "month 1 \"^jan\" most=9\n"})
    CHECK(loader.LoadVocabulary(Write("most.rules", bad).string()).code() == "pattern_error");
  // A number key's largest value, `most N KEY ...`: N a whole number, each
  // key the catalogue's (none is loaded here, so every key is unknown; the
  // project's own: value_assigner_test.cc).
  for (const char* bad :
       {"most 999\n", "most x ombud.fte\n", "most \"9\" ombud.fte\n", "most 999 ombud.fte\n"})
    CHECK(loader.LoadVocabulary(Write("most.rules", bad).string()).code() == "pattern_error");
  // The language's word list: an absolute path and its encoding.
  s = loader.LoadVocabulary(
      Write("words.rules", "wordlist /usr/share/dict/swedish ISO-8859-1\n").string());
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(set.vocabulary().wordlist == "/usr/share/dict/swedish");
  CHECK(set.vocabulary().wordlist_encoding == "ISO-8859-1");
  for (const char* bad :
       {"wordlist dict/swedish ISO-8859-1\n", "wordlist /usr/share/dict/swedish\n"})
    CHECK(loader.LoadVocabulary(Write("words.rules", bad).string()).code() == "pattern_error");
  // An edition's line in the vocabulary is refused, naming file and line.
  s = loader.LoadVocabulary(Write("bad.rules", "mark \"a\"\nstart \"^b\"\n").string());
  CHECK(s.code() == "pattern_error");
  CHECK(s.message().find("bad.rules:2: 'start' belongs in an edition file") != std::string::npos);
}

TEST_CASE("PatternLoader: a section's number is vocabulary, one regex a line") {
  PatternSet set;
  PatternLoader loader(&set);
  Status s = loader.LoadVocabulary(
      Write("common.rules", "section_number \"^\\d{1,2}\\.\"\nsection_number \"^§\\d+\"\n")
          .string());
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  REQUIRE(set.vocabulary().section_numbers.size() == 2);
  CHECK(set.vocabulary().section_numbers[1].source == "^§\\d+");
  s = loader.LoadVocabulary(Write("bad.rules", "section_number \"a\" \"b\"\n").string());
  CHECK(s.code() == "pattern_error");
  CHECK(s.message().find("bad.rules:1: section_number takes one quoted regular expression") !=
        std::string::npos);
}

TEST_CASE("PatternLoader: OCR's character classes, their misreadings longest first") {
  PatternSet set;
  PatternLoader loader(&set);
  Status s = loader.LoadVocabulary(
      Write("common.rules",
            "ocr_class digits \"^\\d+$\" own=\"\\d\"\nocr_misread digits 1 \"l\" \"|\"\n"
            "ocr_class email \"@\" split\nocr_misread email @ \"Q\" \"(Q\"\n"
            "ocr_class phone \"^0\\d+$\" value\n")
          .string());
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  const auto& c = set.vocabulary().ocr_classes;
  REQUIRE(c.size() == 3);
  CHECK(c[0].name == "digits");
  CHECK(c[0].own.source == "\\d");
  CHECK_FALSE(c[0].whole_value);
  CHECK_FALSE(c[0].split);
  CHECK(c[1].split);
  CHECK(c[0].misreadings.size() == 2);
  REQUIRE(c[1].misreadings.size() == 2);
  CHECK(c[1].misreadings[0].first == "(Q");  // longest first
  CHECK(c[1].misreadings[0].second == "@");
  CHECK(c[2].whole_value);
  // A misreading of a class not defined before, an unknown option, a class twice.
  for (const char* bad :
       {"ocr_misread email @ \"Q\"\n", "ocr_class a \"x\" words\n",
        "ocr_class a \"x\"\nocr_class a \"y\"\n", "ocr_class a \"x\"\nocr_misread a @ Q\n"}) {
    PatternSet other;
    PatternLoader l(&other);
    s = l.LoadVocabulary(Write("bad.rules", bad).string());
    CHECK_MESSAGE(s.code() == "pattern_error", bad);
    CHECK(s.message().find("bad.rules:") != std::string::npos);
  }
}

TEST_CASE("PatternLoader: the letters OCR misreads in a free text's words, longest first") {
  PatternSet set;
  PatternLoader loader(&set);
  Status s = loader.LoadVocabulary(
      Write("common.rules", "ocr_word_misread f \"t\"\nocr_word_misread m \"rn\" \"n\"\n")
          .string());
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  const auto& m = set.vocabulary().ocr_word_misreadings;
  REQUIRE(m.size() == 3);
  CHECK(m[0] == std::pair<std::string, std::string>("rn", "m"));  // longest first
  CHECK(m[1] == std::pair<std::string, std::string>("t", "f"));
  CHECK(m[2] == std::pair<std::string, std::string>("n", "m"));
  // No reading, a reading unquoted, empty, or the letters themselves; the letters quoted.
  for (const char* bad :
       {"ocr_word_misread f\n", "ocr_word_misread f t\n", "ocr_word_misread f \"\"\n",
        "ocr_word_misread f \"f\"\n", "ocr_word_misread \"f\" \"t\"\n"}) {
    PatternSet other;
    PatternLoader l(&other);
    s = l.LoadVocabulary(Write("bad.rules", bad).string());
    CHECK_MESSAGE(s.code() == "pattern_error", bad);
    CHECK(s.message().find("bad.rules:1: ocr_word_misread") != std::string::npos);
  }
}

TEST_CASE("PatternLoader: an edition file, with its include, becomes an edition") {
  PatternSet set;
  PatternLoader loader(&set);
  Write("_shared.rules", "detect 2 \"personligt ombud\"\n");
  fs::path file = Write("po-test.rules",
                        "edition po-test\ntag test\nstart \"^Redovisning\"\ninclude _shared.rules\n"
                        "section a \"^A\\.\"\n");
  Status s = loader.LoadEdition(file.string());
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  const Edition* e = set.FindEdition("po-test");
  REQUIRE(e != nullptr);
  CHECK(e->file == "po-test.rules");
  CHECK(e->tag == "test");
  REQUIRE(e->starts.size() == 1);
  REQUIRE(e->detectors.size() == 1);
  CHECK(e->detectors[0].weight == 2);
  CHECK(e->detectors[0].id == "_shared.rules:1");
  // Its regexes' syntax was checked, their compilation for matching waits.
  CHECK_FALSE(e->starts[0].compiled->IsCompiled());
  // The same edition twice, and a file without an edition line, are refused.
  s = loader.LoadEdition(file.string());
  CHECK(s.message().find("edition po-test is defined twice") != std::string::npos);
  s = loader.LoadEdition(Write("po-none.rules", "tag none\n").string());
  CHECK(s.message().find("needs an 'edition NAME' line") != std::string::npos);
  // A bad regex names its file and line.
  s = loader.LoadEdition(Write("po-bad.rules", "edition bad\ntag bad\nstart \"^(a\"\n").string());
  CHECK(s.message().find("po-bad.rules:3: bad regular expression") != std::string::npos);
}

TEST_CASE("PatternLoader: unlisted=no marks a list's question; only 'no', only on an ignore") {
  PatternSet set;
  PatternLoader loader(&set);
  Status s = loader.LoadEdition(Write("po-list.rules",
                                      "edition po-list\ntag t\nstart \"^Redovisning\"\n"
                                      "ignore \"^Ange vem\" unlisted=no\nignore \"^Ange annat\"\n")
                                    .string());
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  const Edition* e = set.FindEdition("po-list");
  REQUIRE(e != nullptr);
  REQUIRE(e->rules.size() == 2);
  CHECK(e->rules[0]->unlisted_no);
  CHECK_FALSE(e->rules[1]->unlisted_no);
  for (const char* bad :
       {"ignore \"^Ange vem\" unlisted=yes\n", "text other.comments \"^X\" unlisted=no\n"}) {
    PatternSet other;
    PatternLoader l(&other);
    s = l.LoadEdition(
        Write("po-bad-list.rules", std::string("edition bad\ntag t\n") + bad).string());
    CHECK_MESSAGE(s.code() == "pattern_error", bad);
    CHECK(s.message().find("po-bad-list.rules:3") != std::string::npos);
  }
}

TEST_CASE("PatternLoader: after=KEY,... holds a field to the lines under those keys") {
  // The project's signature "E-post" rule, held to the lines under the phone.
  const Edition* e = testing::ProjectPatterns().FindEdition("po-2021");
  REQUIRE(e != nullptr);
  int held = 0;
  for (const auto& r : e->rules)
    if (!r->after_keys.empty()) {
      ++held;
      CHECK(r->keys == std::vector<std::string>{"signature.email"});
      CHECK(r->after_keys == std::vector<std::string>{"signature.phone"});
    }
  CHECK(held == 1);
  // Only on a field: elsewhere it is an unknown option, named at its line.
  for (const char* bad : {"text other.comments \"^X\" after=signature.phone\n",
                          "row \"^X\" after=signature.phone\n"}) {
    PatternSet other;
    PatternLoader l(&other);
    Status s = l.LoadEdition(
        Write("po-bad-after.rules", std::string("edition bad\ntag t\n") + bad).string());
    CHECK_MESSAGE(s.code() == "pattern_error", bad);
    CHECK(s.message().find("po-bad-after.rules:3: unknown option 'after'") != std::string::npos);
  }
}

TEST_CASE("PatternLoader: a section's title alone names a section declared before it") {
  PatternSet set;
  PatternLoader loader(&set);
  Status s = loader.LoadEdition(Write("po-title.rules",
                                      "edition po-title\ntag t\nstart \"^Redovisning\"\n"
                                      "section clients \"^2\\.\\s*Klienter\"\n"
                                      "section_title clients \"^Klienter:?$\"\n")
                                    .string());
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  const Edition* e = set.FindEdition("po-title");
  REQUIRE(e != nullptr);
  REQUIRE(e->sections.size() == 1);
  REQUIRE(e->titles.size() == 1);
  CHECK(e->titles[0].name == "clients");
  CHECK(e->titles[0].id == "po-title.rules:5");
  // A title of a section not declared before it, or without its regex, fails at its line.
  for (const char* bad : {"section_title economy \"^Ekonomi$\"\n", "section_title clients\n"}) {
    PatternSet other;
    PatternLoader l(&other);
    s = l.LoadEdition(
        Write("po-bad-title.rules",
              std::string("edition bad\ntag t\nsection clients \"^2\\. Klienter\"\n") + bad)
            .string());
    CHECK_MESSAGE(s.code() == "pattern_error", bad);
    CHECK(s.message().find("po-bad-title.rules:4") != std::string::npos);
  }
}

TEST_CASE("PatternLoader: a regex read again (an include in two editions) is checked once") {
  PatternSet set;
  PatternLoader loader(&set);
  Write("_twice.rules", "ignore \"^Antal( klienter)?:?\"\ndetect 1 \"ombud\"\n");
  for (const char* name : {"po-one", "po-two"}) {
    fs::path file = Write(std::string(name) + ".rules", std::string("edition ") + name +
                                                            "\ntag t\nstart \"^Redovisning\"\n"
                                                            "include _twice.rules\n");
    Status s = loader.LoadEdition(file.string());
    REQUIRE_MESSAGE(s.ok(), s.ToString());
  }
  // Six regexes read (start, ignore and detect in each edition), three checked.
  CHECK(loader.RegexCounts() == std::pair<int, int>(6, 3));
  const Edition* one = set.FindEdition("po-one");
  const Edition* two = set.FindEdition("po-two");
  REQUIRE(one != nullptr);
  REQUIRE(two != nullptr);
  REQUIRE(one->rules.size() == 1);
  REQUIRE(two->rules.size() == 1);
  const Rule& a = *one->rules[0];
  const Rule& b = *two->rules[0];
  // The second copy has the first check's answers: the groups and the label.
  CHECK(a.regex.groups == 1);
  CHECK_FALSE(a.label.empty());
  CHECK(b.regex.groups == a.regex.groups);
  CHECK(b.regex.source == a.regex.source);
  CHECK(b.regex.folded_prefix == a.regex.folded_prefix);
  CHECK(b.label == a.label);
  CHECK(b.label_words == a.label_words);
  // Both share one compilation for matching, not yet made: a run that
  // matches with either copy compiles the regex once.
  CHECK(a.regex.compiled == b.regex.compiled);
  CHECK_FALSE(a.regex.compiled->IsCompiled());
  REQUIRE(b.regex.compiled->Get() != nullptr);
  CHECK(a.regex.compiled->IsCompiled());
  // A bad regex is refused where it is first read, and again where it is
  // read again (never taken from an earlier check).
  Write("_bad.rules", "ignore \"^(a\"\n");
  for (const char* name : {"po-bad1", "po-bad2"}) {
    Status s =
        loader.LoadEdition(Write(std::string(name) + ".rules",
                                 std::string("edition ") + name + "\ntag t\ninclude _bad.rules\n")
                               .string());
    CHECK(s.message().find("_bad.rules:1: bad regular expression") != std::string::npos);
  }
}

TEST_CASE("PatternLoader: a regex in the table of known answers is not checked again") {
  const std::string known = "^Antal( klienter)?:?";
  KnownRegex entry;
  entry.key = RegexTableKey(known);
  entry.source = known;
  // Answers no check would give, to see that they are the table's.
  entry.groups = 1;
  entry.label = "Antal personer";
  entry.label_closed = true;
  entry.prefix = "antal";  // LiteralPrefix's answer, as the build writes it
  RegexTable table({entry});
  PatternSet set;
  PatternLoader loader(&set, &table);
  fs::path file = Write("po-known.rules",
                        "edition known\ntag k\nstart \"^Redovisning\"\n"
                        "ignore \"^Antal( klienter)?:?\"\n");
  Status s = loader.LoadEdition(file.string());
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  // Two regexes read; the start checked by ICU, the ignore answered by the table.
  CHECK(loader.RegexCounts() == std::pair<int, int>(2, 1));
  CHECK(loader.FromTable() == 1);
  const Edition* e = set.FindEdition("known");
  REQUIRE(e != nullptr);
  REQUIRE(e->rules.size() == 1);
  const Rule& rule = *e->rules[0];
  CHECK(rule.regex.source == known);
  CHECK(rule.regex.groups == 1);
  CHECK(rule.regex.folded_prefix == "antal");
  CHECK(rule.label == "Antal personer");
  CHECK(rule.label_closed);
  // Its compilation for matching waits for its first use, and works.
  REQUIRE(rule.regex.compiled != nullptr);
  CHECK_FALSE(rule.regex.compiled->IsCompiled());
  CHECK(RegexFind(rule.regex, std::string("antal klienter:")));
  // A regex not in the table is checked, and a bad one still fails naming
  // its file and line.
  s = loader.LoadEdition(
      Write("po-unknown.rules", "edition unknown\ntag u\nstart \"^(Redovisning\"\n").string());
  CHECK(s.message().find("po-unknown.rules:3: bad regular expression") != std::string::npos);
  CHECK(loader.FromTable() == 1);
}

TEST_CASE(
    "PatternSet: a shipped regex edited in a copy of patterns/ is checked, naming file and "
    "line") {
  fs::path dir = fs::temp_directory_path() / ("redovis-edited-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::copy(fs::path(redovis::testing::SourceDir()) / "patterns", dir, fs::copy_options::recursive);
  std::unique_ptr<PatternSet> set;
  std::vector<RegexAnswer> answers;
  // Unedited: every regex is answered by the build's table, none checked.
  Status s = PatternLoader::LoadSet(dir.string(), ShippedRegexes(), &set, &answers);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  REQUIRE(!answers.empty());
  for (const RegexAnswer& a : answers) CHECK_MESSAGE(!a.checked, a.source);
  // One regex edited (common.rules' first municipality affix): checked, the
  // rest still answered; the edit made bad fails at its line.
  std::string text;
  {
    std::ifstream in(dir / "common.rules");
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  const std::string affix = "municipality_affix \"";
  size_t at = text.find(affix);
  REQUIRE(at != std::string::npos);
  size_t line = 1 + std::count(text.begin(), text.begin() + at, '\n');
  std::string edited = text;
  edited.insert(at + affix.size(), "(?:the\\s+)?");
  std::ofstream(dir / "common.rules", std::ios::trunc) << edited;
  s = PatternLoader::LoadSet(dir.string(), ShippedRegexes(), &set, &answers);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  std::vector<std::string> checked;
  for (const RegexAnswer& a : answers)
    if (a.checked) checked.push_back(a.source);
  REQUIRE(checked.size() == 1);
  CHECK(checked[0].find("(?:the\\s+)?") == 0);
  REQUIRE(set->vocabulary().municipality_affixes.size() >= 1);
  CHECK(set->vocabulary().municipality_affixes[0].source == checked[0]);
  edited = text;
  edited.insert(at + affix.size(), "(?:the\\s+");
  std::ofstream(dir / "common.rules", std::ios::trunc) << edited;
  s = PatternSet::Load(dir.string(), &set);
  CHECK(s.code() == "pattern_error");
  CHECK_MESSAGE(s.message().find("common.rules:" + std::to_string(line) +
                                 ": bad regular expression") != std::string::npos,
                s.message());
  fs::remove_all(dir);
}

TEST_CASE("PatternLoader: what joins a compound's two words, in order") {
  PatternSet set;
  PatternLoader loader(&set);
  Status s = loader.LoadVocabulary(Write("common.rules", "compound_join \"s\" \"e\"\n").string());
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(set.vocabulary().compound_joins == std::vector<std::string>{"s", "e"});
  // No join, a join unquoted or empty.
  for (const char* bad : {"compound_join\n", "compound_join s\n", "compound_join \"\"\n"}) {
    PatternSet other;
    PatternLoader l(&other);
    s = l.LoadVocabulary(Write("bad.rules", bad).string());
    CHECK_MESSAGE(s.code() == "pattern_error", bad);
    CHECK(s.message().find("bad.rules:1: compound_join") != std::string::npos);
  }
}

}  // namespace pattern_loader_test
