#include "normalise/normaliser.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_support.h"

namespace normaliser_test {

using namespace redovis;

static Normaliser Make() {
  return Normaliser(testing::ProjectPatterns().vocabulary());
}

// A document of one-cell lines, one per text.
static Document OneCellLines(const std::vector<std::string>& texts) {
  Document d;
  for (const std::string& text : texts) {
    Line line;
    line.cells.push_back(Cell{text, ""});
    d.lines.push_back(line);
  }
  return d;
}

TEST_CASE("normaliser: NFC, odd spaces, soft hyphens") {
  Normaliser n = Make();
  CHECK(n.NormaliseText("Tyreso\xCC\x88") == "Tyresö");  // o + combining diaeresis
  CHECK(n.NormaliseText("804\xC2\xA0"
                        "246") == "804 246");                            // NBSP
  CHECK(n.NormaliseText("\xE2\x80\x82\xE2\x80\x82\xE2\x80\x82") == "");  // EN SPACEs: a blank field
  CHECK(n.NormaliseText("social\xC2\xADn\xC3\xA4mnd") == "socialnämnd");  // soft hyphen
  CHECK(n.NormaliseText("  a   b  ") == "a b");
  // A combining mark past the first eight bytes, and past the next eight.
  CHECK(n.NormaliseText("Kommun: Tyreso\xCC\x88") == "Kommun: Tyresö");
  CHECK(n.NormaliseText("Kommunens namn: Tyreso\xCC\x88") == "Kommunens namn: Tyresö");
  // ASCII alone, with a colon: as it stands.
  CHECK(n.NormaliseText("Antal: 12 (varav 3 nya)") == "Antal: 12 (varav 3 nya)");
}

TEST_CASE("normaliser: words split by a line-break hyphen are joined") {
  Normaliser n = Make();
  CHECK(n.NormaliseText("Telefon (inkl. riktnum- mer)") == "Telefon (inkl. riktnummer)");
  CHECK(n.NormaliseText("Arbetsmarknads- och socialnämnden") ==
        "Arbetsmarknads- och socialnämnden");
  CHECK(n.NormaliseText("Anna-Lena Engstedt") == "Anna-Lena Engstedt");
  CHECK(n.NormaliseText("08- 5782 94 91") == "08- 5782 94 91");
}

TEST_CASE("normaliser: a line-end hyphen of a compound stays") {
  Normaliser n = Make();
  // An abbreviation in capitals keeps its hyphen; only the space goes.
  CHECK(n.NormaliseText("Föräldrastöd. NPF- diagnoser och") == "Föräldrastöd. NPF-diagnoser och");
  CHECK(n.NormaliseText("Ett N- ord") == "Ett Nord");  // one capital is not an abbreviation
  // A compound the document writes with its hyphen elsewhere keeps it.
  Document d;
  Line a, b;
  a.cells.push_back(Cell{"Kontaktperson Inga-Lill Nilsson", ""});
  b.cells.push_back(Cell{"E-postadress inga- lill.nilsson@timra.se", ""});
  b.cells.push_back(Cell{"social- tjänsten", ""});
  d.lines = {a, b};
  n.NormaliseLines(&d);
  CHECK(d.lines[1].cells[0].text == "E-postadress inga-lill.nilsson@timra.se");
  CHECK(d.lines[1].cells[1].text == "socialtjänsten");
  CHECK(n.JoinAnswerLines({"gäller Inga-", "lill och NPF-", "diagnoser"}) ==
        "gäller Inga-lill och NPF-diagnoser");
  // The next document's compounds replace the last one's.
  Document other;
  other.lines = {b};
  n.NormaliseLines(&other);
  // Nor does anything else there write "ingalill": the address's hyphen
  // may be its own, and the break is left as written (no whole address).
  CHECK(other.lines[0].cells[0].text == "E-postadress inga- lill.nilsson@timra.se");
  CHECK(other.lines[0].cells[1].text == "socialtjänsten");
}

TEST_CASE("normaliser: a break inside an e-mail address is joined on the document's word") {
  Normaliser n = Make();
  // Alone, nothing says whether "engs-" is the address's own hyphen.
  CHECK(n.NormaliseText("anna-lena.engs- tedt@tyreso.se") == "anna-lena.engs- tedt@tyreso.se");
  // Beside the name, "Engstedt" is the word: joined.
  const std::string name = "Kontaktperson Anna-Lena Engstedt";
  const std::string mail = "E-postadress anna-lena.engs- tedt@tyreso.se";
  Document d = OneCellLines({name, mail});
  n.NormaliseLines(&d);
  CHECK(d.lines[1].cells[0].text == "E-postadress anna-lena.engstedt@tyreso.se");
  // The matcher joins the lines a cell wrapped over, after the document was
  // read: the same evidence holds.
  CHECK(n.JoinHyphenated("anna- lena.engs- tedt@tyreso.se") == "anna-lena.engstedt@tyreso.se");
  // A word that only contains the joined word is no evidence ("Engstedts"),
  // and a break before the address is no part of it.
  Document e = OneCellLines(
      {"Kontaktperson Lars Engstedtsson", "E-postadress anna- lena.engs- tedt@solna.se"});
  n.NormaliseLines(&e);
  CHECK(e.lines[1].cells[0].text == "E-postadress anna- lena.engs- tedt@solna.se");
  CHECK(n.JoinHyphenated("skriv till kom- munen: info@solna.se") ==
        "skriv till kommunen: info@solna.se");
  // A large file's text is not kept twice over for this: its breaks stay.
  Document large = OneCellLines({name, std::string(Normaliser::kWordEvidenceBytes, 'x'), mail});
  n.NormaliseLines(&large);
  CHECK(large.lines[2].cells[0].text == "E-postadress anna-lena.engs- tedt@tyreso.se");
}

TEST_CASE("normaliser: renderer markers and footnote marks are removed") {
  Normaliser n = Make();
  CHECK(n.NormaliseText("decimaler[footnoteRef:1]: 1,50") == "decimaler: 1,50");
  CHECK(n.NormaliseText("[bookmark: _Hlk1]4. Tillgång") == "4. Tillgång");
  // OCR lost the opening bracket: the marker is still one, at the start only.
  CHECK(n.NormaliseText("bookmark: HIk4968621381]4. Tillgång") == "4. Tillgång");
  CHECK(n.NormaliseText("bookmark: två ord]4. Tillgång") == "bookmark: två ord]4. Tillgång");
  // Both brackets lost, the closing one read as a digit: Word's hidden
  // bookmark name ends after its nine digits.
  CHECK(n.NormaliseText("bookmark: HIk49686213814. Tillgång") == "4. Tillgång");
  CHECK(n.NormaliseText("bookmark: _Toc123456789l4. Tillgång") == "4. Tillgång");
  // OCR read the name's 'l' as two letters ("Hlk": "HIik").
  CHECK(n.NormaliseText("bookmark: HIik49686213814. Tillgång") == "4. Tillgång");
  CHECK(n.NormaliseText("bookmark: HIikx49686213814. Tillgång") ==
        "bookmark: HIikx49686213814. Tillgång");
  // OCR split the name's digits with a space.
  CHECK(n.NormaliseText("bookmark: HIk4968621 3814. Tillgång") == "4. Tillgång");
  CHECK(n.NormaliseText("bookmark: HIk4968 621 3814. Tillgång") ==
        "bookmark: HIk4968 621 3814. Tillgång");
  CHECK(n.NormaliseText("bookmark: HIk4968621. Tillgång") == "bookmark: HIk4968621. Tillgång");
  CHECK(n.NormaliseText("bookmark: Kommunen 123456789") == "bookmark: Kommunen 123456789");
  // OCR misread the marker's name as well: a word and its colon, Word's
  // hidden name and the bracket are still the marker.
  CHECK(n.NormaliseText("bpookmark: HIk496862138]4. Tillgång") == "4. Tillgång");
  CHECK(n.NormaliseText("Anteckning: HIk496862138 ]4. Tillgång") ==
        "Anteckning: HIk496862138 ]4. Tillgång");
  CHECK(n.NormaliseText("Se bpookmark: HIk496862138]4.") == "Se bpookmark: HIk496862138]4.");
  CHECK(n.NormaliseText("Kod: ABC12345678]") == "Kod: ABC12345678]");
  CHECK(n.NormaliseText("Se bookmark: x]") == "Se bookmark: x]");
  // A refill broke the marker after its colon: each piece on its line.
  CHECK(n.NormaliseText("[bookmark: ") == "");
  CHECK(n.NormaliseText("kontakt. [bookmark:") == "kontakt.");
  CHECK(n.NormaliseText("_Hlk496862138]4. Tillgång") == "4. Tillgång");
  CHECK(n.NormaliseText("[bookmark: och mer") == "[bookmark: och mer");
  CHECK(n.NormaliseText("Hlk49686213]4. Tillgång") == "Hlk49686213]4. Tillgång");
  CHECK(n.NormaliseText("decimaler\xC2\xB9: 10,00") == "decimaler: 10,00");  // ¹
  // OCR lost a note marker's closing bracket: its number ends it.
  CHECK(n.NormaliseText("barn under 18 år[footnoteRef:2 vilka är kända") ==
        "barn under 18 år vilka är kända");
  CHECK(n.NormaliseText("antal[endnoteRef:12") == "antal");
  CHECK(n.NormaliseText("antal[footnoteRef:2x vilka") == "antal[footnoteRef:2x vilka");
}

TEST_CASE("normaliser: footnote bodies and repeated headers are marked") {
  Document d;
  for (int i = 0; i < 3; ++i) {
    Line header;
    header.cells.push_back(Cell{"Beteckning", ""});
    d.lines.push_back(header);
    Line body;
    body.cells.push_back(Cell{"Text " + std::to_string(i), ""});
    d.lines.push_back(body);
  }
  Line foot;
  foot.cells.push_back(Cell{"\xC2\xB9 Anges med två decimaler.", ""});
  d.lines.push_back(foot);
  Line inline_foot;
  inline_foot.cells.push_back(Cell{"Fråga", ""});
  inline_foot.cells.push_back(Cell{"[1: en fotnot]", ""});
  d.lines.push_back(inline_foot);
  Line alone_foot;
  alone_foot.cells.push_back(Cell{"[2: en fotnot till]", ""});
  d.lines.push_back(alone_foot);
  Make().Normalise(&d);
  CHECK(d.lines[0].role == LineRole::kFurniture);
  CHECK(d.lines[1].role == LineRole::kContent);
  CHECK(d.lines[6].role == LineRole::kFootnote);
  CHECK(d.lines[7].cells[1].text.empty());
  // A line emptied so is no blank line of the file; one that keeps a cell
  // keeps its origin.
  CHECK(d.lines[7].origin.empty());
  CHECK(d.lines[8].origin == std::string(kNoteBodyOrigin));
  CHECK(d.lines[1].cells[0].fold == "text 0");
  // The raised number written '?' (a code page without it) or read '!' by
  // OCR, before a capital: a footnote body. A question's '?' is not.
  Document marks = OneCellLines({"? Anges med två decimaler.", "! Inkluderar även barn.", "?",
                                 "? ja", "Hur många?", "?Anges"});
  Make().Normalise(&marks);
  CHECK(marks.lines[0].role == LineRole::kFootnote);
  CHECK(marks.lines[1].role == LineRole::kFootnote);
  for (size_t k = 2; k < marks.lines.size(); ++k) CHECK(marks.lines[k].role != LineRole::kFootnote);
}

TEST_CASE("normaliser: a footnote's body wrapped over lines is the footnote's to its end") {
  // A text refilled at 50 columns (fmt): the footnote under a question of
  // free text goes on over three lines, each carrying on its sentence.
  Document d = OneCellLines(
      {"Om nej, ange varf\xC3\xB6r.", "",
       "\xC2\xB9 Anges med tv\xC3\xA5 decimaler. F\xC3\xB6r ett ombud p\xC3\xA5 heltid",
       "(40 timmar i veckan) och ett p\xC3\xA5 halvtid (20 timmar i", "veckan) anges 1,50.",
       "Utbildning", "", "\xC2\xB9 Anges med tv\xC3\xA5 decimaler.", "kvinnor 3",
       "\xC2\xB9 Se ovan", "", "och mer"});
  Make().Normalise(&d);
  CHECK(d.lines[0].role == LineRole::kContent);
  CHECK(d.lines[2].role == LineRole::kFootnote);
  CHECK(d.lines[3].role == LineRole::kFootnote);
  CHECK(d.lines[4].role == LineRole::kFootnote);
  // The sentence ended: the next line is the form's again.
  CHECK(d.lines[5].role == LineRole::kContent);
  // A footnote that ends its sentence goes on nowhere; a blank line ends one.
  CHECK(d.lines[7].role == LineRole::kFootnote);
  CHECK(d.lines[8].role == LineRole::kContent);
  CHECK(d.lines[9].role == LineRole::kFootnote);
  CHECK(d.lines[11].role == LineRole::kContent);
}

TEST_CASE("normaliser: a footnote body's opening parted from its words by a gap") {
  // MuPDF's text of a PDF printed from a text export: "[1:  Anges med ..."
  // read as two cells, then the body's lines going on. The line is the
  // footnote's, and so are the lines that go on with its sentence: not the
  // form's wording, which a later section's rule would have placed.
  Document d;
  Line body, on, question;
  body.cells.push_back(Cell{"[1:", ""});
  body.cells.push_back(
      Cell{"Anges med tv\xC3\xA5 decimaler. F\xC3\xB6r ett ombud p\xC3\xA5 heltid (40", ""});
  on.cells.push_back(Cell{"timmar i veckan) anges 1,50.]", ""});
  question.cells.push_back(Cell{"Utbildning", ""});
  d.lines = {body, on, question};
  Make().Normalise(&d);
  CHECK(d.lines[0].role == LineRole::kFootnote);
  CHECK(d.lines[0].cells[0].text.empty());
  CHECK(d.lines[1].role == LineRole::kFootnote);
  CHECK(d.lines[2].role == LineRole::kContent);
  // A body's opening after a cell of the row is the row's inline note: the
  // row stays the form's.
  Document row;
  Line cells;
  cells.cells.push_back(Cell{"Fr\xC3\xA5ga", ""});
  cells.cells.push_back(Cell{"[1:", ""});
  cells.cells.push_back(Cell{"Ja", ""});
  row.lines = {cells};
  Make().Normalise(&row);
  CHECK(row.lines[0].role == LineRole::kContent);
}

TEST_CASE(
    "normaliser: a rule of dashes, escaped as XWiki and Markua write it, or a table's, is "
    "furniture") {
  // pandoc -t xwiki and -t markua write a paragraph "--" as "~-~-"; read as
  // a line of text it stood as the answer of the question above it.
  Document d =
      OneCellLines({"--", "~-~-", "~-~-~-", "Svar", "~ja", "-", "------ ---- -----", "-- x"});
  Make().Normalise(&d);
  CHECK(d.lines[0].role == LineRole::kFurniture);
  CHECK(d.lines[1].role == LineRole::kFurniture);
  CHECK(d.lines[2].role == LineRole::kFurniture);
  CHECK(d.lines[3].role == LineRole::kContent);
  CHECK(d.lines[4].role == LineRole::kContent);
  CHECK(d.lines[5].role == LineRole::kContent);
  CHECK(d.lines[6].role == LineRole::kFurniture);  // a table's rule, its table unread
  CHECK(d.lines[7].role == LineRole::kContent);
}

TEST_CASE("normaliser: repeated lines are judged within the range given (one report of a bundle)") {
  // Three reports, each printing "a) på handläggarnivå" once and a running
  // header "Personligt ombud" on each of its three pages.
  Document d;
  auto add = [&d](const std::string& text) {
    Line line;
    line.cells.push_back(Cell{text, ""});
    d.lines.push_back(line);
  };
  for (int report = 0; report < 3; ++report)
    for (int page = 0; page < 3; ++page) {
      add("Personligt ombud");
      add(page == 1 ? "a) på handläggarnivå" : "Svar " + std::to_string(report * 3 + page));
    }
  Normaliser n = Make();
  n.NormaliseLines(&d);
  for (const Line& line : d.lines) CHECK(line.role == LineRole::kContent);
  for (size_t begin = 0; begin < d.lines.size(); begin += 6)
    n.MarkRepeatedLines(&d, begin, begin + 6);
  for (size_t i = 0; i < d.lines.size(); ++i) {
    CAPTURE(i);
    CHECK(d.lines[i].role == (i % 2 == 0 ? LineRole::kFurniture : LineRole::kContent));
  }
  // Over the whole file, the printed wording repeats three times and would be lost.
  Document whole = d;
  for (Line& line : whole.lines) line.role = LineRole::kContent;
  n.MarkRepeatedLines(&whole, 0, whole.lines.size());
  CHECK(whole.lines[3].role == LineRole::kFurniture);
  // A line outside the range is left as it was.
  Document part = d;
  for (Line& line : part.lines) line.role = LineRole::kContent;
  n.MarkRepeatedLines(&part, 6, part.lines.size());
  CHECK(part.lines[0].role == LineRole::kContent);
}

TEST_CASE("normaliser: answer lines join into paragraphs") {
  Normaliser n = Make();
  CHECK(n.JoinAnswerLines({"Första stycket.", "", "Andra stycket."}) ==
        "Första stycket.\nAndra stycket.");
  CHECK(n.JoinAnswerLines({"avslag på aktivitetsersättning och", "", "sjukersättning vid"}) ==
        "avslag på aktivitetsersättning och sjukersättning vid");
  CHECK(n.JoinAnswerLines({"gäller arbets-", "träning, kurser"}) == "gäller arbetsträning, kurser");
  CHECK(n.JoinAnswerLines({"Skuld-", "och budget"}) == "Skuld- och budget");
}

TEST_CASE("normaliser: the folded copies are stored by FoldLines, not NormaliseLines") {
  Normaliser n = Make();
  Document d;
  Line a, b;
  a.cells.resize(2);
  a.cells[0].text = "Antal KVINNOR";
  a.cells[1].text = "  ";
  b.cells.resize(1);
  b.cells[0].text = "Ärenden";
  d.lines = {a, b};
  n.NormaliseLines(&d);
  CHECK(d.lines[0].cells[0].text == "Antal KVINNOR");
  CHECK(d.lines[0].cells[0].fold.empty());  // a file with no report keeps none
  CHECK(d.lines[1].cells[0].Folded() == "ärenden");
  n.FoldLines(&d);
  CHECK(d.lines[0].cells[0].fold == "antal kvinnor");
  CHECK(d.lines[0].cells[1].fold.empty());
  CHECK(d.lines[1].cells[0].fold == "ärenden");
  Document whole;
  whole.lines = {a, b};
  n.Normalise(&whole);  // the whole pass stores them, as before
  CHECK(whole.lines[0].cells[0].fold == "antal kvinnor");
}

TEST_CASE("normaliser: a word typed before each answer ('Svar: ') leaves the line's first cell") {
  Normaliser n = Make();
  Document d = OneCellLines(
      {"Svar: kvinnor 29, män 5", "SVAR:JA", "Svar:", "Svaret: Ja", "Kommun: Svar: x"});
  Line two;
  two.cells.push_back(Cell{"", ""});
  two.cells.push_back(Cell{"Svar: Timrå", ""});
  two.cells.push_back(Cell{"Svar: Ja", ""});
  d.lines.push_back(two);
  n.Normalise(&d);
  CHECK(d.lines[0].cells[0].text == "kvinnor 29, män 5");
  CHECK(d.lines[0].cells[0].fold.str() == "kvinnor 29, män 5");
  CHECK(d.lines[1].cells[0].text == "JA");
  CHECK(d.lines[2].cells[0].text == "Svar:");  // the word alone stays
  CHECK(d.lines[3].cells[0].text == "Svaret: Ja");
  CHECK(d.lines[4].cells[0].text == "Kommun: Svar: x");
  CHECK(d.lines[5].cells[1].text == "Timrå");     // the first cell with text
  CHECK(d.lines[5].cells[2].text == "Svar: Ja");  // only that one
}

TEST_CASE("normaliser: a markdown heading's marks typed in a plain text leave its line") {
  Normaliser n = Make();
  Document d = OneCellLines({"## 2. Klienter", "# Ekonomi", "#2 och #3", "####### x", "##"});
  n.Normalise(&d);
  CHECK(d.lines[0].cells[0].text == "2. Klienter");
  CHECK(d.lines[1].cells[0].text == "Ekonomi");
  CHECK(d.lines[2].cells[0].text == "#2 och #3");  // no space after the mark: no heading's
  CHECK(d.lines[3].cells[0].text == "####### x");  // seven: no heading's
  CHECK(d.lines[4].cells[0].text == "##");         // the marks alone stay
}

}  // namespace normaliser_test
