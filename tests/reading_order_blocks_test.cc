// Reading-order text, a table of counts written down its columns in blocks,
// some after a later group's labels (reading_order_blocks.cc): its runs
// placed by the table's sums, each cell read where every placement that
// holds agrees; the placement itself: column_runs_test.cc.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_support.h"

namespace reading_order_blocks_test {

using namespace redovis;
using redovis::testing::FindCode;
using redovis::testing::kTotalLabels2020;
using redovis::testing::RawClients2020;

TEST_CASE("reading-order text: a table's blocks written after later groups, placed by sums") {
  // pdftotext's order of a 2020 form filled in with other answers: each
  // column a block after its group's labels, the first group's under their
  // words; the Nya klienter's men cut at their empty cell, 14 / 6 / 5 after
  // their labels and the 3 after the next group's columns. Each run's place
  // is the one the sums leave.
  const std::string total =
      std::string(kTotalLabels2020) + "Kvinnor\n14\n5\n1\n2\n6\n\nMän\n25\n5\n5\n7\n8\n\n";
  const std::string new_labels =
      "Antal nya klienter\ndärav mellan 18 och 29 år\ndärav mellan 30 och 49 år\n"
      "därav mellan 50 och 64 år\ndärav 65 år och över\n\n";
  const std::string ended =
      "Antal avslutade klienter\ndärav mellan 18 och 29 år\ndärav mellan 30 och 49 år\n"
      "därav mellan 50 och 64 år\ndärav 65 år och över\n\n16\n3\n8\n1\n4\n\n24\n6\n2\n8\n8\n\n"
      "3\n\nKlienter med hemmavarande\nAntal klienter som, helt eller delvis, har hemmavarande "
      "barn under 18 år vilka är kända\nför verksamheten.\nKvinn\nor\n5\nMän\n4\n";
  auto recs = RawClients2020(total + new_labels + "16\n8\n6\n0\n2\n\n14\n6\n5\n\n" + ended);
  REQUIRE(recs.size() == 1);
  const Record& r = recs[0];
  CHECK(r.Get("clients.total.women").ToDisplay() == "14");
  CHECK(r.Get("clients.total.age_65_plus.men").ToDisplay() == "8");
  CHECK(r.Get("clients.new.women").ToDisplay() == "16");
  CHECK(r.Get("clients.new.age_18_29.women").ToDisplay() == "8");
  CHECK(r.Get("clients.new.age_50_64.women").ToDisplay() == "0");
  CHECK(r.Get("clients.new.age_65_plus.women").ToDisplay() == "2");
  CHECK(r.Get("clients.new.men").ToDisplay() == "14");
  CHECK(r.Get("clients.ended.women").ToDisplay() == "16");
  CHECK(r.Get("clients.ended.age_65_plus.women").ToDisplay() == "4");
  CHECK(r.Get("clients.ended.men").ToDisplay() == "24");
  CHECK(r.Get("clients.ended.age_30_49.men").ToDisplay() == "2");
  CHECK(r.Get("clients.with_children.women").ToDisplay() == "5");
  CHECK(r.Get("clients.with_children.men").ToDisplay() == "4");
  // 14 = 6 + 5 + 3 wherever the empty cell stands: the parts undecided, the
  // tool's doubt and not the municipality's blank.
  CHECK(r.Get("clients.new.age_18_29.men").is_null());
  CHECK(r.Get("clients.new.age_65_plus.men").is_null());
  CHECK(testing::FindCodeFor(r, "ambiguous_column", "clients.new.age_18_29.men") != nullptr);
  CHECK(FindCode(r, "required_missing") == nullptr);
  SUBCASE("a sum no placement holds: the groups no shape explains stay unread") {
    auto off = RawClients2020(total + new_labels + "16\n8\n6\n0\n2\n\n15\n6\n5\n\n" + ended);
    REQUIRE(off.size() == 1);
    CHECK(off[0].Get("clients.total.women").ToDisplay() == "14");
    CHECK(off[0].Get("clients.new.women").is_null());
    CHECK(off[0].Get("clients.ended.men").is_null());
    CHECK(testing::FindCodeFor(off[0], "ambiguous_column", "clients.ended.men") != nullptr);
  }
  SUBCASE("the column words in an order not the forms': no run without a word is placed") {
    // The Kvinnor block came after the next group's runs: its columns' order
    // is not shown (taken as the words came, 16 would be the men's).
    auto late =
        RawClients2020(std::string(kTotalLabels2020) + "Män\n25\n5\n5\n7\n8\n\n" + new_labels +
                       "16\n8\n6\n0\n2\n\n14\n6\n5\n\n" + "Kvinnor\n14\n5\n1\n2\n6\n\n" + ended);
    REQUIRE(late.size() == 1);
    CHECK(late[0].Get("clients.new.women").is_null());
    CHECK(late[0].Get("clients.new.men").is_null());
    CHECK(late[0].Get("clients.ended.women").is_null());
  }
  SUBCASE("column words past a blank line head no block") {
    // The header's words on their own lines, then the first group's columns
    // without them: "Män" right above the Kvinnor column names none of it.
    auto header = RawClients2020(std::string(kTotalLabels2020) +
                                 "Kvinnor\n\nMän\n\n14\n5\n1\n2\n6\n\n" + "25\n5\n5\n7\n8\n\n" +
                                 new_labels + "16\n8\n6\n0\n2\n\n14\n6\n5\n\n" + ended);
    REQUIRE(header.size() == 1);
    CHECK(header[0].Get("clients.total.women").ToDisplay() == "14");
    CHECK(header[0].Get("clients.total.men").ToDisplay() == "25");
    CHECK(header[0].Get("clients.new.women").ToDisplay() == "16");
  }
  SUBCASE("a group's labels the order parted hold no sum of their own") {
    // "därav 65 år och över" written after the group's first blocks, a group
    // of its own: the four rows before it are not the whole sum, and no
    // placement is taken from them (75 = 32 + ... would put the last row's 32
    // first).
    auto parted = RawClients2020(
        total + new_labels + "16\n8\n6\n0\n2\n\n14\n6\n5\n\n" +
        "Antal avslutade klienter\ndärav mellan 18 och 29 år\ndärav mellan 30 och 49 år\n"
        "därav mellan 50 och 64 år\n\n75\n\n28\n6\n6\n16\n\ndärav 65 år och över\n\n32\n\n"
        "3\n\n39\n4\n\n");
    REQUIRE(parted.size() == 1);
    CHECK(parted[0].Get("clients.ended.age_18_29.women").is_null());
    CHECK(parted[0].Get("clients.ended.women").is_null());
    CHECK(parted[0].Get("clients.new.women").is_null());
  }
  SUBCASE("without blank lines no run is a block: the same") {
    std::string joined;
    for (char c : total + new_labels + "16\n8\n6\n0\n2\n\n14\n6\n5\n\n" + ended)
      if (c != '\n' || joined.empty() || joined.back() != '\n') joined += c;
    auto flat = RawClients2020(joined);
    REQUIRE(flat.size() == 1);
    CHECK(flat[0].Get("clients.new.women").is_null());
    CHECK(flat[0].Get("clients.ended.men").is_null());
  }
}

TEST_CASE("reading-order text: blocks before the table's labels and past the next one's title") {
  const std::string new_labels =
      "Antal nya klienter\ndärav mellan 18 och 29 år\ndärav mellan 30 och 49 år\n"
      "därav mellan 50 och 64 år\ndärav 65 år och över\n\n";
  const std::string ended_labels =
      "Antal avslutade klienter\ndärav mellan 18 och 29 år\ndärav mellan 30 och 49 år\n"
      "därav mellan 50 och 64 år\ndärav 65 år och över\n\n";
  const std::string children =
      "Klienter med hemmavarande\nAntal klienter som, helt eller delvis, har hemmavarande "
      "barn under 18 år vilka är kända\nför verksamheten.\n\n";
  SUBCASE("the first group's labels written after the other groups' columns") {
    // pdftotext's order of a 2020 form filled in with other answers: the
    // Totalt columns under their words before any label, its men's rest
    // after their empty cell past the Totalt labels and the next row's.
    auto recs =
        RawClients2020("Kvinnor\n173\n51\n2\n120\n\nMän\n195\n\n" + new_labels +
                       "416\n117\n137\n126\n36\n\n124\n26\n61\n37\n\n" + ended_labels +
                       "282\n85\n23\n52\n122\n\n330\n27\n50\n131\n122\n\n" + kTotalLabels2020 +
                       children + "3\n69\n123\n\nKvinn\nor\n100\n\nMän\n114\n\n");
    REQUIRE(recs.size() == 1);
    const Record& r = recs[0];
    CHECK(r.Get("clients.total.women").ToDisplay() == "173");
    CHECK(r.Get("clients.total.men").ToDisplay() == "195");
    CHECK(r.Get("clients.new.women").ToDisplay() == "416");
    CHECK(r.Get("clients.new.age_65_plus.women").ToDisplay() == "36");
    CHECK(r.Get("clients.new.men").ToDisplay() == "124");
    CHECK(r.Get("clients.ended.age_50_64.men").ToDisplay() == "131");
    CHECK(r.Get("clients.with_children.women").ToDisplay() == "100");
    CHECK(r.Get("clients.with_children.men").ToDisplay() == "114");
    // 173 = 51 + 2 + 120 wherever the empty cell stands.
    CHECK(r.Get("clients.total.age_18_29.women").is_null());
    CHECK(r.Get("clients.new.age_18_29.men").is_null());
    CHECK(testing::FindCodeFor(r, "ambiguous_column", "clients.total.age_18_29.women") != nullptr);
    // A block before the labels without its column's word: nothing placed.
    auto bare =
        RawClients2020("173\n51\n2\n120\n\nMän\n195\n\n" + new_labels +
                       "416\n117\n137\n126\n36\n\n124\n26\n61\n37\n\n" + ended_labels +
                       "282\n85\n23\n52\n122\n\n330\n27\n50\n131\n122\n\n" + kTotalLabels2020 +
                       children + "3\n69\n123\n\nKvinn\nor\n100\n\nMän\n114\n\n");
    REQUIRE(bare.size() == 1);
    CHECK(bare[0].Get("clients.new.women").is_null());
    CHECK(bare[0].Get("clients.total.women").is_null());
    // Blocks before the labels, and a column's word first seen after them
    // (bench/moved_blocks.sh's order: the Nya klienter's women moved past
    // the Avslutade klienter's labels, the Totalt men after them): that word
    // would head the first group's column, which the early blocks leave
    // unknown; 195 = 3 + 69 + 123 would hold as the Nya klienter's men.
    auto moved = RawClients2020(
        "Kvinnor\n173\n51\n2\n120\n\n" + new_labels + "124\n26\n61\n37\n\n" + ended_labels +
        "282\n85\n23\n52\n122\n\n" + "Män\n195\n\n416\n117\n137\n126\n36\n\n" + kTotalLabels2020 +
        "3\n69\n123\n\n" + children + "330\n27\n50\n131\n122\n\nKvinn\nor\n100\n\nMän\n114\n\n");
    REQUIRE(moved.size() == 1);
    CHECK(moved[0].Get("clients.new.men").is_null());
    CHECK(moved[0].Get("clients.new.women").is_null());
    CHECK(moved[0].Get("clients.ended.men").is_null());
  }
  SUBCASE("a column's rest after its empty cell written past the next table's title") {
    // The Nya klienter's men 109 / 8, their rest 45 / 56 after "Klienter
    // med hemmavarande" and its row's label: the two tables placed together.
    const std::string first = std::string(kTotalLabels2020) +
                              "Kvinnor\n62\n2\n\n60\n\nMän\n131\n10\n53\n60\n8\n\n" + new_labels +
                              "88\n60\n14\n4\n10\n\n109\n8\n\n" + ended_labels +
                              "75\n\n28\n6\n6\n16\n\n39\n4\n32\n\n" + children;
    auto recs = RawClients2020(first + "45\n56\n\nKvinn\nor\n33\n\nMän\n34\n\n");
    REQUIRE(recs.size() == 1);
    const Record& r = recs[0];
    CHECK(r.Get("clients.new.women").ToDisplay() == "88");
    CHECK(r.Get("clients.new.age_18_29.women").ToDisplay() == "60");
    CHECK(r.Get("clients.new.men").ToDisplay() == "109");
    CHECK(r.Get("clients.new.age_18_29.men").is_null());
    CHECK(r.Get("clients.ended.women").ToDisplay() == "75");
    CHECK(r.Get("clients.ended.men").ToDisplay() == "28");
    CHECK(r.Get("clients.with_children.women").ToDisplay() == "33");
    CHECK(r.Get("clients.with_children.men").ToDisplay() == "34");
    CHECK(testing::FindCodeFor(r, "ambiguous_column", "clients.new.age_18_29.men") != nullptr);
    // The Totalt label parted from its parts' labels by its own numbers
    // ("Totalt antal klienter" / "Kvinnor" / "165" / "Män" / "43" / "därav
    // ..."), the parts' columns after them, and the next table's one row
    // under a line of both column words ("Kvinnor Män" / "1": which column,
    // not shown). The total and its parts are one sum's group.
    const std::string parted_text =
        "Totalt antal klienter\n\nKvinnor\n165\n\nMän\n43\n\n"
        "därav mellan 18 och 29 år\ndärav mellan 30 och 49 år\ndärav mellan 50 och 64 år\n"
        "därav 65 år och över\n\n33\n51\n50\n31\n\n6\n18\n19\n\n" +
        new_labels + "117\n35\n4\n55\n23\n\n75\n24\n\n" + ended_labels +
        "160\n47\n42\n24\n47\n\n142\n50\n37\n35\n20\n\n" + children +
        "33\n18\n\nKvinnor Män\n1\n\n";
    auto parted = RawClients2020(parted_text);
    REQUIRE(parted.size() == 1);
    CHECK(parted[0].Get("clients.total.women").ToDisplay() == "165");
    CHECK(parted[0].Get("clients.total.age_30_49.women").ToDisplay() == "51");
    CHECK(parted[0].Get("clients.total.men").ToDisplay() == "43");
    CHECK(parted[0].Get("clients.total.age_18_29.men").is_null());
    CHECK(parted[0].Get("clients.new.men").ToDisplay() == "75");
    CHECK(parted[0].Get("clients.ended.age_65_plus.men").ToDisplay() == "20");
    CHECK(parted[0].Get("clients.with_children.women").is_null());
    CHECK(parted[0].Get("clients.with_children.men").is_null());
    // A sum that fails (76 = 24 + 33 + 18 does not hold): nothing placed, and
    // 33 / 18, right before the next table's header line ("Kvinnor Män"),
    // are not that table's row (its cells stand under its header).
    std::string off_text = parted_text;
    off_text.replace(off_text.find("\n75\n"), 4, "\n76\n");
    auto unplaced = RawClients2020(off_text);
    REQUIRE(unplaced.size() == 1);
    CHECK(unplaced[0].Get("clients.new.men").is_null());
    CHECK(unplaced[0].Get("clients.with_children.women").is_null());
    CHECK(unplaced[0].Get("clients.with_children.men").is_null());
    // The rest written right under the title, before the next table's
    // label (a browser's print: "Klienter med hemmavarande" / "" / "45" /
    // "56" / "" / "Kvinn" / "or" / "Antal klienter som ..." / "Män" / "34").
    const std::string title_first =
        std::string(kTotalLabels2020) + "Kvinnor\n62\n2\n\n60\n\nMän\n131\n10\n53\n60\n8\n\n" +
        new_labels + "88\n60\n14\n4\n10\n\n109\n8\n\n" + ended_labels +
        "75\n\n28\n6\n6\n16\n\n39\n4\n32\n\nKlienter med hemmavarande\n\n";
    auto under = RawClients2020(title_first +
                                "45\n56\n\nKvinn\nor\n\nAntal klienter som, helt eller delvis, "
                                "har hemmavarande barn under 18 år vilka är kända\nför "
                                "verksamheten.\n\nMän\n34\n\n");
    REQUIRE(under.size() == 1);
    CHECK(under[0].Get("clients.new.men").ToDisplay() == "109");
    CHECK(under[0].Get("clients.new.age_18_29.women").ToDisplay() == "60");
    CHECK(under[0].Get("clients.ended.men").ToDisplay() == "28");
    CHECK(under[0].Get("clients.new.age_18_29.men").is_null());
    // The same with a rest that breaks the sum: nothing placed.
    auto under_off = RawClients2020(title_first +
                                    "45\n57\n\nKvinn\nor\n\nAntal klienter som, helt eller "
                                    "delvis, har hemmavarande barn under 18 år vilka är kända\nför "
                                    "verksamheten.\n\nMän\n34\n\n");
    REQUIRE(under_off.size() == 1);
    CHECK(under_off[0].Get("clients.new.men").is_null());
    CHECK(under_off[0].Get("clients.ended.women").is_null());
    // The rest that does not complete the sum (109 = 8 + 45 + 57 fails):
    // the groups no shape explains stay unread.
    auto off = RawClients2020(first + "45\n57\n\nKvinn\nor\n33\n\nMän\n34\n\n");
    REQUIRE(off.size() == 1);
    CHECK(off[0].Get("clients.new.men").is_null());
    CHECK(off[0].Get("clients.ended.women").is_null());
  }
}

}  // namespace reading_order_blocks_test
