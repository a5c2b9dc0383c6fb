// The Word reader on the generated samples: each reads back as its seed text.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "docx_test_support.h"
#include "read/office/docx_reader.h"
#include "read/text/text_reader.h"
#include "redovis/readers.h"
#include "test_support.h"

namespace docx_reader_samples_test {

using namespace redovis;
using redovis::testing::DocumentText;
using redovis::testing::IsSeedMark;
using redovis::testing::SampleFile;
using namespace redovis::testing::docx;
using redovis::testing::MakeZip;
using redovis::testing::OfficeTestFile;

// --------------------------------------------------------------- samples

namespace {

/// Checks that `d` holds the lines the text reader makes of the seed text
/// (which joins a cell's wrapped lines): the same cells in the same columns,
/// trailing padding allowed, and a check box where the text has a mark or an
/// empty mark cell. Sets `*boxes_out` to the check boxes seen.
void CheckMatchesSeed(const Document& d, const std::string& seed, int* boxes_out) {
  Document t;
  REQUIRE(ReadText(seed, &t).ok());
  REQUIRE(d.lines.size() == t.lines.size());
  int boxes = 0;
  for (size_t i = 0; i < t.lines.size(); ++i) {
    const Line& l = d.lines[i];
    CAPTURE(i);
    std::string text_line = t.lines[i].Text();
    CAPTURE(text_line);
    REQUIRE(l.cells.size() >= t.lines[i].cells.size());
    for (size_t c = 0; c < l.cells.size(); ++c) {
      const Cell& cell = l.cells[c];
      std::string want = c < t.lines[i].cells.size() ? t.lines[i].cells[c].text : "";
      if (cell.checkbox != CheckboxState::kNone) {
        ++boxes;
        CHECK(cell.text.empty());
        std::string m = want;
        while (!m.empty() && m.back() == ' ') m.pop_back();
        while (!m.empty() && m.front() == ' ') m.erase(0, 1);
        CHECK((cell.checkbox == CheckboxState::kChecked) == IsSeedMark(m));
      } else {
        CHECK(cell.text == want);
      }
    }
  }
  *boxes_out = boxes;
}

}  // namespace

TEST_CASE("docx samples: seeds 000, 001 and 003 read back as their seed text") {
  const char* stems[] = {"000_2b37c49d4415161a", "001_6c9c6f8633700f23", "003_9905a62abaf84389"};
  for (const char* stem : stems) {
    std::string stem_name = stem;
    CAPTURE(stem_name);
    Document d;
    Status s = ReadDocx(SampleFile(std::string(stem) + ".docx"), ReadOptions(), &d);
    REQUIRE_MESSAGE(s.ok(), s.ToString());
    int boxes = 0;
    CheckMatchesSeed(d, SampleFile(std::string(stem) + ".txt"), &boxes);
    CHECK(boxes > 40);
  }
}

TEST_CASE("docx samples: the tracked changes in 003 leave the seed's text") {
  Document d;
  REQUIRE(ReadDocx(SampleFile("003_9905a62abaf84389.docx"), ReadOptions(), &d).ok());
  CHECK(DocumentText(d).find("en tillfällig utökning under ett år") != std::string::npos);
  CHECK(d.lines.size() > 200);
  REQUIRE_FALSE(d.warnings.empty());
}

TEST_CASE("docx samples: the blank 2023 form's fields hold five EN SPACEs") {
  Document d;
  REQUIRE(ReadDocx(SampleFile("002_b542900f2722aa90.docx"), ReadOptions(), &d).ok());
  int boxes = 0;
  CheckMatchesSeed(d, SampleFile("002_b542900f2722aa90.txt"), &boxes);
  CHECK(boxes == 0);
  int fields = 0;
  for (const Line& l : d.lines)
    for (const Cell& c : l.cells)
      for (size_t at = c.text.find(kEn5); at != std::string::npos; at = c.text.find(kEn5, at + 1))
        ++fields;
  CHECK(fields > 100);
}

TEST_CASE("docx samples: the filled 2023 form reads as its text rendering") {
  Document d;
  REQUIRE(ReadDocx(SampleFile("2023_filled.docx"), ReadOptions(), &d).ok());
  int boxes = 0;
  CheckMatchesSeed(d, SampleFile("2023_filled.txt"), &boxes);
}

}  // namespace docx_reader_samples_test
