#include "read/text/text_reader.h"

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "base/sanitizer.h"
#include "redovis/readers.h"

namespace text_reader_test {

using namespace redovis;

TEST_CASE("text reader: UTF-8 lines and tab-separated cells") {
  Document d;
  REQUIRE(ReadText("Kommun\tTyresö\n\nÅr 2020\r\nsista", &d).ok());
  REQUIRE(d.lines.size() == 4);
  CHECK(d.format == "text");
  CHECK(d.encoding == "UTF-8");
  CHECK(d.lines[0].cells.size() == 2);
  CHECK(d.lines[0].cells[1].text == "Tyresö");
  CHECK(d.lines[2].cells[0].text == "År 2020");
  CHECK(d.lines[3].number == 4);
  CHECK(d.page_count == 0);
}

TEST_CASE("text reader: a UTF-8 BOM is dropped") {
  Document d;
  REQUIRE(ReadText("\xEF\xBB\xBFHej", &d).ok());
  CHECK(d.lines[0].cells[0].text == "Hej");
}

TEST_CASE("text reader: UTF-16 LE and BE with BOM") {
  // "Tyresö" in UTF-16LE / BE
  std::string le(
      "\xFF\xFE"
      "T\0y\0r\0e\0s\0\xF6\0",
      14);
  std::string be(
      "\xFE\xFF"
      "\0T\0y\0r\0e\0s\0\xF6",
      14);
  Document d1, d2;
  REQUIRE(ReadText(le, &d1).ok());
  REQUIRE(ReadText(be, &d2).ok());
  CHECK(d1.lines[0].cells[0].text == "Tyresö");
  CHECK(d2.lines[0].cells[0].text == "Tyresö");
  CHECK(d1.encoding == "UTF-16LE");
  CHECK(d2.encoding == "UTF-16BE");
}

TEST_CASE("text reader: a Windows-1252 file is decoded") {
  std::string text =
      "Kommun\tTyres\xF6\nF\xF6rs\xE4kringskassan \xE4r med i ledningsgruppen, "
      "och \xE5rets redovisning \xE4r klar.\n";
  Document d;
  REQUIRE(ReadText(text, &d).ok());
  CHECK(d.encoding == "windows-1252");
  CHECK(d.lines[0].cells[1].text == "Tyresö");
  CHECK(d.lines[1].cells[0].text.rfind("Försäkringskassan är", 0) == 0);
}

TEST_CASE("text reader: double-encoded UTF-8 is repaired") {
  Document d;
  REQUIRE(
      ReadText("F\xC3\x83\xC2\xB6rs\xC3\x83\xC2\xA4kringskassan och h\xC3\x83\xC2\xA4r", &d).ok());
  CHECK(d.lines[0].cells[0].text == "Försäkringskassan och här");
  CHECK(d.encoding.find("repaired") != std::string::npos);
}

TEST_CASE("text reader: empty and binary files are errors with a code") {
  Document d;
  Status empty = ReadText("", &d);
  CHECK(empty.code() == "empty_file");
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary += static_cast<char>((i * 7919) & 0xFF);
  Status bin = ReadText(binary, &d);
  CHECK(bin.code() == "binary_file");
}

TEST_CASE("text reader: form feeds are page breaks") {
  Document d;
  REQUIRE(ReadText("sida ett\fsida två\nmer", &d).ok());
  CHECK(d.page_count == 2);
  CHECK(d.lines[0].page == 1);
  CHECK(d.lines[1].page == 2);
  CHECK(d.lines[2].page == 2);
}

TEST_CASE("text reader: line numbers are an editor's across form feeds") {
  // pdftotext puts the form feed at the start of the next page's first line:
  // an editor shows "\fsida två" as line 3, and so must every finding.
  for (const char* text : {"sida ett\nrad två\n\fsida två\nrad fyra\n\fsida tre\n",
                           "sida ett\trad\nrad två\n\fsida två\tx\nrad fyra\n\fsida tre\n"}) {
    Document d;
    REQUIRE(ReadText(text, &d).ok());
    CHECK(d.page_count == 3);
    std::map<std::string, std::pair<int, int>> at;  // first cell -> page, line
    for (const Line& l : d.lines)
      if (!l.Blank()) at[l.cells[0].text] = {l.page, l.number};
    CHECK(at["sida ett"] == std::pair<int, int>(1, 1));
    CHECK(at["rad två"] == std::pair<int, int>(1, 2));
    CHECK(at["sida två"] == std::pair<int, int>(2, 3));
    CHECK(at["rad fyra"] == std::pair<int, int>(2, 4));
    CHECK(at["sida tre"] == std::pair<int, int>(3, 5));
  }
}

TEST_CASE("text reader: stray NUL bytes in text are dropped, not fatal") {
  Document d;
  std::string text = "Kommun Tyresö och lite mer text så att det är text\n";
  text.insert(10, 1, '\0');
  REQUIRE(ReadText(text, &d).ok());
  CHECK(d.lines[0].cells[0].text.find('\0') == std::string::npos);
}

TEST_CASE("text reader: a 50 MB file is read whole") {
  std::string line = "Totalt antal klienter\t29\t5\n";
  // 10 MB under AddressSanitizer: its unoptimised build would take minutes
  // over 50, and the memory it watches is touched alike (the reader has no
  // size of its own that 10 MB would fall under).
  const size_t size = kAddressSanitizer ? (10u << 20) : (50u << 20);
  std::string big;
  big.reserve(size);
  while (big.size() < size) big += line;
  Document d;
  REQUIRE(ReadText(big, &d).ok());
  CHECK(d.lines.size() == big.size() / line.size());
  CHECK(d.lines.back().cells[2].text == "5");
}

TEST_CASE("format sniffing looks at content, not the name") {
  CHECK(SniffFormat("%PDF-1.7 ...", "x.txt") == InputFormat::kPdf);
  CHECK(SniffFormat(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), "x.docx") ==
        InputFormat::kOle2);
  CHECK(SniffFormat("", "x.pdf") == InputFormat::kEmpty);
  CHECK(SniffFormat("hello", "x.txt") == InputFormat::kText);
  Document d;
  Status s = ReadDocument("just some text", "report.pdf", ReadOptions(), &d);
  CHECK(s.code() == "wrong_format");
}

TEST_CASE("text reader: text without tabs is cut at runs of spaces, with columns") {
  Document d;
  REQUIRE(
      ReadText("                        Kvinnor   Män\nTotalt antal klienter   49        32\n", &d)
          .ok());
  REQUIRE(d.lines.size() == 2);
  REQUIRE(d.lines[1].cells.size() == 3);
  CHECK(d.lines[1].cells[1].text == "49");
  CHECK(d.lines[1].cells[1].x0 == 24);
  CHECK(d.lines[1].cells[2].x0 == d.lines[0].cells[1].x0);
  CHECK(d.page_count == 0);
  CHECK(d.lines[0].page == 0);
}

TEST_CASE("text reader: tab-separated text keeps its spaces and has no columns") {
  Document d;
  REQUIRE(ReadText("Totalt antal klienter   49\t32\n", &d).ok());
  REQUIRE(d.lines[0].cells.size() == 2);
  CHECK(d.lines[0].cells[0].text == "Totalt antal klienter   49");
  CHECK(d.lines[0].cells[0].x0 == -1);
}

TEST_CASE("text reader: in tab-separated text leader dots after a cell's text part it too") {
  Document d;
  REQUIRE(ReadText("Postort:\tTimrå\nAktiebolag........ Nej, det har vi inte.\n", &d).ok());
  REQUIRE(d.lines.size() >= 2);
  REQUIRE(d.lines[1].cells.size() == 2);
  CHECK(d.lines[1].cells[0].text == "Aktiebolag");
  CHECK(d.lines[1].cells[1].text == "Nej, det har vi inte.");
  CHECK(d.lines[1].cells[0].x0 == -1);
}

TEST_CASE("text reader: tab-separated cells are made as a laid-out text's, without columns") {
  // A retyped form in markdown's bold, its labels tabbed from their answers.
  Document d;
  REQUIRE(ReadText("**3. KONTAKT MED VERKSAMHETEN**\nPostort:\tTimrå\nKommun\t☒\t☐\n", &d).ok());
  REQUIRE(d.lines.size() == 3);
  CHECK(d.lines[0].cells[0].text == "3. KONTAKT MED VERKSAMHETEN");
  REQUIRE(d.lines[2].cells.size() == 3);
  CHECK(d.lines[2].cells[1].checkbox == CheckboxState::kChecked);
  CHECK(d.lines[2].cells[2].checkbox == CheckboxState::kUnchecked);
  CHECK(d.lines[2].cells[1].x0 == -1);
}

TEST_CASE("text reader: pdftotext pages, a form feed at the very end starts no page") {
  Document d;
  REQUIRE(ReadText("sida ett   1\fsida två   2\n\f", &d).ok());
  CHECK(d.page_count == 2);
  REQUIRE(d.lines.size() >= 2);
  CHECK(d.lines[0].page == 1);
  CHECK(d.lines[1].page == 2);
  CHECK(d.lines[1].cells.size() == 2);
  CHECK(d.lines.back().page == 2);
}

TEST_CASE("text reader: HTML character references are decoded in every text") {
  Document d;
  REQUIRE(ReadText("Epost: karin.bodlund&#64;vasteras.se\nTelefon 021&#45;39 00 00\tR&amp;D\n", &d)
              .ok());
  REQUIRE(d.lines.size() == 2);
  CHECK(d.lines[0].cells[0].text == "Epost: karin.bodlund@vasteras.se");
  REQUIRE(d.lines[1].cells.size() == 2);
  CHECK(d.lines[1].cells[0].text == "Telefon 021-39 00 00");
  CHECK(d.lines[1].cells[1].text == "R&D");
  Document untabbed;
  REQUIRE(ReadText("Epost: karin.bodlund&#64;vasteras.se\n\nx &#45;&#45; AT&T\n", &untabbed).ok());
  REQUIRE(untabbed.lines.size() == 3);
  CHECK(untabbed.lines[0].cells[0].text == "Epost: karin.bodlund@vasteras.se");
  CHECK(untabbed.lines[2].cells[0].text == "x -- AT&T");
}

TEST_CASE("text reader: character references are decoded before a layout's columns are read") {
  // html2text's dump of an XHTML page leaves them as they were: counted in
  // bytes, "&#x2610;" would stand eight columns wide.
  const std::string text =
      "Utförare          Ja    Nej\n"
      "Kommun            &#x2612;     &#x2610;\n"
      "F&#xf6;rening          &#x2610;     &#x2612;\n";
  Document d;
  REQUIRE(ReadText(text, &d).ok());
  REQUIRE(d.lines.size() == 3);
  REQUIRE(d.lines[0].cells.size() == 3);
  for (size_t k : {1, 2}) {
    REQUIRE(d.lines[k].cells.size() == 3);
    CHECK(d.lines[k].cells[1].x0 == d.lines[0].cells[1].x0);
    CHECK(d.lines[k].cells[2].x0 == d.lines[0].cells[2].x0);
  }
  CHECK(d.lines[2].cells[0].text == "Förening");
  CHECK(d.lines[2].cells[2].text == "☒");
  // A reference to a line break is decoded in its cell, not before: the
  // lines keep their numbers.
  Document broken;
  REQUIRE(ReadText("Kommun    Lindesberg&#10;Nora\nF&#xf6;rening    ja\nSlut\n", &broken).ok());
  REQUIRE(broken.lines.size() == 3);
  CHECK(broken.lines[1].number == 2);
  CHECK(broken.lines[2].cells[0].text == "Slut");
}

TEST_CASE("text reader: HTML indented with tabs is read as markup, not tabbed cells") {
  Document d;
  REQUIRE(ReadText("<p>Kontaktuppgifter</p>\n"
                   "<table width=\"640\">\n"
                   "\t<tr valign=\"top\">\n"
                   "\t\t<td width=\"303\"><p>Kommun</p>\n"
                   "\t\t</td>\n"
                   "\t\t<td><p>\x07\x03Lindesberg\x08</p></td>\n"
                   "\t</tr>\n"
                   "</table>\n",
                   &d)
              .ok());
  bool row = false;
  for (const Line& l : d.lines) {
    for (const Cell& c : l.cells) CHECK(c.text.find('<') == std::string::npos);
    if (l.cells.size() == 2 && l.cells[0].text == "Kommun") {
      row = true;
      CHECK(l.cells[1].text == "Lindesberg");
    }
  }
  CHECK(row);
  CHECK(d.lines[0].cells[0].text == "Kontaktuppgifter");
}

TEST_CASE("text reader: a text quoted in an e-mail reply is read without its quoting") {
  Document d;
  REQUIRE(ReadText("> Kommun: Luleå\n>\n>   Totalt antal klienter   49   32\n > > > 3\n", &d).ok());
  REQUIRE(d.lines.size() == 4);
  CHECK(d.lines[0].cells[0].text == "Kommun: Luleå");
  CHECK(d.lines[1].cells[0].text == "");
  REQUIRE(d.lines[2].cells.size() == 3);
  CHECK(d.lines[2].cells[1].text == "49");
  CHECK(d.lines[3].cells[0].text == "> > 3");
  CHECK(d.lines[3].number == 4);
  Document mixed;  // a line without '>': not a quoted text
  REQUIRE(ReadText("> a\n> b\nc\n> d\n", &mixed).ok());
  CHECK(mixed.lines[0].cells[0].text == "> a");
}

TEST_CASE("text reader: a quoted page's first line keeps its indentation after the form feed") {
  // pdftotext starts a page's first line with the form feed; quoted line by
  // line, the quote comes before it and the line's own spaces after it.
  Document d;
  REQUIRE(ReadText("> Kommun        Luleå\n> \f        Norrbotten\n> Sida\n", &d).ok());
  REQUIRE(d.lines.size() == 4);  // the line the form feed ends is an empty one
  CHECK(d.lines[2].page == 2);
  CHECK(d.lines[2].cells[0].text == "Norrbotten");
  CHECK(d.lines[2].cells[0].x0 == 8);
  Document before;  // a form feed before the quote: the quote is still taken off
  REQUIRE(ReadText("> Kommun\n\f> Luleå\n> Sida\n", &before).ok());
  CHECK(before.lines[2].cells[0].text == "Luleå");
}

TEST_CASE("text reader: a quoted layout text the mail re-wrapped is read as one stripped") {
  // Eight rows of two cells quoted twice, each broken at the mail's 72
  // columns with its tail at column 0, and a box line indented: read as a
  // layout text whose margin was stripped, every line at column 0, where a
  // tail is no cell's column (text_cells.h's MarginStripped).
  std::string wrapped, whole;
  for (int i = 0; i < 8; ++i) {
    std::string head = "Fråga " + std::to_string(i) + "          svar";
    while (head.size() < 64) head += " svar";
    wrapped += "> > " + head + "\n> > slut\n";  // the tail's gap lost
    whole += "> > " + head + "                    slut\n";
  }
  wrapped += "> >                     Ja\n";
  whole += "> >                     Ja\n";
  Document d;
  REQUIRE(ReadText(wrapped, &d).ok());
  REQUIRE(!d.lines.empty());
  CHECK(d.lines.back().cells[0].text == "Ja");
  CHECK(d.lines.back().cells[0].x0 == 0);
  // Each row's last word and the tail's would not have fitted within the
  // width: the row may have been broken inside its last cell, which says so.
  const std::string& last = d.lines[0].cells.back().text;
  REQUIRE(last.size() > sizeof kUndecidedWrap);
  CHECK(last.substr(last.size() - (sizeof kUndecidedWrap - 1)) == kUndecidedWrap);
  Document kept;  // the same rows as laid out, wider: the layout's columns kept
  REQUIRE(ReadText(whole, &kept).ok());
  REQUIRE(!kept.lines.empty());
  CHECK(kept.lines.back().cells[0].x0 == 20);
}

TEST_CASE(
    "text reader: a layout text forwarded under a mail's header and re-wrapped is read as "
    "one stripped") {
  // The same re-wrapped rows unquoted, under a forwarded message's header:
  // read as a layout text whose margin was stripped; without the header
  // (a text of its own) the indented line keeps its column.
  std::string rows;
  for (int i = 0; i < 8; ++i) {
    std::string head = "Fråga " + std::to_string(i) + "          svar";
    while (head.size() < 64) head += " svar";
    rows += head + "\nslut\n";
  }
  rows += "                    Ja\n";
  const std::string header =
      "Hej,\n\n-----Original Message-----\nFrom: Anna <anna@example.se>\n"
      "Sent: 3 March 2024 10:12\nTo: Registrator <reg@example.se>\nSubject: Report\n\n";
  Document mail, plain, fields;
  REQUIRE(ReadText(header + rows, &mail).ok());
  REQUIRE(!mail.lines.empty());
  CHECK(mail.lines.back().cells[0].text == "Ja");
  CHECK(mail.lines.back().cells[0].x0 == 0);
  REQUIRE(ReadText(rows, &plain).ok());
  REQUIRE(!plain.lines.empty());
  CHECK(plain.lines.back().cells[0].x0 == 20);
  // Field lines without the separator above them are no mail's header.
  REQUIRE(
      ReadText("From: Anna <anna@example.se>\nSent: today\nTo: reg@example.se\n\n" + rows, &fields)
          .ok());
  REQUIRE(!fields.lines.empty());
  CHECK(fields.lines.back().cells[0].x0 == 20);
}

TEST_CASE("text reader: a text with every line indented is read without the indentation") {
  Document spaces;  // four spaces before each line, two more before one: that one keeps two
  REQUIRE(
      ReadText("    Kommun: Luleå\r\n\r\n      Län: Norrbotten\r\n\f    Sida 2\r\n", &spaces).ok());
  REQUIRE(spaces.lines.size() == 5);
  CHECK(spaces.lines[0].cells[0].text == "Kommun: Luleå");
  CHECK(spaces.lines[0].cells[0].x0 == 0);
  CHECK(spaces.lines[2].cells[0].x0 == 2);
  CHECK(spaces.lines[4].cells[0].x0 == 0);
  CHECK(spaces.lines[4].page == 2);
  Document paged;  // pdftotext's page break at a line's start, the line indented before it
  REQUIRE(ReadText("    Kommun: Luleå\n    \fLän: Norrbotten\n    \f", &paged).ok());
  REQUIRE(paged.lines.size() == 4);
  CHECK(paged.lines[0].cells[0].x0 == 0);
  CHECK(paged.lines[2].cells[0].text == "Län: Norrbotten");
  CHECK(paged.lines[2].cells[0].x0 == 0);
  CHECK(paged.lines[2].page == 2);
  Document tab;  // a tab before each line is no empty first cell
  REQUIRE(ReadText("\tKommun\tLuleå\n\n\tLän\tNorrbotten\n", &tab).ok());
  REQUIRE(tab.lines.size() == 3);
  REQUIRE(tab.lines[0].cells.size() == 2);
  CHECK(tab.lines[0].cells[0].text == "Kommun");
  CHECK(tab.lines[2].cells[1].text == "Norrbotten");
  Document margin;  // one line at the margin: the others' indentation is layout
  REQUIRE(ReadText("Kommun\n    Luleå\n", &margin).ok());
  CHECK(margin.lines[1].cells[0].x0 == 4);
  Document mixed;  // a tab before one line, spaces before another: left as it is
  REQUIRE(ReadText("\tKommun\tLuleå\n    Län\n", &mixed).ok());
  CHECK(mixed.lines[0].cells[0].text == "");
}

TEST_CASE("text reader: a line that is an empty Word form field says so in its origin") {
  // LibreOffice's "Save as text" writes an empty text form field as Word's
  // result for it, five EN SPACEs; nothing else is marked.
  const std::string field = "\u2002\u2002\u2002\u2002\u2002";
  Document d;
  REQUIRE(
      ReadText("Ja\n\n" + field + "\n  " + field + " \n\u2002\u2002\u2002\u2002\n\nX\n", &d).ok());
  REQUIRE(d.lines.size() == 7);
  CHECK(d.lines[2].origin == kEmptyFormFieldOrigin);
  CHECK(d.lines[3].origin == kEmptyFormFieldOrigin);
  for (size_t k : {0, 1, 4, 5, 6}) CHECK(d.lines[k].origin.empty());
}

TEST_CASE("text reader: five plain spaces on a line are an empty form field where three such are") {
  // MuPDF's text writes Word's empty field's five en spaces as plain spaces,
  // each on a line of its own; one such line alone may be any blank line.
  const std::string five = "     ";
  Document d;
  const std::string q = "Ombuden har erbjudits utbildning.\n\n";
  REQUIRE(ReadText(q + five + "\n\nX\n" + five + "\n" + five + "\n    \n\f" + q, &d).ok());
  std::vector<int> fields;
  for (const Line& l : d.lines)
    if (l.origin == kEmptyFormFieldOrigin) fields.push_back(l.number);
  CHECK(fields == std::vector<int>{3, 6, 7});
  Document few;
  REQUIRE(ReadText(q + five + "\n\nX\n" + five + "\n", &few).ok());
  for (const Line& l : few.lines) CHECK(l.origin.empty());
}

TEST_CASE("text reader: a Word text field's code (catdoc's FORMTEXT) parts its label and result") {
  Document d;
  REQUIRE(ReadText("Kontaktperson   FORMTEXT  Inga-Lill Nilsson \tAvdelning/Enhet\n"
                   "\t  FORMTEXT  12 \n"
                   "Titel   FORMTEXT  Enhetschef   FORMTEXT  Chef\t\n",
                   &d)
              .ok());
  REQUIRE(d.lines.size() == 3);
  REQUIRE(d.lines[0].cells.size() == 3);
  CHECK(d.lines[0].cells[0].text == "Kontaktperson");
  CHECK(d.lines[0].cells[1].text == "Inga-Lill Nilsson");
  CHECK(d.lines[0].cells[2].text == "Avdelning/Enhet");
  REQUIRE(d.lines[1].cells.size() == 2);
  CHECK(d.lines[1].cells[1].text == "12");
  REQUIRE(d.lines[2].cells.size() == 4);
  CHECK(d.lines[2].cells[0].text == "Titel");
  CHECK(d.lines[2].cells[1].text == "Enhetschef");
  CHECK(d.lines[2].cells[2].text == "Chef");
  // Text without tabs: the cells keep their columns; a word that only holds
  // the code (FORMTEXTS) is text.
  REQUIRE(ReadText("Titel FORMTEXT Enhetschef\nFORMTEXTS ok\n", &d).ok());
  REQUIRE(d.lines[0].cells.size() == 2);
  CHECK(d.lines[0].cells[0].text == "Titel");
  CHECK(d.lines[0].cells[0].x0 == 0);
  CHECK(d.lines[0].cells[0].x1 == 5);
  CHECK(d.lines[0].cells[1].text == "Enhetschef");
  CHECK(d.lines[0].cells[1].x0 == 15);
  CHECK(d.lines[1].Text() == "FORMTEXTS ok");
}

TEST_CASE("text reader: Muse's verbatim tags are taken off; an empty pair is an empty cell") {
  Document d;
  REQUIRE(ReadText("| Kommun       | <verbatim></verbatim> |\n"
                   "| Anges med två | halvtider <verbatim>=</verbatim> 1,00 |\n"
                   "| Kopia        | <verbatim>*Kopia</verbatim> till |\n",
                   &d)
              .ok());
  REQUIRE(d.lines.size() == 3);
  REQUIRE(d.lines[0].cells.size() == 2);
  CHECK(d.lines[0].cells[1].text == "");
  CHECK(d.lines[1].cells[1].text == "halvtider = 1,00");
  CHECK(d.lines[2].cells[1].text == "*Kopia till");
}

TEST_CASE("text reader: a text that lost its line breaks is refused, not read as a blank form") {
  std::string joined = "LänsstyrelsenVästernorrlandREDOVISNINGStatsbidrag avseende år 2020";
  for (int i = 0; i < 40; ++i) joined += "KommunPostort TimråKontaktperson Inga-Lill Nilsson";
  Document d;
  Status s = ReadText(joined, &d);
  CHECK(s.code() == "lost_line_breaks");
  CHECK(s.message().find(std::to_string(joined.size()) + " of its") != std::string::npos);
  // Its lines given back, it is read.
  std::string lines;
  for (int i = 0; i < 40; ++i) lines += "Kommun: Timrå\nKontaktperson: Inga-Lill Nilsson\n";
  CHECK(ReadText(lines, &d).ok());
}

TEST_CASE("text reader: the source of a typesetting program is refused, not read") {
  std::string man;
  for (int i = 0; i < 12; ++i) man += ".PP\nKommun\n.TS\ntab(@);\nT{\nTimr\\[oa]\nT}\n.TE\n";
  Document d;
  Status s = ReadText(man, &d);
  CHECK(s.code() == "typesetting_source");
  CHECK(s.message().find("roff") != std::string::npos);
  std::string texinfo = "@node Top\n@top Top\n";
  for (int i = 0; i < 10; ++i)
    texinfo += "@multitable @columnfractions 0.5 0.5\n@item Kommun\n@tab Timrå\n@end multitable\n";
  CHECK(ReadText(texinfo, &d).code() == "typesetting_source");
  std::string latex;
  for (int i = 0; i < 10; ++i)
    latex +=
        "\\begin{longtable}[]{@{}ll@{}}\n\\toprule\nKommun & Timrå "
        "\\\\\n\\bottomrule\n\\end{longtable}\n";
  CHECK(ReadText(latex, &d).code() == "typesetting_source");
  // A report with a few lines that look like commands is read.
  std::string report = ".NET-utvecklare\n@hem\n";
  for (int i = 0; i < 200; ++i) report += "Kommun: Timrå\n";
  CHECK(ReadText(report, &d).ok());
}

TEST_CASE("text reader: a PDF's text in pdftohtml's XML is read as its runs, its HTML refused") {
  // pdftohtml -xml: each run an element with its position. Before, its
  // lines were markup: nothing read, and the report came out blank.
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pdf2xml producer=\"poppler\">\n"
      "<page number=\"1\" top=\"0\" left=\"0\" height=\"1262\" width=\"892\">\n"
      "<text top=\"581\" left=\"85\" width=\"60\" height=\"20\" font=\"0\">Kommun</text>\n"
      "<text top=\"604\" left=\"85\" width=\"60\" height=\"20\" font=\"0\">Timrå</text>\n"
      "</page>\n<page number=\"2\">\n"
      "<text top=\"86\" left=\"85\" width=\"18\" height=\"20\" font=\"0\">JA</text>\n"
      "</page>\n</pdf2xml>\n";
  Document d;
  REQUIRE(ReadText(xml, &d).ok());
  CHECK(d.format == "text");
  CHECK(d.page_count == 2);
  std::vector<const Line*> text;
  for (const Line& l : d.lines)
    if (!l.Blank()) text.push_back(&l);
  REQUIRE(text.size() == 3);
  CHECK(text[0]->Text() == "Kommun");
  CHECK(text[1]->Text() == "Timrå");
  CHECK(text[2]->Text() == "JA");
  CHECK(text[0]->page == 1);
  CHECK(text[2]->page == 2);
  // pdftohtml -noframes: a line's cells joined into one line; refused.
  std::string page = "<!DOCTYPE html>\n<html>\n<body>\n<a name=1></a>Länsstyrelsen<br/>\n";
  for (int i = 0; i < 8; ++i)
    page += "Kontaktperson&#160;Inga-Lill&#160;Nilsson&#160;060-16<br/>\n";
  page += "<hr/>\n</body>\n</html>\n";
  Status s = ReadText(page, &d);
  CHECK(s.code() == "pdftohtml_page");
}

TEST_CASE("text reader: pdftotext's table of words is read by its boxes, Tesseract's refused") {
  const std::string header =
      "level\tpage_num\tpar_num\tblock_num\tline_num\tword_"
      "num\tleft\ttop\twidth\theight\tconf\ttext\n";
  std::string tsv = header + "1\t1\t0\t0\t0\t0\t0\t0\t595\t842\t-1\t###PAGE###\n" +
                    "5\t1\t0\t0\t0\t0\t56.8\t100\t60\t14.3\t100\tPostort\n" +
                    "5\t1\t0\t1\t0\t0\t200\t100\t40\t14.3\t100\tTimrå\n" +
                    "5\t2\t0\t0\t0\t0\t56.8\t100\t20\t14.3\t100\tJA\n";
  Document d;
  REQUIRE(ReadText(tsv, &d).ok());
  CHECK(d.page_count == 2);
  std::vector<const Line*> text;
  for (const Line& l : d.lines)
    if (!l.Blank()) text.push_back(&l);
  REQUIRE(text.size() == 2);
  REQUIRE(text[0]->cells.size() == 2);
  CHECK(text[0]->cells[0].text == "Postort");
  CHECK(text[0]->cells[1].text == "Timrå");
  CHECK(text[1]->Text() == "JA");
  CHECK(text[1]->page == 2);
  // Tesseract's: the same fields, block before paragraph, a scan's words.
  std::string ocr =
      "level\tpage_num\tblock_num\tpar_num\tline_num\tword_"
      "num\tleft\ttop\twidth\theight\tconf\ttext\n"
      "5\t1\t1\t1\t1\t1\t229\t501\t271\t93\t96\tKommun\n";
  Status s = ReadText(ocr, &d);
  CHECK(s.code() == "ocr_word_table");
}

TEST_CASE("text reader: a reply that answers quoted questions under each is read without quoting") {
  std::string reply = "Hej, våra svar står under era frågor.\n\n";
  for (int k = 1; k <= 10; ++k)
    reply += "> Fråga " + std::to_string(k) + ": Ange antal\n" + std::to_string(k) + "\n\n";
  Document d;
  REQUIRE(ReadText(reply, &d).ok());
  REQUIRE(d.lines.size() > 4);
  CHECK(d.lines[0].cells[0].text == "Hej, våra svar står under era frågor.");
  CHECK(d.lines[2].cells[0].text == "Fråga 1: Ange antal");
  CHECK(d.lines[3].cells[0].text == "1");
  Document few;  // three quoted lines among more of a letter's: a quotation in it
  REQUIRE(ReadText("Hej\n> a\n> b\nc\nd\n> e\nf\n", &few).ok());
  CHECK(few.lines[1].cells[0].text == "> a");
}

TEST_CASE("text reader: a sheet saved as CSV in Windows-1252 is read as its rows") {
  // A Swedish Excel's "CSV (semikolonavgränsad)": ';', rows padded, CRLF.
  std::string csv =
      "REDOVISNING;;\r\nKommun;Timr\xE5;\r\n;;\r\n;Ja;Nej\r\n"
      "Ombuden har erbjudits handledning.;X;\r\n\"Om ja, ange vilken\";Extern;\r\n";
  Document d;
  REQUIRE(ReadText(csv, &d).ok());
  REQUIRE(d.lines.size() == 6);
  CHECK(d.encoding == "windows-1252");
  CHECK(d.lines[1].cells.size() == 2);
  CHECK(d.lines[1].cells[1].text == "Timrå");
  CHECK(d.lines[2].origin == kEmptySheetRowOrigin);
  CHECK(d.lines[3].cells.size() == 3);
  CHECK(d.lines[5].cells[0].text == "Om ja, ange vilken");
  // The same lines as prose (commas followed by spaces) stay one cell each.
  Document prose;
  REQUIRE(
      ReadText("Kommun, Timrå\nJa, Nej\nOm ja, ange vilken, extern\nA, b\nC, d\n", &prose).ok());
  CHECK(prose.lines[0].cells.size() == 1);
}

TEST_CASE("text reader: a sheet of one column is read as the laid-out text pasted into it") {
  // A line a cell, saved by a script: `""` for an empty row, a line with ';'
  // quoted. Read as the text it was: its columns of spaces are cells again.
  std::string csv =
      "Kontaktuppgifter\r\n\"\"\r\n  Kommun            Timr\xE5\r\n\"\"\r\n"
      "\"S\xE4nds in; senast 2020-01-15\"\r\n";
  Document d;
  REQUIRE(ReadText(csv, &d).ok());
  REQUIRE(d.lines.size() == 5);
  CHECK((d.lines[1].cells.empty() || d.lines[1].cells[0].text.empty()));
  REQUIRE(d.lines[2].cells.size() == 2);
  CHECK(d.lines[2].cells[0].text == "Kommun");
  CHECK(d.lines[2].cells[1].text == "Timrå");
  CHECK(d.lines[2].number == 3);
  CHECK(d.lines[4].cells[0].text == "Sänds in; senast 2020-01-15");
}

TEST_CASE("text reader: pdftotext -htmlmeta's page is read as the laid-out text in it") {
  std::string page =
      "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
      "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">"
      "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<title></title>\n"
      "<meta name=\"Producer\" content=\"LibreOffice 7.4\"/>\n</head>\n<body>\n<pre>\n"
      "REDOVISNING\n\n  Kommun        Tyresö\n\fsida två\n</pre>\n</body>\n</html>\n";
  Document d;
  REQUIRE(ReadText(page, &d).ok());
  REQUIRE(d.lines.size() >= 4);
  REQUIRE(d.lines[2].cells.size() == 2);
  CHECK(d.lines[2].cells[0].text == "Kommun");
  CHECK(d.lines[2].cells[1].text == "Tyresö");
  const Line& last = d.lines.back();  // after the form feed: page 2
  REQUIRE(!last.cells.empty());
  CHECK(last.cells[0].text == "sida två");
  CHECK(last.page == 2);
  CHECK(d.page_count == 2);
}

TEST_CASE("text reader: ASCII whose bytes a font's map swapped is read as ASCII") {
  // pdftotext keeps a re-distilled PDF's "fl" ligature as U+6600 U+6C00.
  Document d;
  REQUIRE(ReadText("har fått \u6600\u6C00era klienter\n\u6600\u6C00 \u6600\n", &d).ok());
  REQUIRE(d.lines.size() >= 2);
  CHECK(d.lines[0].cells[0].text == "har fått flera klienter");
  CHECK(d.lines[1].cells[0].text == "\u6600\u6C00 \u6600");
}

TEST_CASE("text reader: a footnote's mark a code page without ¹ wrote as a digit") {
  // Mac OS Roman has no ¹: iconv -t MAC//TRANSLIT writes "¹ Anges ..." as
  // "1 Anges ...", which is the footnote's body still, never an answer.
  const std::string mac =
      "Kommun: Timr\x8C"
      "\n"
      "F\x9A"
      "rvaltning: Socialf\x9A"
      "rvaltningen\n"
      "Antal \x8A"
      "renden under \x8C"
      "ret: 12 kvinnor och 7 m\x8A"
      "n\n"
      "\x85"
      "vriga kommentarer: Verksamheten \x8A"
      "r v\x8A"
      "l f\x9A"
      "rankrad i kommunen.\n"
      "\n"
      "1 Anges med tv\x8C"
      " decimaler. F\x9A"
      "r ett ombud p\x8C"
      " heltid anges 1,00.\n"
      "";
  Document doc;
  REQUIRE(ReadText(mac, &doc).ok());
  REQUIRE(doc.encoding == "macintosh");
  REQUIRE(doc.lines.size() == 6);
  CHECK(doc.lines[5].cells.at(0).text.rfind("1 Anges med två decimaler.", 0) == 0);
  CHECK(doc.lines[5].role == LineRole::kFootnote);
  CHECK(doc.lines[0].role == LineRole::kContent);
  // In UTF-8, which has ¹, a line opening with "1 " is the text's own.
  Document utf8;
  REQUIRE(ReadText(doc.lines[5].cells[0].text + "\n", &utf8).ok());
  REQUIRE(utf8.lines.size() == 1);
  CHECK(utf8.lines[0].role == LineRole::kContent);
}

}  // namespace text_reader_test
