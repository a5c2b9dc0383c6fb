// Rows answered without a table (inline_rows.cc): counts in a sentence, a
// Ja/Nej written as a word, and the names written after the Ja.
#include <doctest/doctest.h>

#include <string>

#include "match/match_run.h"
#include "test_support.h"

namespace inline_rows_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::FindCode;
using redovis::testing::Form2020;
using redovis::testing::Form2023;

TEST_CASE("a Ja written as a word: the names after it go to the row's text column") {
  auto recs =
      ExtractText(Form2020("5. Organisation, ledning och samverkan\n"
                           "Ange vilka organisationer som ingår i ledningsgruppen\n\n"
                           "Patientorganisationer\nNej\n"
                           "Brukarorganisationer: Ja, RSMH. Övriga ingår inte.\n"
                           "Anhörigorganisationer: Ja, det har vi\n"
                           "Annan organisation\nJa, Samordningsförbundet Östra Södertörn\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("steering_group.patient_org").as_bool() == false);
  CHECK(r.Get("steering_group.patient_org_names").is_null());
  CHECK(r.Get("steering_group.user_org").as_bool() == true);
  CHECK(r.Get("steering_group.user_org_names").ToDisplay() == "RSMH");
  // Words in lower case after the Ja name nothing.
  CHECK(r.Get("steering_group.relatives_org").as_bool() == true);
  CHECK(r.Get("steering_group.relatives_org_names").is_null());
  CHECK(r.Get("steering_group.other_org").as_bool() == true);
  CHECK(r.Get("steering_group.other_org_names").ToDisplay() ==
        "Samordningsförbundet Östra Södertörn");
}

TEST_CASE("a Ja or Nej written after the label with no colon between") {
  // "Brukarorganisationer Ja, RSMH": the word closes a clause or the line.
  // (Typed without wrapping: the entries are short beside the widest line.)
  auto recs =
      ExtractText(Form2020("5. Organisation, ledning och samverkan\n"
                           "Ange vilka organisationer som ingår i ledningsgruppen\n"
                           "Patientorganisationer Nej.\n"
                           "Brukarorganisationer Ja, vi har det, RSMH\n"
                           "Anhörigorganisationer Ja\n"
                           "Annan organisation Ja Nej\n"
                           "Ange vilka myndigheter som ingår i ledningsgruppen\n"
                           "FÖRSÄKRINGSKASSAN ☒ Ja  ☐ Nej\n"
                           "Arbetsförmedlingen [ ] Ja [X] Nej\n"
                           "Om ledningsgruppen inte har någon representant från kommunen, "
                           "landstingets primärvård och psykiatri, Arbetsförmedlingen "
                           "eller Försäkringskassan, ange varför.\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("steering_group.patient_org").as_bool() == false);
  CHECK(r.Get("steering_group.user_org").as_bool() == true);
  CHECK(r.Get("steering_group.user_org_names").ToDisplay() == "RSMH");
  CHECK(r.Get("steering_group.relatives_org").as_bool() == true);
  // Both column words, neither closing a clause: a table's header words
  // after the label (reading order), no answer.
  CHECK(r.Get("steering_group.other_org").is_null());
  // Boxes right after the label, typed or glyphs.
  CHECK(r.Get("steering_group.social_insurance_agency").as_bool() == true);
  CHECK(r.Get("steering_group.employment_service").as_bool() == false);
}

TEST_CASE("a Ja's own short clause before the names: 'Ja, vi har det, RSMH'") {
  auto recs =
      ExtractText(Form2020("5. Organisation, ledning och samverkan\n"
                           "Ange vilka organisationer som ingår i ledningsgruppen\n\n"
                           "Patientorganisationer: Ja, det har vi, Hjärnkraft\n"
                           "Brukarorganisationer: Ja, vi har det, RSMH\n"
                           "Anhörigorganisationer: Ja, men bara ibland under året, ISF\n"
                           "Annan organisation: Ja, vi har det\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("steering_group.patient_org_names").ToDisplay() == "Hjärnkraft");
  CHECK(r.Get("steering_group.user_org_names").ToDisplay() == "RSMH");
  // A clause of more than four words is no Ja's own: nothing named.
  CHECK(r.Get("steering_group.relatives_org").as_bool() == true);
  CHECK(r.Get("steering_group.relatives_org_names").is_null());
  CHECK(r.Get("steering_group.other_org").as_bool() == true);
  CHECK(r.Get("steering_group.other_org_names").is_null());
}

TEST_CASE("a Nej written as a word names nothing, whatever follows it") {
  auto recs =
      ExtractText(Form2020("5. Organisation, ledning och samverkan\n"
                           "Ange vilka organisationer som ingår i ledningsgruppen\n\n"
                           "Brukarorganisationer: Nej, RSMH har lämnat\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("steering_group.user_org").as_bool() == false);
  CHECK(recs[0].Get("steering_group.user_org_names").is_null());
}

TEST_CASE("a Ja alone on its line: the names on the next line, never the next row's label") {
  auto recs =
      ExtractText(Form2020("5. Organisation, ledning och samverkan\n"
                           "Ange vilka organisationer som ingår i ledningsgruppen\n\n"
                           "Brukarorganisationer\nJa.\nRSMH\n"
                           "Anhörigorganisationer\nJa\nAnnan organisation\nNej\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("steering_group.user_org").as_bool() == true);
  CHECK(r.Get("steering_group.user_org_names").ToDisplay() == "RSMH");
  CHECK(r.Get("steering_group.relatives_org").as_bool() == true);
  CHECK(r.Get("steering_group.relatives_org_names").is_null());
  CHECK(r.Get("steering_group.other_org").as_bool() == false);
  // The next row's label with its names after it, no Ja or Nej (its rule's
  // look-ahead refuses the line): no names of the Ja's row. Before,
  // "Brukarorganisationer RSMH" was the patient organisations' names.
  auto typed =
      ExtractText(Form2020("5. Organisation, ledning och samverkan\n"
                           "Ange vilka organisationer som ingår i ledningsgruppen\n\n"
                           "Patientorganisationer\nJa.\nBrukarorganisationer RSMH\n"
                           "Anhörigorganisationer: Nej\n"));
  REQUIRE(typed.size() == 1);
  CHECK(typed[0].Get("steering_group.patient_org").as_bool() == true);
  CHECK(typed[0].Get("steering_group.patient_org_names").is_null());
}

TEST_CASE("a column word and a mark in a cell after it on the next line: 'Ja   X'") {
  // A retyped "Ja: X" whose colon became spaces: the word and its mark are
  // two cells. A digit after the word (a count) or two cells after it are
  // no such answer.
  auto recs =
      ExtractText(Form2020("5. Organisation, ledning och samverkan\n"
                           "Ange vilka organisationer som ingår i ledningsgruppen\n\n"
                           "Patientorganisationer\nNej   X\n"
                           "Brukarorganisationer\nJa   X\n"
                           "Anhörigorganisationer\nJa   1\n"
                           "Annan organisation\nJa   X   Y\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("steering_group.patient_org").as_bool() == false);
  CHECK(r.Get("steering_group.user_org").as_bool() == true);
  CHECK(r.Get("steering_group.relatives_org").is_null());
  CHECK(r.Get("steering_group.other_org").is_null());
}

TEST_CASE("pairs alone on the line after the question are its answer: counts and the 2023 queue") {
  // Blank lines between the rows: a block of short lines may be read as
  // one wrapped paragraph (text_layout.h).
  auto recs =
      ExtractText(Form2020("2. Klienter\n\n"
                           "Totalt antal klienter:\nkvinnor 12 män 7\n\n"
                           "därav mellan 18 och 29 år\n4 kvinnor 2 män\n\n"
                           "Antal nya klienter\nkvinnor 5, män 3\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("clients.total.women").as_int() == 12);
  CHECK(r.Get("clients.total.men").as_int() == 7);
  CHECK(r.Get("clients.total.age_18_29.women").as_int() == 4);
  CHECK(r.Get("clients.total.age_18_29.men").as_int() == 2);
  CHECK(r.Get("clients.new.women").as_int() == 5);

  auto q = ExtractText(
      "REDOVISNING\nStatsbidrag avseende år 2023\n"
      "Kontaktuppgifter till den kommun som beviljats statsbidraget\nKommun: Lindesberg\n"
      "4. Tillgång till personligt ombud\n"
      "Har ni haft kö eller väntetid för personer (uppdragsgivare) som söker kontakt med "
      "kommunens verksamhet för personliga ombud under 2023?\nJa 2, Nej 1\n"
      "Om ja, uppskatta hur lång väntetiden har varit under 2023. (Ange uppgifterna i dagar per "
      "kommun): 30\n8. Övrigt\n");
  REQUIRE(q.size() == 1);
  CHECK(q[0].edition == "po-2023");
  // Municipalities with a queue and without: partly, never the first word's yes.
  CHECK(q[0].Get("access.queue").as_text() == "partly");
  CHECK(q[0].Get("access.queue_municipalities_with").as_int() == 2);
  CHECK(q[0].Get("access.queue_municipalities_without").as_int() == 1);
}

TEST_CASE("a label then its pairs without a colon; rows run together give nothing, never a guess") {
  auto recs = ExtractText(Form2020(
      "2. Klienter\n\n"
      "Antal klienter som, helt eller delvis, har hemmavarande barn under 18 år vilka är kända "
      "för verksamheten kvinnor 10 män 8\n\n"
      "Totalt antal klienter: kvinnor 29, män 5 därav mellan 18 och 29 år: kvinnor 14, män 2\n\n"
      "Antal nya klienter kvinnor 9 män 4 därav mellan 18 och 29 år kvinnor 3 män 0\n\n"
      "3. Kontakt med verksamheten\n\nEKONOMI kvinnor 16 män 10\n\n"
      "Bostad 2021 kvinnor 4 män 2\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("clients.with_children.women").as_int() == 10);
  CHECK(r.Get("clients.with_children.men").as_int() == 8);
  CHECK(r.Get("contact_reasons.economy.women").as_int() == 16);
  CHECK(r.Get("contact_reasons.economy.men").as_int() == 10);
  // Two rows on one line: the last one's counts are not the first row's.
  CHECK(r.Get("clients.total.women").is_null());
  CHECK(r.Get("clients.new.women").is_null());
  CHECK(r.Get("clients.new.men").is_null());
  // A number between the label and its pairs is explained by nothing.
  CHECK(r.Get("contact_reasons.housing.women").is_null());
}

TEST_CASE("a contact reason's label retyped without its definite ending is its row") {
  // "Struktur i vardag" for the form's "Struktur i vardagen", as "Stöd i
  // kontakt med myndighet" for "... i kontakten ...".
  auto recs =
      ExtractText(Form2020("3. Kontakt med verksamheten\n\n"
                           "Struktur i vardag kvinnor 3 män 1\n"
                           "Bryta isolering kvinnor 4 män 2\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("contact_reasons.daily_structure.women").as_int() == 3);
  CHECK(recs[0].Get("contact_reasons.daily_structure.men").as_int() == 1);
  CHECK(recs[0].Get("contact_reasons.isolation.women").as_int() == 4);
}

TEST_CASE("options after their boxes on the line after the question: the marked box's column") {
  auto recs = ExtractText(Form2020(
      "1. Personliga ombud\n\nUtbildning\n\nOmbuden har erbjudits utbildning.\n[ ] Ja [x] Nej\n\n"
      "Handledning\n\nOmbuden har erbjudits handledning.\n☒ Ja  ☐ Nej\n\n"
      "4. Tillgång till personligt ombud\n\n"
      "Har ni under 2020 haft kö eller väntetid för personer (uppdragsgivare) som söker kontakt "
      "med personliga ombud?\n☐ Ja ☐ Delvis ☒ Nej\n\n"
      "Har ni bedömningsriktlinjer eller prioriteringsordning (vid kö till PO) för tillgång till "
      "personligt ombud.\n[x] Ja [x] Nej\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("training.offered").as_bool() == false);
  CHECK(r.Get("supervision.offered").as_bool() == true);
  CHECK(r.Get("access.queue").as_text() == "no");
  // Both boxes marked: no answer, a finding.
  CHECK(r.Get("access.has_priority_guidelines").is_null());
  CHECK(FindCode(r, "conflicting_marks") != nullptr);
}

TEST_CASE("an answer set off from its row's label by a dash or in brackets") {
  auto recs =
      ExtractText(Form2020("1. Personliga ombud\n\n"
                           "Ange antalet personliga ombud (kvinnor 7, män 3)\n\n"
                           "5. Organisation, ledning och samverkan\n\n"
                           "Kommun – ja\n\nFörening - nej\n\nStiftelse (nej)\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("ombud.women").as_number() == 7);
  CHECK(r.Get("ombud.men").as_number() == 3);
  CHECK(r.Get("provider.municipality").as_bool() == true);
  CHECK(r.Get("provider.association").as_bool() == false);
  CHECK(r.Get("provider.foundation").as_bool() == false);
}

TEST_CASE("each column word before its box: the marked box's column, never the first word") {
  auto recs = ExtractText(Form2020(
      "1. Personliga ombud\nUtbildning\n"
      "Ombuden har erbjudits utbildning.\tJa [ ]\tNej [X]\n"
      "4. Tillgång till personligt ombud\n"
      "Har ni under 2020 haft kö eller väntetid för personer (uppdragsgivare) som söker kontakt "
      "med personliga ombud?\tJa [ ]\tDelvis [X]\tNej [ ]\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("training.offered").as_bool() == false);
  // "Ja [ ] | Delvis [X] | Nej [ ]" after the question is its answer, no column header.
  CHECK(r.Get("access.queue").as_text() == "partly");
}

TEST_CASE("a choice after the rest of its question; two choices in one answer give nothing") {
  auto recs = ExtractText(Form2020(
      "4. Tillgång till personligt ombud\n"
      "Har ni under 2020 haft kö eller väntetid för personer som söker kontakt med personliga "
      "ombud? Nej, det har vi inte haft.\n"
      "Har ni bedömningsriktlinjer eller prioriteringsordning (vid kö till PO) för tillgång till "
      "personligt ombud? Ja i Sala, nej i Köping\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("access.queue").as_text() == "no");
  CHECK(recs[0].Get("access.has_priority_guidelines").is_null());
}

TEST_CASE("a count of one in the singular: '1 kvinna och 1 man'") {
  auto recs = ExtractText(
      Form2020("1. Personliga ombud\n\nAnge antalet personliga ombud: 1 kvinna och 1 man\n\n"
               "2. Klienter\n\nTotalt antal klienter: 12 kvinnor och 1 man\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("ombud.women").as_number() == 1);
  CHECK(recs[0].Get("ombud.men").as_number() == 1);
  CHECK(recs[0].Get("clients.total.women").as_int() == 12);
  CHECK(recs[0].Get("clients.total.men").as_int() == 1);
}

TEST_CASE("an option list's question answered by a word, a marked word or boxes after it") {
  // The 2020 form's Coronapandemin question, retyped: the answer alone on the
  // next line, with its mark, as boxes, or after the question's "?".
  const std::string q =
      "8. Coronapandemin\nHar Coronapandemin påverkat er användning av "
      "statsbidraget under 2020?";
  auto affected = [&](const std::string& answer) {
    auto recs = ExtractText(Form2020(q + answer + "\nKommentera gärna ert svar:\n"));
    REQUIRE(recs.size() == 1);
    return recs[0].Get("covid.affected");
  };
  CHECK(affected("\nKan inte bedöma").as_text() == "cannot_assess");
  CHECK(affected("\nNej: X").as_text() == "no");
  CHECK(affected("\n[ ] Ja [ ] Nej [x] Kan inte bedöma").as_text() == "cannot_assess");
  CHECK(affected(" Nej").as_text() == "no");
  CHECK(affected("\tJa [ ]\tNej [X]\tKan inte bedöma [ ]").as_text() == "no");
}

TEST_CASE("an option glued to its mark by a separator no reader took for one is marked") {
  // A script's CSV read as prose: "Ja" / "X,Nej" / "Kan inte bedöma", the
  // mark before Nej's cell (it went to Ja, the line above).
  const std::string q =
      "8. Coronapandemin\nHar Coronapandemin påverkat er användning av "
      "statsbidraget under 2020?\n";
  for (const char* marked : {"X,Nej", "X;Nej", "X Nej"}) {
    CAPTURE(marked);
    auto recs = ExtractText(
        Form2020(q + "Ja\n" + marked + "\nKan inte bedöma\nKommentera gärna ert svar:\n"));
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].Get("covid.affected").as_text() == "no");
  }
}

TEST_CASE(
    "an option list printed under its question is no answer: its first option stays unmarked") {
  // A form's list whose boxes a rendering lost: "Ja" right under the question
  // is the list's first option, not the answer; nor is a line of them all.
  auto recs = ExtractText(Form2020(
      "8. Coronapandemin\nHar Coronapandemin påverkat er användning av statsbidraget under "
      "2020?\nJa\n\nNej\n\nKan inte bedöma\n\nKommentera gärna ert svar:\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("covid.affected").is_null());
  recs = ExtractText(Form2020(
      "8. Coronapandemin\nHar Coronapandemin påverkat er användning av statsbidraget under "
      "2020?\nJa Nej Kan inte bedöma\nKommentera gärna ert svar:\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("covid.affected").is_null());
}

TEST_CASE("a mark alone between a list's options, its empty cells dropped, marks none of them") {
  // odt2txt's dump of the form's [empty | Ja | Kommentar] / [x | Nej | empty]
  // table: empty cells dropped, the x between Ja's row and Nej. Which option
  // it marks the order does not tell; "Ja" is the list's first option, not
  // the answer.
  auto recs = ExtractText(
      Form2020("8. Coronapandemin\nHar Coronapandemin påverkat er användning av statsbidraget "
               "under 2020?\n\nJa\n\nKommentar\n\nx\n\nNej\n\nKan inte bedöma\n\n"
               "Kommentar\n\nKommentera gärna ert svar:\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("covid.affected").is_null());
  const Finding* f = FindCode(recs[0], "ambiguous_column");
  REQUIRE(f != nullptr);
  CHECK(f->keys == std::vector<std::string>{"covid.affected"});
  CHECK(f->text == "x");
  // A comment column's word alone after the answer, no option after it:
  // the word under the question is still the answer.
  recs = ExtractText(
      Form2020("8. Coronapandemin\nHar Coronapandemin påverkat er användning av statsbidraget "
               "under 2020?\nNej\nKommentar\nKommentera gärna ert svar:\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("covid.affected").as_text() == "no");
}

TEST_CASE("a numbered list right under a list's instruction chooses the rows it lists") {
  auto recs =
      ExtractText(Form2020("5. Organisation, ledning och samverkan\n"
                           "Ange vilka myndigheter som ingår i ledningsgruppen:\n"
                           "1. Kommun/kommuner\n2. Försäkringskassan\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("steering_group.municipality").as_bool() == true);
  CHECK(recs[0].Get("steering_group.social_insurance_agency").as_bool() == true);
  // What the list does not name, the form's next heading ending it, was not
  // chosen (listed_options.h); a list running to the report's end may go on.
  CHECK(recs[0].Get("steering_group.employment_service").as_bool() == false);
  auto open =
      ExtractText(Form2023("5. Organisation, ledning och samverkan\n"
                           "Ange vilka myndigheter som ingår i ledningsgruppen:\n"
                           "1. Kommun/kommuner\n2. Försäkringskassan\n"));
  REQUIRE(open.size() == 1);
  CHECK(open[0].Get("steering_group.social_insurance_agency").as_bool() == true);
  CHECK(open[0].Get("steering_group.employment_service").is_null());
  // A numbered line elsewhere is no list item: never the Ja a bullet gives.
  auto question =
      ExtractText(Form2020("1. Personliga ombud\nUtbildning\n"
                           "1. Ombuden har erbjudits utbildning.\nNej\n"));
  REQUIRE(question.size() == 1);
  CHECK(question[0].Get("training.offered").is_null());
}

TEST_CASE("boxes typed after the label, then the names the Ja asks for in a cell of their own") {
  // "[x] Ja [ ] Nej" complete in the label's cell, two spaces, "RSMH".
  auto recs = ExtractText(
      Form2020("5. Organisation, ledning och samverkan\n"
               "Ange vilka organisationer som ingår i ledningsgruppen\n"
               "Patientorganisationer: [ ] Ja [x] Nej  Hjärnkoll\n"
               "Brukarorganisationer: [x] Ja [ ] Nej  RSMH\n"
               "Anhörigorganisationer: ☒ Ja  ☐ Nej  inga namn\n"
               "Annan organisation: [x] Ja [ ] Nej  Samordningsförbundet Östra Södertörn\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("steering_group.user_org").as_bool() == true);
  CHECK(r.Get("steering_group.user_org_names").ToDisplay() == "RSMH");
  CHECK(r.Get("steering_group.other_org_names").ToDisplay() ==
        "Samordningsförbundet Östra Södertörn");
  // After a marked Nej no names; words in lower case name nothing.
  CHECK(r.Get("steering_group.patient_org").as_bool() == false);
  CHECK(r.Get("steering_group.patient_org_names").is_null());
  CHECK(r.Get("steering_group.relatives_org").as_bool() == true);
  CHECK(r.Get("steering_group.relatives_org_names").is_null());
  // No colon: the label alone in its cell, the boxes whole in the next, the
  // names in the last; two cells after the boxes: which holds the names is
  // not certain.
  auto spaced =
      ExtractText(Form2020("5. Organisation, ledning och samverkan\n"
                           "Ange vilka organisationer som ingår i ledningsgruppen\n"
                           "Brukarorganisationer   [x] Ja [ ] Nej  RSMH\n"
                           "Anhörigorganisationer   [x] Ja [ ] Nej  ISF  Attention\n"));
  REQUIRE(spaced.size() == 1);
  CHECK(spaced[0].Get("steering_group.user_org").as_bool() == true);
  CHECK(spaced[0].Get("steering_group.user_org_names").ToDisplay() == "RSMH");
  CHECK(spaced[0].Get("steering_group.relatives_org").as_bool() == true);
  CHECK(spaced[0].Get("steering_group.relatives_org_names").is_null());
  // One space each: the boxes and the names one cell, the names after the
  // last option's whole wording.
  auto collapsed =
      ExtractText(Form2020("5. Organisation, ledning och samverkan\n"
                           "Ange vilka organisationer som ingår i ledningsgruppen\n"
                           "Brukarorganisationer: ☒ Ja ☐ Nej RSMH\n"
                           "Anhörigorganisationer: ☐ Ja ☒ Nej ISF\n"
                           "Annan organisation: [x] Ja [ ] Nej inga namn\n"));
  REQUIRE(collapsed.size() == 1);
  CHECK(collapsed[0].Get("steering_group.user_org").as_bool() == true);
  CHECK(collapsed[0].Get("steering_group.user_org_names").ToDisplay() == "RSMH");
  CHECK(collapsed[0].Get("steering_group.relatives_org").as_bool() == false);
  CHECK(collapsed[0].Get("steering_group.relatives_org_names").is_null());
  CHECK(collapsed[0].Get("steering_group.other_org").as_bool() == true);
  CHECK(collapsed[0].Get("steering_group.other_org_names").is_null());
}

TEST_CASE("boxes typed two spaces apart, each in a cell of its own, then the names") {
  // "☒ Ja  ☐ Nej  RSMH": the text reader parts the boxes at the two spaces.
  auto recs = ExtractText(
      Form2020("5. Organisation, ledning och samverkan\n"
               "Ange vilka organisationer som ingår i ledningsgruppen\n"
               "Patientorganisationer: ☐ Ja  ☒ Nej  Hjärnkoll\n"
               "Brukarorganisationer: ☒ Ja  ☐ Nej  RSMH\n"
               "Anhörigorganisationer: ☒ Ja  ☐ Nej  ISF  Attention\n"
               "Annan organisation: ☒ Ja  ☐ Nej  Samordningsförbundet Östra Södertörn\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("steering_group.user_org").as_bool() == true);
  CHECK(r.Get("steering_group.user_org_names").ToDisplay() == "RSMH");
  CHECK(r.Get("steering_group.other_org").as_bool() == true);
  CHECK(r.Get("steering_group.other_org_names").ToDisplay() ==
        "Samordningsförbundet Östra Södertörn");
  // After a marked Nej no names; two cells after the boxes: which holds the
  // names is not certain.
  CHECK(r.Get("steering_group.patient_org").as_bool() == false);
  CHECK(r.Get("steering_group.patient_org_names").is_null());
  CHECK(r.Get("steering_group.relatives_org_names").is_null());
  // A dash set off by spaces where the colon stands: the same.
  auto dashed = ExtractText(
      Form2020("5. Organisation, ledning och samverkan\n"
               "Ange vilka organisationer som ingår i ledningsgruppen\n"
               "Brukarorganisationer - ☒ Ja  ☐ Nej  RSMH\n"
               "Annan organisation – [X] Ja  [ ] Nej  Samordningsförbundet Östra Södertörn\n"));
  REQUIRE(dashed.size() == 1);
  CHECK(dashed[0].Get("steering_group.user_org_names").ToDisplay() == "RSMH");
  CHECK(dashed[0].Get("steering_group.other_org_names").ToDisplay() ==
        "Samordningsförbundet Östra Södertörn");
}

TEST_CASE("a column word with its colon and mark after the label: 'Ja: X RSMH'") {
  auto recs =
      ExtractText(Form2020("5. Organisation, ledning och samverkan\n"
                           "Ange vilka organisationer som ingår i ledningsgruppen\n"
                           "Patientorganisationer: Nej: X\n"
                           "Brukarorganisationer: Ja: X RSMH\n"
                           "Anhörigorganisationer: Ja: ISF\n"
                           "Annan organisation: Ja: 1 Samordningsförbundet\n"));
  // The mark alone after the colon: a Ja, and no names.
  auto alone =
      ExtractText(Form2020("5. Organisation, ledning och samverkan\n"
                           "Ange vilka organisationer som ingår i ledningsgruppen\n"
                           "Brukarorganisationer: Ja: X\n"));
  REQUIRE(alone.size() == 1);
  CHECK(alone[0].Get("steering_group.user_org").as_bool() == true);
  CHECK(alone[0].Get("steering_group.user_org_names").is_null());
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("steering_group.patient_org").as_bool() == false);
  CHECK(r.Get("steering_group.user_org").as_bool() == true);
  CHECK(r.Get("steering_group.user_org_names").ToDisplay() == "RSMH");
  // No mark after the colon, or a digit (a count, perhaps): not this shape.
  CHECK(r.Get("steering_group.relatives_org").is_null());
  CHECK(r.Get("steering_group.relatives_org_names").is_null());
  CHECK(r.Get("steering_group.other_org").is_null());
}

TEST_CASE("a row's pairs in brackets after the rest of its label: 'K: 10 M: 6'") {
  auto recs = ExtractText(
      Form2020("2. Klienter\n"
               "Fråga 5: Totalt antal klienter (K: 40 M: 22)\n"
               "därav mellan 18 och 29 år (K: 10 M: 6)\n"
               "Antal klienter som, helt eller delvis, har hemmavarande barn under 18 år "
               "(kvinnor 9, män 3)\n"
               "Antal nya klienter 2020 (K: 14 M: 8)\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("clients.total.women").ToDisplay() == "40");
  CHECK(r.Get("clients.total.men").ToDisplay() == "22");
  CHECK(r.Get("clients.total.age_18_29.women").ToDisplay() == "10");
  CHECK(r.Get("clients.total.age_18_29.men").ToDisplay() == "6");
  CHECK(r.Get("clients.with_children.women").ToDisplay() == "9");
  CHECK(r.Get("clients.with_children.men").ToDisplay() == "3");
  // A number just before the brackets is explained by nothing: no counts.
  CHECK(r.Get("clients.new.women").is_null());
  CHECK(r.Get("clients.new.men").is_null());
}

TEST_CASE("counts typed with the letters K and M for women and men") {
  auto recs =
      ExtractText(Form2020("2. Klienter\nTotalt antal klienter: K: 40 M: 22\n"
                           "Antal nya klienter: K 14, M 8\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("clients.total.women").ToDisplay() == "40");
  CHECK(recs[0].Get("clients.total.men").ToDisplay() == "22");
  CHECK(recs[0].Get("clients.new.women").ToDisplay() == "14");
  CHECK(recs[0].Get("clients.new.men").ToDisplay() == "8");
}

TEST_CASE(
    "a count before the pairs with a column word the tool does not know: unreadable, not blank") {
  auto recs =
      ExtractText(Form2020("3. Kontakt med verksamheten\nEkonomi: 7 fl, 5 m\n"
                           "Bostad: kvinnor 3\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  // "m" is the men's column word, "fl" none: the 7 is not read as anyone's.
  CHECK(r.Get("contact_reasons.economy.men").ToDisplay() == "5");
  CHECK(r.Get("contact_reasons.economy.women").is_null());
  REQUIRE(r.places.count("contact_reasons.economy.women"));
  CHECK(r.places.at("contact_reasons.economy.women").unplaced);
  // The men's count left out with nothing else written: the municipality's blank.
  CHECK(r.Get("contact_reasons.housing.women").ToDisplay() == "3");
  REQUIRE(r.places.count("contact_reasons.housing.men"));
  CHECK_FALSE(r.places.at("contact_reasons.housing.men").unplaced);
}

TEST_CASE("counts with short column words or a slash between them") {
  // "kv" for kvinnor; a slash set off by spaces parts two pairs as a comma does.
  auto recs =
      ExtractText(Form2020("3. Kontakt med verksamheten\nEkonomi: 7 kv, 5 m\nBostad: K 4 / M 2\n"
                           "Sysselsättning: kvinnor 3 / män 1\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("contact_reasons.economy.women").ToDisplay() == "7");
  CHECK(r.Get("contact_reasons.economy.men").ToDisplay() == "5");
  CHECK(r.Get("contact_reasons.housing.women").ToDisplay() == "4");
  CHECK(r.Get("contact_reasons.housing.men").ToDisplay() == "2");
  CHECK(r.Get("contact_reasons.occupation.women").ToDisplay() == "3");
  CHECK(r.Get("contact_reasons.occupation.men").ToDisplay() == "1");
}

TEST_CASE("a question and its answer in two cells: the answer's cell ends the question") {
  // A Word table of two columns pasted as tabs: "Question<TAB>Answer".
  auto recs =
      ExtractText(Form2020("Utbildning\nOmbuden har erbjudits utbildning under året\tJa\n"
                           "6. Tillgång till samhällsservice\n"
                           "Rutiner har upprättats för hur uppmärksammade brister ska hanteras i "
                           "verksamheten\tNej\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("training.offered").as_bool() == true);
  CHECK(recs[0].Get("deficiencies.has_routines").as_bool() == false);
}

TEST_CASE("one count a row, its column written after the label: 'Ekonomi, kvinnor<TAB>139'") {
  auto recs =
      ExtractText(Form2020("3. Kontakt med verksamheten\n"
                           "Ekonomi, kvinnor\t139\nEkonomi, män\t113\n"
                           "Bostad kvinnor\t70\nBostad män\t54\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("contact_reasons.economy.women").ToDisplay() == "139");
  CHECK(r.Get("contact_reasons.economy.men").ToDisplay() == "113");
  CHECK(r.Get("contact_reasons.housing.women").ToDisplay() == "70");
  CHECK(r.Get("contact_reasons.housing.men").ToDisplay() == "54");
}

TEST_CASE("under a header, the column a row's words name decides, not where its count stands") {
  // "Ekonomi, män" with its count under "Kvinnor": the men's count.
  auto recs =
      ExtractText(Form2020("3. Kontakt med verksamheten\n"
                           "Kontaktorsak\tKvinnor\tMän\n"
                           "Ekonomi, kvinnor\t139\n"
                           "Ekonomi, män\t113\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("contact_reasons.economy.women").ToDisplay() == "139");
  CHECK(r.Get("contact_reasons.economy.men").ToDisplay() == "113");
}

TEST_CASE("boxes in round brackets: '(X) Ja ( ) Nej'") {
  auto recs = ExtractText(
      Form2020("Utbildning\nOmbuden har erbjudits utbildning (X) Ja ( ) Nej\n"
               "Handledning\nOmbuden har erbjudits handledning: ( ) Ja (x) Nej\n"
               "4. Tillgång till personligt ombud\n"
               "Har ni bedömningsriktlinjer eller prioriteringsordning (vid kö till PO) för "
               "tillgång till personligt ombud? (x) Ja (x) Nej\n"
               "6. Tillgång till samhällsservice\n"
               "Rutiner har upprättats för hur uppmärksammade brister ska hanteras i "
               "verksamheten (X) Ja ( ) Nej\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("training.offered").as_bool() == true);
  CHECK(r.Get("supervision.offered").as_bool() == false);
  // The boxes right after the rest of the question, nothing between them.
  CHECK(r.Get("deficiencies.has_routines").as_bool() == true);
  // Both boxes marked: no answer.
  CHECK(r.Get("access.has_priority_guidelines").is_null());
}

TEST_CASE("counts in a sentence after the label: 'Vi hade 29 kvinnor och 5 män som klienter'") {
  auto recs = ExtractText(
      Form2020("2. Klienter\n"
               "Totalt antal klienter: Vi hade 29 kvinnor och 5 män som klienter under året.\n"
               "Antal nya klienter: Under året kom 9 kvinnor och 4 män till oss.\n"
               "Antal avslutade klienter: Vi avslutade 22 kvinnor och 6 män, varav 3 kvinnor "
               "i december.\n"
               "Antal klienter som, helt eller delvis, har hemmavarande barn under 18 år: Det var "
               "10 kvinnor och 8 män.\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("clients.total.women").ToDisplay() == "29");
  CHECK(r.Get("clients.total.men").ToDisplay() == "5");
  CHECK(r.Get("clients.new.women").ToDisplay() == "9");
  CHECK(r.Get("clients.new.men").ToDisplay() == "4");
  CHECK(r.Get("clients.with_children.women").ToDisplay() == "10");
  CHECK(r.Get("clients.with_children.men").ToDisplay() == "8");
  // A second count in the sentence: which counts are the row's is not written.
  CHECK(r.Get("clients.ended.women").is_null());
  CHECK(r.Get("clients.ended.men").is_null());
}

TEST_CASE("a row's label before its pairs, alone or with its last count in a cell of its own") {
  // The label is found only in what stands before the pairs (the row's rule
  // does not match the whole first cell): the prefilter on the row's text,
  // its own cell's fold or one made of the cells after it, keeps the rule.
  auto recs =
      ExtractText(Form2020("3. Kontakt med verksamheten\n\n"
                           "EKONOMI kvinnor 16 män 10\n\n"
                           "Bostad, kvinnor 4, män\t2\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("contact_reasons.economy.women").as_int() == 16);
  CHECK(r.Get("contact_reasons.economy.men").as_int() == 10);
  CHECK(r.Get("contact_reasons.housing.women").as_int() == 4);
  CHECK(r.Get("contact_reasons.housing.men").as_int() == 2);
}

}  // namespace inline_rows_test
