#include "match/form_matcher.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "normalise/normaliser.h"
#include "segment/segmenter.h"
#include "test_paths.h"
#include "test_support.h"

namespace form_matcher_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::FindCode;

// --- FormMatcher called directly, on hand-built documents and a small rule set ---

namespace {

/// A vocabulary and one edition ("t", asking the catalogue's 2020 keys) that
/// hold only what the direct tests below need.
const char* kTinyCommon =
    "mark \"^\\s*(x+|1)\\s*$\"\n"
    "column yes \"^ja$\"\n"
    "column no  \"^nej$\"\n";
const char* kTinyEdition =
    "edition t\n"
    "tag 2020\n"
    "section one \"^Del 1$\"\n"
    "section two \"^Del 2$\"\n"
    "row   \"^Erbjuden utbildning\" choice=training.offered\n"  // line 5
    "field contact.address \"^Adress:?\\s*(.*)$\"\n"            // line 6
    "text  training.description \"^Beskriv utbildningen:?\"\n"  // line 7
    "option covid.effects more_clients    \"^Fler klienter$\"\n"
    "option covid.effects changed_methods \"^Nya metoder$\"\n"
    "option covid.effects other           \"^Annat$\"\n"
    "in one\n"
    "field clients.total.women \"^Antal:?\\s*(.*)$\"\n"
    "in two\n"
    "field clients.new.women \"^Antal:?\\s*(.*)$\"\n";

const PatternSet& Tiny() {
  static testing::TempPatterns dir(
      {{"common.rules", kTinyCommon}, {"checks.rules", "# none\n"}, {"t.rules", kTinyEdition}});
  static std::unique_ptr<PatternSet> set = [] {
    std::unique_ptr<PatternSet> s;
    Status st = dir.Load(&s);
    if (!st.ok()) {
      fprintf(stderr, "cannot load the test patterns: %s\n", st.ToString().c_str());
      abort();
    }
    return s;
  }();
  return *set;
}

/// The record FormMatcher reads from a document of `rows` (one line each,
/// one string per cell), all of it one report of edition "t".
/// `checked` lists the cells (line, cell; 0-based) whose check box is ticked.
Record MatchRows(const std::vector<std::vector<std::string>>& rows,
                 const std::vector<std::pair<size_t, size_t>>& checked = {}) {
  const PatternSet& ps = Tiny();
  Document doc;
  doc.format = "text";
  for (const auto& row : rows) {
    Line l;
    l.number = static_cast<int>(doc.lines.size()) + 1;
    for (const std::string& text : row) {
      Cell c;
      c.text = text;
      l.cells.push_back(c);
    }
    doc.lines.push_back(l);
  }
  for (const auto& [line, cell] : checked)
    doc.lines[line].cells[cell].checkbox = CheckboxState::kChecked;
  Normaliser normaliser(ps.vocabulary());
  normaliser.Normalise(&doc);
  Segment seg;
  seg.begin = 0;
  seg.end = doc.lines.size();
  seg.edition = ps.FindEdition("t");
  REQUIRE(seg.edition != nullptr);
  Record r;
  r.edition = "t";
  r.asked = ps.catalogue().KeysFor("2020");
  FormMatcher(ps, normaliser).Match(doc, seg, &r);
  return r;
}

std::vector<std::string> FindingCodes(const Record& r) {
  std::vector<std::string> codes;
  for (const Finding& f : r.findings) codes.push_back(f.code);
  return codes;
}

}  // namespace

TEST_CASE("FormMatcher: a table row takes the column its mark stands under") {
  Record nej = MatchRows({{"", "Ja", "Nej"}, {"Erbjuden utbildning", "", "X"}});
  REQUIRE(nej.Get("training.offered").is_bool());
  CHECK(nej.Get("training.offered").as_bool() == false);
  CHECK(nej.provenance.at("training.offered").rule == "t.rules:5");
  CHECK(nej.provenance.at("training.offered").line == 2);
  CHECK(nej.findings.empty());

  Record ja = MatchRows({{"", "Ja", "Nej"}, {"Erbjuden utbildning", "x", ""}});
  REQUIRE(ja.Get("training.offered").is_bool());
  CHECK(ja.Get("training.offered").as_bool() == true);

  // Without the header line there are no columns: nothing is read.
  Record no_header = MatchRows({{"Erbjuden utbildning", "", "X"}});
  CHECK(no_header.Get("training.offered").is_null());
}

TEST_CASE("FormMatcher: a blank, doubly marked or unreadable row is null, never false") {
  // Blank where the document shows a box elsewhere: the municipality's.
  Record blank =
      MatchRows({{"", "Ja", "Nej"}, {"Erbjuden utbildning", "", ""}, {"Fler klienter", "\u2610"}});
  CHECK(blank.Get("training.offered").is_null());
  CHECK(blank.findings.empty());
  // With no mark anywhere, the boxes may be a converter's loss: the tool's
  // "could not read" (unshown_marks_test.cc), still null.
  Record unshown =
      MatchRows({{"Adress: Storgatan 1"}, {"", "Ja", "Nej"}, {"Erbjuden utbildning", "", ""}});
  CHECK(unshown.Get("training.offered").is_null());
  CHECK(FindingCodes(unshown) == std::vector<std::string>{"value_unreadable"});

  Record both = MatchRows({{"", "Ja", "Nej"}, {"Erbjuden utbildning", "X", "X"}});
  CHECK(both.Get("training.offered").is_null());
  REQUIRE(FindingCodes(both) == std::vector<std::string>{"conflicting_marks"});
  CHECK(both.findings[0].keys == std::vector<std::string>{"training.offered"});
  CHECK(both.findings[0].line == 2);

  Record odd = MatchRows({{"", "Ja", "Nej"}, {"Erbjuden utbildning", "?", ""}});
  CHECK(odd.Get("training.offered").is_null());
  REQUIRE(FindingCodes(odd) == std::vector<std::string>{"unreadable_mark"});
  CHECK(odd.findings[0].message.find("'?'") != std::string::npos);
}

TEST_CASE("FormMatcher: a field's value in its own cell, the next cell or the next line") {
  CHECK(MatchRows({{"Adress: Storgatan 1"}}).Get("contact.address").as_text() == "Storgatan 1");
  Record next_cell = MatchRows({{"Adress", "Storgatan 1"}});
  CHECK(next_cell.Get("contact.address").as_text() == "Storgatan 1");
  CHECK(next_cell.provenance.at("contact.address").rule == "t.rules:6");
  Record next_line = MatchRows({{"Adress"}, {"Storgatan 1"}});
  CHECK(next_line.Get("contact.address").as_text() == "Storgatan 1");
  // A label on the next line is not the value.
  Record label_next = MatchRows({{"Adress"}, {"Beskriv utbildningen"}});
  CHECK(label_next.Get("contact.address").is_null());
}

TEST_CASE("FormMatcher: a free-text answer runs over lines until the next label") {
  Record r = MatchRows({{"Beskriv utbildningen"},
                        {"Kurser i"},
                        {"bemötande."},
                        {""},
                        {"Handledning varje månad."},
                        {"Adress", "Storgatan 1"},
                        {"Detta hör inte till svaret."}});
  CHECK(r.Get("training.description").as_text() == "Kurser i bemötande.\nHandledning varje månad.");
  CHECK(r.provenance.at("training.description").rule == "t.rules:7");
  CHECK(r.provenance.at("training.description").line == 1);
  CHECK(r.Get("contact.address").as_text() == "Storgatan 1");
  // The answer may start in the label's own cell.
  CHECK(MatchRows({{"Beskriv utbildningen: Kurser."}}).Get("training.description").as_text() ==
        "Kurser.");
}

TEST_CASE("FormMatcher: an option list collects the marked options in form order") {
  Record r = MatchRows({{"X", "Fler klienter"}, {"", "Nya metoder"}, {"x", "Annat"}});
  REQUIRE(r.Get("covid.effects").is_list());
  CHECK(r.Get("covid.effects").as_list() == std::vector<std::string>{"more_clients", "other"});
  // Nothing marked: an empty list, the question was seen and left unmarked.
  Record none = MatchRows({{"", "Fler klienter"}, {"", "Nya metoder"}});
  REQUIRE(none.Get("covid.effects").is_list());
  CHECK(none.Get("covid.effects").as_list().empty());
  // A mark in the option's own cell ("x Annat").
  Record same_cell = MatchRows({{"x Annat"}, {"Nya metoder"}});
  CHECK(same_cell.Get("covid.effects").as_list() == std::vector<std::string>{"other"});
}

TEST_CASE("FormMatcher: a box ticked beside an option no rule matched leaves the set null") {
  // The first option's wording garbled by a reader ("f\u6600\u6C00era"
  // for "flera"): its ticked box matches nothing, so the set may lack it.
  Record r =
      MatchRows({{"", "Fler klienter"}, {"", "Nya metoder"}, {"", "Annat"}}, {{0, 0}, {1, 0}});
  REQUIRE(r.Get("covid.effects").is_list());
  CHECK(r.Get("covid.effects").as_list() ==
        std::vector<std::string>{"more_clients", "changed_methods"});
  Record garbled =
      MatchRows({{"", "Fler kl\u6600enter"}, {"", "Nya metoder"}, {"", "Annat"}}, {{0, 0}, {1, 0}});
  CHECK(garbled.Get("covid.effects").is_null());
  // An unticked box on such a line takes nothing away.
  Record unticked =
      MatchRows({{"", "Fler kl\u6600enter"}, {"", "Nya metoder"}, {"", "Annat"}}, {{1, 0}});
  CHECK(unticked.Get("covid.effects").as_list() == std::vector<std::string>{"changed_methods"});
}

TEST_CASE("FormMatcher: a section heading switches the rules that apply") {
  Record r = MatchRows({{"Antal 9"}, {"Del 1"}, {"Antal 5"}, {"Del 2"}, {"Antal 3"}});
  CHECK(r.Get("clients.total.women").as_int() == 5);
  CHECK(r.Get("clients.new.women").as_int() == 3);
  CHECK(r.provenance.at("clients.total.women").line == 3);
  CHECK(r.provenance.at("clients.new.women").line == 5);
  CHECK(r.findings.empty());
}

// --- the matcher through the whole pipeline, with the project's patterns ---

namespace {

/// A 2020 form reduced to its identifying lines, with `body` in the middle.
std::string Form2020(const std::string& body) {
  return "REDOVISNING\nStatsbidrag avseende år 2020\n"
         "Kontaktuppgifter till den kommun som beviljats statsbidraget\nKommun Tyresö\t\t\n" +
         body +
         "\n8. Coronapandemin\nHar Coronapandemin påverkat er användning av statsbidraget under "
         "2020?\n";
}

}  // namespace

TEST_CASE("a mark in the Nej column is false, in Ja true, none null") {
  auto recs =
      ExtractText(Form2020("Utbildning\n\tJa\tNej\nOmbuden har erbjudits utbildning.\t\t1\n"
                           "Handledning\n\tJa\tNej\nOmbuden har erbjudits handledning.\txx\t\n"
                           "5. Organisation, ledning och samverkan\n\tJa\tNej\nKommun\t\t\n"
                           "Förening\tX\tX\n"));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.edition == "po-2020");
  CHECK(r.Get("training.offered").as_bool() == false);
  CHECK(r.Get("supervision.offered").as_bool() == true);
  CHECK(r.Get("provider.municipality").is_null());  // blank: unknown, not "no"
  CHECK(r.Get("provider.association").is_null());   // both ticked: not guessed
  REQUIRE(FindCode(r, "conflicting_marks"));
  CHECK(FindCode(r, "conflicting_marks")->keys[0] == "provider.association");
}

TEST_CASE("an unreadable mark is null with a finding") {
  auto recs =
      ExtractText(Form2020("Utbildning\n\tJa\tNej\nOmbuden har erbjudits utbildning.\t?\t\n"));
  CHECK(recs[0].Get("training.offered").is_null());
  CHECK(FindCode(recs[0], "unreadable_mark"));
}

TEST_CASE("columns are found by position when cells have positions") {
  // A PDF-like document: no empty cells, the mark placed under "Nej" by its x.
  Document d;
  d.format = "pdf";
  auto line = [&](std::vector<std::pair<std::string, double>> cells) {
    Line l;
    l.number = static_cast<int>(d.lines.size()) + 1;
    l.page = 1;
    for (auto& [text, x] : cells) {
      Cell c;
      c.text = text;
      c.x0 = x;
      c.x1 = x + 20;
      l.cells.push_back(c);
    }
    d.lines.push_back(l);
  };
  line({{"REDOVISNING", 50}});
  line({{"Statsbidrag avseende år 2021", 50}});
  line({{"Kontaktuppgifter till den kommun som beviljats statsbidraget", 50}});
  line({{"Kommun Västerås", 50}});
  line({{"Utbildning", 50}});
  line({{"Ja", 400}, {"Nej", 460}});
  line({{"Ombuden har erbjudits utbildning.", 50}, {"X", 462}});
  line({{"8. Coronapandemin", 50}});
  line({{"Har Coronapandemin påverkat er verksamhet med personliga ombud under 2021?", 50}});
  line({{"Om ja, eller delvis ange på vilket sätt Coronapandemin har påverkat", 50}});
  Extractor ex(testing::ProjectPatterns());
  Source src;
  src.file = "positions.pdf";
  auto recs = ex.ExtractDocument(d, src);
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].edition == "po-2021");
  REQUIRE(recs[0].Get("training.offered").is_bool());
  CHECK(recs[0].Get("training.offered").as_bool() == false);
  CHECK(recs[0].source.first_page == 1);
}

TEST_CASE("a free-text answer continues past a footnote and joins broken words") {
  auto recs = ExtractText(Form2020(
      "Tendenser till förändring av orsaker till kontakt\n"
      "Ser ni några tendenser till förändring vad gäller orsaken till att klienter tar kontakt med "
      "personligt ombud under 2020? I så fall, på vilket sätt?\n\n"
      "Ekonomi, flera som får avslag och\n\n\xC2\xB2 En fotnot mitt i.\n\nsjukersättning vid "
      "arbets-\n"
      "träning.\n\nTendenser till förändring av vilka grupper som tar kontakt\n"));
  CHECK(recs[0].Get("trends.contact_reasons").as_text() ==
        "Ekonomi, flera som får avslag och sjukersättning vid arbetsträning.");
  CHECK(recs[0].Get("trends.client_groups").is_null());
}

TEST_CASE("label and value: same cell, next cell, or next line") {
  auto recs = ExtractText(Form2020(
      "Utdelningsadress Box 1\tPostnummer\t\n135 81\t\t\n"
      "Kontaktperson Anna Berg 08-123 456 78 anna.berg@tyreso.se\tAvdelning/Enhet\tSocialtjänst\n"
      "7. Ekonomi\nBeviljat statsbidrag, kr\tÅrsanställningar, ange antal ombudstjänster i "
      "kommunen. "
      "Anges med två decimaler, t.ex. två halvtider = 1,00\n804 246:-\t2,50\n"));
  const Record& r = recs[0];
  CHECK(r.Get("contact.address").as_text() == "Box 1");
  CHECK(r.Get("contact.department").as_text() == "Socialtjänst");
  CHECK(r.Get("contact.person").as_text() == "Anna Berg");
  CHECK(r.Get("contact.person_phone").as_text() == "08-12345678");
  CHECK(r.Get("contact.person_email").as_text() == "anna.berg@tyreso.se");
  CHECK(r.Get("grant.awarded_sek").as_int() == 804246);
  CHECK(r.Get("grant.awarded_fte").as_decimal() == doctest::Approx(2.5));
  REQUIRE(r.provenance.count("grant.awarded_sek"));
  CHECK(r.provenance.at("grant.awarded_sek").rule.find("_po-2020s.rules:") == 0);
}

TEST_CASE("covid options: the marked one, and an empty list when none") {
  auto recs = ExtractText(
      "REDOVISNING\nStatsbidrag avseende år 2020\nKontaktuppgifter till den kommun som beviljats "
      "statsbidraget\nKommun Tyresö\n8. Coronapandemin\nHar Coronapandemin påverkat er användning "
      "av statsbidraget under 2020?\n\tJa\nx\tNej\n\tKan inte bedöma\n"
      "Om ja, ange hur Coronapandemin har påverkat er verksamhet med personliga ombud?\n"
      "\tVi har sett en ökad efterfrågan av stödinsatser från personliga ombud\n"
      "\tVi har inte kunna erbjuda handledning till personliga ombud\n");
  CHECK(recs[0].Get("covid.affected").as_text() == "no");
  REQUIRE(recs[0].Get("covid.effects").is_list());
  CHECK(recs[0].Get("covid.effects").as_list().empty());
}

TEST_CASE("a number that is not one is null with a finding") {
  auto recs =
      ExtractText(Form2020("2. Klienter\n\tKvinnor\tMän\nTotalt antal klienter\tca tio\t4\n"));
  CHECK(recs[0].Get("clients.total.women").is_null());
  CHECK(recs[0].Get("clients.total.men").as_int() == 4);
  CHECK(FindCode(recs[0], "unreadable_number"));
}

TEST_CASE("a table exported one cell per line: vertical headers and rows") {
  // As a text export of a Word table: each cell on its own line after a tab,
  // a cell's wrapped text on the next, untabbed line.
  auto recs = ExtractText(Form2020(
      "Utbildning\n\tJa\n\tNej\n\n\tOmbuden har erbjudits "
      "utbildning.\n\t\n\xE2\x80\x82\xE2\x80\x82\n\n"
      "\t\nX\n\n\tOm ja, ange vilken/vilka utbildningar.\nKurser i\nbemötande.\n\n"
      "2. Klienter\n\t\n\tAntal\nkvinnor\n\tAntal\nmän\n\n\tTotalt antal klienter\n\t40\n\t\n\n"));
  const Record& r = recs[0];
  CHECK(r.Get("training.offered").as_bool() == false);
  CHECK(r.Get("training.description").as_text() == "Kurser i bemötande.");
  CHECK(r.Get("clients.total.women").as_int() == 40);
  CHECK(r.Get("clients.total.men").is_null());
}

TEST_CASE("labels stacked one per line take the values stacked after them, in order") {
  std::ifstream in(std::string(redovis::testing::SourceDir()) + "/samples/000_2b37c49d4415161a.txt",
                   std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  // The economy table as a one-cell-per-line export gives it: both labels,
  // then both values.
  size_t row = text.find("Beviljat statsbidrag, kr\t");
  REQUIRE(row != std::string::npos);
  text[text.find('\t', row)] = '\n';
  size_t values = text.find("804 246:-\t", row);
  REQUIRE(values != std::string::npos);
  text[text.find('\t', values)] = '\n';
  auto recs = ExtractText(text);
  REQUIRE(!recs.empty());
  CHECK(recs[0].Get("grant.awarded_sek").as_int() == 804246);
  CHECK(recs[0].Get("grant.awarded_fte").as_decimal() == doctest::Approx(2.0));
}

// ---- columns by position, inline answers, marks where numbers are asked (issue 14)

using redovis::testing::PositionedForm;

TEST_CASE("a mark between two columns is null with a finding, never the neighbour") {
  PositionedForm f;
  f.Add({{"Utbildning", 50, 100}});
  f.Add({{"Ja", 400, 411}, {"Nej", 460, 475}});
  // Halfway between the end of "Ja" and the start of "Nej".
  f.Add({{"Ombuden har erbjudits utbildning.", 50, 200}, {"X", 432, 439}});
  f.Add({{"Handledning", 50, 100}});
  f.Add({{"Ja", 400, 411}, {"Nej", 460, 475}});
  // Right-aligned in the Ja cell, still clearly nearer Ja than Nej.
  f.Add({{"Ombuden har erbjudits handledning.", 50, 200}, {"X", 414, 421}});
  Record r = f.Read();
  CHECK(r.Get("training.offered").is_null());
  const Finding* amb = FindCode(r, "ambiguous_column");
  REQUIRE(amb);
  CHECK(amb->keys[0] == "training.offered");
  CHECK(amb->message.find("'X' between yes and no") != std::string::npos);
  CHECK(r.Get("supervision.offered").as_bool() == true);
}

TEST_CASE("drawn boxes right-aligned against the rule are read in their columns' order") {
  // As LibreOffice exports a form whose boxes stand right-aligned in cells
  // whose headers are left-aligned: the Ja box is nearer the word "Nej".
  PositionedForm f;
  f.Add({{"Handledning", 50, 100}});
  f.Add({{"Ja", 466, 477}, {"Nej", 501, 516}});
  f.Add({{"Ombuden har erbjudits handledning.", 56, 218},
         {"", 492, 501, CheckboxState::kChecked},
         {"", 527, 536, CheckboxState::kUnchecked}});
  Record r = f.Read();
  CHECK(r.Get("supervision.offered").as_bool() == true);
  CHECK_FALSE(FindCode(r, "ambiguous_column"));
}

TEST_CASE("a comment column added to a Ja/Nej table is recognised and ignored") {
  auto recs = ExtractText(
      Form2020("Utbildning\n\tJa\tNej\tKommentar\nOmbuden har erbjudits utbildning.\tX\t\tSe "
               "bilaga\nHandledning\n\tJa\tNej\tKommentar\nOmbuden har erbjudits "
               "handledning.\t\tX\t\n"));
  const Record& r = recs[0];
  CHECK(r.Get("training.offered").as_bool() == true);
  CHECK(r.Get("supervision.offered").as_bool() == false);
  CHECK_FALSE(FindCode(r, "unreadable_mark"));
}

TEST_CASE("the 2023 queue: X under Ja from a single municipality is yes") {
  const std::string form =
      "REDOVISNING\nStatsbidrag avseende år 2023\nKontaktuppgifter till den kommun som beviljats "
      "statsbidraget\nKommun Lindesberg\n4. Tillgång till personligt ombud\n\tJa\tNej\n"
      "Har ni haft kö eller väntetid för personer som söker kontakt med personliga ombud? "
      "(ange antal kommuner med kö)\t";
  auto yes = ExtractText(form + "X\t\n8. Övrigt\n");
  CHECK(yes[0].Get("access.queue").ToDisplay() == "yes");
  CHECK(yes[0].Get("access.queue_municipalities_with").is_null());
  CHECK_FALSE(FindCode(yes[0], "unreadable_number"));
  auto counted = ExtractText(form + "2\t1\n8. Övrigt\n");
  CHECK(counted[0].Get("access.queue").ToDisplay() == "partly");
  CHECK(counted[0].Get("access.queue_municipalities_with").as_int() == 2);
  CHECK(counted[0].Get("access.queue_municipalities_without").as_int() == 1);
}

TEST_CASE("a heading whose number was lost (OCR) still ends the answer before it") {
  // OCR dropped the "8." of "8. Övrigt": the bare heading, or the section's
  // first question where the heading is gone too, opens the section, so the
  // grant's free-text answer (left blank) does not run on into it.
  const std::string form =
      "REDOVISNING\nStatsbidrag avseende år 2023\nKontaktuppgifter till den kommun som beviljats "
      "statsbidraget\nKommun Lindesberg\n7. Ekonomi\nOm verksamheten har haft färre "
      "årsanställningar än beviljat, ange varför.\n\n";
  const std::string rest =
      "Synpunkter och övriga reflektioner på verksamheten\nVerksamheten har fungerat väl.\n";
  for (const std::string& heading : {std::string("Övrigt\n"), std::string()}) {
    CAPTURE(heading);
    auto recs = ExtractText(form + heading + rest);
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].Get("grant.fewer_fte_reason").is_null());
    CHECK(recs[0].Get("other.comments").ToDisplay() == "Verksamheten har fungerat väl.");
  }
}

TEST_CASE("inline answers: counts in a sentence, Ja/Nej as words after the question") {
  auto recs =
      ExtractText(Form2020("Utbildning\nOmbuden har erbjudits utbildning.\nNej, det har vi inte\n"
                           "Om ja, ange vilken/vilka utbildningar.\nHandledning\n"
                           "Ombuden har erbjudits handledning. Ja\n"
                           "2. Klienter\nTotalt antal klienter: kvinnor 12, män 7\n"
                           "därav mellan 18 och 29 år: 3 kvinnor och 2 män\n"
                           "Antal nya klienter: kvinnor 4, ungefär 5\n"));
  const Record& r = recs[0];
  CHECK(r.Get("training.offered").as_bool() == false);
  CHECK(r.Get("training.description").is_null());
  CHECK(r.Get("supervision.offered").as_bool() == true);
  CHECK(r.Get("clients.total.women").as_int() == 12);
  CHECK(r.Get("clients.total.men").as_int() == 7);
  CHECK(r.Get("clients.total.age_18_29.women").as_int() == 3);
  CHECK(r.Get("clients.total.age_18_29.men").as_int() == 2);
  // A part that names no column: the sentence is not read at all.
  CHECK(r.Get("clients.new.women").is_null());
}

TEST_CASE("a vertical table in a format that drops empty cells: a lone mark is ambiguous") {
  PositionedForm f;
  f.Add({{"Utbildning", 50, 100}});
  f.Add({{"Ja", 136, 147}});
  f.Add({{"Nej", 136, 151}});
  f.Add({{"Ombuden har erbjudits utbildning.", 130, 280}});
  f.Add({{"X", 130, 137}});
  f.Add({{"Om ja, ange vilken/vilka utbildningar.", 130, 300}});
  f.Add({{"2. Klienter", 50, 100}});
  f.Add({{"Kvinnor", 493, 523}});
  f.Add({{"Män", 493, 512}});
  f.Add({{"Totalt antal klienter", 163, 247}});
  f.Add({{"40", 163, 174}});
  f.Add({{"22", 163, 174}});
  Record r = f.Read();
  CHECK(r.Get("training.offered").is_null());
  REQUIRE(FindCode(r, "ambiguous_column"));
  CHECK(r.Get("clients.total.women").as_int() == 40);
  CHECK(r.Get("clients.total.men").as_int() == 22);
}

TEST_CASE("retyped without tables: 'Label: value', stacked labels, a mark before an option") {
  auto recs = ExtractText(
      "REDOVISNING\nStatsbidrag avseende år 2020\nKontaktuppgifter till den kommun som beviljats "
      "statsbidraget\nKommun: Tyresö\n7. Ekonomi\nBeviljat statsbidrag, kr: 804 246:-\n"
      "Årsanställningar, ange antal ombudstjänster i kommunen: 2,00\n"
      "Förbrukat statsbidrag, kr\nÅrsanställningar på heltid/deltid exkl. tjänstledighet\n"
      "804 246:-\n2,00\n8. Coronapandemin\nHar Coronapandemin påverkat er användning av "
      "statsbidraget under 2020?\nOm ja, ange hur Coronapandemin har påverkat er verksamhet med "
      "personliga ombud?\nX Verksamheten för personligt ombud har fått flera klienter som söker "
      "stöd\nVi har inte kunna erbjuda handledning till personliga ombud\n");
  const Record& r = recs[0];
  CHECK(r.Get("report.municipality").as_text() == "Tyresö");
  CHECK(r.Get("grant.awarded_sek").as_int() == 804246);
  CHECK(r.Get("grant.awarded_fte").as_decimal() == doctest::Approx(2.0));
  // Two bare labels, then two values: read where the order and each
  // number's form agree (whole kronor, a count with decimals), as in
  // reading-order text (OrderedPairValue; before, in typed text, null).
  CHECK(r.Get("grant.used_sek").as_int() == 804246);
  CHECK(r.Get("grant.used_fte").as_decimal() == doctest::Approx(2.0));
  // The numbers against the labels' order: whose is which is not guessed.
  auto swapped = ExtractText(
      "REDOVISNING\nStatsbidrag avseende år 2020\nKontaktuppgifter till den kommun som beviljats "
      "statsbidraget\nKommun: Tyresö\n7. Ekonomi\nFörbrukat statsbidrag, kr\n"
      "Årsanställningar på heltid/deltid exkl. tjänstledighet\n2,00\n804 246:-\n"
      "8. Coronapandemin\n");
  REQUIRE(swapped.size() == 1);
  CHECK(swapped[0].Get("grant.used_sek").is_null());
  CHECK(swapped[0].Get("grant.used_fte").is_null());
  CHECK(FindCode(swapped[0], "ambiguous_column"));
  // odt2txt: each cell a paragraph, blank lines between, the second label
  // wrapped at 65 characters.
  auto odt = ExtractText(
      "REDOVISNING\n\nStatsbidrag avseende år 2020\n\nKontaktuppgifter till den kommun som "
      "beviljats statsbidraget\n\nKommun: Tyresö\n\n7. Ekonomi\n\nBeviljat statsbidrag\n\n"
      "Beviljat statsbidrag, kr\n\nÅrsanställningar, ange antal ombudstjänster i kommunen. "
      "Anges\nmed två decimaler, t.ex. två halvtider = 1,00\n\n804 246:-\n\n2,0\n\n"
      "8. Coronapandemin\n");
  REQUIRE(odt.size() == 1);
  CHECK(odt[0].Get("grant.awarded_sek").as_int() == 804246);
  CHECK(odt[0].Get("grant.awarded_fte").as_decimal() == doctest::Approx(2.0));
  REQUIRE(r.Get("covid.effects").is_list());
  REQUIRE(r.Get("covid.effects").as_list().size() == 1);
  CHECK(r.Get("covid.effects").as_list()[0] == "more_clients");
}

TEST_CASE("retyped: a short label with a colon, a decimal comma in a count, a no-group field") {
  auto recs = ExtractText(Form2020(
      "1. Personliga ombud\nAnge antalet personliga ombud: kvinnor 1,5, män 2\n"
      "5. Organisation, ledning och samverkan\nFörening: Nej\nBrukarorganisationer: Ja, RSMH\n"
      "10. Underskrift av behörig företrädare för kommunen\n"
      "Detta dokument har beslutats digitalt och saknar därmed underskrift: JA\n"));
  const Record& r = recs[0];
  CHECK(r.Get("ombud.women").as_decimal() == doctest::Approx(1.5));
  CHECK(r.Get("ombud.men").as_decimal() == doctest::Approx(2.0));
  CHECK(r.Get("provider.association").as_bool() == false);
  CHECK(r.Get("steering_group.user_org").as_bool() == true);
  // The name after "Ja," goes to the row's names column (inline_rows_test.cc).
  CHECK(r.Get("steering_group.user_org_names").ToDisplay() == "RSMH");
  CHECK(r.Get("signature.digitally_approved").as_bool() == true);
}

TEST_CASE("a label running over two lines is consumed whole before its answer starts") {
  // Two labels side by side; the right one wraps onto a second line, and the
  // values stand under their labels on the line after.
  PositionedForm f;
  f.Add({{"7. Ekonomi", 56, 110}});
  f.Add({{"Beviljat statsbidrag, kr", 56, 154},
         {"Årsanställningar, ange antal ombudstjänster i kommunen. Anges med två", 179, 503}});
  f.Add({{"decimaler, t.ex. två halvtider = 1,00", 179, 334}});
  f.Add({{"402 638 kr", 56, 103}, {"1,0", 179, 193}});
  Record r = f.Read();
  CHECK(r.Get("grant.awarded_sek").as_int() == 402638);
  CHECK(r.Get("grant.awarded_fte").as_decimal() == doctest::Approx(1.0));
  CHECK_FALSE(FindCode(r, "unreadable_number"));
}

TEST_CASE("a box flush against the rule, joined to the next column's text, is split in two") {
  PositionedForm f;
  f.Add({{"5. Organisation, ledning och samverkan", 56, 300}});
  f.Add({{"Ja", 230, 241}, {"Nej", 280, 295}, {"Om ja, ange vilken/vilka:", 330, 438}});
  f.Add({{"Brukarorganisationer", 56, 149},
         {"", 270, 279, CheckboxState::kChecked},
         {"RSMH", 320, 359, CheckboxState::kUnchecked}});
  Record r = f.Read();
  CHECK(r.Get("steering_group.user_org").as_bool() == true);
  CHECK(r.Get("steering_group.user_org_names").as_text() == "RSMH");
}

TEST_CASE("a bare label the reader set at the end of another value is not part of it") {
  PositionedForm f;
  f.Add({{"Utdelningsadress Kristinavägen 6 Postnummer", 187, 263}});
  f.Add({{"711 80", 187, 217}});
  f.Add({{"Avdelning/Enhet Tyresö kommun", 193, 280}});
  Record r = f.Read();
  CHECK(r.Get("contact.address").as_text() == "Kristinavägen 6");
  CHECK(r.Get("contact.department").as_text() == "Tyresö kommun");
}

TEST_CASE("a header with an unread word starts a new table: nothing under it goes to a neighbour") {
  PositionedForm f;
  f.Add({{"2. Klienter", 56, 110}});
  f.Add({{"Kvinnor", 381, 415}, {"Män", 459, 478}});
  f.Add({{"Totalt antal klienter", 56, 160}, {"29", 381, 392}, {"5", 459, 464}});
  // "Kvinnor" wrapped in its cell: "Kvinn" / "or".
  f.Add({{"Klienter med hemmavarande", 56, 184}, {"Kvinn", 461, 489}, {"Män", 502, 522}});
  f.Add({{"or", 461, 470}});
  f.Add({{"Antal klienter som, helt eller delvis, har hemmavarande barn under 18 år", 56, 447},
         {"10", 461, 472},
         {"8", 502, 507}});
  Record r = f.Read();
  CHECK(r.Get("clients.total.women").as_int() == 29);
  CHECK(r.Get("clients.with_children.women").is_null());
  CHECK(r.Get("clients.with_children.men").as_int() == 8);
}

TEST_CASE("a text's drawn tables keep their empty cells: vertical rows in order, values below") {
  // pandoc's plain output of a Word form (no tabs: read with its layout): a
  // Ja/Nej header stacked one word per row, the mark in the next table and the
  // Nej cell, empty, in the one after; a label in a table row with empty cells
  // and its amount in a paragraph below. Read as the .docx reads them.
  const std::string en = "\xE2\x80\x82\xE2\x80\x82\xE2\x80\x82";
  auto recs = ExtractText(
      "REDOVISNING\n\nStatsbidrag avseende år 2021\n\n"
      "Kontaktuppgifter till den kommun som beviljats statsbidraget\n\nKommun: Västerås\n\n"
      "Utbildning\n\n"
      "  ----------- ----------- ----------- -----------\n"
      "              Ja\n\n"
      "              Nej\n"
      "  ----------- ----------- ----------- -----------\n\n"
      "  ---------- ------------------------------------\n"
      "             Ombuden har erbjudits utbildning.\n\n"
      "             X\n"
      "  ---------- ------------------------------------\n\n"
      "  ----------------------- -----------------------\n"
      "                          " +
      en +
      "\n  ----------------------- -----------------------\n\n"
      "7. Ekonomi\n\n"
      "  ---------------------- ------------------------------ -------\n"
      "  Beviljat statsbidrag\n\n"
      "                         Beviljat statsbidrag, kr\n"
      "  ---------------------- ------------------------------ -------\n\n"
      "804 246\n\n"
      "8. Coronapandemin\n\n"
      "Har Coronapandemin påverkat er verksamhet med personliga ombud under 2021?\n");
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.edition == "po-2021");
  CHECK(r.Get("grant.awarded_sek").as_int() == 804246);
  CHECK(FindCode(r, "ambiguous_column") == nullptr);
  REQUIRE(r.Get("training.offered").is_bool());
  CHECK(r.Get("training.offered").as_bool() == true);
}

TEST_CASE("a PDF's stacked Ja/Nej rows: the mark's row order decides, with the empty row kept") {
  // The 2023 form as a PDF gives it (table_rows.h keeps an empty ruled row as
  // a line of empty cells): Ja and Nej stacked in one column, the question's
  // row, then one row for Ja and one for Nej, the mark in one of them.
  auto stacked = [](PositionedForm* f) {
    f->Add({{"Utbildning", 50, 100}});
    f->Add({{"Ja", 296, 307}});
    f->Add({{"Nej", 296, 311}});
    f->Add({{"Ombuden har erbjudits utbildning.", 130, 280}});
  };
  PositionedForm yes;
  stacked(&yes);
  yes.Add({{"X", 130, 137}});
  yes.Add({{"", 50, 290}, {"", 290, 530}});
  Record r = yes.Read();
  CHECK(r.Get("training.offered").as_bool() == true);
  CHECK_FALSE(FindCode(r, "ambiguous_column"));

  PositionedForm no;
  stacked(&no);
  no.Add({{"", 50, 130}, {"", 130, 530}});
  no.Add({{"X", 296, 303}});
  r = no.Read();
  CHECK(r.Get("training.offered").as_bool() == false);
  CHECK_FALSE(FindCode(r, "ambiguous_column"));

  // No empty row kept (nothing ruled it): which of the two rows holds the
  // mark cannot be told. Null, with a finding, never a guess.
  PositionedForm unknown;
  stacked(&unknown);
  unknown.Add({{"X", 130, 137}});
  r = unknown.Read();
  CHECK(r.Get("training.offered").is_null());
  const Finding* amb = FindCode(r, "ambiguous_column");
  REQUIRE(amb);
  CHECK(amb->keys[0] == "training.offered");
}

TEST_CASE("a PDF's stacked values go on past a page's running footer and header") {
  // 2023's browser print: "därav mellan 30 och 49 år", its Kvinnor value at
  // the foot of one page, the browser's footer and header lines, then its
  // Män value at the head of the next page.
  PositionedForm f;
  f.Add({{"2. Klienter", 50, 120}});
  f.Add({{"Kvinnor", 493, 523}});
  f.Add({{"Män", 493, 512}});
  f.Add({{"Totalt antal klienter", 163, 247}});
  f.Add({{"40", 163, 174}});
  f.Add({{"22", 163, 174}});
  f.Add({{"därav mellan 30 och 49 år", 149, 265}});
  f.Add({{"18", 149, 160}});
  f.Add({{"file:///C:/Users/handl/Documents/redovisning.html", 56, 275}, {"3/11", 517, 536}});
  f.d.lines.back().role = LineRole::kFurniture;
  f.Add({{"2021-01-14 10:32", 56, 135}, {"Redovisning statsbidrag personligt ombud", 350, 536}});
  f.d.lines.back().role = LineRole::kFurniture;
  f.Add({{"9", 149, 155}});
  f.Add({{"därav mellan 50 och 64 år", 149, 265}});
  f.Add({{"10", 149, 160}});
  f.Add({{"5", 149, 155}});
  Record r = f.Read();
  CHECK(r.Get("clients.total.women").as_int() == 40);
  CHECK(r.Get("clients.total.men").as_int() == 22);
  CHECK(r.Get("clients.total.age_30_49.women").as_int() == 18);
  CHECK(r.Get("clients.total.age_30_49.men").as_int() == 9);
  CHECK(r.Get("clients.total.age_50_64.women").as_int() == 10);
  CHECK_FALSE(FindCode(r, "ambiguous_column"));
}

TEST_CASE(
    "retyped: headings as 'Del 2 - Klienter', a greeting before the signature, a label's "
    "word inside its answer") {
  auto recs = ExtractText(
      "REDOVISNING\nStatsbidrag avseende år 2021\n"
      "Kontaktuppgifter till den kommun som beviljats statsbidraget\nKommun: Västerås\n"
      "\nNämnd:\nNämnden för personer med funktionsnedsättning\n\n"
      "Handledning\n\nHar ombuden erbjudits handledning: Ja\n\n"
      "Del 2 - Klienter\n\nTotala antalet klienter: kvinnor 12, män 7\n\n"
      "varav 18-29 år: kvinnor 3, män 2\n\nAvslutade klienter: kvinnor 4, män 1\n\n"
      "DEL 9 - ÖVRIGT\n\nSynpunkter och övriga reflektioner på verksamheten\n"
      "Inga synpunkter.\n\nMed vänlig hälsning\n\nDatum: 2022-01-14\n\n"
      "Namnförtydligande: Anna Berg\n");
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("contact.committee").as_text() == "Nämnden för personer med funktionsnedsättning");
  CHECK(r.Get("supervision.offered").as_bool() == true);  // the question turned round
  CHECK(r.Get("clients.total.women").as_int() == 12);
  CHECK(r.Get("clients.total.age_18_29.men").as_int() == 2);
  CHECK(r.Get("clients.ended.women").as_int() == 4);
  // The greeting ends the comment and starts the signature.
  CHECK(r.Get("other.comments").as_text() == "Inga synpunkter.");
  CHECK(r.Get("signature.date").ToDisplay() == "2022-01-14");
  CHECK(r.Get("signature.name").as_text() == "Anna Berg");
}

}  // namespace form_matcher_test
