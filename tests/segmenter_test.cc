#include <doctest/doctest.h>

#include <fstream>

#include "test_support.h"

using namespace redovis;
using redovis::testing::ExtractText;

namespace {
std::string Sample(const std::string& name) {
  std::ifstream in(std::string(REDOVIS_SOURCE_DIR) + "/samples/" + name);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}
}  // namespace

TEST_CASE("a cover letter before the report is not the report") {
  auto recs = ExtractText(Sample("001_6c9c6f8633700f23.txt"), "001.txt");
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].source.first_line > 30);  // after the committee's letter
  CHECK(recs[0].Get("ombud.fte").as_decimal() == 10.0);
}

TEST_CASE("several reports in one file are one record each, in file order") {
  std::string bundle = Sample("000_2b37c49d4415161a.txt") + "\n" +
                       Sample("004_d72b1a593931a5dc.txt") + "\n" +
                       Sample("003_9905a62abaf84389.txt");
  auto recs = ExtractText(bundle, "bundle.txt");
  REQUIRE(recs.size() == 3);
  CHECK(recs[0].Get("report.municipality").as_text() == "Timrå");
  CHECK(recs[0].edition == "po-2020");
  CHECK(recs[1].Get("report.municipality").as_text() == "Nacka");
  CHECK(recs[1].edition == "po-2016");
  CHECK(recs[1].Get("report.year").as_int() == 2016);
  CHECK(recs[2].Get("report.municipality").as_text() == "Tyresö");
  CHECK(recs[0].source.last_line < recs[1].source.first_line);
  CHECK(recs[1].source.last_line < recs[2].source.first_line);
}

TEST_CASE("a file with no report is no_report") {
  auto recs = ExtractText("Hej!\nHär kommer ett brev om något helt annat.\n");
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].status == "no_report");
  CHECK(recs[0].edition.empty());
}

TEST_CASE("the edition is detected from the words, not the name") {
  auto recs = ExtractText(Sample("003_9905a62abaf84389.txt"), "po-2021-report.txt");
  CHECK(recs[0].edition == "po-2020");
  auto blank = ExtractText(Sample("002_b542900f2722aa90.txt"));
  CHECK(blank[0].edition == "po-2023");
  CHECK(blank[0].status == "blank");
}
