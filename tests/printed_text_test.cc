#include "read/pdf/printed_text.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "read/pdf/word_text.h"

namespace redovis {
namespace printed_text_test {
namespace {

// enscript's 7-point Courier: 4.2 points a column, 8 a line.
constexpr double kAdvance = 4.2, kPitch = 8, kSize = 7;

PositionedWord At(const std::string& text, int column, int row) {
  PositionedWord w;
  w.text = text;
  w.x0 = 41 + column * kAdvance;
  w.x1 = w.x0 + static_cast<double>(Chars(text)) * kAdvance;
  w.y0 = 22.365 + row * kPitch;
  w.y1 = w.y0 + 6.944;
  w.font_size = kSize;
  return w;
}

/// A page of a printed `-layout` text: a row whose name cell wrapped onto
/// the next line, under a column header, and filler prose to 30 words.
PositionedPage FormPage(int number) {
  PositionedPage p;
  p.number = number;
  p.width = 595;
  p.height = 842;
  int row = 0;
  for (const char* w : {"Kontaktperson", "Telefon"}) {
    p.words.push_back(At(w, std::string(w) == "Telefon" ? 30 : 0, row));
  }
  p.words.push_back(At("Inga-Lill", 0, 1));
  p.words.push_back(At("060-123", 30, 1));
  p.words.push_back(At("Nilsson", 0, 2));
  row = 4;
  int column = 0;
  for (int i = 0; i < 26; ++i) {
    const std::string word = i % 2 == 0 ? "ord" : "åtta";
    if (column + static_cast<int>(Chars(word)) > 60) {
      column = 0;
      ++row;
    }
    p.words.push_back(At(word, column, row));
    column += static_cast<int>(Chars(word)) + 1;
  }
  return p;
}

TEST_CASE("printed text: words on a fixed-width grid are the text's lines, columns kept") {
  std::vector<PositionedPage> pages = {FormPage(1), FormPage(2)};
  pages[1].words.erase(pages[1].words.begin(), pages[1].words.begin() + 5);
  std::string text;
  REQUIRE(PrintedText(pages, &text));
  const std::string head =
      "Kontaktperson                 Telefon\n"
      "Inga-Lill                     060-123\n"
      "Nilsson\n"
      "\n"
      "ord åtta ord";
  CHECK(text.substr(0, head.size()) == head);
  // Each page ends with a form feed; the second page's first word is on row
  // 4 of the grid, so four blank lines come first (rows 0 to 3).
  const size_t feed = text.find('\f');
  REQUIRE(feed != std::string::npos);
  CHECK(text.substr(feed, 8) == "\f\n\n\n\nord");
  CHECK(text.back() == '\f');
  CHECK(std::count(text.begin(), text.end(), '\f') == 2);
}

TEST_CASE("printed text: a page without words is a form feed alone") {
  std::vector<PositionedPage> pages = {FormPage(1), PositionedPage{}, FormPage(3)};
  std::string text;
  REQUIRE(PrintedText(pages, &text));
  CHECK(text.find("\f\f") != std::string::npos);
}

TEST_CASE("printed text: a word off the grid, of another width or size refuses the grid") {
  std::string text = "unchanged";
  std::vector<PositionedPage> pages = {FormPage(1)};
  std::string ok;
  REQUIRE(PrintedText(pages, &ok));

  SUBCASE("a proportional font: a word narrower than its characters") {
    pages[0].words[3].x1 -= 0.3 * Chars(pages[0].words[3].text);  // "060-123" in 3.9 a character
  }
  SUBCASE("a word started between two columns") {
    pages[0].words[2].x0 += 0.5 * kAdvance;
    pages[0].words[2].x1 += 0.5 * kAdvance;
  }
  SUBCASE("a line half a line lower") {
    pages[0].words[4].y0 += kPitch / 2;
    pages[0].words[4].y1 += kPitch / 2;
  }
  SUBCASE("one word in another size") {
    pages[0].words[0].font_size = 9;
  }
  SUBCASE("a ruled table on the page") {
    pages[0].rules.push_back(RuleSegment{});
  }
  SUBCASE("a page read by OCR") {
    pages[0].ocr = true;
  }
  SUBCASE("two words at one place") {
    pages[0].words.push_back(pages[0].words[0]);
  }
  SUBCASE("too few words to prove a grid") {
    pages[0].words.resize(20);
  }
  CHECK_FALSE(PrintedText(pages, &text));
  CHECK(text == "unchanged");
}

TEST_CASE("printed text: the reader's note is known by its own test") {
  CHECK(IsPrintedTextNote(PrintedTextNote()));
  CHECK_FALSE(IsPrintedTextNote("the PDF has 3 pages; only the first 2 were read"));
}

}  // namespace
}  // namespace printed_text_test
}  // namespace redovis
