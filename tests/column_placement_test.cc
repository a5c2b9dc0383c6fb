#include "match/column_placement.h"

#include <doctest/doctest.h>

#include <deque>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "base/utf8.h"

namespace column_placement_test {

using namespace redovis;

namespace {

/// A positional header: each (name, x0, x1); name "" with `unread` for a
/// header word that names no column.
ColumnHeader Header(std::vector<std::tuple<std::string, double, double, bool>> cols) {
  ColumnHeader h;
  for (auto& [name, x0, x1, unread] : cols) {
    h.names.push_back(name);
    h.x0.push_back(x0);
    h.x1.push_back(x1);
    h.ignored.push_back(false);
    h.unread.push_back(unread);
    if (!name.empty()) h.positional = true;
  }
  return h;
}

/// A cell of `text` at character column `x0`, as wide as its bytes.
Cell TextCell(const std::string& text, double x0) {
  Cell c;
  c.text = text;
  c.x0 = x0;
  c.x1 = x0 + static_cast<double>(text.size());
  return c;
}

Cell At(double x0, double x1, CheckboxState box = CheckboxState::kNone, std::string text = "X") {
  Cell c;
  c.text = box == CheckboxState::kNone ? text : "";
  c.x0 = x0;
  c.x1 = x1;
  c.checkbox = box;
  return c;
}

}  // namespace

TEST_CASE("placement: a stacked header proves no column of a cell set beside its label") {
  // "Ja" / "Nej" a line each (no extents); `fmt` joined the row's mark to
  // its label's line: "Ombuden har erbjudits utbildning.  X".
  ColumnHeader h;
  h.vertical = true;
  h.names = {"yes", "no"};
  h.x0 = h.x1 = {-1, -1};
  h.ignored = h.unread = {false, false};
  Placement beside = PlaceCell(h, At(51, 52), 1);
  CHECK(beside.ambiguous);
  CHECK(beside.column.empty());
  // A cell read at tabs (no position) is still its index's.
  CHECK(PlaceCell(h, At(-1, -1), 1).column == "no");
}

TEST_CASE("placement: under its header, between two headers, too far from all") {
  ColumnHeader h = Header({{"yes", 400, 411, false}, {"no", 460, 475, false}});
  CHECK(PlaceCell(h, At(402, 409), 1).column == "yes");
  CHECK(PlaceCell(h, At(462, 470), 2).column == "no");
  CHECK(PlaceCell(h, At(414, 421), 1).column == "yes");  // right of "Ja", far from "Nej"
  Placement mid = PlaceCell(h, At(432, 439), 1);
  CHECK(mid.ambiguous);
  CHECK(mid.column.empty());
  CHECK(mid.doubt.id == "doubt.between");
  CHECK(mid.doubt.args["first"] == "@column.yes");
  CHECK(mid.doubt.args["second"] == "@column.no");
  CHECK(PlaceCell(h, At(540, 548), 1).column.empty());
  CHECK_FALSE(PlaceCell(h, At(540, 548), 1).ambiguous);
}

TEST_CASE("placement: two values of a row nearest one column, under none, are ambiguous") {
  // "    Antal kvinnor   Antal män" over "Ange antalet personliga ombud   7   3"
  // (tabs expanded at 4 columns where the text was laid out at 8): both
  // counts right of both headers, nearest the men's. Neither is sure.
  ColumnHeader h = Header({{"women", 4, 17, false}, {"men", 20, 29, false}});
  std::vector<Placement> placed = {PlaceCell(h, At(32, 33, CheckboxState::kNone, "7"), 1),
                                   PlaceCell(h, At(36, 37, CheckboxState::kNone, "3"), 2)};
  CHECK(placed[0].column == "men");
  CHECK(placed[0].by_nearness);
  MarkShared({true, true}, &placed);
  CHECK(placed[0].ambiguous);
  CHECK(placed[1].ambiguous);
  CHECK(placed[0].column.empty());
  // One value under each header, or one near value alone: as placed.
  std::vector<Placement> fine = {PlaceCell(h, At(10, 11), 1), PlaceCell(h, At(30, 31), 2)};
  MarkShared({true, true}, &fine);
  CHECK(fine[0].column == "women");
  CHECK(fine[1].column == "men");
  CHECK(!fine[1].ambiguous);
  std::vector<Placement> empty_other = {PlaceCell(h, At(32, 33), 1), PlaceCell(h, At(36, 37), 2)};
  MarkShared({true, false}, &empty_other);
  CHECK(empty_other[0].column == "men");
}

TEST_CASE("placement: a value under a column and one nearest it are both ambiguous") {
  // ps2ascii: "Kvinnor     Män" over "Ekonomi      139          113": the
  // women's count reaches under the men's word, the men's stands past it.
  ColumnHeader h = Header({{"women", 86, 93, false}, {"men", 98, 101, false}});
  std::vector<Placement> placed = {PlaceCell(h, At(96, 99, CheckboxState::kNone, "139"), 1),
                                   PlaceCell(h, At(109, 112, CheckboxState::kNone, "113"), 2)};
  CHECK(placed[0].column == "men");
  CHECK(!placed[0].by_nearness);
  CHECK(placed[1].by_nearness);
  MarkShared({true, true}, &placed);
  CHECK(placed[0].ambiguous);
  CHECK(placed[0].column.empty());
  CHECK(placed[1].ambiguous);
}

TEST_CASE("placement: two values of a row under one column are both ambiguous") {
  // A table padded to its own cells under a header of wider columns: "9"
  // and "4" both under "Kvinnor", none under "Män". Which is the women's
  // cannot be told; kept, the first stood as theirs and the second as a
  // conflicting answer.
  ColumnHeader h = Header({{"women", 31, 40, false}, {"men", 41, 46, false}});
  std::vector<Placement> placed = {PlaceCell(h, At(31, 34, CheckboxState::kNone, "9"), 1),
                                   PlaceCell(h, At(35, 40, CheckboxState::kNone, "4"), 2)};
  CHECK(placed[0].column == "women");
  CHECK(placed[1].column == "women");
  CHECK(!placed[1].by_nearness);
  MarkShared({true, true}, &placed);
  CHECK(placed[0].ambiguous);
  CHECK(placed[1].ambiguous);
  CHECK(placed[0].column.empty());
  CHECK(placed[0].doubt.id == "doubt.shared_under");
  CHECK(placed[0].doubt.args["first"] == "@column.women");
}

TEST_CASE("StandsInGap: between two choice columns' words, overlapping neither") {
  // "Ja" at 92-94, "Nej" at 106-109, a comment column's word at 116.
  ColumnHeader h = Header({{"yes", 92, 94, false}, {"no", 106, 109, false}, {"", 116, 140, true}});
  size_t left = 9, right = 9;
  CHECK(StandsInGap(h, {}, TextCell("X", 102), &left, &right));
  CHECK(left == 0);
  CHECK(right == 1);
  CHECK_FALSE(StandsInGap(h, {}, TextCell("X", 93), &left, &right));   // under "Ja"
  CHECK_FALSE(StandsInGap(h, {}, TextCell("X", 88), &left, &right));   // left of the first word
  CHECK_FALSE(StandsInGap(h, {}, TextCell("X", 112), &left, &right));  // before an unread word
  // A value column is no choice column: a mark between it and a choice
  // column is placed as before.
  CHECK_FALSE(StandsInGap(h, {"no"}, TextCell("X", 102), &left, &right));
}

TEST_CASE("MarkGroupColumn: two groups of a table's marks are its two columns in order") {
  // "Ja" at 90-92, "Nej" at 101-104; marks set right in their cells: the
  // Ja rows' at 97 (nearer "Nej"), the Nej rows' at 107.
  CHECK(MarkGroupColumn({97, 107, 107, 97}, 97, 90, 92, 101) == 0);
  CHECK(MarkGroupColumn({97, 107, 107, 97}, 107, 90, 92, 101) == 1);
  // A glyph a column or two off its row's others is in the same group.
  CHECK(MarkGroupColumn({93, 105, 102, 102}, 102, 93, 95, 105) == 1);
  // One group (every row ticked one way): not proven.
  CHECK(MarkGroupColumn({97, 97, 97}, 97, 90, 92, 101) == -1);
  // Three groups, or two nearer than the columns' words are apart: not proven.
  CHECK(MarkGroupColumn({91, 97, 107}, 97, 90, 92, 101) == -1);
  CHECK(MarkGroupColumn({96, 100}, 96, 90, 92, 101) == -1);
  // The left group at or past the right word: not the left column's.
  CHECK(MarkGroupColumn({101, 112}, 112, 90, 92, 101) == -1);
}

TEST_CASE("placement: a value nearest a column beside one between two is ambiguous") {
  // Tab stops re-expanded narrower ("unexpand -a | expand -t 2"): the
  // header "Kvinnor    Män" at columns 22 and 33, the row's "3" at 40 and
  // "0" at 47, both right of both. The "0" stands between the two; the "3"
  // is nearest "Män" only because the row slid right.
  ColumnHeader h = Header({{"women", 22, 29, false}, {"men", 33, 36, false}});
  std::vector<Placement> placed = {PlaceCell(h, At(40, 41, CheckboxState::kNone, "3"), 1),
                                   PlaceCell(h, At(47, 48, CheckboxState::kNone, "0"), 2)};
  REQUIRE(placed[0].column == "men");
  REQUIRE(placed[0].by_nearness);
  REQUIRE(placed[1].ambiguous);
  MarkShared({true, true}, &placed);
  CHECK(placed[0].ambiguous);
  CHECK(placed[0].column.empty());
  // The same "3" beside an empty cell: as placed.
  std::vector<Placement> alone = {PlaceCell(h, At(40, 41, CheckboxState::kNone, "3"), 1),
                                  PlaceCell(h, At(47, 48, CheckboxState::kNone, ""), 2)};
  MarkShared({true, false}, &alone);
  CHECK(alone[0].column == "men");
  // Under its header, beside one between two: as placed.
  std::vector<Placement> under = {PlaceCell(h, At(34, 35, CheckboxState::kNone, "3"), 1),
                                  PlaceCell(h, At(47, 48, CheckboxState::kNone, "0"), 2)};
  MarkShared({true, true}, &under);
  CHECK(under[0].column == "men");
}

TEST_CASE("placement: without positions, by index") {
  ColumnHeader h;
  h.names = {"", "yes", "no"};
  h.x0 = h.x1 = {-1, -1, -1};
  h.ignored = h.unread = {false, false, false};
  CHECK(PlaceCell(h, Cell(), 2).column == "no");
  CHECK_FALSE(PlaceCell(h, Cell(), 2).past_header);
  CHECK(PlaceCell(h, Cell(), 5).column.empty());
  // Past the header's cells, or under its blank one: past the header.
  CHECK(PlaceCell(h, Cell(), 5).past_header);
  CHECK(PlaceCell(h, Cell(), 3).past_header);
  CHECK(PlaceCell(h, Cell(), 0).past_header);
  // Under an ignored or unread header cell: in the header, in no column.
  h.names = {"", "yes", ""};
  h.ignored = {false, false, true};
  CHECK(PlaceCell(h, Cell(), 2).column.empty());
  CHECK_FALSE(PlaceCell(h, Cell(), 2).past_header);
}

TEST_CASE("MarkPastHeader: a value past the header undecides every value of the row") {
  std::vector<Placement> placed(4);
  placed[1].column = "women", placed[2].column = "men", placed[3].past_header = true;
  // The cell past the header holds words: nothing changes.
  MarkPastHeader({false, true, true, false}, &placed);
  CHECK(placed[1].column == "women");
  CHECK_FALSE(placed[2].ambiguous);
  // It holds a value: each value becomes ambiguous, that one too.
  MarkPastHeader({false, true, true, true}, &placed);
  for (size_t k = 1; k < 4; ++k) {
    CAPTURE(k);
    CHECK(placed[k].ambiguous);
    CHECK(placed[k].column.empty());
    CHECK(placed[k].doubt.id == "doubt.row_wider");
  }
  CHECK_FALSE(placed[0].ambiguous);
}

TEST_CASE("placement: a value under an unread header goes to no column") {
  ColumnHeader h = Header({{"", 461, 489, true}, {"men", 502, 522, false}});
  CHECK(PlaceCell(h, At(461, 472, CheckboxState::kNone, "10"), 1).column.empty());
  CHECK(PlaceCell(h, At(502, 507, CheckboxState::kNone, "8"), 2).column == "men");
}

TEST_CASE("placement: drawn boxes, one per choice column, are read in order") {
  ColumnHeader h = Header({{"yes", 466, 477, false}, {"no", 501, 516, false}});
  Cell a = At(492, 501, CheckboxState::kChecked), b = At(527, 536, CheckboxState::kUnchecked);
  std::vector<Placement> placed = {PlaceCell(h, a, 1), PlaceCell(h, b, 2)};
  CHECK(placed[0].column != "yes");  // by position alone it is not Ja
  PlaceBoxesInOrder(h, {}, {&a, &b}, &placed);
  CHECK(placed[0].column == "yes");
  CHECK(placed[1].column == "no");
  // One box for two choice columns: left as placed.
  std::vector<Placement> one = {PlaceCell(h, a, 1)};
  Placement before = one[0];
  PlaceBoxesInOrder(h, {}, {&a}, &one);
  CHECK(one[0].column == before.column);
  // A names column the rule reads a value from takes no box.
  ColumnHeader n =
      Header({{"yes", 230, 241, false}, {"no", 280, 295, false}, {"names", 330, 438, false}});
  Cell y = At(270, 279, CheckboxState::kChecked), z = At(320, 329, CheckboxState::kUnchecked);
  std::vector<Placement> p2 = {PlaceCell(n, y, 1), PlaceCell(n, z, 2)};
  PlaceBoxesInOrder(n, {"names"}, {&y, &z}, &p2);
  CHECK(p2[0].column == "yes");
  CHECK(p2[1].column == "no");
}

TEST_CASE("placement: boxes without positions, one per choice column, are read in order") {
  // A row read at tabs whose empty comment cell left no tab: two boxes
  // under Ja / Nej / Om ja, the names column the rule reads a value from.
  ColumnHeader h;
  h.names = {"", "yes", "no", "names"};
  h.x0 = h.x1 = {-1, -1, -1, -1};
  h.ignored = h.unread = {false, false, false, false};
  Cell a, b;
  a.checkbox = CheckboxState::kUnchecked;
  b.checkbox = CheckboxState::kChecked;
  std::vector<Placement> placed(2);
  placed[0].ambiguous = placed[1].ambiguous = true;
  PlaceBoxesInOrder(h, {"names"}, {&a, &b}, &placed);
  CHECK(placed[0].column == "yes");
  CHECK(placed[1].column == "no");
  CHECK_FALSE(placed[1].ambiguous);
  // One box for two choice columns: left as it was.
  std::vector<Placement> one(1);
  one[0].ambiguous = true;
  PlaceBoxesInOrder(h, {"names"}, {&b}, &one);
  CHECK(one[0].ambiguous);
}

TEST_CASE("placement: two boxes glued under two choice columns are read in order") {
  // html2text's "☐☒" under "Ja Nej": both boxes under "Ja" by position; the
  // first is Ja's, the second Nej's.
  ColumnHeader h = Header({{"yes", 57, 59, false}, {"no", 60, 63, false}});
  Cell a = At(57, 58, CheckboxState::kUnchecked), b = At(58, 59, CheckboxState::kChecked);
  std::vector<Placement> placed = {PlaceCell(h, a, 1), PlaceCell(h, b, 2)};
  CHECK(placed[1].column == "yes");  // by position alone the mark is Ja's
  PlaceBoxesInOrder(h, {}, {&a, &b}, &placed);
  CHECK(placed[0].column == "yes");
  CHECK(placed[1].column == "no");
  // A gap between them: no glued run, and the second box stands left of
  // Nej: left as placed.
  Cell c = At(57, 58, CheckboxState::kUnchecked), d = At(58.5, 59.5, CheckboxState::kChecked);
  std::vector<Placement> apart = {PlaceCell(h, c, 1), PlaceCell(h, d, 2)};
  PlaceBoxesInOrder(h, {}, {&c, &d}, &apart);
  CHECK(apart[1].column == "yes");
  // A glued run past the columns' span is no run of theirs.
  Cell e = At(70, 71, CheckboxState::kUnchecked), f = At(71, 72, CheckboxState::kChecked);
  std::vector<Placement> past = {PlaceCell(h, e, 1), PlaceCell(h, f, 2)};
  PlaceBoxesInOrder(h, {}, {&e, &f}, &past);
  CHECK(past[0].column == PlaceCell(h, e, 1).column);
  CHECK(past[1].column == PlaceCell(h, f, 2).column);
}

TEST_CASE("stacked values: each in the row it stands in, where the rows prove it") {
  // Ja, Nej stacked; a mark right under the label is in the first row (Ja):
  // nothing can stand between. No evidence needed for that.
  std::vector<bool> yes_no = {false, false};
  CHECK(PlaceStackedValues(yes_no, false, {{0, false}}) == std::vector<size_t>{0});
  // Blank lines above it: a later row, only where the table's rows are known
  // to follow line by line; then the one later column (Nej).
  CHECK(PlaceStackedValues(yes_no, false, {{2, false}}).empty());
  CHECK(PlaceStackedValues(yes_no, true, {{1, false}}) == std::vector<size_t>{1});
  CHECK(PlaceStackedValues(yes_no, true, {{2, false}}) == std::vector<size_t>{1});
  // Too far below, or across a page break: not proven.
  CHECK(PlaceStackedValues(yes_no, true, {{kSkippedRowBlankLines + 1, false}}).empty());
  CHECK(PlaceStackedValues(yes_no, true, {{-1, false}}).empty());
  // Two values in two rows one after the other.
  CHECK(PlaceStackedValues(yes_no, false, {{0, false}, {0, false}}) == std::vector<size_t>{0, 1});
  // Past the last column.
  CHECK(PlaceStackedValues(yes_no, true, {{0, false}, {1, false}}).empty());
  // Ja, Delvis, Nej: a mark after blank lines may be Delvis or Nej.
  CHECK(PlaceStackedValues({false, false, false}, true, {{2, false}}).empty());
  // Ja, Nej, names: a mark after blank lines is Nej (names take words), and
  // words after a mark in the first row are the names'.
  std::vector<bool> with_names = {false, false, true};
  CHECK(PlaceStackedValues(with_names, true, {{2, false}}) == std::vector<size_t>{1});
  CHECK(PlaceStackedValues(with_names, true, {{0, false}, {2, true}}) == std::vector<size_t>{0, 2});
  // Words right under the label: the first row is Ja's, which takes none.
  CHECK(PlaceStackedValues(with_names, true, {{0, true}}).empty());
}

TEST_CASE("stacked values counted exactly from places: the one row the gap shows") {
  // Ja, Delvis, Nej: a mark one empty row below its label (counted from the
  // lines' places, not rounded as a text's blank lines) is Delvis's alone.
  std::vector<bool> three = {false, false, false};
  CHECK(PlaceStackedValues(three, true, {{1, false, true}}) == std::vector<size_t>{1});
  CHECK(PlaceStackedValues(three, true, {{2, false, true}}) == std::vector<size_t>{2});
  // Past the last row, or in a row that takes words: not proven.
  CHECK(PlaceStackedValues(three, true, {{3, false, true}}).empty());
  CHECK(PlaceStackedValues({false, false, true}, true, {{2, false, true}}).empty());
  // Still only where the table's rows are seen to follow line by line.
  CHECK(PlaceStackedValues(three, false, {{1, false, true}}).empty());
}

TEST_CASE("GroupsMayBeColumns: digit groups one space apart where a column starts beside") {
  // w3m's table, its columns one space apart: "230 148" over "50  42".
  Line below;
  below.cells = {TextCell("därav mellan 18 och 29 år", 0), TextCell("50", 27), TextCell("42", 31)};
  Line other;
  other.cells = {TextCell("därav mellan 18 och 29 år", 0), TextCell("50", 27), TextCell("42", 35)};
  CHECK(GroupsMayBeColumns(TextCell("230 148", 27), {&below}));
  CHECK(GroupsMayBeColumns(TextCell("1 230 148", 25), {&other, &below}));
  // No column starts at its second group: a thousands space.
  CHECK_FALSE(GroupsMayBeColumns(TextCell("230 148", 27), {&other}));
  CHECK_FALSE(GroupsMayBeColumns(TextCell("230 148", 27), {}));
  // Not digit groups one space apart: a word, two spaces, a single number.
  CHECK_FALSE(GroupsMayBeColumns(TextCell("230 st", 27), {&below}));
  CHECK_FALSE(GroupsMayBeColumns(TextCell("230  148", 26), {&below}));
  CHECK_FALSE(GroupsMayBeColumns(TextCell("230148", 27), {&below}));
  // A cell without a position (a Word table's) is never judged so.
  CHECK_FALSE(GroupsMayBeColumns(TextCell("230 148", -1), {&below}));
}

TEST_CASE("line-up: a count stands off its header by its distance to the nearest word") {
  ColumnHeader h = Header({{"women", 22, 29, false}, {"men", 33, 36, false}});
  CHECK(HeaderDistance(h, At(24, 26)) == 0);        // under "Kvinnor"
  CHECK(HeaderDistance(h, At(38, 40)) == 2);        // right of "Män"
  CHECK(HeaderDistance(h, At(45, 47)) == 9);        // far right of "Män"
  CHECK(HeaderDistance(Header({}), At(1, 2)) < 0);  // no positions
}

TEST_CASE("line-up: rows slid off their header prove a text's columns out of line") {
  ColumnHeader h = Header({{"women", 22, 29, false}, {"men", 33, 36, false}});
  // A `-layout` table: each count within a few columns of its word.
  Cell a = At(23, 25), b = At(38, 39), c = At(24, 25), d = At(37, 39);
  LineUpTally laid;
  TallyRows(h, {{&a, &b}, {&c, &d}, {&a, &d}, {&c, &b}}, &laid);
  CHECK(laid.in_line == 4);
  CHECK(laid.out_of_line == 0);
  CHECK_FALSE(ColumnsOutOfLine(laid));
  // Tabs re-expanded narrower: each row's counts slid right by its own amount.
  Cell e = At(38, 40), f = At(45, 47), g = At(35, 36), i = At(42, 43);
  LineUpTally slid;
  TallyRows(h, {{&e, &f}, {&g, &i}, {&e, &i}, {&g, &f}, {&a, &b}}, &slid);
  CHECK(slid.out_of_line == 4);
  CHECK(slid.in_line == 1);
  CHECK(ColumnsOutOfLine(slid));
  // A few rows astray among many in line prove nothing.
  CHECK_FALSE(ColumnsOutOfLine(LineUpTally{20, 3}));
  CHECK_FALSE(ColumnsOutOfLine(LineUpTally{0, 3}));
}

TEST_CASE("line-up: out of line, a row filling every column goes by order, a lone value nowhere") {
  ColumnHeader h = Header({{"women", 22, 29, false}, {"men", 33, 36, false}});
  Cell thirty = At(38, 40, CheckboxState::kNone, "30");
  Cell seventeen = At(45, 47, CheckboxState::kNone, "17");
  std::vector<Placement> both =
      ColumnsInOrder(h, {"women", "men"}, {&thirty, &seventeen}, {true, true}, {true, true});
  CHECK(both[0].column == "women");
  CHECK(both[1].column == "men");
  // "1,0" under "Antal män" by position, alone in its row: told by nothing.
  Cell empty = At(30, 30, CheckboxState::kNone, "");
  std::vector<Placement> lone =
      ColumnsInOrder(h, {"women", "men"}, {&thirty, &empty}, {true, false}, {true, false});
  CHECK(lone[0].ambiguous);
  CHECK(lone[0].column.empty());
  CHECK_FALSE(lone[1].ambiguous);
  // Words are never placed by order.
  Cell word = At(45, 50, CheckboxState::kNone, "RSMH");
  std::vector<Placement> words =
      ColumnsInOrder(h, {"women", "men"}, {&thirty, &word}, {true, true}, {true, false});
  CHECK(words[0].ambiguous);
  CHECK(words[1].ambiguous);
  // Boxes, one in each choice column, in order; a names column takes none.
  ColumnHeader yn = Header({{"yes", 16, 18, false},
                            {"partly", 21, 27, false},
                            {"no", 40, 43, false},
                            {"names", 50, 60, false}});
  Cell ticked = At(55, 56, CheckboxState::kChecked), one = At(67, 68, CheckboxState::kUnchecked),
       two = At(69, 70, CheckboxState::kUnchecked);
  std::vector<Placement> boxes = ColumnsInOrder(yn, {"names"}, {&ticked, &one, &two},
                                                {true, true, true}, {false, false, false});
  CHECK(boxes[0].column == "yes");
  CHECK(boxes[1].column == "partly");
  CHECK(boxes[2].column == "no");
}

TEST_CASE("IsCountCell and MayBeDigitGroup: a table's count, a thousands group") {
  CHECK(IsCountCell("29"));
  CHECK(IsCountCell("1,5"));
  CHECK(IsCountCell("2.25"));
  CHECK_FALSE(IsCountCell("060-"));
  CHECK_FALSE(IsCountCell("18-29"));
  CHECK_FALSE(IsCountCell("1,505"));
  CHECK_FALSE(IsCountCell(""));
  CHECK(MayBeDigitGroup("1", "234"));
  CHECK(MayBeDigitGroup("230", "148"));
  CHECK_FALSE(MayBeDigitGroup("22", "6"));
  CHECK_FALSE(MayBeDigitGroup("1234", "567"));
  CHECK_FALSE(MayBeDigitGroup("1", "2345"));
  // Not where the number they make is more than the columns may hold.
  CHECK(MayBeDigitGroup("99", "999", 99999));
  CHECK(MayBeDigitGroup("1", "234", 99999));
  CHECK_FALSE(MayBeDigitGroup("100", "000", 99999));
  CHECK_FALSE(MayBeDigitGroup("230", "148", 99999));
}

TEST_CASE("GroupsPastMost: digit groups making more than the column may hold") {
  CHECK(GroupsPastMost("181 448", 181448, 9999));
  CHECK(GroupsPastMost("181.448", 181448, 9999));
  CHECK_FALSE(GroupsPastMost("1 448", 1448, 9999));
  CHECK_FALSE(GroupsPastMost("181448", 181448, 9999));  // no groups: typed so
  CHECK_FALSE(GroupsPastMost("181 448", 181448, ULLONG_MAX));
  CHECK_FALSE(GroupsPastMost("1,5", 1.5, 9999));
}

TEST_CASE(
    "PlaceUnderSpacedWords: column words one space apart place by their starts, else in order") {
  // "Kvinnor Män" one cell at column 26, alone on its line.
  ColumnHeader h = Header({{"women", 26, 33, false}, {"men", 34, 37, false}});
  h.spaced_words = true;
  auto place = [&h](const std::vector<Cell>& cells, std::deque<Cell>* pieces,
                    std::vector<std::pair<std::string, const Cell*>>* out,
                    std::vector<MessagePart>* amb) {
    return PlaceUnderSpacedWords(h, cells, 1, {}, ULLONG_MAX, pieces, out, amb);
  };
  std::deque<Cell> pieces;
  std::vector<std::pair<std::string, const Cell*>> out;
  std::vector<MessagePart> amb;
  // Where the words start.
  std::vector<Cell> row = {TextCell("Totalt antal klienter", 0), TextCell("29", 26),
                           TextCell("5", 34)};
  REQUIRE(place(row, &pieces, &out, &amb));
  REQUIRE(out.size() == 2);
  CHECK((out[0].first == "women" && out[0].second->text == "29"));
  CHECK((out[1].first == "men" && out[1].second->text == "5"));
  CHECK(amb.empty());
  // A table below at its own widths: one count a column, in order.
  out.clear();
  row = {TextCell("Antal nya klienter", 0), TextCell("9 4", 26)};
  REQUIRE(place(row, &pieces, &out, &amb));
  REQUIRE(out.size() == 2);
  CHECK((out[0].first == "women" && out[0].second->text == "9" && out[0].second->x0 == 26));
  CHECK((out[1].first == "men" && out[1].second->text == "4" && out[1].second->x0 == 28));
  // The label cut one space before a column's count.
  out.clear();
  row = {TextCell("Ange antalet ombud 1", 7), TextCell("2", 34)};
  REQUIRE(place(row, &pieces, &out, &amb));
  REQUIRE(out.size() == 2);
  CHECK((out[0].first == "women" && out[0].second->text == "1"));
  CHECK((out[1].first == "men" && out[1].second->text == "2"));
  CHECK(amb.empty());
  // Neither: a count off every start and one short; a thousands group; words.
  for (const std::vector<Cell>& r :
       {std::vector<Cell>{TextCell("Antal", 0), TextCell("3", 29)},
        std::vector<Cell>{TextCell("Antal", 0), TextCell("1 234", 26)},
        std::vector<Cell>{TextCell("Antal", 0), TextCell("5 st", 26)},
        std::vector<Cell>{TextCell("Antal 7", 20), TextCell("3", 29)},
        std::vector<Cell>{TextCell("Antal 7", 20), TextCell("3 4", 29)}}) {
    out.clear();
    amb.clear();
    REQUIRE(place(r, &pieces, &out, &amb));
    CHECK(out.empty());
    CHECK(!amb.empty());
  }
  // "230 148" is two counts where the line below starts a cell at "148".
  Line below;
  below.cells = {TextCell("därav", 0), TextCell("50", 26), TextCell("42", 30)};
  out.clear();
  amb.clear();
  REQUIRE(PlaceUnderSpacedWords(h, {TextCell("Antal", 0), TextCell("230 148", 26)}, 1, {&below},
                                ULLONG_MAX, &pieces, &out, &amb));
  REQUIRE(out.size() == 2);
  CHECK((out[0].second->text == "230" && out[1].second->text == "148"));
  // And where the number "230 148" would make is more than the columns may
  // hold, with no line beside it; "1 234" is not.
  out.clear();
  amb.clear();
  REQUIRE(PlaceUnderSpacedWords(h, {TextCell("Antal", 0), TextCell("230 148", 26)}, 1, {}, 99999,
                                &pieces, &out, &amb));
  REQUIRE(out.size() == 2);
  CHECK((out[0].second->text == "230" && out[1].second->text == "148"));
  out.clear();
  amb.clear();
  REQUIRE(PlaceUnderSpacedWords(h, {TextCell("Antal", 0), TextCell("1 234", 26)}, 1, {}, 99999,
                                &pieces, &out, &amb));
  CHECK(out.empty());
  // The label's count at the first column's start, the other count where a
  // word of the line above starts: one count a column, in order.
  Line above;
  above.cells = {TextCell("Antal nya klienter", 0), TextCell("230 148", 26)};
  for (const std::string& label :
       {std::string("därav mellan 18 och 29 år 50"), std::string("därav 1 234")}) {
    out.clear();
    amb.clear();
    const double x =
        26 - static_cast<double>(CodePointCount(label.substr(0, label.rfind(' ') + 1)));
    REQUIRE(PlaceUnderSpacedWords(h, {TextCell(label, x), TextCell("42", 30)}, 1, {&above},
                                  ULLONG_MAX, &pieces, &out, &amb));
    if (label == "därav 1 234") {  // a thousands group of the word before it
      CHECK(out.empty());
      continue;
    }
    REQUIRE(out.size() == 2);
    CHECK((out[0].first == "women" && out[0].second->text == "50"));
    CHECK((out[1].first == "men" && out[1].second->text == "42"));
  }
  // Both counts in the label's cell, one space apart: "... år 3 0" under "9 4".
  above.cells = {TextCell("Antal nya klienter", 0), TextCell("9 4", 26)};
  out.clear();
  amb.clear();
  REQUIRE(PlaceUnderSpacedWords(h, {TextCell("därav mellan 18 och 29 år 3 0", 0)}, 1, {&above},
                                ULLONG_MAX, &pieces, &out, &amb));
  REQUIRE(out.size() == 2);
  CHECK((out[0].first == "women" && out[0].second->text == "3" && out[0].second->x0 == 26));
  CHECK((out[1].first == "men" && out[1].second->text == "0" && out[1].second->x0 == 28));
  // No word beside starts at its second count: not placed.
  out.clear();
  REQUIRE(PlaceUnderSpacedWords(h, {TextCell("därav mellan 18 och 29 år 3 0", 0)}, 1, {},
                                ULLONG_MAX, &pieces, &out, &amb));
  CHECK(out.empty());
  // A row with a box, or another header: not this function's.
  Cell box = TextCell("", 26);
  box.checkbox = CheckboxState::kChecked;
  CHECK_FALSE(place({TextCell("Kommun", 0), box}, &pieces, &out, &amb));
  h.spaced_words = false;
  CHECK_FALSE(place(row, &pieces, &out, &amb));
}

TEST_CASE(
    "PlaceUnderSpacedWords: in a table laid out at its own widths a lone count is no column's") {
  ColumnHeader h = Header({{"women", 26, 33, false}, {"men", 34, 37, false}});
  h.spaced_words = true;
  std::deque<Cell> pieces;
  std::vector<std::pair<std::string, const Cell*>> out;
  std::vector<MessagePart> amb;
  // "därav mellan 30 och 49 år 13", the count where "Kvinnor" starts: the
  // women's while the header's places hold ...
  const std::vector<Cell> row = {TextCell("därav mellan 30 och 49 år 13", 0)};
  REQUIRE(PlaceUnderSpacedWords(h, row, 1, {}, ULLONG_MAX, &pieces, &out, &amb));
  REQUIRE(out.size() == 1);
  CHECK(out[0].first == "women");
  // ... but once a row above showed the table laid out alone ("0 24": html2text writes nothing
  // for an empty cell, and the 13 was the men's), no column: ambiguous, with what was seen.
  h.own_widths = true;
  out.clear();
  REQUIRE(PlaceUnderSpacedWords(h, row, 1, {}, ULLONG_MAX, &pieces, &out, &amb));
  CHECK(out.empty());
  REQUIRE(amb.size() == 1);
  CHECK(amb[0].id == "doubt.own_widths");
  CHECK(amb[0].args["raw"] == "'13'");
  // A row filling every column is still placed.
  out.clear();
  amb.clear();
  REQUIRE(PlaceUnderSpacedWords(
      h, {TextCell("Totalt antal klienter", 0), TextCell("29", 26), TextCell("5", 34)}, 1, {},
      ULLONG_MAX, &pieces, &out, &amb));
  CHECK(out.size() == 2);
}

}  // namespace column_placement_test
