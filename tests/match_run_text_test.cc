// The walk's free text (match_run_text.cc): an answer that runs over lines
// until the next question, a question's wording consumed whole across its
// wrap first, and an answer that ends or is refused at a note, a heading, a
// bracket nothing opened or a report's opening.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "match/match_run.h"
#include "redovis/extractor.h"
#include "redovis/readers.h"
#include "test_support.h"

namespace match_run_text_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::FindCode;
using redovis::testing::Form2020;
using redovis::testing::Form2023;

TEST_CASE("a free-text answer runs over lines until the next question") {
  auto recs = ExtractText(
      Form2020("Utbildning\n\tJa\tNej\nOmbuden har erbjudits utbildning.\tX\t\n"
               "Om ja, ange vilken/vilka utbildningar. Mentorskap knutet till introduktion.\n"
               "Gemensam utbildning i motiverande samtal.\n"
               "Om nej, ange varför.\n"));
  REQUIRE(recs.size() == 1);
  const std::string text = recs[0].Get("training.description").ToDisplay();
  CHECK(text.find("Mentorskap knutet till introduktion.") != std::string::npos);
  CHECK(text.find("motiverande samtal") != std::string::npos);
  CHECK(text.find("Om nej") == std::string::npos);
}

TEST_CASE("a free-text answer that runs on to the form's opening is null with a finding") {
  // The pages of a report in reverse order: the last question of a page runs
  // on to the page after it in the file, a cover letter and the form's title.
  const std::string letter =
      "\fVård och omsorgsförvaltningen\nKarin Bodlund\n"
      "Nämnden godkänner redovisningen av verksamheten.\n"
      "REDOVISNING\nStatsbidrag till kommuner som bedriver verksamhet med personligt ombud\n";
  auto recs = ExtractText(
      Form2020("Handledning\n\tJa\tNej\nOmbuden har erbjudits handledning.\tX\t\n"
               "Om ja, ange vilken slags handledning. Extern handledning varje månad.\n" +
               letter));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("supervision.description").is_null());
  const Finding* f = FindCode(recs[0], "wrapped_value");
  REQUIRE(f != nullptr);
  CHECK(f->message_id == "wrapped_past_opening");
  CHECK(f->args.at("next") == "REDOVISNING");

  // The same answer ended by the next question keeps its text.
  auto ended =
      ExtractText(Form2020("Handledning\n\tJa\tNej\nOmbuden har erbjudits handledning.\tX\t\n"
                           "Om ja, ange vilken slags handledning. Extern handledning varje månad.\n"
                           "Om nej, ange varför.\n" +
                           letter));
  REQUIRE(ended.size() == 1);
  CHECK(ended[0].Get("supervision.description").ToDisplay() == "Extern handledning varje månad.");
}

TEST_CASE("a free-text answer that runs over a page break into another section is null") {
  // Pages scanned or merged out of order: the page after the supervision
  // question opens with the contact reasons' rows, no heading before them.
  const std::string table =
      "Handledning\n\tJa\tNej\nOmbuden har erbjudits handledning.\tX\t\n"
      "Om ja, ange vilken slags handledning. Extern handledning varje månad.\n";
  auto recs = ExtractText(Form2020(table + "\fEkonomi\t14\t7\nBostad\t6\t4\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("supervision.description").is_null());
  const Finding* f = FindCode(recs[0], "wrapped_value");
  REQUIRE(f != nullptr);
  CHECK(f->message_id == "wrapped_into_section");
  CHECK(f->args.at("next") == "Ekonomi 14 7");

  // The answer going on over the page break in words of its own keeps them.
  auto on = ExtractText(Form2020(table + "\fTio gånger per år.\n"));
  REQUIRE(on.size() == 1);
  CHECK(on[0].Get("supervision.description").ToDisplay() ==
        "Extern handledning varje månad.\nTio gånger per år.");
}

TEST_CASE("a free-text answer that runs into a later section's question on its page is null") {
  // The clients' heading written in words the patterns do not know: the
  // answer would take it and the section's instructions.
  const std::string table =
      "Handledning\n\tJa\tNej\nOmbuden har erbjudits handledning.\tX\t\n"
      "Om ja, ange vilken slags handledning. Extern handledning varje månad.\n";
  auto recs = ExtractText(
      Form2020(table + "Avdelning 2 – Klienter\nAnge antal klienter som fått stöd av personligt "
                       "ombud.\nTotalt antal klienter: 29 kvinnor och 5 män\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("supervision.description").is_null());
  const Finding* f = FindCode(recs[0], "wrapped_value");
  REQUIRE(f != nullptr);
  CHECK(f->message_id == "wrapped_into_later_section");
  CHECK(f->args.at("next") == "Ange antal klienter som fått stöd av personligt ombud.");

  // Words of its own that open with a later section's short row label
  // ("Ekonomi") are the answer's.
  auto own = ExtractText(Form2020(table + "Ekonomi och boende tas upp vid varje tillfälle.\n"));
  REQUIRE(own.size() == 1);
  CHECK(own[0].Get("supervision.description").ToDisplay() ==
        "Extern handledning varje månad.\nEkonomi och boende tas upp vid varje tillfälle.");

  // The heading as retyped forms number it, or in capitals alone, is the
  // section's: the answer ends before it and the counts are read.
  for (const char* heading : {"2) KLIENTER", "2 Klienter", "2 KLIENTER", "II. Klienter",
                              "Avsnitt 2: Klienter", "Kapitel 2 - KLIENTER", "KLIENTER"}) {
    CAPTURE(heading);
    auto numbered = ExtractText(Form2020(table + heading +
                                         "\nAnge antal klienter som fått stöd av personligt "
                                         "ombud.\nTotalt antal klienter: 29 kvinnor och 5 män\n"));
    REQUIRE(numbered.size() == 1);
    CHECK(numbered[0].Get("supervision.description").ToDisplay() ==
          "Extern handledning varje månad.");
    CHECK(numbered[0].Get("clients.total.women").ToDisplay() == "29");
    CHECK(numbered[0].Get("clients.total.men").ToDisplay() == "5");
  }
  // A line of the title's words in small letters, alone or after a bare
  // number, may be an answer's ("2 klienter"): no heading.
  for (const char* line : {"Klienter", "2 klienter"}) {
    CAPTURE(line);
    auto plain = ExtractText(Form2020(table + line + "\n"));
    REQUIRE(plain.size() == 1);
    CHECK(plain[0].Get("supervision.description").ToDisplay() ==
          std::string("Extern handledning varje månad.\n") + line);
  }
}

TEST_CASE("a free-text answer whose words begin right under a footnote is null with a finding") {
  // pandoc's plain text at 28 columns: the table's last question unanswered,
  // then the note its mark refers to, wrapped where its first sentence ended.
  const std::string table =
      "Handledning\n\tJa\tNej\nOmbuden har erbjudits handledning.¹\tX\t\n"
      "Om ja, ange vilken slags handledning. Extern handledning.\n"
      "Om nej, ange varför.\n\n";
  auto recs =
      ExtractText(Form2020(table + "¹ Anges med två decimaler.\nFör ett ombud på heltid (40\n"
                                   "timmar i veckan) anges 1,00.\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("supervision.not_offered_reason").is_null());
  const Finding* f = FindCode(recs[0], "wrapped_value");
  REQUIRE(f != nullptr);
  CHECK(f->message_id == "begins_under_note");

  // A blank line between the note and the text: the answer as before.
  auto apart =
      ExtractText(Form2020(table + "¹ Anges med två decimaler.\n\nFör ett ombud på heltid (40\n"
                                   "timmar i veckan) anges 1,00.\n"));
  REQUIRE(apart.size() == 1);
  CHECK_FALSE(apart[0].Get("supervision.not_offered_reason").is_null());
}

TEST_CASE("a question wrapped over two lines is the label whole; its answer starts after it") {
  // pandoc -t markdown --columns=40: the question's lines are joined up to
  // its "?", and its last sentence stands on a line of its own.
  const std::string question =
      "Tendenser till förändring av orsaker till kontakt\n\n"
      "Ser ni några tendenser till förändring\nvad gäller orsaken till att klienter tar\n"
      "kontakt med personligt ombud under 2020?\nI så fall, på vilket sätt?\n\n";
  auto recs = ExtractText(Form2020(question + "Behoven blir mer komplexa.\nFler söker stöd.\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("trends.contact_reasons").ToDisplay().rfind("Behoven blir", 0) == 0);

  // A line that only begins like the question's tail is the answer's.
  auto answer = ExtractText(
      Form2020("Tendenser till förändring av orsaker till kontakt\n\n"
               "Ser ni några tendenser till förändring vad gäller orsaken till att klienter tar "
               "kontakt med personligt ombud under 2020?\nPå vilket sätt kan vi veta det.\n"));
  REQUIRE(answer.size() == 1);
  CHECK(answer[0].Get("trends.contact_reasons").ToDisplay() == "På vilket sätt kan vi veta det.");
}

TEST_CASE(
    "a question's second line after a blank line (OCR's text) is the label's, not the answer") {
  // The `tesseract` command's text sets a question's lines apart with a
  // blank line; the second one was taken as the answer's first.
  auto recs = ExtractText(
      Form2020("Tendenser till förändring av vilka grupper som tar kontakt\n\n"
               "Ser ni några tendenser till förändring vad gäller vilka grupper inom målgruppen "
               "som tar kontakt och söker\n\n"
               "stöd av personligt ombud under 2020? I så fall, på vilket sätt?\n\n"
               "Fler unga vuxna tar kontakt.\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("trends.client_groups").ToDisplay() == "Fler unga vuxna tar kontakt.");
}

TEST_CASE("a question matched within the tolerance, its wording on the next line, has no answer") {
  // LibreOffice's PDF of the .odt in a wider font: the question's last words
  // on a line of their own, which the PDF reader did not join to it (the
  // text reader would: the lines are set here as a PDF's are).
  Document doc;
  REQUIRE(ReadDocument(Form2020("5. Organisation, ledning och samverkan\nFIRST\n\nSECOND\n\n"
                                "6. Tillgång till samhällsservice\n"),
                       "t.txt", ReadOptions(), &doc)
              .ok());
  for (Line& l : doc.lines) {
    if (l.cells.size() != 1) continue;
    if (l.cells[0].text == "FIRST")
      l.cells[0].text = "Ange hur kommunen har arbetat för att få representanter från nedanstående";
    if (l.cells[0].text == "SECOND") l.cells[0].text = "huvudmän att delta i ledningsgruppen?";
  }
  Extractor ex(redovis::testing::ProjectPatterns());
  auto recs = ex.ExtractDocument(std::move(doc), Source());
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("steering_group.recruitment_efforts").is_null());
}

TEST_CASE("a question wrapped with its answer after its last words is matched across the wrap") {
  // A tabbed text (its lines are not joined as a paragraph) wrapped narrow:
  // the question's last words and the answer share the next line.
  const std::string tabbed = "Utbildning\n\tJa\tNej\nOmbuden har erbjudits utbildning.\tX\t\n";
  auto recs =
      ExtractText(Form2020(
          tabbed + "4. Tillgång till personligt ombud\n"
                   "Om ja, uppskatta hur lång väntetiden är eller har varit i er kommun under\n"
                   "2020. 3-4 månader\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("access.waiting_time").ToDisplay() == "3-4 månader");

  // The answer goes on over the lines after it, as an answer does, and ends
  // at a table's rule ("----- ---- --", a table pandoc wrote).
  auto longer =
      ExtractText(Form2020(tabbed + "4. Tillgång till personligt ombud\n"
                                    "Om ja, uppskatta hur lång väntetiden är eller har varit i er\n"
                                    "kommun under 2020. Fler personer har fått korta insatser.\n"
                                    "De är ej med i statistiken.\n"
                                    "---------------------- ----- -- --\n"
                                    "Bedömningsriktlinjer\n"));
  REQUIRE(longer.size() == 1);
  CHECK(longer[0].Get("access.waiting_time").ToDisplay() ==
        "Fler personer har fått korta insatser.\nDe är ej med i statistiken.");
}

TEST_CASE("a question matched within the tolerance, wrapped, its answer in a cell after its end") {
  // `w3m -dump` of LibreOffice's HTML: the question's cell wrapped over two
  // lines, the answer's cell beside its second. The first line alone is
  // matched within the tolerance; the regex, met over the wrap, ends the
  // label at the cell's end: the cell after it is the answer, and none of
  // the label's words are.
  const std::string tabbed = "Utbildning\n\tJa\tNej\nOmbuden har erbjudits utbildning.\tX\t\n";
  auto recs = ExtractText(Form2020(tabbed + "4. Tillgång till personligt ombud\n"
                                            "Om ja, uppskatta hur lång väntetiden är eller\n"
                                            "har varit i er kommun under 2020.\t3-4 månader\n"
                                            "\n"
                                            "Om nej, ange varför.\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("access.waiting_time").ToDisplay() == "3-4 månader");

  // A second line whose first cell goes on past the wording is no label's
  // end: its words are the answer's, as before.
  auto on = ExtractText(Form2020(tabbed + "4. Tillgång till personligt ombud\n"
                                          "Om ja, uppskatta hur lång väntetiden är eller\n"
                                          "har varit i er kommun under 2020. Ca\t3-4 månader\n"
                                          "\n"
                                          "Om nej, ange varför.\n"));
  REQUIRE(on.size() == 1);
  CHECK(on[0].Get("access.waiting_time").ToDisplay() != "3-4 månader");
}

TEST_CASE("a question wrapped narrow whose optional last words stand on a line of their own") {
  // `fmt -w 45` of a tabbed text: "... i er kommun" ends the rule's wording,
  // and "(tre första)", its optional last part, goes on alone on the next
  // line: the label's, not the answer's.
  const std::string tabbed = "Utbildning\n\tJa\tNej\nOmbuden har erbjudits utbildning.\tX\t\n";
  auto recs = ExtractText(Form2020(tabbed + "4. Tillgång till personligt ombud\n"
                                            "Om ja, rangordna\n"
                                            "prioriteringsordningen i er kommun\n"
                                            "(tre första)\n"
                                            "\n"
                                            "Om nej, ange varför.\n"));
  REQUIRE(recs.size() == 1);
  CHECK(!recs[0].Has("access.priority_order"));
  // An answer after the wrapped label is still read.
  auto answered = ExtractText(Form2020(tabbed + "4. Tillgång till personligt ombud\n"
                                                "Om ja, rangordna\n"
                                                "prioriteringsordningen i er kommun\n"
                                                "(tre första)\n"
                                                "Unga vuxna först.\n"
                                                "Om nej, ange varför.\n"));
  REQUIRE(answered.size() == 1);
  CHECK(answered[0].Get("access.priority_order").ToDisplay() == "Unga vuxna först.");
}

TEST_CASE("a question refilled with its optional last part broken over the wrap has no answer") {
  // `fmt -w 72` and `-w 28` of the blank 2023 form: "(tre" ends the line the
  // rule's wording "... i er kommun" ends on, and "första)" goes on alone on
  // the next: both are the label's, never the answer "(tre första)".
  const std::string tabbed = "Utbildning\n\tJa\tNej\nOmbuden har erbjudits utbildning.\tX\t\n";
  auto wide =
      ExtractText(Form2020(tabbed + "4. Tillgång till personligt ombud\n"
                                    "Om ja, rangordna prioriteringsordningen i er kommun (tre\n"
                                    "första)\n"
                                    "\n"
                                    "Om nej, ange varför.\n"));
  REQUIRE(wide.size() == 1);
  CHECK(!wide[0].Has("access.priority_order"));
  // Matched within the tolerance on its first line, met by the regex two
  // lines down, inside "i er kommun (tre".
  auto narrow = ExtractText(Form2020(tabbed + "4. Tillgång till personligt ombud\n"
                                              "Om ja, rangordna\n"
                                              "prioriteringsordningen\n"
                                              "i er kommun (tre\n"
                                              "första)\n"
                                              "\n"
                                              "Om nej, ange varför.\n"));
  REQUIRE(narrow.size() == 1);
  CHECK(!narrow[0].Has("access.priority_order"));
  // An answer after the label's last line is still read.
  auto answered =
      ExtractText(Form2020(tabbed + "4. Tillgång till personligt ombud\n"
                                    "Om ja, rangordna prioriteringsordningen i er kommun (tre\n"
                                    "första)\n"
                                    "Unga vuxna först.\n"
                                    "Om nej, ange varför.\n"));
  REQUIRE(answered.size() == 1);
  CHECK(answered[0].Get("access.priority_order").ToDisplay() == "Unga vuxna först.");
}

TEST_CASE("a section heading wrapped over two lines ends the answer before it") {
  auto recs = ExtractText(
      Form2020("Utbildning\n\tJa\tNej\nOmbuden har erbjudits utbildning.\tX\t\n"
               "Tendenser till förändring av orsaker till kontakt\n"
               "Ser ni några tendenser till förändring vad gäller orsaken till att klienter tar "
               "kontakt med personligt ombud under 2020? I så fall, på vilket sätt?\n"
               "Behoven blir mer komplexa.\n\n"
               "Tendenser till förändring av vilka\ngrupper som tar kontakt\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("trends.contact_reasons").ToDisplay() == "Behoven blir mer komplexa.");
}

TEST_CASE("a text answer whose later line closes a bracket nothing opened is not taken") {
  // Reading-order text in Latin-1, the check boxes dropped: an option's
  // wrapped end ("Delvis (t.ex. ... 3 av 12" / "kommuner)") and a cut "N" /
  // "ej" follow the answer after blank lines.
  auto recs =
      ExtractText(Form2020("4. Tillgång till personligt ombud\n"
                           "Om ja, uppskatta hur lång väntetiden är eller har varit i\n"
                           "er kommun under 2020. 4-6 veckor.\n\nkommuner)\n\nej\n\n"
                           "Har ni bedömningsriktlinjer eller prioriteringsordning\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("access.waiting_time").is_null());
  const Finding* f = FindCode(recs[0], "wrapped_value");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("kommuner)") != std::string::npos);
  // A list's "2)" opens no bracket of another text.
  auto list =
      ExtractText(Form2020("4. Tillgång till personligt ombud\n"
                           "Om ja, uppskatta hur lång väntetiden är eller har varit i\n"
                           "er kommun under 2020. 1) 4 veckor\n\n2) 6 veckor\n\n"
                           "Har ni bedömningsriktlinjer eller prioriteringsordning\n"));
  REQUIRE(list.size() == 1);
  CHECK(!list[0].Get("access.waiting_time").is_null());
}

TEST_CASE("a text question wrapped over two lines with one blank line between") {
  // A dump of pdftohtml's runs (w3m, lynx) sets a question's lines apart.
  // Before, the question's second line began its answer.
  auto recs =
      ExtractText(Form2020("4. Tillgång till personligt ombud\n"
                           "Om ja, uppskatta hur lång väntetiden är eller har varit i\n\n"
                           "er kommun under 2020. 3-4 månader\n\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("access.waiting_time").ToDisplay() == "3-4 månader");
}

TEST_CASE("a text question wrapped over a page's turn, a blank line between, is the label") {
  // `pdftotext -raw`: the question's last words open the next page, a blank
  // line and the form feed's empty line before them. Before, "identifierats
  // under året." began the answer; one blank line alone was passed over.
  auto read = [](const std::string& between) {
    auto recs = ExtractText(
        Form2023("\f6. Tillgång till samhällsservice\n"
                 "Ge exempel på åtgärder som har vidtagits för att komma tillrätta med de brister "
                 "som har\n" +
                 between +
                 "identifierats under året.\nVi har byggt upp ett nätverk med vårdcentralerna.\n\n"
                 "7. Ekonomi\n"));
    REQUIRE(recs.size() == 1);
    return recs[0].Get("deficiencies.measures").ToDisplay();
  };
  CHECK(read("\n\f") == "Vi har byggt upp ett nätverk med vårdcentralerna.");
  // MuPDF's text: a blank line, the form feed on a line of its own, then the
  // page's words ("" / "\f" / ""): three blank lines around the turn.
  CHECK(read("\n\f\n") == "Vi har byggt upp ett nätverk med vårdcentralerna.");
  // pdfminer's text: empty form fields (five en spaces) at the page's foot.
  const std::string field = "\u2002\u2002\u2002\u2002\u2002\n";
  CHECK(read("\n" + field + field + field + "\f") ==
        "Vi har byggt upp ett nätverk med vårdcentralerna.");
  // Two blank lines on one page part the question from its answer's words.
  CHECK(read("\n\n") != "Vi har byggt upp ett nätverk med vårdcentralerna.");
}

TEST_CASE("a text answer ending in a bracket, the next question's bare label after it, is cut") {
  // `fmt` refilled the answer's last line and the next question into one.
  auto read = [](const std::string& answer) {
    auto recs = ExtractText(
        Form2020("4. Tillgång till personligt ombud\n"
                 "Har ni bedömningsriktlinjer eller prioriteringsordning (vid kö till PO) för "
                 "tillgång till personligt ombud.\n"
                 "Om ja, rangordna prioriteringsordningen i er kommun" +
                 answer + " Om nej, ange varför.\n\n5. Organisation, ledning och samverkan\n"));
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].Get("access.no_guidelines_reason").is_null());
    return recs[0].Get("access.priority_order").ToDisplay();
  };
  // On the label's line, and on a line of the answer after it.
  CHECK(read(" - ensamstående med barn - unga (18-25 år)") ==
        "- ensamstående med barn - unga (18-25 år)");
  CHECK(read("\n1. Ensamstående med barn.\n2. Unga (18-25 år)") ==
        "1. Ensamstående med barn.\n2. Unga (18-25 år)");
}

TEST_CASE("a text question followed by another's label and its answer: the answer is the other's") {
  // `fmt` refilled both questions and the second one's answer into one line.
  auto recs = ExtractText(
      Form2020("Utbildning\n\tJa\tNej\nOmbuden har erbjudits utbildning.\t\tX\n"
               "Om ja, ange vilken/vilka utbildningar.  Om nej, ange varför. ej lämpligt under "
               "rådande pandemi\n"
               "\n"
               "Handledning\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("training.description").is_null());
  CHECK(recs[0].Get("training.not_offered_reason").ToDisplay() ==
        "ej lämpligt under rådande pandemi");
}

TEST_CASE("a free-text answer ends at a table the writer did not draw") {
  // pandoc -t plain at 40 columns writes "[TABLE]" for the table that held
  // the next section's heading: the question after it is no part of the
  // answer (the vocabulary's `lost_table`).
  auto recs = ExtractText(
      Form2020("Utbildning\n\tJa\tNej\nOmbuden har erbjudits utbildning.\tX\t\n"
               "Om ja, ange vilken/vilka utbildningar. Mentorskap knutet till introduktion.\n"
               "\n"
               "[TABLE]\n"
               "\n"
               "Har ni haft kö eller väntetid för personer som söker kontakt?\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("training.description").ToDisplay() == "Mentorskap knutet till introduktion.");
}

// A 2020 form's later sections (6 to 10) and earlier ones (2 to 5), each a
// page's lines: put after a report's first page, its sections go back.
const std::string kLaterPages =
    "6. Tillgång till samhällsservice\n7. Ekonomi\n"
    "Har Coronapandemin påverkat er användning av statsbidraget\n9. Övrigt\n"
    "10. Underskrift av behörig företrädare för kommunen\n";
const std::string kEarlierPages =
    "2. Klienter\nAntal klienter: 40\n3. Kontakt med verksamheten\n"
    "4. Tillgång till personligt ombud\n5. Organisation, ledning och samverkan\n";

TEST_CASE("a free-text answer over a page break of pages out of order is null with a finding") {
  // The report opens on its first page, but its sections go back on the
  // third (6 to 10, then 2 to 5): the pages are out of order and prove no order, so the
  // page after the supervision question is not known to go on with it.
  const std::string first =
      "Handledning\n\tJa\tNej\nOmbuden har erbjudits handledning.\tX\t\n"
      "Om ja, ange vilken slags handledning. Extern handledning varje månad.\n";
  const std::string later = kLaterPages;
  const std::string earlier = kEarlierPages;
  const std::string rest = "\fTio gånger per år.\n" + later + "\f" + earlier;
  auto recs = ExtractText(Form2020(first + rest));
  REQUIRE(recs.size() == 1);
  CHECK(FindCode(recs[0], "pages_out_of_order") != nullptr);
  CHECK(recs[0].Get("supervision.description").is_null());
  const Finding* f = FindCode(recs[0], "wrapped_value");
  REQUIRE(f != nullptr);
  CHECK(f->message_id == "wrapped_unordered_pages");
  CHECK(f->args.at("next") == "Tio gånger per år.");

  // The same pages in the form's order: the answer goes on over the break.
  const std::string in_order = earlier + first + "\fTio gånger per år.\n" + later;
  auto kept = ExtractText(Form2020(in_order));
  REQUIRE(kept.size() == 1);
  CHECK(FindCode(kept[0], "pages_out_of_order") == nullptr);
  CHECK(kept[0].Get("supervision.description").ToDisplay() ==
        "Extern handledning varje månad.\nTio gånger per år.");
}

TEST_CASE(
    "pages out of order: a free text at a page's foot is null, one the page goes on from kept") {
  // The report opens on its first page, but its sections go back on the
  // third: the pages are out of order. The supervision answer ends the
  // first page, and the page after it in the file opens section 6, not the
  // one after supervision: the page that goes on with it is not known.
  const std::string later = kLaterPages;
  const std::string earlier = kEarlierPages;
  const std::string supervision =
      "Handledning\n\tJa\tNej\nOmbuden har erbjudits handledning.\tX\t\n"
      "Om ja, ange vilken slags handledning. Extern handledning varje månad.\n";
  auto recs = ExtractText(Form2020(supervision + "\f" + later + "\f" + earlier));
  REQUIRE(recs.size() == 1);
  CHECK(FindCode(recs[0], "pages_out_of_order") != nullptr);
  CHECK(recs[0].Get("supervision.description").is_null());
  CHECK(recs[0].Get("supervision.offered").ToDisplay() == "true");
  const Finding* f = nullptr;
  for (const Finding& x : recs[0].findings)
    if (x.message_id == "unordered_page_edge") f = &x;
  REQUIRE(f != nullptr);
  CHECK(f->code == "pages_out_of_order");
  CHECK(f->keys == std::vector<std::string>{"supervision.description"});
  CHECK(f->args.at("raw") == "Extern handledning varje månad.");

  // Another question of its section after it on its page: the answer ended.
  auto kept =
      ExtractText(Form2020(supervision + "Om nej, ange varför.\n\f" + later + "\f" + earlier));
  REQUIRE(kept.size() == 1);
  CHECK(FindCode(kept[0], "pages_out_of_order") != nullptr);
  CHECK(kept[0].Get("supervision.description").ToDisplay() == "Extern handledning varje månad.");
}

TEST_CASE(
    "pages out of order: a row another section reads, under no heading of its page, is null") {
  // "Kommun/kommuner" with its boxes at the top of a page that holds no
  // heading: the steering group's row, read in the section the page before
  // left open (the report's opening), where it would be the co-municipalities.
  const std::string later = kLaterPages;
  const std::string earlier = kEarlierPages;
  auto recs =
      ExtractText(Form2020("\f\tJa\tNej\nKommun/kommuner\t☒\t☐\n\f" + later + "\f" + earlier));
  REQUIRE(recs.size() == 1);
  CHECK(FindCode(recs[0], "pages_out_of_order") != nullptr);
  CHECK(recs[0].Get("report.co_municipalities").is_null());
}

TEST_CASE("a row's label wrapped onto the line of its counts is the row's label whole") {
  // w3m at 60 columns: the label's first line alone, its rest on the next
  // line before the counts, a last word under it.
  const std::string header =
      "2. Klienter\n"
      "Klienter med hemmavarande                       Kvinnor Män\n"
      "Antal klienter som, helt eller delvis, har\n";
  auto recs =
      ExtractText(Form2020(header + "hemmavarande barn under 18 år ² vilka är kända  10      8\n"
                                    "för verksamheten.\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("clients.with_children.women").ToDisplay() == "10");
  CHECK(recs[0].Get("clients.with_children.men").ToDisplay() == "8");
  // A cell after the rest that is no count: not the row's line.
  auto words =
      ExtractText(Form2020(header + "hemmavarande barn under 18 år ² vilka är kända  tio     8\n"
                                    "för verksamheten.\n"));
  REQUIRE(words.size() == 1);
  CHECK(words[0].Get("clients.with_children.women").is_null());
}

TEST_CASE("a row's label wrapped onto the line of its marks is the row's label whole") {
  // w3m centres a row's marks on its label's lines: the label's first line
  // alone, the marks after its second, its last line under them.
  const std::string header =
      "4. Tillgång till personligt ombud\n"
      "                                           Ja Nej Kommentar\n"
      "Har ni bedömningsriktlinjer eller\n";
  auto recs = ExtractText(Form2020(header + "prioriteringsordning (vid kö till PO) för  ☒  ☐\n"
                                            "tillgång till personligt ombud.\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("access.has_priority_guidelines").ToDisplay() == "true");
  // A line opening with a capital: the next row's label, not this one's.
  auto next = ExtractText(Form2020(header + "Prioriteringsordning för  ☒  ☐\n"));
  REQUIRE(next.size() == 1);
  CHECK(next[0].Get("access.has_priority_guidelines").is_null());
}

TEST_CASE(
    "a text answer that ends no sentence, a question's label of three words after it, is cut") {
  // MuPDF's paragraph of an answer and the next question dumped as one, the
  // label whole on the answer's line or broken by the dump's wrap.
  auto read = [](const std::string& rest) {
    auto recs = ExtractText(
        Form2020("Handledning\n\tJa\tNej\nOmbuden har erbjudits handledning.\tX\t\n"
                 "Om ja, ange vilken slags handledning. Ombudens belastning i sina olika ärenden" +
                 rest + "\n\n2. Klienter\n"));
    REQUIRE(recs.size() == 1);
    // The question cut off was found: its answer is blank, not unread.
    const Finding* unfound = FindCode(recs[0], "questions_not_found");
    if (unfound) CHECK(unfound->message.find("Om nej") == std::string::npos);
    CHECK(FindCode(recs[0], "wrapped_value") == nullptr);
    return recs[0];
  };
  for (const char* rest : {" Om nej, ange varför.", " Om\nnej, ange varför."}) {
    Record r = read(rest);
    CHECK(r.Get("supervision.description").ToDisplay() ==
          "Ombudens belastning i sina olika ärenden");
    CHECK(r.Get("supervision.not_offered_reason").is_null());
  }
  // An answer's lines before the line the label begins on, a line of a
  // no-break space (a dump's empty paragraph) among them.
  Record paragraphs = read("\n\u00a0\nmed många klienter Om\nnej, ange varför.");
  const std::string two = paragraphs.Get("supervision.description").ToDisplay();
  CHECK(two.find("med många klienter") != std::string::npos);
  CHECK(two.find("nej") == std::string::npos);
  CHECK(paragraphs.Get("supervision.not_offered_reason").is_null());
  // The lines after the label cut off are its own question's answer.
  Record answered = read(" Om nej, ange varför.\nIngen budget i år.");
  CHECK(answered.Get("supervision.description").ToDisplay() ==
        "Ombudens belastning i sina olika ärenden");
  CHECK(answered.Get("supervision.not_offered_reason").ToDisplay() == "Ingen budget i år.");
}

TEST_CASE("a question ending a sentence whose last question opens the next line is the label") {
  // The reader joined the question's wrapped lines and its last question's
  // ("I så fall, på vilket sätt?") with the answer's.
  auto read = [](const std::string& next) {
    auto recs = ExtractText(
        Form2020("Tendenser till förändring av orsaker till kontakt\n"
                 "Ser ni några tendenser till förändring vad gäller orsaken till att klienter tar "
                 "kontakt med personligt ombud under 2020?\n" +
                 next + "\n\n4. Tillgång till personligt ombud\n"));
    REQUIRE(recs.size() == 1);
    return recs[0].Get("trends.contact_reasons").ToDisplay();
  };
  CHECK(read("I så fall, på vilket sätt? Fler klienter söker stöd kring ekonomi.") ==
        "Fler klienter söker stöd kring ekonomi.");
  // An answer of the question's own line is the answer whole.
  CHECK(read("Fler klienter söker stöd kring ekonomi.") ==
        "Fler klienter söker stöd kring ekonomi.");
}

}  // namespace match_run_text_test
