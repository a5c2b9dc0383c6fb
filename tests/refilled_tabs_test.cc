#include "read/text/refilled_tabs.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "read/text/folded_lines.h"
#include "read/text/text_reader.h"
#include "redovis/document.h"

using namespace redovis;

namespace {

// A tabbed form as `fmt -w 32` leaves it: a paragraph of 24 lines of words
// alone, each ending where the next line's first word would not have fitted;
// a block whose rows fmt joined ("29\t5 därav"); a question in words
// alone, its box and the next question run together; and rows between a
// column header and a blank line, which fmt left alone.
std::string RefilledForm() {
  std::string text;
  for (int i = 10; i < 34; ++i) text += "Rad " + std::to_string(i) + " av stycket har ord i text\n";
  text +=
      "\n"
      "Totalt antal\t29\t5 därav\n"
      "mellan 18 år\t14\t2\n"
      "\n"
      "Har ni under 2021 haft kö\n"
      "personliga ombud?\t  X Om\n"
      "ja, uppskatta hur lång\n"
      "\n";
  for (int i = 1; i <= 5; ++i)
    text +=
        "\tKvinnor\tMän\nAntal grupp " + std::to_string(i) + "\t" + std::to_string(i) + "\t2\n\n";
  return text;
}

}  // namespace

TEST_CASE("refilled tabs: rows fmt left alone read, a block it joined not, words alone marked") {
  const std::string text = RefilledForm();
  RefilledTabs r;
  REQUIRE(FindRefilledTabs(text, &r));
  const std::vector<std::string_view> in = SplitAtLineFeeds(text);
  const std::vector<std::string_view> out = SplitAtLineFeeds(r.text);
  REQUIRE(out.size() == in.size());  // every line keeps its number
  // The paragraph of words alone: its words, each line's end marked.
  CHECK(out[0] == std::string("Rad 10 av stycket har ord i text") + kRefilledBreak);
  CHECK(out[23] == std::string("Rad 33 av stycket har ord i text") + kRefilledBreak);
  // The rows fmt ran together: neither line read.
  CHECK(out[25].empty());
  CHECK(out[26].empty());
  // A question's words alone in a paragraph whose other line holds its box
  // run into the next question: not read either ("ja," is no answer).
  CHECK(out[28].empty());
  CHECK(out[29].empty());
  CHECK(out[30].empty());
  // A column header and its row, each a paragraph of its own: as they stand.
  CHECK(out[32] == "\tKvinnor\tMän");
  CHECK(out[33] == "Antal grupp 1\t1\t2");
  CHECK(r.marked == 24);
  CHECK(r.unread == 5);
  CHECK(r.width == 32);
}

TEST_CASE("refilled tabs: a tabbed text as written is not told") {
  std::string text;
  for (int i = 1; i <= 30; ++i)
    text += "Antal klienter i grupp " + std::to_string(i) + " under året\t" + std::to_string(i) +
            "\t2\n\n";
  RefilledTabs r;
  r.width = 7;
  CHECK_FALSE(FindRefilledTabs(text, &r));
  CHECK(r.width == 7);
}

TEST_CASE("refilled tabs: the text reader reads a refilled tabbed text, with its note") {
  const std::string form = RefilledForm();
  Document d;
  REQUIRE(ReadText(form, &d).ok());  // once refused, "refilled_text"
  int width = 0;
  bool noted = false;
  for (const std::string& w : d.warnings) noted = noted || IsRefilledParagraphsNote(w, &width);
  CHECK(noted);
  CHECK(width == 32);
  bool row = false;
  for (const Line& l : d.lines)
    row = row || (l.cells.size() == 3 && l.cells[0].text == "Antal grupp 1" &&
                  l.cells[1].text == "1" && l.cells[2].text == "2");
  CHECK(row);
}
