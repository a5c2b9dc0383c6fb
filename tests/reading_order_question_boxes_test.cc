// Reading-order text, a question's own Ja/Nej table
// (reading_order_question_boxes.cc): its column words and boxes, or its
// counts, written around the question give its answer where the order
// proves which is whose, and nothing where it does not.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "match/reading_order.h"
#include "test_support.h"

namespace reading_order_question_boxes_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::FindCode;
using redovis::testing::Form2020;
using redovis::testing::Form2023;

TEST_CASE("reading-order text: a question's own Ja/Nej table written after it gives its mark") {
  // The question, its text answers, then its one-row table: each column word
  // with its box, or the words and then the boxes, in the same order.
  auto read = [](const std::string& before, const std::string& table) {
    auto recs = ExtractText(Form2020("\f1. Personliga ombud\nUtbildning\n" + before +
                                     "Ombuden har erbjudits utbildning.\nOm ja, ange vilken/vilka "
                                     "utbildningar. Motiverande samtal.\nOm nej, ange varför.\n\n" +
                                     table + "\nHandledning\n\f"));
    REQUIRE(recs.size() == 1);
    return recs[0].Get("training.offered");
  };
  CHECK(read("", "Ja\n☒\n\nNej\n☐\n").ToDisplay() == "true");
  CHECK(read("", "Ja\n☐\n\nNej\n☒\n").ToDisplay() == "false");
  CHECK(read("", "Ja\nNej\n☐\n☒\n").ToDisplay() == "false");
  CHECK(read("", "Nej\n☐\nJa\n☒\n").ToDisplay() == "true");
  // A word over two boxes (the order put "Nej" before Ja's box), a column
  // word before the question with a word after it, a word twice, no box or
  // two ticked, a box after the run: which box is whose is not proven. (The
  // first word alone before the question, each word then its box, is read:
  // the next test case.)
  CHECK(read("", "Nej\n☒\n☐\n").is_null());
  CHECK(read("Ja\n", "☒\nNej\n☐\n").ToDisplay() == "true");
  CHECK(read("Ja\n", "Nej\n☐\nJa\n☒\n").is_null());
  CHECK(read("", "Ja\n☒\nNej\n☐\nNej\n☐\n").is_null());
  CHECK(read("", "Ja\n☐\nNej\n☐\n").is_null());
  CHECK(read("", "Ja\n☒\nNej\n☒\n").is_null());
  CHECK(read("", "Ja\n☒\nNej\n☐\n\nOm nej, ange varför.\n☐\n").is_null());
  CHECK(read("", "Ja\nNej\n☐\n☒\n☐\n").is_null());
}

TEST_CASE("reading-order text: a question's table whose words are broken or wrapped in cells") {
  // The condensed prints of the 2021 queue question: "Delvis" with its note
  // wrapped over two lines, "Nej" broken in its narrow cell, then the boxes.
  auto read = [](const std::string& table) {
    auto recs = ExtractText(Form2020(
        "\f4. Tillgång till personligt ombud\nHar ni under 2020 haft kö eller väntetid för "
        "klienter\n(uppdragsgivare) som söker kontakt med personligt\nombud?\n\n" +
        table + "\nOm ja, uppskatta hur lång väntetiden är.\n\f"));
    REQUIRE(recs.size() == 1);
    return recs[0].Get("access.queue");
  };
  CHECK(read("Ja\n\nDelvis (t.ex. om det är kö i 3 av 12\nkommuner)\n\nN ej\n\n☐\n☒\n☐\n")
            .ToDisplay() == "partly");
  CHECK(read("Ja\n\nDelvis (t.ex. om det är kö i 3 av 12\nkommuner)\n\nN ej\n\n☐\n☐\n☒\n")
            .ToDisplay() == "no");
  // Other text among the words: refused.
  CHECK(read("Ja\n\nDelvis\n\nVi hade kö i våras.\n\nN ej\n\n☐\n☒\n☐\n").is_null());
}

TEST_CASE("reading-order text: a question's first column word written above it") {
  // 001's and 000's prints: "Ja" above the question, its box after the
  // question's own text, then "Nej" and its box; or "Ja", the question,
  // "Nej" and the two boxes. The next question's "Ja" may follow.
  auto read = [](const std::string& table) {
    auto recs = ExtractText(
        Form2020("\f1. Personliga ombud\nUtbildning\n" + table +
                 "\nHandledning\nJa\nOmbuden har erbjudits handledning.\n\nNej\n☐\n\n☒\n\f"));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  const std::string q = "Ombuden har erbjudits utbildning.\nOm nej, ange varför.\n\n";
  Record alternating = read("Ja\n" + q + "☒\n\nNej\n☐\n");
  CHECK(alternating.Get("training.offered").ToDisplay() == "true");
  CHECK(alternating.Get("supervision.offered").ToDisplay() == "false");
  CHECK(read("Ja\n" + q + "Nej\n☐\n☒\n").Get("training.offered").ToDisplay() == "false");
  // A box above the word, or two words: which box is whose is not shown.
  Record boxed = read("☐\nJa\n" + q + "☒\n\nNej\n☐\n");
  CHECK(boxed.Get("training.offered").is_null());
  CHECK(read("Nej\nJa\n" + q + "☒\n\nNej\n☐\n").Get("training.offered").is_null());
  // Words out of shape after the question: refused.
  CHECK(read("Ja\n" + q + "☒\n☐\nNej\n").Get("training.offered").is_null());
}

TEST_CASE("reading-order text: a question's words and boxes between its heading and it") {
  // 000's and 003's prints: "Handledning" / "Ja" / "☒" / the question /
  // "Nej" / "☐"; "Utbildning" / "Ja" / "Nej" / the question / "☐" / "☒".
  auto read = [](const std::string& training, const std::string& supervision) {
    auto recs = ExtractText(Form2020("\f1. Personliga ombud\nUtbildning\n" + training +
                                     "\nHandledning\n" + supervision + "\n\f"));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  const std::string t = "Ombuden har erbjudits utbildning.\nOm nej, ange varför.\n\n";
  const std::string s = "Ombuden har erbjudits handledning.\nOm nej, ange varför.\n\n";
  Record r = read("Ja\n\nNej\n\n" + t + "☐\n\n☒\n", "Ja\n☒\n\n" + s + "Nej\n☐\n");
  CHECK(r.Get("training.offered").ToDisplay() == "false");
  CHECK(r.Get("supervision.offered").ToDisplay() == "true");
  // Out of shape: a box first, a word twice, a line between the heading and
  // the run.
  CHECK(read("☐\nJa\n" + t + "☒\nNej\n", s).Get("training.offered").is_null());
  CHECK(read("Ja\n☒\nJa\n" + t + "Nej\n☐\n", s).Get("training.offered").is_null());
  CHECK(read("Se nedan.\nJa\n☒\n" + t + "Nej\n☐\n", s).Get("training.offered").is_null());
  // The heading at the foot of the page before, the run opening the next
  // (MuPDF's text: "Handledning" / form feed / "Ja" / "Nej" / ...); a line
  // of that page after the heading is a line between them.
  const std::string run = "Ja\nNej\n\n" + s + "☒\n☐\n";
  CHECK(read("", "\f" + run).Get("supervision.offered").ToDisplay() == "true");
  CHECK(read("", "Se nedan.\n\f" + run).Get("supervision.offered").is_null());
}

TEST_CASE("reading-order text: a question's column words alone above it, its boxes after") {
  // MuPDF's text of the 2020 form: the one-row table's header ("Ja" /
  // "Nej") after the question before it, then the question, then its row's
  // boxes. Before, only a section's heading right above the words let them
  // be the question's.
  auto read = [](const std::string& table) {
    auto recs = ExtractText(Form2020(
        "\f4. Tillgång till personligt ombud\n"
        "Om ja, uppskatta hur lång väntetiden är eller har varit i er kommun under 2020. 3-4 "
        "månader\n\n" +
        table + "\nOm ja, rangordna prioriteringsordningen i er kommun\n\f"));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  const std::string q =
      "\nHar ni bedömningsriktlinjer eller prioriteringsordning (vid kö till PO) för tillgång "
      "till\npersonligt ombud.\n\n";
  CHECK(read("Ja\nNej\n" + q + "☒\n☐\n").Get("access.has_priority_guidelines").ToDisplay() ==
        "true");
  CHECK(read("Ja\nNej\n" + q + "☐\n☒\n").Get("access.has_priority_guidelines").ToDisplay() ==
        "false");
  // A box among the words above, one box after, or words after too: refused.
  CHECK(read("Ja\n☐\nNej\n" + q + "☒\n").Get("access.has_priority_guidelines").is_null());
  CHECK(read("Ja\nNej\n" + q + "☒\n").Get("access.has_priority_guidelines").is_null());
  CHECK(read("Ja\nNej\n" + q + "Ja\n☒\nNej\n☐\n").Get("access.has_priority_guidelines").is_null());
}

TEST_CASE("reading-order text: the next question's column words after a question's boxes") {
  // MuPDF's text: the queue question's table, its text question, then the
  // next question's header words alone and that question. Before, a word
  // after the boxes other than the next question's first alone refused the
  // queue's mark.
  auto recs = ExtractText(Form2020(
      "\f4. Tillgång till personligt ombud\n\nJa\nDelvis\nNej\n\n"
      "Har ni under 2020 haft kö eller väntetid för personer (uppdragsgivare) som söker kontakt "
      "med personliga ombud?\n\n☐\n☒\n☐\n\n"
      "Om ja, uppskatta hur lång väntetiden är eller har varit i er kommun under 2020. 3-4 "
      "månader\n\nJa\nNej\n\nHar ni bedömningsriktlinjer eller prioriteringsordning (vid kö "
      "till PO) för tillgång till personligt ombud.\n\n☒\n☐\n\n"
      "Om ja, rangordna prioriteringsordningen i er kommun\n\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("access.queue").ToDisplay() == "partly");
  CHECK(recs[0].Get("access.has_priority_guidelines").ToDisplay() == "true");
  // Words after the boxes that no question follows: refused as before.
  auto stray = ExtractText(Form2020(
      "\f4. Tillgång till personligt ombud\n\nJa\nDelvis\nNej\n\n"
      "Har ni under 2020 haft kö eller väntetid för personer (uppdragsgivare) som söker kontakt "
      "med personliga ombud?\n\n☐\n☒\n☐\n\nJa\nNej\n\f"));
  REQUIRE(stray.size() == 1);
  CHECK(stray[0].Get("access.queue").is_null());
}

TEST_CASE("reading-order text: a question's counts under its column words, a count a line") {
  // pdftotext without -layout, MuPDF's text, pdftohtml's dumps of the 2023
  // form: the queue's column words, each with its note in brackets under
  // it, the question, then the municipalities with and without a queue, a
  // line each. Before, nothing was read.
  auto read = [](const std::string& words, const std::string& counts) {
    auto recs = ExtractText(Form2023(
        "\f4. Tillgång till personligt ombud\n" + words +
        "Har ni haft kö eller väntetid för personer (uppdragsgivare) som söker kontakt med "
        "kommunens\nverksamhet för personliga ombud under 2023?\n" +
        counts +
        "Om ja, uppskatta hur lång väntetiden har varit under 2023. (Ange uppgifterna i dagar "
        "per\nkommun)\n30 dagar\n\f"));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  const std::string words =
      "Ja\n(Om fler kommuner ingår i verksamheten PO,\nange antal kommuner med kö/väntetider)\n"
      "Nej\n(Om fler kommuner ingår i verksamheten PO,\nange antal kommuner utan kö/väntetider)\n";
  Record r = read(words, "2\n1\n");
  CHECK(r.Get("access.queue_municipalities_with").ToDisplay() == "2");
  CHECK(r.Get("access.queue_municipalities_without").ToDisplay() == "1");
  CHECK(r.Get("access.queue").ToDisplay() == "partly");
  CHECK(r.Get("access.waiting_time").ToDisplay() == "30 dagar");
  Record one = read(words, "1\n0\n");
  CHECK(one.Get("access.queue").ToDisplay() == "yes");
  CHECK(one.Get("access.queue_municipalities_without").ToDisplay() == "0");
  // A count missing, a box among them, a note not closed, a word twice:
  // nothing read.
  CHECK(read(words, "2\n").Get("access.queue_municipalities_with").is_null());
  CHECK(read(words, "2\n☒\n").Get("access.queue_municipalities_with").is_null());
  const std::string open_note =
      "Ja\n(Om fler kommuner ingår i verksamheten PO,\nNej\n(Om fler kommuner ingår i\n";
  CHECK(read(open_note, "2\n1\n").Get("access.queue_municipalities_with").is_null());
  CHECK(read("Ja\nJa\n", "2\n1\n").Get("access.queue").is_null());
}

}  // namespace reading_order_question_boxes_test
