// Where a label's wording ends over wrapped lines (label_wraps.cc): a
// question wrapped over two lines or more (past a blank line, a page's turn,
// a refill that broke its optional last part), matched within the label
// tolerance, its answer in a cell after its end; a row's label wrapped onto
// the line of its counts or marks. Each case through the whole pipeline:
// the label consumed whole, its answer starting after it.
#include "match/label_wraps.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "redovis/extractor.h"
#include "redovis/readers.h"
#include "test_support.h"

namespace label_wraps_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::FindCode;
using redovis::testing::Form2020;
using redovis::testing::Form2023;

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

TEST_CASE("a text question wrapped over a page's turn past the page's number is the label") {
  // `pdftotext -layout` of a form whose footer is its page's number: the
  // number stands between the question's two lines ("... som har" / "" /
  // "10" / "\fidentifierats under året.").
  auto recs = ExtractText(Form2023(
      "\n                    8\n\f5. Organisation, ledning och samverkan\n\n                    9\n"
      "\f6. Tillgång till samhällsservice\n"
      "Ge exempel på åtgärder som har vidtagits för att komma tillrätta med de brister som har\n"
      "\n                    10\n\fidentifierats under året.\n"
      "Vi har byggt upp ett nätverk med vårdcentralerna.\n\n7. Ekonomi\n\n                    "
      "11\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("deficiencies.measures").ToDisplay() ==
        "Vi har byggt upp ett nätverk med vårdcentralerna.");
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

}  // namespace label_wraps_test
