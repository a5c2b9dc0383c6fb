#include "read/text/refilled_layout.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "read/text/folded_lines.h"

namespace refilled_layout_test {

using namespace redovis;

namespace {

// `text`'s lines as the text reader splits them: at line feeds and form
// feeds, a form feed starting a page and no line number. Views `text`,
// which must outlive them.
std::vector<TextLine> Split(const std::string& text) {
  std::vector<TextLine> out;
  int page = 1, number = 1;
  size_t from = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\n' && text[i] != '\f') continue;
    TextLine l;
    l.text = std::string_view(text).substr(from, i - from);
    l.page = page;
    l.number = number;
    out.push_back(l);
    if (i < text.size() && text[i] == '\f') ++page;
    if (i < text.size() && text[i] == '\n') ++number;
    from = i + 1;
  }
  return out;
}

// The index of the line whose text starts with `head`.
size_t At(const std::vector<TextLine>& lines, const std::string& head) {
  for (size_t k = 0; k < lines.size(); ++k)
    if (lines[k].text.substr(0, head.size()) == head) return k;
  FAIL("no line starts with " << head);
  return 0;
}

bool Holds(const std::vector<size_t>& v, size_t k) {
  return std::find(v.begin(), v.end(), k) != v.end();
}

// A contact block and a row laid out by `pdftotext -layout`, as it stood
// before fmt refilled it (RefilledPage).
const char kLaidOutPage[] =
    "Kontaktuppgifter till den kommun som beviljats statsbidraget\n"
    "\n"
    "Kommun Västerås\n"
    "Utdelningsadress Vård och Omsorgsförvaltningen,     Postnummer 721 87     Postort\n"
    "Stadshuset                                                              VÄSTERÅS\n"
    "Kontaktperson Susanne Aspling Björkstén      Avdelning/Enhet Personligt\n"
    "\n"
    "                                            Antal kvinnor       Antal män\n"
    "\n"
    "Ange antalet personliga ombud               7                   3\n"
    "\n"
    "                Ombuden har erbjudits utbildning.\n"
    "                X\n"
    "\n"
    "Kommentera gärna ert svar:\n"
    "\n"
    "Träffar/Möten: Fysiskt (kontor, hemma hos klient eller annan plats), Digitalt (individuellt, "
    "grupp), Telefon.\n"
    "\n"
    "☒       Verksamheten har fått flera klienter\n"
    "☐       Verksamheten har tillhandahållit ett ökat utbud av stödinsatser till\n"
    "        klienterna\n"
    "☒       Verksamheten har ställt om sina arbetssätt\n"
    "\n"
    "Länsstyrelsen i Västmanlands län 721 86 Västerås\n"
    "\fStatsbidrag avseende år 2021\n"
    "\n"
    "      Underskrift\n";

// kLaidOutPage through `fmt -w 90`: each run of lines of one indentation
// joined and broken again; the page's first line joined after the line
// before it, its form feed inside the line.
const char kRefilledPage[] =
    "Kontaktuppgifter till den kommun som beviljats statsbidraget\n"
    "\n"
    "Kommun Västerås Utdelningsadress Vård och Omsorgsförvaltningen,     Postnummer 721 87\n"
    "Postort Stadshuset                                                              VÄSTERÅS\n"
    "Kontaktperson Susanne Aspling Björkstén      Avdelning/Enhet Personligt\n"
    "\n"
    "                                            Antal kvinnor       Antal män\n"
    "\n"
    "Ange antalet personliga ombud               7                   3\n"
    "\n"
    "                Ombuden har erbjudits utbildning.  X\n"
    "\n"
    "Kommentera gärna ert svar:\n"
    "\n"
    "Träffar/Möten: Fysiskt (kontor, hemma hos klient eller annan plats), Digitalt\n"
    "(individuellt, grupp), Telefon.\n"
    "\n"
    "☒       Verksamheten har fått flera klienter ☐       Verksamheten har tillhandahållit\n"
    "ett ökat utbud av stödinsatser till\n"
    "        klienterna\n"
    "☒       Verksamheten har ställt om sina arbetssätt\n"
    "\n"
    "Länsstyrelsen i Västmanlands län 721 86 Västerås \fStatsbidrag avseende år 2021\n"
    "\n"
    "      Underskrift\n";

}  // namespace

TEST_CASE("refilled layout: fmt's refill of a laid-out page, told by a form feed it joined") {
  const std::string text = kRefilledPage;
  const std::vector<TextLine> lines = Split(text);
  RefilledLayout found;
  REQUIRE(FindRefilledLayout(lines, &found));
  CHECK(found.width == 88);
  // A row's cells and the rows under it joined: not read.
  CHECK(Holds(found.lines, At(lines, "Kommun Västerås")));
  CHECK(Holds(found.lines, At(lines, "Postort Stadshuset")));
  CHECK(Holds(found.lines, At(lines, "Kontaktperson")));
  // A line alone between blank lines is read as it stands.
  for (const char* alone : {"Kontaktuppgifter", "Ange antalet", "      Underskrift"}) {
    CHECK_FALSE(Holds(found.lines, At(lines, alone)));
    CHECK_FALSE(Holds(found.marked, At(lines, alone)));
  }
  CHECK_FALSE(Holds(found.lines, At(lines, "                                            Antal")));
  // Two spaces after a sentence's end: fmt joined the box under the question.
  CHECK(Holds(found.lines, At(lines, "                Ombuden har")));
  // A paragraph of words alone is read with its lines' ends marked: an
  // answer reaching them is not taken.
  CHECK(Holds(found.marked, At(lines, "Träffar")));
  CHECK(Holds(found.marked, At(lines, "(individuellt")));
  CHECK_FALSE(Holds(found.lines, At(lines, "Träffar")));
  // A list's options between the same blank lines: none is read, not even
  // the one fmt left alone ("☒ ... ställt om"), lest the list read short.
  CHECK(Holds(found.lines, At(lines, "☒       Verksamheten har fått")));
  CHECK(Holds(found.marked, At(lines, "        klienterna")));
  CHECK(Holds(found.lines, At(lines, "☒       Verksamheten har ställt")));
  // Both pieces of the line holding the form feed.
  const size_t joined = At(lines, "Länsstyrelsen");
  CHECK(Holds(found.lines, joined));
  CHECK(Holds(found.lines, joined + 1));
  CHECK(lines[joined + 1].text.substr(0, 11) == "Statsbidrag");
}

TEST_CASE("refilled layout: the page as pdftotext laid it out is not told") {
  const std::string text = kLaidOutPage;
  RefilledLayout found;
  CHECK_FALSE(FindRefilledLayout(Split(text), &found));
  CHECK(found.lines.empty());
}

TEST_CASE("refilled layout: the text's last form feed joined to its last line is proof") {
  // A browser's print: its page count ends the page, and fmt joined the
  // last page's form feed to it.
  std::string text = kRefilledPage;
  text.erase(text.find(" \fStatsbidrag"), 2);
  RefilledLayout found;
  CHECK_FALSE(FindRefilledLayout(Split(text), &found));
  text += "file:///C:/Users/redovisning.html                                    5/5 \f\n";
  CHECK(FindRefilledLayout(Split(text), &found));
}

TEST_CASE("refilled layout: a form feed after a word in a text not laid out is not told") {
  // Prose whose page break fell inside a paragraph: no columns, no indentation.
  const std::string text =
      "Verksamheten bedrivs i samverkan med kommunerna i länet. Ombuden arbetar\n"
      "på uppdrag av klienten. \fArbetet följs upp av ledningsgruppen.\n"
      "\n"
      "Ledningsgruppen träffas fyra gånger om året.\n";
  RefilledLayout found;
  CHECK_FALSE(FindRefilledLayout(Split(text), &found));
}

TEST_CASE("refilled layout: its note is read back as a refill's, with the width") {
  const std::string note = RefilledLayoutNote(117, 12, 3);
  int width = 0;
  CHECK(IsRefilledParagraphsNote(note, &width));
  CHECK(width == 117);
  CHECK(note.find("12 lines") != std::string::npos);
}

namespace {

// The form's labels as the extractor gives them (FormLabels): a row's label
// as its length, another's negated; a test's few, spelt out.
int TestLabelAt(std::string_view text) {
  static const char* const kRows[] = {"Totalt antal klienter",
                                      "därav mellan 18 och 29 år",
                                      "därav mellan 30 och 49 år",
                                      "därav 65 år och över",
                                      "Ekonomi",
                                      "Antal nya klienter",
                                      "Antal klienter som har hemmavarande barn"};
  for (const char* row : kRows) {
    std::string_view r(row);
    if (text.substr(0, r.size()) == r) return static_cast<int>(r.size());
  }
  // Another rule's label that a row's label holds: no line starts there.
  std::string_view other("antal klienter");
  return text.substr(0, other.size()) == other ? -static_cast<int>(other.size()) : 0;
}

// A client table laid out by pdftotext -layout (its header a line of its
// own, indented over the counts) ...
const char kLaidOutTable[] =
    "Statsbidrag avseende år 2021\n"
    "\n"
    "                                   Kvinnor   Män\n"
    "Totalt antal klienter              267       181\n"
    "därav mellan 18 och 29 år          55        50\n"
    "därav mellan 30 och 49 år          128       81\n"
    "därav 65 år och över               8         6\n"
    "Ekonomi                            7         8\n"
    "\n"
    "Sida 1 av 2\n"
    "\fSlut\n";

// ... through `fmt -w 60` (GNU fmt counts bytes): the rows joined and
// broken again, the page's form feed joined after a word.
const char kRefilledTable[] =
    "Statsbidrag avseende år 2021\n"
    "\n"
    "                                   Kvinnor   Män\n"
    "Totalt antal klienter              267       181 därav\n"
    "mellan 18 och 29 år          55        50 därav mellan\n"
    "30 och 49 år          128       81 därav 65 år och över\n"
    "8         6 Ekonomi                            7         8\n"
    "\n"
    "Sida 1 av 2 \fSlut\n";

// The line of `text` (laid out) that starts with `head`.
std::string LineOf(const std::string& text, const std::string& head) {
  size_t at = text.find("\n" + head);
  REQUIRE(at != std::string::npos);
  return text.substr(at + 1, text.find('\n', at + 1) - at - 1);
}

// The rows FindRefilledLayout gives back from `lines` (TestLabelAt's
// labels), their texts; `*found` is what it found.
std::vector<std::string> RowsGivenBack(const std::vector<TextLine>& lines, RefilledLayout* found) {
  std::vector<std::string> rows;
  REQUIRE(FindRefilledLayout(lines, TestLabelAt, found));
  for (const RestoredRow& r : found->rows) rows.push_back(r.text);
  return rows;
}

}  // namespace

TEST_CASE("refilled layout: a row whose label and values stood as they were is given back") {
  const std::string text = kRefilledTable;
  const std::vector<TextLine> lines = Split(text);
  RefilledLayout found;
  const std::vector<std::string> rows = RowsGivenBack(lines, &found);
  INFO(rows.size());
  // The header, read as it stood, and the rows under it whose values lie on
  // one line fmt wrote, their cells at their columns: the first line's
  // (its label where the paragraph starts), and a label fmt broke over two
  // lines, read with one space.
  // The header, and the rows under it whose values lie on one line fmt
  // wrote: the first line's (its label where the paragraph starts), a
  // label fmt broke over two lines (read with one space), a label after a
  // row's last value; each as the laid-out page had it.
  const std::string laid_out = kLaidOutTable;
  REQUIRE(rows.size() == 6);
  CHECK(rows[0] == LineOf(laid_out, "      "));
  CHECK(rows[1] == LineOf(laid_out, "Totalt"));
  CHECK(rows[2] == LineOf(laid_out, "därav mellan 18"));
  CHECK(rows[3] == LineOf(laid_out, "därav mellan 30"));
  CHECK(rows[5] == LineOf(laid_out, "Ekonomi"));
  CHECK(found.rows[0].line == At(lines, "      "));
  CHECK(found.rows[1].line == At(lines, "Totalt"));
  CHECK(found.rows[2].line == At(lines, "Totalt"));
  CHECK(found.rows[5].line == At(lines, "8 "));
  // Its values after a break of fmt's, where the spaces were lost, placed
  // by the spaces between them that their line kept: under the header's
  // two cells, as the laid-out page had them.
  CHECK(rows[4] == LineOf(laid_out, "därav 65 år"));
  // Every line a row was given back from stays blank.
  for (const char* head : {"Totalt", "mellan", "30 och", "8 "})
    CHECK(Holds(found.lines, At(lines, head)));
}

namespace {

// A table laid out a few columns off the header above it (a second table
// of its own, its header left out), through `fmt -w 70`: rows broken
// inside their labels, their values on the next line, their spaces there
// lost.
const char kLaidOutOffHeader[] =
    "Statsbidrag avseende år 2021\n"
    "\n"
    "                                   Kvinnor   Män\n"
    "Totalt antal klienter              267       181\n"
    "därav mellan 18 och 29 år          55        50\n"
    "\n"
    "Antal nya klienter                  230               148\n"
    "därav mellan 18 och 29 år           50                42\n"
    "därav mellan 30 och 49 år           114               70\n"
    "därav 65 år och över                                  4\n";

const char kRefilledOffHeader[] =
    "Statsbidrag avseende år 2021\n"
    "\n"
    "                                   Kvinnor   Män\n"
    "Totalt antal klienter              267       181 därav mellan 18\n"
    "och 29 år          55        50\n"
    "\n"
    "Antal nya klienter                  230               148 därav\n"
    "mellan 18 och 29 år           50                42 därav mellan\n"
    "30 och 49 år           114               70 därav 65 år och\n"
    "över                                  4\n"
    "\n"
    "Sida 1 av 2 \fSlut\n";

}  // namespace

TEST_CASE("refilled layout: a table off its header placed by the rows given back above it") {
  const std::string text = kRefilledOffHeader;
  const std::vector<TextLine> lines = Split(text);
  RefilledLayout found;
  const std::vector<std::string> rows = RowsGivenBack(lines, &found);
  const std::string laid_out = kLaidOutOffHeader;
  // The first row of the second table stands as it stood, each value
  // nearest its own header cell (its row fills every cell); the rows
  // under it, their values after a break, by its columns: the spaces
  // between their values are its, not the header's.
  REQUIRE(rows.size() == 6);
  CHECK(rows[2] == LineOf(laid_out, "därav mellan 18"));
  CHECK(rows[3] == LineOf(laid_out, "Antal nya"));
  const std::string second = laid_out.substr(laid_out.find("Antal nya"));
  CHECK(rows[4] == LineOf(second, "därav mellan 18"));
  CHECK(rows[5] == LineOf(laid_out, "därav mellan 30"));
  // One value after a break under two cells: which one it stood under is
  // lost, so the row is not read.
  for (const std::string& r : rows) CHECK(r.find("65 år") == std::string::npos);
}

TEST_CASE("refilled layout: a break between a number's groups parts no two values") {
  // "804 246" in a cell of its own, fmt's break between its groups: two
  // values under the header's two cells if the break were taken for a gap.
  const std::string text =
      "                                   Kvinnor   Män\n"
      "Totalt antal klienter              267       181 Ekonomi                    804\n"
      "246\n"
      "\n"
      "Sida 1 av 2 \fSlut  sida  2\n"
      "   a\n   b\n   c\n   d\n";
  const std::vector<TextLine> lines = Split(text);
  RefilledLayout found;
  const std::vector<std::string> rows = RowsGivenBack(lines, &found);
  CHECK(std::find(rows.begin(), rows.end(), LineOf(kLaidOutTable, "Totalt")) != rows.end());
  for (const std::string& r : rows) CHECK(r.find("Ekonomi") == std::string::npos);
}

namespace {

// A question's label of its own, and one that a pattern reads to the
// text's end ("^Om nej, ange varför:?\s*(.*)$"), as FormLabels answers.
int QuestionLabelAt(std::string_view text) {
  std::string_view question("Ser ni några tendenser till förändring?");
  if (text.substr(0, question.size()) == question) return -static_cast<int>(question.size());
  std::string_view to_end("Om nej, ange varför:");
  if (text.substr(0, to_end.size()) == to_end) return -static_cast<int>(text.size());
  return 0;
}

// Paragraphs of words alone a refill broke, and enough of a laid-out page
// to be told.
const char kRefilledAnswers[] =
    "Ser ni några tendenser till\n"
    "förändring?\n"
    "\n"
    "Fler klienter söker stöd. Behoven är mer\n"
    "komplexa än förra året.\n"
    "\n"
    "Om nej, ange varför: ej aktuellt\n"
    "i år\n"
    "\n"
    "Kommentar om arbetet i\n"
    "gruppen Handledning\n"
    "\n"
    "Bra samarbete med regionen Om nej, ange\n"
    "varför: inget.\n"
    "\n"
    "            Kvinnor   Män\n"
    "            Kvinnor   Män\n"
    "            Kvinnor   Män\n"
    "            Kvinnor   Män\n"
    "            Kvinnor   Män\n"
    "\n"
    "Sida 1 av 2 \fSlut\n";

}  // namespace

TEST_CASE("refilled layout: a question alone and a free answer of its own keep their ends") {
  const std::string text = kRefilledAnswers;
  const std::vector<TextLine> lines = Split(text);
  RefilledLayout found;
  REQUIRE(FindRefilledLayout(lines, QuestionLabelAt, &found));
  // A question refilled alone: its paragraph ends where its line did, the
  // answer below it as it stood; the line fmt broke inside it stays marked.
  CHECK(Holds(found.marked, At(lines, "Ser ni")));
  CHECK_FALSE(Holds(found.marked, At(lines, "förändring?")));
  // An answer of its own: no label where a line may have started, its
  // last word ending a sentence. Read with no mark.
  CHECK_FALSE(Holds(found.marked, At(lines, "Fler klienter")));
  CHECK_FALSE(Holds(found.marked, At(lines, "komplexa")));
  // A label read to the text's end, an answer ending in no sentence (a
  // heading joined after it), a label inside: each line marked.
  for (const char* head : {"Om nej", "i år", "Kommentar", "gruppen", "Bra samarbete", "varför:"})
    CHECK(Holds(found.marked, At(lines, head)));
  for (size_t k : {At(lines, "förändring?"), At(lines, "Fler klienter"), At(lines, "komplexa")})
    CHECK_FALSE(Holds(found.lines, k));
}

namespace {

// The form's section headings as the extractor gives them (FormLabels'
// HeadingAt): a test's two, their lengths.
int TestHeadingAt(std::string_view text) {
  for (std::string_view h :
       {std::string_view("3. Kontakt med verksamheten"), std::string_view("10. Underskrift")})
    if (text.substr(0, h.size()) == h) return static_cast<int>(h.size());
  return 0;
}

// A laid-out page's end and the next page through fmt -w 120: the next
// page's heading joined to the footnote above it and broken after "med";
// the signature's heading joined to the fields under it.
const char kRefilledHeadings[] =
    "Klienter med hemmavarande                                    Kvinnor     Män\n"
    "Antal klienter som har hemmavarande barn under 18 år ²        10          8\n"
    "\n"
    "² Inkluderar även barn till maka/make/reg. partner/sambo.  \f3. Kontakt med\n"
    "verksamheten\n"
    "\n"
    "Kontaktorsak                                                  Kvinnor     Män\n"
    "Ekonomi                                                       16          10\n"
    "\n"
    "10. Underskrift av behörig företrädare för kommunen Datum 2020-01-12 Namnsteckning\n"
    "Namnförtydligande Inga-Lill Nilsson Titel Enhetschef          Tjänsteställe\n"
    "\n"
    "Sida 5 av 5 \f\n";

}  // namespace

TEST_CASE("refilled layout: a section's heading where a line starts for certain is given back") {
  const std::string text = kRefilledHeadings;
  const std::vector<TextLine> lines = Split(text);
  RefilledLayout found;
  REQUIRE(FindRefilledLayout(lines, TestLabelAt, TestHeadingAt, &found));
  std::vector<std::string> rows;
  for (const RestoredRow& r : found.rows) rows.push_back(r.text);
  // The page's first line: its heading, over fmt's break; the signature's,
  // the paragraph's first words, without the fields fmt joined after it.
  REQUIRE(rows.size() == 2);
  CHECK(rows[0] == "3. Kontakt med verksamheten");
  CHECK(found.rows[0].line == At(lines, "3. Kontakt med"));
  CHECK(rows[1] == "10. Underskrift");
  CHECK(found.rows[1].line == At(lines, "10. Underskrift"));
  // The line the heading took whole is left blank, not read as words.
  CHECK(Holds(found.lines, At(lines, "verksamheten")));
  CHECK_FALSE(Holds(found.marked, At(lines, "verksamheten")));
  // The signature's fields stay unread.
  CHECK(Holds(found.lines, At(lines, "Namnförtydligande")));
  // Without the headings: none given back, the lines as before.
  RefilledLayout plain;
  REQUIRE(FindRefilledLayout(lines, TestLabelAt, &plain));
  CHECK(plain.rows.empty());
  CHECK(Holds(plain.marked, At(lines, "verksamheten")));
}

TEST_CASE("refilled layout: a row of one value places no lone value after a break") {
  // fmt's refill of a table whose rows each fill one cell: "Totalt antal
  // klienter" has its value on its line, under "Kvinnor"; the next row's
  // value, after a break, may have stood under either cell. Before, the row
  // above with as many values (one) placed it under "Kvinnor": a wrong value.
  const std::string text =
      "Statsbidrag avseende år 2021\n"
      "\n"
      "                                   Kvinnor   Män\n"
      "Relationsfrågor                    4         2\n"
      "Existentiella frågor               1         3\n"
      "Annan orsak                        2         2\n"
      "\n"
      "                                   Kvinnor   Män\n"
      "Totalt antal klienter              29 därav mellan 18 och 29 år\n"
      "5 Ekonomi                            7         8\n"
      "\n"
      "Sida 1 av 2 \fSlut\n";
  const std::vector<TextLine> lines = Split(text);
  RefilledLayout found;
  const std::vector<std::string> rows = RowsGivenBack(lines, &found);
  for (const std::string& r : rows) CHECK(r.find("därav mellan 18") == std::string::npos);
  CHECK(std::any_of(rows.begin(), rows.end(),
                    [](const std::string& r) { return r.rfind("Totalt antal klienter", 0) == 0; }));
}

TEST_CASE("refilled layout: a word's rest alone above a row is no header to place it under") {
  // `fmt -w 120` of a page whose header "Kvinnor" broke in its narrow cell
  // ("Kvinn" / "or"): the page's form feed joined into the row under it,
  // so the header's line is left unread and the rest "or" is the nearest
  // line above the row. Before, the 91 was placed under "or" and the
  // matcher read it under the table above's header, as the men's: a wrong
  // value.
  const std::string text =
      "Statsbidrag avseende år 2021\n"
      "\n"
      "                                   Kvinnor   Män\n"
      "Totalt antal klienter              267       181\n"
      "\n"
      "Klienter med hemmavarande                    Kvinn   Män\n"
      "                                             or\n"
      "Antal klienter som har hemmavarande barn     91 \fför verksamheten.\n"
      "\n"
      "Slut\n";
  const std::vector<TextLine> lines = Split(text);
  RefilledLayout found;
  const std::vector<std::string> rows = RowsGivenBack(lines, &found);
  for (const std::string& r : rows) CHECK(r.find("hemmavarande barn") == std::string::npos);
  CHECK(Holds(found.lines, At(lines, "Antal klienter som")));
}

}  // namespace refilled_layout_test
