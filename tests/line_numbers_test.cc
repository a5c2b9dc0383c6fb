#include "read/text/line_numbers.h"

#include <doctest/doctest.h>

#include <string>

#include "redovis/document.h"
#include "redovis/readers.h"

namespace line_numbers_test {

using namespace redovis;

namespace {

// Twelve lines of a laid-out form, a blank line among them and a page's form
// feed before the last.
const char kText[] =
    "Kommun                      Västerås\n"
    "Kontaktperson               Susanne Aspling\n"
    "\n"
    "                             Kvinnor      Män\n"
    "Totalt antal klienter        29           5\n"
    "därav mellan 18 och 29 år    14           2\n"
    "därav mellan 30 och 49 år    9            3\n"
    "Ombuden har erbjudits utbildning\n"
    "Ja\n"
    "Telefon 021-39 20 82\n"
    "Namnförtydligande Anna-Lena Engstedt\n"
    "\fTjänsteställe Socialtjänsten\n";

// `cat -n` (every line numbered, "%6d\t") or `nl` (a line with text
// numbered, an empty line given the number's width of spaces).
std::string Numbered(const std::string& text, bool every_line) {
  std::string out;
  int n = 0;
  size_t b = 0;
  while (b < text.size()) {
    size_t e = text.find('\n', b);
    std::string line = text.substr(b, e - b);
    if (every_line || !line.empty()) {
      std::string num = std::to_string(++n);
      out += std::string(6 - num.size(), ' ') + num + "\t" + line + "\n";
    } else {
      out += "       \n";
    }
    b = e + 1;
  }
  return out;
}

}  // namespace

TEST_CASE("line numbers: cat -n and nl's numbers are taken off, each line in its place") {
  std::string out;
  REQUIRE(StripLineNumbers(Numbered(kText, true), &out));
  CHECK(out == kText);
  REQUIRE(StripLineNumbers(Numbered(kText, false), &out));
  // nl's unnumbered empty line keeps its blanks: a blank line still.
  std::string expected = kText;
  expected.replace(expected.find("\n\n") + 1, 0, "       ");
  CHECK(out == expected);
}

TEST_CASE("line numbers: a text not numbered throughout is left as it is") {
  std::string out = "untouched";
  CHECK_FALSE(StripLineNumbers(kText, &out));
  std::string numbered = Numbered(kText, true);
  // A line with text and no number.
  CHECK_FALSE(StripLineNumbers(numbered + "Sala\n", &out));
  // A gap in the numbers (a list of numbered rows, "1\t", "2\t", "4\t").
  std::string gap = numbered;
  gap.replace(gap.find("     5\t"), 7, "     6\t");
  CHECK_FALSE(StripLineNumbers(gap, &out));
  // Fewer than ten lines numbered: a short list of numbered answers.
  CHECK_FALSE(StripLineNumbers("1\tJa\n2\tNej\n3\tDelvis\n", &out));
  CHECK(out == "untouched");
}

TEST_CASE("line numbers: a numbered text is read as the text it was") {
  Document plain, numbered;
  REQUIRE(ReadDocument(kText, "a.txt", ReadOptions(), &plain).ok());
  REQUIRE(ReadDocument(Numbered(kText, true), "a.txt", ReadOptions(), &numbered).ok());
  REQUIRE(plain.lines.size() == numbered.lines.size());
  for (size_t k = 0; k < plain.lines.size(); ++k) {
    CHECK(plain.lines[k].number == numbered.lines[k].number);
    REQUIRE(plain.lines[k].cells.size() == numbered.lines[k].cells.size());
    for (size_t c = 0; c < plain.lines[k].cells.size(); ++c)
      CHECK(plain.lines[k].cells[c].text == numbered.lines[k].cells[c].text);
  }
}

}  // namespace line_numbers_test
