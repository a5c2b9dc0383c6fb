// A language's word list (normalise/word_list.cc): read in its encoding,
// case-folded; a file that cannot be read or decoded is an error naming it.
#include "normalise/word_list.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace word_list_test {

using namespace redovis;
namespace fs = std::filesystem;

namespace {

fs::path Write(const std::string& name, const std::string& bytes) {
  fs::path dir = fs::temp_directory_path() / ("redovis-wordlist-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / name, std::ios::binary) << bytes;
  return dir / name;
}

}  // namespace

TEST_CASE("WordList: an ISO-8859-1 list, one word a line, known in any case") {
  // "blanketter", "tjänst", "Ärende", "å": ä is 0xE4, Ä 0xC4, å 0xE5.
  const fs::path p = Write("latin1", "blanketter\ntj\xE4nst\n\xC4rende\n\xE5\n  ombud  \n");
  WordList words;
  Status s = WordList::Load(p.string(), "ISO-8859-1", &words);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(words.size() == 4);
  CHECK(words.Knows("blanketter"));
  CHECK(words.Knows("BLANKETTER"));
  CHECK(words.Knows("tjänst"));
  CHECK(words.Knows("ärende"));
  CHECK(words.Knows("ombud"));
  CHECK_FALSE(words.Knows("bl"));
  // A word of one letter is none: it proves no cut.
  CHECK_FALSE(words.Knows("å"));
}

TEST_CASE("WordList: a missing file, an unknown encoding, a line that does not decode") {
  WordList words;
  const fs::path good = Write("good", "ombud\n");
  REQUIRE(WordList::Load(good.string(), "ISO-8859-1", &words).ok());
  Status s = WordList::Load("/nonexistent/redovis/words", "ISO-8859-1", &words);
  CHECK(s.code() == "wordlist_unreadable");
  CHECK(s.message().find("/nonexistent/redovis/words") != std::string::npos);
  CHECK(words.size() == 0);
  CHECK_FALSE(words.Knows("ombud"));
  REQUIRE(WordList::Load(good.string(), "ISO-8859-1", &words).ok());
  s = WordList::Load(good.string(), "no-such-charset", &words);
  CHECK(s.code() == "wordlist_encoding");
  CHECK(s.message().find(good.string()) != std::string::npos);
  CHECK(words.size() == 0);
  // A byte UTF-8 cannot hold.
  s = WordList::Load(Write("bad", "tj\xE4nst\n").string(), "UTF-8", &words);
  CHECK(s.code() == "wordlist_encoding");
}

}  // namespace word_list_test
