// Running headers and footers (base/running_lines.cc): the one judgement the
// text reader's page edges, the PDF reader's page roles and the normaliser
// share.
#include "base/running_lines.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace running_lines_test {

using namespace redovis;

TEST_CASE("running lines: the key masks digits and squeezes spaces") {
  CHECK(RunningLineKey("Sida 2 av 14") == "Sida # av #");
  CHECK(RunningLineKey("Sida  12 av 14") == RunningLineKey("Sida 3 av 14"));
  CHECK(RunningLineKey(" 2/7") == "#");
  // A browser's page count as OCR may read it: "2/7" and "217" are one line.
  CHECK(RunningLineKey("file:///C:/a.html 2/7") == RunningLineKey("file:///C:/a.html 217"));
  CHECK(RunningLineKey("9/12") == RunningLineKey("10/12"));
  // A soft hyphen or zero-width space in one page's copy: the same line.
  CHECK(RunningLineKey("Redo\u00advisning statsbidrag") == "Redovisning statsbidrag");
  CHECK(RunningLineKey("Redovisning\u200b statsbidrag \u00e5r") ==
        "Redovisning statsbidrag \u00e5r");
  CHECK(RunningLineKey("a/b 2/") == "a/b #/");
  CHECK(RunningLineKey("2023-11-29, 14:05") == "#-#-#, #:#");
  CHECK(RunningLineKey("Kommun") == "Kommun");
}

TEST_CASE("running lines: a key repeated at one edge on enough lines") {
  std::vector<EdgeLine> lines = {
      {"Sida # av #", 1, 0}, {"Redovisning", 0, 0}, {"Sida # av #", 1, 0},
      {"Sida # av #", 1, 0}, {"Redovisning", 1, 0}, {"Kommun", 0, 0},
  };
  CHECK(RunningLines(lines, 3) == std::vector<size_t>{0, 2, 3});
  // The same text at the two edges counts apart.
  CHECK(RunningLines(lines, 2) == std::vector<size_t>{0, 2, 3});
  CHECK(RunningLines(lines, 4).empty());
  CHECK(RunningLines({}, 1).empty());
}

TEST_CASE("running lines: a key repeated within a run of pages, as one report's in a bundle") {
  // A browser's footer on pages 10-13 of a 40-page bundle: 4 of 40 pages
  // is no share of the file, but all of its run.
  std::vector<EdgeLine> lines;
  for (int page = 1; page <= 40; ++page)
    lines.push_back(
        {page >= 10 && page <= 13 ? "file:///redovisning.html #" : "Kommun", 1, 0, page});
  CHECK(RunningLines(lines, 20).size() == 36);  // "Kommun": the file's share
  CHECK(RunningLinesInRuns(lines).size() == 40);
  std::vector<EdgeLine> footer(lines.begin() + 9, lines.begin() + 13);
  std::vector<EdgeLine> bundle = {footer[0], footer[1], footer[2], footer[3]};
  CHECK(RunningLinesInRuns(bundle) == std::vector<size_t>{0, 1, 2, 3});
  // A page left out between two (a page with no footer) keeps the run; a
  // gap of three pages ends it, and each part must hold three pages.
  std::vector<EdgeLine> gapped = {{"Redovisning #", 0, 0, 1},
                                  {"Redovisning #", 0, 0, 3},
                                  {"Redovisning #", 0, 0, 4},
                                  {"Redovisning #", 0, 0, 8},
                                  {"Redovisning #", 0, 0, 9}};
  CHECK(RunningLinesInRuns(gapped) == std::vector<size_t>{0, 1, 2});
  // Every other page (a duplex print's footer on odd pages) is a run.
  std::vector<EdgeLine> odd;
  for (int page = 1; page <= 9; page += 2) odd.push_back({"Redovisning #", 0, 0, page});
  CHECK(RunningLinesInRuns(odd).size() == 5);
  // Two lines on one page count as one page: three lines on two pages are no run.
  std::vector<EdgeLine> two = {
      {"Redovisning", 0, 0, 1}, {"Redovisning", 0, 0, 1}, {"Redovisning", 0, 0, 2}};
  CHECK(RunningLinesInRuns(two).empty());
  // With a tolerance, only those near the run's median.
  std::vector<EdgeLine> placed = {{"Tyresö kommun", 1, 20, 5},
                                  {"Tyresö kommun", 1, 21, 6},
                                  {"Tyresö kommun", 1, 60, 7},
                                  {"Tyresö kommun", 1, 19.5, 8}};
  CHECK(RunningLinesInRuns(placed, 5) == std::vector<size_t>{0, 1, 3});
  placed[3].pos = 70;
  CHECK(RunningLinesInRuns(placed, 5).empty());
}

TEST_CASE("running lines: with positions, only those near where the others stand") {
  // A footer 20 points from the foot on three pages; the same words once
  // higher up (a line of the text that happens to read so) are not it.
  std::vector<EdgeLine> lines = {
      {"Tyresö kommun", 1, 20},
      {"Tyresö kommun", 1, 21},
      {"Tyresö kommun", 1, 60},
      {"Tyresö kommun", 1, 19.5},
  };
  CHECK(RunningLines(lines, 3, 5) == std::vector<size_t>{0, 1, 3});
  // Too few near one another: none.
  CHECK(RunningLines(lines, 4, 5).empty());
  // Without a tolerance, positions do not count.
  CHECK(RunningLines(lines, 4) == std::vector<size_t>{0, 1, 2, 3});
}

TEST_CASE("running lines: a running line has words, six letters or more") {
  CHECK(HasRunningLineWords("Redovisning statsbidrag"));
  CHECK(HasRunningLineWords("Sida # av #  Tyresö"));
  CHECK(HasRunningLineWords("Östra å"));  // letters of any script, not bytes
  CHECK_FALSE(HasRunningLineWords("1,0"));
  CHECK_FALSE(HasRunningLineWords("# #"));
  CHECK_FALSE(HasRunningLineWords("Sida #"));  // five letters
  CHECK_FALSE(HasRunningLineWords("åäö-ÅÄ"));  // five letters, ten bytes
  CHECK_FALSE(HasRunningLineWords(""));
}

TEST_CASE("running lines: a page count n/m, one parser for both page modules") {
  size_t length = 0;
  auto c = LeadingPageCount("2/7 rest", &length);
  REQUIRE(c);
  CHECK(c->page == 2);
  CHECK(c->pages == 7);
  CHECK(length == 3);
  CHECK(LeadingPageCount("12/120")->pages == 120);
  // No count: n past m, n naught, a number of four digits, a year span.
  CHECK_FALSE(LeadingPageCount("12/7"));
  CHECK_FALSE(LeadingPageCount("0/3"));
  CHECK_FALSE(LeadingPageCount("2023/24"));
  CHECK_FALSE(LeadingPageCount("1/2024"));
  CHECK_FALSE(LeadingPageCount(" 2/7"));
  CHECK_FALSE(LeadingPageCount("2/"));
  CHECK_FALSE(LeadingPageCount(""));

  size_t start = 0;
  c = TrailingPageCount("file:///C:/a.html 7/11  ", &start);
  REQUIRE(c);
  CHECK(c->page == 7);
  CHECK(c->pages == 11);
  CHECK(start == 18);
  CHECK(TrailingPageCount("3/5"));
  // Inside a word or a path, or no count, it is none.
  CHECK_FALSE(TrailingPageCount("file:///C:/a7/11"));
  CHECK_FALSE(TrailingPageCount("Period 2023/24"));
  CHECK_FALSE(TrailingPageCount("se sida 9/7"));
  CHECK_FALSE(TrailingPageCount("1/2 av"));
}

TEST_CASE("running lines: a page's digits and a bare page number") {
  size_t end = 0;
  CHECK(PageNumberAt("Sida 12 av 14", 5, 3, &end) == 12);
  CHECK(end == 7);
  CHECK(PageNumberAt("Sida 1234", 5, 3, &end) == -1);  // more digits than a page's
  CHECK(PageNumberAt("Sida 12", 4, 3, &end) == -1);    // no digit there
  CHECK(BarePageNumber("   7  ") == 7);
  CHECK(BarePageNumber("\t12\t") == 12);
  for (const char* text : {"", "0", "07", "1234", "3 a", "- 3 -", "3,0"})
    CHECK_MESSAGE(BarePageNumber(text) == 0, text);
}

TEST_CASE("running lines: a page's number on a line of its own, in words or decoration") {
  for (const auto& [text, page, pages] : {std::tuple<const char*, int, int>{"Sida 3 av 8", 3, 8},
                                          {"  - 3 -  ", 3, 0},
                                          {"Page 12 of 14", 12, 14},
                                          {"3 (8)", 3, 8},
                                          {"[3]", 3, 0},
                                          {"=== Sida 2 av 13 ===", 2, 13}}) {
    CAPTURE(text);
    auto n = NumberedPageLine(text);
    REQUIRE(n);
    CHECK(n->page == page);
    CHECK(n->pages == pages);
  }
  // A bare number (a value), words with one number (a question's own: "Fråga
  // 3"), "n/m" (TrailingPageCount's), a number glued
  // to a letter or a list's dot, a year, three numbers, a count past its
  // total, a long line, a decimal: none.
  for (const char* text :
       {"3", "  12 ", "2/7", "Sida 3", "Fråga 3", "3a", "B12", "1.", "2)", "Redovisning 2023",
        "1 2 3", "9 (8)", "Antal klienter som har fått stöd under året 3", "1,5 tjänst", "0 -"})
    CHECK_MESSAGE(!NumberedPageLine(text), text);
}

TEST_CASE("running lines: a page's number rises with the pages, in runs of three or more") {
  // Two reports bundled, each numbered from 1 at the foot (pages 0-3 and
  // 4-7), a cover left unnumbered before the second's: each its own run.
  std::vector<EdgeNumber> numbers;
  for (int page = 0; page < 4; ++page) numbers.push_back({1, page, page + 1});
  for (int page = 5; page < 9; ++page) numbers.push_back({1, page, page - 4});
  CHECK(RisingPageNumbers(numbers).size() == 8);
  // A page without its number between two: the run goes on past it.
  std::vector<EdgeNumber> gap = {{1, 0, 1}, {1, 1, 2}, {1, 3, 4}};
  CHECK(RisingPageNumbers(gap).size() == 3);
  // Not page numbers: the same count on every page's foot, numbers rising
  // on two pages only, at two edges, or two pages apart and more.
  for (const std::vector<EdgeNumber>& none :
       {std::vector<EdgeNumber>{{1, 0, 5}, {1, 1, 5}, {1, 2, 5}, {1, 3, 5}},
        {{1, 0, 1}, {1, 1, 2}, {1, 3, 7}},
        {{0, 0, 1}, {1, 1, 2}, {0, 2, 3}},
        {{1, 0, 1}, {1, 3, 4}, {1, 6, 7}}})
    CHECK(RisingPageNumbers(none).empty());
}

namespace {

/// A page's lowest line `depth` points over its foot, 10 high, `gap` under
/// the line above; band 60 (a margin band at the foot).
FootLine Foot(double depth, std::optional<double> gap) {
  FootLine f;
  f.depth = depth;
  f.height = 10;
  f.gap = gap;
  f.band = 60;
  return f;
}

}  // namespace

TEST_CASE("running lines: a page's stray foot line, lower than every other page's text") {
  // A registry's note 20 points over page 3's foot, 40 under its text; the
  // other pages' text ends 80 and 120 points over theirs.
  std::vector<FootLine> pages = {Foot(80, 12), Foot(120, 12), Foot(20, 40)};
  CHECK(StrayFootLines(pages, 2) == std::vector<size_t>{2});
  // Lower by its height only: the text may end there.
  pages[0].depth = 30;
  CHECK(StrayFootLines(pages, 2).empty());
  pages[0].depth = 31;
  CHECK(StrayFootLines(pages, 2) == std::vector<size_t>{2});
  // Apart from the line above by twice its height only: the page's text.
  pages[2].gap = 20;
  CHECK(StrayFootLines(pages, 2).empty());
  // Apart by more than the threshold the caller asks for.
  CHECK(StrayFootLines(pages, 1) == std::vector<size_t>{2});
  // No line above: the page's only line is its text.
  pages[2].gap.reset();
  CHECK(StrayFootLines(pages, 1).empty());
}

TEST_CASE("running lines: a stray foot line stands in its band, with two other pages of text") {
  std::vector<FootLine> pages = {Foot(200, 12), Foot(220, 12), Foot(55, 100)};
  // Its top 65 over the foot, past the band of 60.
  CHECK(StrayFootLines(pages, 2).empty());
  pages[2].band = 65;
  CHECK(StrayFootLines(pages, 2) == std::vector<size_t>{2});
  // One other page does not show where the text ends.
  pages.erase(pages.begin());
  CHECK(StrayFootLines(pages, 2).empty());
}

TEST_CASE("running lines: a text's stray foot line in rows, without a band") {
  // Rows from the deepest page's foot: a note two rows under every other
  // page's last line, two blank rows above it; a row's height 1.
  auto row = [](double depth, double gap) {
    FootLine f;
    f.depth = depth;
    f.height = 1;
    f.gap = gap;
    return f;
  };
  std::vector<FootLine> pages = {row(2, 0), row(5, 1), row(0, 2)};
  CHECK(StrayFootLines(pages, 1) == std::vector<size_t>{2});
  // One row lower only, or one blank row above: none.
  pages[0].depth = 1;
  CHECK(StrayFootLines(pages, 1).empty());
  pages[0].depth = 2;
  pages[2].gap = 1;
  CHECK(StrayFootLines(pages, 1).empty());
}

}  // namespace running_lines_test
