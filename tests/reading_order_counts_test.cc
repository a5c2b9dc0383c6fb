// Reading-order text, its tables of counts (reading_order_counts.cc): a
// table of Kvinnor / Män numbers read where the order it was written in
// keeps one shape (row after row, column after column, a total over its
// parts proven by a `sum` check), and refused otherwise (null and a
// finding).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "match/reading_order.h"
#include "test_support.h"

namespace reading_order_counts_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::FindCode;
using redovis::testing::Form2020;
using redovis::testing::kTotalLabels2020;
using redovis::testing::RawClients2020;

TEST_CASE("reading-order text: counts written a column after another are read") {
  // The labels (one paragraph for the reader), then the Kvinnor column, then
  // the Män column; the next group's columns without their header words.
  auto recs = RawClients2020(
      "Totalt antal klienter\ndärav mellan 18 och 29 år\n\nKvinnor\n30\n9\n\nMän\n17\n5\n\n"
      "Antal nya klienter\ndärav mellan 18 och 29 år\n\n12\n4\n\n8\n3\n");
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("clients.total.women").ToDisplay() == "30");
  CHECK(r.Get("clients.total.men").ToDisplay() == "17");
  CHECK(r.Get("clients.total.age_18_29.women").ToDisplay() == "9");
  CHECK(r.Get("clients.total.age_18_29.men").ToDisplay() == "5");
  CHECK(r.Get("clients.new.women").ToDisplay() == "12");
  CHECK(r.Get("clients.new.men").ToDisplay() == "8");
  CHECK(r.Get("clients.new.age_18_29.women").ToDisplay() == "4");
  CHECK(r.Get("clients.new.age_18_29.men").ToDisplay() == "3");
  CHECK(FindCode(r, "ambiguous_column") == nullptr);
}

TEST_CASE("reading-order text: counts written a row after another are read") {
  // The 2023 form's order: the header broken in its narrow cell, then each
  // row's label and one number a column.
  auto recs = RawClients2020(
      "Kvinn\nor\nMän\n\nTotalt antal klienter\n40\n22\ndärav mellan 18 och 29 år\n10\n6\n\n"
      "Antal nya klienter\n\n14\n\n8\n");
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("clients.total.women").ToDisplay() == "40");
  CHECK(r.Get("clients.total.men").ToDisplay() == "22");
  CHECK(r.Get("clients.total.age_18_29.women").ToDisplay() == "10");
  CHECK(r.Get("clients.total.age_18_29.men").ToDisplay() == "6");
  CHECK(r.Get("clients.new.women").ToDisplay() == "14");
  CHECK(r.Get("clients.new.men").ToDisplay() == "8");
}

TEST_CASE("reading-order text: a table whose numbers do not fit its shape is not read") {
  SUBCASE("an empty cell: the column is one number short") {
    // 9 may stand in either row: the whole table is refused.
    auto recs = RawClients2020(
        "Totalt antal klienter\ndärav mellan 18 och 29 år\n\nKvinnor\n9\n\nMän\n17\n5\n");
    REQUIRE(recs.size() == 1);
    const Record& r = recs[0];
    CHECK(r.Get("clients.total.women").is_null());
    CHECK(r.Get("clients.total.men").is_null());
    CHECK(r.Get("clients.total.age_18_29.men").is_null());
    // The tool's failure, never the municipality's blank: not required_missing.
    CHECK(FindCode(r, "required_missing") == nullptr);
    const Finding* f = FindCode(r, "ambiguous_column");
    REQUIRE(f != nullptr);
    CHECK(f->message.find("'9, 17, 5'") != std::string::npos);
  }
  SUBCASE("a row's numbers before its label: the rows are shifted") {
    auto recs = RawClients2020(
        "Kvinnor\nMän\n40\n22\nTotalt antal klienter\n10\n6\ndärav mellan 18 och 29 år\n");
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].Get("clients.total.women").is_null());
    CHECK(recs[0].Get("clients.total.men").is_null());
  }
  SUBCASE("columns in pieces of two rows for a table of three") {
    // What the 2020 form gives in some prints: Kvinnor rows 1-2, Män rows 1-2, then row 3.
    auto recs = RawClients2020(
        "Totalt antal klienter\ndärav mellan 18 och 29 år\ndärav mellan 30 och 49 år\n\n"
        "Kvinnor\n29\n14\n\nMän\n5\n2\n\n9\n\n3\n");
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].Get("clients.total.women").is_null());
    CHECK(recs[0].Get("clients.total.age_30_49.women").is_null());
  }
  SUBCASE("no header names the columns") {
    auto recs = RawClients2020("Totalt antal klienter\n40\n22\n");
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].Get("clients.total.women").is_null());
  }
}

TEST_CASE("reading-order text: row labels before the label that names their group name no key") {
  // What raw pdftotext makes of one browser print of the 2020 form: the
  // columns' first numbers, then the "därav" rows before the total's own
  // label, whose group ("total") their keys take. Those rows name no key
  // yet: no finding about them (it would name nothing, '{label}' unfilled).
  auto recs = RawClients2020(
      "Kvinnor\n29\n\nMän\n5\n\ndärav mellan 18 och 29 år\ndärav mellan 30 och 49 år\n\n"
      "14\n9\n\n2\n3\n\nTotalt antal klienter\n");
  REQUIRE(recs.size() == 1);
  for (const Finding& f : recs[0].findings) {
    CHECK_MESSAGE(!f.keys.empty(), f.message);
    CHECK_MESSAGE(f.message.find('{') == std::string::npos, f.message);
  }
}

TEST_CASE("reading-order text: one row's number alone between its column word and the next") {
  // 003's print: "Antal kvinnor" / "1,0" / "Antal män" and nothing after: the
  // order went down each column, so the number is the women's; the men's cell
  // is empty.
  auto read = [](const std::string& table) {
    auto recs = ExtractText(Form2020("\f1. Personliga ombud\nAnge antalet personliga ombud\n\n" +
                                     table + "\nUtbildning\n\f"));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  Record r = read("Antal kvinnor\n1,0\n\nAntal män\n\n");
  CHECK(r.Get("ombud.women").ToDisplay() == "1.0");
  CHECK(r.Get("ombud.men").is_null());
  Record men = read("Antal kvinnor\n\nAntal män\n2\n\nAntal kvinnor\n");
  CHECK(men.Get("ombud.men").ToDisplay() == "2.0");
  CHECK(men.Get("ombud.women").is_null());
  SUBCASE("a number after the last word: a row written along may give it") {
    // The header row's words, then the one number: whose it is is not shown.
    Record after = read("Antal kvinnor\n\nAntal män\n1,0\n\n");
    CHECK(after.Get("ombud.women").is_null());
    CHECK(after.Get("ombud.men").is_null());
    CHECK(FindCode(after, "ambiguous_column") != nullptr);
    Record above = read("Antal kvinnor\nAntal män\n1,0\n\n");
    CHECK(above.Get("ombud.men").is_null());
  }
}

TEST_CASE("reading-order text: a table goes on past a page's rule") {
  // pdftohtml's pages in one HTML page dumped by w3m: a page's <hr> drawn
  // "━━━…" between two rows. Before, the rule ended the table and the rows
  // after it, with no header of their own, were left empty.
  std::string rule;
  for (int i = 0; i < 79; ++i) rule += "━";
  auto recs = RawClients2020("Kvinn\nor\nMän\n\nTotalt antal klienter\n40\n22\n" + rule +
                             "\ndärav mellan 18 och 29 år\n10\n6\n");
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("clients.total.women").ToDisplay() == "40");
  CHECK(recs[0].Get("clients.total.age_18_29.women").ToDisplay() == "10");
  CHECK(recs[0].Get("clients.total.age_18_29.men").ToDisplay() == "6");
  // A run of a column cut by the rule is two runs: the columns shape fails.
  auto cut = RawClients2020("Totalt antal klienter\ndärav mellan 18 och 29 år\n\nKvinnor\n30\n" +
                            rule + "\n9\n\nMän\n17\n5\n");
  REQUIRE(cut.size() == 1);
  CHECK(cut[0].Get("clients.total.women").is_null());
  CHECK(cut[0].Get("clients.total.age_18_29.women").is_null());
}

TEST_CASE("reading-order text: a table's header at a page's foot, its rows past the rule") {
  // html2text's dump of pdftohtml's pages: the header words end one page,
  // "====…" (the page's <hr>), then the rows, each label and its two
  // numbers. Before, the rule ended the walk up to the header: no order of
  // the columns, every row left empty.
  std::string rule(120, '=');
  auto recs = RawClients2020("Kvinnor\nMän\n" + rule +
                             "\nTotalt antal klienter\n40\n22\ndärav mellan 18 och 29 år\n10\n6\n");
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("clients.total.women").ToDisplay() == "40");
  CHECK(recs[0].Get("clients.total.men").ToDisplay() == "22");
  CHECK(recs[0].Get("clients.total.age_18_29.women").ToDisplay() == "10");
  CHECK(recs[0].Get("clients.total.age_18_29.men").ToDisplay() == "6");
  // A line of text there is no rule: it still ends the walk.
  auto text = RawClients2020(
      "Kvinnor\nMän\nSe bilaga för fler uppgifter om klienterna\n"
      "Totalt antal klienter\n40\n22\ndärav mellan 18 och 29 år\n10\n6\n");
  REQUIRE(text.size() == 1);
  CHECK(text[0].Get("clients.total.women").is_null());
}

TEST_CASE("reading-order text: rows after a table's rebuilt rows take the rebuilt header") {
  // pdftohtml's page dumped by w3m, no pages: each cell a line, an empty cell
  // none. match/cell_lines rebuilds the rows up to the first with an empty
  // cell (65 år och över); the rest is the order's. Before, the rows after
  // it had no header above them and were all ambiguous_column.
  auto read = [](const std::string& table) {
    auto recs = ExtractText(Form2020("2. Klienter\n" + table + "3. Kontakt med verksamheten\n") +
                            testing::PdfWrappedFiller());
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  const std::string head =
      "Kvinnor\nMän\nTotalt antal klienter\n29\n5\ndärav mellan 18 och 29 år\n14\n2\n";
  Record r = read(head +
                  "därav 65 år och över\nAntal nya klienter\n9\n4\n"
                  "därav mellan 18 och 29 år\n3\n0\n");
  CHECK(r.Get("clients.total.women").ToDisplay() == "29");
  CHECK(r.Get("clients.total.age_18_29.men").ToDisplay() == "2");
  CHECK(r.Get("clients.new.women").ToDisplay() == "9");
  CHECK(r.Get("clients.new.men").ToDisplay() == "4");
  CHECK(r.Get("clients.new.age_18_29.women").ToDisplay() == "3");
  CHECK(r.Get("clients.new.age_18_29.men").ToDisplay() == "0");
  // The empty row: null, and the tool's doubt, not the municipality's blank.
  CHECK(r.Get("clients.total.age_65_plus.women").is_null());
  CHECK(testing::FindCodeFor(r, "ambiguous_column", "clients.total.age_65_plus.women") != nullptr);
  SUBCASE("a row with one cell empty after them: its count's place is not shown") {
    // The count is the row's (the order goes along the rows: each label,
    // then its numbers), its column is not shown: the row's keys are null
    // with the count seen; the rows after it are read. Before, the whole
    // table after the rebuilt rows was refused.
    // The row right after the short one may hold its number: null too.
    Record one = read(head +
                      "därav 65 år och över\n1\nAntal nya klienter\n9\n4\n"
                      "därav mellan 18 och 29 år\n3\n0\n");
    CHECK(one.Get("clients.new.women").is_null());
    CHECK(one.Get("clients.new.age_18_29.women").ToDisplay() == "3");
    CHECK(one.Get("clients.new.age_18_29.men").ToDisplay() == "0");
    CHECK(one.Get("clients.total.age_65_plus.women").is_null());
    CHECK(one.Get("clients.total.age_65_plus.men").is_null());
    const Finding* f =
        testing::FindCodeFor(one, "ambiguous_column", "clients.total.age_65_plus.women");
    REQUIRE(f != nullptr);
    CHECK(f->message.find("'1'") != std::string::npos);
  }
  SUBCASE("the last row with one count: null, the rows before it read") {
    Record last = read(head + "därav 65 år och över\n1\n9\nAntal nya klienter\n4\n");
    CHECK(last.Get("clients.total.age_65_plus.women").ToDisplay() == "1");
    CHECK(last.Get("clients.total.age_65_plus.men").ToDisplay() == "9");
    CHECK(last.Get("clients.new.women").is_null());
    CHECK(last.Get("clients.new.men").is_null());
    CHECK(testing::FindCodeFor(last, "ambiguous_column", "clients.new.men") != nullptr);
  }
  SUBCASE("a column's run after them: the order went down the columns") {
    Record cols = read(head + "därav 65 år och över\nAntal nya klienter\n\n9\n4\n\n3\n1\n");
    CHECK(cols.Get("clients.new.women").is_null());
    CHECK(cols.Get("clients.total.age_65_plus.women").is_null());
  }
}

TEST_CASE("reading-order text: rows with a cell left empty among full rows") {
  // pdftohtml's page through w3m, MuPDF's text: each row's label, then its
  // numbers, an empty cell no line. A row one number short is null with
  // the number seen (its column is not shown), and so is the row right after
  // it, which may hold the short row's number (pdftotext's raw order wrote
  // "Stöd i kontakten med myndighet" / "0" / "Stöd i kontakten med
  // sjukvården" / "6" / "5", the 6 the first row's); the other rows are read.
  // Before, the whole table was refused.
  auto read = [](const std::string& rows) {
    auto recs =
        ExtractText(Form2020("3. Kontakt med verksamheten\nKontaktorsak\nKvinnor\nMän\n" + rows +
                             "Om annan orsak, ange vilken.\n\fTendenser till förändring\n\f"));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  Record r = read(
      "Ekonomi\n6\n2\nBostad\n0\n1\nSysselsättning\nStruktur i vardagen\n8\nBryta isolering\n7\n"
      "5\nRelationsfrågor\n1\n5\nStöd i kontakten med myndighet\n0\nStöd i kontakten med "
      "sjukvården\n6\n5\nAnnan orsak\n1\n1\n");
  CHECK(r.Get("contact_reasons.economy.women").ToDisplay() == "6");
  CHECK(r.Get("contact_reasons.housing.men").ToDisplay() == "1");
  CHECK(r.Get("contact_reasons.occupation.women").is_null());
  // "Struktur i vardagen" / "8": short; "Bryta isolering" right after it too.
  CHECK(r.Get("contact_reasons.daily_structure.men").is_null());
  CHECK(r.Get("contact_reasons.isolation.women").is_null());
  CHECK(r.Get("contact_reasons.relationships.women").ToDisplay() == "1");
  CHECK(r.Get("contact_reasons.authority_contact.women").is_null());
  CHECK(r.Get("contact_reasons.healthcare_contact.women").is_null());
  CHECK(r.Get("contact_reasons.healthcare_contact.men").is_null());
  CHECK(r.Get("contact_reasons.other.men").ToDisplay() == "1");
  const Finding* f =
      testing::FindCodeFor(r, "ambiguous_column", "contact_reasons.daily_structure.men");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("'8'") != std::string::npos);
  SUBCASE("two labels and then their numbers, in a table with a short row") {
    // "Bryta isolering" / "Relationsfrågor" / "3" / "13": each row one
    // number short, raw pdftotext wrote both after the second label. Alone,
    // the shape is a tail (the last label's row); here it is read as short.
    Record t = read(
        "Ekonomi\n10\n13\nBostad\n22\n5\nSysselsättning\n14\n5\nStruktur i vardagen\n"
        "2\n20\nBryta isolering\nRelationsfrågor\n3\n13\nExistentiella frågor\n15\n"
        "Annan orsak\n1\n15\n");
    CHECK(t.Get("contact_reasons.relationships.women").is_null());
    CHECK(t.Get("contact_reasons.relationships.men").is_null());
    CHECK(t.Get("contact_reasons.isolation.men").is_null());
    CHECK(t.Get("contact_reasons.economy.men").ToDisplay() == "13");
  }
}

TEST_CASE("reading-order text: a row with an empty cell is placed by the table's sums") {
  // MuPDF's text of a 2020 form (other answers): "därav mellan 18 och 29 år"
  // has one number, 15; the sums (32 = 0 + 24 + 0 + 8, 41 = 15 + 2 + 22 + 2)
  // make it the men's. The total's group above has its 50-64 row empty and
  // "25" / "21" after the 65+ label: the sums hold with them in either row,
  // so both rows stay null, with the numbers seen.
  auto recs = RawClients2020(
      "Kvinnor\nMän\n\nTotalt antal klienter\n45\n32\n\ndärav mellan 18 och 29 år\n4\n1\n\n"
      "därav mellan 30 och 49 år\n16\n10\n\ndärav mellan 50 och 64 år\n\n"
      "därav 65 år och över\n25\n21\n\nAntal nya klienter\n32\n41\n\n"
      "därav mellan 18 och 29 år\n15\n\ndärav mellan 30 och 49 år\n24\n2\n\n"
      "därav mellan 50 och 64 år\n0\n22\n\ndärav 65 år och över\n8\n2\n");
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("clients.new.women").ToDisplay() == "32");
  CHECK(r.Get("clients.new.men").ToDisplay() == "41");
  CHECK(r.Get("clients.new.age_18_29.men").ToDisplay() == "15");
  CHECK(r.Get("clients.new.age_18_29.women").is_null());
  CHECK(r.Get("clients.new.age_30_49.women").ToDisplay() == "24");
  CHECK(r.Get("clients.new.age_50_64.women").ToDisplay() == "0");
  CHECK(r.Get("clients.new.age_65_plus.men").ToDisplay() == "2");
  CHECK(r.Get("clients.total.women").ToDisplay() == "45");
  CHECK(r.Get("clients.total.age_30_49.men").ToDisplay() == "10");
  CHECK(r.Get("clients.total.age_65_plus.women").is_null());
  CHECK(r.Get("clients.total.age_50_64.men").is_null());
  const Finding* f = FindCode(r, "ambiguous_column");
  REQUIRE(f != nullptr);
}

TEST_CASE("reading-order text: sums that hold no placement leave the short row null") {
  // The same group, its total one more than its parts (a municipality's own
  // slip): no placement holds, and the lone 15 stays unplaced.
  auto recs = RawClients2020(
      "Kvinnor\nMän\n\nAntal nya klienter\n33\n41\n\n"
      "därav mellan 18 och 29 år\n15\n\ndärav mellan 30 och 49 år\n24\n2\n\n"
      "därav mellan 50 och 64 år\n0\n22\n\ndärav 65 år och över\n8\n2\n");
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("clients.new.age_18_29.men").is_null());
  CHECK(r.Get("clients.new.age_18_29.women").is_null());
  // The row after the short one, each a block of its own (MuPDF's text): its
  // numbers are its own.
  CHECK(r.Get("clients.new.age_30_49.women").ToDisplay() == "24");
  CHECK(r.Get("clients.new.age_30_49.men").ToDisplay() == "2");
  CHECK(r.Get("clients.new.women").ToDisplay() == "33");
  CHECK(FindCode(r, "ambiguous_column") != nullptr);
}

TEST_CASE("reading-order text: the row after a short one, each row a block of its own") {
  // MuPDF's text of a 2020 form (other answers): each row its label and
  // numbers on adjacent lines, a blank line between rows; "Existentiella
  // frågor" has one number (its column not shown: null). The row after it
  // wrote its own numbers under its own label: read. Without the blank
  // lines (a dump of pdftohtml's runs) it may hold the short row's number.
  const std::string rows =
      "Relationsfrågor\n12\n23\n\nExistentiella frågor\n40\n\n"
      "Stöd i kontakten med myndighet\n35\n23\n\nAnnan orsak\n50\n30\n\n";
  auto read = [](const std::string& body) {
    auto recs = ExtractText(Form2020("3. Kontakt med verksamheten\nKontaktorsak\nKvinnor\nMän\n\n" +
                                     body + "\fTendenser till förändring\n\f"));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  Record r = read(rows);
  CHECK(r.Get("contact_reasons.existential.women").is_null());
  CHECK(r.Get("contact_reasons.existential.men").is_null());
  CHECK(r.Get("contact_reasons.authority_contact.women").ToDisplay() == "35");
  CHECK(r.Get("contact_reasons.authority_contact.men").ToDisplay() == "23");
  CHECK(r.Get("contact_reasons.other.men").ToDisplay() == "30");
  std::string joined;
  for (char ch : rows)
    if (ch != '\n' || (joined.size() > 0 && joined.back() != '\n')) joined += ch;
  Record j = read(joined);
  CHECK(j.Get("contact_reasons.authority_contact.women").is_null());
  CHECK(j.Get("contact_reasons.relationships.women").ToDisplay() == "12");
}

TEST_CASE("reading-order text: a short row's block holding an empty row's label above it") {
  // MuPDF's text sets an empty row's label in the block of the row under
  // it, or in one of its own ("Sysselsättning" / "Struktur i vardagen" /
  // "8"): that block's one number is null (whose row and column the order
  // does not show), and the row after, a block of its own, reads its own
  // numbers. With the number after the next label, or in a block apart
  // from its label, it is not read.
  auto read = [](const std::string& body) {
    auto recs = ExtractText(Form2020("3. Kontakt med verksamheten\nKontaktorsak\nKvinnor\nMän\n\n" +
                                     body + "\fTendenser till förändring\n\f"));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  Record r = read(
      "Bostad\n0\n1\n\nSysselsättning\nStruktur i vardagen\n8\n\nBryta isolering\n7\n5\n\n"
      "Relationsfrågor\n1\n5\n\n");
  CHECK(r.Get("contact_reasons.occupation.women").is_null());
  CHECK(r.Get("contact_reasons.daily_structure.women").is_null());
  CHECK(r.Get("contact_reasons.daily_structure.men").is_null());
  CHECK(r.Get("contact_reasons.isolation.women").ToDisplay() == "7");
  CHECK(r.Get("contact_reasons.isolation.men").ToDisplay() == "5");
  CHECK(r.Get("contact_reasons.relationships.men").ToDisplay() == "5");
  // The empty row's label a block of its own.
  Record a = read(
      "Bostad\n0\n1\n\nSysselsättning\n\nStruktur i vardagen\n8\n\nBryta isolering\n7\n5\n\n"
      "Relationsfrågor\n1\n5\n\n");
  CHECK(a.Get("contact_reasons.daily_structure.men").is_null());
  CHECK(a.Get("contact_reasons.isolation.women").ToDisplay() == "7");
  CHECK(a.Get("contact_reasons.isolation.men").ToDisplay() == "5");
  // The block's number after the next row's label: no block holds its row.
  Record b = read(
      "Bostad\n0\n1\n\nSysselsättning\nStruktur i vardagen\n\nBryta isolering\n8\n7\n5\n\n"
      "Relationsfrågor\n1\n5\n\n");
  CHECK(b.Get("contact_reasons.isolation.women").is_null());
  CHECK(b.Get("contact_reasons.isolation.men").is_null());
  // A label between the block's labels and its number after a blank line
  // (pdftotext's blocks): not a block of its own.
  Record c = read(
      "Bostad\n0\n1\n\nSysselsättning\nStruktur i vardagen\n\n8\n\nBryta isolering\n7\n5\n\n"
      "Relationsfrågor\n1\n5\n\n");
  CHECK(c.Get("contact_reasons.isolation.women").is_null());
}

TEST_CASE("reading-order text: a capitalised line no rule reads after the last label refuses") {
  // pdftotext's raw order writes the contact reasons' labels, then each
  // column's numbers. A label no rule reads ("Existentiella och andliga
  // frågor", retyped) after the last one read was taken for that label's
  // wrapped words: six labels read, six numbers a column, and each number
  // read as the row above's. Which rows the numbers are is not told.
  const std::string labels =
      "Kontaktorsak\nEkonomi\nBostad\nSysselsättning\nStruktur i vardagen\nBryta isolering\n"
      "Relationsfrågor\n";
  auto read = [&](const std::string& last) {
    return ExtractText(Form2020("3. Kontakt med verksamheten\n" + labels + last +
                                "\nKvinnor\n6\n0\n8\n6\n5\n3\n\nMän\n6\n6\n2\n7\n4\n8\n"
                                "\f4. Tillgång till personligt ombud\n\f"));
  };
  auto recs = read("Existentiella och andliga frågor\n");
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact_reasons.economy.women").is_null());
  CHECK(recs[0].Get("contact_reasons.relationships.men").is_null());
  CHECK(FindCode(recs[0], "ambiguous_column") != nullptr);
  // Without it, six labels and six numbers a column: the table is read.
  recs = read("");
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact_reasons.economy.women").ToDisplay() == "6");
  CHECK(recs[0].Get("contact_reasons.relationships.men").ToDisplay() == "8");
}

TEST_CASE("reading-order text: a header word between a row's numbers must name its column") {
  // pdftotext's raw order of a page whose number, 3, the order put right
  // after the row's label: "3", then "Kvinn" / "or" over the 7, then "Män".
  // Read along, the 3 was the women's and the 7 the men's; the word over
  // the 7 says it is the women's. Refused.
  const std::string label =
      "Antal klienter som, helt eller delvis, har hemmavarande barn under 18 år vilka är "
      "kända\nför verksamheten.\n\n";
  auto recs = RawClients2020(label + "3\n\nKvinn\nor\n7\n\nMän\n");
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("clients.with_children.women").is_null());
  CHECK(recs[0].Get("clients.with_children.men").is_null());
  // Words that agree: "Kvinnor" over the 4, "Män" over the 6.
  recs = RawClients2020(label + "Kvinnor\n4\n\nMän\n6\n");
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("clients.with_children.women").ToDisplay() == "4");
  CHECK(recs[0].Get("clients.with_children.men").ToDisplay() == "6");
}

TEST_CASE("reading-order text: a column whole under its own word, the other one cell short") {
  // pdftotext's raw order of a 2020 form (other answers): each column's
  // blocks under its word, an empty cell ending a block. The Män column is
  // one block of five numbers under its word: read whole (131 = 10 + 53 +
  // 60 + 8). The Kvinnor column holds three numbers for five rows: its total
  // is the first, the sum of the rest (62 = 2 + 60); which parts are empty
  // the order does not show.
  const std::string labels = kTotalLabels2020;
  const std::string women = "Kvinnor\n62\n2\n\n60\n\n";
  auto recs = RawClients2020(labels + women + "Män\n131\n10\n53\n60\n8\n");
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("clients.total.men").ToDisplay() == "131");
  CHECK(r.Get("clients.total.age_18_29.men").ToDisplay() == "10");
  CHECK(r.Get("clients.total.age_65_plus.men").ToDisplay() == "8");
  CHECK(r.Get("clients.total.women").ToDisplay() == "62");
  CHECK(r.Get("clients.total.age_18_29.women").is_null());
  CHECK(r.Get("clients.total.age_65_plus.women").is_null());
  // The tool's failure, never the municipality's blank.
  CHECK(FindCode(r, "required_missing") == nullptr);
  const Finding* f = testing::FindCodeFor(r, "ambiguous_column", "clients.total.age_18_29.women");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("'62, 2, 60, 131, 10, 53, 60, 8'") != std::string::npos);
  SUBCASE("a whole column whose total is not the sum of its parts decides nothing") {
    auto off = RawClients2020(labels + women + "Män\n131\n10\n53\n60\n9\n");
    REQUIRE(off.size() == 1);
    CHECK(off[0].Get("clients.total.men").is_null());
    CHECK(off[0].Get("clients.total.age_18_29.men").is_null());
    CHECK(off[0].Get("clients.total.women").is_null());
  }
  SUBCASE("a text without blank lines shows no block: the count proves no column") {
    // Blocks run together: the Män word's numbers may be other columns' too.
    auto joined = RawClients2020(labels + "Kvinnor\n62\n2\n60\nMän\n131\n10\n53\n60\n8\n");
    REQUIRE(joined.size() == 1);
    CHECK(joined[0].Get("clients.total.men").is_null());
    CHECK(joined[0].Get("clients.total.age_65_plus.men").is_null());
    CHECK(joined[0].Get("clients.total.women").is_null());
  }
  SUBCASE("five numbers under the word in two blocks are not the column whole") {
    auto apart = RawClients2020(labels + women + "Män\n131\n10\n\n53\n60\n8\n");
    REQUIRE(apart.size() == 1);
    CHECK(apart[0].Get("clients.total.men").is_null());
    CHECK(apart[0].Get("clients.total.age_65_plus.men").is_null());
  }
  SUBCASE("a group beside it that no shape explains is set aside, the column still read") {
    // The next group's numbers scattered (its blocks written elsewhere):
    // its rows null with the table's numbers; the Män column above read.
    auto next = RawClients2020(labels + women + "Män\n131\n10\n53\n60\n8\n\n" +
                               "Antal nya klienter\ndärav mellan 18 och 29 år\n"
                               "därav mellan 30 och 49 år\n\n88\n60\n\n109\n");
    REQUIRE(next.size() == 1);
    CHECK(next[0].Get("clients.total.age_30_49.men").ToDisplay() == "53");
    CHECK(next[0].Get("clients.new.women").is_null());
    CHECK(next[0].Get("clients.new.age_18_29.women").is_null());
    CHECK(testing::FindCodeFor(next[0], "ambiguous_column", "clients.new.men") != nullptr);
  }
  SUBCASE("every column whole under its word, beside a group no shape explains") {
    // The columns shape proven by its words and blocks: read, as the
    // scattered group beside it no longer refuses it.
    auto full = RawClients2020(labels + "Kvinnor\n29\n14\n9\n6\n0\n\nMän\n5\n2\n3\n0\n0\n\n" +
                               "Antal nya klienter\ndärav mellan 18 och 29 år\n"
                               "därav mellan 30 och 49 år\n\n88\n60\n\n109\n");
    REQUIRE(full.size() == 1);
    CHECK(full[0].Get("clients.total.women").ToDisplay() == "29");
    CHECK(full[0].Get("clients.total.age_50_64.women").ToDisplay() == "6");
    CHECK(full[0].Get("clients.total.age_30_49.men").ToDisplay() == "3");
    CHECK(full[0].Get("clients.new.women").is_null());
    CHECK(testing::FindCodeFor(full[0], "ambiguous_column", "clients.new.men") != nullptr);
  }
  SUBCASE("a row one number short: the two orders in one table read nothing") {
    // A row with a cell left empty shows an order along the rows.
    auto rows =
        RawClients2020(labels + women + "Män\n131\n10\n53\n60\n8\n\n" + "Antal nya klienter\n88\n");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].Get("clients.total.men").is_null());
    CHECK(rows[0].Get("clients.new.women").is_null());
  }
  SUBCASE("a one-row group after it is read as either order writes it") {
    auto one = RawClients2020(labels + women + "Män\n131\n10\n53\n60\n8\n\n" +
                              "Antal nya klienter\n88\n109\n");
    REQUIRE(one.size() == 1);
    CHECK(one[0].Get("clients.total.men").ToDisplay() == "131");
    CHECK(one[0].Get("clients.new.women").ToDisplay() == "88");
    CHECK(one[0].Get("clients.new.men").ToDisplay() == "109");
  }
}

TEST_CASE("reading-order text: a contact reasons' column whole under its word") {
  // No sums hold these rows: the Män column of ten numbers is read, the
  // Kvinnor column of nine (one row left empty) is not.
  auto recs = ExtractText(
      Form2020("3. Kontakt med verksamheten\nKontaktorsak\nEkonomi\nBostad\nSysselsättning\n"
               "Struktur i vardagen\nBryta isolering\nRelationsfrågor\nExistentiella frågor\n"
               "Stöd i kontakten med myndighet\nStöd i kontakten med sjukvården\nAnnan orsak\n"
               "Om annan orsak, ange vilken.\n\nKvinnor\n17\n26\n22\n24\n48\n12\n35\n10\n50\n\n"
               "Män\n28\n11\n32\n30\n58\n23\n40\n23\n47\n30\n\fTendenser till förändring\n\f"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("contact_reasons.economy.men").ToDisplay() == "28");
  CHECK(r.Get("contact_reasons.existential.men").ToDisplay() == "40");
  CHECK(r.Get("contact_reasons.other.men").ToDisplay() == "30");
  CHECK(r.Get("contact_reasons.economy.women").is_null());
  CHECK(r.Get("contact_reasons.other.women").is_null());
  CHECK(testing::FindCodeFor(r, "ambiguous_column", "contact_reasons.other.women") != nullptr);
}

}  // namespace reading_order_counts_test
