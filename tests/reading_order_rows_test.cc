// Reading-order text, a row's cells on its label's line one space apart
// (reading_order_rows.cc: `tr -s ' '` of a laid-out page, `pdftotext -raw`):
// read one a column in the order of the header above, and only where they
// are exactly as many as its columns and none may be the label's own.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_support.h"

namespace reading_order_rows_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::FindCode;
using redovis::testing::Form2020;
using redovis::testing::Form2023;

namespace {

// A report of the 2020 form in reading order, `body` on its second page.
Record Read(const std::string& body) {
  auto recs = ExtractText(Form2020("\f" + body + "\f9. Övrigt\n\f"));
  REQUIRE(recs.size() == 1);
  return recs[0];
}

const char kClients[] = "2. Klienter\n\nKvinnor Män\n";

}  // namespace

TEST_CASE(
    "reading-order text: a row's counts after its label, one a column in the header's order") {
  Record r = Read(std::string(kClients) +
                  "Totalt antal klienter 29 5\ndärav mellan 18 och 29 år 14 2\n"
                  "därav 65 år och över\n\nAntal nya klienter 9 4\n\n"
                  "3. Kontakt med verksamheten\nKontaktorsak Kvinnor Män\nEkonomi 16 10\n"
                  "Relationsfrågor\nBostad 4 2\n");
  CHECK(r.Get("clients.total.women").ToDisplay() == "29");
  CHECK(r.Get("clients.total.men").ToDisplay() == "5");
  CHECK(r.Get("clients.total.age_18_29.women").ToDisplay() == "14");
  CHECK(r.Get("clients.total.age_18_29.men").ToDisplay() == "2");
  CHECK(r.Get("clients.new.women").ToDisplay() == "9");
  CHECK(r.Get("clients.new.men").ToDisplay() == "4");
  // A label the rule closes with a look-ahead ("Ekonomi" alone) is matched
  // without its cells; the header's first column's word goes before it.
  CHECK(r.Get("contact_reasons.economy.women").ToDisplay() == "16");
  CHECK(r.Get("contact_reasons.economy.men").ToDisplay() == "10");
  CHECK(r.Get("contact_reasons.housing.men").ToDisplay() == "2");
  CHECK(r.Get("clients.total.age_65_plus.women").is_null());
  // The header's order decides, not the catalogue's.
  Record swapped = Read("2. Klienter\n\nAntal män Antal kvinnor\nTotalt antal klienter 29 5\n");
  CHECK(swapped.Get("clients.total.women").ToDisplay() == "5");
  CHECK(swapped.Get("clients.total.men").ToDisplay() == "29");
}

TEST_CASE("reading-order text: a row's lone count placed by the table's sums") {
  // MuPDF's XHTML through w3m, `pdftotext -raw`: each row on its line, an
  // empty cell writing nothing. 62 = 2 + 60 leaves the 53 and the 60 no
  // place but the men's (131 = 10 + 53 + 60 + 8).
  const std::string total =
      "Totalt antal klienter 62 131\ndärav mellan 18 och 29 år 2 10\n"
      "därav mellan 30 och 49 år 53\ndärav mellan 50 och 64 år 60\n";
  Record r = Read(std::string(kClients) + total + "därav 65 år och över 60 8\n");
  CHECK(r.Get("clients.total.age_30_49.men").ToDisplay() == "53");
  CHECK(r.Get("clients.total.age_50_64.men").ToDisplay() == "60");
  CHECK(r.Get("clients.total.age_30_49.women").is_null());
  CHECK(r.Get("clients.total.age_65_plus.women").ToDisplay() == "60");
  CHECK(FindCode(r, "ambiguous_column") == nullptr);
  // The sums leave two placements (10 = 2 + 4 + 4 with either lone 4 the
  // women's): both rows undecided, with the finding.
  Record two = Read(std::string(kClients) +
                    "Totalt antal klienter 10 10\ndärav mellan 18 och 29 år 2 2\n"
                    "därav mellan 30 och 49 år 4\ndärav mellan 50 och 64 år 4\n"
                    "därav 65 år och över 4 4\n");
  CHECK(two.Get("clients.total.age_30_49.women").is_null());
  CHECK(two.Get("clients.total.age_30_49.men").is_null());
  CHECK(two.Get("clients.total.age_65_plus.men").ToDisplay() == "4");
  CHECK(FindCode(two, "ambiguous_column") != nullptr);
  // A row of the table whose numbers may be one number ("1 234"): it ends
  // the table, whose sums then cover no row whole: nothing placed.
  Record doubtful = Read(std::string(kClients) + total + "därav 65 år och över 1 234\n");
  CHECK(doubtful.Get("clients.total.age_30_49.men").is_null());
  // Sums that hold in no placement: nothing placed.
  Record off = Read(std::string(kClients) + total + "därav 65 år och över 61 8\n");
  CHECK(off.Get("clients.total.age_30_49.men").is_null());
  CHECK(off.Get("clients.total.age_30_49.women").is_null());
}

TEST_CASE("reading-order text: a row's counts that are not one a column are not read") {
  SUBCASE("an empty cell: one number for two columns") {
    Record r = Read(std::string(kClients) + "Totalt antal klienter 29\n");
    CHECK(r.Get("clients.total.women").is_null());
    CHECK(r.Get("clients.total.men").is_null());
    const Finding* f = FindCode(r, "ambiguous_column");
    REQUIRE(f != nullptr);
    CHECK(f->message.find("'29'") != std::string::npos);
    CHECK(f->message.find("women, men") != std::string::npos);
  }
  SUBCASE("no header above the table") {
    Record r = Read("2. Klienter\n\nTotalt antal klienter 29 5\n");
    CHECK(r.Get("clients.total.women").is_null());
    CHECK(FindCode(r, "ambiguous_column") != nullptr);
  }
  SUBCASE("a number the label's regex needs: its run is doubtful") {
    // "29" is the label's; "5" alone may be either column's.
    Record r = Read(std::string(kClients) +
                    "Totalt antal klienter 30 6\n"
                    "därav mellan 18 och 29 5\n");
    CHECK(r.Get("clients.total.women").ToDisplay() == "30");
    CHECK(r.Get("clients.total.age_18_29.women").is_null());
    CHECK(r.Get("clients.total.age_18_29.men").is_null());
  }
  SUBCASE("a year first, a thousands group: the label's or one number") {
    Record year = Read(std::string(kClients) + "Antal nya klienter 2023 5\n");
    CHECK(year.Get("clients.new.women").is_null());
    CHECK(year.Get("clients.new.men").is_null());
    const Finding* f = FindCode(year, "ambiguous_column");
    REQUIRE(f != nullptr);
    CHECK(f->message.find("'2023 5'") != std::string::npos);
    Record groups = Read(std::string(kClients) + "Totalt antal klienter 1 234\n");
    CHECK(groups.Get("clients.total.women").is_null());
    CHECK(groups.Get("clients.total.men").is_null());
  }
}

TEST_CASE("reading-order text: a row's boxes after its label, one a column in the header's order") {
  Record r = Read(
      "5. Organisation, ledning och samverkan\nAnge vem som är utförare av verksamheten med "
      "personligt ombud i er kommun\nJa Nej\nKommun ☒ ☐\nFörening ☐ ☒\nStiftelse ☐ ☐\n"
      "Ange vilka organisationer som ingår i ledningsgruppen\n"
      "Ja Nej Om ja, ange vilken/vilka:\nPatientorganisationer ☐ ☒\n");
  CHECK(r.Get("provider.municipality").ToDisplay() == "true");
  CHECK(r.Get("provider.association").ToDisplay() == "false");
  // Neither box ticked: nothing chosen.
  CHECK(r.Get("provider.foundation").is_null());
  // The names column takes no box.
  CHECK(r.Get("steering_group.patient_org").ToDisplay() == "false");
  // One box for two columns: which is whose cannot be told.
  Record one = Read(
      "5. Organisation, ledning och samverkan\nAnge vem som är utförare av verksamheten med "
      "personligt ombud i er kommun\nJa Nej\nKommun ☒\nFörening ☐ ☒\n");
  CHECK(one.Get("provider.municipality").is_null());
  CHECK(one.Get("provider.association").ToDisplay() == "false");
  const Finding* f = FindCode(one, "ambiguous_column");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("'☒'") != std::string::npos);
}

TEST_CASE("reading-order text: the names after a row's boxes go to its names column") {
  auto read = [](const std::string& rows) {
    return Read(
        "5. Organisation, ledning och samverkan\n"
        "Ange vilka organisationer som ingår i ledningsgruppen\n"
        "Ja Nej Om ja, ange vilken/vilka:\nPatientorganisationer ☐ ☒\n" +
        rows + "Annan organisation ☐ ☒\n\n");
  };
  Record r = read("Brukarorganisationer ☒ ☐ RSMH\nAnhörigorganisationer ☒ ☐ ISF\n");
  CHECK(r.Get("steering_group.user_org").ToDisplay() == "true");
  CHECK(r.Get("steering_group.user_org_names").ToDisplay() == "RSMH");
  CHECK(r.Get("steering_group.relatives_org_names").ToDisplay() == "ISF");
  CHECK(r.Get("steering_group.other_org").ToDisplay() == "false");
  // Names after a Nej: whose they are cannot be told.
  Record nej = read("Brukarorganisationer ☐ ☒ RSMH\n");
  CHECK(nej.Get("steering_group.user_org").ToDisplay() == "false");
  CHECK(nej.Get("steering_group.user_org_names").is_null());
  // A line after them that no row, label or heading claims may be their wrap.
  Record wrapped = read("Brukarorganisationer ☒ ☐ RSMH och\nIntresseföreningen\n");
  CHECK(wrapped.Get("steering_group.user_org").ToDisplay() == "true");
  CHECK(wrapped.Get("steering_group.user_org_names").is_null());
  CHECK(FindCode(wrapped, "wrapped_value") != nullptr);
}

TEST_CASE("reading-order text: a label's last words after its row's boxes are the label's") {
  // The reader joined the label's wrapped line, in lower case, after the
  // boxes; its full stop ends it.
  auto read = [](const std::string& row) {
    return Read("4. Tillgång till personligt ombud\n\nJa Nej\n" + row + "\n\n");
  };
  Record r = read(
      "Har ni bedömningsriktlinjer eller prioriteringsordning (vid kö till PO) för tillgång till "
      "☒ ☐ personligt ombud.");
  CHECK(r.Get("access.has_priority_guidelines").ToDisplay() == "true");
  // Words without an end, or with a digit, may be anything: not read so.
  Record open = read(
      "Har ni bedömningsriktlinjer eller prioriteringsordning (vid kö till PO) för tillgång till "
      "☒ ☐ personligt ombud");
  CHECK(open.Get("access.has_priority_guidelines").is_null());
}

TEST_CASE("reading-order text: a label's last words after its row's counts, a header word broken") {
  // `tr -s ' '`: the header's "Kvinnor" broken in its narrow cell, its rest
  // on the next line; the row's label wrapped after its two counts.
  auto read = [](const std::string& header, const std::string& row) {
    return Read(std::string("2. Klienter\n\n") + header +
                "Antal klienter som, helt eller delvis, har hemmavarande barn under 18 år vilka "
                "är kända " +
                row + "\n\n");
  };
  const std::string broken = "Klienter med hemmavarande Kvinn Män\n or\n";
  Record r = read(broken, "10 8 för verksamheten.");
  CHECK(r.Get("clients.with_children.women").ToDisplay() == "10");
  CHECK(r.Get("clients.with_children.men").ToDisplay() == "8");
  // One count before the words: which column is not told.
  Record one = read(broken, "10 för verksamheten.");
  CHECK(one.Get("clients.with_children.women").is_null());
  CHECK(one.Get("clients.with_children.men").is_null());
  // A rest that completes no column word, or two: no header.
  for (const char* header : {"Klienter med hemmavarande Kvinn Män\n xy\n",
                             "Klienter med hemmavarande Kvinn Kvinn Män\n or\n"}) {
    Record no = read(header, "10 8 för verksamheten.");
    CHECK(no.Get("clients.with_children.women").is_null());
    CHECK(no.Get("clients.with_children.men").is_null());
  }
}

TEST_CASE("typed text: a row's counts after its label under a header of column words are read") {
  // MuPDF's XHTML dumped by html2text at 70 columns: no page's width, so no
  // reading-order text; before, "Totalt antal klienter 267 181" was read by
  // no rule. Where the header above proves the run, one a column, it is read.
  auto typed = [](const std::string& body) {
    auto recs = ExtractText(Form2020(body));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  Record r = typed(
      "2. Klienter\nKvinnor Män\nTotalt antal klienter 29 5\n"
      "därav mellan 18 och 29 år 55 50\nAntal nya klienter 23 14\n"
      "3. Kontakt med verksamheten\nKontaktsorsak Kvinnor Män\nEkonomi 13 11\n");
  CHECK(r.Get("clients.total.women").ToDisplay() == "29");
  CHECK(r.Get("clients.total.men").ToDisplay() == "5");
  CHECK(r.Get("clients.total.age_18_29.men").ToDisplay() == "50");
  CHECK(r.Get("clients.new.women").ToDisplay() == "23");
  CHECK(r.Get("contact_reasons.economy.men").ToDisplay() == "11");
  // Three digits after a number may be its thousands ("1 234"): doubtful,
  // left as written; not where the number they would make is more than the
  // columns may hold (common.rules' most=9999 for Kvinnor and Män: one
  // municipality's clients of one sex never reach 10 000): "267 181" and
  // "62 131" are two counts; "9 999" may be one.
  Record groups = typed("2. Klienter\nKvinnor Män\nTotalt antal klienter 1 234\n");
  CHECK(groups.Get("clients.total.women").is_null());
  CHECK(groups.Get("clients.total.men").is_null());
  Record most = typed("2. Klienter\nKvinnor Män\nTotalt antal klienter 9 999\n");
  CHECK(most.Get("clients.total.women").is_null());
  Record two = typed("2. Klienter\nKvinnor Män\nTotalt antal klienter 267 181\n");
  CHECK(two.Get("clients.total.women").ToDisplay() == "267");
  CHECK(two.Get("clients.total.men").ToDisplay() == "181");
  Record small = typed("2. Klienter\nKvinnor Män\nTotalt antal klienter 62 131\n");
  CHECK(small.Get("clients.total.women").ToDisplay() == "62");
  CHECK(small.Get("clients.total.men").ToDisplay() == "131");
  // A run the header does not prove (one number under two columns) is left
  // as written: no column is told from the order, and no finding of the
  // order's is made for text that is not in reading order.
  Record one = typed("2. Klienter\nKvinnor Män\nTotalt antal klienter 267\n");
  CHECK(one.Get("clients.total.women").is_null());
  CHECK(one.Get("clients.total.men").is_null());
  // No header above: nothing is cut.
  Record bare = typed("2. Klienter\nTotalt antal klienter 267 181\n");
  CHECK(bare.Get("clients.total.women").is_null());
  // A row of counts with a cell left empty, under a header that proves the
  // table, whose keys a `sum` check covers: placed by the sums, as in
  // reading-order text (MuPDF's XHTML through html2text).
  Record sums = typed(
      "2. Klienter\nKvinnor Män\nTotalt antal klienter 62 131\n"
      "därav mellan 18 och 29 år 2 10\ndärav mellan 30 och 49 år 53\n"
      "därav mellan 50 och 64 år 60\ndärav 65 år och över 60 8\n");
  CHECK(sums.Get("clients.total.age_30_49.men").ToDisplay() == "53");
  CHECK(sums.Get("clients.total.age_50_64.men").ToDisplay() == "60");
  CHECK(sums.Get("clients.total.age_30_49.women").is_null());
  // Two placements: null, with a finding that does not speak of reading
  // order; a row no sum covers stays as written, for the rules.
  Record either = typed(
      "2. Klienter\nKvinnor Män\nTotalt antal klienter 10 10\n"
      "därav mellan 18 och 29 år 2 2\ndärav mellan 30 och 49 år 4\n"
      "därav mellan 50 och 64 år 4\ndärav 65 år och över 4 4\n");
  CHECK(either.Get("clients.total.age_30_49.men").is_null());
  const Finding* f = FindCode(either, "ambiguous_column");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("reading-order") == std::string::npos);
  CHECK(f->message.find("'4'") != std::string::npos);
}

TEST_CASE("typed text: empty rows a wrap joined on one line stand between the header and a row") {
  // html2text at 70 columns joins rows without counts: "Bryta isolering
  // Relationsfrågor Existentiella frågor". Before, the row after that line
  // found no header above it and its counts were read by no rule.
  auto recs =
      ExtractText(Form2020("3. Kontakt med verksamheten\nKontaktorsak Kvinnor Män\nEkonomi 14 7\n"
                           "Bryta isolering Relationsfrågor Existentiella frågor\n"
                           "Stöd i kontakten med myndighet 8 4\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact_reasons.authority_contact.women").ToDisplay() == "8");
  CHECK(recs[0].Get("contact_reasons.authority_contact.men").ToDisplay() == "4");
  CHECK(recs[0].Get("contact_reasons.isolation.women").is_null());
  // A line with a word no row's label holds is no such line.
  auto other =
      ExtractText(Form2020("3. Kontakt med verksamheten\nKontaktorsak Kvinnor Män\nEkonomi 14 7\n"
                           "Bryta isolering och annat\n"
                           "Stöd i kontakten med myndighet 8 4\n"));
  REQUIRE(other.size() == 1);
  CHECK(other[0].Get("contact_reasons.authority_contact.women").is_null());
}

TEST_CASE("typed text: a row left short (an empty cell) stands between the header and a row") {
  // MuPDF's XHTML through html2text writes nothing for an empty cell:
  // "Ekonomi 4" under "Kontaktorsak Kvinnor Män". Before, that line was no
  // row of the table, and every row under it found no header above it.
  auto read = [](const std::string& rows) {
    auto recs =
        ExtractText(Form2020("3. Kontakt med verksamheten\nKontaktorsak Kvinnor Män\n" + rows));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  Record r = read("Ekonomi 4\nBostad 8 0\nRelationsfrågor 5\nExistentiella frågor 0 1\n");
  CHECK(r.Get("contact_reasons.housing.women").ToDisplay() == "8");
  CHECK(r.Get("contact_reasons.housing.men").ToDisplay() == "0");
  CHECK(r.Get("contact_reasons.existential.men").ToDisplay() == "1");
  // The short rows themselves say no column.
  CHECK(r.Get("contact_reasons.economy.women").is_null());
  CHECK(r.Get("contact_reasons.economy.men").is_null());
  CHECK(r.Get("contact_reasons.relationships.women").is_null());
  CHECK(r.Get("contact_reasons.relationships.men").is_null());
  // A label with more words than the row's before its number is no row.
  Record other = read("Ekonomi och annat 4\nBostad 8 0\n");
  CHECK(other.Get("contact_reasons.housing.women").is_null());
}

TEST_CASE("typed text: a row's cells on the line right under its label are the row's") {
  // MuPDF's XHTML dumped by html2text: a label that ran over lines of its
  // own in its cell is written whole, then the row's boxes or counts on a
  // line of their own. Before, that line was read by no rule.
  auto typed = [](const std::string& body) {
    auto recs = ExtractText(Form2020(body));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  Record r = typed(
      "2. Klienter\nKlienter med hemmavarande Kvinnor Män\n"
      "Antal klienter som, helt eller delvis, har hemmavarande barn under 18 år vilka är kända "
      "för verksamheten.\n10 8\n"
      "4. Tillgång till personligt ombud\nJa Nej\n"
      "Har ni bedömningsriktlinjer eller prioriteringsordning (vid kö till PO) för tillgång till "
      "personligt ombud.\n☒ ☐\nOm ja, rangordna prioriteringsordningen i er kommun\n");
  CHECK(r.Get("clients.with_children.women").ToDisplay() == "10");
  CHECK(r.Get("clients.with_children.men").ToDisplay() == "8");
  CHECK(r.Get("access.has_priority_guidelines").ToDisplay() == "true");
  // Boxes before their labels ("☒ ☐" / "Kommun" / "☐ ☒" / "Förening"): a
  // label's next line is the next row's; no header above a row proves it.
  Record shifted = typed(
      "5. Organisation, ledning och samverkan\nJa Nej\n☒ ☐\nKommun\n☐ ☒\nFörening\n☐ ☒\n"
      "Stiftelse\n");
  CHECK(shifted.Get("provider.municipality").is_null());
  CHECK(shifted.Get("provider.association").is_null());
  // Counts as many as the columns, one of them a thousands group: doubtful.
  Record groups = typed(
      "2. Klienter\nKlienter med hemmavarande Kvinnor Män\n"
      "Antal klienter som, helt eller delvis, har hemmavarande barn under 18 år vilka är kända "
      "för verksamheten.\n1 234\n");
  CHECK(groups.Get("clients.with_children.women").is_null());
}

TEST_CASE("reading-order text: a row's cells on a line after its label, one blank line between") {
  // MuPDF's XHTML dumped by w3m: each line a paragraph, the label's, then
  // its row's boxes. Before, the boxes were no row's: ambiguous_column.
  Record r = Read(
      "4. Tillgång till personligt ombud\n\nJa Nej\n\nHar ni bedömningsriktlinjer eller "
      "prioriteringsordning (vid kö till PO) för tillgång till personligt ombud.\n\n☒ ☐\n\n"
      "Om ja, rangordna prioriteringsordningen i er kommun\n");
  CHECK(r.Get("access.has_priority_guidelines").ToDisplay() == "true");
  // Boxes written before their labels: the line above a label is no row, so
  // no header proves the boxes under it; nothing is read so.
  Record shifted = Read(
      "5. Organisation, ledning och samverkan\nJa Nej\n☒ ☐\nKommun\n☐ ☒\nFörening\n☐ ☒\n"
      "Stiftelse\n");
  CHECK(shifted.Get("provider.municipality").is_null());
  CHECK(shifted.Get("provider.association").is_null());
}

TEST_CASE("typed text: a header whose last column's word its cell broke, the next column below") {
  // MuPDF's XHTML through html2text: "Klienter med hemmavarande Kvinn or" /
  // "Män" / the row. Before, no header was found above the row.
  auto read = [](const std::string& head) {
    auto recs = ExtractText(Form2020(
        "2. Klienter\n" + head +
        "Antal klienter som, helt eller delvis, har hemmavarande barn under 18 år vilka är "
        "kända för verksamheten. 10 8\n"));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  Record r = read("Klienter med hemmavarande Kvinn or\nMän\n");
  CHECK(r.Get("clients.with_children.women").ToDisplay() == "10");
  CHECK(r.Get("clients.with_children.men").ToDisplay() == "8");
  // Without the first column's words, or a word that is not broken: no
  // header so (the words a line each may be a column written down the page).
  CHECK(read("Kvinn or\nMän\n").Get("clients.with_children.women").is_null());
  CHECK(
      read("Klienter med hemmavarande Kvinn\nMän\n").Get("clients.with_children.women").is_null());
}

TEST_CASE("reading-order text: a header's column word with its note, the last word broken below") {
  // MuPDF's XHTML through html2text (w3m: a blank line between each): the
  // 2020 form's queue header "Ja Delvis (t.ex. ...)" / "N ej", the question
  // over two lines, then its row's three boxes. Before, no header was found.
  const std::string question =
      "Har ni under 2020 haft kö eller väntetid för personer\n"
      "(uppdragsgivare) som söker kontakt med personliga ombud?\n";
  // (A line as wide as the page's widest: no wrap joins the question's lines.)
  const std::string after =
      "Om ja, uppskatta hur lång väntetiden är eller har varit i er kommun under 2020.\n";
  auto read = [&](const std::string& head, const std::string& boxes) {
    return Read("4. Tillgång till personligt ombud\n" + head + question + boxes + after);
  };
  const std::string head = "Ja Delvis (t.ex. om det är kö i 3 av 12 kommuner)\nN ej\n";
  CHECK(read(head, "☐ ☒ ☐\n").Get("access.queue").ToDisplay() == "partly");
  CHECK(read(head, "☐ ☐ ☒\n").Get("access.queue").ToDisplay() == "no");
  CHECK(read("Ja Delvis (t.ex. om det är kö i 3 av 12 kommuner)\nNej\n", "☐ ☐ ☒\n")
            .Get("access.queue")
            .ToDisplay() == "no");
  CHECK(read("\nJa Delvis (t.ex. om det är kö i 3 av 12 kommuner)\n\nN ej\n\n", "\n☒ ☐ ☐\n\n")
            .Get("access.queue")
            .ToDisplay() == "yes");
  // A note left open on its line, pieces that make no column word, a broken
  // word under a header whose own last word is broken, two boxes for three
  // columns: no header so, or no fit; nothing read.
  for (const char* h : {"Ja Delvis (t.ex. om det är kö i 3 av 12\nN ej\n",
                        "Ja Delvis (t.ex. om det är kö i 3 av 12 kommuner)\nN ix\n",
                        "Ja Delv is\nN ej\n", "N ej\n"})
    CHECK(read(h, "☐ ☒ ☐\n").Get("access.queue").is_null());
  CHECK(read(head, "☐ ☒\n").Get("access.queue").is_null());
  // The question's lines: the last ends it; one that ends it before the
  // last, or a line of its own between it and the boxes, leaves them unread.
  CHECK(Read("4. Tillgång till personligt ombud\n" + head +
             "Har ni under 2020 haft kö eller väntetid för personer?\n"
             "(uppdragsgivare) som söker kontakt med personliga ombud?\n☐ ☒ ☐\n" +
             after)
            .Get("access.queue")
            .is_null());
  CHECK(read(head, "Se bilaga.\n☐ ☒ ☐\n").Get("access.queue").is_null());
}

TEST_CASE("reading-order text: empty rows' labels joined before a row's label and its counts") {
  // MuPDF's XHTML dumped by w3m: the empty rows' labels run into the next
  // row's line. Before, no label matched the line's start: nothing read.
  auto read = [](const std::string& before, const std::string& line) {
    return Read("3. Kontakt med verksamheten\n\nKontaktorsak Kvinnor Män\n\n" + before + line +
                "\n\nStöd i kontakten med sjukvården 14 6\n");
  };
  const std::string joined =
      "Relationsfrågor Existentiella frågor Stöd i kontakten med myndighet 16 11";
  Record r = read("Ekonomi 16 10\n\nBryta isolering 4 2\n\n", joined);
  CHECK(r.Get("contact_reasons.authority_contact.women").ToDisplay() == "16");
  CHECK(r.Get("contact_reasons.authority_contact.men").ToDisplay() == "11");
  CHECK(r.Get("contact_reasons.relationships.women").is_null());
  CHECK(r.Get("contact_reasons.existential.men").is_null());
  CHECK(r.Get("contact_reasons.healthcare_contact.men").ToDisplay() == "6");
  // No row read a row at a time before it (the order may have written the
  // labels' column, then the counts), or words before it that are no row's
  // label: nothing read from the line.
  CHECK(read("", joined).Get("contact_reasons.authority_contact.women").is_null());
  CHECK(
      read("Bryta isolering\n\n", joined).Get("contact_reasons.authority_contact.women").is_null());
  CHECK(read("Bryta isolering 4 2\n\n",
             "Relationsfrågor se bilaga Stöd i kontakten med myndighet 16 11")
            .Get("contact_reasons.authority_contact.women")
            .is_null());
}

TEST_CASE("reading-order text: a row's counts that tell its choice, after its label") {
  // MuPDF's XHTML dumped by w3m: the 2023 queue's header with its notes on
  // one line, the question with the municipalities with and without a
  // queue after it. Before, the counts were no count row's: nothing read.
  auto read = [](const std::string& counts) {
    auto recs = ExtractText(Form2023(
        "\f4. Tillgång till personligt ombud\n\nJa (Om fler kommuner ingår i verksamheten PO, "
        "ange antal kommuner med kö/väntetider) Nej (Om fler kommuner ingår i verksamheten PO, "
        "ange antal kommuner utan kö/väntetider)\n\nHar ni haft kö eller väntetid för personer "
        "(uppdragsgivare) som söker kontakt med kommunens verksamhet för personliga ombud under "
        "2023? " +
        counts + "\n\nOm ja, uppskatta hur lång väntetiden har varit under 2023.\n\f"));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  Record r = read("2 1");
  CHECK(r.Get("access.queue_municipalities_with").ToDisplay() == "2");
  CHECK(r.Get("access.queue_municipalities_without").ToDisplay() == "1");
  CHECK(r.Get("access.queue").ToDisplay() == "partly");
  CHECK(read("0 3").Get("access.queue").ToDisplay() == "no");
  // One count for two columns: which it is cannot be told.
  Record one = read("2");
  CHECK(one.Get("access.queue_municipalities_with").is_null());
  CHECK(one.Get("access.queue").is_null());
  // Through html2text at 70 columns: the question's lines as the PDF broke
  // them, the counts after its last ("... under 2023? 2 1"); no wrap joins
  // them (the next line's first word would have fitted).
  auto broken = [](const std::string& question) {
    auto recs = ExtractText(
        Form2023("\fSer ni några tendenser till förändring vad gäller\n"
                 "orsaken till att klienter tar kontakt med personligt ombud under 2023?\n"
                 "4. Tillgång till personligt ombud\n"
                 "Ja (Om fler kommuner ingår i verksamheten PO, ange antal kommuner\n"
                 "med kö/väntetider) Nej (Om fler kommuner ingår i\n"
                 "verksamheten PO, ange antal kommuner utan kö/väntetider)\n" +
                 question +
                 "Om ja, uppskatta hur lång väntetiden har varit under 2023.\n"
                 "(Ange uppgifterna i dagar per kommun) 30dagar\n\f"));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  Record lines = broken(
      "Har ni haft kö eller väntetid för personer\n(uppdragsgivare) som söker kontakt med "
      "kommunens verksamhet\nför personliga ombud under 2023? 2 1\n");
  CHECK(lines.Get("access.queue_municipalities_with").ToDisplay() == "2");
  CHECK(lines.Get("access.queue").ToDisplay() == "partly");
  // A line above that ends a question of its own, or four lines: not the
  // label's; nothing read.
  CHECK(broken("Har ni haft kö eller väntetid för personer?\n(uppdragsgivare) som söker kontakt "
               "med kommunens verksamhet\nför personliga ombud under 2023? 2 1\n")
            .Get("access.queue")
            .is_null());
  CHECK(broken("Har ni haft kö eller väntetid för personer\n(uppdragsgivare) som söker\n"
               "(kontakt) med kommunens verksamhet\n(för) personliga ombud under 2023? 2 1\n")
            .Get("access.queue")
            .is_null());
}

TEST_CASE("reading-order text: a header whose column word its cell broke on the header's line") {
  // MuPDF's XHTML through w3m and html2text of the 2023 form, and fmt's
  // refill of its -layout text: "Kvinnor" broken in its narrow cell,
  // "Kvinn or Män", then each row's counts after its label.
  auto read = [](const std::string& header) {
    return Read("2. Klienter\n\n" + header + "\nTotalt antal klienter 40 22\n");
  };
  Record r = read("Kvinn or Män");
  CHECK(r.Get("clients.total.women").ToDisplay() == "40");
  CHECK(r.Get("clients.total.men").ToDisplay() == "22");
  // The second piece no word's lower-case rest, pieces that make no column
  // word, a piece that is one: no header so.
  for (const char* refused : {"Kvinn Or Män", "Kvinn ar Män", "Kvinn or Kvinnor Män"}) {
    CAPTURE(refused);
    Record s = read(refused);
    CHECK(s.Get("clients.total.women").is_null());
    CHECK(s.Get("clients.total.men").is_null());
  }
}

TEST_CASE("reading-order text: a label alone over its counts a blank line below is matched") {
  // MuPDF's XHTML through w3m: "Antal avslutade klienter" alone, its counts
  // a blank line lower. Reading the counts as the label's cells changed the
  // label's fold without its byte pairs, and the prefilter then refused the
  // label: the group's rows below were read as the group before's.
  Record r = Read(std::string(kClients) +
                  "Totalt antal klienter 53 40\n\nAntal nya klienter 86 139\n\n"
                  "därav 65 år och över 45\n\nAntal avslutade klienter\n\n90 70\n\n"
                  "därav mellan 18 och 29 år 16 8\n\ndärav 65 år och över 30 0\n");
  CHECK(r.Get("clients.ended.women").ToDisplay() == "90");
  CHECK(r.Get("clients.ended.men").ToDisplay() == "70");
  CHECK(r.Get("clients.ended.age_18_29.women").ToDisplay() == "16");
  CHECK(r.Get("clients.ended.age_65_plus.women").ToDisplay() == "30");
  CHECK(r.Get("clients.new.age_65_plus.women").is_null());
  CHECK(r.Get("clients.new.age_65_plus.men").is_null());
}

TEST_CASE(
    "reading-order text: an empty row's label before the next row's on one line takes no counts") {
  // MuPDF's XHTML through w3m: the 50-64 row left empty, its label and the
  // 65+ row's on one line before the 65+ row's counts. The counts are not
  // the first label's (they were read as 50-64's).
  Record r = Read(std::string(kClients) +
                  "Totalt antal klienter 53 40\n\ndärav mellan 30 och 49 år 16 10\n\n"
                  "därav mellan 50 och 64 år därav 65 år och över 25 21\n\n"
                  "Antal nya klienter 32 41\n");
  CHECK(r.Get("clients.total.age_30_49.women").ToDisplay() == "16");
  CHECK(r.Get("clients.total.age_50_64.women").is_null());
  CHECK(r.Get("clients.total.age_50_64.men").is_null());
  CHECK(r.Get("clients.new.women").ToDisplay() == "32");
}

TEST_CASE("reading-order text: pypdf's glued header words and boxes, one a column in order") {
  // pypdf writes a table's cells without spaces: "JaNej" over "Kommun ☒☐";
  // the text reader cuts the glued boxes a cell each.
  Record r = Read(
      "5. Organisation, ledning och samverkan\nAnge vem som är utförare av verksamheten med "
      "personligt ombud i er kommun\nJaNej\nKommun ☒☐\nFörening ☐☒\nStiftelse ☐☐\n"
      "Ange vilka organisationer som ingår i ledningsgruppen\n"
      "JaNejOm ja, ange vilken/vilka:\nPatientorganisationer ☐☒\n"
      "Brukarorganisationer ☒☐RSMH\nAnhörigorganisationer ☐☒\n\n");
  CHECK(r.Get("provider.municipality").ToDisplay() == "true");
  CHECK(r.Get("provider.association").ToDisplay() == "false");
  CHECK(r.Get("provider.foundation").is_null());
  CHECK(r.Get("steering_group.patient_org").ToDisplay() == "false");
  CHECK(r.Get("steering_group.user_org").ToDisplay() == "true");
  CHECK(r.Get("steering_group.user_org_names").ToDisplay() == "RSMH");
  CHECK(r.Get("steering_group.relatives_org").ToDisplay() == "false");
  // Counts under glued column words.
  Record counts = Read("2. Klienter\n\nKvinnorMän\nTotalt antal klienter 29 5\n");
  CHECK(counts.Get("clients.total.women").ToDisplay() == "29");
  CHECK(counts.Get("clients.total.men").ToDisplay() == "5");
  // Glued words that are not all column words make no header.
  Record other = Read(
      "5. Organisation, ledning och samverkan\nAnge vem som är utförare av verksamheten med "
      "personligt ombud i er kommun\nJaKanske\nKommun ☒☐\n");
  CHECK(other.Get("provider.municipality").is_null());
  CHECK(FindCode(other, "ambiguous_column") != nullptr);
  // Three glued boxes for two columns: not one a column.
  Record three = Read(
      "5. Organisation, ledning och samverkan\nAnge vem som är utförare av verksamheten med "
      "personligt ombud i er kommun\nJaNej\nKommun ☒☐☐\n");
  CHECK(three.Get("provider.municipality").is_null());
}

}  // namespace reading_order_rows_test
