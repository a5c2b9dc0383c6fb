// Reading-order text (reading_order.cc): pdftotext without -layout, a table's
// cells one after another. Which text is reading order, and what the order
// decides (a heading whose number stands alone, a hyphen lost in digits) and
// what it does not (a mark's column: null and a finding). A value wrapped in
// its cell: reading_order_wrapped_test.cc.
#include "match/reading_order.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include "read/text/text_reader.h"
#include "test_support.h"

namespace reading_order_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::FindCode;
using redovis::testing::Form2020;

namespace {

Document ReadTextDoc(const std::string& text) {
  Document doc;
  REQUIRE(ReadText(text, &doc).ok());
  return doc;
}

}  // namespace

TEST_CASE("reading-order text is a paginated plain text of one cell a line") {
  std::string raw = "REDOVISNING\nKommun Tyresö\n\nJa\n☒\n\f2. Klienter\nKvinnor\n30\n\f";
  Document paged = ReadTextDoc(raw);
  CHECK(IsReadingOrderText(paged, 0, paged.lines.size()));
  // Without form feeds it is typed text (a retyped form, LibreOffice's export).
  std::string typed = raw;
  typed.erase(std::remove(typed.begin(), typed.end(), '\f'), typed.end());
  Document plain = ReadTextDoc(typed);
  CHECK_FALSE(IsReadingOrderText(plain, 0, plain.lines.size()));
  // Columns laid out with spaces (pdftotext -layout): not reading order.
  Document layout = ReadTextDoc(
      "REDOVISNING\n\n              Kvinnor     Män\nTotalt antal klienter     30      17\n"
      "därav 18-29 år            9       5\n\fSida 2\n");
  CHECK_FALSE(IsReadingOrderText(layout, 0, layout.lines.size()));
  // Tabs are columns too.
  Document tabs = ReadTextDoc("REDOVISNING\n\tJa\tNej\nUtbildning\tX\t\n\f");
  CHECK_FALSE(IsReadingOrderText(tabs, 0, tabs.lines.size()));
  Document docx = paged;
  docx.format = "docx";
  CHECK_FALSE(IsReadingOrderText(docx, 0, docx.lines.size()));
}

namespace {

// A whole 2023 form's section 5 as `pdftotext -raw -nopgbrk` writes it
// (each row's label, then its one mark: which column, the order does not
// say), and a comment wrapped as a PDF wraps it, at a page's width and
// within it: past the 100 lines a form's text has at least.
std::string UnpagedRawText() {
  std::string text =
      "[image: ]\n"
      "REDOVISNING\n"
      "Statsbidrag till kommuner som bedriver\n"
      "verksamhet med personligt ombud\n"
      "Sänds in till: Länsstyrelsen i Örebro län, 701 86 Örebro.\n"
      "Redovisning ska vara inkommen senast den 15 januari 2024.\n"
      "Statsbidrag avseende år 2023\n"
      "Kontaktuppgifter till den kommun som beviljats statsbidraget\n"
      "5. Organisation, ledning och samverkan\n"
      "Ange vem som är utförare av verksamheten med personligt ombud i er kommun under 2023\n"
      "Ja\n"
      "Nej\n"
      "Kommun\n"
      "X\n"
      "Förening\n"
      "X\n"
      "Stiftelse\n"
      "X\n"
      "Aktiebolag\n"
      "X\n"
      "Annan utförare\n"
      "X\n"
      "Om annan utförare än kommunen, ange organisationens namn\n"
      "Ange vilka myndigheter som ingår i ledningsgruppen\n"
      "Ja\n"
      "Nej\n"
      "Kommun/kommuner\n"
      "X\n"
      "Arbetsförmedlingen\n"
      "X\n"
      "Försäkringskassan\n"
      "X\n"
      "Landstingets primärvård\n"
      "X\n"
      "Landstingets psykiatri\n"
      "X\n"
      "Ange vilka organisationer som ingår i ledningsgruppen\n"
      "Ja\n"
      "Nej\n"
      "Om ja, ange vilken/vilka:\n"
      "Patientorganisationer\n"
      "X\n"
      "Brukarorganisationer\n"
      "X\n"
      "RSMH\n"
      "Anhörigorganisationer\n"
      "X\n"
      "Annan organisation\n"
      "X\n"
      "Om ledningsgruppen inte har någon representant från kommunen, landstingets primärvård och\n";
  return text + testing::PdfWrappedFiller();
}

}  // namespace

TEST_CASE("reading-order text without form feeds: a PDF's wrap over a whole form tells it") {
  // A PDF viewer's text copied (pdftotext -nopgbrk): no pages. Before,
  // such a text was typed text, and each "X" under a row's label was read
  // as its answer: every provider and steering-group row true.
  std::string raw = UnpagedRawText();
  Document unpaged = ReadTextDoc(raw);
  CHECK(IsReadingOrderText(unpaged, 0, unpaged.lines.size()));
  auto recs = ExtractText(raw);
  REQUIRE(recs.size() == 1);
  for (const char* key : {"provider.municipality", "provider.association", "provider.other",
                          "steering_group.municipality", "steering_group.patient_org"})
    CHECK_MESSAGE(recs[0].Get(key).is_null(), key);
  CHECK(FindCode(recs[0], "ambiguous_column") != nullptr);
  // The same text with each wrapped comment a line: no line goes on with
  // the sentence before it often enough; typed text.
  std::string typed = raw;
  for (size_t at = typed.find("utveckla\nverksamheten"); at != std::string::npos;
       at = typed.find("utveckla\nverksamheten", at))
    typed[at + 8] = ' ';
  for (int i = 0; i < 60; ++i) typed += "Brukarna deltar.\n";
  Document doc = ReadTextDoc(typed);
  CHECK_FALSE(IsReadingOrderText(doc, 0, doc.lines.size()));
  // Paragraphs a line, longer than a page's line (a word processor's
  // export): typed text, however much goes on.
  std::string exported = raw;
  for (int i = 0; i < 3; ++i)
    exported +=
        "Vi har under året arbetat med att utveckla verksamheten tillsammans med brukarna, "
        "anhöriga och andra aktörer i kommunen och regionen under hela året\n\n";
  Document long_lines = ReadTextDoc(exported);
  CHECK_FALSE(IsReadingOrderText(long_lines, 0, long_lines.lines.size()));
  // Wrapped at 72 columns (pandoc, fmt): no line as wide as a page's.
  std::string narrow = raw;
  for (size_t at = narrow.find("i hela kommunen."); at != std::string::npos;
       at = narrow.find("i hela kommunen.", at))
    narrow.replace(at, 16, "i hela\nkommunen.");
  Document wrapped72 = ReadTextDoc(narrow);
  CHECK_FALSE(IsReadingOrderText(wrapped72, 0, wrapped72.lines.size()));
  // A form whose free answers are short: its page-wide lines are the
  // wrapped lines of paragraphs the reader joins, none of its own. Each
  // joined paragraph's lines averaging more than typed text's tell it.
  std::string joined = raw;
  const std::string one_line =
      "Vi har under året arbetat med att utveckla verksamheten för personligt ombud i hela "
      "kommunen.\n";
  const std::string two_lines =
      "Vi har under året arbetat med att utveckla verksamheten för personligt ombud i hela "
      "kommunen och\nregionen tillsammans med brukarna, anhöriga och andra aktörer under hela "
      "det gångna året.\n";
  for (size_t at = joined.find(one_line); at != std::string::npos; at = joined.find(one_line))
    joined.replace(at, one_line.size(), two_lines);
  Document paragraphs = ReadTextDoc(joined);
  CHECK(IsReadingOrderText(paragraphs, 0, paragraphs.lines.size()));
  auto joined_recs = ExtractText(joined);
  REQUIRE(joined_recs.size() == 1);
  CHECK(joined_recs[0].Get("steering_group.patient_org").is_null());
  // The same paragraphs wrapped at 72 columns: typed text's width.
  std::string narrow_paragraphs = joined;
  for (size_t at = narrow_paragraphs.find(" i hela kommunen och\n"); at != std::string::npos;
       at = narrow_paragraphs.find(" i hela kommunen och\n", at + 1))
    narrow_paragraphs.replace(at, 1, "\n");
  Document narrow_doc = ReadTextDoc(narrow_paragraphs);
  CHECK_FALSE(IsReadingOrderText(narrow_doc, 0, narrow_doc.lines.size()));
}

TEST_CASE("reading-order text: a check box glued to its text is still one cell a line") {
  // A box flush against its cell's text ("☐RSMH") is laid out as two cells
  // with no gap between them; the lines are still one cell each. Before this,
  // such lines counted as columns, and the marks of a mark-right print were
  // read from the order (false for true).
  std::string raw =
      "REDOVISNING\nKommun Tyresö\n\n☐Kommun/kommuner\n☒Landstingets psykiatri\n"
      "☐RSMH\n☒Annat\nJa\n☐Nej\n\f2. Klienter\nKvinnor\n30\n\f";
  Document glued = ReadTextDoc(raw);
  CHECK(IsReadingOrderText(glued, 0, glued.lines.size()));
}

TEST_CASE("reading-order text: a table's cell on a line of its own ends a running answer") {
  auto recs = ExtractText(Form2020(
      "4. Tillgång till personligt ombud\n"
      "Om ja, uppskatta hur lång väntetiden är eller har varit i er kommun under 2020. 3-4 "
      "månader\n\n☐\n\nDelvis (t.ex. om det är kö i 3 av 12\nkommuner)\n☐\n\nN ej\n☒\n\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("access.waiting_time").ToDisplay() == "3-4 månader");
}

TEST_CASE("reading-order text: an answer that reads on past a table's cells is not decided") {
  // The order wrote the neighbour column's cells (Ja / ☒ / N ej / ☐) between
  // the answer's first line and its last: "(18-25 år)" goes on from "unga".
  std::string head =
      "4. Tillgång till personligt ombud\n"
      "Om ja, rangordna prioriteringsordningen i er kommun - ensamstående med barn - unga\n\n"
      "Ja\n☒\n\nN ej\n☐\n\n";
  auto recs = ExtractText(Form2020(head + "(18-25 år)\nOm nej, ange varför.\n\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("access.priority_order").is_null());
  const Finding* f = FindCode(recs[0], "wrapped_value");
  REQUIRE(f != nullptr);
  // What follows the cells is the next question's label: the answer is whole.
  auto whole = ExtractText(Form2020(head + "Om nej, ange varför.\n\f"));
  REQUIRE(whole.size() == 1);
  CHECK(whole[0].Get("access.priority_order").ToDisplay() == "- ensamstående med barn - unga");
  // A sentence that nothing claims after the cells, at the next page's top
  // too, may be the answer's next ("Klienter med barn under 18 år." / cells /
  // "\f" / "Överklagan till myndigheter."): before, the answer was read
  // short of it.
  std::string sentences =
      "4. Tillgång till personligt ombud\n"
      "Om ja, rangordna prioriteringsordningen i er kommun Klienter med barn under 18 år.\n\n"
      "Ja\n☒\n\nN ej\n☐\n\n";
  auto cut = ExtractText(Form2020(
      sentences + "\fÖverklagan till myndigheter. Vräkningsbeslut.\nOm nej, ange varför.\n\f"));
  REQUIRE(cut.size() == 1);
  CHECK(cut[0].Get("access.priority_order").is_null());
  REQUIRE(FindCode(cut[0], "wrapped_value") != nullptr);
}

TEST_CASE("reading-order text: indented one-cell lines are layout, not reading order") {
  // pdftotext -layout of the 2023 form prints its stacked tables one cell a
  // line, each cell indented to its column; the raw order starts every line
  // at the margin. Before this, such a text was taken for reading order and
  // every mark in it refused.
  std::string layout =
      "REDOVISNING\n\nUtbildning\n\n                 Ja\n                 Nej\n\n"
      "                Ombuden har erbjudits utbildning.\n                X\n\f"
      "2. Klienter\n                        Totalt antal klienter\n                        40\n\f";
  Document doc = ReadTextDoc(layout);
  CHECK_FALSE(IsReadingOrderText(doc, 0, doc.lines.size()));
  // The same lines at the margin: reading order.
  std::string raw;
  for (char c : layout)
    if (c != ' ' || (!raw.empty() && raw.back() != '\n' && raw.back() != ' ')) raw += c;
  Document flat = ReadTextDoc(raw);
  CHECK(IsReadingOrderText(flat, 0, flat.lines.size()));
}

TEST_CASE("a number pdftotext may have joined over a dropped hyphen") {
  CHECK(DigitsJoinedOverHyphen("- unga (1825 år)") == "1825");
  CHECK(DigitsJoinedOverHyphen("öppet 0812 varje dag") == "0812");
  // A year, a number that falls, more or fewer digits, or digits already
  // joined by their own signs: no joined range.
  CHECK(DigitsJoinedOverHyphen("under 2021 och 1999") == "");
  CHECK(DigitsJoinedOverHyphen("1500 kronor") == "");
  CHECK(DigitsJoinedOverHyphen("18-25 år, 123 och 12345") == "");
  CHECK(DigitsJoinedOverHyphen("08-1825, 1825.5 och 12/1825") == "");
}

TEST_CASE("reading-order text: an answer whose digits may have lost their hyphen is left empty") {
  // pdftotext joined "unga (18-" and "25 år)" and dropped the hyphen: the
  // value is "(1825 år)" in the text, and "18-25" cannot be told from 1825.
  std::string head =
      "4. Tillgång till personligt ombud\n"
      "Om ja, rangordna prioriteringsordningen i er kommun - ensamstående med barn - unga ";
  auto recs = ExtractText(Form2020(head + "(1825 år)\nOm nej, ange varför.\n\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("access.priority_order").is_null());
  const Finding* f = FindCode(recs[0], "lost_hyphen");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("1825") != std::string::npos);
  // A year in the answer is a year.
  auto year = ExtractText(Form2020(head + "(sedan 2021)\n\f"));
  REQUIRE(year.size() == 1);
  CHECK(year[0].Get("access.priority_order").ToDisplay() ==
        "- ensamstående med barn - unga (sedan 2021)");
}

TEST_CASE("reading-order text: two labels of numbers, then their two numbers in order") {
  // The grant's table: both labels (a blank line between), then both values;
  // the kronor and the decimal count are told apart by their form.
  std::string labels =
      "7. Ekonomi\nFörbrukat statsbidrag, kr\n\n"
      "Årsanställningar på heltid/deltid exkl. tjänstledighet Anges med två decimaler, "
      "t.ex. två halvtider = 1,00\n\n";
  auto recs = ExtractText(Form2020(labels + "804 246:-\n\n2,0\n\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("grant.used_sek").ToDisplay() == "804246");
  CHECK(recs[0].Get("grant.used_fte").as_decimal() == doctest::Approx(2.0));
  CHECK(FindCode(recs[0], "ambiguous_column") == nullptr);
  // The values' row on the next page: still the order of the row.
  auto paged = ExtractText(Form2020(labels + "\f10 000\n\n1,50\n\f"));
  REQUIRE(paged.size() == 1);
  CHECK(paged[0].Get("grant.used_sek").ToDisplay() == "10000");
  CHECK(paged[0].Get("grant.used_fte").as_decimal() == doctest::Approx(1.5));
  // Their form against the order: neither is taken, and the finding says so.
  auto swapped = ExtractText(Form2020(labels + "2,0\n\n804 246:-\n\f"));
  REQUIRE(swapped.size() == 1);
  CHECK(swapped[0].Get("grant.used_sek").is_null());
  CHECK(swapped[0].Get("grant.used_fte").is_null());
  const Finding* f = FindCode(swapped[0], "ambiguous_column");
  REQUIRE(f != nullptr);
  CHECK(f->message_id == "reading_order_values");
  CHECK(f->args.at("raw") == "2,0, 804 246:-");
  // A count with no decimals says nothing of its column.
  auto whole = ExtractText(Form2020(labels + "804 246:-\n\n2\n\f"));
  REQUIRE(whole.size() == 1);
  CHECK(whole[0].Get("grant.used_sek").is_null());
  CHECK(whole[0].Get("grant.used_fte").is_null());
  // One number, or three: whose is whose is not shown.
  for (const char* values : {"804 246:-\n\f", "804 246:-\n\n2,0\n\n3,0\n\f"}) {
    auto other = ExtractText(Form2020(labels + values));
    REQUIRE(other.size() == 1);
    CHECK(other[0].Get("grant.used_sek").is_null());
    CHECK(other[0].Get("grant.used_fte").is_null());
  }
}

TEST_CASE("reading-order text: the second label's wording past the page's turn, then the numbers") {
  // Plain pdftotext of the 2020 print: the awarded grant's two labels, the
  // second's wording broken by the page's turn ("... Anges med två" / "\f" /
  // "decimaler, t.ex. två halvtider = 1,00"), then the two numbers. Before,
  // the words after the second label were taken for its answer (refused) and
  // the pair was not seen: both values null.
  std::string labels =
      "7. Ekonomi\nBeviljat statsbidrag\nBeviljat statsbidrag, kr\n\n"
      "Årsanställningar, ange antal ombudstjänster i kommunen. Anges med två\n\n"
      "\fdecimaler, t.ex. två halvtider = 1,00\n";
  auto recs = ExtractText(Form2020(labels + "804 246:-\n\n2,0\n\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("grant.awarded_sek").ToDisplay() == "804246");
  CHECK(recs[0].Get("grant.awarded_fte").as_decimal() == doctest::Approx(2.0));
  // Words on the next page that are not the label's: no pair.
  std::string other = labels;
  other.replace(other.find("decimaler, t.ex."), 38, "Se bilaga");
  auto not_its = ExtractText(Form2020(other + "804 246:-\n\n2,0\n\f"));
  REQUIRE(not_its.size() == 1);
  CHECK(not_its[0].Get("grant.awarded_fte").is_null());
  // Their form against the order: neither is taken.
  auto swapped = ExtractText(Form2020(labels + "2,0\n\n804 246:-\n\f"));
  REQUIRE(swapped.size() == 1);
  CHECK(swapped[0].Get("grant.awarded_sek").is_null());
  CHECK(swapped[0].Get("grant.awarded_fte").is_null());
}

TEST_CASE("reading-order text: two labels of numbers on one line, then their two numbers") {
  // `tr -s ' '` of a laid-out page, `pdftotext -raw`: the grant's row of
  // labels on one line, the second's wording wrapped, then its row of values.
  const std::string labels =
      "7. Ekonomi\nBeviljat statsbidrag, kr Årsanställningar, ange antal ombudstjänster i "
      "kommunen. Anges med två\n decimaler, t.ex. två halvtider = 1,00\n";
  auto recs = ExtractText(Form2020(labels + "804 246:- 2,0\n\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("grant.awarded_sek").ToDisplay() == "804246");
  CHECK(recs[0].Get("grant.awarded_fte").as_decimal() == doctest::Approx(2.0));
  CHECK(FindCode(recs[0], "unreadable_number") == nullptr);
  // A page break inside the wording, or before the values: the same row.
  auto paged = ExtractText(Form2020(
      "7. Ekonomi\nBeviljat statsbidrag, kr Årsanställningar, ange antal ombudstjänster i "
      "kommunen. Anges med två\n\f decimaler, t.ex. två halvtider = 1,00\n402 638 kr 1,0\n\f"));
  REQUIRE(paged.size() == 1);
  CHECK(paged[0].Get("grant.awarded_sek").ToDisplay() == "402638");
  CHECK(paged[0].Get("grant.awarded_fte").as_decimal() == doctest::Approx(1.0));
  // A count with no decimals, or one number alone: whose is whose is not
  // shown; both null, and the finding says what was seen.
  for (const char* values : {"804 246:- 2\n\f", "804 246\n\f"}) {
    auto other = ExtractText(Form2020(labels + values));
    REQUIRE(other.size() == 1);
    CHECK(other[0].Get("grant.awarded_sek").is_null());
    CHECK(other[0].Get("grant.awarded_fte").is_null());
    const Finding* f = FindCode(other[0], "ambiguous_column");
    REQUIRE(f != nullptr);
    CHECK(f->message_id == "reading_order_values");
  }
}

TEST_CASE("a text browser's table one space apart: two labels on one line, then their numbers") {
  // lynx -dump of a Word report's HTML: the grant's labels' row wrapped
  // and joined, its values' row one space apart under it.
  const std::string labels =
      "   7. Ekonomi\n\n   Beviljat statsbidrag\n\n"
      "   Beviljat statsbidrag, kr Årsanställningar, ange antal ombudstjänster i\n"
      "   kommunen. Anges med två decimaler, t.ex. två halvtider = 1,00\n";
  auto recs = ExtractText(Form2020(labels + "   804 246:- 2,0\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("grant.awarded_sek").ToDisplay() == "804246");
  CHECK(recs[0].Get("grant.awarded_fte").as_decimal() == doctest::Approx(2.0));
  // A count with no decimals: whose is whose is not shown.
  auto other = ExtractText(Form2020(labels + "   804 246:- 2\n"));
  REQUIRE(other.size() == 1);
  CHECK(other[0].Get("grant.awarded_sek").is_null());
  CHECK(other[0].Get("grant.awarded_fte").is_null());
  CHECK(FindCode(other[0], "ambiguous_column") != nullptr);
}

TEST_CASE(
    "a laid-out text: the first label alone, the other's wording below, two cells of numbers") {
  // `pdftotext -layout -fixed 8` of a never-seen PDF: the grant's row of
  // labels squeezed onto lines of their own, the values' cells under them.
  const std::string labels =
      "7. Ekonomi\n\nBeviljat statsbidrag\n\nBeviljat statsbidrag, kr\n"
      "               Årsanställningar, ange antal ombudstjänster i kommunen. Anges med två\n"
      "               decimaler, t.ex. två halvtider = 1,00\n";
  auto recs = ExtractText(Form2020(labels + "804 246:-      2,0\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("grant.awarded_sek").ToDisplay() == "804246");
  CHECK(recs[0].Get("grant.awarded_fte").as_decimal() == doctest::Approx(2.0));
  // A count with no decimals: whose is whose is not shown.
  auto other = ExtractText(Form2020(labels + "804 246:-      2\n"));
  REQUIRE(other.size() == 1);
  CHECK(other[0].Get("grant.awarded_sek").is_null());
  CHECK(other[0].Get("grant.awarded_fte").is_null());
  CHECK(FindCode(other[0], "ambiguous_column") != nullptr);
  // The numbers a line each (a one-cell-a-line export): not this shape.
  auto lines = ExtractText(Form2020(labels + "804 246:-\n2,0\n"));
  REQUIRE(lines.size() == 1);
  for (const Finding& f : lines[0].findings) CHECK(f.message_id != "reading_order_values");
}

namespace {

// The contact block as `pdftotext -raw` writes a page turned by /Rotate:
// every word on a line of its own (the values: "Vård och
// Omsorgsförvaltningen, Stadshuset", "721 87", "Susanne Aspling Björkstén").
const char* kContactWords[] = {"Utdelningsadress",
                               "Vård",
                               "och",
                               "Omsorgsförvaltningen,",
                               "Stadshuset",
                               "Postnummer",
                               "721",
                               "87",
                               "Postort",
                               "VÄSTERÅS",
                               "Kontaktperson",
                               "Susanne",
                               "Aspling",
                               "Björkstén",
                               "Avdelning/Enhet",
                               "Personligt",
                               "Ombud",
                               "Västmanland",
                               "Nämnd",
                               "Nämnden",
                               "för",
                               "personer"};

std::string ContactOneWordALine() {
  std::string page;
  for (const char* w : kContactWords) page += std::string(w) + "\n";
  return page;
}

}  // namespace

TEST_CASE("reading-order text: the pages the order wrote one word a line") {
  Document doc = ReadTextDoc("REDOVISNING\nKommun Tyresö\nStatsbidrag avseende år 2020\n\f" +
                             ContactOneWordALine() + "\fKvinnor\n30\n\f");
  std::set<int> pages = WordALinePages(doc, 0, doc.lines.size());
  CHECK(pages == std::set<int>{2});
  // Short pages of single words (a count, a box) are not such pages, nor a
  // page whose lines are a cell's words.
  std::string cells;
  for (int i = 0; i < 12; ++i) cells += "Utdelningsadress Storgatan 1\nKommun\n";
  Document other = ReadTextDoc("REDOVISNING\nKvinnor\n30\n☒\n\f" + cells + "\f");
  CHECK(WordALinePages(other, 0, other.lines.size()).empty());
}

TEST_CASE("reading-order text: no answer is read from a page written one word a line") {
  // Where an answer begins and ends cannot be told: before, "Vård och",
  // "721" and "Susanne" were read, the first words of the cells.
  auto recs = ExtractText(Form2020("\f" + ContactOneWordALine() + "\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact.address").is_null());
  CHECK(recs[0].Get("contact.postcode").is_null());
  CHECK(recs[0].Get("contact.person").is_null());
  const Finding* f = FindCode(recs[0], "word_a_line");
  REQUIRE(f != nullptr);
  CHECK(f->page == 2);
  // The same cells a line each are read.
  auto cells =
      ExtractText(Form2020("\fUtdelningsadress Vård och Omsorgsförvaltningen, Stadshuset\n\n"
                           "Kontaktperson Susanne Aspling Björkstén\n\f"));
  REQUIRE(cells.size() == 1);
  CHECK(cells[0].Get("contact.person").ToDisplay() == "Susanne Aspling Björkstén");
  CHECK(FindCode(cells[0], "word_a_line") == nullptr);
}

TEST_CASE("reading-order text: an answer broken off by a footnote the order wrote inside it") {
  // `pdftotext -raw` wrote the page's note between an answer's lines; the
  // note ran on into the answer's next lines: the answer is not decided.
  const std::string head =
      "Tendenser till förändring av orsaker till kontakt\nSer ni några tendenser till "
      "förändring vad gäller orsaken till att klienter tar kontakt med personligt ombud under "
      "2020? I så fall, på vilket sätt?\n";
  auto recs =
      ExtractText(Form2020(
          head + "Ekonomi, utförsäkring från FK, flera som får avslag på aktivitetsersättning och\n"
                 "² Inkluderar även barn till maka/make som är hemmavarande hos klienten. "
                 "sjukersättning vid ansökan om förlängning.\n\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("trends.contact_reasons").is_null());
  const Finding* f = FindCode(recs[0], "wrapped_value");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("Inkluderar") != std::string::npos);
  // An answer that ends its sentence before the note is whole.
  auto whole =
      ExtractText(Form2020(
          head + "Ekonomi och utförsäkring från FK.\n"
                 "² Inkluderar även barn till maka/make som är hemmavarande hos klienten.\n\f"));
  REQUIRE(whole.size() == 1);
  CHECK(whole[0].Get("trends.contact_reasons").ToDisplay() == "Ekonomi och utförsäkring från FK.");
}

// pdftohtml's runs dumped as text (`pdftohtml -s -i -noframes` then `w3m
// -dump` or `lynx -dump`): the order of raw pdftotext, each run a paragraph
// of its own, so one blank line parts a cell's wrapped lines, a note's, a
// heading's.
TEST_CASE("reading-order text: each line a paragraph of its own, a PDF's wrap still tells it") {
  std::string spaced;
  for (char c : UnpagedRawText()) spaced += c == '\n' ? std::string("\n\n") : std::string(1, c);
  Document dump = ReadTextDoc(spaced);
  CHECK(IsReadingOrderText(dump, 0, dump.lines.size()));
  // Two blank lines end a sentence: paragraphs of a typed text.
  std::string parted;
  for (char c : UnpagedRawText()) parted += c == '\n' ? std::string("\n\n\n") : std::string(1, c);
  Document typed = ReadTextDoc(parted);
  CHECK_FALSE(IsReadingOrderText(typed, 0, typed.lines.size()));
}

TEST_CASE("reading-order text without form feeds: a row of boxes a line each gives its marks") {
  // pdftohtml's page dumped by w3m: each cell a line, a box never left out
  // as an empty cell is. The rows are rebuilt (cell_lines.h) and their
  // boxes, in their columns' order, read; before, every such row was
  // ambiguous_column. The organisations' table has a names column last,
  // which takes no box.
  auto boxes = [](std::string text, const std::string& from, const std::string& to) {
    size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
  };
  std::string raw = UnpagedRawText();
  raw = boxes(raw, "Kommun\nX\nFörening\nX\nStiftelse\nX\nAktiebolag\nX\nAnnan utförare\nX\n",
              "Kommun\n☒\n☐\nFörening\n☐\n☒\nStiftelse\n☐\n☒\nAktiebolag\n☐\n☒\n"
              "Annan utförare\n☐\n☒\n");
  raw = boxes(raw, "Patientorganisationer\nX\nBrukarorganisationer\nX\nRSMH\n",
              "Patientorganisationer\n☐\n☒\nBrukarorganisationer\n☒\n☐\nRSMH\n");
  raw = boxes(raw, "Anhörigorganisationer\nX\nAnnan organisation\nX\n",
              "Anhörigorganisationer\n☐\n☒\nAnnan organisation\n☐\n☒\n");
  Document doc = ReadTextDoc(raw);
  REQUIRE(IsReadingOrderText(doc, 0, doc.lines.size()));
  auto recs = ExtractText(raw);
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("provider.municipality").ToDisplay() == "true");
  CHECK(r.Get("provider.association").ToDisplay() == "false");
  CHECK(r.Get("provider.other").ToDisplay() == "false");
  CHECK(r.Get("steering_group.patient_org").ToDisplay() == "false");
  CHECK(r.Get("steering_group.user_org").ToDisplay() == "true");
  // The row that wrote its names (a Ja's) keeps them; the rows go on past it.
  CHECK(r.Get("steering_group.user_org_names").ToDisplay() == "RSMH");
  CHECK(r.Get("steering_group.relatives_org").ToDisplay() == "false");
  CHECK(r.Get("steering_group.other_org").ToDisplay() == "false");
  // A box left out of one row (its cell empty): that row is not rebuilt
  // and its table's order proves nothing.
  std::string short_row = boxes(raw, "Förening\n☐\n☒\n", "Förening\n☒\n");
  auto cut = ExtractText(short_row);
  REQUIRE(cut.size() == 1);
  CHECK(cut[0].Get("provider.association").is_null());
}

TEST_CASE("reading-order text: a browser's rule for a page's <hr> tells no paragraph's width") {
  // w3m draws each page rule of pdftohtml's HTML as wide as its columns
  // (`-cols 200`): three such lines are no paragraphs a line.
  const std::string rule = "\n" + std::string(200, '=') + "\n";
  std::string ruled = UnpagedRawText();
  for (size_t at = 0, n = 0; n < 3 && (at = ruled.find("\nJa\n", at)) != std::string::npos;
       at += rule.size() + 1, ++n)
    ruled.replace(at, 1, rule);
  REQUIRE(std::count(ruled.begin(), ruled.end(), '=') == 600);
  Document dump = ReadTextDoc(ruled);
  CHECK(IsReadingOrderText(dump, 0, dump.lines.size()));
}

TEST_CASE("reading-order text: a line of two cells in forty is still reading order") {
  // w3m's dump of pdftohtml's lines parts a row's cells by two no-break
  // spaces here and there ("Utdelningsadress Vård och Omsorgsförvaltningen,
  // Postnummer 721 87"): four such lines in 170 made a text laid out in
  // columns, and the layout joined a row's wrapped lines to its cells by
  // column (wrong values). A laid-out page gives many more.
  std::string raw = UnpagedRawText();
  Document plain = ReadTextDoc(raw);
  size_t filled = 0;
  for (const Line& l : plain.lines) filled += l.Blank() ? 0 : 1;
  const size_t rows = filled / 35;  // one in 36 lines
  REQUIRE(rows >= 2);
  std::string mixed = raw;
  for (size_t k = 0, at = 0; k < rows; ++k) {
    at = mixed.find('\n', at + 300);
    REQUIRE(at != std::string::npos);
    mixed.insert(at + 1, "Postnummer 721 87  Postort Västerås\n");
  }
  Document doc = ReadTextDoc(mixed);
  CHECK(IsReadingOrderText(doc, 0, doc.lines.size()));
  // One line in ten: columns.
  std::string columns = raw;
  for (size_t k = 0, at = 0; k < filled / 9; ++k) {
    at = columns.find('\n', at + 60);
    if (at == std::string::npos) break;
    columns.insert(at + 1, "Postnummer 721 87  Postort Västerås\n");
  }
  Document laid = ReadTextDoc(columns);
  CHECK_FALSE(IsReadingOrderText(laid, 0, laid.lines.size()));
}

TEST_CASE("a pipe table whose boxes the converter dropped is a table, not reading order") {
  // pandoc's org writes a Word table's check-box cells empty (the boxes are
  // form fields it drops): most rows hold one cell of text among empty
  // cells. They are a drawn table's rows all the same; before, the text
  // (a PDF's wrap elsewhere) read as reading order and the names beside
  // the empty boxes were refused with `ambiguous_column`.
  std::string text = Form2020(
      "5. Organisation, ledning och samverkan\n"
      "Ange vilka organisationer som ingår i ledningsgruppen\n\n"
      "|                       | Ja | Nej | Om ja, ange vilken/vilka: |\n"
      "| Patientorganisationer |    |     |                           |\n"
      "| Brukarorganisationer  |    |     | RSMH                      |\n"
      "| Anhörigorganisationer |    |     |                           |\n"
      "| Annan organisation    |    |     |                           |\n\n" +
      redovis::testing::PdfWrappedFiller());
  Document doc = ReadTextDoc(text);
  CHECK_FALSE(IsReadingOrderText(doc, 0, doc.lines.size()));
  auto recs = ExtractText(text);
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("steering_group.user_org_names").ToDisplay() == "RSMH");
  CHECK(FindCode(recs[0], "ambiguous_column") == nullptr);
}

}  // namespace reading_order_test
