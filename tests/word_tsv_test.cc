// A table of words with their boxes made text (word_tsv.h).
#include "read/text/word_tsv.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "read/text/positioned_runs.h"

namespace word_tsv_test {

using namespace redovis;

namespace {

const char kPoppler[] =
    "level\tpage_num\tpar_num\tblock_num\tline_num\tword_"
    "num\tleft\ttop\twidth\theight\tconf\ttext\n";
const char kTesseract[] =
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_"
    "num\tleft\ttop\twidth\theight\tconf\ttext\n";

// One row of `pdftotext -tsv`: a word (level 5, conf 100) or a line's
// marker (level 4, conf -1).
std::string Row(int level, int page, int block, int line, int word, double left, double top,
                double width, double height, const std::string& text) {
  return std::to_string(level) + "\t" + std::to_string(page) + "\t0\t" + std::to_string(block) +
         "\t" + std::to_string(line) + "\t" + std::to_string(word) + "\t" + std::to_string(left) +
         "\t" + std::to_string(top) + "\t" + std::to_string(width) + "\t" + std::to_string(height) +
         "\t" + (level == 5 ? "100" : "-1") + "\t" + text + "\n";
}

// The words' page as the runs they make (height 20: size 15).
std::string Page(const std::vector<PositionedRun>& runs) {
  std::string out;
  LayOutPage(runs, &out);
  return out;
}

}  // namespace

TEST_CASE("word tsv: pdftotext's words are runs a word space apart, a wide gap another cell") {
  // "Totalt antal klienter" (a word space, 4 units, between words), then
  // "29" 150 units right of its line's last word and "5" beyond: three runs
  // on one line; the next line's words in a block of their own; page 2.
  std::string tsv =
      std::string(kPoppler) + Row(1, 1, 0, 0, 0, 0, 0, 595, 842, "###PAGE###") +
      Row(4, 1, 0, 0, 0, 50, 100, 300, 20, "###LINE###") +
      Row(5, 1, 0, 0, 0, 50, 100, 40, 20, "Totalt") + Row(5, 1, 0, 0, 1, 94, 100, 30, 20, "antal") +
      Row(5, 1, 0, 0, 2, 128, 100, 50, 20, "klienter") +
      Row(5, 1, 0, 0, 3, 328, 100, 12, 20, "29") + Row(5, 1, 0, 0, 4, 400, 100, 6, 20, "5") +
      Row(5, 1, 1, 0, 0, 50, 130, 60, 20, "Kommun") +
      Row(5, 1, 1, 0, 1, 114, 130, 40, 20, "Timrå") +
      Row(1, 2, 0, 0, 0, 0, 0, 595, 842, "###PAGE###") + Row(5, 2, 0, 0, 0, 50, 100, 20, 20, "JA");
  std::string out = "unchanged";
  REQUIRE(WordTsvText(tsv, &out) == WordTable::kPoppler);
  CHECK(out == Page({{100, 50, 15, "Totalt antal klienter"},
                     {100, 328, 15, "29"},
                     {100, 400, 15, "5"},
                     {130, 50, 15, "Kommun Timrå"}}) +
                   Page({{100, 50, 15, "JA"}}));
  CHECK(out.find("Totalt antal klienter ") != std::string::npos);
  CHECK(std::count(out.begin(), out.end(), '\f') == 2);
}

TEST_CASE("word tsv: two lines at one top are two runs, however close") {
  // Two flows' lines side by side (a table's two cells): the second starts
  // a word space after the first, yet is another line, another run.
  std::string tsv = std::string(kPoppler) + Row(5, 1, 0, 0, 0, 50, 100, 60, 20, "Postort") +
                    Row(5, 1, 1, 0, 0, 114, 100, 40, 20, "Timrå");
  std::string out;
  REQUIRE(WordTsvText(tsv, &out) == WordTable::kPoppler);
  CHECK(out == Page({{100, 50, 15, "Postort"}, {100, 114, 15, "Timrå"}}));
}

TEST_CASE(
    "word tsv: a byte-order mark and carriage returns; a row that does not parse is left out") {
  std::string tsv = "\xEF\xBB\xBF" + std::string(kPoppler);
  tsv.insert(tsv.size() - 1, "\r");
  tsv += Row(5, 1, 0, 0, 0, 50, 100, 60, 20, "Kommun");
  tsv.insert(tsv.size() - 1, "\r");
  tsv += "5\t1\t0\t0\t0\t1\tabc\t100\t40\t20\t100\tLost\n";  // a box that is no number
  tsv += "5\t1\t0\t0\t0\t2\t300\t100\t40\n";                 // too few fields
  tsv += "5\t1\t0\t0\t0\t3\tinf\t100\t40\t20\t100\tInfinite\n";
  tsv += Row(5, 1, 0, 0, 4, 300, 100, 60, 20, "Timrå");
  std::string out;
  REQUIRE(WordTsvText(tsv, &out) == WordTable::kPoppler);
  CHECK(out == Page({{100, 50, 15, "Kommun"}, {100, 300, 15, "Timrå"}}));
}

TEST_CASE("word tsv: Tesseract's table is told and left; any other text is none") {
  std::string out = "unchanged";
  std::string ocr = std::string(kTesseract) + "5\t1\t1\t1\t1\t1\t229\t501\t271\t93\t96.5\tKommun\n";
  CHECK(WordTsvText(ocr, &out) == WordTable::kTesseract);
  CHECK(out == "unchanged");
  // A spreadsheet saved as TSV, a header of other names.
  CHECK(WordTsvText("Kommun\tKvinnor\tMän\nTimrå\t29\t5\n", &out) == WordTable::kNone);
  // The header with a column more, or alone with no word.
  std::string wider = std::string(kPoppler);
  wider.insert(wider.size() - 1, "\textra");
  CHECK(WordTsvText(wider + Row(5, 1, 0, 0, 0, 50, 100, 60, 20, "Kommun"), &out) ==
        WordTable::kNone);
  CHECK(WordTsvText(kPoppler, &out) == WordTable::kNone);
  CHECK(WordTsvText("", &out) == WordTable::kNone);
  CHECK(out == "unchanged");
}

TEST_CASE("word tsv: boxes far off the page stay within a line's bounds") {
  // A left edge far left or right of any page, a top past any page, a
  // height of 0 or below, a page number past a long's range (left out).
  std::string tsv = std::string(kPoppler) + "5\t1\t0\t0\t0\t0\t-1e9\t100\t40\t20\t100\tKommun\n" +
                    "5\t1\t0\t0\t0\t1\t1e300\t100\t40\t20\t100\tTimrå\n" +
                    "5\t99999999999999999999\t0\t0\t0\t0\t5\t1e308\t40\t-20\t100\tX\n" +
                    "5\t2\t0\t0\t0\t0\t5\t5\t40\t0\t100\tY\n";
  std::string out;
  REQUIRE(WordTsvText(tsv, &out) == WordTable::kPoppler);
  CHECK(out.size() < 4096);
  CHECK(out.find("Kommun") != std::string::npos);
  CHECK(out.find("Timrå") != std::string::npos);
  CHECK(out.find('X') == std::string::npos);
  CHECK(out.find('Y') != std::string::npos);
}

}  // namespace word_tsv_test
