// Answers on lines the text reader left out (unread_answers.cc): the label
// found, the lines after it left out, nothing read: the tool's "could not
// read", never the municipality's blank.
#include "match/unread_answers.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "read/text/text_reader.h"
#include "redovis/document.h"
#include "redovis/extractor.h"
#include "test_support.h"

namespace unread_answers_test {

using namespace redovis;
using redovis::testing::Form2020;
using redovis::testing::ProjectPatterns;

namespace {

// The covid question's label, a blank line, then the line of its boxes, as
// a text whose reader left that line out (`fmt` refilled it) keeps it. A
// box elsewhere: the report shows its boxes (unshown_marks.h).
const char kCovid[] =
    "Bilaga ☐\n"
    "8. Coronapandemin\n"
    "Har Coronapandemin påverkat er användning av statsbidraget under 2020?\n"
    "\n"
    "\n"
    "Kommentera gärna ert svar:\n";

// The records of `text` read as a text file, its line `number` (1-based, a
// blank one) made one the reader left out when `left_out`.
std::vector<Record> WithLineLeftOut(const std::string& text, int number, bool left_out) {
  Document d;
  REQUIRE(ReadText(text, &d).ok());
  for (Line& l : d.lines)
    if (l.number == number && left_out) {
      REQUIRE(l.Blank());
      l.origin = kUnreadLineOrigin;
    }
  Extractor ex(ProjectPatterns());
  Source src;
  src.file = "t.txt";
  src.format = "text";
  return ex.ExtractDocument(std::move(d), src);
}

}  // namespace

TEST_CASE("a line left out where the origin says so") {
  Line l;
  CHECK_FALSE(IsUnreadLine(l));
  l.origin = kUnreadLineOrigin;
  CHECK(IsUnreadLine(l));
}

TEST_CASE("a question whose answer's lines the reader left out is unreadable, not blank") {
  const std::string text = Form2020(kCovid);
  // The line after the blank one under the question (line 9 of the text).
  auto recs = WithLineLeftOut(text, 9, true);
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].Get("covid.affected").is_null());
  CHECK(testing::FindCodeFor(recs[0], "value_unreadable", "covid.affected") != nullptr);
  // The same line blank in the file: the municipality's blank, no finding.
  auto blank = WithLineLeftOut(text, 9, false);
  REQUIRE(blank.size() == 1);
  CHECK(testing::FindCodeFor(blank[0], "value_unreadable", "covid.affected") == nullptr);
}

}  // namespace unread_answers_test
