// The walk's column headers (line_structure_headers.cc): a header found by its
// words, in cells, one space apart, stacked a word a line or broken over
// lines; a header over the rows' labels or naming two columns places no value.
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>

#include "base/utf8.h"
#include "match/line_structure.h"
#include "redovis/extractor.h"
#include "redovis/readers.h"
#include "test_support.h"

namespace line_structure_headers_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::FindCode;
using redovis::testing::Form2020;

TEST_CASE("layout text: column words run together in one cell are a header all the same") {
  // 000's mark-centre PDF through pdftotext -layout: "Kvinnor Män" with one
  // space between them, the counts under each word; the table above has its
  // columns elsewhere.
  auto recs = ExtractText(Form2020(
      "2. Klienter\n"
      "                                                                    Kvinnor         Män\n"
      "Antal avslutade klienter                                                     22             "
      " "
      "6\n"
      "\n"
      "Klienter med hemmavarande                                                                   "
      " "
      "Kvinnor Män\n"
      "Antal klienter som, helt eller delvis, har hemmavarande barn under 18 år ² vilka är kända   "
      " "
      "10      8\n"
      "för verksamheten.\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("clients.ended.women").ToDisplay() == "22");
  CHECK(recs[0].Get("clients.with_children.women").ToDisplay() == "10");
  CHECK(recs[0].Get("clients.with_children.men").ToDisplay() == "8");
}

TEST_CASE("layout text: a column word broken over two lines in a stacked header is read whole") {
  // pdftotext -layout of the 2023 form: the header's cells one per line,
  // "Kvinnor" broken in its narrow cell, then each row's label and its
  // values, one per line, in the columns' order.
  std::string body =
      "2. Klienter\n"
      "                                        Kvinn\n"
      "                                        or\n"
      "                                        Män\n"
      "\n"
      "      Totalt antal klienter\n"
      "      40\n"
      "      22\n";
  auto recs = ExtractText(Form2020(body));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("clients.total.women").as_int() == 40);
  CHECK(recs[0].Get("clients.total.men").as_int() == 22);

  // Broken into two words that are no column word together: no header, and
  // nothing read under it.
  std::string other = body;
  other.replace(other.find("or\n"), 2, "xy");
  auto none = ExtractText(Form2020(other));
  REQUIRE(none.size() == 1);
  CHECK(none[0].Get("clients.total.women").is_null());
}

TEST_CASE("layout text: a stacked column word's note in brackets is part of its column") {
  // The 2023 queue: "Ja" and "Nej" each over the form's note in brackets, in
  // their own cells; the counts of municipalities with and without a queue
  // on the rows under the question.
  std::string text =
      "REDOVISNING\nStatsbidrag avseende år 2023\n"
      "Kontaktuppgifter till den kommun som beviljats statsbidraget\nKommun: Lindesberg\n"
      "4. Tillgång till personligt ombud\n"
      "                                           Ja\n"
      "                                           (Om fler kommuner ingår i verksamheten PO,\n"
      "                                           ange antal kommuner med kö/väntetider)\n"
      "                                           Nej\n"
      "                                           (Om fler kommuner ingår i verksamheten PO,\n"
      "                                           ange antal kommuner utan kö/väntetider)\n"
      "\n"
      "        Har ni haft kö eller väntetid för personer (uppdragsgivare) som söker kontakt\n"
      "        med kommunens verksamhet för personliga ombud under 2023?\n"
      "        2\n"
      "        1\n"
      "\n8. Övrigt\n";
  auto recs = ExtractText(text);
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].edition == "po-2023");
  CHECK(recs[0].Get("access.queue_municipalities_with").ToDisplay() == "2");
  CHECK(recs[0].Get("access.queue_municipalities_without").ToDisplay() == "1");
  CHECK(recs[0].Get("access.queue").ToDisplay() == "partly");
}

TEST_CASE("a text whose margin was stripped: a header over the rows' labels places no value") {
  // `pdftotext -layout` with each line's leading spaces taken off: the
  // header moved left over the label, its columns no longer the values'.
  auto recs = ExtractText(
      Form2020(std::string(redovis::testing::kStrippedRows) +
               "1. Personliga ombud\n"
               "Antal kvinnor              Antal män\n"
               "Ange antalet personliga ombud                              7                 3\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("ombud.men").is_null());
  CHECK(recs[0].Get("ombud.women").is_null());
  CHECK(FindCode(recs[0], "ambiguous_column") != nullptr);
}

TEST_CASE("a text whose margin was stripped: a header broken over lines places no value") {
  // A mail's re-wrap broke the header line "Ja  Nej  Om ja, ..." before
  // "Nej": its words stand on lines of their own at column 0, read as a
  // header of stacked words, whose order is no longer its columns'.
  auto recs =
      ExtractText(Form2020(std::string(redovis::testing::kStrippedRows) +
                           "5. Organisation, ledning och samverkan\n"
                           "Ange vilka organisationer som ingår i ledningsgruppen\n"
                           "Ja\n"
                           "Nej\n"
                           "Brukarorganisationer                  ☒          ☐           RSMH\n"
                           "Anhörigorganisationer                 ☒          ☐           ISF\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("steering_group.user_org").is_null());
  CHECK(recs[0].Get("steering_group.relatives_org").is_null());
  CHECK(FindCode(recs[0], "ambiguous_column") != nullptr);
}

TEST_CASE("laid-out text: a header cell naming two columns, a count in digit groups over two") {
  // w3m's dump of pandoc's HTML: "Ja" and "Delvis" one space apart are one
  // cell; the box under it is not Ja's.
  auto recs = ExtractText(Form2020(
      "4. Tillgång till personligt ombud\n\n"
      "                                                          Ja Delvis (t.ex. om det är  "
      "Nej Kommentar\n"
      "Har ni under 2021 haft kö eller väntetid för personer     ☐  ☒                        ☐\n"
      "(uppdragsgivare) som söker kontakt med personliga ombud?\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("access.queue").is_null());
  // The header's second line and the row both start a cell at "Delvis":
  // the two lines under it prove the column (text_cells' SplitAtColumnsBelow).
  recs = ExtractText(Form2020(
      "4. Tillgång till personligt ombud\n\n"
      "                                                          Ja Delvis (t.ex. om det är  "
      "Nej Kommentar\n"
      "                                                             kö i 3 av 12 kommuner)\n"
      "Har ni under 2021 haft kö eller väntetid för personer     ☐  ☒                        ☐\n"
      "(uppdragsgivare) som söker kontakt med personliga ombud?\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("access.queue").ToDisplay() == "partly");
  // w3m sets each table's columns one space apart: "230 148" over "50 42"
  // is two counts as much as one, and the header above is another table's.
  recs =
      ExtractText(Form2020("2. Klienter\n\n"
                           "                           Kvinnor   Män\n"
                           "Totalt antal klienter      267       181\n\n"
                           "Antal nya klienter         230 148\n"
                           "därav mellan 18 och 29 år  50  42\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("clients.total.women").as_int() == 267);
  CHECK(recs[0].Get("clients.new.women").is_null());
  CHECK(recs[0].Get("clients.new.men").is_null());
  const Finding* f = FindCode(recs[0], "ambiguous_column");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("230 148") != std::string::npos);
}

TEST_CASE("a line opening with column words run together ends a free-text answer") {
  // LibreOffice's text export (one cell a line) refilled by `fmt`: the next
  // table's header ("Ja" / "Nej") and its first row's label were joined into
  // one line after the answer and its blank lines.
  auto recs = ExtractText(
      Form2020("4. Tillgång till personligt ombud\n"
               "Om ja, uppskatta hur lång väntetiden är eller har varit i er kommun under\n"
               "2020. 3-4 månader\n\n\n"
               "Ja Nej Har ni bedömningsriktlinjer eller prioriteringsordning\n"
               "(vid kö till PO) för tillgång till personligt ombud.\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("access.waiting_time").ToDisplay() == "3-4 månader");
  // An answer's own words that open with one column word go on.
  recs = ExtractText(
      Form2020("4. Tillgång till personligt ombud\n"
               "Om ja, uppskatta hur lång väntetiden är eller har varit i er kommun under\n"
               "2020. Cirka en månad.\n"
               "Ja det varierar under året.\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("access.waiting_time").ToDisplay().find("varierar") != std::string::npos);
}

TEST_CASE("a stacked header whose column words a refill joined places no stacked value") {
  // `fmt -w 25` of a one-cell-a-line table: "Ja" / "Nej" / "Om ja, ange
  // vilken/vilka:" refilled as "Ja Nej Om" / "ja, ange" / "vilken/vilka:",
  // each row's three values (an empty Word field's spaces a line) under its
  // label: the X is Nej's, but the header's lines no longer tell it.
  const std::string field = "\t\u2002\u2002\u2002\u2002\u2002\n";
  auto table = [&](const std::string& header) {
    return "5. Organisation, ledning och samverkan\n"
           "Ange vilka organisationer som ingår i ledningsgruppen\n\n" +
           header + "\n\tPatientorganisationer\n" + field + "\tX\n" + field + "\n";
  };
  auto joined = ExtractText(Form2020(table("\tJa Nej Om\n\tja, ange\n\tvilken/vilka:\n")));
  REQUIRE(joined.size() == 1);
  CHECK(!joined[0].Has("steering_group.patient_org"));
  CHECK(FindCode(joined[0], "ambiguous_column"));
  // The same table with its header a word a line is read.
  auto stacked = ExtractText(Form2020(table("\tJa\n\tNej\n\tOm ja, ange vilken/vilka:\n")));
  REQUIRE(stacked.size() == 1);
  CHECK(stacked[0].Get("steering_group.patient_org").ToDisplay() == "false");
}

TEST_CASE("a stacked header whose first column word has no tab before it (catdoc) is read") {
  // catdoc's dump of the 2023 form's .doc: the header row's empty first cell
  // leaves no tab before "Kvinnor", the next word has its tab; each row's
  // label and its counts (Word text fields) one cell a line after a tab. The
  // first table's tabs stand before no space: the tabs are cells.
  auto recs =
      ExtractText(Form2020("1. Personliga ombud\n"
                           "\tAntal kvinnor\tAntal män\n"
                           "Ange antalet personliga ombud\t1\t1\n\n"
                           "2. Klienter\n"
                           "Ange antal klienter som fått stöd av personligt ombud.\t  \n\n\n"
                           "Kvinnor\n"
                           "\tMän\n\n"
                           "\tTotalt antal klienter \n"
                           "\t  FORMTEXT  40 \n"
                           "\t  FORMTEXT  22 \n\n"
                           "\tdärav mellan 18 och 29 år\n"
                           "\t  FORMTEXT  10 \n"
                           "\t  FORMTEXT  6 \n\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("ombud.women").ToDisplay() == "1.0");
  CHECK(recs[0].Get("clients.total.women").ToDisplay() == "40");
  CHECK(recs[0].Get("clients.total.men").ToDisplay() == "22");
  CHECK(recs[0].Get("clients.total.age_18_29.women").ToDisplay() == "10");
  CHECK(recs[0].Get("clients.total.age_18_29.men").ToDisplay() == "6");
}

namespace {

// `body` in the 2020 form's frame made a PDF's lines (format "pdf", page
// 1), each text line one cell where its words stand (its indent its x0) a
// step of 14.5 points below the one before, its foot kept (Line::foot); a
// blank line an empty step, no line, as a PDF has none. `placed` false: no
// line keeps its foot.
Document PlacedLines(const std::string& body, bool placed = true) {
  Document doc;
  doc.format = "pdf";
  doc.page_count = 1;
  std::istringstream in(Form2020(body));
  std::string text;
  for (int number = 1; std::getline(in, text); ++number) {
    size_t indent = text.find_first_not_of(' ');
    if (indent == std::string::npos) continue;
    Line& l = doc.lines.emplace_back();
    l.page = 1;
    l.number = number;
    l.foot = placed ? 60.0f + 14.5f * static_cast<float>(number) : -1.0f;
    Cell& c = l.cells.emplace_back();
    c.text = text.substr(indent);
    c.x0 = static_cast<double>(indent);
    c.x1 = c.x0 + static_cast<double>(CodePointCount(c.text));
  }
  return doc;
}

std::vector<Record> ExtractPlaced(const std::string& body, bool placed = true) {
  Extractor ex(redovis::testing::ProjectPatterns());
  return ex.ExtractDocument(PlacedLines(body, placed), Source());
}

// LibreOffice's 2023 form with its table borders removed, printed to PDF:
// each cell a paragraph under the one before, the header's "Ja" over "Nej",
// each row's label, its mark in the row of its column (an empty cell a line
// of no text: the Nej row's mark two steps below the label).
const std::string kPlacedProviders =
    "5. Organisation, ledning och samverkan\n"
    "Ange vem som är utförare av verksamheten med personligt ombud i er kommun\n"
    "                                        Ja\n"
    "                                        Nej\n"
    "                                        Kommun\n"
    "                                        X\n"
    "\n"
    "                                        Förening\n"
    "\n"
    "                                        X\n"
    "                                        Aktiebolag\n"
    "\n"
    "                                        X\n";

}  // namespace

TEST_CASE("lines with vertical places: a stacked table's lone mark is in the row its gap shows") {
  auto recs = ExtractPlaced(kPlacedProviders);
  REQUIRE(recs.size() == 1);
  // One step below its label (the header's step, Ja to Nej): Ja.
  CHECK(recs[0].Get("provider.municipality").ToDisplay() == "true");
  // Two steps below: the Nej row, an empty Ja cell's line above it.
  CHECK(recs[0].Get("provider.association").ToDisplay() == "false");
  CHECK(recs[0].Get("provider.company").ToDisplay() == "false");
  CHECK(FindCode(recs[0], "ambiguous_column") == nullptr);

  // Without places the gaps are not seen: which column cannot be told.
  auto unplaced = ExtractPlaced(kPlacedProviders, false);
  REQUIRE(unplaced.size() == 1);
  CHECK(unplaced[0].Get("provider.municipality").is_null());
  CHECK(unplaced[0].Get("provider.association").is_null());
  CHECK(FindCode(unplaced[0], "ambiguous_column") != nullptr);

  // Three steps below a label of a table of two columns: past its last
  // row, no column proven.
  std::string past = kPlacedProviders;
  past.replace(past.find("Aktiebolag\n\n"), 12, "Aktiebolag\n\n\n");
  auto far = ExtractPlaced(past);
  REQUIRE(far.size() == 1);
  CHECK(far[0].Get("provider.company").is_null());
  CHECK(far[0].Get("provider.association").ToDisplay() == "false");
}

TEST_CASE("lines with vertical places: a gap that is no whole number of steps proves no row") {
  // The header's step 14.5 points; Förening's mark 22 points below it (a
  // step and a half): neither Ja nor Nej proven.
  Document doc = PlacedLines(kPlacedProviders);
  float shift = 0;
  for (size_t i = 1; i < doc.lines.size(); ++i) {
    if (doc.lines[i - 1].Text() == "Förening") shift = 22.0f - 2 * 14.5f;
    doc.lines[i].foot += shift;
  }
  Extractor ex(redovis::testing::ProjectPatterns());
  auto recs = ex.ExtractDocument(std::move(doc), Source());
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("provider.municipality").ToDisplay() == "true");
  CHECK(recs[0].Get("provider.association").is_null());
  CHECK(FindCode(recs[0], "ambiguous_column") != nullptr);
}

TEST_CASE("lines with vertical places: a column's words a line each in its cell are one header") {
  // The 2023 form's personal representatives without borders: "Antal" /
  // "kvinnor" / "Antal" / "män", a column's cell two lines, so each row's
  // counts stand two lines (a step of 29 points) apart.
  const std::string body =
      "1. Personliga ombud\n"
      "                              Antal\n"
      "                              kvinnor\n"
      "                              Antal\n"
      "                              män\n"
      "\n"
      "Ange antalet personliga ombud\n"
      "\n"
      "                              2\n"
      "\n"
      "                              1\n";
  auto recs = ExtractPlaced(body);
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("ombud.women").ToDisplay() == "2.0");
  CHECK(recs[0].Get("ombud.men").ToDisplay() == "1.0");
  // Words that together name no column: no header, no count read.
  std::string other = body;
  other.replace(other.find("kvinnor"), 7, "personer");
  other.replace(other.find("män"), 4, "barn");
  auto none = ExtractPlaced(other);
  REQUIRE(none.size() == 1);
  CHECK(none[0].Get("ombud.women").is_null());
  CHECK(none[0].Get("ombud.men").is_null());
}

TEST_CASE(
    "layout text: column words one space apart alone on a line are a header by their starts") {
  // html2text of a Word report: "Kvinnor Män" one cell, the first table's
  // counts where its words start (or its label cut one space before one),
  // the next tables, a blank line lower, laid out at their own widths ("9
  // 4", "22 6"), one count a column in order.
  auto recs =
      ExtractText(Form2020("1. Personliga ombud\n"
                           "                              Antal kvinnor Antal män\n"
                           "Ange antalet personliga ombud 1             2\n"
                           "\n"
                           "2. Klienter\n"
                           "                          Kvinnor Män\n"
                           "Totalt antal klienter     29      5\n"
                           "därav 65 år och över\n"
                           "\n"
                           "\n"
                           "Antal nya klienter        9 4\n"
                           "därav 65 år och över\n"
                           "\n"
                           "\n"
                           "Antal avslutade klienter  22 6\n"
                           "därav mellan 18 och 29 år 7  3\n"
                           "därav 65 år och över  1 234\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("ombud.women").ToDisplay() == "1.0");
  CHECK(r.Get("ombud.men").ToDisplay() == "2.0");
  CHECK(r.Get("clients.total.women").ToDisplay() == "29");
  CHECK(r.Get("clients.total.men").ToDisplay() == "5");
  CHECK(r.Get("clients.new.women").ToDisplay() == "9");
  CHECK(r.Get("clients.new.men").ToDisplay() == "4");
  CHECK(r.Get("clients.ended.women").ToDisplay() == "22");
  CHECK(r.Get("clients.ended.men").ToDisplay() == "6");
  // "7" where "Kvinnor" starts and "3" under no header word's start but
  // where "6" of the row above starts (its table laid out at its own
  // widths): one count a column, in order. "1 234" may be one number's
  // groups: null, and a finding naming the keys.
  CHECK(r.Get("clients.ended.age_18_29.women").ToDisplay() == "7");
  CHECK(r.Get("clients.ended.age_18_29.men").ToDisplay() == "3");
  CHECK(r.Get("clients.ended.age_65_plus.women").is_null());
  CHECK(r.Get("clients.ended.age_65_plus.men").is_null());
  auto named = [&r](const std::string& key) {
    return testing::FindCodeFor(r, "ambiguous_column", key) != nullptr;
  };
  CHECK(named("clients.ended.age_65_plus.men"));
}

namespace {

// `s` padded with spaces to character column `col`, then `then`.
std::string PadTo(const std::string& s, size_t col, const std::string& then) {
  return s + std::string(col - CodePointCount(s), ' ') + then;
}

}  // namespace

TEST_CASE("layout text: a header's last column named by the cell's rest, a note in brackets") {
  // html2text of a Word report: "Ja Nej Om ja, ange vilken/vilka:" one
  // cell, each word where its column starts; the names column named by its
  // whole wording. The queue's "Delvis (t.ex. ... 12" note is its column's.
  const std::string e = "\u2070";
  const std::string queue =
      "Har ni under 2020 haft kö eller väntetid för personer (uppdragsgivare) som";
  auto recs = ExtractText(Form2020(
      "4. Tillgång till personligt ombud\n" +
      PadTo("", 77, "Ja Delvis (t.ex. om det är kö i 3 av 12 Nej\n") +
      PadTo("", 80, "kommuner)\n") + PadTo(PadTo(PadTo(queue, 77, "*"), 80, e), 119, e + "\n") +
      "söker kontakt med personliga ombud?\n"
      "\n"
      "5. Organisation, ledning och samverkan\n"
      "Ange vilka organisationer som ingår i ledningsgruppen\n" +
      PadTo("", 22, "Ja Nej Om ja, ange vilken/vilka:\n") + "Patientorganisationer " + e + "  *\n" +
      "Brukarorganisationer  *  " + e + "   RSMH\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("access.queue").ToDisplay() == "yes");
  CHECK(r.Get("steering_group.patient_org").ToDisplay() == "false");
  CHECK(r.Get("steering_group.user_org").ToDisplay() == "true");
  CHECK(r.Get("steering_group.user_org_names").ToDisplay() == "RSMH");
}

TEST_CASE("layout text: a names cell run into a comment column's is neither's") {
  // The header's last word names the comment column (ignored): a name
  // reaching under it ran together with the comment beside it.
  const std::string e = "\u2070";
  auto recs = ExtractText(
      Form2020("5. Organisation, ledning och samverkan\n"
               "Ange vilka organisationer som ingår i ledningsgruppen\n" +
               PadTo("", 22, "Ja Nej Om ja, ange vilken/vilka: Kommentar\n") +
               "Brukarorganisationer  *  " + e + "   RSMH\n" + "Annan organisation    *  " + e +
               "   Samordningsförbundet Östra Södertörn Se bilaga\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("steering_group.user_org_names").ToDisplay() == "RSMH");
  CHECK(r.Get("steering_group.other_org_names").is_null());
  CHECK(testing::FindCodeFor(r, "ambiguous_column", "steering_group.other_org_names") != nullptr);
}

/// The form's footnote under the table, the text's widest line (the row's
/// label, shorter, is then no line a wrap filled, and its count below is no
/// part of it).
const std::string kFootnote =
    "² Inkluderar även barn till maka/make/reg. partner/sambo som är hemmavarande hos klienten, "
    "i hela landet.\n";

TEST_CASE("typed text: a column word its cell broke, the next column's word between its pieces") {
  // pdftohtml's page through w3m: the boxes by their tops, "Kvinn" and "Män"
  // (the cells' first lines), then "or"; or "Män or" where the reader joined
  // them. Then a row's counts a line each under its label. (A row of the
  // table above with its columns a run of spaces apart: a text with layout.)
  auto read = [](const std::string& head) {
    auto recs = ExtractText(
        Form2020("2. Klienter\n                        Kvinnor     Män\n"
                 "Totalt antal klienter     49          32\nKlienter med hemmavarande\n" +
                 head +
                 "Antal klienter som, helt eller delvis, har hemmavarande barn under 18 år ² "
                 "vilka är\n10\n8\nkända för verksamheten.\n" +
                 kFootnote + "3. Kontakt med verksamheten\n"));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  for (const std::string head : {"Kvinn\nMän\nor\n", "Kvinn\nMän or\n"}) {
    CAPTURE(head);
    Record r = read(head);
    CHECK(r.Get("clients.with_children.women").ToDisplay() == "10");
    CHECK(r.Get("clients.with_children.men").ToDisplay() == "8");
  }
  // Pieces that make no column word, the same column between, or no column
  // word between: no header so.
  for (const std::string head : {"Kvinn\nMän\nar\n", "Kvin\nKvinnor\nnor\n", "Kvinn\nmed\nor\n"}) {
    CAPTURE(head);
    Record r = read(head);
    CHECK(r.Get("clients.with_children.women").is_null());
    CHECK(r.Get("clients.with_children.men").is_null());
  }
  // The row's first count joined to its label's line by the reader (the
  // label's line the text's widest, so taken for a wrap: "... vilka är" /
  // "10" read "... vilka är 10", then "8"): the count below it is not the
  // first column's. (Read as Kvinnor's before, a wrong value.)
  auto recs = ExtractText(
      Form2020("2. Klienter\n                        Kvinnor     Män\n"
               "Totalt antal klienter     49          32\nKlienter med hemmavarande\nKvinnor\nMän\n"
               "Antal klienter som, helt eller delvis, har hemmavarande barn under 18 år ² "
               "vilka är\n10\n8\nkända för verksamheten.\n3. Kontakt med verksamheten\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("clients.with_children.women").is_null());
  CHECK(recs[0].Get("clients.with_children.men").is_null());
  CHECK(FindCode(recs[0], "ambiguous_column") != nullptr);
}

TEST_CASE("layout text: one column's word alone over a row is that row's header") {
  // make_retyped_samples' small tables: a row whose women's cell is blank
  // written under a header of its own, "Män" alone, at the place where the
  // first header had "Kvinnor"; the count under it is the men's.
  auto recs =
      ExtractText(Form2020("2. Klienter\n"
                           "                                              Kvinnor      Män\n"
                           "Totalt antal klienter                              62      131\n"
                           "därav mellan 18 och 29 år                           2       10\n"
                           "                                                  Män\n"
                           "därav mellan 30 och 49 år                          53\n"
                           "därav mellan 50 och 64 år                          60\n"
                           "                                              Kvinnor      Män\n"
                           "därav 65 år och över                               60        8\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("clients.total.age_18_29.men").as_int() == 10);
  CHECK(recs[0].Get("clients.total.age_30_49.men").as_int() == 53);
  CHECK(recs[0].Get("clients.total.age_30_49.women").is_null());
  CHECK(recs[0].Get("clients.total.age_50_64.men").as_int() == 60);
  CHECK(recs[0].Get("clients.total.age_50_64.women").is_null());
  CHECK(recs[0].Get("clients.total.age_65_plus.women").as_int() == 60);
  CHECK(recs[0].Get("clients.total.age_65_plus.men").as_int() == 8);
}

TEST_CASE("layout text: a column's word alone is no header where no row's count stands under it") {
  // The word over a row of two counts, and over a count standing elsewhere:
  // the first header stays in force.
  auto recs =
      ExtractText(Form2020("2. Klienter\n"
                           "                                              Kvinnor      Män\n"
                           "Totalt antal klienter                              62      131\n"
                           "                                                  Män\n"
                           "därav mellan 18 och 29 år                           2       10\n"
                           "                                                  Män\n"
                           "därav mellan 30 och 49 år                                   53\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("clients.total.age_18_29.women").as_int() == 2);
  CHECK(recs[0].Get("clients.total.age_18_29.men").as_int() == 10);
  CHECK(recs[0].Get("clients.total.age_30_49.men").as_int() == 53);
  CHECK(recs[0].Get("clients.total.age_30_49.women").is_null());
}

TEST_CASE("layout text: one column's word alone after another's: each over its own rows") {
  // The retyped table's rows under "Män" alone, then under "Kvinnor" alone.
  auto recs =
      ExtractText(Form2020("3. Kontakt med verksamheten\n"
                           "                                              Kvinnor      Män\n"
                           "Bostad                                              8        1\n"
                           "                                                  Män\n"
                           "Sysselsättning                                      3\n"
                           "                                              Kvinnor\n"
                           "Bryta isolering                                     8\n"
                           "Relationsfrågor                                     4\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact_reasons.occupation.men").as_int() == 3);
  CHECK(recs[0].Get("contact_reasons.isolation.women").as_int() == 8);
  CHECK(recs[0].Get("contact_reasons.isolation.men").is_null());
  CHECK(recs[0].Get("contact_reasons.relationships.women").as_int() == 4);
}

TEST_CASE("layout text: a column's word alone over a long label and its count under it") {
  // The retyped table's last row: its label runs past the columns, its
  // count on the line under it, under "Män" alone; "Kvinnor" alone was in
  // force above it.
  auto recs = ExtractText(Form2020(
      "2. Klienter\n"
      "                                              Kvinnor      Män\n"
      "Totalt antal klienter                              62      131\n"
      "                                              Kvinnor\n"
      "därav 65 år och över                               60\n"
      "                                                  Män\n"
      "Antal klienter som, helt eller delvis, har hemmavarande barn under 18 år ² vilka är "
      "kända för verksamheten.\n"
      "                                                    4\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("clients.total.age_65_plus.women").as_int() == 60);
  CHECK(recs[0].Get("clients.with_children.women").is_null());
  CHECK(recs[0].Get("clients.with_children.men").as_int() == 4);
}

TEST_CASE("layout text: a new table's header word left unread ends the header above") {
  // `-layout` cut at 100 columns: the children's table's header, "Kvinn" /
  // "or" in its narrow cell, cut to "Kvin" and joined as "Kvinor"; its "Män"
  // past the cut. The clients' table above had "Män" where this table has
  // "Kvinnor": its header no longer heads the row (it read the women's 2 as
  // the men's).
  auto recs = ExtractText(Form2020(
      "2. Klienter\n"
      "                                                                                 Kvinnor  "
      "    Män\n"
      "Totalt antal klienter                                                                 29  "
      "      5\n"
      "\n"
      "Klienter med hemmavarande                                                              "
      "Kvin\n"
      "                                                                                       or\n"
      "Antal klienter som, helt eller delvis, har hemmavarande barn under 18 år ² vilka är kända "
      "      2\n"
      "för verksamheten.\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("clients.total.men").as_int() == 5);
  CHECK(recs[0].Get("clients.with_children.men").is_null());
  CHECK(recs[0].Get("clients.with_children.women").is_null());
}

TEST_CASE("layout text: a column's word alone over a table's only row, no header before it") {
  // make_retyped_samples' ombud table, its women's cell blank: "Män" alone
  // over the row, no header of the table before it. The count under the
  // word is the men's; the women's cell is blank, not unreadable.
  const std::string men = "                                                  Män\n";
  auto recs = ExtractText(Form2020("1. Personliga ombud\n" + men +
                                   "Ange antalet personliga ombud                       0\n"
                                   "Utbildning\n"));
  REQUIRE(recs.size() == 1);
  REQUIRE_FALSE(recs[0].Get("ombud.men").is_null());
  CHECK(recs[0].Get("ombud.men").as_number() == 0);
  CHECK(recs[0].Get("ombud.women").is_null());
  CHECK(testing::FindCodeFor(recs[0], "value_unreadable", "ombud.women") == nullptr);
  SUBCASE("a count standing elsewhere than under the word: no header") {
    auto off = ExtractText(Form2020("1. Personliga ombud\n" + men +
                                    "Ange antalet personliga ombud                                 "
                                    "    2\nUtbildning\n"));
    REQUIRE(off.size() == 1);
    CHECK(off[0].Get("ombud.men").is_null());
  }
  SUBCASE("a word no column of the row under it: no header") {
    auto other =
        ExtractText(Form2020("1. Personliga ombud\n"
                             "                                                  Nej\n"
                             "Ange antalet personliga ombud                       2\n"
                             "Utbildning\n"));
    REQUIRE(other.size() == 1);
    CHECK(other[0].Get("ombud.men").is_null());
    CHECK(other[0].Get("ombud.women").is_null());
  }
}

TEST_CASE("a table with a year's columns beside another year's reads the report's year's") {
  // The 2020 report's clients table, the previous year's columns first.
  auto read = [](const std::string& header) {
    auto recs =
        ExtractText(Form2020("2. Klienter\n" + header + "\nTotalt antal klienter\t33\t8\t29\t5\n"));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  Record r = read("\tKvinnor 2019\tMän 2019\tKvinnor 2020\tMän 2020");
  CHECK(r.Get("clients.total.women").ToDisplay() == "29");
  CHECK(r.Get("clients.total.men").ToDisplay() == "5");
  r = read("\tKvinnor (2020)\tMän (2020)\tKvinnor (2019)\tMän (2019)");
  CHECK(r.Get("clients.total.women").ToDisplay() == "33");
  CHECK(r.Get("clients.total.men").ToDisplay() == "8");
  // Neither year the report's: no column is the year's, nothing is read.
  r = read("\tKvinnor 2018\tMän 2018\tKvinnor 2019\tMän 2019");
  CHECK(r.Get("clients.total.women").is_null());
  CHECK(r.Get("clients.total.men").is_null());
}

}  // namespace line_structure_headers_test
