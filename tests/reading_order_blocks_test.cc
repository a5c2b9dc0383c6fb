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

}  // namespace reading_order_blocks_test
