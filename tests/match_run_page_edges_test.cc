// Values at the edges of pages out of order (match_run_page_edges.cc).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "match/match_run.h"
#include "redovis/extractor.h"
#include "test_support.h"

namespace match_run_page_edges_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::FindCode;
using redovis::testing::Form2020;

TEST_CASE(
    "pages out of order: a free text at a page's foot is null, one the page goes on from kept") {
  // The report opens on its first page, but its sections go back on the
  // third: the pages are out of order. The supervision answer ends the
  // first page, and the page after it in the file opens section 6, not the
  // one after supervision: the page that goes on with it is not known.
  const std::string later = testing::kLaterPages2020;
  const std::string earlier = testing::kEarlierPages2020;
  const std::string supervision =
      "Handledning\n\tJa\tNej\nOmbuden har erbjudits handledning.\tX\t\n"
      "Om ja, ange vilken slags handledning. Extern handledning varje månad.\n";
  auto recs = ExtractText(Form2020(supervision + "\f" + later + "\f" + earlier));
  REQUIRE(recs.size() == 1);
  CHECK(FindCode(recs[0], "pages_out_of_order") != nullptr);
  CHECK(recs[0].Get("supervision.description").is_null());
  CHECK(recs[0].Get("supervision.offered").ToDisplay() == "true");
  const Finding* f = nullptr;
  for (const Finding& x : recs[0].findings)
    if (x.message_id == "unordered_page_edge") f = &x;
  REQUIRE(f != nullptr);
  CHECK(f->code == "pages_out_of_order");
  CHECK(f->keys == std::vector<std::string>{"supervision.description"});
  CHECK(f->args.at("raw") == "Extern handledning varje månad.");

  // Another question of its section after it on its page: the answer ended.
  auto kept =
      ExtractText(Form2020(supervision + "Om nej, ange varför.\n\f" + later + "\f" + earlier));
  REQUIRE(kept.size() == 1);
  CHECK(FindCode(kept[0], "pages_out_of_order") != nullptr);
  CHECK(kept[0].Get("supervision.description").ToDisplay() == "Extern handledning varje månad.");
}

TEST_CASE(
    "pages out of order: a row another section reads, under no heading of its page, is null") {
  // "Kommun/kommuner" with its boxes at the top of a page that holds no
  // heading: the steering group's row, read in the section the page before
  // left open (the report's opening), where it would be the co-municipalities.
  const std::string later = testing::kLaterPages2020;
  const std::string earlier = testing::kEarlierPages2020;
  auto recs =
      ExtractText(Form2020("\f\tJa\tNej\nKommun/kommuner\t☒\t☐\n\f" + later + "\f" + earlier));
  REQUIRE(recs.size() == 1);
  CHECK(FindCode(recs[0], "pages_out_of_order") != nullptr);
  CHECK(recs[0].Get("report.co_municipalities").is_null());
}

}  // namespace match_run_page_edges_test
