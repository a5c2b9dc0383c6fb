#include "match/run_together_rows.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "redovis/extractor.h"
#include "redovis/readers.h"
#include "test_support.h"

namespace run_together_rows_test {

using namespace redovis;
using redovis::testing::Form2020;

namespace {

std::vector<const Rule*> OrgRules() {
  const Edition* ed = redovis::testing::ProjectPatterns().FindEdition("po-2020");
  REQUIRE(ed != nullptr);
  return ed->RulesIn("org");
}

std::vector<std::string> Choices(const std::vector<const Rule*>& rules) {
  std::vector<std::string> out;
  for (const Rule* r : rules) out.push_back(r->choice_key);
  return out;
}

// The record of a 2020 form whose provider rows are `rows`, its lines taken
// as OCR's.
Record ReadAsOcr(const std::string& rows) {
  Document doc;
  REQUIRE(ReadDocument(Form2020("5. Organisation, ledning och samverkan\n"
                                "Ange vem som är utförare av verksamheten med personligt "
                                "ombud i er kommun\n\tJa\tNej\n" +
                                rows + "Stiftelse\t☐\t☒\n"),
                       "t.txt", ReadOptions(), &doc)
              .ok());
  for (Line& l : doc.lines) l.ocr = true;
  Extractor ex(redovis::testing::ProjectPatterns());
  auto recs = ex.ExtractDocument(std::move(doc), Source());
  REQUIRE(recs.size() == 1);
  return recs[0];
}

bool Names(const Record& r, const std::string& detail_word, const std::string& key) {
  for (const Finding& f : r.findings)
    if (f.code == "ocr_uncertain" && f.message.find(detail_word) != std::string::npos &&
        testing::NamesKey(f, key))
      return true;
  return false;
}

}  // namespace

TEST_CASE("run together rows: two row labels in one cell, each whole, in order") {
  MatcherCache cache;
  const std::vector<const Rule*> rules = OrgRules();
  CHECK(Choices(RunTogetherRows("Kommun Förening", rules, &cache)) ==
        std::vector<std::string>{"provider.municipality", "provider.association"});
  CHECK(Choices(RunTogetherRows("Förening Stiftelse Annan utförare", rules, &cache)) ==
        std::vector<std::string>{"provider.association", "provider.foundation", "provider.other"});
  // One label alone, a label and a word that is none, a label cut: no rows.
  CHECK(RunTogetherRows("Kommun", rules, &cache).empty());
  CHECK(RunTogetherRows("Kommun Föreningen", rules, &cache).empty());
  CHECK(RunTogetherRows("Kommun och Förening", rules, &cache).empty());
  CHECK(RunTogetherRows("Annan Kommun", rules, &cache).empty());
}

TEST_CASE("run together rows: OCR's joined provider rows give no value and say so") {
  // 000 scanned at 150 dpi grey: the rule between the Kommun and Förening
  // rows was lost, the rows were read as one, each column's two boxes side
  // by side; which box is whose is not told.
  const Record r = ReadAsOcr("Kommun Förening\t☒\t☐\t☐\t☒\n");
  CHECK(r.Get("provider.municipality").is_null());
  CHECK(r.Get("provider.association").is_null());
  CHECK(Names(r, "Kommun Förening", "provider.municipality"));
  CHECK(Names(r, "Kommun Förening", "provider.association"));
  // The rows after them are read as before.
  CHECK(r.Get("provider.foundation").as_bool() == false);
  // Read apart, the rows are read, and nothing is said.
  const Record apart = ReadAsOcr("Kommun\t☒\t☐\nFörening\t☐\t☒\n");
  CHECK(apart.Get("provider.municipality").as_bool() == true);
  CHECK(apart.Get("provider.association").as_bool() == false);
  CHECK_FALSE(Names(apart, "Kommun", "provider.municipality"));
  // Labels alone, with no box or value beside them, are no rows run together.
  const Record bare = ReadAsOcr("Kommun Förening\n");
  CHECK_FALSE(Names(bare, "Kommun Förening", "provider.municipality"));
}

}  // namespace run_together_rows_test
