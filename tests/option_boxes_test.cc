// Which box on a line of options is an option's (option_boxes.cc), and the
// walk's use of it: a line of several options and boxes is read by where
// each box stands, and a list whose line shows a ticked box no option it
// read took is null, never a set short of that choice.
#include "match/option_boxes.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_support.h"

namespace option_boxes_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::FindCodeFor;
using redovis::testing::Form2020;

namespace {

Line LineOf(const std::vector<std::string>& texts) {
  Line l;
  for (const std::string& t : texts) {
    Cell c;
    c.text = t;
    l.cells.push_back(c);
  }
  return l;
}

// As MatchRun::IsMarked: a drawn box's state, else a typed mark.
bool TypedX(const Cell& c) {
  if (c.checkbox != CheckboxState::kNone) return c.checkbox == CheckboxState::kChecked;
  return c.text == "x" || c.text == "X";
}

}  // namespace

TEST_CASE("option boxes: one box on the line is the option's wherever it stands") {
  CHECK(TickedBesideOption(LineOf({"x", "Kan inte bedöma"}), 1, TypedX));
  CHECK(TickedBesideOption(LineOf({"Kan inte bedöma", "X"}), 0, TypedX));
  Line drawn = LineOf({"", "Kan inte bedöma"});
  drawn.cells[0].checkbox = CheckboxState::kChecked;
  CHECK(TickedBesideOption(drawn, 1, TypedX));
  drawn.cells[0].checkbox = CheckboxState::kUnchecked;
  CHECK_FALSE(TickedBesideOption(drawn, 1, TypedX));
  CHECK_FALSE(TickedBesideOption(LineOf({"Kan inte bedöma"}), 0, TypedX));
}

TEST_CASE("option boxes: several boxes, each before its option's words or after them") {
  // fmt joined the list's lines: the line opens with a box, closes with words.
  Line before = LineOf({"☒", "Ja ☐", "Nej ☐", "Kan inte bedöma"});
  CHECK(TickedBesideOption(before, 1, TypedX));
  CHECK_FALSE(TickedBesideOption(before, 2, TypedX));
  CHECK_FALSE(TickedBesideOption(before, 3, TypedX));
  Line later = LineOf({"☐", "Ja ☐", "Nej ☒", "Kan inte bedöma"});
  CHECK(TickedBesideOption(later, 3, TypedX));
  CHECK_FALSE(TickedBesideOption(later, 1, TypedX));
  // Opens with words, closes with a box: each box after its words.
  Line after = LineOf({"Ja ☐", "Nej ☒", "Kan inte bedöma ☐"});
  CHECK(TickedBesideOption(after, 1, TypedX));
  CHECK_FALSE(TickedBesideOption(after, 0, TypedX));
  CHECK_FALSE(TickedBesideOption(after, 2, TypedX));
  // Boxes at both ends: whose box is whose is not told.
  Line both = LineOf({"☒", "Ja ☐", "Nej ☐", "Kan inte bedöma ☐"});
  CHECK_FALSE(TickedBesideOption(both, 1, TypedX));
  CHECK_FALSE(TickedBesideOption(both, 3, TypedX));
}

TEST_CASE("option boxes: the ticked boxes a line shows") {
  CHECK(TickedBoxes(LineOf({"☒", "Ja ☐", "Nej ☐"}), TypedX) == 1);
  CHECK(TickedBoxes(LineOf({"handledning ☒Annan förändring", "x", "☑ och ☒"}), TypedX) == 4);
  CHECK(TickedBoxes(LineOf({"☐ Ja", "Nej"}), TypedX) == 0);
  Line drawn = LineOf({"", "Kommun"});
  drawn.cells[0].checkbox = CheckboxState::kChecked;
  CHECK(TickedBoxes(drawn, TypedX) == 1);
  drawn.cells[0].checkbox = CheckboxState::kUnchecked;
  CHECK(TickedBoxes(drawn, TypedX) == 0);
}

TEST_CASE("a list's options run into one line with their boxes are read by where the boxes stand") {
  // pdftotext -layout through fmt -w 120: the three options and their
  // boxes on one line, each box before its option. Before, the line's one
  // ticked box ticked every option the line matched.
  auto read = [](const std::string& line) {
    auto recs = ExtractText(
        Form2020("8. Coronapandemin\n"
                 "Har Coronapandemin påverkat er användning av statsbidraget under 2020?\n\n" +
                 line + "\n"));
    REQUIRE(recs.size() == 1);
    return recs[0];
  };
  // The box before "Kan inte bedöma" ticked: that option.
  Record last = read(
      "              ☐                Ja ☐                Nej ☒                Kan "
      "inte bedöma");
  CHECK(last.Get("covid.affected").ToDisplay() == "cannot_assess");
  // Ja's box ticked: "Ja ☐" is no option's cell the rules read, so the
  // ticked box is no option's read, and the answer is null (it was
  // cannot_assess: a wrong value).
  Record first = read(
      "              ☒                Ja ☐                Nej ☐                Kan "
      "inte bedöma");
  CHECK(first.Get("covid.affected").is_null());
  CHECK(FindCodeFor(first, "value_unreadable", "covid.affected") != nullptr);
}

TEST_CASE("a ticked box no option took, on a line of the list, leaves the list null") {
  // MuPDF's XHTML through w3m: the last option's words run on from the line
  // of the option before ("handledning till personliga ombud ☒Annan
  // förändring"): its box is ticked, its option not read. Before, the set
  // came out without it.
  auto recs = ExtractText(Form2020(
      "8. Coronapandemin\n"
      "Om ja, ange hur Coronapandemin har påverkat er verksamhet med personliga ombud? Flera "
      "alternativ\nkan anges.\n\n"
      "☒Vi har sett en ökad efterfrågan av stödinsatser från personliga ombud\n\n"
      "☐Vi har inte kunna erbjuda planerade utbildningar till personliga ombud ☒Vi har inte "
      "kunna erbjuda\nhandledning till personliga ombud ☒Annan förändring, ange vad:\n\n"
      "Kommentera gärna ert svar:\n"));
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("covid.effects").is_null());
  CHECK(FindCodeFor(recs[0], "value_unreadable", "covid.effects") != nullptr);
}

}  // namespace option_boxes_test
