#include "patterns/regex_analysis.h"

#include <doctest/doctest.h>

#include <bitset>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "patterns/regex_tokens.h"
#include "patterns/rule_tokens.h"
#include "test_paths.h"

namespace regex_analysis_test {

using namespace redovis;

TEST_CASE("LiteralPrefix: the literal every match starts with, read token by token") {
  CHECK(LiteralPrefix("^Totalt antal\\s+klienter") == "totalt antal");
  CHECK(LiteralPrefix("Coronapandemin") == "coronapandemin");
  CHECK(LiteralPrefix("^Antals?") == "antal");
  CHECK(LiteralPrefix("^Antals+") == "antals");
  CHECK(LiteralPrefix("^(ja|\\d+)$").empty());
  CHECK(LiteralPrefix("^ja|nej").empty());  // "nej" may start anywhere
  // An escaped character is itself, as written; a repeat counts once.
  CHECK(LiteralPrefix("^1\\.\\s*Antal") == "1.");
  CHECK(LiteralPrefix("^Ab{2}c") == "ab");
  CHECK(LiteralPrefix("^Ab{0,2}c") == "a");
  // A '|' in a set or escaped is no alternation, nor is one inside a group.
  CHECK(LiteralPrefix("^Antal [|] st") == "antal ");
  CHECK(LiteralPrefix("^a\\|b") == "a|b");
  CHECK(LiteralPrefix("^Antal (?:klienter|ombud)") == "antal ");
}

TEST_CASE("RequiredLiterals: the literals one of which every match holds") {
  using V = std::vector<std::string>;
  // The longest literal run every match passes through, folded.
  CHECK(RequiredLiterals("^2[.,]\\s*Klienter") == V{"klienter"});
  CHECK(RequiredLiterals("^1\\.\\s*Hur många årsanställda") == V{"hur många årsanställda"});
  // One literal of each alternative of a group every match passes through.
  CHECK(RequiredLiterals("^(?:Redovisande kommun|Kontaktperson):?$") ==
        V{"redovisande kommun", "kontaktperson"});
  CHECK(RequiredLiterals("^(antal\\s+)?kvinnor$") == V{"kvinnor"});
  CHECK(RequiredLiterals("^(kommentar(er)?|summa)$") == V{"kommentar", "summa"});
  // A quantifier ends the run: "Antals?" needs "antal", "ab+c" needs "ab" or "c".
  CHECK(RequiredLiterals("Antals?") == V{"antal"});
  CHECK(RequiredLiterals("xab+c") == V{"xab"});
  CHECK(RequiredLiterals("a{0,2}bc") == V{"bc"});
  // Escaped punctuation is literal; a class of a range, `.` and `\s` are not.
  CHECK(RequiredLiterals("^Tel\\s*\\(inkl") == V{"(inkl"});
  CHECK(RequiredLiterals("[A-Z]x.yz") == V{"yz"});
  // A class of single characters is a group of one-character alternatives
  // (a list separator); a range, an escape or a negation in it gives none.
  CHECK(RequiredLiterals("\\s*[,;]\\s*") == V{",", ";"});
  CHECK(RequiredLiterals("^\\d+[.)]") == V{".", ")"});
  CHECK(RequiredLiterals("[Åx]+") == V{"å", "x"});
  CHECK(RequiredLiterals("[a-c;]").empty());
  CHECK(RequiredLiterals("[\\s;]").empty());
  CHECK(RequiredLiterals("[^,;]").empty());
  CHECK(RequiredLiterals("[,;]?").empty());
  CHECK(RequiredLiterals("^\\p{L}+ ombud") == V{" ombud"});
  // A start of the 2020s forms: an alternative's group with an alternative
  // of no literal is passed over, its run before it kept.
  CHECK(RequiredLiterals("^(?:\\s*REDOVISNING\\h*(?:$|\\r?\\n|Statsbidrag)|Avseende år)") ==
        V{"redovisning", "avseende år"});
  // A positive lookaround's literals are in the text, though not in the
  // match: a section start that only looks ahead at its question has its
  // literals (before, every line reached ICU for it, tried at each position).
  CHECK(RequiredLiterals("^(?=kommun)") == V{"kommun"});
  CHECK(RequiredLiterals("(?<=kommun:)\\s*\\d") == V{"kommun:"});
  CHECK(RequiredLiterals("^Utbildning$|^(?=(?:Ombuden har|Har ombuden) erbjudits utbildning)") ==
        V{"utbildning", " erbjudits utbildning"});
  CHECK(RequiredLiterals("ab(?=c)d") == V{"ab"});  // never joined to the run around it
  // None: an alternative without a literal, an optional group, a negative
  // lookaround, what is not read (an inline flag, \Q, a back-reference).
  CHECK(RequiredLiterals("^(ja|\\d+)$").empty());
  CHECK(RequiredLiterals("^(?:ja)?$").empty());
  CHECK(RequiredLiterals("^(?!kommun)").empty());
  CHECK(RequiredLiterals("^(?<!kommun)\\d").empty());
  CHECK(RequiredLiterals("^(?=kommun)?\\d").empty());
  CHECK(RequiredLiterals("(?i)kommun").empty());
  CHECK(RequiredLiterals("\\Qkommun\\E").empty());
  CHECK(RequiredLiterals("(a)\\1").empty());
  CHECK(RequiredLiterals("a|").empty());
}

TEST_CASE("LeadBytes: the first bytes of what an anchored pattern matches, folded") {
  auto bytes = [](const std::string& source) {
    LeadSet lead = LeadBytes(source);
    std::string out;
    if (!lead.known) return std::string("?");
    for (int b = 0; b < 0x80; ++b)
      if (lead.bytes.test(static_cast<size_t>(b))) out += static_cast<char>(b);
    if (lead.bytes.test(0x80)) out += "+";  // and the non-ASCII bytes
    return out;
  };
  CHECK(bytes("^Kommun") == "k");
  CHECK(bytes("^(?:Sida|page)\\s") == "ps");
  CHECK(bytes("^\\d{1,3}/\\d{1,3}$") == "0123456789+");
  CHECK(bytes("^\\s*[-–•]\\s+") == std::string("\t\n\v\f\r\x1c\x1d\x1e\x1f -+"));
  CHECK(bytes("^\\?*\\s*(dagar|kr|:-|%)$") == std::string("\t\n\v\f\r\x1c\x1d\x1e\x1f %:?dk+"));
  CHECK(bytes("^(antal\\s+)?kvinnor$") == "ak");
  CHECK(bytes("^[A-C_]x") == "_abc");
  CHECK(bytes("^Ä") == "");  // ä, folded: 0xC3 0xA4, and no other byte
  CHECK(LeadBytes("^Ä").bytes.test(0xC3));
  CHECK_FALSE(LeadBytes("^Ä").bytes.test(0xC2));
  CHECK(bytes("^[^x]") == std::string(1, '\0') + [] {
    std::string all;
    for (int b = 1; b < 0x80; ++b) all += static_cast<char>(b);
    return all + "+";
  }());
  CHECK(bytes("^\\bKlienter") == "k");
  // A top-level alternation whose every alternative is anchored: the union.
  CHECK(bytes("^(antal\\s+)?kvinn(or|a)$|^k$") == "ak");
  CHECK(bytes("^Kvinnor|^(?:Män|x)") == "kmx");
  // Unknown: not anchored, a top-level alternative, empty text, what it does not read.
  CHECK(bytes("Kommun") == "?");
  CHECK(bytes("^a|b") == "?");
  CHECK(bytes("^a|^$") == "?");
  CHECK(bytes("^a|") == "?");
  CHECK(bytes("^x?$") == "?");
  CHECK(bytes("^(?=K)Kommun") == "?");
  CHECK(bytes("^\\p{L}+") == "?");
  CHECK(bytes("^\\S") == "?");
  CHECK(bytes("^[a-ö]") == "?");
  CHECK(bytes("^[[:alpha:]]") == "?");
}

TEST_CASE("LeadBytes: an escaped character read whole") {
  // Read byte by byte, "\é" gave the first byte of U+FFFD's fold, which no
  // text matching "é" starts with.
  LeadSet lead = LeadBytes("^\\é");
  REQUIRE(lead.known);
  CHECK(lead.bytes.test(0xC3));
  CHECK(lead.bytes.count() == 1);
}

TEST_CASE("LeadBytePairs: the first two bytes of what an anchored pattern matches, folded") {
  // The second bytes allowed after the ASCII byte `a`: "*" for all 256.
  auto after = [](const std::string& source, char a) {
    LeadPairs pairs = LeadBytePairs(source);
    if (!pairs.known()) return std::string("?");
    std::string out;
    int count = 0;
    for (int b = 0; b < 0x100; ++b)
      if (pairs.Allows(static_cast<unsigned char>(a), static_cast<unsigned char>(b))) {
        ++count;
        if (b < 0x80) out += static_cast<char>(b);
      }
    return count == 0x100 ? std::string("*") : out;
  };
  const std::string question =
      "^(?:(?:\\d{1,2}(?:\\.\\d{1,2}){1,2}[.)]?|(?-i:[A-L])\\d{1,2}[.)]|Fråga\\s+\\d{1,2}"
      "(?:\\.\\d{1,2})?[.:)]?)\\s+(?=(?-i:\\p{Lu}))|(?:\\d{1,2}(?-i:[a-z])|(?-i:[a-z]))\\)\\s+"
      "(?=(?-i:\\p{L})))";
  // A letter: a question's letter and its number, "fr" of "Fråga", or ")".
  CHECK(after(question, 'a') == ")0123456789");
  CHECK(after(question, 'f') == ")0123456789r");
  CHECK(after(question, 'm') == ")");
  // A digit: another, a point or a letter (a number alone takes no ")").
  CHECK(after(question, '3') == ".0123456789abcdefghijklmnopqrstuvwxyz");
  CHECK(after(question, ' ') == "");
  CHECK(LeadBytePairs(question).Allows(0xC3, 0x00));  // a non-ASCII first byte: any second
  CHECK(after("^Kommun", 'k') == "o");
  CHECK(after("^Kommun", 'o') == "");
  CHECK(after("^k", 'k') == "*");        // one byte matched: any byte after it
  CHECK(after("^ka?$", 'k') == "*");     // "k" alone
  CHECK(after("^k+x", 'k') == "kx");     // a repeated atom: itself again
  CHECK(after("^k?x", 'k') == "x");      // an optional one: at most once
  CHECK(after("^k(?=y)z", 'k') == "z");  // a lookaround: nothing read
  CHECK(after("^\\bk\\s", 'k').find(' ') != std::string::npos);
  CHECK(after("^ß", 's') == "*");  // folds to "ss": two bytes, any second
  CHECK(after("^[ßa]x", 's') == "*");
  CHECK(after("^[ßa]x", 'a') == "x");
  CHECK(after("^(?:ab|c)d", 'c') == "d");
  CHECK(after("^(?:ab|c)d", 'a') == "b");
  CHECK(after("^.x", 'q') == "x");
  CHECK(after("^\\p{L}x", 'q') == "x");
  CHECK(after("^[^a]x", 'q') == "x");
  // Later constructs it does not read do not matter once two bytes are settled.
  CHECK(after("^ab\\1", 'a') == "b");
  // Unknown: not anchored, a top-level alternative unanchored, empty text,
  // what it does not read before two bytes are settled.
  CHECK(after("Kommun", 'k') == "?");
  CHECK(after("^a|b", 'a') == "?");
  CHECK(after("^a|^$", 'a') == "?");
  CHECK(after("^x?$", 'x') == "?");
  CHECK(after("^(?i)ab", 'a') == "?");
  CHECK(after("^(?<n>a)b", 'a') == "?");
  CHECK(after("^a\\x41", 'a') == "?");
  CHECK(LeadBytePairs("Kommun").Allows('q', 'q'));  // unknown: any text
}

TEST_CASE("LeadIndex: a byte's items in order, every item for an empty text") {
  // 130 items over three words: item i admits 'a' + i % 3, every third none
  // but 'x', the last two every byte.
  std::vector<std::bitset<256>> firsts(130);
  for (size_t i = 0; i < 128; ++i) firsts[i].set(i % 3 == 2 ? 'x' : 'a' + i % 3);
  firsts[128].set();
  firsts[129].set();
  LeadIndex index(firsts);
  CHECK(index.size() == 130);
  auto visited = [&](std::string_view text) {
    std::vector<size_t> out;
    CHECK_FALSE(index.Find(text, [&](size_t i) {
      out.push_back(i);
      return false;
    }));
    return out;
  };
  for (char first : {'a', 'b', 'x', 'q'}) {
    std::vector<size_t> want;
    for (size_t i = 0; i < firsts.size(); ++i)
      if (firsts[i].test(static_cast<unsigned char>(first))) want.push_back(i);
    CHECK(visited(std::string(1, first) + "bc") == want);
  }
  CHECK(visited("q") == std::vector<size_t>{128, 129});
  CHECK(visited("").size() == 130);
  // A visit returning true ends the search, and Find says so.
  size_t last = 0;
  CHECK(index.Find("b", [&](size_t i) { return (last = i) >= 4; }));
  CHECK(last == 4);
  // No index, or one of another list: every item.
  std::vector<size_t> all;
  FindByLead(&index, 131, "q", [&](size_t i) {
    all.push_back(i);
    return false;
  });
  CHECK(all.size() == 131);
  all.clear();
  FindByLead(nullptr, 3, "q", [&](size_t i) {
    all.push_back(i);
    return false;
  });
  CHECK(all == std::vector<size_t>{0, 1, 2});
}

TEST_CASE("StartAnchored: every top-level alternative begins with ^") {
  CHECK(StartAnchored("^Kommun"));
  CHECK(StartAnchored("^(antal\\s+)?kvinn(or|a)$|^k$"));
  CHECK(StartAnchored("^(?:a|b)|^c"));
  CHECK_FALSE(StartAnchored("Kommun"));
  CHECK_FALSE(StartAnchored("^a|b"));
  CHECK_FALSE(StartAnchored("^a|"));
  CHECK_FALSE(StartAnchored(""));
  CHECK_FALSE(StartAnchored("(?m)^a"));  // multi-line: `^` after each line break
  CHECK_FALSE(StartAnchored("^a|(?m)^b"));
  // Case alone switched for a group changes no anchor.
  CHECK(StartAnchored("^(?:2|(?-i:II))\\.|^(?-i:KLIENTER)$"));
  CHECK_FALSE(StartAnchored("^(?m:a)|b"));
}

TEST_CASE("a group that switches case alone is read as a non-capturing group") {
  // Section headings such as "^(?-i:KLIENTER)$": a case-sensitive group
  // matches text that folds as the group's words fold, so the prefilter
  // and the lead index read it, and its example is its words.
  using V = std::vector<std::string>;
  CHECK(RequiredLiterals("^(?-i:KLIENTER)\\s*$") == V{"klienter"});
  CHECK(RequiredLiterals("^(?i:Ekonomi)$") == V{"ekonomi"});
  const LeadSet lead = LeadBytes("^(?:2|(?-i:II))\\.|^(?-i:KLIENTER)$");
  REQUIRE(lead.known);
  CHECK(lead.bytes.test('2'));
  CHECK(lead.bytes.test('i'));
  CHECK(lead.bytes.test('k'));
  CHECK_FALSE(lead.bytes.test('a'));
  CHECK(LeadBytePairs("^(?-i:KL)").known());
  // Another flag in the group is not read.
  CHECK_FALSE(LeadBytes("^(?x-i:KL)").known);
  CHECK(RequiredLiterals("^(?s-i:KLIENTER)").empty());
}

TEST_CASE("CaseClosesProperty: a property ICU closes over case when compiling") {
  for (const char* source :
       {"\\p{L}+", "^[\\p{L}\\d_+-]", "[[:alpha:]]", "\\P{Lu}", "(?-i:a)\\p{L}",
        "(?-i:(?i:\\p{L}))", "(?-i)a(?i)[\\p{Ll}]", "(?:(?-i)a)\\p{L}", "(?<name>\\p{L})"}) {
    INFO(source);
    CHECK(CaseClosesProperty(source));
  }
  for (const char* source :
       {"(?-i:\\p{L})", "^(?-i:[\\p{L}\\u0345\\d_+-])", "(?-i)\\p{L}", "(?x-i:[[:alpha:]])",
        "(?-i:(?:\\p{L}|\\d)+)", "[\\\\p]", "kommun\\s*(\\d+)", "(?=(?-i:\\p{Lu}))"}) {
    INFO(source);
    CHECK_FALSE(CaseClosesProperty(source));
  }
}

namespace {

/// Calls `f(where, regex)` for each quoted regular expression of every
/// shipped patterns/*.rules file, `where` naming its file and line ("common.rules:41");
/// returns how many there were. A line that does not tokenize fails the test.
template <class F>
size_t ForEachShippedRegex(F f) {
  size_t regexes = 0;
  for (const auto& entry : std::filesystem::directory_iterator(
           std::string(redovis::testing::SourceDir()) + "/patterns")) {
    if (entry.path().extension() != ".rules") continue;
    std::ifstream in(entry.path());
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
      std::vector<RuleToken> tokens;
      std::string error;
      REQUIRE(TokenizeRuleLine(line, &tokens, &error));
      for (const RuleToken& t : tokens) {
        if (!t.quoted && !t.value_quoted) continue;
        ++regexes;
        f(entry.path().filename().string() + ":" + std::to_string(number), t.text);
      }
    }
  }
  return regexes;
}

}  // namespace

TEST_CASE("no shipped regex has ICU close a property over case (patterns/README.md)") {
  // Each regex a process uses is compiled once in it; a property closed over
  // case costs millions of instructions there (`[\p{L}\d_+-]` 17 million).
  size_t regexes = ForEachShippedRegex([](const std::string& where, const std::string& regex) {
    INFO(where << ": " << regex);
    CHECK_FALSE(CaseClosesProperty(regex));
  });
  CHECK(regexes > 200);
}

TEST_CASE("no shipped regex writes one set holding a property twice") {
  // ICU builds a set's `\p{...}` anew each time the set is written, some
  // 300,000 instructions apiece, in every process that compiles the regex.
  size_t sets = 0;
  ForEachShippedRegex([&sets](const std::string& where, const std::string& regex) {
    std::set<std::string> seen;
    RegexToken token;
    for (size_t i = 0; NextRegexToken(regex, &i, &token);) {
      if (token.kind != RegexTokenKind::kClass) continue;
      const std::string set = regex.substr(token.begin, token.end - token.begin);
      if (set.find("\\p") == std::string::npos && set.find("\\P") == std::string::npos &&
          set.find("[:") == std::string::npos)
        continue;
      ++sets;
      INFO(where << ": " << set);
      CHECK(seen.insert(set).second);
    }
  });
  CHECK(sets > 0);
}

}  // namespace regex_analysis_test
