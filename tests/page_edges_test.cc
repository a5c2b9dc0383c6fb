#include "read/text/page_edges.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "read/text/text_cells.h"
#include "text_layout_test_support.h"

namespace page_edges_test {

using namespace redovis;
using namespace redovis::testing;

namespace {

// Lines of a text with pages: each page's lines, numbered on.
std::vector<Line> Paged(const std::vector<std::vector<std::string>>& pages) {
  std::vector<Line> out;
  int n = 0;
  for (size_t p = 0; p < pages.size(); ++p)
    for (const std::string& t : pages[p]) {
      Line l;
      l.page = static_cast<int>(p) + 1;
      l.number = ++n;
      l.cells = SplitAtGaps(t);
      if (l.cells.empty()) l.cells.emplace_back();
      out.push_back(std::move(l));
    }
  return out;
}

}  // namespace

TEST_CASE("layout: a browser's header and footer on every page are running lines") {
  std::vector<std::vector<std::string>> pages;
  for (int p = 1; p <= 4; ++p)
    pages.push_back(
        {"2021-01-14 10:32             Redovisning statsbidrag personligt ombud", "",
         "Om nej, ange varför.", "",
         "file:///C:/Users/handl/Documents/redovisning.html         " + std::to_string(p) + "/4"});
  std::vector<Line> lines = Paged(pages);
  MarkPageEdges(&lines);
  for (const Line& l : lines) {
    bool edge = l.cells[0].text.rfind("2021-", 0) == 0 || l.cells[0].text.rfind("file:", 0) == 0;
    CHECK_MESSAGE((l.role == LineRole::kFurniture) == edge, l.number);
  }
}

TEST_CASE("layout: one report's browser header and footer inside a bundle are running lines") {
  // A bundle of 16 pages, pages 7-10 a browser's print: 4 of 16 pages is no
  // share of the text, but all of the report's run of pages.
  std::vector<std::vector<std::string>> pages;
  static const char* const kWords[] = {"alfa", "beta",  "gamma",   "delta", "epsilon", "zeta",
                                       "eta",  "theta", "iota",    "kappa", "lambda",  "my",
                                       "ny",   "xi",    "omikron", "pi"};
  for (int p = 1; p <= 16; ++p) {
    if (p < 7 || p > 10) {
      pages.push_back({std::string("Frågan ") + kWords[p - 1], "", "Kommun      Timrå", "",
                       std::string("Svaret ") + kWords[p - 1]});
      continue;
    }
    pages.push_back({"2021-01-14 10:32             Redovisning statsbidrag personligt ombud", "",
                     "Om nej, ange varför.", "",
                     "file:///C:/Users/handl/Documents/redovisning.html         " +
                         std::to_string(p - 6) + "/4"});
  }
  std::vector<Line> lines = Paged(pages);
  MarkPageEdges(&lines);
  for (const Line& l : lines) {
    bool edge = l.cells[0].text.rfind("2021-", 0) == 0 || l.cells[0].text.rfind("file:", 0) == 0;
    CHECK_MESSAGE((l.role == LineRole::kFurniture) == edge, l.number);
  }
}

TEST_CASE("layout: two running headers one over the other are both running lines") {
  // A browser's print paginated again by `pr`: its header ("date  title
  // Page n") over the browser's date and title on every page.
  std::vector<std::vector<std::string>> pages;
  static const char* const kBody[] = {"Kontaktuppgifter", "Klienter", "Organisation", "Brister"};
  for (int p = 1; p <= 4; ++p)
    pages.push_back({"2026-12-01 00:41        Redovisning        Page " + std::to_string(p), "",
                     "2021-01-14 10:32        Redovisning statsbidrag personligt ombud", "",
                     std::string(kBody[p - 1]) + " på sidan",
                     std::string("Slut: ") + kBody[p - 1]});
  std::vector<Line> lines = Paged(pages);
  MarkPageEdges(&lines);
  for (size_t k = 0; k < lines.size(); ++k) {
    const std::string text = lines[k].SpacedText();
    const bool header = text.rfind("2026", 0) == 0 || text.rfind("2021", 0) == 0;
    CAPTURE(text);
    CHECK((lines[k].role == LineRole::kFurniture) == header);
  }
}

TEST_CASE("layout: a count or a page's own text at page edges is no running line") {
  // "1,0" ends three of four pages, each page starts with its own heading.
  std::vector<std::vector<std::string>> pages = {
      {"1. Personliga ombud", "1,0"},
      {"2. Klienter", "12     7"},
      {"3. Kontakter", "1,0"},
      {"4. Ekonomi", "1,0"},
  };
  std::vector<Line> lines = Paged(pages);
  MarkPageEdges(&lines);
  for (const Line& l : lines) CHECK(l.role == LineRole::kContent);
  // Fewer than three pages: nothing is taken for a running line.
  std::vector<Line> two =
      Paged({{"Redovisning statsbidrag", "a"}, {"Redovisning statsbidrag", "b"}});
  MarkPageEdges(&two);
  for (const Line& l : two) CHECK(l.role == LineRole::kContent);
}

namespace {

// Four pages of a -layout text: each its own lines, page 1's last being
// `foot` after `blanks` blank lines, `rows` lines of text on page 1.
std::vector<Line> StampedFoot(size_t rows, size_t blanks, const std::string& foot) {
  std::vector<std::vector<std::string>> pages;
  for (int p = 1; p <= 4; ++p) {
    std::vector<std::string> page;
    for (size_t k = 0; k < (p == 1 ? rows : 6); ++k)
      page.push_back("   Fråga " + std::string(k + 1, static_cast<char>('a' + p)) + "   svar");
    if (p == 1) {
      page.insert(page.end(), blanks, "");
      page.push_back(foot);
    }
    pages.push_back(page);
  }
  return Paged(pages);
}

}  // namespace

TEST_CASE("layout: a note typed at one page's foot, below every page's text, is furniture") {
  std::vector<Line> lines = StampedFoot(6, 3, "Skannad av registraturen 2022-01-15");
  MarkPageEdges(&lines);
  CHECK(lines[9].SpacedText() == "Skannad av registraturen 2022-01-15");
  CHECK(lines[9].role == LineRole::kFurniture);
  for (size_t k = 0; k < lines.size(); ++k)
    if (k != 9) CHECK(lines[k].role == LineRole::kContent);
}

TEST_CASE("layout: a page's last line close under its text, or no lower than others', stays") {
  // One blank line above it: the page's text going on.
  std::vector<Line> lines = StampedFoot(6, 1, "Sista raden i svaret");
  MarkPageEdges(&lines);
  for (const Line& l : lines) CHECK(l.role == LineRole::kContent);
  // Apart from the text, but page 1's text is shorter: no lower than others'.
  lines = StampedFoot(2, 3, "Sista raden i svaret");
  MarkPageEdges(&lines);
  for (const Line& l : lines) CHECK(l.role == LineRole::kContent);
}

TEST_CASE("layout: pages padded to one length without form feeds (pr) are told by their header") {
  // `pr -l 30`: each page two blank lines, its header, two blank lines, the
  // text, blank lines to 30 lines.
  std::string text;
  for (int p = 1; p <= 3; ++p) {
    text +=
        "\n\n2024-01-15 10:00        redovisning.txt        Page " + std::to_string(p) + "\n\n\n";
    for (int k = 0; k < 20; ++k) text += "Rad " + std::to_string(k) + "\n";
    text += "\n\n\n\n\n";
  }
  std::vector<TextLine> lines = Lines(text);
  REQUIRE(lines.size() == 90);
  CHECK(PagesByLineCount(&lines) == 3);
  CHECK(lines[0].page == 1);
  CHECK(lines[29].page == 1);
  CHECK(lines[30].page == 2);
  CHECK(lines[89].page == 3);
  // The same header with the same digits every time is a repeated line of
  // the text, not a page's; so is a line repeating at uneven intervals.
  std::string same, uneven;
  for (int p = 1; p <= 3; ++p) {
    same += "Antal kvinnor och män 2023\n";
    uneven += "Sida " + std::to_string(p) + " redovisning\n";
    for (int k = 0; k < 24; ++k) same += "rad\n";
    for (int k = 0; k < 24 + p; ++k) uneven += "rad\n";
  }
  // A browser's page count alone in its corner ("2/3") is a page's line too.
  std::string counted;
  for (int p = 1; p <= 3; ++p) {
    for (int k = 0; k < 24; ++k) counted += "rad\n";
    counted += "        " + std::to_string(p) + "/3\n";
  }
  std::vector<TextLine> c = Lines(counted);
  CHECK(PagesByLineCount(&c) == 3);
  CHECK(c[24].page == 1);
  CHECK(c[25].page == 2);
  std::vector<TextLine> a = Lines(same), b = Lines(uneven);
  CHECK(PagesByLineCount(&a) == 0);
  CHECK(PagesByLineCount(&b) == 0);
  CHECK(a[30].page == 0);
}

TEST_CASE("layout: a 2-up sheet's inner footer and header are running lines") {
  // Two pages a sheet, in reading order: the first page's footer and the
  // second's header stand inside the sheet, together.
  std::vector<std::vector<std::string>> sheets;
  const std::string header = "2021-01-14 10:32 Redovisning statsbidrag personligt ombud";
  for (int s = 0; s < 3; ++s)
    sheets.push_back(
        {header, "Om nej, ange varför.",
         "file:///C:/Users/handl/Documents/redovisning.html " + std::to_string(2 * s + 1) + "/6",
         "", header, "Kallelser skickas till samtliga huvudmän.",
         "file:///C:/Users/handl/Documents/redovisning.html " + std::to_string(2 * s + 2) + "/6"});
  std::vector<Line> lines = Paged(sheets);
  MarkPageEdges(&lines);
  for (const Line& l : lines) {
    if (l.Blank()) continue;
    bool running = l.cells[0].text.rfind("2021-", 0) == 0 || l.cells[0].text.rfind("file:", 0) == 0;
    CHECK_MESSAGE((l.role == LineRole::kFurniture) == running, l.number);
  }
  // A running line's text alone inside a page, beside no other, stays.
  std::vector<std::vector<std::string>> pages;
  for (int p = 0; p < 3; ++p) pages.push_back({header, "Om nej, ange varför.", "x"});
  pages[1].insert(pages[1].begin() + 2, header);
  std::vector<Line> alone = Paged(pages);
  MarkPageEdges(&alone);
  CHECK(alone[5].cells[0].text == header);
  CHECK(alone[5].role == LineRole::kContent);
}

namespace {

// Lines of a text without pages (its form feeds lost): page 0 each.
std::vector<Line> Unpaged(const std::vector<std::string>& texts) {
  std::vector<Line> out = Paged({texts});
  for (Line& l : out) l.page = 0;
  return out;
}

}  // namespace

TEST_CASE(
    "layout: a browser's page count and the header beside it are running lines without "
    "page breaks") {
  // pdftotext -nopgbrk of a browser's print: each page's footer (the address
  // and "n/m") stands right above the next page's header (date and title).
  const std::string header = "2021-01-14 10:32          Redovisning statsbidrag personligt ombud";
  std::vector<std::string> texts = {header, "Om nej, ange varför.", "ej lämpligt"};
  for (int p = 1; p <= 4; ++p) {
    texts.push_back("file:///C:/Users/handl/Documents/redovisning.html      " + std::to_string(p) +
                    "/4");
    if (p < 4) texts.insert(texts.end(), {"", header, "Om annan orsak, ange vilken.", "Stöd"});
  }
  std::vector<Line> lines = Unpaged(texts);
  MarkPageEdges(&lines);
  for (const Line& l : lines) {
    if (l.Blank()) continue;
    bool running = l.cells[0].text.rfind("2021-", 0) == 0 || l.cells[0].text.rfind("file:", 0) == 0;
    CHECK_MESSAGE((l.role == LineRole::kFurniture) == running, l.number);
  }
  // The page counts give the pages back: each page ends at its count.
  CHECK(lines[3].page == 1);
  CHECK(lines[5].page == 2);
  CHECK(lines[8].page == 2);
  CHECK(lines.back().page == 4);
  // Counts that do not count pages (the same number twice, more lines than
  // pages, a count going back) and a count on two lines only are text.
  for (const std::vector<std::string>& counts : {std::vector<std::string>{"1/3", "1/3", "2/3"},
                                                 {"1/2", "2/2", "3/2"},
                                                 {"2/4", "1/4", "3/4"},
                                                 {"1/4", "2/4"}}) {
    std::vector<std::string> t;
    for (const std::string& c : counts) t.insert(t.end(), {"Antal timmar i veckan " + c, header});
    std::vector<Line> l = Unpaged(t);
    MarkPageEdges(&l);
    for (const Line& x : l) CHECK_MESSAGE(x.role == LineRole::kContent, x.number);
  }
  // A bundle of two reports printed from a browser: two runs of counts
  // under one key (1/3..3/3, then 1/4..4/4), each its report's pages.
  std::vector<std::string> bundle = {"Kommun Timrå"};
  const std::string answers[] = {"Handledning", "Utbildning", "Kontakter", "Ekonomi"};
  for (int pages : {3, 4})
    for (int p = 1; p <= pages; ++p)
      bundle.insert(bundle.end(),
                    {answers[p - 1], "file:///C:/Users/handl/Documents/redovisning.html      " +
                                         std::to_string(p) + "/" + std::to_string(pages)});
  std::vector<Line> b = Unpaged(bundle);
  MarkPageEdges(&b);
  for (const Line& x : b) {
    bool counter = x.cells[0].text.rfind("file:", 0) == 0;
    CHECK_MESSAGE((x.role == LineRole::kFurniture) == counter, x.number);
  }
  CHECK(b.back().page == 7);
  // A line beside the page count at fewer than three of its places stays.
  std::vector<std::string> few;
  const std::string last[] = {"Handledning", "Utbildning", "Kontakter", "Handledning"};
  for (int p = 1; p <= 4; ++p)
    few.insert(few.end(), {last[p - 1], "file:///redovisning.html " + std::to_string(p) + "/4",
                           p % 2 ? header : "Kallelser skickas"});
  std::vector<Line> f = Unpaged(few);
  MarkPageEdges(&f);
  for (const Line& x : f) {
    bool counter = x.cells[0].text.rfind("file:", 0) == 0;
    CHECK_MESSAGE((x.role == LineRole::kFurniture) == counter, x.number);
  }
}

TEST_CASE("layout: a page's bare number, rising with its pages, is a page's number") {
  // pdftotext -layout of a form whose footer is its page's number: a count
  // alone, no words, at each page's foot.
  std::vector<std::vector<std::string>> pages;
  for (int p = 1; p <= 4; ++p)
    pages.push_back({"Fråga " + std::to_string(p), "   svar " + std::to_string(p), "",
                     "                    " + std::to_string(p + 1)});
  std::vector<Line> lines = Paged(pages);
  MarkPageEdges(&lines);
  for (const Line& l : lines) {
    if (l.Blank()) continue;
    const bool number = l.cells[0].text.size() == 1;
    CHECK_MESSAGE((l.role == LineRole::kFurniture) == number, l.number);
    CHECK_MESSAGE((l.origin == kPageNumberOrigin) == number, l.number);
  }
  // The same count ending every page, or counts that do not rise with the
  // pages, are values.
  for (const std::vector<int>& counts : {std::vector<int>{5, 5, 5, 5}, {3, 1, 4, 2}}) {
    const char* labels[] = {"Handledning", "Utbildning", "Kontakter", "Ekonomi"};
    std::vector<std::vector<std::string>> q;
    for (size_t i = 0; i < counts.size(); ++i)
      q.push_back({labels[i], "    " + std::to_string(counts[i])});
    std::vector<Line> l = Paged(q);
    MarkPageEdges(&l);
    for (const Line& x : l) CHECK_MESSAGE(x.role == LineRole::kContent, x.number);
  }
}

namespace {

// A text without form feeds of `pages` pages of `rows` lines each, every
// page ending in its number alone at character column `column(p)`
// (pdftotext -layout -nopgbrk of a form with its page's number in the
// footer), after a blank line.
std::vector<std::string> NumberedPages(int pages, int rows, int (*column)(int)) {
  std::vector<std::string> t;
  for (int p = 1; p <= pages; ++p) {
    for (int r = 0; r < rows; ++r)
      t.push_back("Fråga " + std::to_string(p) + "." + std::to_string(r));
    t.push_back("");
    t.push_back(std::string(static_cast<size_t>(column(p)), ' ') + std::to_string(p));
  }
  return t;
}

}  // namespace

TEST_CASE("layout: a page's bare number on each page gives a text without page breaks its pages") {
  std::vector<Line> lines = Unpaged(NumberedPages(5, 24, [](int) { return 40; }));
  MarkPageEdges(&lines);
  for (const Line& l : lines) {
    if (l.Blank()) continue;
    const bool number = l.cells[0].text.rfind("Fråga", 0) != 0;
    CHECK_MESSAGE((l.origin == kPageNumberOrigin) == number, l.number);
    CHECK_MESSAGE((l.role == LineRole::kFurniture) == number, l.number);
  }
  // Each page ends at its number.
  CHECK(lines[0].page == 1);
  CHECK(lines[25].page == 1);
  CHECK(lines[26].page == 2);
  CHECK(lines.back().page == 5);
  // Not pages: numbers at another column each, too few, pages too short,
  // or a run of them in the text's first part only (counts 1 to 4 under
  // their questions, the text going on past them).
  auto unmarked = [](std::vector<std::string> texts) {
    std::vector<Line> l = Unpaged(texts);
    MarkPageEdges(&l);
    for (const Line& x : l) {
      CHECK_MESSAGE(x.role == LineRole::kContent, x.number);
      CHECK_MESSAGE(x.page == 0, x.number);
    }
  };
  unmarked(NumberedPages(5, 24, [](int p) { return 10 * p; }));
  unmarked(NumberedPages(3, 24, [](int) { return 40; }));
  unmarked(NumberedPages(5, 12, [](int) { return 40; }));
  std::vector<std::string> early = NumberedPages(4, 24, [](int) { return 40; });
  for (int r = 0; r < 200; ++r) early.push_back("Svar " + std::to_string(r));
  unmarked(early);
}

TEST_CASE(
    "layout: page numbers without page breaks past a count, a number set elsewhere, a short end") {
  // pdftotext -layout -nopgbrk: page 2 holds a count "2" at the numbers'
  // column twenty lines in, page 3's number the layout set beside a line of
  // text (no line of its own), and the last page is a few lines under the
  // page before's number. The gaps tell page 2's number from the count;
  // page 3 is passed over; the last number, the text's last line, is taken.
  std::vector<std::string> t = NumberedPages(6, 50, [](int) { return 40; });
  t[71] = std::string(41, ' ') + "2";                         // page 2's count
  t[52 * 3 - 1] = "Fråga 3.49" + std::string(30, ' ') + "3";  // page 3's number beside its text
  t.insert(t.end(), {"Underskrift", "", std::string(40, ' ') + "7"});
  std::vector<Line> lines = Unpaged(t);
  MarkPageEdges(&lines);
  std::vector<int> numbers;
  for (const Line& l : lines)
    if (l.origin == kPageNumberOrigin) numbers.push_back(std::stoi(l.cells[0].text));
  CHECK(numbers == std::vector<int>{1, 2, 4, 5, 6, 7});
  CHECK(lines[71].role == LineRole::kContent);
  CHECK(lines[51].page == 1);
  CHECK(lines[71].page == 2);
  CHECK(lines.back().page == 6);
  // A count "4" at the numbers' column on page 4, whose number the layout
  // set beside its text: the run through the count ends there, the run
  // passing over page 4 goes on to the end and is taken.
  std::vector<std::string> u = NumberedPages(6, 50, [](int) { return 40; });
  u[185] = std::string(40, ' ') + "4";
  u[52 * 4 - 1] = "Fråga 4.49" + std::string(30, ' ') + "4";
  std::vector<Line> v = Unpaged(u);
  MarkPageEdges(&v);
  numbers.clear();
  for (const Line& l : v)
    if (l.origin == kPageNumberOrigin) numbers.push_back(std::stoi(l.cells[0].text));
  CAPTURE(numbers.size());
  CHECK(numbers == std::vector<int>({1, 2, 3, 5, 6}));
  CHECK(v[185].role == LineRole::kContent);
}

TEST_CASE("layout: a count at the page numbers' column close before a page's number is text") {
  // A stacked row's count "4" at column 0 seven lines over page 4's number
  // "4" at column 0, each page's number with a blank line over it: the run
  // through the page's number (apart from the text, its gaps even) is taken.
  std::vector<std::string> t = NumberedPages(6, 50, [](int) { return 0; });
  t[52 * 4 - 8] = "4";
  std::vector<Line> lines = Unpaged(t);
  MarkPageEdges(&lines);
  CHECK(lines[52 * 4 - 8].role == LineRole::kContent);
  CHECK(lines[52 * 4 - 1].origin == kPageNumberOrigin);
  CHECK(lines[52 * 4 - 1].page == 4);
}

TEST_CASE("layout: a text of bare numbers only gives no pages and ends") {
  // A column of counts 1 to 9 over and over, 20,000 lines (a sheet's column
  // saved as text): runs of them a page apart are many; the search gives up
  // past its budget and the lines stay as they are.
  std::vector<std::string> t;
  for (int i = 0; i < 20000; ++i) t.push_back("    " + std::to_string(1 + i % 9));
  std::vector<Line> lines = Unpaged(t);
  MarkPageEdges(&lines);
  for (const Line& l : lines) {
    CHECK(l.role == LineRole::kContent);
    CHECK(l.page == 0);
    if (l.role != LineRole::kContent) break;
  }
}

TEST_CASE("layout: a page's marker at its top opens its page, at its foot ends it") {
  // Page markers written where the form feeds were ("=== Sida 2 av 4 ===",
  // none over page 1): each opens its page. A footer "Sida 1 av 4" under
  // page 1's text: each ends its page.
  for (bool top : {true, false}) {
    CAPTURE(top);
    std::vector<std::string> t;
    for (int p = 1; p <= 4; ++p) {
      const std::string marker = "=== Sida " + std::to_string(p) + " av 4 ===";
      if (top && p > 1) t.push_back(marker);
      for (int r = 0; r < 5; ++r) t.push_back("Fråga " + std::to_string(p));
      if (!top) t.push_back(marker);
    }
    std::vector<Line> lines = Unpaged(t);
    MarkPageEdges(&lines);
    for (const Line& l : lines) {
      if (l.cells[0].text.rfind("Fråga", 0) == 0)
        CHECK_MESSAGE(l.cells[0].text == "Fråga " + std::to_string(l.page), l.number);
      else
        CHECK(l.role == LineRole::kFurniture);
    }
  }
  // A browser's page count over the page's own number: one page turns.
  std::vector<std::string> both;
  for (int p = 1; p <= 4; ++p)
    both.insert(both.end(), {"Fråga " + std::to_string(p),
                             "file:///redovisning.html " + std::to_string(p) + "/4",
                             "Sida " + std::to_string(p) + " av 4"});
  std::vector<Line> b = Unpaged(both);
  MarkPageEdges(&b);
  for (const Line& l : b)
    if (l.cells[0].text.rfind("Fråga", 0) == 0)
      CHECK_MESSAGE(l.cells[0].text == "Fråga " + std::to_string(l.page), l.number);
}

}  // namespace page_edges_test
