// Reading-order text, its tables' marks (reading_order_marks.cc): which
// check box's column the order proves (a Ja/Nej table written row after row
// or column after column) and which it does not (null and a finding). A
// question's own table: reading_order_question_boxes_test.cc; option lists:
// reading_order_options_test.cc.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "match/reading_order.h"
#include "test_support.h"

namespace reading_order_marks_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::FindCode;
using redovis::testing::Form2020;
using redovis::testing::Form2023;

namespace {

// The one record `text` gives.
Record OneRecord(const std::string& text) {
  auto recs = ExtractText(text);
  REQUIRE(recs.size() == 1);
  return recs[0];
}

}  // namespace

TEST_CASE("reading-order text: a Ja/Nej column written after its rows proves no mark") {
  // pdftotext writes the rows' labels, then the "Nej" column's boxes: the
  // word after a label is the next column's header, not the answer. (The
  // "Ja" column has a box fewer than there are rows: the columns prove
  // nothing either.)
  auto recs = ExtractText(Form2020(
      "5. Organisation, ledning och samverkan\nAnge vilka myndigheter som ingår i ledningsgruppen\n"
      "Kommun/kommuner\nLandstingets primärvård\nLandstingets psykiatri\n\nNej\n☐\n☐\n☐\n\n"
      "Ja\n☒\n☒\n\f"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("steering_group.psychiatry").is_null());
  CHECK(r.Get("steering_group.primary_care").is_null());
  const Finding* f = FindCode(r, "ambiguous_column");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("reading-order") != std::string::npos);
  // The same words typed, without pages, are an answer on the next line.
  auto typed = ExtractText(Form2020(
      "5. Organisation, ledning och samverkan\nLandstingets psykiatri\nNej, det har vi inte\n"));
  REQUIRE(typed.size() == 1);
  CHECK(typed[0].Get("steering_group.psychiatry").ToDisplay() == "false");
}

TEST_CASE("reading-order text: a Ja/Nej table written row after row gives its marks in order") {
  auto read = [](const std::string& rows) {
    auto recs = ExtractText(
        Form2020("\f5. Organisation, ledning och samverkan\nAnge vem som är utförare av "
                 "verksamheten med personligt ombud i er kommun\n\nJa\n\nNej\n\n" +
                 rows + "\nOm annan utförare än kommunen, ange organisationens namn\n\f"));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  // Each row: its label, then one box a column, left to right.
  Record r = read(
      "Kommun\n\n☒\n\n☐\n\nFörening\n☐\n☒\nStiftelse\n☐\n☒\nAktiebolag\n☐\n☒\n"
      "Annan utförare\n☐\n☒\n");
  CHECK(r.Get("provider.municipality").ToDisplay() == "true");
  CHECK(r.Get("provider.association").ToDisplay() == "false");
  CHECK(r.Get("provider.other").ToDisplay() == "false");
  CHECK(FindCode(r, "ambiguous_column") == nullptr);
  // One row with a box fewer: no row's boxes are proven to be in order.
  Record short_row = read(
      "Kommun\n☒\n☐\nFörening\n☒\nStiftelse\n☐\n☒\nAktiebolag\n☐\n☒\n"
      "Annan utförare\n☐\n☒\n");
  CHECK(short_row.Get("provider.municipality").is_null());
  CHECK(short_row.Get("provider.association").is_null());
  CHECK(FindCode(short_row, "ambiguous_column") != nullptr);
}

TEST_CASE("reading-order text: a row's label with its full stop, the header a page above") {
  // MuPDF's text of the 2020 print: the training table's words at one
  // page's foot, its row on the next, the label ending in the form's full
  // stop. Before, a label with anything after it was no row of the table:
  // the row was left empty (`ambiguous_column`).
  auto read = [](const std::string& boxes) {
    return OneRecord(
        Form2020("1. Personliga ombud\nUtbildning\n\nJa\nNej\n\n\f\nOmbuden har erbjudits "
                 "utbildning.\n" +
                 boxes + "\nOm ja, ange vilken/vilka utbildningar.\n\f"));
  };
  CHECK(read("☐\n☒\n").Get("training.offered").ToDisplay() == "false");
  CHECK(read("☒\n☐\n").Get("training.offered").ToDisplay() == "true");
  // One box for two columns: not read.
  CHECK(read("☒\n").Get("training.offered").is_null());
}

TEST_CASE("reading-order text: a question's wording wrapped between its label and its boxes") {
  // MuPDF's text of the 2020 print: the queue's column words ("N" / "ej",
  // a narrow cell's broken word) at one page's foot, the question on the
  // next wrapped over three lines, then its three boxes. Before, the
  // wording's rest stood between the label and the boxes, and the row was
  // left empty.
  auto read = [](const std::string& boxes) {
    return OneRecord(
        Form2020("4. Tillgång till personligt ombud\n\nJa\nDelvis (t.ex. om det är kö i 3 av 12 "
                 "\nkommuner)\n\nN\nej\n\n\f\nHar ni under 2020 haft kö eller väntetid för "
                 "personer \n(uppdragsgivare) som söker kontakt med personliga \nombud?\n\n" +
                 boxes +
                 "\nOm ja, uppskatta hur lång väntetiden är eller har varit i er kommun under "
                 "2020. 3-4 månader\n\f"));
  };
  CHECK(read("☒\n☐\n☐\n").Get("access.queue").ToDisplay() == "yes");
  CHECK(read("☐\n☐\n☒\n").Get("access.queue").ToDisplay() == "no");
  // Two boxes for three columns: not read.
  CHECK(read("☐\n☒\n").Get("access.queue").is_null());
}

TEST_CASE("reading-order text: a Ja/Nej table written column after column gives its marks") {
  // pdftotext writes the "Ja" column (its word, one box a row), the rows'
  // labels, then the "Nej" column: the i-th box of a column is the i-th row's.
  auto read = [](const std::string& table) {
    auto recs = ExtractText(
        Form2020("\f5. Organisation, ledning och samverkan\nAnge vilka myndigheter som ingår i "
                 "ledningsgruppen\n" +
                 table + "\nAnge vilka organisationer som ingår i ledningsgruppen\n\f"));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  const std::string rows =
      "Kommun/kommuner\nArbetsförmedlingen\nFörsäkringskassan\nLandstingets primärvård\n"
      "Landstingets psykiatri\n\n";
  Record r = read("Ja\n☒\n☒\n☒\n☐\n☒\n\n" + rows + "Nej\n☐\n☐\n☐\n☒\n☐\n");
  CHECK(r.Get("steering_group.municipality").ToDisplay() == "true");
  CHECK(r.Get("steering_group.social_insurance_agency").ToDisplay() == "true");
  CHECK(r.Get("steering_group.primary_care").ToDisplay() == "false");
  CHECK(r.Get("steering_group.psychiatry").ToDisplay() == "true");
  CHECK(FindCode(r, "ambiguous_column") == nullptr);
  // Both columns after the rows, Nej first: the words name the columns.
  Record after = read("\n" + rows + "Nej\n☐\n☐\n☐\n☒\n☐\n\nJa\n☒\n☒\n☒\n☐\n☒\n");
  CHECK(after.Get("steering_group.primary_care").ToDisplay() == "false");
  CHECK(after.Get("steering_group.psychiatry").ToDisplay() == "true");
  SUBCASE("a row with two boxes ticked: the runs are not proven to line up") {
    Record two = read("Ja\n☒\n☒\n☒\n☒\n☒\n\n" + rows + "Nej\n☐\n☐\n☐\n☒\n☐\n");
    CHECK(two.Get("steering_group.municipality").is_null());
    CHECK(two.Get("steering_group.primary_care").is_null());
    CHECK(FindCode(two, "ambiguous_column") != nullptr);
  }
  SUBCASE("a column one box short") {
    Record short_run = read("Ja\n☒\n☒\n☒\n☒\n\n" + rows + "Nej\n☐\n☐\n☐\n☒\n☐\n");
    CHECK(short_run.Get("steering_group.municipality").is_null());
  }
  SUBCASE("boxes with no column word of their own") {
    Record bare = read("☒\n☒\n☒\n☐\n☒\n\n" + rows + "Nej\n☐\n☐\n☐\n☒\n☐\n");
    CHECK(bare.Get("steering_group.psychiatry").is_null());
  }
}

TEST_CASE("reading-order text: two tables' second columns written after both are paired") {
  // The order wrote the provider table's "Ja" column and rows, the
  // authorities' "Ja" column and rows, the organisations' table, then both
  // "Nej" columns: the one pairing with no row ticked twice gives each table
  // its column.
  const std::string organisations =
      "Patientorganisationer\nBrukarorganisationer\nAnhörigorganisationer\nAnnan organisation\n\n"
      "Ja\n☐\n☒\n☐\n☐\n\nNej\n☒\n☐\n☒\n☒\n\nOm ja, ange vilken/vilka:\nRSMH\n\n";
  auto read = [](const std::string& between, const std::string& runs) {
    auto recs = ExtractText(Form2020(
        "\f5. Organisation, ledning och samverkan\nAnge vem som är utförare av verksamheten med "
        "personligt ombud i er kommun\n\nJa\n☒\n☐\n☐\n☐\n☐\n\nKommun\nFörening\nStiftelse\n"
        "Aktiebolag\nAnnan utförare\nOm annan utförare än kommunen, ange organisationens namn\n"
        "Ange vilka myndigheter som ingår i ledningsgruppen\n\nJa\n☒\n☒\n☒\n☒\n☐\n\n"
        "Kommun/kommuner\nArbetsförmedlingen\nFörsäkringskassan\nLandstingets primärvård\n"
        "Landstingets psykiatri\nAnge vilka organisationer som ingår i ledningsgruppen\n\n" +
        between + runs + "\f"));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  const std::string runs = "Nej\n☐\n☐\n☐\n☐\n☐\n\nNej\n☐\n☒\n☒\n☒\n☒\n";
  Record r = read(organisations, runs);
  CHECK(r.Get("provider.municipality").ToDisplay() == "true");
  CHECK(r.Get("provider.association").ToDisplay() == "false");
  CHECK(r.Get("provider.other").ToDisplay() == "false");
  CHECK(r.Get("steering_group.municipality").ToDisplay() == "true");
  CHECK(r.Get("steering_group.primary_care").ToDisplay() == "true");
  CHECK(r.Get("steering_group.psychiatry").is_null());
  CHECK(r.Get("steering_group.user_org").ToDisplay() == "true");
  // Both pairings line up: neither table is read.
  Record both = read(organisations, "Nej\n☐\n☐\n☐\n☐\n☐\n\nNej\n☐\n☐\n☐\n☐\n☒\n");
  CHECK(both.Get("provider.association").is_null());
  CHECK(both.Get("steering_group.psychiatry").is_null());
  CHECK(FindCode(both, "ambiguous_column") != nullptr);
  // A run without a word of its own: it may be any column's.
  Record bare = read(organisations, "Nej\n☐\n☐\n☐\n☐\n☐\n\n☐\n☒\n☒\n☒\n☒\n");
  CHECK(bare.Get("provider.association").is_null());
  CHECK(bare.Get("steering_group.municipality").is_null());
  // No other table's rows between the authorities' rows and the runs: the
  // runs are not shown to be apart from it, and neither table is read.
  Record next = read("", runs);
  CHECK(next.Get("provider.association").is_null());
  CHECK(next.Get("steering_group.municipality").is_null());
}

TEST_CASE("reading-order text: a column after the rows' own text question still lines up") {
  // The provider table: its "Ja" column, its labels, the row's text question
  // under them ("Om annan utförare ..."), then its "Nej" column.
  auto read = [](const std::string& between) {
    auto recs = ExtractText(Form2020(
        "\f5. Organisation, ledning och samverkan\nAnge vem som är utförare av verksamheten med "
        "personligt ombud i er kommun\n\nJa\n☒\n☐\n☐\n☐\n☐\n\nKommun\nFörening\nStiftelse\n"
        "Aktiebolag\nAnnan utförare\n" +
        between +
        "\nNej\n☐\n☒\n☒\n☒\n☒\n\nAnge vilka myndigheter som ingår i ledningsgruppen\n\f"));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  Record r = read("Om annan utförare än kommunen, ange organisationens namn\n");
  CHECK(r.Get("provider.municipality").ToDisplay() == "true");
  CHECK(r.Get("provider.association").ToDisplay() == "false");
  CHECK(r.Get("provider.other").ToDisplay() == "false");
  // Another line there (not the table's text question): nothing is proven.
  Record other = read("Verksamheten drivs i egen regi.\n");
  CHECK(other.Get("provider.municipality").is_null());
  CHECK(other.Get("provider.other").is_null());
  CHECK(FindCode(other, "ambiguous_column") != nullptr);
}

TEST_CASE("reading-order text: a Ja/Nej table's words, then its columns' runs in their order") {
  // The "Ja" word over the labels, the "Nej" word after them, then the two
  // columns' boxes, Ja's first: the words' order is the runs'.
  const std::string head =
      "5. Organisation, ledning och samverkan\n"
      "Ange vem som är utförare av verksamheten med personligt ombud i er kommun\n\nJa\n"
      "Kommun\nFörening\nStiftelse\nAktiebolag\nAnnan utförare\n"
      "Om annan utförare än kommunen, ange organisationens namn\n\nNej\n";
  auto recs = ExtractText(Form2020(head + "☒\n☐\n☐\n☐\n☐\n\n☐\n☒\n☒\n☒\n☒\n\f"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("provider.municipality").ToDisplay() == "true");
  CHECK(r.Get("provider.association").ToDisplay() == "false");
  CHECK(r.Get("provider.other").ToDisplay() == "false");
  CHECK(FindCode(r, "ambiguous_column") == nullptr);
  // A row with no box ticked was left blank: its key stays null, the other
  // rows are read (the 000 prints' psychiatry row).
  auto blank_row = ExtractText(Form2020(head + "☒\n☐\n☐\n☐\n☐\n\n☐\n☒\n☒\n☒\n☐\n\f"));
  REQUIRE(blank_row.size() == 1);
  CHECK(blank_row[0].Get("provider.municipality").ToDisplay() == "true");
  CHECK(blank_row[0].Get("provider.association").ToDisplay() == "false");
  CHECK(blank_row[0].Get("provider.other").is_null());
  // A row with two boxes ticked, a run a box short, or no tick in the whole
  // table: nothing is read.
  for (const char* runs : {"☒\n☐\n☐\n☐\n☐\n\n☒\n☒\n☒\n☒\n☒\n\f", "☒\n☐\n☐\n☐\n\n☐\n☒\n☒\n☒\n☒\n\f",
                           "☐\n☐\n☐\n☐\n☐\n\n☐\n☐\n☐\n☐\n☐\n\f"}) {
    auto refused = ExtractText(Form2020(head + runs));
    REQUIRE(refused.size() == 1);
    CHECK(refused[0].Get("provider.municipality").is_null());
    CHECK(refused[0].Get("provider.association").is_null());
    CHECK(FindCode(refused[0], "ambiguous_column") != nullptr);
  }
  // A word after a run: which run is whose is not shown.
  auto late = ExtractText(
      Form2020("5. Organisation, ledning och samverkan\n"
               "Ange vem som är utförare av verksamheten med personligt ombud i er kommun\n\nJa\n"
               "Kommun\nFörening\n\nNej\n☒\n☐\n\nDelvis\n☐\n☒\n\f"));
  REQUIRE(late.size() == 1);
  CHECK(late[0].Get("provider.municipality").is_null());
}

TEST_CASE("reading-order text: the next table's instruction before the runs, its word after") {
  // 001's prints: the order wrote the next table's instruction ("Ange vilka
  // myndigheter ...", a note the form prints) before this table's "Nej"
  // and its runs, and the next table's "Ja" over its row labels after them.
  auto read = [](const std::string& after) {
    auto recs = ExtractText(Form2020(
        "\f5. Organisation, ledning och samverkan\nAnge vem som är utförare av verksamheten med "
        "personligt ombud i er kommun\n\nJa\nKommun\nFörening\nStiftelse\nAktiebolag\nAnnan "
        "utförare\nOm annan utförare än kommunen, ange organisationens namn\nAnge vilka "
        "myndigheter som ingår i ledningsgruppen\n\nNej\n☒\n☐\n☐\n☐\n☐\n\n☐\n☒\n☒\n☒\n☒\n\n" +
        after + "\f"));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  Record r = read("Ja\nKommun/kommuner\nArbetsförmedlingen\n");
  CHECK(r.Get("provider.municipality").ToDisplay() == "true");
  CHECK(r.Get("provider.association").ToDisplay() == "false");
  CHECK(r.Get("provider.other").ToDisplay() == "false");
  // A word after the runs with a run of its own: a third column, whose
  // place is not shown.
  Record third = read("Delvis\n☐\n☐\n☐\n☐\n☐\n");
  CHECK(third.Get("provider.municipality").is_null());
  CHECK(FindCode(third, "ambiguous_column") != nullptr);
}

TEST_CASE("reading-order text: a row's names after its boxes, inside a table written by rows") {
  // MuPDF's text of the 2020 form: "Brukarorganisationer" / "☒" / "☐" /
  // "RSMH" / "Anhörigorganisationer" / ... Before, the names line ended the
  // rows read: the names and every row after them were left empty.
  auto read = [](const std::string& rows) {
    auto recs = ExtractText(Form2020(
        "\f5. Organisation, ledning och samverkan\n"
        "Ange vilka organisationer som ingår i ledningsgruppen\n\nJa\nNej\n"
        "Om ja, ange vilken/vilka:\n\n" +
        rows + "\nOm ledningsgruppen inte har någon representant från kommunen, ange varför.\n\f"));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  Record r = read(
      "Patientorganisationer\n☐\n☒\n\nBrukarorganisationer\n☒\n☐\nRSMH\n\n"
      "Anhörigorganisationer\n☐\n☒\n\nAnnan organisation\n☐\n☒\n");
  CHECK(r.Get("steering_group.patient_org").ToDisplay() == "false");
  CHECK(r.Get("steering_group.user_org").ToDisplay() == "true");
  CHECK(r.Get("steering_group.user_org_names").ToDisplay() == "RSMH");
  CHECK(r.Get("steering_group.relatives_org").ToDisplay() == "false");
  CHECK(r.Get("steering_group.other_org").ToDisplay() == "false");
  // Names after a row answered Nej: whose they are is not shown, and the
  // order of the table is in doubt: nothing of it is read.
  Record nej = read(
      "Patientorganisationer\n☐\n☒\nRSMH\n\nBrukarorganisationer\n☒\n☐\n\n"
      "Anhörigorganisationer\n☐\n☒\n");
  CHECK(nej.Get("steering_group.patient_org").is_null());
  CHECK(nej.Get("steering_group.patient_org_names").is_null());
  CHECK(nej.Get("steering_group.user_org").is_null());
  // Names after the last row: no row's label after them; not taken so.
  Record last = read("Patientorganisationer\n☐\n☒\n\nBrukarorganisationer\n☒\n☐\nRSMH\n");
  CHECK(last.Get("steering_group.user_org_names").is_null());
}

TEST_CASE("reading-order text: the names column after a Ja/Nej table: whose row is not shown") {
  // pdftotext writes the organisations' table (its rows, then a column at a
  // time, or row after row) and then its names column: its word, and one
  // name. Which row wrote it the order does not show: a row answered Nej may
  // name organisations too (other answers' seeds: "RSMH" beside a Nej, one
  // other row answered Ja). Before, the name was given to the one Ja row.
  // Now no row's names are read, and a finding shows the name.
  auto read = [](const std::string& table) {
    auto recs = ExtractText(
        Form2020("\f5. Organisation, ledning och samverkan\nAnge vilka organisationer som ingår i "
                 "ledningsgruppen\n\n" +
                 table + "\n6. Tillgång till samhällsservice\n\f"));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  const std::string rows =
      "Patientorganisationer\nBrukarorganisationer\nAnhörigorganisationer\nAnnan organisation\n\n";
  const std::string columns = rows + "Ja\n☐\n☒\n☐\n☐\n\nNej\n☒\n☐\n☒\n☒\n\n";
  Record r = read(columns + "Om ja, ange vilken/vilka:\nRSMH\n");
  CHECK(r.Get("steering_group.user_org").ToDisplay() == "true");
  CHECK(r.Get("steering_group.user_org_names").is_null());
  CHECK(r.Get("steering_group.patient_org_names").is_null());
  const Finding* f = FindCode(r, "ambiguous_column");
  REQUIRE(f != nullptr);
  CHECK(f->message_id == "reading_order_names");
  CHECK(f->keys == std::vector<std::string>{"steering_group.user_org_names"});
  CHECK(f->args.at("raw") == "RSMH");
  // Row after row: each label, then its Ja box and its Nej box.
  Record by_rows = read(
      "Ja\n\nNej\n\nPatientorganisationer\n\n☐\n\n☒\n\nBrukarorganisationer\n\n☒\n\n☐\n\n"
      "Anhörigorganisationer\n\n☐\n\n☒\n\nAnnan organisation\n\n☐\n\n☒\n\n"
      "Om ja, ange vilken/vilka:\nRSMH\n");
  CHECK(by_rows.Get("steering_group.user_org_names").is_null());
  CHECK(FindCode(by_rows, "ambiguous_column") != nullptr);
  // After the name, past a blank line, the next question's wording wrapped
  // over two lines (narrower than the page's widest line, so the reader
  // keeps them apart): no line of the name's cell.
  Record wrapped =
      read(std::string("Ledningsgruppen har under året följt upp verksamheten med "
                       "personligt ombud vid fyra tillfällen och i samtliga kommuner.\n\n") +
           columns + "Om ja, ange vilken/vilka:\nRSMH\n\n" +
           "Om ledningsgruppen inte har någon representant från kommunen, "
           "landstingets primärvård och psykiatri,\nArbetsförmedlingen eller "
           "Försäkringskassan, ange varför.\nAnge hur kommunen har arbetat för att få "
           "representanter från nedanstående huvudmän att delta i\nledningsgruppen?\n");
  CHECK(wrapped.Get("steering_group.user_org_names").is_null());
  CHECK(FindCode(wrapped, "ambiguous_column") != nullptr);
  SUBCASE("two rows answered Ja: which of them a name is not told") {
    Record two =
        read(rows + "Ja\n☐\n☒\n☒\n☐\n\nNej\n☒\n☐\n☐\n☒\n\n" + "Om ja, ange vilken/vilka:\nRSMH\n");
    CHECK(two.Get("steering_group.user_org").ToDisplay() == "true");
    CHECK(two.Get("steering_group.user_org_names").is_null());
    CHECK(two.Get("steering_group.relatives_org_names").is_null());
  }
  SUBCASE("a row left blank may hold the name") {
    Record blank =
        read(rows + "Ja\n☐\n☒\n☐\n☐\n\nNej\n☐\n☐\n☒\n☒\n\nOm ja, ange vilken/vilka:\nRSMH\n");
    CHECK(blank.Get("steering_group.user_org_names").is_null());
  }
  SUBCASE("two lines under the names' word: two names or one wrapped") {
    Record lines = read(columns + "Om ja, ange vilken/vilka:\nRSMH\nIFS\n");
    CHECK(lines.Get("steering_group.user_org_names").is_null());
  }
  SUBCASE("no names' word after the table") {
    Record bare = read(columns + "RSMH\n");
    CHECK(bare.Get("steering_group.user_org_names").is_null());
  }
}

TEST_CASE("reading-order text: a row of typed marks whose empty cells are empty form fields") {
  // The 2023 form through pdftohtml and w3m: each cell a line, an "X" typed
  // in its field, an empty field five en spaces; rebuilt into rows
  // (cell_lines.h). No cell is left out, so the marks stand in their columns'
  // order. Before, every such row was ambiguous_column.
  const std::string field = "\u2002\u2002\u2002\u2002\u2002\n";
  auto read = [&](const std::string& rows) {
    auto recs = ExtractText(
        Form2020("2. Klienter\nKvinnor\nMän\nTotalt antal klienter\n40\n22\n"
                 "5. Organisation, ledning och samverkan\nAnge vem som är utförare av verksamheten "
                 "med personligt ombud i er kommun\nJa\nNej\n" +
                 rows + "Om annan utförare än kommunen, ange organisationens namn\n" + field) +
        testing::PdfWrappedFiller());
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  Record r = read("Kommun\nX\n" + field + "Förening\n" + field + "X\nStiftelse\n" + field + "X\n");
  CHECK(r.Get("provider.municipality").ToDisplay() == "true");
  CHECK(r.Get("provider.association").ToDisplay() == "false");
  CHECK(r.Get("provider.foundation").ToDisplay() == "false");
  // An empty cell with no field line for it (a cell left out): not read so.
  Record gap = read("Kommun\nX\n\nFörening\n" + field + "X\n");
  CHECK(gap.Get("provider.municipality").is_null());
}

}  // namespace reading_order_marks_test
