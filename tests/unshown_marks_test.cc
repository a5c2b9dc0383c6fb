// Choices whose marks the document does not show (unshown_marks.cc): a
// converter that dropped Word's check boxes leaves empty Ja/Nej rows, the
// tool's "could not read"; where the document shows boxes elsewhere, an
// empty row stays the municipality's blank.
#include "match/unshown_marks.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "read/text/text_reader.h"
#include "redovis/document.h"
#include "redovis/extractor.h"
#include "test_support.h"

namespace unshown_marks_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::Form2020;
using redovis::testing::ProjectPatterns;

namespace {

// pandoc's gfm of a Word form whose check-box form fields it dropped: the
// steering group's table and the training question, every box gone (the
// ombud's counts answered: not a blank form).
const char kSteering[] =
    "5. Organisation, ledning och samverkan\n"
    "Ange vilka organisationer som ingår i ledningsgruppen\n\n"
    "|                         | Ja  | Nej |\n"
    "|-------------------------|-----|-----|\n"
    "| Kommun/kommuner         |     |     |\n"
    "| Arbetsförmedlingen      |     |     |\n"
    "| Försäkringskassan       |     |     |\n\n";
const char kTraining[] =
    "1. Personliga ombud\n\n"
    "|                               | Antal kvinnor | Antal män |\n"
    "|-------------------------------|---------------|-----------|\n"
    "| Ange antalet personliga ombud | 1             | 1         |\n\n"
    "Utbildning\n\n"
    "|                                   | Ja  | Nej |\n"
    "|-----------------------------------|-----|-----|\n"
    "| Ombuden har erbjudits utbildning. |     |     |\n\n";

/// kSteering with an X typed under Ja in the Försäkringskassan row.
std::string MarkedSteering() {
  std::string marked = kSteering;
  const std::string row = "| Försäkringskassan       |     |";
  return marked.replace(marked.find(row), row.size(), "| Försäkringskassan       | X   |");
}

std::vector<const Finding*> Unshown(const Record& r) {
  std::vector<const Finding*> out;
  for (const Finding& f : r.findings)
    if (f.code == "value_unreadable" && f.message_id == "choice_marks_not_shown") out.push_back(&f);
  return out;
}

bool Holds(const std::vector<std::string>& keys, const std::string& key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

}  // namespace

TEST_CASE("no mark anywhere: each table of empty choices is the tool's, one finding a table") {
  auto recs = ExtractText(Form2020(std::string(kTraining) + kSteering));
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("steering_group.municipality").is_null());
  CHECK(r.Get("training.offered").is_null());
  std::vector<const Finding*> found = Unshown(r);
  REQUIRE(found.size() == 2);
  // The training table first, then the steering group's three rows.
  CHECK(found[0]->keys == std::vector<std::string>{"training.offered"});
  CHECK(found[1]->keys == std::vector<std::string>{"steering_group.municipality",
                                                   "steering_group.employment_service",
                                                   "steering_group.social_insurance_agency"});
  CHECK(found[1]->severity == "warning");
  CHECK(found[1]->message.find("'Kommun/kommuner', 'Arbetsförmedlingen'") != std::string::npos);
  CHECK(found[1]->text.find("Kommun/kommuner") != std::string::npos);
}

TEST_CASE("a box shown elsewhere in the document: an empty choice is the municipality's blank") {
  // The same tables, with one typed box in the covid question's list.
  auto boxed = ExtractText(
      Form2020(std::string(kTraining) + kSteering + "Vi har sett en ökad efterfrågan ☐\n"));
  REQUIRE(boxed.size() == 1);
  CHECK(Unshown(boxed[0]).empty());
  // A mark in another row: the document shows its marks.
  const std::string marked = MarkedSteering();
  auto recs = ExtractText(Form2020(std::string(kTraining) + marked));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("steering_group.social_insurance_agency").ToDisplay() == "true");
  CHECK(Unshown(recs[0]).empty());
  for (const Finding& f : recs[0].findings)
    CHECK_FALSE(Holds(f.keys, "steering_group.municipality"));
}

TEST_CASE("marks typed in one table, no box anywhere: a table with no row read is still named") {
  // The municipality typed its X into the steering group's table; the
  // converter dropped the training question's box (pandoc's AsciiDoc of a
  // form whose other tables held Word's check-box fields).
  const std::string marked = MarkedSteering();
  auto recs = ExtractText(Form2020(std::string(kTraining) + marked));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("steering_group.social_insurance_agency").ToDisplay() == "true");
  CHECK(Unshown(recs[0]).empty());
  std::vector<const Finding*> typed;
  for (const Finding& f : recs[0].findings)
    if (f.message_id == "choice_marks_not_shown_typed") typed.push_back(&f);
  REQUIRE(typed.size() == 1);
  CHECK(typed[0]->code == "value_unreadable");
  CHECK(typed[0]->keys == std::vector<std::string>{"training.offered"});
  CHECK(typed[0]->text.find("utbildning") != std::string::npos);
  // The table with its row read keeps its empty rows as the municipality's.
  for (const Finding& f : recs[0].findings)
    CHECK_FALSE(Holds(f.keys, "steering_group.municipality"));

  // A box shown anywhere: the empty training row is the municipality's blank.
  recs = ExtractText(
      Form2020(std::string(kTraining) + marked + "Vi har sett en ökad efterfrågan ☐\n"));
  REQUIRE(recs.size() == 1);
  for (const Finding& f : recs[0].findings) CHECK_FALSE(Holds(f.keys, "training.offered"));
}

TEST_CASE("an HTML page may have lost its boxes too; a Word file shows its own") {
  // The same report's lines as a converted page gives them: pandoc's HTML
  // drops Word's check-box fields as its text writers do.
  Document doc;
  REQUIRE(ReadText(Form2020(std::string(kTraining) + kSteering), &doc).ok());
  Extractor ex(ProjectPatterns());
  Source src;
  src.file = "t.html";
  doc.format = "html";
  auto html = ex.ExtractDocument(doc, src);
  REQUIRE(html.size() == 1);
  CHECK(Unshown(html[0]).size() == 2);
  doc.format = "docx";
  src.file = "t.docx";
  auto docx = ex.ExtractDocument(doc, src);
  REQUIRE(docx.size() == 1);
  CHECK(Unshown(docx[0]).empty());
}

TEST_CASE("a blank form's empty choices are no one's loss") {
  // The form's opening and its tables, nothing answered: a template.
  auto recs = ExtractText("REDOVISNING\nStatsbidrag avseende år 2020\n" + std::string(kSteering) +
                          "\n8. Coronapandemin\n");
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].status == "blank");
  CHECK(Unshown(recs[0]).empty());
}

TEST_CASE("the marks a document shows: boxes, glyphs, typed boxes, lone marks, never a number") {
  const ValueParser parser(ProjectPatterns().vocabulary());
  const WrittenAnswers written(ProjectPatterns().vocabulary(), parser);
  auto document = [](const std::string& text, CheckboxState box) {
    Document doc;
    Line line;
    Cell label;
    label.text = "Kommun";
    Cell cell;
    cell.text = text;
    cell.checkbox = box;
    line.cells = {label, cell};
    doc.lines.push_back(line);
    return doc;
  };
  auto shows = [&](const std::string& text, CheckboxState box = CheckboxState::kNone) {
    const Document doc = document(text, box);
    return ShowsMarks(doc, 0, doc.lines.size(), written, parser);
  };
  auto boxes = [&](const std::string& text, CheckboxState box = CheckboxState::kNone) {
    const Document doc = document(text, box);
    return ShowsBoxes(doc, 0, doc.lines.size(), written);
  };
  CHECK(shows("", CheckboxState::kUnchecked));
  CHECK(shows("Ja ☐ Nej"));
  CHECK(shows("[ ] Nej"));
  CHECK(shows("(x) Ja"));
  CHECK(shows("X"));
  CHECK_FALSE(shows(""));
  CHECK_FALSE(shows("1"));
  CHECK_FALSE(shows("RSMH (Riksförbundet för social och mental hälsa)"));
  CHECK_FALSE(shows("Nej"));
  // A box is a field, a glyph or a typed box; a lone mark is none.
  CHECK(boxes("", CheckboxState::kChecked));
  CHECK(boxes("Ja ☐ Nej"));
  CHECK(boxes("[X]"));
  CHECK_FALSE(boxes("X"));
  CHECK_FALSE(boxes("x"));
  CHECK_FALSE(boxes("Ja"));
}

}  // namespace unshown_marks_test
