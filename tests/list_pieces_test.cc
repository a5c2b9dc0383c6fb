#include "patterns/list_pieces.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "patterns/regex.h"
#include "test_support.h"

namespace list_pieces_test {

using namespace redovis;
using redovis::testing::ProjectPatterns;

namespace {

using Pieces = std::vector<std::string>;

const std::vector<Pattern>& Separators() {
  return ProjectPatterns().vocabulary().list_separators;
}

// The other order of cutting: every separator's matches in the whole text
// marked one separator after the other (each later one seeing the earlier
// ones' marks), then the text cut at the marks.
Pieces MarkedWhole(const std::vector<Pattern>& separators, const std::string& text) {
  std::string marked = text;
  for (const Pattern& sep : separators) marked = RegexReplace(sep, marked, "\x1f");
  Pieces out;
  size_t b = 0;
  for (size_t i = 0; i <= marked.size(); ++i)
    if (i == marked.size() || marked[i] == '\x1f') {
      out.push_back(marked.substr(b, i - b));
      b = i + 1;
    }
  return out;
}

// The same order as ListPieces, one ICU replacement a piece and separator.
Pieces MarkedPieces(const std::vector<Pattern>& separators, const std::string& text) {
  Pieces parts{text};
  for (const Pattern& sep : separators) {
    Pieces next;
    for (const std::string& part : parts)
      for (const std::string& p : MarkedWhole({sep}, part)) next.push_back(p);
    parts.swap(next);
  }
  return parts;
}

}  // namespace

TEST_CASE("ListPieces: a list cut at the patterns' separators, untrimmed, in order") {
  CHECK(ListPieces(Separators(), "Sala, Köping och Fagersta") ==
        Pieces{"Sala", "Köping", "Fagersta"});
  CHECK(ListPieces(Separators(), "Sala; Köping samt Arboga & Fagersta") ==
        Pieces{"Sala", "Köping", "Arboga", "Fagersta"});
  // A separator at the end: an empty last piece (the list goes on).
  CHECK(ListPieces(Separators(), "Sala, Köping, ") == Pieces{"Sala", "Köping", ""});
  CHECK(ListPieces(Separators(), "Sala och ") == Pieces{"Sala", ""});
  // No separator: the text whole, spaces kept.
  CHECK(ListPieces(Separators(), " Sala ") == Pieces{" Sala "});
  CHECK(ListPieces(Separators(), "") == Pieces{""});
  // A word holding a separator's letters is no separator.
  CHECK(ListPieces(Separators(), "Kochs väg") == Pieces{"Kochs väg"});
  // Text beyond ASCII before and after a cut.
  CHECK(ListPieces(Separators(), "Älvkarleby,Östhammar") == Pieces{"Älvkarleby", "Östhammar"});
}

TEST_CASE("ListPieces: a later separator matches each piece as a text of its own") {
  std::vector<Pattern> seps(2);
  std::string error;
  REQUIRE(CompilePattern("\\s*,\\s*", &seps[0], &error));
  // Anchored: matches at a piece's start, as at the text's.
  REQUIRE(CompilePattern("^x ", &seps[1], &error));
  CHECK(ListPieces(seps, "a, x b") == Pieces{"a", "", "b"});
  CHECK(ListPieces(seps, "x a, b") == Pieces{"", "a", "b"});
  CHECK(ListPieces(seps, "a x b") == Pieces{"a x b"});
}

TEST_CASE("ListPieces: both orders of cutting agree for every separator the patterns hold") {
  // What the separators match, and words around them: each separator
  // beside each other one, before and after, touching and apart, at the
  // ends, beyond ASCII, and the samples' own texts of lists and pairs.
  std::vector<std::string> joins = {",", " , ", ";",  " ; ", " och ", " samt ", " & ",  " / ",
                                    "/", " ",   "  ", "och", " och",  "\t",     "\t,\t"};
  for (const Pattern& sep : Separators()) {
    const std::string example = ExampleText(sep);
    if (!example.empty()) joins.push_back(example);
    // Every separator the patterns hold is among the joins.
    CHECK_MESSAGE(std::any_of(joins.begin(), joins.end(),
                              [&](const std::string& j) { return RegexFind(sep, j); }),
                  sep.source);
  }
  std::vector<std::string> texts = {"kvinnor 12, män 7",
                                    "12 kvinnor och 7 män",
                                    "Sala, Köping och Fagersta",
                                    "Ja 2, Nej 1; Vet ej 0",
                                    "a , och , b",
                                    "a och, och b",
                                    ", och ,",
                                    "och och och",
                                    "Älv & Öst samt Å ; Ä",
                                    "kvinnor 3 / män 1",
                                    "Kommun/kommuner / Sala"};
  for (const std::string& a : joins)
    for (const std::string& b : joins) {
      texts.push_back("Sala" + a + "Köping" + b + "Arboga");
      texts.push_back("Sala" + a + b + "Arboga");
      texts.push_back(a + "Sala" + b);
      texts.push_back(a + b);
    }
  size_t cut = 0;
  for (const std::string& t : texts) {
    const Pieces pieces = ListPieces(Separators(), t);
    CHECK_MESSAGE(pieces == MarkedWhole(Separators(), t), t);
    CHECK_MESSAGE(pieces == MarkedPieces(Separators(), t), t);
    if (pieces.size() > 1) ++cut;
  }
  CHECK(cut > texts.size() / 2);  // the texts do hold separators
}

}  // namespace list_pieces_test
