#include "read/text/lost_line_breaks.h"

#include <doctest/doctest.h>

#include <string>

namespace lost_line_breaks_test {

using namespace redovis;

TEST_CASE("lost line breaks: a text run together on one line, not a text of long lines") {
  // docx2txt's dump of a Word form: every cell run into the next.
  std::string joined;
  for (int i = 0; i < 40; ++i) joined += "KommunPostort TimråKontaktperson Inga-Lill Nilsson";
  size_t longest = 0;
  REQUIRE(LostLineBreaks(joined + "\n", &longest));
  CHECK(longest == joined.size());
  // A short heading line and a closing line beside it change nothing.
  CHECK(LostLineBreaks("REDOVISNING\n\n" + joined + "\nJA\n", &longest));
  // Shorter than 2,000 bytes: a one-line text too small to judge.
  CHECK_FALSE(LostLineBreaks(joined.substr(0, 1990), &longest));
  // The same bytes with line breaks of any kind: carriage returns (a classic
  // Mac text), form feeds, vertical tabs, U+2028.
  for (std::string brk : {"\r", "\f", "\v", "\xE2\x80\xA8"}) {
    std::string broken;
    for (int i = 0; i < 40; ++i) broken += "Kommun Timrå Kontaktperson Inga-Lill Nilsson" + brk;
    CHECK_FALSE(LostLineBreaks(broken, &longest));
  }
  // A long line beside as much text again on other lines (a long free-text
  // answer written as one paragraph).
  std::string lines;
  for (int i = 0; i < 60; ++i) lines += "Kommun Timrå Kontaktperson Inga-Lill Nilsson\n";
  CHECK_FALSE(LostLineBreaks(lines + joined + "\n" + lines, &longest));
  // UTF-16: its line feed is two bytes.
  std::string utf16;
  for (char c : joined) utf16 += std::string(1, c) + '\0';
  CHECK_FALSE(LostLineBreaks(utf16, &longest));
  // Markup: HTML on one line is read by its tags.
  CHECK_FALSE(LostLineBreaks("  <table><tr><td>" + joined + "</td></tr></table>", &longest));
}

}  // namespace lost_line_breaks_test
