#include "read/text/double_spacing.h"

#include <doctest/doctest.h>

#include <string>

#include "redovis/document.h"
#include "redovis/readers.h"

namespace double_spacing_test {

using namespace redovis;

namespace {

// A laid-out form's lines: a name and a workplace wrapped over two lines of
// their cell, a blank line, a table, a page's form feed.
const char kText[] =
    "Kommun                      Timrå\n"
    "Kontaktperson               Inga-Lill\n"
    "                            Nilsson\n"
    "Telefon                     060-16 31 00\n"
    "\n"
    "                             Kvinnor      Män\n"
    "Totalt antal klienter        29           5\n"
    "därav mellan 18 och 29 år    14           2\n"
    "därav mellan 30 och 49 år    9            3\n"
    "därav mellan 50 och 64 år    4            0\n"
    "därav 65 år eller äldre      2            0\n"
    "\n"
    "Ombuden har erbjudits utbildning\n"
    "Ja\n"
    "Namnförtydligande           Anna-Lena Engstedt\n"
    "Tjänsteställe               Socialtjänsten Timrå\n"
    "                            Kommun\n"
    "\fStyrgrupp\n"
    "Finns det en styrgrupp      Ja\n"
    "Antal möten under året      4\n"
    "Brukarorganisation          Ja\n"
    "Anhörigorganisation         Nej\n"
    "Kommentar                   Styrgruppen\n"
    "                            träffas varje kvartal.\n";

// Each line followed by an empty one, its breaks written `eol`: "\n" as
// `sed G` writes them; "\r\r\n" as a "\r\n" text written in text mode.
std::string Doubled(const std::string& text, const std::string& eol) {
  std::string out;
  for (size_t b = 0; b < text.size();) {
    size_t e = text.find('\n', b);
    out += text.substr(b, e - b) + (eol == "\n" ? "\n\n" : eol);
    b = e + 1;
  }
  return out;
}

}  // namespace

TEST_CASE("double spacing: sed G's and \\r\\r\\n's empty lines are taken off") {
  std::string out;
  REQUIRE(UndoDoubleSpacing(Doubled(kText, "\n"), &out));
  CHECK(out == kText);
  REQUIRE(UndoDoubleSpacing(Doubled(kText, "\r\r\n"), &out));
  // Each kept line keeps its own break: the first "\r" of "\r\r\n".
  std::string expected = kText;
  for (size_t at = expected.find('\n'); at != std::string::npos; at = expected.find('\n', at))
    expected[at] = '\r';
  CHECK(out == expected);
  CHECK(OriginalLineNumber(1) == 1);
  CHECK(OriginalLineNumber(4) == 7);
}

TEST_CASE("double spacing: a text not double-spaced throughout is left as it is") {
  std::string out = "untouched";
  CHECK_FALSE(UndoDoubleSpacing(kText, &out));
  std::string doubled = Doubled(kText, "\n");
  // One even line with a space in it.
  std::string spaced = doubled;
  spaced.replace(spaced.find("\n\n") + 1, 0, " ");
  CHECK_FALSE(UndoDoubleSpacing(spaced, &out));
  // A text's own blank line at an even place (two empty lines together
  // shift the lines after them).
  std::string shifted = doubled;
  shifted.insert(shifted.find("\n\n"), "\n");
  CHECK_FALSE(UndoDoubleSpacing(shifted, &out));
  // Fewer than 20 lines with text.
  CHECK_FALSE(UndoDoubleSpacing(Doubled("Kommun  Timrå\nJa\nNej\n", "\n"), &out));
  // One-line paragraphs, each after an empty line: no blank line of the
  // text's own (three empty lines), so nothing proves the empty lines were
  // added; nor one blank line alone.
  std::string paragraphs;
  for (int k = 0; k < 30; ++k) paragraphs += "Stycke " + std::to_string(k) + " om ombuden.\n\n";
  CHECK_FALSE(UndoDoubleSpacing(paragraphs, &out));
  CHECK_FALSE(UndoDoubleSpacing(paragraphs + "\n\nSista stycket.\n\n", &out));
  CHECK(UndoDoubleSpacing(paragraphs + "\n\nEtt.\n\n\n\nTvå.\n\n", &out));
  out = "untouched";
  // UTF-16 (NUL bytes).
  CHECK_FALSE(UndoDoubleSpacing(std::string("K\0o\0\n\0\n\0", 8), &out));
  CHECK(out == "untouched");
}

TEST_CASE("double spacing: a double-spaced text is read as the text it was") {
  Document plain;
  REQUIRE(ReadDocument(kText, "a.txt", ReadOptions(), &plain).ok());
  for (const std::string eol : {"\n", "\r\r\n"}) {
    CAPTURE(eol.size());
    Document doubled;
    REQUIRE(ReadDocument(Doubled(kText, eol), "a.txt", ReadOptions(), &doubled).ok());
    REQUIRE(plain.lines.size() == doubled.lines.size());
    for (size_t k = 0; k < plain.lines.size(); ++k) {
      CHECK(OriginalLineNumber(plain.lines[k].number) == doubled.lines[k].number);
      CHECK(plain.lines[k].page == doubled.lines[k].page);
      CHECK(plain.lines[k].Text() == doubled.lines[k].Text());
    }
  }
}

}  // namespace double_spacing_test
