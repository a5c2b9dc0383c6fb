// The walk's tables (match_run_tables.cc): each number or mark taken from
// the column it stands in (the headers: line_structure_headers_test.cc; cells
// run together with another label: match_run_tables_label_inside_test.cc;
// rows and headers a cut line left: match_run_tables_cut_test.cc; values
// stacked under their labels: match_run_tables_stacked_test.cc; a cell's wrap
// below it: match_run_columns_test.cc).
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>

#include "match/match_run.h"
#include "redovis/extractor.h"
#include "redovis/readers.h"
#include "test_support.h"

namespace match_run_tables_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::FindCode;
using redovis::testing::Form2020;

TEST_CASE("a row of numbers takes each from the column its header names") {
  auto recs =
      ExtractText(Form2020("2. Klienter\n\tKvinnor\tMän\nTotalt antal klienter\t267\t181\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("clients.total.women").ToDisplay() == "267");
  CHECK(recs[0].Get("clients.total.men").ToDisplay() == "181");

  // The same numbers under a header in the other order go the other way.
  auto swapped =
      ExtractText(Form2020("2. Klienter\n\tMän\tKvinnor\nTotalt antal klienter\t267\t181\n"));
  REQUIRE(swapped.size() == 1);
  CHECK(swapped[0].Get("clients.total.women").ToDisplay() == "181");
  CHECK(swapped[0].Get("clients.total.men").ToDisplay() == "267");
}

TEST_CASE("a mark under Ja or Nej answers the row's question") {
  auto yes =
      ExtractText(Form2020("Utbildning\n\tJa\tNej\nOmbuden har erbjudits utbildning.\tX\t\n"));
  REQUIRE(yes.size() == 1);
  CHECK(yes[0].Get("training.offered").ToDisplay() == "true");

  auto no =
      ExtractText(Form2020("Utbildning\n\tJa\tNej\nOmbuden har erbjudits utbildning.\t\tX\n"));
  REQUIRE(no.size() == 1);
  CHECK(no[0].Get("training.offered").ToDisplay() == "false");

  // An x typed in brackets is a ticked box (common.rules' mark); an empty
  // pair of brackets none.
  auto typed =
      ExtractText(Form2020("Utbildning\n\tJa\tNej\nOmbuden har erbjudits utbildning.\t[ ]\t[X]\n"));
  REQUIRE(typed.size() == 1);
  CHECK(typed[0].Get("training.offered").ToDisplay() == "false");
  auto round =
      ExtractText(Form2020("Utbildning\n\tJa\tNej\nOmbuden har erbjudits utbildning.\t(x)\t\n"));
  REQUIRE(round.size() == 1);
  CHECK(round[0].Get("training.offered").ToDisplay() == "true");
}

TEST_CASE("tabbed text: a header whose leading tab was stripped stands over the row's values") {
  // "Kvinnor\tMän" over "label\t267\t181": a label stands in no column, so
  // the header's first column is the cell's after the label (by index the
  // 267 went to Män); so for a mark under "Ja\tNej" (by index X went to Nej).
  auto counts =
      ExtractText(Form2020("2. Klienter\nKvinnor\tMän\nTotalt antal klienter\t267\t181\n"));
  REQUIRE(counts.size() == 1);
  CHECK(counts[0].Get("clients.total.women").ToDisplay() == "267");
  CHECK(counts[0].Get("clients.total.men").ToDisplay() == "181");
  CHECK(FindCode(counts[0], "ambiguous_column") == nullptr);

  auto yes = ExtractText(Form2020("Utbildning\nJa\tNej\nOmbuden har erbjudits utbildning.\tX\t\n"));
  REQUIRE(yes.size() == 1);
  CHECK(yes[0].Get("training.offered").ToDisplay() == "true");
  auto no = ExtractText(Form2020("Utbildning\nJa\tNej\nOmbuden har erbjudits utbildning.\t\tX\n"));
  REQUIRE(no.size() == 1);
  CHECK(no[0].Get("training.offered").ToDisplay() == "false");
}

TEST_CASE("a bare pipe table whose header lacks the labels' cell reads by the cells' order") {
  auto recs = ExtractText(Form2020(
      "Utbildning\n| Ja | Nej |\n| Ombuden har erbjudits utbildning. | X |  |\n\n2. Klienter\n"
      "| Kvinnor | Män |\n\n| Totalt antal klienter | 267 | 181 |\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("training.offered").ToDisplay() == "true");
  CHECK(recs[0].Get("clients.total.women").ToDisplay() == "267");
  CHECK(recs[0].Get("clients.total.men").ToDisplay() == "181");
}

TEST_CASE("tabbed text: a row with more values than its header has columns is undecided") {
  // A count set in before the header's columns, or after them, with no
  // header word of its own: which counts are Kvinnor and Män is not told.
  for (const char* row :
       {"Totalt antal klienter\t7\t267\t181\n", "Totalt antal klienter\t267\t181\t448\n"}) {
    CAPTURE(row);
    auto recs = ExtractText(Form2020(std::string("2. Klienter\n\tKvinnor\tMän\n") + row));
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].Get("clients.total.women").is_null());
    CHECK(recs[0].Get("clients.total.men").is_null());
    const Finding* f = FindCode(recs[0], "ambiguous_column");
    REQUIRE(f != nullptr);
    CHECK(f->message.find("'267'") != std::string::npos);
  }
  // Words past the header (a comment typed after the counts) are no value.
  auto comment = ExtractText(
      Form2020("2. Klienter\n\tKvinnor\tMän\nTotalt antal klienter\t267\t181\tse bilaga\n"));
  REQUIRE(comment.size() == 1);
  CHECK(comment[0].Get("clients.total.women").ToDisplay() == "267");
  CHECK(comment[0].Get("clients.total.men").ToDisplay() == "181");
}

TEST_CASE("a sum column a municipality added ('Totalt', 'Tot.', 'Summa') is known and never read") {
  for (const char* word : {"Totalt", "Tot.", "Summa", "Totalt antal", "Sammanlagt"}) {
    CAPTURE(word);
    auto recs = ExtractText(Form2020(std::string("2. Klienter\n\tKvinnor\tMän\t") + word +
                                     "\nTotalt antal klienter\t267\t181\t448\n"));
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].Get("clients.total.women").ToDisplay() == "267");
    CHECK(recs[0].Get("clients.total.men").ToDisplay() == "181");
  }
}

TEST_CASE("a value with another question's label glued on after a comma is no value") {
  // A script's CSV read as prose: "Vård och Omsorg, Stadshuset,Postnummer
  // 721 87,Postort Västerås" is the address run into the next cells.
  auto recs = ExtractText(Form2020(
      "Utdelningsadress Vård och Omsorg, Stadshuset,Postnummer 721 87,Postort Västerås\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.address").is_null());
  CHECK(FindCode(recs[0], "label_as_value") != nullptr);
}

TEST_CASE("a count whose digit groups make more than its column may hold is undecided") {
  // "181 448" under Män: a count and another beside it with a space
  // between as much as 181,448 (a count of clients is at most 9999).
  auto recs =
      ExtractText(Form2020("2. Klienter\n\tKvinnor\tMän\nTotalt antal klienter\t267\t181 448\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("clients.total.women").ToDisplay() == "267");
  CHECK(recs[0].Get("clients.total.men").is_null());
  REQUIRE(FindCode(recs[0], "ambiguous_column") != nullptr);
  // Groups within the column's most are one count.
  auto thousands =
      ExtractText(Form2020("2. Klienter\n\tKvinnor\tMän\nTotalt antal klienter\t267\t1 448\n"));
  REQUIRE(thousands.size() == 1);
  CHECK(thousands[0].Get("clients.total.men").ToDisplay() == "1448");
}

TEST_CASE("squeezed gaps: a row with fewer cells than its header is ambiguous; boxes in order") {
  // A laid-out page whose gaps were squeezed to one tab each (a form feed,
  // no two tabs in a row, five lines opening with one tab): an empty cell
  // left no tab, so a row of one count under two columns says nothing of
  // its column; a row of one box for each choice column says it by order.
  const std::string body =
      "2. Klienter\n\n\tKvinnor\tM\u00e4n\nTotalt antal klienter\t29\n\n"
      "Antal nya klienter\t7\t3\n\n\f5. Organisation, ledning och samverkan\n"
      "Ange vilka organisationer som ing\u00e5r i ledningsgruppen\n\n"
      "\tJa\tNej\tOm ja, ange vilken/vilka:\nPatientorganisationer\t\u2610\t\u2612\n\n"
      "\tett\n\ttv\u00e5\n\ttre\n";
  auto recs = ExtractText(Form2020(body));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("clients.total.women").is_null());
  CHECK(recs[0].Get("clients.total.men").is_null());
  const Finding* f = FindCode(recs[0], "ambiguous_column");
  REQUIRE(f != nullptr);
  CHECK(std::find(f->keys.begin(), f->keys.end(), "clients.total.women") != f->keys.end());
  // A row with as many cells as its header: by index.
  CHECK(recs[0].Get("clients.new.women").ToDisplay() == "7");
  CHECK(recs[0].Get("clients.new.men").ToDisplay() == "3");
  // Two boxes under Ja / Nej / Om ja: the comment's empty cell left no tab.
  CHECK(recs[0].Get("steering_group.patient_org").ToDisplay() == "false");
}

TEST_CASE("tabbed text: a row with a blank cell before its label more than its header counts") {
  // catdoc writes a tab before some rows' labels: the row's cells stand
  // under the header from its label on, as the rows around it do.
  auto recs =
      ExtractText(Form2020("5. Organisation, ledning och samverkan\n"
                           "Ange vilka organisationer som ingår i ledningsgruppen\n"
                           "\tJa\tNej\tOm ja, ange vilken/vilka:\n"
                           "Patientorganisationer\t☐\t☒\n"
                           "\tBrukarorganisationer\t☒\t☐\tRSMH\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("steering_group.patient_org").ToDisplay() == "false");
  CHECK(recs[0].Get("steering_group.user_org").ToDisplay() == "true");
  CHECK(recs[0].Get("steering_group.user_org_names").ToDisplay() == "RSMH");
}

TEST_CASE("a stacked row whose first line under the label is words proves no column") {
  // antiword's 2023 form: the label's cell of two paragraphs, its second
  // one on a line of its own above the counts; read in order it gave the
  // women's count to the men.
  auto recs =
      ExtractText(Form2020("2. Klienter\n"
                           "|     |                           |\n"
                           "|     |Kvinnor                    |\n"
                           "|     |Män                        |\n\n"
                           "|     |Totalt antal klienter      |\n"
                           "|     |Inkluderar även nya under året. |\n\n"
                           "|     |9                          |\n"
                           "|     |3                          |\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("clients.total.women").is_null());
  CHECK(recs[0].Get("clients.total.men").is_null());
  CHECK(FindCode(recs[0], "ambiguous_column") != nullptr);
}

TEST_CASE("a dash glued to a numbered heading (reading-order text) still starts its section") {
  auto recs =
      ExtractText(Form2020("Handledning\nOmbuden har erbjudits handledning.\nOm nej, ange varför.\n"
                           "-2. Klienter\nAnge antal klienter som fått stöd av personligt ombud.\n"
                           "\tKvinnor\tMän\nTotalt antal klienter\t12\t7\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("supervision.not_offered_reason").is_null());
  CHECK(recs[0].Get("clients.total.women").as_int() == 12);
}

TEST_CASE("layout text: a value wrapped under its label's cell goes on there") {
  // pdftotext -layout prints a cell's second line from the cell's start
  // (001's identity table; the text layout itself leaves these lines apart).
  auto recs = ExtractText(Form2020(
      "Kontaktperson Inga-Lill           Avdelning/Enhet Socialförvaltningen\n"
      "Nilsson\n"
      "Nämnd Nämnden för personer med                    Telefon (inkl. riktnummer) 021-39 "
      "E-postadress\n"
      "funktionsnedsättning                              00 00                             "
      "nf@vasteras.se\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.person").ToDisplay() == "Inga-Lill Nilsson");
  CHECK(recs[0].Get("contact.department").ToDisplay() == "Socialförvaltningen");
  CHECK(recs[0].Get("contact.committee").ToDisplay() ==
        "Nämnden för personer med funktionsnedsättning");
  // A phone broken over its cell's lines, the e-mail's label one space
  // after its first line: the row's last line shows the label's column
  // (text_cells.h's SplitAtColumnsBelow), so the phone is whole, never the
  // first half.
  CHECK(recs[0].Get("contact.phone").ToDisplay() == "021-390000");
  CHECK(recs[0].Get("contact.email").ToDisplay() == "nf@vasteras.se");
}

TEST_CASE("layout text: text under a label on two lines of a row with no rules gives null") {
  // w3m's table: the department's cell wrapped under its label, or the
  // next row's cell: which cannot be told, and the first line is no answer.
  auto recs =
      ExtractText(Form2020("Kontaktperson Susanne Aspling Björkstén    Avdelning/Enhet\n"
                           "021-39 20 82                               Personligt Ombud\n"
                           "susanne.aspling.bjorksten@vasteras.se      Västmanland\n"
                           "Nämnd Nämnden för personer med             Telefon (inkl.\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.department").is_null());
  const Finding* f = FindCode(recs[0], "wrapped_value");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("Västmanland") != std::string::npos);
}

TEST_CASE("layout text: a browser's running header and footer are not an answer") {
  // Text with pages and no tabs: columns by spaces, as pdftotext -layout.
  std::string header = "2021-01-14 10:32             Redovisning statsbidrag personligt ombud\n";
  auto footer = [](int p) {
    return "file:///C:/Users/handl/Documents/redovisning.html      " + std::to_string(p) + "/3\n";
  };
  std::string text = header +
                     "REDOVISNING\nStatsbidrag avseende år 2020\n"
                     "Kontaktuppgifter till den kommun som beviljats statsbidraget\n"
                     "Kommun: Tyresö\nHandledning\n"
                     "                                    Ja     Nej\n"
                     "Ombuden har erbjudits handledning.  X\nOm nej, ange varför.\n\n\n" +
                     footer(1) + "\f" + header + "\n" + footer(2) + "\f" + header +
                     "8. Coronapandemin\n" + footer(3);
  auto recs = ExtractText(text);
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("supervision.offered").ToDisplay() == "true");
  CHECK(recs[0].Get("supervision.not_offered_reason").is_null());
}

TEST_CASE("layout text: boxes right-aligned in their cells go to their columns in order") {
  // 000's mark-right PDF through pdftotext -layout: each box stands nearer
  // the next column's header than its own; the last one is glued to the
  // names column's text.
  auto recs = ExtractText(
      Form2020("5. Organisation, ledning och samverkan\n"
               "Ange vilka organisationer som ingår i ledningsgruppen\n"
               "                                          Ja            Nej       Om ja, ange "
               "vilken/vilka:\n"
               "Patientorganisationer                               ☐           ☒\n"
               "Brukarorganisationer                                ☒           ☐RSMH\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("steering_group.patient_org").ToDisplay() == "false");
  CHECK(recs[0].Get("steering_group.user_org").ToDisplay() == "true");
  CHECK(recs[0].Get("steering_group.user_org_names").ToDisplay() == "RSMH");
}

TEST_CASE("layout text: boxes typed as brackets go to their columns, never to the names") {
  // 000's mark-centre PDF through pdftotext -layout, each box retyped as
  // brackets: two columns wider, so Nej's "[X]" stands nearest the names
  // column's header, and in 003's mark-right "[ ]" is glued to the names.
  auto recs = ExtractText(
      Form2020("5. Organisation, ledning och samverkan\n"
               "Ange vilka organisationer som ingår i ledningsgruppen\n"
               "                                          Ja          Nej         Om ja, ange "
               "vilken/vilka:\n"
               "Patientorganisationer                          [ ]            [X]\n"
               "Brukarorganisationer                           [X]            [ ]     RSMH\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("steering_group.patient_org").ToDisplay() == "false");
  CHECK(recs[0].Get("steering_group.patient_org_names").is_null());
  CHECK(recs[0].Get("steering_group.user_org").ToDisplay() == "true");
  CHECK(recs[0].Get("steering_group.user_org_names").ToDisplay() == "RSMH");
  CHECK(FindCode(recs[0], "ambiguous_column") == nullptr);
  recs = ExtractText(
      Form2020("5. Organisation, ledning och samverkan\n"
               "Ange vilka organisationer som ingår i ledningsgruppen\n"
               "                                   Ja         Nej     Om ja, ange vilken/vilka:\n"
               "Patientorganisationer                     [ ]         [X]\n"
               "Anhörigorganisationer                     [X]         [ ]ISF\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("steering_group.patient_org").ToDisplay() == "false");
  CHECK(recs[0].Get("steering_group.patient_org_names").is_null());
  CHECK(recs[0].Get("steering_group.relatives_org").ToDisplay() == "true");
  CHECK(recs[0].Get("steering_group.relatives_org_names").ToDisplay() == "ISF");
  CHECK(FindCode(recs[0], "ambiguous_column") == nullptr);
}

TEST_CASE("layout text: a typed box no reader took for one is never a name") {
  // Round brackets, which no dump writes as a box: nothing gives them a
  // state, and the one under the names column is no name.
  auto recs = ExtractText(
      Form2020("5. Organisation, ledning och samverkan\n"
               "Ange vilka organisationer som ingår i ledningsgruppen\n"
               "                                          Ja          Nej         Om ja, ange "
               "vilken/vilka:\n"
               "Patientorganisationer                          ( )                    (X)\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("steering_group.patient_org_names").is_null());
  CHECK(FindCode(recs[0], "ambiguous_column") != nullptr);
}

TEST_CASE("layout text: a value whose cell may go on past a page break is undecided") {
  auto recs =
      ExtractText(Form2020("Kontaktperson Inga-Lill           Avdelning/Enhet Socialförvaltningen\n"
                           "\n\fNilsson\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.person").is_null());
  const Finding* f = FindCode(recs[0], "wrapped_value");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("Nilsson") != std::string::npos);
  CHECK(recs[0].Get("contact.department").ToDisplay() == "Socialförvaltningen");
}

TEST_CASE("a count stacked under its label has its own line's OCR confidence, not the label's") {
  // A scan of the 2023 form (seed 11): a lone "1" read "4" surely on the
  // page, then read again as "1" (second_reading.h: confidence 0); the
  // count under its label took the label's confidence (95) and stood, wrong
  // and unflagged.
  Document doc;
  REQUIRE(ReadDocument(Form2020("2. Klienter\n"
                                "|     |Kvinnor                    |\n"
                                "|     |Män                        |\n\n"
                                "|     |Totalt antal klienter      |\n\n"
                                "|     |4                          |\n"
                                "|     |3                          |\n"),
                       "t.txt", ReadOptions(), &doc)
              .ok());
  for (Line& l : doc.lines) {
    l.ocr = true;
    for (Cell& c : l.cells) c.ocr_confidence = c.text.find('4') != std::string::npos ? 0 : 95;
  }
  Extractor ex(redovis::testing::ProjectPatterns());
  auto recs = ex.ExtractDocument(std::move(doc), Source());
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("clients.total.women").is_null());
  CHECK(recs[0].Get("clients.total.men").ToDisplay() == "3");
  CHECK(recs[0].provenance.at("clients.total.men").ocr_confidence == 95);
  const Finding* unsure = FindCode(recs[0], "ocr_uncertain");
  REQUIRE(unsure != nullptr);
  CHECK(std::find(unsure->keys.begin(), unsure->keys.end(), "clients.total.women") !=
        unsure->keys.end());
}

TEST_CASE("a row label with numbers under it that no column takes is unreadable, not blank") {
  // The tool's failure is not the municipality's omission: counts stand on
  // the lines under "Totalt antal klienter", but no header tells their
  // columns (the first section's stacked header is no header of the
  // second); the answer is there and could not be read.
  auto has = [](const Record& r, const std::string& code, const std::string& key) {
    return testing::FindCodeFor(r, code, key) != nullptr;
  };
  const std::string head =
      "1. Personliga ombud\n"
      "                    Antal\n"
      "                    kvinnor\n"
      "                    Antal\n"
      "                    män\n"
      "\n"
      "      Ange antalet personliga ombud\n"
      "\n"
      "        2\n"
      "\n"
      "        1\n"
      "2. Klienter\n"
      "      Totalt antal klienter\n";
  auto recs = ExtractText(Form2020(head + "      40\n      22\n\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("clients.total.women").is_null());
  CHECK_FALSE(has(recs[0], "required_missing", "clients.total.women"));
  CHECK(has(recs[0], "value_unreadable", "clients.total.women"));
  CHECK(has(recs[0], "value_unreadable", "clients.total.men"));

  // Nothing under the label but the next label: blank, as the form shows it.
  auto blank = ExtractText(Form2020(head + "      Antal nya klienter\n\n"));
  REQUIRE(blank.size() == 1);
  CHECK(has(blank[0], "required_missing", "clients.total.women"));
}

TEST_CASE("layout text: a long label on a line of its own, its counts under the header below") {
  // A table typed with spaces: the label too long for its column, its
  // numbers on the next line under the header's words.
  const std::string table =
      "2. Klienter\n"
      "                                              Kvinnor      Män\n"
      "Totalt antal klienter                              40       22\n"
      "Antal klienter som, helt eller delvis, har hemmavarande barn under 18 år vilka är "
      "kända för verksamheten.\n";
  auto recs = ExtractText(Form2020(table + "                                                   "
                                           "78       21\n\n3. Kontakt med verksamheten\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("clients.total.women").ToDisplay() == "40");
  CHECK(recs[0].Get("clients.with_children.women").ToDisplay() == "78");
  CHECK(recs[0].Get("clients.with_children.men").ToDisplay() == "21");
  // A blank line between them: whose numbers they are is not told.
  auto apart = ExtractText(Form2020(table + "\n                                                   "
                                            "78       21\n\n3. Kontakt med verksamheten\n"));
  REQUIRE(apart.size() == 1);
  CHECK(apart[0].Get("clients.with_children.women").is_null());
}

namespace {

// pdftotext -layout of the 2023 form's Ja/Nej tables: the header stacked,
// each row's label, then its mark in the row of its column (Ja first, Nej
// second), the empty row leaving blank lines and no text.
const std::string kProviders =
    "5. Organisation, ledning och samverkan\n"
    "Ange vem som är utförare av verksamheten med personligt ombud i er kommun\n"
    "\n"
    "                                                         Ja\n"
    "                                                         Nej\n"
    "\n"
    "\n"
    "                                                         Kommun\n"
    "                                                         X\n"
    "\n"
    "\n"
    "                                                 Förening\n"
    "\n"
    "\n"
    "                                                 X\n"
    "                                       Aktiebolag\n"
    "\n"
    "                                       X\n";

}  // namespace

TEST_CASE("layout text: a stacked table's mark is in the row it stands in") {
  auto recs = ExtractText(Form2020(kProviders));
  REQUIRE(recs.size() == 1);
  // Right under its label: the first row, Ja.
  CHECK(recs[0].Get("provider.municipality").ToDisplay() == "true");
  // Blank lines above it, where a row of the table shows that its rows
  // follow line by line: not the first row, so the second, Nej.
  CHECK(recs[0].Get("provider.association").ToDisplay() == "false");
  CHECK(recs[0].Get("provider.company").ToDisplay() == "false");
  CHECK(FindCode(recs[0], "ambiguous_column") == nullptr);
}

TEST_CASE("layout text: a stacked table's mark whose row is not proven stays null") {
  // No row shows its mark right under its label: the blank lines may be a
  // gap of the form's (a table of one row after its label), not an empty
  // row. Null and ambiguous_column.
  std::string no_evidence = kProviders;
  const std::string kommun = std::string(57, ' ') + "Kommun\n" + std::string(57, ' ') + "X\n";
  REQUIRE(no_evidence.find(kommun) != std::string::npos);
  no_evidence.erase(no_evidence.find(kommun), kommun.size());
  auto recs = ExtractText(Form2020(no_evidence));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("provider.association").is_null());
  CHECK(recs[0].Get("provider.company").is_null());
  REQUIRE(FindCode(recs[0], "ambiguous_column") != nullptr);

  // A page break between the label and its mark: where the empty row stood
  // (the foot of one page, the head of the next) does not show.
  std::string paged = kProviders;
  paged.replace(paged.find("Förening\n\n\n"), 11, "Förening\n\f");
  auto split = ExtractText(Form2020(paged));
  REQUIRE(split.size() == 1);
  CHECK(split[0].Get("provider.municipality").ToDisplay() == "true");
  CHECK(split[0].Get("provider.association").is_null());
  CHECK(split[0].Get("provider.company").ToDisplay() == "false");
}

TEST_CASE("layout text: a stacked row shorter than the rows around it lost a line") {
  // pdftotext -layout -nopgbrk of the 2023 form: a page break inside the
  // Stiftelse row took the blank line of its empty Ja row and left no form
  // feed, so its Nej mark stands right under its label, as a Ja mark would.
  // The row spans 3 lines where the rows before and after it span 4: which
  // row its mark stands in is not proven.
  const std::string pad(49, ' ');
  auto table = [&](const std::string& foundation) {
    return "5. Organisation, ledning och samverkan\n"
           "Ange vem som är utförare av verksamheten med personligt ombud i er kommun\n\n" +
           pad + "Ja\n" + pad + "Nej\n\n" + pad + "Kommun\n" + pad + "X\n\n\n" + pad +
           "Förening\n\n" + pad + "X\n\n" + pad + "Stiftelse\n" + foundation + pad +
           "Aktiebolag\n\n" + pad + "X\n\n" + pad + "Annan utförare\n\n" + pad + "X\n";
  };
  auto lost = ExtractText(Form2020(table(pad + "X\n\n")));
  REQUIRE(lost.size() == 1);
  CHECK(lost[0].Get("provider.foundation").is_null());
  CHECK(FindCode(lost[0], "ambiguous_column") != nullptr);
  CHECK(lost[0].Get("provider.municipality").ToDisplay() == "true");
  CHECK(lost[0].Get("provider.association").ToDisplay() == "false");
  CHECK(lost[0].Get("provider.company").ToDisplay() == "false");
  // The row as long as the others: read.
  auto whole = ExtractText(Form2020(table("\n" + pad + "X\n\n")));
  REQUIRE(whole.size() == 1);
  CHECK(whole[0].Get("provider.foundation").ToDisplay() == "false");
  auto yes = ExtractText(Form2020(table(pad + "X\n\n\n")));
  REQUIRE(yes.size() == 1);
  CHECK(yes[0].Get("provider.foundation").ToDisplay() == "true");
}

TEST_CASE("layout text with its blank lines stripped: a stacked table's marks prove no row") {
  // The text above through `grep -v '^$'`: an empty row left no line, so a
  // mark right under its label may stand in the Ja row or the Nej row.
  std::istringstream in(Form2020(kProviders));
  std::string stripped, line;
  while (std::getline(in, line))
    if (!line.empty()) stripped += line + "\n";
  REQUIRE(stripped.find("\n\n") == std::string::npos);
  auto recs = ExtractText(stripped);
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("provider.municipality").is_null());
  CHECK(recs[0].Get("provider.association").is_null());
  CHECK(recs[0].Get("provider.company").is_null());
  REQUIRE(FindCode(recs[0], "ambiguous_column") != nullptr);
}

TEST_CASE("layout text: a row's names after its empty Nej row are its names") {
  auto recs =
      ExtractText(Form2020("5. Organisation, ledning och samverkan\n"
                           "Ange vilka organisationer som ingår i ledningsgruppen\n"
                           "\n"
                           "            Ja\n"
                           "            Nej\n"
                           "             Om ja, ange vilken/vilka:\n"
                           "\n"
                           "                        Patientorganisationer\n"
                           "\n"
                           "\n"
                           "                        X\n"
                           "\n"
                           "                        Brukarorganisationer\n"
                           "                        X\n"
                           "\n"
                           "\n"
                           "                        RSMH\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("steering_group.patient_org").ToDisplay() == "false");
  CHECK(recs[0].Get("steering_group.user_org").ToDisplay() == "true");
  CHECK(recs[0].Get("steering_group.user_org_names").ToDisplay() == "RSMH");
}

TEST_CASE("a padded sheet's empty row before a stacked value: which column cannot be told") {
  // The 2023 form's one-cell-a-row tables pasted into a sheet and saved as
  // CSV with every row padded: the empty row after the label is an empty
  // cell or a blank line, so the '2' below it is the women's or the men's.
  std::string tabbed = Form2020(
      "1. Personliga ombud\n\tAntal kvinnor\n\tAntal män\n\n\tAnge antalet personliga ombud\n\n"
      "\t2\n\n\t1\n\n2. Klienter\n");
  std::string csv;
  for (size_t b = 0; b < tabbed.size();) {
    size_t e = tabbed.find('\n', b);
    std::string line = tabbed.substr(b, e - b);
    size_t tab = line.find('\t');
    csv += tab == std::string::npos ? line + ";;\r\n" : line.replace(tab, 1, ";") + ";\r\n";
    b = e + 1;
  }
  auto recs = ExtractText(csv);
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("ombud.women").is_null());
  CHECK(recs[0].Get("ombud.men").is_null());
  const Finding* f = FindCode(recs[0], "ambiguous_column");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("sheet saved as CSV") != std::string::npos);

  // The same rows with tabs (every empty cell written) are read.
  auto tabs = ExtractText(tabbed);
  REQUIRE(tabs.size() == 1);
  CHECK(tabs[0].Get("ombud.women").ToDisplay() == "2.0");
  CHECK(tabs[0].Get("ombud.men").ToDisplay() == "1.0");
}

TEST_CASE("a check-box glyph under a written-answer column is never that answer") {
  // A header moved left of its columns: the names column is the nearest
  // to the row's empty box, but a box is no name.
  auto recs =
      ExtractText(Form2020("5. Organisation, ledning och samverkan\n"
                           "    Ange vilka organisationer som ingår i ledningsgruppen\n"
                           "Ja          Nej        Om ja, ange vilken/vilka:\n"
                           "Patientorganisationer                   ☐           ☒\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("steering_group.patient_org_names").is_null());
  CHECK(FindCode(recs[0], "ambiguous_column") != nullptr);
}

}  // namespace match_run_tables_test
