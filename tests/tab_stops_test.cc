#include "read/text/tab_stops.h"

#include <doctest/doctest.h>

#include <string>

#include "read/text/text_reader.h"

namespace tab_stops_test {

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
  // A form feed opening a page's first line takes a column of it, as
  // coreutils' `expand` and `unexpand` count it.
  CHECK(ExpandTabs("x\n\fab\tc", {8, false}) == "x\n\fab     c");
}

TEST_CASE("tab stops: a page's first line after `unexpand -a` stands where it stood") {
  // Before, its cells were read a column right of where the layout wrote
  // them: a row's count under the next column's header.
  const std::string laid =
      "                                Kvinnor  M\xC3\xA4n\n"
      "\f  Totalt antal klienter               29        5\n";
  const std::string unexpanded =
      "\t\t\t\tKvinnor\t M\xC3\xA4n\n"
      "\f  Totalt antal klienter\t       29\t 5\n";
  Document a, b;
  REQUIRE(ReadText(laid, &a).ok());
  REQUIRE(ReadText(unexpanded, &b).ok());
  REQUIRE(a.lines.size() == b.lines.size());
  for (size_t k = 0; k < a.lines.size(); ++k) {
    CAPTURE(k);
    REQUIRE(a.lines[k].cells.size() == b.lines[k].cells.size());
    for (size_t c = 0; c < a.lines[k].cells.size(); ++c) {
      CHECK(b.lines[k].cells[c].text == a.lines[k].cells[c].text);
      CHECK(b.lines[k].cells[c].x0 == a.lines[k].cells[c].x0);
    }
  }
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

namespace {

// A laid-out page (pdftotext -layout) whose runs of spaces were each made one
// tab (`sed 's/  */\t/g' | tr -s ' \t'`): the identity cells' second lines
// stand under nothing, and a row's empty cell left no tab.
const std::string kSqueezedGaps =
    "Kontaktperson Anna-Lena\tAvdelning/Enhet Arbetsmarknads- och\n"
    "Engstedt\tsocialf\xC3\xB6rvaltningen\n"
    "\tAntal kvinnor\tAntal m\xC3\xA4n\n"
    "Totalt antal klienter\t29\t5\n"
    "\tJa\tNej\n"
    "Finns det en v\xC3\xA4ntelista?\tX\n"
    "\tJa\tNej\n"
    "\fFinns det riktlinjer?\tX\n"
    "\tJa\tNej\n"
    "Samverkan\tX\n"
    "\tKvinnor\tM\xC3\xA4n\n";

}  // namespace

TEST_CASE("tab stops: a laid-out page's gaps squeezed to one tab each are told") {
  CHECK(TabsAreSqueezedGaps(kSqueezedGaps));
  // A tab-separated export keeps an empty cell: two tabs in a row.
  std::string kept = kSqueezedGaps;
  kept.replace(kept.find("lista?\tX"), 8, "lista?\t\tX");
  CHECK_FALSE(TabsAreSqueezedGaps(kept));
  // No pages (no form feed): told by its rows of three cells, five at least
  // (a tabbed text through `tr -s '\t'`); a one-cell-a-line text's lines
  // hold one tab at most.
  std::string unpaged = kSqueezedGaps;
  unpaged.erase(unpaged.find('\f'), 1);
  CHECK_FALSE(TabsAreSqueezedGaps(unpaged));  // no row ends in a tab
  for (size_t at = unpaged.find("\tX\n"); at != std::string::npos; at = unpaged.find("\tX\n", at))
    unpaged.replace(at, 3, "\tX\t\n"), at += 4;  // a row's empty Nej left a tab
  unpaged += "Kommun\tTimr\xC3\xA5\t\nPostort\tTimr\xC3\xA5\t\n";
  CHECK(TabsAreSqueezedGaps(unpaged));
  // Its tabs but those opening a line made spaces: one tab a line at most.
  std::string one_tab = unpaged;
  for (size_t at = 1; at < one_tab.size(); ++at)
    if (one_tab[at] == '\t' && one_tab[at - 1] != '\n') one_tab[at] = ' ';
  CHECK_FALSE(TabsAreSqueezedGaps(one_tab));
  // Four lines opening with one tab are too few.
  std::string fewer = kSqueezedGaps;
  fewer.erase(fewer.rfind("\tKvinnor"), 1);
  CHECK_FALSE(TabsAreSqueezedGaps(fewer));
  CHECK_FALSE(TabsAreSqueezedGaps("Kommun\tTyres\xC3\xB6\n\fa\tb\n"));
  // A line holding a tab alone ends a table's row (catdoc's .doc dump, whose
  // empty first cells open lines with a tab too): cells, not gaps.
  std::string row_end = kSqueezedGaps;
  row_end.insert(row_end.find('\f'), "\t\n");
  CHECK_FALSE(TabsAreSqueezedGaps(row_end));
}

TEST_CASE("tab stops: the text reader reads a page's squeezed gaps by cell index, with a note") {
  Document d;
  REQUIRE(ReadText(kSqueezedGaps, &d).ok());
  REQUIRE(d.lines.size() >= 4);
  // The identity row's cells may go on at the line under it: each ends in
  // the undecided wrap's mark, never read as a first piece.
  REQUIRE(d.lines[0].cells.size() == 2);
  CHECK(d.lines[0].cells[0].text == std::string("Kontaktperson Anna-Lena") + kUndecidedWrap);
  CHECK(d.lines[0].cells[1].text ==
        std::string("Avdelning/Enhet Arbetsmarknads- och") + kUndecidedWrap);
  // A column header over a row of counts, each cell by its index.
  REQUIRE(d.lines[2].cells.size() == 3);
  CHECK(d.lines[2].cells[0].text.empty());
  CHECK(d.lines[2].cells[1].text == "Antal kvinnor");
  REQUIRE(d.lines[3].cells.size() == 3);
  CHECK(d.lines[3].cells[1].text == "29");
  CHECK(d.lines[3].origin == kSqueezedRowOrigin);
  REQUIRE(d.warnings.size() == 1);
  CHECK(d.warnings[0].find("squeezed to one tab each") != std::string::npos);
  // A tab-separated export (an empty cell kept) is read at its tabs.
  std::string kept = kSqueezedGaps;
  kept.replace(kept.find("lista?\tX"), 8, "lista?\t\tX");
  Document tsv;
  REQUIRE(ReadText(kept, &tsv).ok());
  CHECK(tsv.warnings.empty());
  REQUIRE(tsv.lines[0].cells.size() == 2);
  CHECK(tsv.lines[0].cells[0].text == "Kontaktperson Anna-Lena");
  CHECK(tsv.lines[3].origin.empty());
}

namespace {

// A line of `cells` on page 1, numbered `number`.
Line Row(std::vector<std::string> cells, int number) {
  Line l;
  l.page = 1;
  l.number = number;
  for (std::string& t : cells) {
    Cell c;
    c.text = std::move(t);
    l.cells.push_back(std::move(c));
  }
  return l;
}

bool Marked(const Cell& c) {
  return c.text.find(kUndecidedWrap) != std::string::npos;
}

}  // namespace

TEST_CASE("tab stops: a squeezed row's text with a line of text under it may go on there") {
  // "Titel" and "Tel" are labels of the form; "och" is none.
  LabelAt label_at = [](std::string_view t) {
    return t.rfind("Titel", 0) == 0 ? 5 : t.rfind("Tel", 0) == 0 ? 3 : 0;
  };
  std::vector<Line> lines = {Row({"Kontaktperson Anna-Lena", "Avdelning/Enhet Arbetsmarknads-"}, 1),
                             Row({"Titel Chef", "Telefon 08-1"}, 2),
                             Row({"och", "social"}, 3),
                             Row({""}, 4),
                             Row({"", "Kvinnor", "M\xC3\xA4n"}, 5),
                             Row({"Totalt antal klienter", "29", "5"}, 6),
                             Row({"d\xC3\xA4rav unga", "1", "2"}, 7),
                             Row({"", "Ja"}, 8),
                             Row({"Finns det k\xC3\xB6?", "\xE2\x98\x92", "\xE2\x98\x90"}, 9),
                             Row({"s\xC3\xA5 l\xC3\xA4nge"}, 10)};
  ReadSqueezedGapRows(&lines, label_at);
  // The row under opens with a label: a row of its own, the cells whole.
  CHECK_FALSE(Marked(lines[0].cells[0]));
  CHECK_FALSE(Marked(lines[0].cells[1]));
  // The line under opens with no label: its words may be the row's rest.
  CHECK(Marked(lines[1].cells[0]));
  CHECK(Marked(lines[1].cells[1]));
  // A blank line under a row ends it.
  CHECK_FALSE(Marked(lines[2].cells[1]));
  // A column header over counts, counts over counts, boxes: never wrapped.
  CHECK_FALSE(Marked(lines[4].cells[1]));
  CHECK_FALSE(Marked(lines[5].cells[0]));
  CHECK_FALSE(Marked(lines[8].cells[0]));
  // A lone cell after the indent is a line of one cell.
  REQUIRE(lines[7].cells.size() == 1);
  CHECK(lines[7].cells[0].text == "Ja");
  CHECK(lines[7].origin.empty());
  // A box glyph's state, as a laid-out line's.
  CHECK(lines[8].cells[1].checkbox == CheckboxState::kChecked);
  CHECK(lines[8].cells[2].checkbox == CheckboxState::kUnchecked);
  CHECK(lines[8].origin == kSqueezedRowOrigin);
  // Without the form's labels nothing proves the row under its own.
  std::vector<Line> blind = {Row({"Kontaktperson Anna-Lena", "Avdelning/Enhet"}, 1),
                             Row({"Titel Chef", "Telefon 08-1"}, 2)};
  ReadSqueezedGapRows(&blind, LabelAt());
  CHECK(Marked(blind[0].cells[0]));
  // Nor a row of labels under the indent: it may be the cells' rest.
  std::vector<Line> indented = {Row({"Kontaktperson Anna-Lena", "Avdelning/Enhet"}, 1),
                                Row({"", "Titel Chef", "Telefon 08-1"}, 2)};
  ReadSqueezedGapRows(&indented, label_at);
  CHECK(Marked(indented[0].cells[1]));
  // A typed mark before an option, a line of text under it: the mark is
  // never wrapped (one character, or a box typed in brackets); the option's
  // text may be.
  for (const char* mark : {"X", "x", "[X]", "(x)"}) {
    CAPTURE(mark);
    std::vector<Line> option = {Row({mark, "Verksamheten har fÃ¥tt flera klienter"}, 1),
                                Row({"Verksamheten har ett Ã¶kat utbud"}, 2)};
    ReadSqueezedGapRows(&option, LabelAt());
    CHECK(option[0].cells[0].text == mark);
    CHECK(Marked(option[0].cells[1]));
  }
}

TEST_CASE("tab stops: tabs between a page's every word stand for spaces") {
  // `pdftotext -layout | sed 's/  */\t/g'`: a word a cell.
  std::string words;
  for (int k = 0; k < 12; ++k)
    words +=
        "Utdelningsadress\tV\xC3\xA5rd\toch\tOmsorgsf\xC3\xB6rvaltningen,\tPostnummer\t721\t87\n"
        "Ombuden\thar\terbjudits\tutbildning\tunder\t\xC3\xA5ret.\tX\n";
  CHECK(TabsAreWordSpaces(words));
  // A tab-separated export: a label and its few columns.
  std::string rows;
  for (int k = 0; k < 30; ++k)
    rows += "Totalt antal klienter\t29\t5\nKommun\tX\t\n\tJa\tNej\tOm ja, ange vilken/vilka\n";
  CHECK_FALSE(TabsAreWordSpaces(rows));
  // A sheet of many columns of numbers.
  std::string sheet;
  for (int k = 0; k < 30; ++k) sheet += "Ekonomi\t1\t2\t3\t4\t5\t6\t7\n";
  CHECK_FALSE(TabsAreWordSpaces(sheet));
  // Too few such lines to tell.
  CHECK_FALSE(TabsAreWordSpaces("Ombuden\thar\terbjudits\tutbildning\tunder\tåret\n"));
}

TEST_CASE("tab stops: a squeezed row's first cell goes on below where the text spells it whole") {
  // "Kontaktperson Inga-Lill" / "Nilsson" at column 0, where the signature
  // writes "Inga-Lill Nilsson": the first cell's rest, joined; the row's
  // other cell is whole. Not where the text writes the name nowhere whole,
  // nor for a line under the indent (another column's).
  const auto form = [](const std::string& under, const std::string& signature) {
    return std::vector<Line>{
        Row({"Kontaktperson Inga-Lill", "Avdelning/Enhet Socialf\xC3\xB6rvaltningen"}, 1),
        Row({under}, 2), Row({""}, 3), Row({"Namnf\xC3\xB6rtydligande " + signature}, 4)};
  };
  std::vector<Line> lines = form("Nilsson", "Inga-Lill Nilsson");
  ReadSqueezedGapRows(&lines, LabelAt());
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].cells[0].text == "Kontaktperson Inga-Lill Nilsson");
  CHECK(lines[0].cells[1].text == "Avdelning/Enhet Socialf\xC3\xB6rvaltningen");
  CHECK(lines[1].number == 3);
  lines = form("Nilsson", "Inga-Lill Nilssons");
  ReadSqueezedGapRows(&lines, LabelAt());
  REQUIRE(lines.size() == 4);
  CHECK(Marked(lines[0].cells[0]));
  CHECK(Marked(lines[0].cells[1]));
  lines = form("Nilsson", "Nilsson");
  ReadSqueezedGapRows(&lines, LabelAt());
  CHECK(lines.size() == 4);
  lines = form("Nilsson", "Inga-Lill Nilsson");
  lines[1] = Row({"", "Nilsson"}, 2);
  ReadSqueezedGapRows(&lines, LabelAt());
  CHECK(lines.size() == 4);
  CHECK(Marked(lines[0].cells[1]));
}

TEST_CASE("tab stops: wide gaps ending between stops are spacing, a TSV's cells are not") {
  // A browser's footer after `unexpand -t 4`: its wide gap is many tabs and
  // a space or two; the form's rows gap by whole tabs. Fewer than half of
  // the runs go on with a space, but the wide ones that do are a quarter.
  std::string footers, rows;
  for (int page = 1; page <= 4; ++page)
    footers += "file:///C:/a.html\t\t\t\t\t  " + std::to_string(page) + "/4\n\fJa\tNej\n";
  for (int row = 0; row < 2; ++row) rows += "Kommun\tX\n";
  CHECK(TabsAreSpacing(footers + rows));
  // A tab-separated export whose cells open with a space now and then: no
  // wide gap goes on with one.
  std::string tsv;
  for (int row = 0; row < 4; ++row) tsv += "Namn\t Anna\tX\tY\n";
  CHECK_FALSE(TabsAreSpacing(tsv));
  // Nor do three wide ones among many runs.
  std::string few = "a\t\t\t b\nc\t\t\t d\ne\t\t\t f\n";
  for (int row = 0; row < 10; ++row) few += "Kommun\tX\n";
  CHECK_FALSE(TabsAreSpacing(few));
}

namespace {

// html2text's table of counts: a cell padded to its column's width (32 and
// 8) counted in bytes of UTF-8 (`bytes`) or, as shown, in characters; a
// label cut against its count ("... myndighet 8") keeps one space.
std::string Html2TextTable(bool bytes) {
  const char* rows[][3] = {
      {"Kontaktorsak", "Kvinnor", "M\xC3\xA4n"},
      {"Ekonomi", "16", "10"},
      {"Syssels\xC3\xA4ttning", "4", "4"},
      {"Bostad", "4", "2"},
      {"Relationsfr\xC3\xA5gor", "3", "1"},
      {"Struktur i vardagen", "3", "1"},
      {"Existentiella fr\xC3\xA5gor", "2", "2"},
      {"Bryta isolering", "4", "2"},
      {"H\xC3\xA4lsa och v\xC3\xA5rd", "5", "3"},
      {"Annan orsak", "1", "0"},
      {"N\xC3\xA4rst\xC3\xA5"
       "ende",
       "2", "0"},
      {"F\xC3\xB6rs\xC3\xB6rjning", "3", "2"},
      {"Bryta isolering", "4", "2"},
      {"St\xC3\xB6"
       "d i kontakten med myndighet",
       "8", "4"},
  };
  auto width = [&](const std::string& s) {
    size_t n = 0;
    for (char c : s) n += bytes || (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
  };
  auto padded = [&](std::string s, size_t to) { return s + std::string(to - width(s), ' '); };
  std::string t;
  for (const auto& r : rows)
    t += (*r[1] ? padded(padded(r[0], 32) + r[1], 40) : padded(r[0], 40)) + r[2] + "\n";
  return t;
}

}  // namespace

TEST_CASE("tab stops: a table padded in bytes (html2text) has its gaps widened to its columns") {
  const std::string in_bytes = Html2TextTable(true), as_shown = Html2TextTable(false);
  REQUIRE(in_bytes != as_shown);
  CHECK(GapsPaddedInBytes(in_bytes) == as_shown);
  // Its lines ended in CR LF: the same lines, the same widening.
  auto crlf = [](std::string s) {
    for (size_t at = s.find('\n'); at != std::string::npos; at = s.find('\n', at + 2))
      s.insert(at, 1, '\r');
    return s;
  };
  CHECK(GapsPaddedInBytes(crlf(in_bytes)) == crlf(as_shown));
  // Padded in characters (pdftotext -layout), ASCII, or tabbed: left as it is.
  CHECK(GapsPaddedInBytes(as_shown).empty());
  CHECK(GapsPaddedInBytes(kLaid).empty());
  CHECK(GapsPaddedInBytes("Ekonomi  16\n").empty());
  CHECK(GapsPaddedInBytes(kUnexpand8).empty());
  // Read by the text reader (prose around the table, as html2text writes
  // it), each count stands under its column's word: "Sysselsättning"'s
  // under "Kvinnor", the last row's "4" under "Män".
  const std::string page =
      "3. Kontakt med verksamheten\n\nFlera orsaker kan anges per person.\n\n\n" + in_bytes +
      "Om annan orsak, ange vilken.\n";
  Document d;
  REQUIRE(ReadText(page, &d).ok());
  REQUIRE(d.lines.size() >= 19);
  REQUIRE(d.lines[7].cells.size() == 3);
  REQUIRE(d.lines[5].cells.size() == 3);
  CHECK(d.lines[7].cells[1].x0 == d.lines[5].cells[1].x0);
  // A label that fills its column in characters, its count one space after
  // it in bytes ("...myndighet 8"): the count is a cell under "Kvinnor".
  REQUIRE(d.lines[18].cells.size() == 3);
  CHECK(d.lines[18].cells[1].text == "8");
  CHECK(d.lines[18].cells[1].x0 == d.lines[5].cells[1].x0);
  CHECK(d.lines[18].cells[2].x0 == d.lines[5].cells[2].x0);
}

TEST_CASE("tab stops: a count html2text ran together with a label cut in bytes is a cell") {
  // html2text sizes a column in characters and cuts a cell to it in bytes:
  // "därav mellan 18 och 29 år" (25 characters, 27 bytes) loses its "r",
  // and its count follows with no space.
  const std::string clients =
      "                          Kvinnor M\xC3\xA4n\n"
      "Totalt antal klienter     29      5\n"
      "d\xC3\xA4rav mellan 18 och 29 \xC3\xA5"
      "14      2\n"
      "d\xC3\xA4rav mellan 30 och 49 \xC3\xA5"
      "9       3\n"
      "Antal nya klienter        9       4\n";
  const std::string widened = GapsPaddedInBytes(Html2TextTable(true) + "\n" + clients);
  REQUIRE(!widened.empty());
  CHECK(widened.find("d\xC3\xA4rav mellan 18 och 29 \xC3\xA5  14      2\n") != std::string::npos);
  CHECK(widened.find("d\xC3\xA4rav mellan 30 och 49 \xC3\xA5  9       3\n") != std::string::npos);
  // A number glued to a letter where no line near it starts a cell stays
  // as it is ("Kvartal Q3"), and so does one inside a cell ("29 år").
  const std::string other = GapsPaddedInBytes(Html2TextTable(true) +
                                              "\nKvartal Q3 i \xC3\xA5r  5\n"
                                              "Totalt 29 \xC3\xA5r             5\n");
  CHECK(other.find("Kvartal Q3 i \xC3\xA5r   5\n") != std::string::npos);
  CHECK(other.find("Totalt 29 \xC3\xA5r              5\n") != std::string::npos);
}

TEST_CASE("tab stops: a count under its column's header, or under a count set apart, is a cell") {
  // The table's other rows more than six lines away: each count's only
  // anchors are the row right above it and the counts set apart above it.
  const std::string ended =
      "Antal avslutade klienter  22 6\n"
      "d\xC3\xA4rav mellan 18 och 29 \xC3\xA5"
      "11 2\n"
      "d\xC3\xA4rav mellan 30 och 49 \xC3\xA5"
      "7  3\n";
  const std::string widened = GapsPaddedInBytes(Html2TextTable(true) + "\n" + ended);
  REQUIRE(!widened.empty());
  CHECK(widened.find("d\xC3\xA4rav mellan 18 och 29 \xC3\xA5  11 2\n") != std::string::npos);
  CHECK(widened.find("d\xC3\xA4rav mellan 30 och 49 \xC3\xA5  7  3\n") != std::string::npos);
  // A count one space after a label that fills its column, under its
  // header: set apart with a space of the gap after it, the next count
  // left in its column; at the line's end, or under a blank line, left as
  // it stands.
  const std::string header = std::string(67 - 25, ' ');
  const std::string children =
      "Klienter med hemmavarande" + header + "Kvinnor M\xC3\xA4n\n" +
      "Antal klienter som, helt eller delvis, har hemmavarande barn under 10      8\n"
      "18 \xC3\xA5r vilka \xC3\xA4r k\xC3\xA4nda f\xC3\xB6r verksamheten.\n\n" +
      std::string(30, ' ') + "Antal kvinnor Antal m\xC3\xA4n\n" +
      "Ange antalet personliga ombud 1,0\n";
  const std::string parted = GapsPaddedInBytes(Html2TextTable(true) + "\n" + children);
  REQUIRE(!parted.empty());
  CHECK(
      parted.find(
          "\nAntal klienter som, helt eller delvis, har hemmavarande barn under  10     8\n18 ") !=
      std::string::npos);
  CHECK(parted.find("\nAnge antalet personliga ombud 1,0\n") != std::string::npos);
  const std::string apart = GapsPaddedInBytes(
      Html2TextTable(true) + "\nKlienter med hemmavarande" + header + "Kvinnor M\xC3\xA4n\n\n" +
      "Antal klienter som, helt eller delvis, har hemmavarande barn under 10      8\n");
  REQUIRE(!apart.empty());
  CHECK(apart.find(
            "\n\nAntal klienter som, helt eller delvis, har hemmavarande barn under 10      8\n") !=
        std::string::npos);
}

TEST_CASE("tab stops: a header cell's word one space after a full cell, under the row's columns") {
  // "Förbrukat statsbidrag," fills its column (23 bytes, 22 characters):
  // the next column's header word follows one space after it, where the
  // lines under it start their cells.
  const std::string head =
      "F\xC3\xB6rbrukat statsbidrag, \xC3\x85rsanst\xC3\xA4llningar p\xC3\xA5 heltid/deltid\n";
  const std::string rows =
      "kr                      decimaler, t.ex. tv\xC3\xA5 halvtider = 1,00\n"
      "804 246:-               2,0\n";
  const std::string widened = GapsPaddedInBytes(Html2TextTable(true) + "\n" + head + rows);
  REQUIRE(!widened.empty());
  CHECK(widened.find("\nF\xC3\xB6rbrukat statsbidrag,  \xC3\x85rsanst") != std::string::npos);
  // With one line under it starting a cell there, or a blank line between
  // it and the rows: left as it stands.
  const std::string one =
      GapsPaddedInBytes(Html2TextTable(true) + "\n" + head + "kr                      decimaler\n");
  CHECK(one.find("\nF\xC3\xB6rbrukat statsbidrag, \xC3\x85rsanst") != std::string::npos);
  const std::string apart = GapsPaddedInBytes(Html2TextTable(true) + "\n" + head + "\n" + rows);
  CHECK(apart.find("\nF\xC3\xB6rbrukat statsbidrag, \xC3\x85rsanst") != std::string::npos);
}

TEST_CASE("tab stops: boxes html2text ran together with a label are set in their bytes' columns") {
  // html2text gives a box its bytes' columns and cuts a label to its
  // column in bytes: a box glued to a label cut short or one space after
  // one, a pair of boxes glued, a name one space after its box.
  const std::string e = "\u2070";
  const std::string org =
      "                        Ja Nej\n"
      "Kommun/kommuner         *  " +
      e +
      "\n"
      "Arbetsf\xC3\xB6rmedlingen     *  " +
      e +
      "\n"
      "Landstingets prim\xC3\xA4rv\xC3\xA5r*  " +
      e +
      "\n"
      "\n"
      "                      Ja Nej Om ja, ange vilken/vilka:\n"
      "Patientorganisationer " +
      e + "*\n" + "Brukarorganisationer  *  " + e + " RSMH\n" + "Anh\xC3\xB6rigorganisationer" + e +
      "*\n";
  const std::string widened = GapsPaddedInBytes(Html2TextTable(true) + "\n" + org);
  REQUIRE(!widened.empty());
  CHECK(widened.find("Landstingets prim\xC3\xA4rv\xC3\xA5r  *  " + e + "\n") != std::string::npos);
  CHECK(widened.find("Patientorganisationer " + e + "  *\n") != std::string::npos);
  CHECK(widened.find("Brukarorganisationer  *  " + e + "   RSMH\n") != std::string::npos);
  CHECK(widened.find("Anh\xC3\xB6rigorganisationer " + e + "  *\n") != std::string::npos);
  // A "*" glued to a word where no line near it starts a cell at its byte
  // column stays as it is.
  const std::string other =
      GapsPaddedInBytes(Html2TextTable(true) + "\n" + org + "\nSe fotnot* i bilagan\n");
  CHECK(other.find("Se fotnot* i bilagan\n") != std::string::npos);
}

}  // namespace tab_stops_test
