// Tables written one cell per line (LibreOffice's "Save as text"): rebuilt
// into rows where the form's column words make the order certain, and left
// alone where they do not.
#include "match/cell_lines.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "base/running_lines.h"
#include "match/value_parser.h"
#include "read/text/text_reader.h"
#include "test_support.h"

namespace redovis {
namespace cell_lines_test {
namespace {

// `text` read by the text reader, its tables rebuilt; `*rebuilt` the rows.
Document Rebuilt(const std::string& text, size_t* rebuilt) {
  Document doc;
  REQUIRE(ReadText(text, &doc).ok());
  ValueParser parser(testing::ProjectPatterns().vocabulary());
  *rebuilt = RebuildCellLines(parser, 0, doc.lines.size(), &doc);
  return doc;
}

std::vector<std::string> Cells(const Line& l) {
  std::vector<std::string> out;
  for (const Cell& c : l.cells) out.push_back(c.text);
  return out;
}

// A 2020 form's clients table as LibreOffice writes it: header words on
// lines of their own, each row a label and one line per column, an empty
// cell an empty line.
const char* kClients =
    "Kvinnor\nMän\nTotalt antal klienter\n30\n17\n"
    "därav mellan 18 och 29 år\n\n5\n"
    "därav 65 år och över\n0\n1\n";

// Word's empty text form field as LibreOffice's text writes it: five EN SPACEs.
const std::string kField = "\u2002\u2002\u2002\u2002\u2002";

// `body` inside the frame of a 2023 form written as plain text.
std::string Form2023(const std::string& body) {
  return "REDOVISNING\nStatsbidrag avseende år 2023\n"
         "Kontaktuppgifter till den kommun som beviljats statsbidraget\nKommun: Lindesberg\n\n" +
         body + "\n8. Övrigt\n";
}

// The 2023 form's training table as LibreOffice's "Save as text" writes it
// (tests/data/renderings/2023_filled.lo-text.txt): the cells are nested
// tables, so the number of empty lines between them varies; the empty Nej
// cell is an empty form field.
std::string Training2023(const std::string& nej) {
  return "Utbildning\n\n\nJa\n\n\n\n\n\nNej\n\n\n\n\n\n\n"
         "Ombuden har erbjudits utbildning.\n\nX\n\n\n" +
         nej + "\n\n\nOm ja, ange vilken/vilka utbildningar.\nKurs i MI\n\n\n";
}

}  // namespace

TEST_CASE("cell_lines: a header and rows one cell per line become rows, empty lines empty cells") {
  size_t rebuilt = 0;
  Document doc = Rebuilt(std::string("\n") + kClients + "\nOm ja, ange varför.\n", &rebuilt);
  CHECK(rebuilt == 3);
  // Line numbers stay: the header on its first line, each row on its label's.
  CHECK(Cells(doc.lines[1]) == std::vector<std::string>{"", "Kvinnor", "Män"});
  CHECK(doc.lines[2].Blank());
  CHECK(Cells(doc.lines[3]) == std::vector<std::string>{"Totalt antal klienter", "30", "17"});
  CHECK(doc.lines[4].Blank());
  CHECK(doc.lines[5].Blank());
  CHECK(Cells(doc.lines[6]) == std::vector<std::string>{"därav mellan 18 och 29 år", "", "5"});
  CHECK(Cells(doc.lines[9]) == std::vector<std::string>{"därav 65 år och över", "0", "1"});
  for (const Cell& c : doc.lines[3].cells) CHECK(c.x0 == -1);
  CHECK(Cells(doc.lines[13]) == std::vector<std::string>{"Om ja, ange varför."});
  // A line whose cell moved up is told from an empty cell's blank line.
  for (size_t k : {2, 4, 5, 8, 10, 11})
    CHECK(doc.lines[k].origin == std::string(kMovedCellsOrigin));
  CHECK(doc.lines[7].Blank());
  CHECK(doc.lines[7].origin.empty());
}

TEST_CASE("cell_lines: the counts are read under their columns, an empty cell stays null") {
  std::vector<Record> rs =
      testing::ExtractText(testing::Form2020(std::string("2. Klienter\n\n") + kClients));
  REQUIRE(rs.size() == 1);
  const Record& r = rs[0];
  CHECK(r.values.at("clients.total.women").as_number() == 30);
  CHECK(r.values.at("clients.total.men").as_number() == 17);
  CHECK(r.values.at("clients.total.age_18_29.men").as_number() == 5);
  CHECK(r.values.at("clients.total.age_65_plus.men").as_number() == 1);
  CHECK(!r.Has("clients.total.age_18_29.women"));
}

TEST_CASE("cell_lines: reading-order text, a blank line between cells, is left alone") {
  size_t rebuilt = 0;
  Document doc = Rebuilt(
      "Kvinnor\n\nMän\n\nTotalt antal klienter\n\n30\n\n17\n\n"
      "därav mellan 18 och 29 år\n\n5\n",
      &rebuilt);
  CHECK(rebuilt == 0);
  for (const Line& l : doc.lines) CHECK(l.cells.size() == 1);
}

TEST_CASE("cell_lines: a row with a value too many is not taken, nor the rows after it") {
  size_t rebuilt = 0;
  Document doc = Rebuilt(
      "Kvinnor\nMän\nTotalt antal klienter\n30\n17\n"
      "Antal nya klienter\n3\n4\n5\n"
      "Antal avslutade klienter\n1\n2\n",
      &rebuilt);
  CHECK(rebuilt == 1);
  CHECK(Cells(doc.lines[2]) == std::vector<std::string>{"Totalt antal klienter", "30", "17"});
  CHECK(Cells(doc.lines[5]) == std::vector<std::string>{"Antal nya klienter"});
  CHECK(Cells(doc.lines[9]) == std::vector<std::string>{"Antal avslutade klienter"});
}

TEST_CASE("cell_lines: a comment column and check-box glyphs; a mark is read under Ja") {
  std::string table =
      "Utbildning\n\n\nJa\nNej\nKommentar\nOmbuden har erbjudits utbildning.\n☒\n☐\nSe bilaga\n"
      "Om ja, ange vilken/vilka utbildningar. Kurs i MI\n\n\n\n";
  size_t rebuilt = 0;
  Document doc = Rebuilt(table, &rebuilt);
  CHECK(rebuilt == 1);
  REQUIRE(doc.lines[6].cells.size() == 4);
  CHECK(doc.lines[6].cells[1].checkbox == CheckboxState::kChecked);
  CHECK(doc.lines[6].cells[2].checkbox == CheckboxState::kUnchecked);
  CHECK(doc.lines[6].cells[3].text == "Se bilaga");
  // The question after the table is no row: it keeps its line and answer.
  CHECK(doc.lines[10].cells.size() == 1);

  std::vector<Record> rs = testing::ExtractText(testing::Form2020(
      "1. Personliga ombud\nKvinnor\nMän\nAnge antalet personliga ombud\n2\n1\n\n" + table));
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].values.at("training.offered").as_bool());
  CHECK(rs[0].values.at("ombud.women").as_number() == 2);
}

TEST_CASE("cell_lines: empty rows at a table's end are left as they were") {
  size_t rebuilt = 0;
  Document doc =
      Rebuilt("Kvinnor\nMän\nTotalt antal klienter\n30\n17\nOm nej, ange varför.\n\n\n", &rebuilt);
  CHECK(rebuilt == 1);
  CHECK(Cells(doc.lines[5]) == std::vector<std::string>{"Om nej, ange varför."});
}

TEST_CASE("cell_lines: a box on its line before its option's text becomes one row") {
  size_t rebuilt = 0;
  Document doc = Rebuilt(
      "Kvinnor\nMän\nTotalt antal klienter\n30\n17\n\n"
      "Har Coronapandemin påverkat er användning av statsbidraget under 2020?\n\n"
      "☐\nJa\n☒\nNej\n☐\nKan inte bedöma\n\n",
      &rebuilt);
  CHECK(rebuilt == 1 + 3);
  REQUIRE(doc.lines[8].cells.size() == 2);
  CHECK(doc.lines[8].cells[0].checkbox == CheckboxState::kUnchecked);
  CHECK(doc.lines[8].cells[1].text == "Ja");
  CHECK(Cells(doc.lines[10])[1] == "Nej");
  CHECK(doc.lines[10].cells[0].checkbox == CheckboxState::kChecked);
}

TEST_CASE("cell_lines: options before their boxes are not paired one line off") {
  size_t rebuilt = 0;
  Document doc = Rebuilt(
      "Kvinnor\nMän\nTotalt antal klienter\n30\n17\n\n"
      "Ja\n☐\nNej\n☒\nKan inte bedöma\n☐\n\n",
      &rebuilt);
  CHECK(rebuilt == 1);
  for (size_t k = 6; k < doc.lines.size(); ++k) CHECK(doc.lines[k].cells.size() == 1);
}

TEST_CASE("cell_lines: each cell followed by an empty line, each row by one more (2023)") {
  // The 2023 form's cells hold a form field and an empty paragraph.
  size_t rebuilt = 0;
  Document doc = Rebuilt(
      "Kvinnor\n\nMän\n\n\n"
      "Totalt antal klienter \n\n40\n\n22\n\n\n"
      "därav mellan 18 och 29 år\n\n     \n\n6\n\n\n"
      "\nAntal nya klienter \n\n14\n\n8\n\n\n",
      &rebuilt);
  CHECK(rebuilt == 3);
  CHECK(Cells(doc.lines[0]) == std::vector<std::string>{"", "Kvinnor", "Män"});
  CHECK(Cells(doc.lines[5]) == std::vector<std::string>{"Totalt antal klienter", "40", "22"});
  CHECK(Cells(doc.lines[12]) == std::vector<std::string>{"därav mellan 18 och 29 år", "", "6"});
  CHECK(Cells(doc.lines[20]) == std::vector<std::string>{"Antal nya klienter", "14", "8"});
  for (size_t k : {1, 2, 3, 4, 6, 7, 8, 9, 10, 11}) CHECK(doc.lines[k].Blank());
}

TEST_CASE("cell_lines: a missing empty line between cells leaves the row unread") {
  // The 40 and the 22 follow each other: the empty lines do not count cells.
  size_t rebuilt = 0;
  Document doc = Rebuilt(
      "Kvinnor\n\nMän\n\n\n"
      "Totalt antal klienter\n\n40\n\n22\n\n\n"
      "därav mellan 18 och 29 år\n\n10\n6\n\n\n",
      &rebuilt);
  CHECK(rebuilt == 1);
  CHECK(Cells(doc.lines[12]) == std::vector<std::string>{"därav mellan 18 och 29 år"});
  CHECK(Cells(doc.lines[14]) == std::vector<std::string>{"10"});
}

TEST_CASE("cell_lines: 2023, cells apart by any number of empty lines, an empty one a form field") {
  size_t rebuilt = 0;
  Document doc = Rebuilt(Training2023(kField), &rebuilt);
  CHECK(rebuilt == 1);
  CHECK(Cells(doc.lines[3]) == std::vector<std::string>{"", "Ja", "Nej"});
  CHECK(doc.lines[9].Blank());
  REQUIRE(Cells(doc.lines[16]) ==
          std::vector<std::string>{"Ombuden har erbjudits utbildning.", "X", ""});
  for (size_t k : {18, 21}) CHECK(doc.lines[k].Blank());
  CHECK(doc.lines[18].origin == std::string(kMovedCellsOrigin));
  CHECK(doc.lines[21].origin == std::string(kEmptyFormFieldOrigin));  // the empty cell's field
  CHECK(Cells(doc.lines[24]) == std::vector<std::string>{"Om ja, ange vilken/vilka utbildningar."});

  std::vector<Record> rs =
      testing::ExtractText(Form2023("1. Personliga ombud\n" + Training2023(kField)));
  REQUIRE(rs.size() == 1);
  REQUIRE(rs[0].Has("training.offered"));
  CHECK(rs[0].values.at("training.offered").as_bool());
}

TEST_CASE("cell_lines: 2023, a page's number between two rows stands between cells") {
  // MuPDF's text of a numbered form: the page's number "8" after a row, the
  // next row on the next page. Told for a page's number (kPageNumberOrigin),
  // it parts cells as an empty line does; a lone "8" there is a value too
  // many, and the table is left as it was.
  const std::string text =
      "Ja\n\nNej\n\nKommun\n\nX\n\n" + kField + "\n\n8\n\nFörening\n\n" + kField + "\n\nX\n\n";
  for (bool told : {true, false}) {
    CAPTURE(told);
    Document doc;
    REQUIRE(ReadText(text, &doc).ok());
    for (Line& l : doc.lines)
      if (told && !l.cells.empty() && l.cells[0].text == "8") l.origin = kPageNumberOrigin;
    ValueParser parser(testing::ProjectPatterns().vocabulary());
    CHECK(RebuildCellLines(parser, 0, doc.lines.size(), &doc) == (told ? 2u : 0u));
  }
}

TEST_CASE("cell_lines: 2023, a cell that is not there leaves the table as it was") {
  // Without the empty form field the X may stand under Ja or Nej.
  size_t rebuilt = 0;
  Document doc = Rebuilt(Training2023("") + kField + "\n", &rebuilt);
  CHECK(rebuilt == 0);
  CHECK(Cells(doc.lines[16]) == std::vector<std::string>{"Ombuden har erbjudits utbildning."});
  std::vector<Record> rs =
      testing::ExtractText(Form2023("1. Personliga ombud\n" + Training2023("") + kField + "\n"));
  REQUIRE(rs.size() == 1);
  CHECK(!rs[0].Has("training.offered"));
  const Finding* f = testing::FindCode(rs[0], "ambiguous_column");
  REQUIRE(f != nullptr);
  CHECK(f->keys == std::vector<std::string>{"training.offered"});
  CHECK(testing::FindCode(rs[0], "required_missing") == nullptr);
}

TEST_CASE("cell_lines: 2023, a row not all there leaves its whole table as it was") {
  // The first row has its two cells; the second only one: neither is taken.
  size_t rebuilt = 0;
  Document doc = Rebuilt(kField + "\n\n\nJa\n\nNej\n\n\nKommun\n\nX\n\n" + kField +
                             "\n\n\nFörening\n\n\n\nX\n\n\nStiftelse\n\n" + kField +
                             "\n\nX\n\n\n"
                             "Om annan utförare än kommunen, ange organisationens namn\n",
                         &rebuilt);
  CHECK(rebuilt == 0);
  CHECK(Cells(doc.lines[8]) == std::vector<std::string>{"Kommun"});
}

TEST_CASE("cell_lines: 2023, a value too many after a row leaves the table as it was") {
  size_t rebuilt = 0;
  Document doc =
      Rebuilt(kField +
                  "\n\nKvinnor\n\n\nMän\n\n\nAntal klienter med barn\n\n9\n\n3\n\n4\n\n\n"
                  "3. Kontakt med verksamheten\n",
              &rebuilt);
  CHECK(rebuilt == 0);
}

TEST_CASE("cell_lines: 2023, a header cell over two lines; counts and a name under their columns") {
  std::string queue =
      "4. Tillgång till personligt ombud\n\n\n"
      "Ja \n(Om fler kommuner ingår i verksamheten PO, ange antal kommuner med kö/väntetider)  "
      "\n\n\n"
      "Nej\n(Om fler kommuner ingår i verksamheten PO, ange antal kommuner utan kö/väntetider)  "
      "\n\n\n"
      "Har ni haft kö eller väntetid för personer (uppdragsgivare) som söker kontakt med kommunens "
      "verksamhet för personliga ombud under 2023?  \n\n2\n\n1\n\n\n"
      "Om ja, uppskatta hur lång väntetiden har varit under 2023. (Ange uppgifterna i dagar per "
      "kommun)\n30dagar\n\n\n\n";
  std::string organisations =
      "5. Organisation, ledning och samverkan\n"
      "Ange vilka organisationer som ingår i ledningsgruppen\n\n\n\n"
      "Ja\n\n\n\nNej\n\n\n\nOm ja, ange vilken/vilka:\n\n\n\n"
      "Patientorganisationer\n\n" +
      kField + "\n\nX\n\n" + kField +
      "\n\n\n"
      "Brukarorganisationer\n\nX\n\n" +
      kField +
      "\n\nRSMH\n\n\n"
      "Annan organisation\n\n" +
      kField + "\n\nX\n\n" + kField + "\n\n\n\n";
  size_t rebuilt = 0;
  Document doc = Rebuilt(queue + organisations, &rebuilt);
  CHECK(rebuilt == 1 + 3);
  REQUIRE(doc.lines[3].cells.size() == 3);
  CHECK(doc.lines[3].cells[1].text ==
        "Ja\n(Om fler kommuner ingår i verksamheten PO, ange antal kommuner med kö/väntetider)");
  CHECK(Cells(doc.lines[11])[1] == "2");
  CHECK(Cells(doc.lines[11])[2] == "1");

  std::vector<Record> rs = testing::ExtractText(Form2023(queue + organisations));
  REQUIRE(rs.size() == 1);
  const Record& r = rs[0];
  CHECK(r.values.at("access.queue").as_text() == "partly");
  CHECK(r.values.at("access.queue_municipalities_with").as_number() == 2);
  CHECK(r.values.at("access.queue_municipalities_without").as_number() == 1);
  CHECK(r.values.at("steering_group.user_org").as_bool());
  CHECK(r.values.at("steering_group.user_org_names").ToDisplay() == "RSMH");
  CHECK(!r.values.at("steering_group.patient_org").as_bool());
  CHECK(!r.values.at("steering_group.other_org").as_bool());
}

TEST_CASE("cell_lines: 2023, a question after the table is no name") {
  // The last row's names cell is not there: the next question is no name.
  size_t rebuilt = 0;
  Document doc = Rebuilt(kField +
                             "\n\nJa\n\n\nNej\n\n\nOm ja, ange vilken/vilka:\n\n\n"
                             "Annan organisation\n\n" +
                             kField +
                             "\n\nX\n\n\n"
                             "Om ledningsgruppen inte har någon representant, ange varför.\n\n\n",
                         &rebuilt);
  CHECK(rebuilt == 0);
}

TEST_CASE("cell_lines: 2023, a label cut in cells at its footnote's two spaces is one label") {
  std::string children =
      "2. Klienter\nKlienter med hemmavarande \n\n\nKvinnor\n\n\nMän\n\n\n\n"
      "Antal klienter som, helt eller delvis, har hemmavarande barn under 18 år[footnoteRef:2] "
      "vilka är kända för verksamheten. [2:  Inkluderar även barn till maka/make/reg. "
      "partner/sambo "
      "som är hemmavarande hos klienten. ] \n\n\n9\n\n3\n\n\n3. Kontakt med verksamheten\n" +
      kField + "\n";
  size_t rebuilt = 0;
  Document doc = Rebuilt(children, &rebuilt);
  CHECK(rebuilt == 1);
  REQUIRE(doc.lines[11].cells.size() == 3);
  CHECK(doc.lines[11].cells[0].text.find("vilka är kända för verksamheten. [2: Inkluderar") !=
        std::string::npos);
  std::vector<Record> rs = testing::ExtractText(Form2023(children));
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].values.at("clients.with_children.women").as_number() == 9);
  CHECK(rs[0].values.at("clients.with_children.men").as_number() == 3);
}

TEST_CASE("cell_lines: 2023 in w3m, a column word in two paragraphs, a header cell's second") {
  // w3m parts each paragraph of a cell by an empty line: "Antal" / "kvinnor",
  // and "Ja" / its "(Om fler ...)" note.
  std::string ombud =
      "1. Personliga ombud\n\n\nAntal\n\nkvinnor\n\nAntal\n\nmän\n\n\n"
      "Ange antalet personliga ombud\n\n\n2\n\n\n1\n\n\n";
  std::string steering =
      "5. Organisation, ledning och samverkan\n\n\nJa\n\n(Om fler kommuner, ange antal)\n\n"
      "Nej\n\n(Om fler kommuner, ange antal utan)\n\n\nKommun\n\nX\n\n" +
      kField + "\n\n\nFörening\n\n" + kField + "\n\nX\n\n\n";
  size_t rebuilt = 0;
  Document doc = Rebuilt(ombud + steering + "Slut\n" + kField + "\n", &rebuilt);
  CHECK(rebuilt == 1 + 2);
  CHECK(Cells(doc.lines[3]) == std::vector<std::string>{"", "Antal\nkvinnor", "Antal\nmän"});
  CHECK(Cells(doc.lines[12]) ==
        std::vector<std::string>{"Ange antalet personliga ombud", "2", "1"});
  REQUIRE(doc.lines[24].cells.size() == 3);
  CHECK(doc.lines[24].cells[1].text == "Ja\n(Om fler kommuner, ange antal)");
  CHECK(doc.lines[24].cells[2].text == "Nej\n(Om fler kommuner, ange antal utan)");
  CHECK(Cells(doc.lines[33]) == std::vector<std::string>{"Kommun", "X", ""});

  std::vector<Record> rs = testing::ExtractText(Form2023(kField + "\n" + ombud));
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].values.at("ombud.women").as_number() == 2);
  CHECK(rs[0].values.at("ombud.men").as_number() == 1);
}

TEST_CASE("cell_lines: 2023 in w3m, a question after the table with its empty answer apart") {
  // The empty form field after the question, past an empty line, gives no
  // value either way: the rows before are read.
  std::string provider = "Ja\n\nNej\n\n\nKommun\n\nX\n\n" + kField + "\n\n\nFörening\n\n" + kField +
                         "\n\nX\n\n\n"
                         "Om annan utförare än kommunen, ange organisationens namn\n\n" +
                         kField + "\n\n\n";
  size_t rebuilt = 0;
  Document doc =
      Rebuilt(provider + "Ange vilka myndigheter som ingår i ledningsgruppen\n", &rebuilt);
  CHECK(rebuilt == 2);
  CHECK(Cells(doc.lines[5]) == std::vector<std::string>{"Kommun", "X", ""});
  CHECK(Cells(doc.lines[12]) == std::vector<std::string>{"Förening", "", "X"});
  const std::string heading =
      "5. Organisation, ledning och samverkan\n"
      "Ange vem som är utförare av verksamheten med personligt ombud i er kommun\n\n\n";
  std::vector<Record> rs = testing::ExtractText(Form2023(heading + provider));
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].values.at("provider.municipality").as_bool());
  CHECK(!rs[0].values.at("provider.association").as_bool());
  // A row with a cell missing after the question stays unread.
  rs = testing::ExtractText(Form2023(heading + provider + "Stiftelse\n\nX\n\n\n"));
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].values.at("provider.municipality").as_bool());
  CHECK(!rs[0].Has("provider.foundation"));
}

// The 2023 form's steering group table as html2text dumps LibreOffice's
// HTML of it: the header's column words and each row's cells on the lines
// right after one another, an empty cell an empty form field, rows and
// header parted by empty lines; `user_row` the second row's lines.
std::string PackedSteering2023(const std::string& user_row) {
  return "Ange vilka organisationer som ingår i ledningsgruppen\n\n"
         "Ja\nNej\nOm ja, ange vilken/vilka:\n\n\n"
         "Patientorganisationer\n" +
         kField + "\nX\n" + kField + "\n\n\n" + user_row +
         "\n\n\nOm ledningsgruppen inte har någon representant, ange varför.\n" + kField + "\n\n\n";
}

TEST_CASE("cell_lines: 2023 in html2text, a row's cells on the lines right after its label") {
  size_t rebuilt = 0;
  const std::string user = "Brukarorganisationer\nX\n" + kField + "\nRSMH";
  Document doc = Rebuilt(PackedSteering2023(user), &rebuilt);
  CHECK(rebuilt == 2);
  CHECK(Cells(doc.lines[2]) ==
        std::vector<std::string>{"", "Ja", "Nej", "Om ja, ange vilken/vilka:"});
  CHECK(Cells(doc.lines[7]) == std::vector<std::string>{"Patientorganisationer", "", "X", ""});
  CHECK(Cells(doc.lines[13]) == std::vector<std::string>{"Brukarorganisationer", "X", "", "RSMH"});
  std::vector<Record> rs = testing::ExtractText(
      Form2023("5. Organisation, ledning och samverkan\n" + PackedSteering2023(user)));
  REQUIRE(rs.size() == 1);
  REQUIRE(rs[0].Has("steering_group.user_org"));
  CHECK(rs[0].values.at("steering_group.user_org").as_bool());
  CHECK_FALSE(rs[0].values.at("steering_group.patient_org").as_bool());
  // A row with a cell missing (no empty form field for its empty Nej): the
  // X may stand under Ja or Nej, the table is left as it was.
  Document missing = Rebuilt(PackedSteering2023("Brukarorganisationer\nX\nRSMH"), &rebuilt);
  CHECK(rebuilt == 0);
  CHECK(Cells(missing.lines[7]) == std::vector<std::string>{"Patientorganisationer"});
}

TEST_CASE("cell_lines: text with pages (pdftotext's form feeds) is left alone") {
  // pdftotext's reading order drops the empty Ja cell; the blank line after
  // the mark is no empty Nej cell.
  size_t rebuilt = 0;
  Document doc = Rebuilt(
      "Kvinnor\nMän\nTotalt antal klienter\n30\n17\n\n"
      "Ja\nNej\nKommun\nX\n\nFörening\nX\n\f\nStiftelse\n",
      &rebuilt);
  CHECK(rebuilt == 0);
  for (const Line& l : doc.lines) CHECK(l.cells.size() == 1);
}

TEST_CASE("cell_lines: text with pages and empty form fields (MuPDF's text): field tables") {
  // MuPDF's text of the 2023 print: every cell a paragraph, an empty one its
  // field's five spaces, form feeds between pages, a page turning inside the
  // table. Its field tables are rebuilt; nothing else is.
  const std::string five = "     ";
  const std::string text =
      "Kvinnor\nMän\nTotalt antal klienter\n30\n17\n\n"
      "Ja\n\nNej\n\nKommun\n\nX\n\n" +
      five + "\n\n\fFörening\n\n" + five + "\n\nX\n\nAnnan utförare\n\n" + five + "\n\n" + five +
      "\n\n";
  size_t rebuilt = 0;
  Document doc = Rebuilt(text, &rebuilt);
  CHECK(rebuilt == 3);
  std::vector<std::vector<std::string>> rows;
  for (const Line& l : doc.lines)
    if (l.cells.size() > 1) rows.push_back(Cells(l));
  CHECK(rows == std::vector<std::vector<std::string>>{{"", "Ja", "Nej"},
                                                      {"Kommun", "X", ""},
                                                      {"Förening", "", "X"},
                                                      {"Annan utförare", "", ""}});
  // The counts table above (pdftotext's shape: no empty line between cells)
  // stays as written; so does the whole text without its fields.
  CHECK(Cells(doc.lines[2]) == std::vector<std::string>{"Totalt antal klienter"});
  std::string without = text;
  for (size_t at = without.find(five); at != std::string::npos; at = without.find(five))
    without.replace(at, five.size(), "");
  Rebuilt(without, &rebuilt);
  CHECK(rebuilt == 0);
}

TEST_CASE("cell_lines: MuPDF's text of the 2023 form, read through: marks and the queue's counts") {
  // The text is in reading order (one cell a line, pages); its field tables'
  // rows, rebuilt, are read by their columns: the marks, and the queue's
  // counts under Ja and Nej (2 municipalities with a queue, 1 without).
  const std::string five = "     ";
  const std::string body =
      "4. Tillgång till personligt ombud\n\nJa \n(Om fler kommuner ingår i verksamheten PO, \n"
      "ange antal kommuner med kö/väntetider)  \n\nNej\n(Om fler kommuner ingår i verksamheten "
      "PO, \nange antal kommuner utan kö/väntetider)  \n\nHar ni haft kö eller väntetid för "
      "personer (uppdragsgivare) som söker kontakt med kommunens\nverksamhet för personliga ombud "
      "under 2023?  \n\n2\n\n1\n\n\f5. Organisation, ledning och samverkan\nAnge vem som är "
      "utförare av verksamheten med personligt ombud i er kommun under 2023\n\nJa\n\nNej\n\n"
      "Kommun\n\nX\n\n" +
      five + "\n\nFörening\n\n" + five + "\n\nX\n\nStiftelse\n\n" + five + "\n\n" + five + "\n\n\f";
  std::vector<Record> rs = testing::ExtractText(Form2023(body));
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].Get("provider.municipality").ToDisplay() == "true");
  CHECK(rs[0].Get("provider.association").ToDisplay() == "false");
  CHECK(rs[0].Get("provider.foundation").is_null());  // both cells empty: not answered
  CHECK(rs[0].Get("access.queue").ToDisplay() == "partly");
  CHECK(rs[0].Get("access.queue_municipalities_with").ToDisplay() == "2");
  CHECK(rs[0].Get("access.queue_municipalities_without").ToDisplay() == "1");
}

TEST_CASE("cell_lines: only plain text is rebuilt") {
  Document doc;
  REQUIRE(ReadText(std::string("Kvinnor\nMän\n") + "Totalt antal klienter\n30\n17\n", &doc).ok());
  doc.format = "docx";
  ValueParser parser(testing::ProjectPatterns().vocabulary());
  CHECK(RebuildCellLines(parser, 0, doc.lines.size(), &doc) == 0);
}

}  // namespace cell_lines_test
}  // namespace redovis

namespace redovis {
namespace cell_lines_test {
namespace {

// The provider table as `lynx -dump` writes LibreOffice's HTML of a 2020
// form: each cell a paragraph of its own, a ticked box "[X]", an empty cell
// no line at all (no empty form field anywhere).
const char* kLynxProvider =
    "   Ange vem som är utförare av verksamheten med personligt ombud i er\n   kommun\n\n"
    "   Ja\n\n   Nej\n\n   Kommun\n\n   [X]\n\n   [ ]\n\n"
    "   Förening\n\n   [ ]\n\n   [X]\n\n";

TEST_CASE("cell_lines: lynx, cells apart by empty lines, rows of boxes rebuilt without fields") {
  size_t rebuilt = 0;
  Document doc = Rebuilt(
      std::string(kLynxProvider) + "   Om annan utförare än kommunen, ange namn\n", &rebuilt);
  CHECK(rebuilt == 2);
  // (The question's wrap, "kommun", joined to its first line.)
  CHECK(Cells(doc.lines[2]) == std::vector<std::string>{"", "Ja", "Nej"});
  CHECK(Cells(doc.lines[6]) == std::vector<std::string>{"Kommun", "[X]", "[ ]"});
  CHECK(doc.lines[6].cells[1].checkbox == CheckboxState::kChecked);
  CHECK(doc.lines[6].cells[2].checkbox == CheckboxState::kUnchecked);
  CHECK(Cells(doc.lines[12]) == std::vector<std::string>{"Förening", "[ ]", "[X]"});
  std::vector<Record> rs = testing::ExtractText(
      "REDOVISNING\nStatsbidrag avseende år 2020\n\n   Kommun: Lindesberg\n\n"
      "   5. Organisation, ledning och samverkan\n\n" +
      std::string(kLynxProvider) + "   6. Tillgång till samhällsservice\n");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].values.at("provider.municipality").as_bool());
  CHECK(!rs[0].values.at("provider.association").as_bool());
}

TEST_CASE("cell_lines: without fields, a row not all boxes leaves the table as it was") {
  size_t rebuilt = 0;
  // A typed mark: an empty cell beside it would have left no line.
  Document doc = Rebuilt("Ja\n\nNej\n\nKommun\n\nX\n\nFörening\n\n[ ]\n\n[X]\n\n", &rebuilt);
  CHECK(rebuilt == 0);
  // A box missing: which column the one box stands in is not told.
  doc = Rebuilt("Ja\n\nNej\n\nKommun\n\n[X]\n\nFörening\n\n[ ]\n\n[X]\n\n", &rebuilt);
  CHECK(rebuilt == 0);
  // A names column, whose empty cells leave no line: "RSMH" may be a label.
  doc = Rebuilt(
      "Ja\n\nNej\n\nOm ja, ange vilken/vilka:\n\nPatientorganisationer\n\n[ ]\n\n[X]\n\n"
      "Brukarorganisationer\n\n[X]\n\n[ ]\n\nRSMH\n\n",
      &rebuilt);
  CHECK(rebuilt == 0);
}

}  // namespace
TEST_CASE("cell_lines: a page's rule inside a table, a row of every cell after it, goes on") {
  // pdftohtml's pages in one HTML page dumped by w3m: each page ends in an
  // <hr>, drawn "━━━━". Before, the table ended at the rule and the rows
  // after it were left to the reading order, which proved nothing.
  // (w3m's width less one: IsPageRule wants 60 columns or more.)
  std::string rule;
  for (int i = 0; i < 79; ++i) rule += "━";
  rule += "\n";
  const std::string head = "Kvinnor\nMän\nEkonomi\n14\n7\n";
  size_t rebuilt = 0;
  Document doc = Rebuilt(head + rule + "Bostad\n6\n4\nSysselsättning\n4\n3\n", &rebuilt);
  CHECK(rebuilt == 3);
  CHECK(Cells(doc.lines[2]) == std::vector<std::string>{"Ekonomi", "14", "7"});
  CHECK(Cells(doc.lines[5]) == std::vector<std::string>{rule.substr(0, rule.size() - 1)});
  CHECK(Cells(doc.lines[6]) == std::vector<std::string>{"Bostad", "6", "4"});
  CHECK(Cells(doc.lines[9]) == std::vector<std::string>{"Sysselsättning", "4", "3"});
  // A row after the rule with an empty cell: whether a cell was left out
  // cannot be told; the table ends at the rule.
  Document gap = Rebuilt(head + rule + "Bostad\n\n4\nSysselsättning\n4\n3\n", &rebuilt);
  CHECK(rebuilt == 1);
  CHECK(Cells(gap.lines[6]) == std::vector<std::string>{"Bostad"});
  // A line of text with no letter is a rule only when long: "----" is not,
  // nor a line of forty (a table's own rule, a signature's line).
  Document short_rule = Rebuilt(head + "----\nBostad\n6\n4\n", &rebuilt);
  CHECK(rebuilt == 1);
  Document forty = Rebuilt(head + rule.substr(0, 40 * 3) + "\nBostad\n6\n4\n", &rebuilt);
  CHECK(rebuilt == 1);
}

TEST_CASE("cell_lines: a footnote's body under a row's label is no empty cell") {
  // MuPDF's XHTML of the 2023 form through html2text: the row's label, the
  // footnote's body the normaliser empties, and one count. The count may
  // be either column's (the empty form field left no line): not rebuilt as
  // the second's, as before.
  std::vector<Record> rs = testing::ExtractText(
      Form2023("2. Klienter\nKvinnor\nMän\nTotalt antal klienter\n40\n22\n"
               "Klienter med hemmavarande\nKvinnor\nMän\n"
               "Antal klienter som, helt eller delvis, har hemmavarande barn under 18\n"
               "år[footnoteRef:2] vilka är kända för verksamheten.\n"
               "[2: Inkluderar även barn till maka/make/reg. partner/sambo som\n"
               "är hemmavarande hos klienten. ]\n23\n"));
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].values.at("clients.total.women").as_number() == 40);
  CHECK(!rs[0].Has("clients.with_children.men"));
  CHECK(!rs[0].Has("clients.with_children.women"));
}

TEST_CASE("cell_lines: a label a wrap broke, then a blank line, is no row with an empty cell") {
  // `pdftotext -nopgbrk` of the 2023 form: the row's label over three lines
  // at a page's width (the text reader joins them), a blank line ending the
  // paragraph, and one count. Taken as a row, the blank line would be the
  // Kvinnor cell and the 23 the men's: the count may be either column's.
  std::vector<Record> rs = testing::ExtractText(Form2023(
      "2. Klienter\nKvinnor\nMän\nTotalt antal klienter\n40\n22\n\n"
      "Klienter med hemmavarande\nKvinnor\nMän\n"
      "Antal klienter som, helt eller delvis, har hemmavarande barn under 18 år[footnoteRef:2] "
      "vilka är\n"
      "kända för verksamheten. [2: Inkluderar även barn till maka/make/reg. partner/sambo som "
      "är\nhemmavarande hos klienten. ]\n\n23\n\n3. Kontakt med verksamheten\n"));
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].values.at("clients.total.women").as_number() == 40);
  CHECK(!rs[0].Has("clients.with_children.men"));
  CHECK(!rs[0].Has("clients.with_children.women"));
}

}  // namespace cell_lines_test
}  // namespace redovis
