#include "read/text/html_markup.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "read/text/text_layout.h"
#include "text_layout_test_support.h"

namespace html_markup_test {

using namespace redovis;

namespace {

using testing::Lines;

using G = std::vector<std::vector<std::string>>;

G Grid(const std::vector<MarkupRow>& rows) {
  G g;
  for (const MarkupRow& r : rows) {
    g.emplace_back();
    for (const MarkupCell& c : r.cells) g.back().push_back(c.text);
  }
  return g;
}

}  // namespace

TEST_CASE("html tables: pandoc's gfm table, <col> widths, paragraphs in a cell") {
  std::string text =
      "före\n"
      "<table>\n"
      "<colgroup>\n"
      "<col style=\"width: 27%\" />\n"
      "<col style=\"width: 73%\" />\n"
      "</colgroup>\n"
      "<tbody>\n"
      "<tr class=\"odd\">\n"
      "<td></td>\n"
      "<td><p>Utdelningsadress</p>\n"
      "<p>Kristinavägen 6</p></td>\n"
      "</tr>\n"
      "</tbody>\n"
      "</table>\n"
      "efter\n";
  std::vector<TextLine> lines = Lines(text);
  std::vector<MarkupRow> rows;
  CHECK(ReadHtmlMarkup(lines, 0, &rows) == 0);  // "före" opens nothing
  CHECK(rows.empty());
  REQUIRE(ReadHtmlMarkup(lines, 1, &rows) == 14);  // up to "efter"
  REQUIRE(Grid(rows) == G{{"", "Utdelningsadress\nKristinavägen 6"}});
  CHECK(rows[0].line == 8);  // the line its first cell opens on
  CHECK(rows[0].cells[0].x0 == 0);
  CHECK(rows[0].cells[0].x1 == doctest::Approx(27));
  CHECK(rows[0].cells[1].x1 == 100);
}

TEST_CASE("html tables: entities, upper case, attributes, cells and rows left open") {
  std::string text =
      "  <TABLE WIDTH=\"100%\" CELLPADDING=7>\n"
      "<TR><TH ALIGN=left>Kommun<TH>Ja<TH>Nej\n"
      "<TR><TD>R&amp;D &nbsp;Väst&#8230; &#x2026; &auml;r &ouml;&shy;ver &foo; 5 &lt; 7 & 8\n"
      "<TD>X<TD>\n"
      "</TABLE>\n";
  std::vector<TextLine> lines = Lines(text);
  std::vector<MarkupRow> rows;
  REQUIRE(ReadHtmlMarkup(lines, 0, &rows) == 5);
  CHECK(Grid(rows) == G{{"Kommun", "Ja", "Nej"}, {"R&D Väst… … är över &foo; 5 < 7 & 8", "X", ""}});
  CHECK(DecodeHtmlEntities("a&#64;b.se &#45;&#42; &bogus &#;") == "a@b.se -* &bogus &#;");
}

TEST_CASE("html tables: colspan widens a cell, rowspan keeps its columns below") {
  std::string text =
      "<table>\n"
      "<tr><td colspan=\"2\">Antal</td><td rowspan=3>Kommentar</td></tr>\n"
      "<tr><td>Kvinnor</td><td>Män</td></tr>\n"
      "<tr><td>12</td><td>7</td></tr>\n"
      "<tr><td colspan=99999>sist</td></tr>\n"
      "</table>\n";
  std::vector<TextLine> lines = Lines(text);
  std::vector<MarkupRow> rows;
  REQUIRE(ReadHtmlMarkup(lines, 0, &rows) == 6);
  REQUIRE(Grid(rows) == G{{"Antal", "Kommentar"}, {"Kvinnor", "Män"}, {"12", "7"}, {"sist"}});
  CHECK(rows[0].cells[0].x1 == rows[1].cells[1].x1);  // the span reaches Män's column
  CHECK(rows[0].cells[1].x0 == rows[1].cells[1].x1);  // Kommentar stands in the third column
  CHECK(rows[2].cells[1].x0 == rows[1].cells[1].x0);
  CHECK(rows[3].cells[0].x1 == 100);  // the span is cut at the table's width
}

TEST_CASE("html tables: a table never closed ends after its last row tag") {
  std::string text =
      "<table>\n"
      "<tr><td>Kommun</td><td>Luleå</td></tr>\n"
      "\n"
      "Text efter tabellen\n";
  std::vector<TextLine> lines = Lines(text);
  std::vector<MarkupRow> rows;
  REQUIRE(ReadHtmlMarkup(lines, 0, &rows) == 2);
  CHECK(Grid(rows) == G{{"Kommun", "Luleå"}});
}

TEST_CASE("html tables: tags over lines, comments, scripts, a '<' in text; no tag in a cell") {
  std::string text =
      "<table><tr><td\n"
      "  class=\"a > b\">Svar <!-- en\n"
      "kommentar <td> --> med\n"
      "<strong>fet</strong> <a href=x>text</a><br/>rad två<script>x = '<td>'</script> < 5 år\n"
      "<td><span style=\"x\">y</span></td></tr></table>\n";
  std::vector<TextLine> lines = Lines(text);
  std::vector<MarkupRow> rows;
  REQUIRE(ReadHtmlMarkup(lines, 0, &rows) == 5);
  CHECK(Grid(rows) == G{{"Svar med fet text\nrad två < 5 år", "y"}});
}

TEST_CASE("html tables: a word processor's form check boxes are check-box glyphs") {
  std::string text =
      "<table><tr><td>Ja <input type=\"checkbox\" checked/></td>"
      "<td><INPUT TYPE=CHECKBOX></td><td><input type=text value=x></td></tr></table>\n";
  std::vector<Line> out = LayOutText(Lines(text));
  REQUIRE(out.size() == 1);
  REQUIRE(out[0].cells.size() == 3);
  CHECK(out[0].cells[0].text == "Ja \u2612");
  CHECK(out[0].cells[1].checkbox == CheckboxState::kUnchecked);
  CHECK(out[0].cells[2].text == "");
}

TEST_CASE("html pages: check-box inputs made glyph references, the rest kept byte for byte") {
  CHECK(CheckboxInputsAsGlyphs("<td><input type=\"checkbox\" checked=\"checked\"/></td>"
                               "<td><INPUT TYPE=CHECKBOX></td>\xE5") ==
        "<td>&#9746; </td><td>&#9744; </td>\xE5");
  // a '>' inside a quoted value; another input; a tag named otherwise; one never closed
  CHECK(CheckboxInputsAsGlyphs("<input title='a>b' type=checkbox checked>x") == "&#9746; x");
  CHECK(CheckboxInputsAsGlyphs("<input type=text value=\"12\">|<inputs>|</input>") ==
        "|<inputs>|</input>");
  CHECK(CheckboxInputsAsGlyphs("a <input type=checkbox checked") ==
        "a <input type=checkbox checked");
  CHECK(CheckboxInputsAsGlyphs("no tags") == "no tags");
}

TEST_CASE("html markup: paragraphs outside tables, one row each, until text resumes") {
  std::string text =
      "<p style=\"margin-bottom: 0.04in\">Vård och\n"
      "omsorgsförvaltningen</p>\n"
      "<p><strong>REDOVISNING</strong><br/>\n"
      "<br/>\n"
      "</p>\n"
      "<h2>1. Personliga ombud</h2><table><tr><td>Kommun</td><td>Lindesberg</td></tr></table>\n"
      "<p>Epost: karin.bodlund&#64;vasteras.se <input type=checkbox checked> Ja</p>\n"
      "\n"
      "Text efter\n";
  std::vector<TextLine> lines = Lines(text);
  std::vector<MarkupRow> rows;
  REQUIRE(ReadHtmlMarkup(lines, 0, &rows) == 7);  // up to the blank line
  REQUIRE(Grid(rows) == G{{"Vård och omsorgsförvaltningen"},
                          {"REDOVISNING"},
                          {"1. Personliga ombud"},
                          {"Kommun", "Lindesberg"},
                          {"Epost: karin.bodlund@vasteras.se \u2612 Ja"}});
  CHECK(rows[0].line == 0);
  CHECK(rows[2].line == 5);
  CHECK(rows[4].line == 6);
  CHECK(rows[0].cells[0].x1 == 100);
  // A markdown autolink or a '<' before a number opens nothing.
  std::string autolink = "<https://x.se>\n<5 år\n<a@b.se>\n";
  std::vector<TextLine> other = Lines(autolink);
  for (size_t k = 0; k < other.size(); ++k) CHECK(ReadHtmlMarkup(other, k, &rows) == k);
}

TEST_CASE("html tables: inside markdown, the layout makes each row a line") {
  std::string text =
      "Kontaktuppgifter\n"
      "\n"
      "<table>\n"
      "<tbody>\n"
      "<tr class=\"odd\">\n"
      "<td>Kommun</td>\n"
      "<td>Lindesberg</td>\n"
      "</tr>\n"
      "</tbody>\n"
      "</table>\n"
      "\n"
      "| Ja | Nej |\n"
      "|----|-----|\n"
      "| X  |     |\n";
  std::vector<Line> out = LayOutText(Lines(text));
  bool row = false;
  for (const Line& l : out) {
    for (const Cell& c : l.cells) CHECK(c.text.find('<') == std::string::npos);
    if (l.cells.size() == 2 && l.cells[0].text == "Kommun") {
      row = true;
      CHECK(l.cells[1].text == "Lindesberg");
      CHECK(l.number == 6);
    }
  }
  CHECK(row);
}

TEST_CASE("html tables: hostile markup: deep nesting, a huge cell, an endless tag") {
  SUBCASE("10,000 nested tables are flattened into one cell") {
    std::string text;
    for (int k = 0; k < 10000; ++k) text += "<table><tr><td>x" + std::to_string(k % 10);
    text += "\n";
    for (int k = 0; k < 10000; ++k) text += "</td></tr></table>";
    text += "\nefter\n";
    std::vector<TextLine> lines = Lines(text);
    std::vector<MarkupRow> rows;
    REQUIRE(ReadHtmlMarkup(lines, 0, &rows) == 2);
    REQUIRE(rows.size() == 1);
    REQUIRE(rows[0].cells.size() == 1);
    CHECK(rows[0].cells[0].text.substr(0, 8) == "x0\nx1\nx2");
  }
  SUBCASE("a 50 MB cell is read empty, the cells around it as they are") {
    std::string text = "<table><tr><td>före</td><td>";
    text.append(50u << 20, 'a');
    text += "</td><td>efter</td></tr></table>\n";
    std::vector<TextLine> lines = Lines(text);
    std::vector<MarkupRow> rows;
    REQUIRE(ReadHtmlMarkup(lines, 0, &rows) == 1);
    CHECK(Grid(rows) == G{{"före", "", "efter"}});
  }
  SUBCASE("a tag that never ends is dropped, never a cell's text") {
    std::string text = "<table><tr><td>a<span title=\"";
    text.append(100000, 'b');
    text += "\n</td></tr></table>\n";
    std::vector<TextLine> lines = Lines(text);
    std::vector<MarkupRow> rows;
    CHECK(ReadHtmlMarkup(lines, 0, &rows) == 2);
    for (const MarkupRow& r : rows)
      for (const MarkupCell& c : r.cells) CHECK(c.text.find("span") == std::string::npos);
  }
  SUBCASE("100,000 rows beside 500 columns covered by row spans") {
    std::string text = "<table><tr>";
    for (int k = 0; k < 500; ++k) text += "<td rowspan=1000>";
    text += "\n";
    for (int k = 0; k < 100000; ++k) text += "<tr><td>z";
    text += "\n</table>\n";
    std::vector<TextLine> lines = Lines(text);
    std::vector<MarkupRow> rows;
    CHECK(ReadHtmlMarkup(lines, 0, &rows) == 3);
    CHECK(rows.size() == 100001);
    REQUIRE(rows[1].cells.size() == 1);
    CHECK(rows[1].cells[0].x0 > 99);     // beside the 500 covered columns
    CHECK(rows[1000].cells[0].x0 == 0);  // the spans have ended
  }
}

}  // namespace html_markup_test
