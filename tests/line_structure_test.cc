// What a line is in its form's structure (line_structure.cc): a section's
// heading justified across its line, wrapped over two lines, or its number
// on a line of its own (reading-order text). The column headers:
// line_structure_headers_test.cc.
#include "match/line_structure.h"

#include <doctest/doctest.h>

#include <string>

#include "redovis/extractor.h"
#include "redovis/patterns.h"
#include "redovis/readers.h"
#include "test_paths.h"
#include "test_support.h"

namespace line_structure_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::Form2020;

TEST_CASE("a section heading justified across its line, a word or two a cell, opens its section") {
  // `pdftotext -layout -fixed 3`: "1.  Personliga         ombud" is no
  // answer to the label above it, and the section's questions follow.
  auto recs = ExtractText(
      Form2020("Den eller de kommuner, förutom redovisande kommun, som redovisningen omfattar\n\n"
               "Kommun/kommuner\n\n"
               "1.  Personliga         ombud\n\n"
               "Ange antal tjänster med 2 decimaler: 1,00\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("report.co_municipalities").is_null());
  CHECK(recs[0].Get("ombud.fte").ToDisplay() == "1.0");
}

TEST_CASE("a line of cells starting with a letter is not asked whether it is a justified heading") {
  // The section number's pattern (`^\d{1,2}\.`) is tried only on a first
  // cell the literal prefilter lets through: with patterns loaded afresh, a
  // report whose lines of two cells start with letters never compiles it;
  // a justified heading does, and is read.
  std::unique_ptr<PatternSet> ps;
  REQUIRE(PatternSet::Load(std::string(redovis::testing::SourceDir()) + "/patterns", &ps).ok());
  REQUIRE(ps->vocabulary().section_numbers.size() == 1);
  const Pattern& number = ps->vocabulary().section_numbers[0];
  Extractor ex(*ps);
  auto recs = ex.ExtractBytes(Form2020("Ange antal tjänster med 2 decimaler:      1,00\n"
                                       "Datum      2020-01-12\n"),
                              "t.txt", ExtractOptions());
  REQUIRE(recs.size() == 1);
  CHECK_FALSE(number.compiled->IsCompiled());
  recs = ex.ExtractBytes(Form2020("1.  Personliga         ombud\n\n"
                                  "Ange antal tjänster med 2 decimaler: 1,00\n"),
                         "t.txt", ExtractOptions());
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("ombud.fte").ToDisplay() == "1.0");
  CHECK(number.compiled->IsCompiled());
}

TEST_CASE("a justified heading whose pattern names its first words only ends the answer above") {
  // `pdftotext -layout -fixed 3`: section 10's pattern reads "10.
  // Underskrift"; the justified line's other words are its wording, not
  // part of the comments above it.
  auto recs = ExtractText(Form2020(
      "9. Övrigt\n\nSynpunkter och övriga reflektioner på verksamheten\n"
      "Inga synpunkter.\n\n"
      "10.   Underskrift          av   behörig       företrädare         för   kommunen\n\n"
      "Datum 2020-01-12\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("other.comments").ToDisplay() == "Inga synpunkter.");
  CHECK(recs[0].Get("signature.date").ToDisplay() == "2020-01-12");
}

TEST_CASE("a section heading wrapped over two lines with one blank line between") {
  // A dump of pdftohtml's runs (w3m, lynx) sets a heading's lines apart.
  auto recs = ExtractText(Form2020(
      "Kontaktperson Inga-Lill Nilsson\n\n4. Tillgång\n\ntill personligt ombud\n\n"
      "Om ja, uppskatta hur lång väntetiden är eller har varit i er kommun under 2020. 3-4 "
      "månader\n\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("access.waiting_time").ToDisplay() == "3-4 månader");
}

TEST_CASE("reading-order text: a heading whose number stands on a line of its own") {
  auto recs = ExtractText(Form2020(
      "Tendenser till förändring av vilka grupper\nSer ni några tendenser till förändring vad "
      "gäller vilka grupper inom målgruppen som tar kontakt och söker stöd av personligt ombud "
      "under 2020? I så fall, på vilket sätt?\nFler unga vuxna tar kontakt.\n4.\n"
      "Tillgång till personligt ombud\nOm ja, uppskatta hur lång väntetiden är eller har varit i "
      "er kommun under 2020. 4-6 veckor.\n\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("trends.client_groups").ToDisplay() == "Fler unga vuxna tar kontakt.");
  CHECK(recs[0].Get("access.waiting_time").ToDisplay() == "4-6 veckor.");
}

TEST_CASE("reading-order text: a heading's number, a blank line, its words") {
  auto recs = ExtractText(Form2020(
      "Kontaktperson Inga-Lill Nilsson\n\n4.\n\nTillgång till personligt ombud\n\n"
      "Om ja, uppskatta hur lång väntetiden är eller har varit i er kommun under 2020. 3-4 "
      "månader\n\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("access.waiting_time").ToDisplay() == "3-4 månader");
}

TEST_CASE("reading-order text: a heading's number at a page's end, its words on the next") {
  // The 2023 form at Letter size (other answers, seed 5): section 4's
  // heading row broke at the page's end. pdftotext's raw order: "4.", a
  // blank line, the form feed, the words; pdftohtml's page through w3m:
  // "4.", the page's rule, the words. The answer above ended at the number.
  const std::string question =
      "Tendenser till förändring av vilka grupper\nSer ni några tendenser till förändring vad "
      "gäller vilka grupper inom målgruppen som tar kontakt och söker stöd av personligt ombud "
      "under 2020? I så fall, på vilket sätt?\nFler unga vuxna tar kontakt.\n";
  const std::string rest =
      "Tillgång till personligt ombud\nOm ja, uppskatta hur lång väntetiden är eller har varit i "
      "er kommun under 2020. 4-6 veckor.\n\f";
  for (const std::string& between : {std::string("\n\f"), "\n" + std::string(80, '-') + "\n"}) {
    auto recs = ExtractText(Form2020(question + "4." + between + rest));
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].Get("trends.client_groups").ToDisplay() == "Fler unga vuxna tar kontakt.");
    CHECK(recs[0].Get("access.waiting_time").ToDisplay() == "4-6 veckor.");
  }
}

TEST_CASE("a section heading OCR read a letter off opens its section, on OCR's lines alone") {
  // "6. Tillgång till samhälleservice" (an "s" read "e"): before, no section
  // opened, the heading was taken as the answer above it and the section's
  // questions were read in none.
  const std::string body =
      "5. Organisation, ledning och samverkan\n"
      "Ange hur kommunen har arbetat för att få representanter från nedanstående huvudmän att "
      "delta i ledningsgruppen?\n"
      "6. Tillgång till samhälleservice\n"
      "Sammanfatta uppmärksammade brister i fråga om den enskildes möjligheter att få tillgång "
      "till samhällets utbud av vård, stöd och service.\n"
      "Långa väntetider hos Försäkringskassan.\n";
  auto read = [&](bool ocr, const std::string& text) {
    Document doc;
    REQUIRE(ReadDocument(Form2020(text), "t.txt", ReadOptions(), &doc).ok());
    for (Line& l : doc.lines) l.ocr = ocr;
    Extractor ex(redovis::testing::ProjectPatterns());
    auto recs = ex.ExtractDocument(std::move(doc), Source());
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  Record ocr = read(true, body);
  CHECK(ocr.Get("steering_group.recruitment_efforts").is_null());
  CHECK(ocr.Get("deficiencies.summary").ToDisplay() == "Långa väntetider hos Försäkringskassan.");
  // Typed text is taken as written: the misspelt heading is no heading.
  Record typed = read(false, body);
  CHECK(typed.Get("deficiencies.summary").is_null());
  // A line that goes on past the heading's words is no heading, nor one a
  // word away ("4. Tillgång till personligt ombud" is another section's).
  std::string longer = body;
  longer.replace(longer.find("samhälleservice"), 15, "samhälleservice och annat");
  CHECK(read(true, longer).Get("deficiencies.summary").is_null());
}

TEST_CASE("a heading of its number and one word OCR read a letter off opens its section") {
  // "2. Klienier" for "2. Klienter" (a low-resolution scan of the 2023
  // print): before, the heading and the clients' section were taken as the
  // answer to the question above it.
  auto read = [](const std::string& heading) {
    const std::string body = "Handledning\nOm nej, ange varför.\nInga medel.\n" + heading +
                             "\nAnge antal klienter som fått stöd av personligt ombud.\n"
                             "                        Kvinnor   Män\n"
                             "Totalt antal klienter   29        5\n";
    Document doc;
    REQUIRE(ReadDocument(Form2020(body), "t.txt", ReadOptions(), &doc).ok());
    for (Line& l : doc.lines) l.ocr = true;
    Extractor ex(redovis::testing::ProjectPatterns());
    auto recs = ex.ExtractDocument(std::move(doc), Source());
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  Record one = read("2. Klienier");
  CHECK(one.Get("supervision.not_offered_reason") == Value::Text("Inga medel."));
  CHECK(one.Get("clients.total.women") == Value::Int(29));
  // Two letters off, another number, or a word more: no heading.
  for (const char* not_heading : {"2. Klieniar", "3. Klienier", "2. Klienten har"})
    CHECK(read(not_heading).Get("supervision.not_offered_reason") != Value::Text("Inga medel."));
}

TEST_CASE("a PDF: a heading's number at a page's foot, its words opening the next page") {
  // The 2023 form at Letter size (other answers): section 4's heading row
  // of the Ja/Nej table broke at the page's end, "4." and two empty boxes
  // the page's last line, "Tillgång till personligt ombud" the next page's
  // first after its running header (or, in a 2-up print, the other half's
  // first, on the same sheet). The answer above ends at the number.
  auto read = [](bool next_page, CheckboxState box) {
    redovis::testing::PositionedForm f;
    f.Add({{"Tendenser till förändring av vilka grupper som tar kontakt", 50, 300}});
    f.Add(
        {{"Ser ni några tendenser till förändring vad gäller vilka grupper inom målgruppen som "
          "tar kontakt? I så fall, på vilket sätt?",
          90, 500}});
    f.Add({{"Fler unga vuxna.", 90, 200}});
    f.Add({{"4.", 56, 194}, {"", 455, 475, box}, {"", 493, 513}});
    if (next_page) f.page = 2;
    f.Add({{"Redovisning statsbidrag personligt ombud", 350, 536}});
    f.d.lines.back().role = LineRole::kFurniture;
    f.Add({{"Tillgång till personligt ombud", 56, 189}});
    f.Add({{"Ja", 455, 470}, {"Nej", 493, 510}});
    f.Add({{"Har ni under 2021 haft kö eller väntetid för personer som söker kontakt?", 90, 400},
           {"X", 460, 466}});
    return f.Read();
  };
  for (bool next_page : {true, false}) {
    Record r = read(next_page, CheckboxState::kUnchecked);
    CHECK(r.Get("trends.client_groups").as_text() == "Fler unga vuxna.");
    CHECK(r.Get("access.queue").ToDisplay() == "yes");
  }
  // A ticked box on the number's line: a row's answer, no heading's number.
  Record r = read(true, CheckboxState::kChecked);
  CHECK(r.Get("trends.client_groups").as_text() != "Fler unga vuxna.");
}

TEST_CASE("a section's title alone opens its section where the section's own question follows") {
  const std::string supervision =
      "Handledning\nOmbuden har erbjudits handledning: Ja\n"
      "Om ja, ange vilken slags handledning: Extern handledning.\n\n";
  // "Klienter", unnumbered, then the clients' own instruction: a heading.
  auto recs = ExtractText(Form2020(supervision +
                                   "Klienter\n\nAnge antal klienter som fått stöd av personligt "
                                   "ombud.\nTotalt antal klienter: 29 kvinnor och 5 män\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("supervision.description").ToDisplay() == "Extern handledning.");
  CHECK(recs[0].Get("clients.total.women").ToDisplay() == "29");
  // Followed by words of its own, it is the answer's line.
  auto own = ExtractText(Form2020(supervision + "Klienter\nvarje månad.\n"));
  REQUIRE(own.size() == 1);
  CHECK(own[0].Get("supervision.description").ToDisplay() ==
        "Extern handledning.\nKlienter varje månad.");
  // "Ekonomi" alone in a table written one cell a line is a contact reason's
  // row, its count under it: no heading of the economy section.
  auto row = ExtractText(Form2020(
      "3. Kontakt med verksamheten\nAnge orsaken/orsakerna till att nya klienter tar kontakt med "
      "verksamheten.\nKvinnor\nMän\nEkonomi\n16\n10\nBostad\n4\n2\n"));
  REQUIRE(row.size() == 1);
  CHECK(row[0].Get("contact_reasons.economy.women").ToDisplay() == "16");
  CHECK(row[0].Get("contact_reasons.housing.men").ToDisplay() == "2");
}

TEST_CASE("a section's heading numbered otherwise than the form's opens its section") {
  // A report that set a section of its own in before "Ekonomi" numbers it 8
  // where the form prints 7: the section still opens, with one finding.
  auto count = [](const Record& r, const std::string& code) {
    int n = 0;
    for (const Finding& f : r.findings) n += f.code == code;
    return n;
  };
  auto recs =
      ExtractText(Form2020("5. Samverkan med brukarorganisationer\nVi har träffat RSMH.\n\n"
                           "8. Ekonomi\nBeviljat statsbidrag, kr: 804 246\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("grant.awarded_sek").ToDisplay() == "804246");
  CHECK(count(recs[0], "section_renumbered") == 1);
  // Far from the form's number: a numbered line, no heading.
  auto far = ExtractText(Form2020("12. Ekonomi\nBeviljat statsbidrag, kr: 804 246\n"));
  REQUIRE(far.size() == 1);
  CHECK(far[0].Get("grant.awarded_sek").is_null());
  CHECK(count(far[0], "section_renumbered") == 0);
  // A section before the one open (a numbered list in an answer): no
  // heading, and the open section's questions are still read after it.
  auto back = ExtractText(Form2020(
      "7. Ekonomi\n6. Organisation, ledning och samverkan\nBeviljat statsbidrag, kr: 804 246\n"));
  REQUIRE(back.size() == 1);
  CHECK(back[0].Get("grant.awarded_sek").ToDisplay() == "804246");
  CHECK(count(back[0], "section_renumbered") == 0);
  // Two headings renumbered alike: one finding, where the numbering leaves
  // the form's.
  auto two = ExtractText(Form2020(
      "7. Tillgång till samhällsservice\n\n8. Ekonomi\nBeviljat statsbidrag, kr: 804 246\n"));
  REQUIRE(two.size() == 1);
  CHECK(two[0].Get("grant.awarded_sek").ToDisplay() == "804246");
  CHECK(count(two[0], "section_renumbered") == 1);
}

TEST_CASE("a section the form does not have, numbered after the last heading, ends the answer") {
  auto count = [](const Record& r, const std::string& code) {
    int n = 0;
    for (const Finding& f : r.findings) n += f.code == code;
    return n;
  };
  const std::string economy =
      "7. Ekonomi\nOm verksamheten har haft färre årsanställningar än beviljat, ange varför.\n";
  // "8. Uppföljning" after section 7's answer: the municipality's own
  // section. The answer ends before it; the economy's row in it is not read.
  auto recs = ExtractText(
      Form2020(economy + "Vi hade vakanser.\n8. Uppföljning\nBeviljat statsbidrag, kr: 5\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("grant.fewer_fte_reason").ToDisplay() == "Vi hade vakanser.");
  CHECK(recs[0].Get("grant.awarded_sek").is_null());
  CHECK(count(recs[0], "section_not_in_form") == 1);
  // A numbered list in the answer: its items are the answer's.
  auto list = ExtractText(Form2020(economy + "7. Personal\n8. Lokaler\n"));
  REQUIRE(list.size() == 1);
  CHECK(list[0].Get("grant.fewer_fte_reason").ToDisplay() == "7. Personal\n8. Lokaler");
  CHECK(count(list[0], "section_not_in_form") == 0);
  // Another number than the next: no heading of a section (a later form's
  // heading the edition does not know is left to the answer's tests).
  auto other = ExtractText(Form2020(economy + "Vi hade vakanser.\n\n12. Uppföljning\n"));
  REQUIRE(other.size() == 1);
  CHECK(count(other[0], "section_not_in_form") == 0);
}

TEST_CASE("headings numbered without their point: renumbered, and a section of the report's own") {
  auto count = [](const Record& r, const std::string& code) {
    int n = 0;
    for (const Finding& f : r.findings) n += f.code == code;
    return n;
  };
  const std::string economy =
      "6 Tillgång till samhällsservice\nRutiner har upprättats för hur uppmärksammade brister ska "
      "hanteras i verksamheten.\tX\t\nSammanfatta uppmärksammade brister i fråga om den "
      "enskildes möjligheter att få tillgång till samhällsservice.\nVi ser brister.\n";
  // "7 Uppföljning" of the report's own, then "8 Ekonomi" where the form
  // prints 7: the answer ends before the own section, the economy is read.
  auto recs = ExtractText(Form2020(economy + "7 Uppföljning\nVi följer upp varje år.\n\n"
                                             "8 Ekonomi\nBeviljat statsbidrag, kr: 804 246\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("deficiencies.summary").ToDisplay() == "Vi ser brister.");
  CHECK(recs[0].Get("grant.awarded_sek").ToDisplay() == "804246");
  CHECK(count(recs[0], "section_not_in_form") == 1);
  CHECK(count(recs[0], "section_renumbered") == 1);
  // No renumbered heading after it: a line that opens with a number is the
  // answer's.
  auto line = ExtractText(Form2020(economy + "7 Personer har fått vänta\n"));
  REQUIRE(line.size() == 1);
  CHECK(line[0].Get("deficiencies.summary").ToDisplay() ==
        "Vi ser brister.\n7 Personer har fått vänta");
  CHECK(count(line[0], "section_not_in_form") == 0);
}

}  // namespace line_structure_test
