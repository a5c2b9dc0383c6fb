// The walk over a report's lines (match_run.cc): labels written a little
// differently, bullet lists of chosen options, notes under a label.
#include "match/match_run.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "read/text/cut_lines.h"
#include "redovis/extractor.h"
#include "redovis/readers.h"
#include "test_support.h"

namespace match_run_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::FindCode;
using redovis::testing::Form2020;

TEST_CASE("a label with OCR noise or a word changed is still its rule's") {
  auto recs = ExtractText(
      Form2020("Utde1ningsadress: Storgatan 1\n"  // one character
               "Kontaktpersom: Anna Berg\n"       // one character, no colon needed
               "Utbildning\nOmbuden har erbjudlts utbi1dning.\nJa\n"
               "2. Klienter\nTotalt antal kllenter: kvinnor 12, män 7\n"
               "Antal klienter som helt eller delvis har hemmaboende barn: kvinnor 4, män 1\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("contact.address").ToDisplay() == "Storgatan 1");
  CHECK(r.Get("contact.person").ToDisplay() == "Anna Berg");
  CHECK(r.Get("training.offered").as_bool() == true);
  CHECK(r.Get("clients.total.women").as_int() == 12);
  CHECK(r.Get("clients.total.men").as_int() == 7);
  // "hemmavarande" written "hemmaboende": a word changed in a long label.
  CHECK(r.Get("clients.with_children.women").as_int() == 4);
  CHECK(r.Get("clients.with_children.men").as_int() == 1);
  CHECK_FALSE(FindCode(r, "ambiguous_label"));
}

TEST_CASE("a label near two different labels is neither: null and a finding") {
  auto recs = ExtractText(
      Form2020("3. Kontakt med verksamheten\nStöd i kontakt med skolan: kvinnor 3, män 2\n"
               "Stöd i kontakt med myndlghet: kvinnor 5, män 4\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("contact_reasons.authority_contact.women").as_int() == 5);
  CHECK(r.Get("contact_reasons.healthcare_contact.women").is_null());
  const Finding* f = FindCode(r, "ambiguous_label");
  REQUIRE(f);
  CHECK(f->message.find("skolan") != std::string::npos);
  // A short label takes no changed word: "Antal gamla klienter" is nothing.
  auto other = ExtractText(Form2020("2. Klienter\nAntal gamla klienter: kvinnor 1, män 1\n"));
  CHECK(other[0].Get("clients.new.women").is_null());
  CHECK(other[0].Get("clients.ended.women").is_null());
}

TEST_CASE("a box before a row's label with a box after it is no list item's: null, a finding") {
  // `fmt` joined each row's last box to the next row's label: the box before
  // "Brukarorganisationer" is Patientorganisationer's Nej.
  auto recs =
      ExtractText(Form2020("5. Organisation, ledning och samverkan\n"
                           "Ange vilka organisationer som ingår i ledningsgruppen\n\n"
                           "                                          Ja            Nej\n"
                           "Patientorganisationer                               ☐\n"
                           "☒ Brukarorganisationer                                ☐\n"
                           "☒ Annan organisation\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("steering_group.user_org").is_null());
  const Finding* f = FindCode(r, "ambiguous_column");
  REQUIRE(f != nullptr);
  CHECK(std::find(f->keys.begin(), f->keys.end(), "steering_group.user_org") != f->keys.end());
  // A box before the label alone is a list item's, as before.
  CHECK(r.Get("steering_group.other_org").as_bool() == true);
}

TEST_CASE("a box whose cell a refill ran on into the next options' boxes is not read: a finding") {
  // fmt refilled a text a cell a line: the options and their boxes run into
  // one paragraph, each line it ended marked (kRefilledBreak), the lines
  // joined into one cell. The second ☒ is changed_methods', which the first
  // option's rule alone would never read.
  const std::string wrap = kRefilledBreak;
  auto recs = ExtractText(Form2020(
      "8. Coronapandemin\nOm ja, eller delvis ange på vilket sätt Coronapandemin har påverkat er "
      "verksamhet?\n\n☒ Verksamheten för personligt ombud har fått flera klienter" +
      wrap + " som söker stöd ☐ Verksamheten för personliga ombud har tillhandahållit ett ökat" +
      wrap +
      " utbud ☒ Verksamheten för personliga ombud har ställt om och ändrat sina arbetssätt\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("covid.effects").is_null());
  const Finding* f = FindCode(r, "ambiguous_column");
  REQUIRE(f != nullptr);
  CHECK(std::find(f->keys.begin(), f->keys.end(), "covid.effects") != f->keys.end());
}

TEST_CASE("a list with a line the text reader marked cut is not read: a finding") {
  // A hard fold's row that could not be proven, its cells marked
  // (cut_lines.h's MarkCutRows): what its box showed cannot be told (a
  // checked box there is a stray one, read as such). The set may lack its
  // choice.
  const std::string cut = kCutLine;
  const std::string list =
      "8. Coronapandemin\nOm ja, eller delvis ange på vilket sätt Coronapandemin har påverkat er "
      "verksamhet?\n\n☒ Verksamheten för personligt ombud har fått flera klienter\n"
      "☐ Verksamheten för personliga ombud har tillhandahållit ett ökat utbud\n";
  auto whole = ExtractText(Form2020(
      list + "☒ Verksamheten för personliga ombud har ställt om och ändrat sina arbetssätt\n"));
  REQUIRE(whole.size() == 1);
  CHECK(whole[0].Get("covid.effects").ToDisplay() == "more_clients; changed_methods");
  auto recs =
      ExtractText(Form2020(list + "☐" + cut + " Verksamheten" + cut +
                           " för personliga ombud har ställt om och ändrat sina" + cut + "\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("covid.effects").is_null());
  const Finding* f = FindCode(r, "value_unreadable");
  REQUIRE(f != nullptr);
  CHECK(std::find(f->keys.begin(), f->keys.end(), "covid.effects") != f->keys.end());
}

TEST_CASE("a list whose options' boxes were lost in decoding is not read: a finding") {
  // html2text cut each box's UTF-8 short ("\xE2\x98Ja"); the text decoder
  // mends the pieces to '?' ("??Ja"): ticked or not cannot be told.
  const std::string question =
      "8. Coronapandemin\nHar Coronapandemin påverkat er verksamhet med personliga ombud under "
      "2020?\n";
  auto whole = ExtractText(Form2020(question + "☒Ja\n☐Delvis\n☐Nej\n☐Kan inte bedöma\n"));
  REQUIRE(whole.size() == 1);
  CHECK(whole[0].Get("covid.affected").ToDisplay() == "yes");
  // The document shows its marks elsewhere (the next list's): the lost
  // boxes are the reader's loss, not a form whose marks no rendering shows.
  const std::string effects =
      "Om ja, eller delvis ange på vilket sätt Coronapandemin har påverkat er verksamhet?\n\n"
      "☒ Verksamheten för personligt ombud har fått flera klienter\n"
      "☐ Verksamheten för personliga ombud har tillhandahållit ett ökat utbud\n";
  auto recs = ExtractText(Form2020(question +
                                   "\xE2\x98Ja\n\xE2\x98"
                                   "Delvis\n\xE2\x98Nej\n\xE2\x98Kan inte bedöma\n" +
                                   effects));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("covid.affected").is_null());
  CHECK(r.Get("covid.effects").ToDisplay() == "more_clients");
  const Finding* f = FindCode(r, "value_unreadable");
  REQUIRE(f != nullptr);
  CHECK(f->message_id == "unreadable_choice");
  CHECK(std::find(f->keys.begin(), f->keys.end(), "covid.affected") != f->keys.end());
}

TEST_CASE("a list whose marked box stands on a line no option reads is not read: a finding") {
  // w3m at 60 columns centres a box on its item's wrapped lines: the third
  // item's ☒ stands on its middle line, whose words no option's reads.
  auto recs = ExtractText(Form2020(
      "8. Coronapandemin\nOm ja, eller delvis ange på vilket sätt Coronapandemin har påverkat er "
      "verksamhet?\n\n"
      "☒ Verksamheten för personligt ombud har fått flera klienter\n"
      "  som söker stöd och hjälp\n"
      "☐ Verksamheten för personliga ombud har tillhandahållit ett\n"
      "  minskat utbud av stödinsatser till klienterna\n"
      "  Verksamheten för personliga ombud har ställt om och\n"
      "☒ ändrat sina arbetssätt med klienterna genom t.ex. fler\n"
      "  telefonkontakter\n"
      "☐ Vi har inte kunna erbjuda handledning till personliga\n"
      "  ombud\n"
      "☐ Annan förändring, ange vad:\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("covid.effects").is_null());
  const Finding* f = FindCode(r, "value_unreadable");
  REQUIRE(f != nullptr);
  CHECK(std::find(f->keys.begin(), f->keys.end(), "covid.effects") != f->keys.end());
  CHECK(f->message.find("☒ ändrat sina arbetssätt") != std::string::npos);
}

TEST_CASE("a bullet list under a check-list question chooses what it lists") {
  auto recs = ExtractText(
      Form2020("5. Organisation, ledning och samverkan\nAnge vilka myndigheter som ingår i "
               "ledningsgruppen\n- Arbetsförmedlingen\n• Försäkringskassan\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("steering_group.employment_service").as_bool() == true);
  CHECK(r.Get("steering_group.social_insurance_agency").as_bool() == true);
  // Not listed, the list ended by the form's next heading: not chosen
  // (listed_options_test has the lists that prove nothing).
  CHECK(r.Get("steering_group.psychiatry").as_bool() == false);
  // Options of the Coronapandemin question, listed.
  auto covid = ExtractText(
      "REDOVISNING\nStatsbidrag avseende år 2020\nKontaktuppgifter till den kommun som "
      "beviljats statsbidraget\nKommun: Tyresö\n8. Coronapandemin\nHar Coronapandemin påverkat "
      "er användning av statsbidraget under 2020?\n- Ja\nOm ja, ange hur Coronapandemin har "
      "påverkat\n- Vi har sett en ökad efterfrågan på personligt ombud\n"
      "- Vi har inte kunnat erbjuda handledning\n");
  REQUIRE(covid.size() == 1);
  CHECK(covid[0].Get("covid.affected").ToDisplay() == "yes");
  CHECK(covid[0].Get("covid.effects").ToDisplay() == "increased_demand; supervision_cancelled");
}

TEST_CASE("options written with typed boxes, each its own cell: the ticked one is chosen") {
  // "[ ] Ja  [ ] Nej  [X] Kan inte bedöma": before, the first cell was read
  // as the Ja's label and nothing was chosen, with no finding (a blank).
  auto read = [](const std::string& line) {
    auto recs = ExtractText(
        "REDOVISNING\nStatsbidrag avseende år 2020\nKontaktuppgifter till den kommun som "
        "beviljats statsbidraget\nKommun: Tyresö\n8. Coronapandemin\nHar Coronapandemin "
        "påverkat er användning av statsbidraget under 2020?\n" +
        line + "\nOm ja, ange hur Coronapandemin har påverkat er verksamhet?\n");
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  CHECK(read("[ ] Ja  [ ] Nej  [X] Kan inte bedöma").Get("covid.affected").ToDisplay() ==
        "cannot_assess");
  CHECK(read("[ ] Ja  [X] Nej  [ ] Kan inte bedöma").Get("covid.affected").ToDisplay() == "no");
  CHECK(read("(X) Ja  ( ) Nej  ( ) Kan inte bedöma").Get("covid.affected").ToDisplay() == "yes");
  // Two ticked: no value, and a finding says so.
  Record two = read("[X] Ja  [ ] Nej  [X] Kan inte bedöma");
  CHECK(two.Get("covid.affected").is_null());
  CHECK(FindCode(two, "conflicting_marks") != nullptr);
}

TEST_CASE("a note printed under a number's label is passed over; a field's line feeds its text") {
  auto recs = ExtractText(
      "REDOVISNING\nStatsbidrag avseende år 2023\nKontaktuppgifter till den kommun som "
      "beviljats statsbidraget\nKommun: Lindesberg\n4. Tillgång till personligt ombud\n"
      "Om ja, uppskatta hur lång väntetiden har varit under 2023. (Ange uppgifterna i dagar per "
      "kommun)\n30 dagar\nOm ja, ange orsak/orsaker till att ni har kö eller väntetid för "
      "kontakt med PO-verksamheten: En tjänst var vakant.\n"
      "7. Ekonomi\nFörbrukat statsbidrag, kr\n1 206 900\n"
      "Årsanställningar på heltid/deltid exkl. tjänstledighet\n"
      "Anges med två decimaler, t.ex. två halvtider = 1,00\n3,00\n8. Övrigt\n");
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("access.waiting_days").as_int() == 30);
  // Before, the field's consumed line was lost to the text when another label followed.
  CHECK(r.Get("access.waiting_time").ToDisplay() == "30 dagar");
  CHECK(r.Get("access.queue_reasons").ToDisplay() == "En tjänst var vakant.");
  CHECK(r.Get("grant.used_sek").as_int() == 1206900);
  CHECK(r.Get("grant.used_fte").as_number() == doctest::Approx(3.0));
}

TEST_CASE("a row no rule knows ends its group: the rows after it are not the previous group's") {
  // Blank lines between the rows: a block of short lines may be read as
  // one wrapped paragraph (text_layout.h).
  auto recs =
      ExtractText(Form2020("2. Klienter\n\n"
                           "Antal nya klienter: kvinnor 9, män 4\n\n"
                           "därav mellan 18 och 29 år: kvinnor 3, män 1\n\n"
                           "Klienter som slutat under året: kvinnor 6, män 3\n\n"
                           "därav mellan 50 och 64 år: kvinnor 2, män 1\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("clients.new.women").as_int() == 9);
  CHECK(r.Get("clients.new.age_18_29.women").as_int() == 3);
  // Whose age group the last row is, the rules cannot say: no value, never
  // the new clients'.
  CHECK(r.Get("clients.new.age_50_64.women").is_null());
  CHECK(r.Get("clients.new.age_50_64.men").is_null());
  CHECK(r.Get("clients.ended.age_50_64.women").is_null());
}

TEST_CASE("a part of a group that no rule knows (an age group OCR misread) keeps the group") {
  // OCR read "64" as "4": no rule knows that row, yet "därav" makes it a part
  // of the new clients, so the 65-plus row after it is still theirs.
  auto recs =
      ExtractText(Form2020("2. Klienter\n\n"
                           "Antal nya klienter: kvinnor 9, män 4\n\n"
                           "därav mellan 30 och 49 år: kvinnor 3, män 1\n\n"
                           "därav mellan 50 och 4 år: kvinnor 3, män 2\n\n"
                           "därav 65 år och över: kvinnor 0, män 1\n\n"
                           "Antal avslutade klienter: kvinnor 6, män 3\n\n"
                           "Klienter i kö: kvinnor 2, män 2\n\n"
                           "därav 65 år och över: kvinnor 1, män 1\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("clients.new.age_65_plus.women").as_int() == 0);
  CHECK(r.Get("clients.new.age_65_plus.men").as_int() == 1);
  // The misread row itself gives nothing.
  CHECK(r.Get("clients.new.age_50_64.women").is_null());
  CHECK(r.Get("clients.new.age_50_64.men").is_null());
  // A row no rule knows that is no part still ends its group.
  CHECK(r.Get("clients.ended.women").as_int() == 6);
  CHECK(r.Get("clients.ended.age_65_plus.women").is_null());
}

TEST_CASE("no answer runs on over a page that gave no line (a page left out)") {
  // Text pages at form feeds: two in a row leave page 2 without a line, as a
  // PDF page left out (cut at its edge, unreadable by OCR) does.
  auto read = [](const std::string& gap) {
    auto recs = ExtractText(Form2020("Kontaktperson:\n" + gap +
                                     "Anna Berg\n"
                                     "Utbildning\nOmbuden har erbjudits utbildning.\nJa\n"));
    REQUIRE(recs.size() == 1);
    return recs[0].Get("contact.person").ToDisplay();
  };
  CHECK(read("\f") == "Anna Berg");  // the next page: the answer goes on there
  CHECK(read("\f\f").empty());       // over an empty page: unknown
  auto text = [](const std::string& gap) {
    auto recs = ExtractText(
        "REDOVISNING\nStatsbidrag avseende år 2023\nKontaktuppgifter till den kommun som "
        "beviljats statsbidraget\nKommun: Lindesberg\n4. Tillgång till personligt ombud\n"
        "Om ja, uppskatta hur lång väntetiden har varit under 2023. (Ange uppgifterna i dagar "
        "per kommun)\n30 dagar\nOm ja, ange orsak/orsaker till att ni har kö eller väntetid "
        "för kontakt med PO-verksamheten: En tjänst var vakant.\n" +
        gap + "Hela hösten.\n7. Ekonomi\nFörbrukat statsbidrag, kr\n1 206 900\n8. Övrigt\n");
    REQUIRE(recs.size() == 1);
    return recs[0].Get("access.queue_reasons").ToDisplay();
  };
  CHECK(text("\f") == "En tjänst var vakant.\nHela hösten.");
  CHECK(text("\f\f") == "En tjänst var vakant.");
}

TEST_CASE("a text answer's cell ending in the next question's bare label is cut before it") {
  // LibreOffice's landscape PDF sets both of a cell's paragraphs on one line.
  auto read = [](const std::string& tail) {
    auto recs = ExtractText(Form2020(
        "Handledning\nOmbuden har erbjudits handledning.\nJa\n"
        "Om ja, ange vilken slags handledning. Regelbunden extern handledning, 10 ggr per år." +
        tail + "\n2. Klienter\n"));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  Record cut = read(" Om nej, ange varför.");
  CHECK(cut.Get("supervision.description").ToDisplay() ==
        "Regelbunden extern handledning, 10 ggr per år.");
  CHECK(cut.Get("supervision.not_offered_reason").is_null());
  // Words after that label are an answer of its own: nothing is cut.
  Record kept = read(" Om nej, ange varför inte alla.");
  CHECK(kept.Get("supervision.description").ToDisplay().find("Om nej") != std::string::npos);
}

TEST_CASE("a section heading taken for a footnote is still its section's heading") {
  // On a scanned page OCR's size estimate for a heading at the page's foot
  // can be small, and "7. Ekonomi" then looks like a note (page_roles.h).
  const std::string text =
      Form2020("6. Brister i samhället\nInga.\n7. Ekonomi\nBeviljat statsbidrag, kr\n804 246\n");
  auto read = [&](bool heading_as_footnote) {
    Document doc;
    REQUIRE(ReadDocument(text, "t.txt", ReadOptions(), &doc).ok());
    for (Line& l : doc.lines)
      if (heading_as_footnote && l.Text() == "7. Ekonomi") l.role = LineRole::kFootnote;
    Extractor ex(redovis::testing::ProjectPatterns());
    Source src;
    src.file = "t.txt";
    std::vector<Record> recs = ex.ExtractDocument(doc, src, nullptr, nullptr);
    REQUIRE(recs.size() == 1);
    return recs[0].Get("grant.awarded_sek").ToDisplay();
  };
  CHECK(read(false) == "804246");
  CHECK(read(true) == "804246");
}

TEST_CASE("a question's number before its label is left out; the answer is read after it") {
  auto recs =
      ExtractText(Form2020("Utbildning\n1.2 Ombuden har erbjudits utbildning: Ja\n"
                           "1.3 Om ja, ange vilken/vilka utbildningar: Grundutbildning.\n"
                           "Handledning\n1.4. OMBUDEN HAR ERBJUDITS HANDLEDNING.\nNej\n"
                           "1.5 Om nej, ange varför.\n1.5 timmar i veckan räckte inte.\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("training.offered").as_bool() == true);
  CHECK(r.Get("training.description").ToDisplay() == "Grundutbildning.");
  CHECK(r.Get("supervision.offered").as_bool() == false);
  // An answer's own number, before a word in lower case, is its text.
  CHECK(r.Get("supervision.not_offered_reason").ToDisplay() == "1.5 timmar i veckan räckte inte.");
}

TEST_CASE("a form retyped without its sub-headings: a section's question opens it, once") {
  // No "Kontaktuppgifter ..." heading, no "Utbildning" or "Handledning":
  // the identity block read after the head, the questions open their
  // sections; a lettered heading in capitals is the section's heading.
  auto recs = redovis::testing::ExtractText(
      "REDOVISNING\nStatsbidrag avseende år 2020\n"
      "Kommun: Tyresö\nKontaktperson: Anna-Lena Engstedt\n"
      "Kommun/kommuner som redovisningen också omfattar: Haninge\n"
      "A. PERSONLIGA OMBUD\n"
      "Ombuden har erbjudits utbildning: Nej\n"
      "Om nej, ange varför: ej lämpligt\n"
      "Ombuden har erbjudits handledning: Ja\n"
      "B. KLIENTER\n\nTotalt antal klienter: kvinnor 30, män 17\n\n"
      "8. Coronapandemin\n");
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("report.municipality").as_text() == "Tyresö");
  CHECK(r.Get("contact.person").as_text() == "Anna-Lena Engstedt");
  // The co-municipalities' line is no "Kommun" label.
  CHECK(r.Get("report.co_municipalities").ToDisplay() == "Haninge");
  CHECK(r.Get("training.offered").as_bool() == false);
  CHECK(r.Get("training.not_offered_reason").as_text() == "ej lämpligt");
  CHECK(r.Get("supervision.offered").as_bool() == true);
  CHECK(r.Get("clients.total.women").as_int() == 30);

  // The form as drawn: a heading, the table's header, then the question,
  // which opens nothing again: the header stays in force.
  auto table = redovis::testing::ExtractText(
      redovis::testing::Form2020("1. Personliga ombud\nUtbildning\n\tJa\tNej\n"
                                 "Ombuden har erbjudits utbildning.\t\tX\n"));
  REQUIRE(table.size() == 1);
  CHECK(table[0].Get("training.offered").as_bool() == false);
}

TEST_CASE("a question numbered 'Fråga N:' is its rule's label; the authorities' rows take '(Ja)'") {
  auto recs = ExtractText(
      Form2020("Utbildning\nFråga 3: Ombuden har erbjudits utbildning. (Ja)\n"
               "Om ja, ange vilken/vilka utbildningar. (Grundutbildning för personligt ombud, "
               "Socialstyrelsen.)\n"
               "5. Organisation, ledning och samverkan\n"
               "Fråga 15: Ange vilka myndigheter som ingår i ledningsgruppen\n"
               "Landstingets primärvård (Ja)\nLandstingets psykiatri – nej\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("training.offered").as_bool() == true);
  CHECK(r.Get("steering_group.primary_care").as_bool() == true);
  CHECK(r.Get("steering_group.psychiatry").as_bool() == false);
}

TEST_CASE("questions numbered '3a)' or 'h)': read without their number, each on its own line") {
  // The line after a numbered answer starts with a small letter ("i) E-post..."):
  // a question of its own, never the wrapped tail of the value above it.
  auto recs =
      ExtractText(Form2020("h) Telefon (inkl. riktnummer): 08-578 294 91\n"
                           "i) E-postadress: info@tyreso.se\n"
                           "2. Klienter\n2a) Totalt antal klienter: kvinnor 30, män 17\n"
                           "2b) därav mellan 18 och 29 år: kvinnor 9, män 5\n"
                           "3. Kontakt med verksamheten\n3a) Ekonomi: kvinnor 14, män 7\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("contact.phone").ToDisplay() == "08-57829491");
  CHECK(r.Get("contact.email").ToDisplay() == "info@tyreso.se");
  CHECK(r.Get("clients.total.women").ToDisplay() == "30");
  CHECK(r.Get("clients.total.age_18_29.men").ToDisplay() == "5");
  CHECK(r.Get("contact_reasons.economy.women").ToDisplay() == "14");
  CHECK(r.Get("contact_reasons.economy.men").ToDisplay() == "7");
}

TEST_CASE(
    "a list typed with a box before each row: a marked box chooses, an empty one says nothing") {
  auto recs = ExtractText(
      Form2020("Utbildning\nOmbuden har erbjudits utbildning\n[ ] Ja [x] Nej\n"
               "5. Organisation, ledning och samverkan\n"
               "Ange vem som är utförare av verksamheten med personligt ombud i er kommun\n"
               "[X] Kommun\n[ ] Förening\n\n"
               "Ange vilka myndigheter som ingår i ledningsgruppen\n"
               "☒ Kommun/kommuner\n☐ Arbetsförmedlingen\nX Försäkringskassan\n"
               "1 Landstingets psykiatri\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("provider.municipality").as_bool() == true);
  CHECK(r.Get("provider.association").is_null());
  CHECK(r.Get("steering_group.municipality").as_bool() == true);
  CHECK(r.Get("steering_group.employment_service").is_null());
  CHECK(r.Get("steering_group.social_insurance_agency").as_bool() == true);
  CHECK(r.Get("steering_group.psychiatry").is_null());  // a number is no box
  // Boxes that answer a question on their own line are no list item.
  CHECK(r.Get("training.offered").as_bool() == false);
}

TEST_CASE("a label OCR read with noise after a label its regex matched is still its rule's") {
  // ps2pdf's round trip of a report, read by OCR: the grant table's header
  // row, its second label with a stray "i" and "Å" read "Ä"; its regex
  // refuses it, the tolerance finds it. The same row not from OCR is left to
  // the regexes, as before.
  auto read = [](bool ocr) {
    Document doc;
    REQUIRE(ReadDocument(
                Form2020("7. Ekonomi\nBeviljat statsbidrag\n"
                         "Beviljat statsbidrag, kr\tÄrsanställningar, ange antal ombudstjänster i "
                         "i kommunen. Anges med två decimaler, t.ex. två halvtider = 1,00\n"
                         "804 246:-\t2,0\n"),
                "t.txt", ReadOptions(), &doc)
                .ok());
    for (Line& l : doc.lines) {
      l.ocr = ocr;
      for (Cell& c : l.cells) c.ocr_confidence = ocr ? 95 : -1;
    }
    Extractor ex(redovis::testing::ProjectPatterns());
    auto recs = ex.ExtractDocument(std::move(doc), Source());
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  Record scan = read(true);
  CHECK(scan.Get("grant.awarded_sek").as_int() == 804246);
  CHECK(scan.Get("grant.awarded_fte").ToDisplay() == "2.0");
  Record text = read(false);
  CHECK(text.Get("grant.awarded_sek").as_int() == 804246);
  CHECK(text.Get("grant.awarded_fte").is_null());
}

TEST_CASE("the note's mark OCR read after a label is no part of its answer") {
  // "decimaler¹:" on a scan: the raised mark read "!" (ps2pdf's round trip)
  // or "1" before the colon; the answer after it is the services' number.
  for (const char* mark : {"!", "1", "'", ""}) {
    CAPTURE(mark);
    auto recs = ExtractText(Form2020(std::string("1. Personliga ombud\n"
                                                 "Totalt antal ombudstjänster i kommunen:\n"
                                                 "Ange antal tjänster med 2 decimaler") +
                                     mark + ": 1,0\n"));
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].Get("ombud.fte").ToDisplay() == "1.0");
  }
}

TEST_CASE("reading-order text: a note's line after one blank line is the note's, no answer") {
  // pdftohtml's runs dumped as text: the note's second line a paragraph of
  // its own, under a question left blank. Before, it was that answer.
  std::string head =
      "Handledning\nOmbuden har erbjudits handledning.\n☒\nOm nej, ange varför.\n\n"
      "¹ Anges med två decimaler. För ett ombud på heltid (40 timmar i veckan) och ett på "
      "halvtid\n\n";
  auto recs = ExtractText(Form2020(head + "anges 1,50.\n\f"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("supervision.not_offered_reason").is_null());
  // A line in capitals there starts anew: an answer.
  auto answered = ExtractText(Form2020(head + "Ingen handledning i år.\n\f"));
  REQUIRE(answered.size() == 1);
  CHECK(answered[0].Get("supervision.not_offered_reason").ToDisplay() == "Ingen handledning i år.");
}

TEST_CASE("a running answer ends before another question's bare label after its last sentence") {
  // A refilled text ran "Om nej, ange varför." onto the answer's last line.
  auto recs =
      ExtractText(Form2020("4. Tillgång till personligt ombud\n"
                           "Om ja, rangordna prioriteringsordningen i er kommun\n"
                           "Samma som tidigare år. Vi har även gjort en\n"
                           "prioriteringslista utifrån pandemin. Om nej, ange varför.\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("access.priority_order").ToDisplay() ==
        "Samma som tidigare år. Vi har även gjort en prioriteringslista utifrån pandemin.");
}

TEST_CASE("a row of fields holding another section's question is no row of this section") {
  // python-docx's paragraphs, then every table: the contact table's row
  // stands under the signature's heading. Its phone and e-mail are the
  // municipality's, not the signer's; the signer's own row reads.
  const std::string row =
      "Nämnd Socialnämnd\tTelefon (inkl. riktnummer) 060- 16 31 00\t"
      "E-postadress sociala@timra.se\n";
  auto recs = ExtractText(Form2020("10. Underskrift av behörig företrädare för kommunen\n" + row +
                                   "Titel Enhetschef\tTjänsteställe Socialtjänsten\n"
                                   "Telefon (inkl. riktnummer) 060-16 34 92\t"
                                   "E-postadress inga-lill.nilsson@timra.se\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("signature.phone").ToDisplay() == "060-163492");
  CHECK(recs[0].Get("signature.email").ToDisplay() == "inga-lill.nilsson@timra.se");
  CHECK(recs[0].Get("contact.phone").is_null());
  const Finding* f = testing::FindCodeFor(recs[0], "ambiguous_label", "signature.phone");
  REQUIRE(f != nullptr);
  CHECK(f->message_id == "row_of_other_section");
  CHECK(f->args.at("raw") == "Nämnd Socialnämnd");
  // Alone, its phone is no signer's; in its own section the row reads.
  auto alone = ExtractText(Form2020("10. Underskrift av behörig företrädare för kommunen\n" + row));
  REQUIRE(alone.size() == 1);
  CHECK(alone[0].Get("signature.phone").is_null());
  CHECK(alone[0].Get("signature.email").is_null());
  auto own = ExtractText(Form2020(row));
  REQUIRE(own.size() == 1);
  CHECK(own[0].Get("contact.phone").ToDisplay() == "060-163100");
  CHECK(own[0].Get("contact.committee").ToDisplay() == "Socialnämnd");
  CHECK(testing::FindCodeFor(own[0], "ambiguous_label", "contact.phone") == nullptr);
}

TEST_CASE(
    "a cover letter's sign-off after the report's signature: its lines are not the signer's") {
  const std::string report =
      "REDOVISNING\nStatsbidrag avseende år 2020\nKontaktuppgifter till den kommun som "
      "beviljats statsbidraget\nKommun: Tyresö\n"
      "10. Underskrift av behörig företrädare för kommunen\nDatum: 2021-01-12\n"
      "Namnförtydligande: Anna Berg\nTitel: Enhetschef\n";
  auto recs = ExtractText(report +
                          "\nTill Länsstyrelsen\n\nHärmed översänds årets redovisning.\n\n"
                          "Med vänliga hälsningar\nKommunledningskontoret\n"
                          "Telefon: 08-123 45 67\nE-postadress: registrator@tyreso.se\n");
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("signature.name").ToDisplay() == "Anna Berg");
  CHECK(r.Get("signature.title").ToDisplay() == "Enhetschef");
  // The letter's phone and address were read as the signer's.
  CHECK(r.Get("signature.phone").is_null());
  CHECK(r.Get("signature.email").is_null());
  // A sign-off that opens the signature, before any of its answers, is the
  // report's own: the fields after it are read.
  auto signed_off = ExtractText(
      "REDOVISNING\nStatsbidrag avseende år 2020\nKontaktuppgifter till den kommun som "
      "beviljats statsbidraget\nKommun: Tyresö\n9. Övrigt\nInga synpunkter.\n"
      "Med vänlig hälsning\nNamnförtydligande: Anna Berg\nTelefon: 08-123 45 67\n");
  REQUIRE(signed_off.size() == 1);
  CHECK(signed_off[0].Get("signature.name").ToDisplay() == "Anna Berg");
  CHECK(signed_off[0].Get("signature.phone").ToDisplay() == "08-1234567");
}

}  // namespace match_run_test
