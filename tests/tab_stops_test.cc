#include "read/text/tab_stops.h"

#include <doctest/doctest.h>

#include <string>

#include "read/text/text_reader.h"

using namespace redovis;

namespace {

// A table of counts laid out in spaces (pandoc's plain text), and the same
// after coreutils' `unexpand -a` (stops every 8 columns, counted in bytes:
// each of å, ä, ö is two) and `unexpand -a -t 4`.
const std::string kLaid =
    "  ----------------------------- -------- --------\n"
    "                                Kvinnor  M\xC3\xA4n\n"
    "\n"
    "  Totalt antal klienter               29        5\n"
    "\n"
    "  d\xC3\xA4rav mellan 18 och 29 \xC3\xA5r            9        4\n"
    "\n"
    "  d\xC3\xA4rav 30 till 64 \xC3\xA5r                 17        0\n"
    "\n"
    "  d\xC3\xA4rav 65 \xC3\xA5r och \xC3\xB6ver                12        1\n"
    "  ----------------------------- -------- --------\n";
const std::string kUnexpand8 =
    "  ----------------------------- -------- --------\n"
    "\t\t\t\tKvinnor\t M\xC3\xA4n\n"
    "\n"
    "  Totalt antal klienter\t\t      29\t5\n"
    "\n"
    "  d\xC3\xA4rav mellan 18 och 29 \xC3\xA5r\t\t 9\t  4\n"
    "\n"
    "  d\xC3\xA4rav 30 till 64 \xC3\xA5r\t\t\t17\t  0\n"
    "\n"
    "  d\xC3\xA4rav 65 \xC3\xA5r och \xC3\xB6ver\t\t 12\t   1\n"
    "  ----------------------------- -------- --------\n";
const std::string kUnexpand4 =
    "  ----------------------------- -------- --------\n"
    "\t\t\t\t\t\t\t\tKvinnor\t M\xC3\xA4n\n"
    "\n"
    "  Totalt antal klienter\t\t\t\t  29\t\t5\n"
    "\n"
    "  d\xC3\xA4rav mellan 18 och 29 \xC3\xA5r\t\t\t 9\t\t  4\n"
    "\n"
    "  d\xC3\xA4rav 30 till 64 \xC3\xA5r\t\t\t\t\t17\t\t  0\n"
    "\n"
    "  d\xC3\xA4rav 65 \xC3\xA5r och \xC3\xB6ver\t\t\t\t 12\t\t   1\n"
    "  ----------------------------- -------- --------\n";

}  // namespace

TEST_CASE("tab stops: expanded in code points or in bytes, every 8 or 4 columns") {
  CHECK(ExpandTabs("ab\tc", {8, false}) == "ab      c");
  CHECK(ExpandTabs("\xC3\xA5\tc\n\tx", {8, false}) == "\xC3\xA5       c\n        x");
  CHECK(ExpandTabs("\xC3\xA5\tc", {8, true}) == "\xC3\xA5      c");  // å is two bytes
  CHECK(ExpandTabs("ab\tc\td", {4, false}) == "ab  c   d");
}

TEST_CASE("tab stops: the reading whose columns line up is chosen") {
  ExpandedTabs bytes = ExpandTabStops(kUnexpand8);
  CHECK(bytes.text == kLaid);
  CHECK(bytes.reading.stop == 8);
  CHECK(bytes.reading.bytes);
  CHECK(bytes.undecided.empty());
  ExpandedTabs four = ExpandTabStops(kUnexpand4);
  CHECK(four.text == kLaid);
  CHECK(four.reading.stop == 4);
  CHECK(four.undecided.empty());
  // Without a letter of two bytes before a tab, bytes and code points are one
  // reading: 8 columns wins.
  ExpandedTabs ascii = ExpandTabStops("  Totalt\t\t29\n  Nya\t\t\t 9\n  Avslutade\t\t 4\n");
  CHECK(ascii.reading.stop == 8);
  CHECK(ascii.undecided.empty());
}

TEST_CASE("tab stops: lines no reading can place are undecided") {
  // One line, nothing to line up with: every reading counts nothing, and the
  // two first place the 'X' differently.
  ExpandedTabs none = ExpandTabStops("\xC3\xA5\xC3\xA5\xC3\xA5\tX\n");
  REQUIRE(none.undecided.size() == 1);
  CHECK(none.undecided[0] == 0);
}

TEST_CASE("tab stops: the text reader reads unexpanded text as the layout it was") {
  Document laid, eight, four;
  REQUIRE(ReadText(kLaid, &laid).ok());
  REQUIRE(ReadText(kUnexpand8, &eight).ok());
  REQUIRE(ReadText(kUnexpand4, &four).ok());
  for (const Document* d : {&eight, &four}) {
    REQUIRE(d->lines.size() == laid.lines.size());
    for (size_t k = 0; k < laid.lines.size(); ++k) {
      CAPTURE(k);
      REQUIRE(d->lines[k].cells.size() == laid.lines[k].cells.size());
      for (size_t c = 0; c < laid.lines[k].cells.size(); ++c) {
        CHECK(d->lines[k].cells[c].text == laid.lines[k].cells[c].text);
        CHECK(d->lines[k].cells[c].x0 == laid.lines[k].cells[c].x0);
      }
    }
    CHECK(d->warnings.empty());
  }
  // A line whose columns cannot be told is left blank, and a note says so.
  Document unsure;
  REQUIRE(ReadText("Kommun\n \t \xC3\xA5\xC3\xA5\xC3\xA5\tX\n \t 1\n \t 2\n \t 3\n", &unsure).ok());
  REQUIRE(unsure.warnings.size() == 1);
  CHECK(unsure.warnings[0].rfind("line 2: ", 0) == 0);
}
