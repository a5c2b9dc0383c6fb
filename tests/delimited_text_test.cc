// A spreadsheet saved as delimited values told from prose, and its rows.
#include "read/text/delimited_text.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace delimited_text_test {

using namespace redovis;

namespace {

std::vector<std::string> Cells(const Line& l) {
  std::vector<std::string> out;
  for (const Cell& c : l.cells) out.push_back(c.text);
  return out;
}

}  // namespace

TEST_CASE("delimited: a Swedish Excel's padded rows, quoted fields, a field over two lines") {
  std::string csv =
      "Kommun;Timrå;;\r\n"
      ";;;\r\n"
      "Kontaktperson;Inga-Lill Nilsson;Avdelning/Enhet;Socialförvaltningen\r\n"
      "Omfattning;\"Ja, vi har det\";;\r\n"
      "\"Ombuden har erbjudits \"\"handledning\"\"\";X;;\r\n"
      "Kommentar;\"Rad ett\r\nrad två\";;\r\n"
      "Antal årsarbetare;1,50;;\r\n";
  std::vector<Line> rows;
  REQUIRE(DelimitedRows(csv, &rows));
  REQUIRE(rows.size() == 7);
  CHECK(Cells(rows[0]) == std::vector<std::string>{"Kommun", "Timrå"});
  CHECK(Cells(rows[1]) == std::vector<std::string>{""});
  CHECK(Cells(rows[2]) == std::vector<std::string>{"Kontaktperson", "Inga-Lill Nilsson",
                                                   "Avdelning/Enhet", "Socialförvaltningen"});
  CHECK(Cells(rows[3]) == std::vector<std::string>{"Omfattning", "Ja, vi har det"});
  CHECK(Cells(rows[4]) == std::vector<std::string>{"Ombuden har erbjudits \"handledning\"", "X"});
  CHECK(Cells(rows[5]) == std::vector<std::string>{"Kommentar", "Rad ett\nrad två"});
  CHECK(rows[6].number == 8);  // numbered by the text line it starts on
  CHECK(Cells(rows[6]) == std::vector<std::string>{"Antal årsarbetare", "1,50"});
  CHECK(rows[6].cells[0].x0 == -1);
}

TEST_CASE("delimited: rows not padded, told by their empty fields; commas where ';' is absent") {
  std::string csv =
      "Rubrik\nKommun,Nora\n,Ja,Nej\nHandledning,X,\nUtbildning,,X\nStyrgrupp,,X\n"
      "Kommun,,X\nRegion,,X\n\"Ja, vi har det\",\nEn rad\n";
  std::vector<Line> rows;
  REQUIRE(DelimitedRows(csv, &rows));
  REQUIRE(rows.size() == 10);
  CHECK(Cells(rows[0]) == std::vector<std::string>{"Rubrik"});
  CHECK(Cells(rows[2]) == std::vector<std::string>{"", "Ja", "Nej"});
  CHECK(Cells(rows[3]) == std::vector<std::string>{"Handledning", "X", ""});
  CHECK(Cells(rows[4]) == std::vector<std::string>{"Utbildning", "", "X"});
  CHECK(Cells(rows[8]) == std::vector<std::string>{"Ja, vi har det", ""});
  // Four rows with an empty field inside are too few to tell.
  CHECK_FALSE(
      DelimitedRows("Rubrik\nKommun,Nora\n,Ja,Nej\nHandledning,X,\nUtbildning,,X\n"
                    "Styrgrupp,,X\nKommun,,X\nEn rad\n",
                    &rows));
}

TEST_CASE("delimited: prose with commas, semicolons and quotes is no sheet") {
  std::vector<Line> rows{Line()};
  // Commas followed by spaces, as prose writes them.
  CHECK_FALSE(
      DelimitedRows("Kommun, Timrå\nJa, vi har det, RSMH\nNej, inte i år\n"
                    "Ombud, 1,5 tjänst\nHandledning, extern\nStyrgrupp, ja,\n",
                    &rows));
  // Text after a closing quote.
  CHECK_FALSE(DelimitedRows("a;b;;\nc;;d\ne;f;;\ng;h;;\ni;\"j\" k;;\nl;m;;\n", &rows));
  // A quote never closed.
  CHECK_FALSE(DelimitedRows("a;b;;\nc;;d\ne;f;;\ng;h;;\ni;\"j;;\nl;m;;\n", &rows));
  // Tabs: the text reader's own tabbed text.
  CHECK_FALSE(DelimitedRows("a;b;;\nc;;d\te\ne;f;;\ng;h;;\ni;j;;\nl;m;;\n", &rows));
  // Too few rows to tell, and rows with a separator now and then.
  CHECK_FALSE(DelimitedRows("a;;b\nc;;\n", &rows));
  CHECK_FALSE(DelimitedRows("Kommun\nTimrå\nSvar;\nJa\nNej\nKanske\nEtt\nTvå\n", &rows));
  CHECK(rows.size() == 1);  // untouched
}

TEST_CASE("delimited: a sheet of one column is the text its rows are") {
  std::string lines;
  // A script's CSV of a text pasted a line a cell: `""` for an empty row,
  // a line holding the separator quoted, a quote in it doubled.
  CHECK(OneColumnSheet(
      "Kontaktuppgifter\r\n\"\"\r\n  Kommun      Timrå\r\n"
      "\"Sänds in via e-post till; lst@example.se\"\r\n\"Svar \"\"ja\"\"; se nedan\"\r\n",
      &lines));
  CHECK(lines ==
        "Kontaktuppgifter\n\n  Kommun      Timrå\nSänds in via e-post till; lst@example.se\n"
        "Svar \"ja\"; se nedan\n");
  // Excel's: an empty row a blank line; commas when ';' is in an unquoted row.
  CHECK(OneColumnSheet("Kommun Timrå\n\n\"Ja, vi har det\"\nNej; inte\n", &lines));
  CHECK(lines == "Kommun Timrå\n\nJa, vi har det\nNej; inte\n");
  // A field over two lines stays over two lines.
  CHECK(OneColumnSheet("a\n\"b\nc\"\nd\n", &lines));
  CHECK(lines == "a\nb\nc\nd\n");
}

TEST_CASE("delimited: a quote inside a field that does not open with one is the field's") {
  // A script's CSV that quotes nothing: the quotes are the text's.
  std::vector<Line> rows;
  REQUIRE(DelimitedRows("a;b;;\nc;;d\ne;f;;\ng;h;;\ni;j \"k\" l;;\nm;n;;\n", &rows));
  REQUIRE(rows.size() == 6);
  REQUIRE(rows[4].cells.size() >= 2);
  CHECK(rows[4].cells[1].text == "j \"k\" l");
}

TEST_CASE("delimited: a field that opens with a space goes on with the field before it") {
  // Prose's "; " in a script's CSV that quotes nothing: the separator is
  // the text's, not a cell's edge (a spreadsheet never opens a field so).
  std::vector<Line> rows;
  REQUIRE(DelimitedRows("a;b;;\nc;;d\ne;f;;\ng;h;;\ni;exempelvis; ifyllnad;;\nm;n;;\n", &rows));
  REQUIRE(rows.size() == 6);
  REQUIRE(rows[4].cells.size() >= 2);
  CHECK(rows[4].cells[1].text == "exempelvis; ifyllnad");
  CHECK(rows[4].cells.size() == rows[0].cells.size());
  // A number before, or a capital or a bracket after: cells of their own.
  REQUIRE(DelimitedRows("a;b;;\nc;;d\ne;f;;\ng;h;;\ni;3,00; [1: Anges];;\nm;n;;\n", &rows));
  CHECK(rows[4].cells[1].text == "3,00");
}

TEST_CASE("delimited: text with quotes is no sheet of one column") {
  std::string lines = "untouched";
  // Nothing a writer must quote: a quoted word is prose's.
  CHECK_FALSE(OneColumnSheet("Kommun\n\"Timrå\"\nJa\n", &lines));
  // A quote inside a line, text after a closing quote.
  CHECK_FALSE(OneColumnSheet("Han sa \"ja; nej\"\n\"\"\n", &lines));
  CHECK_FALSE(OneColumnSheet("\"ja; nej\" sa han\n\"\"\n", &lines));
  // A separator outside quotes in both readings: a sheet of columns, or prose.
  CHECK_FALSE(OneColumnSheet("a;b\nc, d\n\"\"\n", &lines));
  CHECK(lines == "untouched");
}

}  // namespace delimited_text_test
