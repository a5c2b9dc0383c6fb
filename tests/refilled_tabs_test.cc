#include "read/text/refilled_tabs.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "read/text/folded_lines.h"
#include "read/text/text_reader.h"
#include "redovis/document.h"

namespace refilled_tabs_test {

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

namespace {

// The rows of the clients' table a LabelAt knows, as the form's row rules:
// the label's length where one opens the text.
int ClientRows(std::string_view text) {
  for (std::string_view label : {"Totalt antal klienter", "därav mellan 18 och 29 år",
                                 "därav mellan 30 och 49 år", "därav 65 år och över"})
    if (text.substr(0, label.size()) == label) return static_cast<int>(label.size());
  return 0;
}

}  // namespace

TEST_CASE("refilled tabs: a count table's rows fmt joined are given back at their labels") {
  // A tabbed table of rows (its header's cells at tabs) and one of a cell a
  // line, as fmt -w 32 left them: rows run on into the next row's label, a
  // row's counts on the next line, the header's cells joined by a space.
  const std::string table =
      "\tKvinnor Män\n"
      "Totalt antal klienter\t29\t5\n"
      "därav mellan 18 och 29 år\t14\n"
      "2 därav mellan 30 och 49 år\t  9\n"
      "3 därav 65 år och över\n"
      "\n"
      "\tKvinnor Män\n"
      "\n"
      "\tTotalt antal klienter 40 22\n"
      "\n"
      "\tdärav\n"
      "\tmellan 18 och 29 år\n"
      "\t10\n"
      "\n"
      "\tdärav 65 år och över 7\n"
      "\n";
  const std::string text = RefilledForm() + table;
  const size_t first = SplitAtLineFeeds(RefilledForm()).size() - 1;  // the table's first line
  RefilledTabs r;
  REQUIRE(FindRefilledTabs(text, ClientRows, &r));
  const std::vector<std::string_view> out = SplitAtLineFeeds(r.text);
  REQUIRE(out.size() >= first + 16);
  CHECK(out[first] == "\tKvinnor\tMän");
  CHECK(out[first + 1] == "Totalt antal klienter\t29\t5");
  CHECK(out[first + 2] == "därav mellan 18 och 29 år\t14\t2");
  CHECK(out[first + 3] == "därav mellan 30 och 49 år\t9\t3");
  CHECK(out[first + 4] == "därav 65 år och över\t\t");  // its cells empty
  CHECK(out[first + 6] == "\tKvinnor\tMän");            // the header above, alone
  CHECK(out[first + 8] == "Totalt antal klienter\t40\t22");
  CHECK(out[first + 10] == "därav mellan 18 och 29 år\t\t");  // one count: whose column?
  CHECK(out[first + 11].empty());
  CHECK(out[first + 14] == "därav 65 år och över\t\t");
  CHECK(r.rows == 9);
  // Each line numbered as the line it stands at in the bytes.
  REQUIRE(r.numbers.size() == out.size());
  CHECK(r.numbers[first + 4] == static_cast<int>(first) + 5);
  CHECK(r.numbers[first + 8] == static_cast<int>(first) + 9);
  // The rows fmt ran together above, no header over them: still unread.
  CHECK(out[25].empty());
  // Without the labels: the table's blocks as before, the rows not read.
  RefilledTabs plain;
  REQUIRE(FindRefilledTabs(text, &plain));
  CHECK(SplitAtLineFeeds(plain.text)[first + 1].empty());
  CHECK(plain.rows == 0);
  CHECK(plain.numbers.empty());
}

TEST_CASE("refilled tabs: a count table's rows are not given back on doubtful evidence") {
  auto given = [](const std::string& table) {
    RefilledTabs r;
    REQUIRE(FindRefilledTabs(RefilledForm() + table, ClientRows, &r));
    return r.rows;
  };
  // A number's groups ("1 500": one count or two?); a tab between them parts two.
  CHECK(given("\tKvinnor Män\n\n\tTotalt antal\n\tklienter 1 500\n\n") == 0);
  CHECK(given("\tKvinnor Män\nTotalt antal klienter\n1\t500\n\n") == 2);
  // A header of other cells than the rows' counts ("Antal kvinnor", "Antal män").
  CHECK(given("\tAntal kvinnor\n\tAntal män\n\n\tTotalt antal\n\tklienter 4 5\n\n") == 0);
  // A word neither count nor label among the rows.
  CHECK(given("\tKvinnor Män\nTotalt antal klienter\t4\n5 ca\n\n") == 0);
  // No header above: the counts' columns cannot be told.
  CHECK(given("\tTotalt antal\n\tklienter 4 5\n\n") == 0);
}

TEST_CASE("refilled tabs: a cell-a-line text's count table, its lines' ends marked, given back") {
  // LibreOffice's text a cell a line after fmt -w 34, as RefilledParagraphs
  // marks it: the header's cells, the rows' labels and counts run together.
  const std::string mark = kRefilledBreak;
  const std::string text = "Klienter\n\nKvinnor Män Totalt antal klienter" + mark +
                           "\n29 5 därav mellan 18 och 29 år 14" + mark +
                           "\n2 därav 65 år och över\n\nOm annan orsak" + mark + "\nange vilken.\n";
  CountTables t;
  REQUIRE(GiveBackCountTables(text, ClientRows, &t));
  const std::vector<std::string_view> out = SplitAtLineFeeds(t.text);
  REQUIRE(out.size() == 10);
  CHECK(out[0] == "Klienter");
  // Laid out with spaces, no tab (which would have the whole text read as
  // a tabbed one): each cell at one column, three spaces past the widest
  // label ("därav mellan 18 och 29 år", 25) and the widest cell ("Kvinnor").
  CHECK(t.text.find('\t') == std::string::npos);
  CHECK(out[2] == std::string(28, ' ') + "Kvinnor   Män");
  CHECK(out[3] == "Totalt antal klienter       29        5");
  CHECK(out[4] == "därav mellan 18 och 29 år   14        2");
  CHECK(out[5] == "därav 65 år och över");   // its cells empty
  CHECK(out[7] == "Om annan orsak" + mark);  // no table: as it was
  CHECK(t.rows == 4);
  REQUIRE(t.numbers.size() == out.size());
  CHECK(t.numbers[5] == 5);  // past the block's three lines: its last's
  CHECK(t.numbers[7] == 7);  // the line after the block as it was numbered
  // No table in it: nothing given back.
  CHECK_FALSE(GiveBackCountTables("Om annan orsak" + mark + "\nange vilken.\n", ClientRows, &t));
  CHECK(t.rows == 4);  // untouched
}

TEST_CASE(
    "refilled tabs: a cell-a-line text's counts of three digits are two where a row follows") {
  // Each cell a line of its own, an empty one a blank line: a row with
  // another after it in its block has every cell filled, so "267 181" is
  // two counts there; in the block's last row it may be one, "1 500".
  const std::string mark = kRefilledBreak;
  const std::string text = "Kvinnor Män Totalt antal klienter" + mark +
                           "\n267 181 därav 65 år och över 12" + mark + "\n14\n";
  CountTables t;
  REQUIRE(GiveBackCountTables(text, ClientRows, &t));
  const std::vector<std::string_view> out = SplitAtLineFeeds(t.text);
  REQUIRE(out.size() >= 3);
  CHECK(out[1] == "Totalt antal klienter   267       181");
  CHECK(out[2] == "därav 65 år och över    12        14");
  CHECK_FALSE(GiveBackCountTables("Kvinnor Män Totalt antal klienter 1" + mark + "\n500\n",
                                  ClientRows, &t));
  // A tabbed text's row loses its empty cells' tabs to the words: never two there.
  RefilledTabs r;
  REQUIRE(FindRefilledTabs(
      RefilledForm() + "\tKvinnor Män\nTotalt antal klienter\n267 181 därav 65 år och över\n\n",
      ClientRows, &r));
  CHECK(r.rows == 0);
}

TEST_CASE("refilled tabs: a text indented by tabs has its count rows given back at tabs") {
  // The 2023 form's tabbed text after fmt: each cell a paragraph indented
  // by a tab, a row's counts joined to its label or on the line below it.
  // Read as a tabbed text (its tabs), the rows keep their cells at tabs.
  const std::string mark = kRefilledBreak;
  const std::string text =
      "\tKvinnor Män\n\n\tTotalt antal klienter 40 22\n\n"
      "\tdärav mellan 18 och 29 år" +
      mark + "\n\t10 6\n\n\tOm annan orsak\n";
  CountTables t;
  REQUIRE(GiveBackCountTables(text, ClientRows, &t));
  const std::vector<std::string_view> out = SplitAtLineFeeds(t.text);
  REQUIRE(out.size() == 9);
  CHECK(out[0] == "\tKvinnor\tMän");
  CHECK(out[2] == "Totalt antal klienter\t40\t22");
  CHECK(out[4] == "därav mellan 18 och 29 år\t10\t6");
  CHECK(out[5].empty());  // the block's second line, its counts given back above
  CHECK(out[7] == "\tOm annan orsak");
  CHECK(t.rows == 3);
}

}  // namespace refilled_tabs_test
