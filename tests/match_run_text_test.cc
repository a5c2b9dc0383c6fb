// The walk's free text (match_run_text.cc): an answer that runs over lines
// until the next question, and an answer that ends or is refused at a note, a
// heading, a bracket nothing opened or a report's opening. A question's
// wording consumed whole across its wrap first: label_wraps_test.cc.
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

TEST_CASE("a page marker a converter wrote between pages is no part of an answer") {
  // An archive's text with its form feeds written as page markers ("=== Sida
  // 3 av 8 ===", "--- Page 3 ---", "- 3 -"): each is furniture, as a form
  // feed's page number is, neither an answer nor its last line.
  for (const std::string marker :
       {"=== Sida 3 av 8 ===", "--- Page 3 ---", "[Sida 3]", "- 3 -", "== 12 =="}) {
    CAPTURE(marker);
    auto recs =
        ExtractText(Form2020("Utbildning\n\tJa\tNej\nOmbuden har erbjudits utbildning.\t\tX\n"
                             "Om ja, ange vilken/vilka utbildningar.\n"
                             "Om nej, ange varför. Ej lämpligt under rådande pandemi\n" +
                             marker +
                             "\nHandledning\n\tJa\tNej\n"
                             "Ombuden har erbjudits handledning.\tX\t\n"
                             "Om nej, ange varför.\n" +
                             marker + "\n"));
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].Get("training.not_offered_reason").ToDisplay() ==
          "Ej lämpligt under rådande pandemi");
    CHECK(!recs[0].Has("supervision.not_offered_reason"));
  }
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

TEST_CASE("a free-text answer over a page break of pages out of order is null with a finding") {
  // The report opens on its first page, but its sections go back on the
  // third (6 to 10, then 2 to 5): the pages are out of order and prove no order, so the
  // page after the supervision question is not known to go on with it.
  const std::string first =
      "Handledning\n\tJa\tNej\nOmbuden har erbjudits handledning.\tX\t\n"
      "Om ja, ange vilken slags handledning. Extern handledning varje månad.\n";
  const std::string later = testing::kLaterPages2020;
  const std::string earlier = testing::kEarlierPages2020;
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

TEST_CASE("a question no edition asks ends the free-text answer before it") {
  // Another edition's or county's question after an answer: the answer ends
  // before it, its own answer is read into nothing, and an info finding
  // names it. A question word first, a verb and its subject first, or an
  // instruction's verb first; after a bullet or "Fråga:", or in capitals.
  for (const std::string question :
       {"Hur många av ombuden har gått Socialstyrelsens grundutbildning? Två av tre.",
        "Har ni rapporterat bristerna till någon myndighet?",
        "Beskriv hur ni har samverkat med brukarorganisationerna under året.",
        "Fråga: Har ni samverkat med brukarorganisationerna under året?",
        "- Hur ofta träffas ledningsgruppen? Fyra gånger per år.",
        "HAR NI SAMVERKAT MED BRUKARORGANISATIONERNA UNDER ÅRET?"}) {
    CAPTURE(question);
    auto recs = ExtractText(
        Form2020("Handledning\n\tJa\tNej\nOmbuden har erbjudits handledning.\tX\t\n"
                 "Om ja, ange vilken slags handledning. Extern handledning varje månad.\n" +
                 question + "\nVi har haft en gemensam utbildningsdag.\n"));
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].Get("supervision.description").ToDisplay() == "Extern handledning varje månad.");
    const Finding* f = FindCode(recs[0], "question_not_in_form");
    REQUIRE(f != nullptr);
    CHECK(f->severity == "info");
    CHECK(f->message.find(question.substr(0, 20)) != std::string::npos);
  }
}

TEST_CASE("an answer's own lines that are no question are read whole") {
  // A '?' a code page made of a lost letter inside a word ("boendest?d"), a
  // question mark after a line whose second word is no subject, and a line
  // opening with a lower-case question word: all the answer's.
  auto recs =
      ExtractText(Form2020("Handledning\n\tJa\tNej\nOmbuden har erbjudits handledning.\tX\t\n"
                           "Om ja, ange vilken slags handledning. Extern handledning.\n"
                           "Insatsen boendest?d har lyfts i ledningsgruppen.\n"
                           "Lyft detta p? ledningsgruppsm?te 2020.\n"
                           "hur vi ska arbeta vidare? Det avgörs i vår.\n"));
  REQUIRE(recs.size() == 1);
  const std::string text = recs[0].Get("supervision.description").ToDisplay();
  CHECK(text.find("boendest?d") != std::string::npos);
  CHECK(text.find("Lyft detta") != std::string::npos);
  CHECK(text.find("avgörs i vår") != std::string::npos);
  CHECK(FindCode(recs[0], "question_not_in_form") == nullptr);
}

TEST_CASE("a heading-like line before a question no edition asks leaves the answer null") {
  // "Samverkan med brukarorganisationer" after the answer, a blank line or a
  // sentence's end before it: the answer's last line or the new question's
  // heading. Null with a finding, never the heading in the answer.
  for (const std::string gap : {"\n\n", "\n"}) {
    auto recs = ExtractText(
        Form2020("3. Kontakt med verksamheten\nTendenser till förändring av orsaker till kontakt\n"
                 "Ser ni några tendenser till förändring vad gäller orsaken till att klienter tar "
                 "kontakt med personligt ombud under 2020? I så fall, på vilket sätt?\n\n"
                 "Fler klienter söker stöd kring digitala tjänster." +
                 gap +
                 "Samverkan med brukarorganisationer\n\n"
                 "Beskriv hur ni har samverkat med brukarorganisationerna under året.\n\n"
                 "Vi har träffat RSMH fyra gånger.\n"));
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].Get("trends.contact_reasons").is_null());
    const Finding* f = FindCode(recs[0], "wrapped_value");
    REQUIRE(f != nullptr);
    CHECK(f->message.find("Samverkan med brukarorganisationer") != std::string::npos);
    CHECK(FindCode(recs[0], "question_not_in_form") != nullptr);
  }
  // An answer that stands on its label's line is never taken for a heading.
  auto recs =
      ExtractText(Form2020("Handledning\n\tJa\tNej\nOmbuden har erbjudits handledning.\tX\t\n"
                           "Om ja, ange vilken slags handledning. Extern handledning\n"
                           "Har ni rapporterat bristerna till någon myndighet? Ja.\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("supervision.description").ToDisplay() == "Extern handledning");
}

TEST_CASE("a row no rule knows under the answer's table ends the answer before it") {
  // Another edition's row in the queue's table, its number under Ja: no
  // line of the waiting time's answer.
  auto recs = ExtractText(Form2020(
      "4. Tillgång till personligt ombud\n\tJa\tDelvis\tNej\n"
      "Har ni under 2020 haft kö eller väntetid för personer (uppdragsgivare) som söker kontakt "
      "med personliga ombud?\tx\t\t\n"
      "Om ja, uppskatta hur lång väntetiden är eller har varit i er kommun under 2020. 3-4 "
      "månader\t\t\t\n"
      "Antal personer i kö vid årets slut\t3\t\t\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("access.waiting_time").ToDisplay() == "3-4 månader");
  const Finding* f = FindCode(recs[0], "question_not_in_form");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("Antal personer i kö") != std::string::npos);
  // A line of the answer with no value under a column goes on with it.
  auto more = ExtractText(Form2020(
      "4. Tillgång till personligt ombud\n\tJa\tDelvis\tNej\n"
      "Har ni under 2020 haft kö eller väntetid för personer (uppdragsgivare) som söker kontakt "
      "med personliga ombud?\tx\t\t\n"
      "Om ja, uppskatta hur lång väntetiden är eller har varit i er kommun under 2020. 3-4 "
      "månader\t\t\t\n"
      "Kortare under hösten\t\t\t\n"));
  REQUIRE(more.size() == 1);
  CHECK(more[0].Get("access.waiting_time").ToDisplay().find("Kortare under hösten") !=
        std::string::npos);
  CHECK(FindCode(more[0], "question_not_in_form") == nullptr);
}

TEST_CASE("a heading no edition knows before a table ends the answer, never in it") {
  // Another edition's table after an answer, its heading unknown: the
  // heading is no line of the answer. The answer on its label's line, a
  // blank line after it: the heading is the table's. The answer's own line
  // after its label's, then the heading: either's, so null with a finding.
  const std::string table =
      "\tJa\tNej\nHar ni genomfört en brukarundersökning under året?\tx\t\n"
      "Handledning\n\tJa\tNej\nOmbuden har erbjudits handledning.\tX\t\n";
  for (const std::string heading : {"Uppföljning", "5. Uppföljning"}) {
    CAPTURE(heading);
    auto recs =
        ExtractText(Form2020("Utbildning\n\tJa\tNej\nOmbuden har erbjudits utbildning.\t\tX\n"
                             "Om nej, ange varför. Ej lämpligt under pandemin\t\t\n\n" +
                             heading + "\n\n" + table));
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].Get("training.not_offered_reason").ToDisplay() == "Ej lämpligt under pandemin");
    auto below =
        ExtractText(Form2020("Utbildning\n\tJa\tNej\nOmbuden har erbjudits utbildning.\t\tX\n"
                             "Om nej, ange varför.\t\t\n\n" +
                             heading + "\n\n" + table));
    REQUIRE(below.size() == 1);
    CHECK(below[0].Get("training.not_offered_reason").is_null());
    const Finding* f = FindCode(below[0], "wrapped_value");
    REQUIRE(f != nullptr);
    CHECK(f->message.find("Uppföljning") != std::string::npos);
    // No blank line between (a PDF sets none): the line may go on with the
    // answer as well as head the table.
    auto joined =
        ExtractText(Form2020("Utbildning\n\tJa\tNej\nOmbuden har erbjudits utbildning.\t\tX\n"
                             "Om nej, ange varför. Ej lämpligt under pandemin\t\t\n" +
                             heading + "\n" + table));
    REQUIRE(joined.size() == 1);
    CHECK(joined[0].Get("training.not_offered_reason").is_null());
    CHECK(FindCode(joined[0], "wrapped_value") != nullptr);
  }
}

TEST_CASE("a question's label again after it was left unanswered answers nothing") {
  // Another edition's table under a heading no rule knows, its rows worded
  // as the form's ("Om nej, ange varför."): the answer there may be its own
  // question's, so the form's unanswered question stays null, with a finding.
  const std::string form =
      "4. Tillgång till personligt ombud\n\tJa\tNej\n"
      "Har ni bedömningsriktlinjer eller prioriteringsordning (vid kö till PO) för tillgång till "
      "personligt ombud.\tx\t\n"
      "Om ja, rangordna prioriteringsordningen i er kommun - unga\t\t\n"
      "Om nej, ange varför.\t\t\n\n"
      "Uppföljning\n\n\tJa\tNej\n"
      "Har ni genomfört en brukarundersökning under året?\t\tx\n"
      "Om nej, ange varför. Vi har inte haft tid.\t\t\n\n"
      "5. Organisation, ledning och samverkan\n";
  auto recs = ExtractText(Form2020(form));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("access.no_guidelines_reason").is_null());
  const Finding* f = FindCode(recs[0], "ambiguous_label");
  REQUIRE(f != nullptr);
  CHECK(f->message.find("Vi har inte haft tid.") != std::string::npos);
}

}  // namespace match_run_text_test
