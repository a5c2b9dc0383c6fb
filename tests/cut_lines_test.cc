#include "read/text/cut_lines.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace cut_lines_test {

using namespace redovis;

namespace {

// The lines of `texts`, one page unless a text opens with a form feed.
std::vector<TextLine> Lines(const std::vector<std::string>& texts) {
  std::vector<TextLine> out;
  int page = 1, number = 1;
  for (const std::string& t : texts) {
    TextLine l;
    bool feed = !t.empty() && t[0] == '\f';
    page += feed;
    l.text = std::string_view(t).substr(feed ? 1 : 0);
    l.page = page;
    l.number = number++;
    out.push_back(l);
  }
  return out;
}

// A laid-out page of rows: a label, then a count at column 44; the value
// `count` at column 44, or a long answer running on past column 50.
std::string Row(const std::string& label, const std::string& count) {
  return label + std::string(44 - label.size(), ' ') + count;
}

// A page laid out wider than 50 columns.
std::vector<std::string> FullPage() {
  return {
      "Antal klienter under 2021",
      Row("Kvinnor", "29") + "          31",
      Row("Män", "5") + "           12",
      Row("Namnförtydligande", "Inga-Lill Nilsson"),
      Row("Tjänsteställe", "Socialtjänsten Timrå Kommun"),
      Row("Kontaktperson", "Anna Andersson"),
      "Har ni haft kö?" + std::string(40, ' ') + "X",
      "Har ni riktlinjer?" + std::string(37, ' ') + "X",
      Row("Ort", "Timrå"),
      "Kort rad",
  };
}

// The bytes of `l`'s first 50 characters.
size_t First50(const std::string& l) {
  size_t chars = 0, at = 0;  // in characters, not bytes
  while (at < l.size() && chars < 50) {
    unsigned char c = static_cast<unsigned char>(l[at]);
    at += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    ++chars;
  }
  return at;
}

// FullPage cut after 50 columns (`cut -c1-50`).
std::vector<std::string> CutPage() {
  std::vector<std::string> cut;
  for (const std::string& l : FullPage()) cut.push_back(l.substr(0, First50(l)));
  return cut;
}

// FullPage folded hard at 50 columns (`fold -w 50`): each line's rest on
// the next line.
std::vector<std::string> FoldPage() {
  std::vector<std::string> folded;
  for (const std::string& l : FullPage()) {
    folded.push_back(l.substr(0, First50(l)));
    if (First50(l) < l.size()) folded.push_back(l.substr(First50(l)));
  }
  return folded;
}

}  // namespace

TEST_CASE("CutColumn: lines that stop at one column, words cut there, are a cut text") {
  std::vector<std::string> page = CutPage();
  std::vector<TextLine> lines = Lines(page);
  LineCut cut = CutColumn(lines);
  CHECK(cut.column == 50);
  CHECK(!cut.bytes);
  // The rows whose count, name or mark ran past column 50.
  CHECK(cut.lines == std::vector<size_t>{1, 2, 3, 4, 5, 6, 7});
  // The same page not cut: its longest lines end alike (the mark's column).
  std::vector<std::string> whole = {
      "Antal klienter under 2021",
      Row("Kvinnor", "29"),
      Row("Män", "5"),
      "Har ni haft kö?" + std::string(40, ' ') + "X",
      "Har ni riktlinjer?" + std::string(37, ' ') + "X",
      "Har ni samverkan?" + std::string(38, ' ') + "X",
      "Har ni handledning?" + std::string(36, ' ') + "X",
      "Har ni utbildning?" + std::string(37, ' ') + "X",
      "Har ni lokaler?" + std::string(40, ' ') + "X",
  };
  CHECK(CutColumn(Lines(whole)).column == 0);
}

TEST_CASE("CutColumn: a text refilled to a width ends no line in a space") {
  // fmt or w3m: many lines of the width, cut at words, none ending in a space.
  std::vector<std::string> filled;
  const std::string words[] = {"klienterna", "handläggare", "kommunen", "stödet", "ombuden"};
  for (int k = 0; k < 12; ++k) {
    std::string l = "Verksamheten har under året arbetat med " + words[k % 5];
    while (l.size() < 50) l += "x";
    filled.push_back(l.substr(0, 50));
  }
  filled.push_back("slut");
  CHECK(CutColumn(Lines(filled)).column == 0);
}

TEST_CASE("CutColumn: a line of spaces as wide as the cut tells a cut between columns") {
  // Every line that reaches the column is cut inside a word or after a
  // colon, none in a space; but pdftotext -layout wrote a line of spaces
  // before a cell further right, and the cut left its spaces alone.
  std::vector<std::string> page;
  const std::string words[] = {"klienterna", "handläggare", "kommunens:", "stödet", "ombuden,"};
  for (int k = 0; k < 10; ++k) {
    std::string l = "Verksamheten har under året arbetat med " + words[k % 5] + " och andra";
    page.push_back(l.substr(0, First50(l)));
  }
  page.push_back("slut");
  CHECK(CutColumn(Lines(page)).column == 0);  // refilled text looks so too
  page.push_back(std::string(50, ' '));
  LineCut cut = CutColumn(Lines(page));
  CHECK(cut.column == 50);
  CHECK(cut.lines.size() == 10);  // the line of spaces holds nothing to mark
}

TEST_CASE("CutColumn: a page's first line counts the form feed that opened it") {
  std::vector<std::string> page = CutPage();
  // `cut -c1-50` of "\fMän ..." keeps the form feed and 49 characters.
  page[2] = "\f" + page[2].substr(0, page[2].size() - 1);
  LineCut cut = CutColumn(Lines(page));
  CHECK(cut.column == 50);
  CHECK(cut.lines == std::vector<size_t>{1, 2, 3, 4, 5, 6, 7});
}

TEST_CASE("CutColumn: a cut in bytes is measured in bytes") {
  // `cut -b1-50`: a line with å, ä or ö keeps fewer characters than 50.
  std::vector<std::string> page = CutPage();
  std::vector<std::string> bytes;
  for (std::string l : page) {
    if (l.size() > 50) l.resize(50);
    bytes.push_back(l);
  }
  bytes.push_back(Row("Förvaltning", "Socialförvaltningen Timrå").substr(0, 50));
  bytes.push_back(Row("Område", "Äldreomsorgen och öppenvården").substr(0, 50));
  LineCut cut = CutColumn(Lines(bytes));
  CHECK(cut.column == 50);
  CHECK(cut.bytes);
  // The page's seven, "Ort ... Timrå" (50 bytes, 49 characters) and the two added.
  CHECK(cut.lines.size() == 10);
}

TEST_CASE("MarkCutLines: each line reaching the cut ends in kCutLine") {
  std::vector<std::string> page = CutPage();
  std::vector<TextLine> lines = Lines(page);
  std::vector<std::string> storage;
  LineCut cut = CutColumn(lines);
  CHECK(MarkCutLines(cut, &lines, &storage) == 50);
  CHECK(lines[3].text == page[3] + kCutLine);
  CHECK(lines[0].text == page[0]);
  CHECK(lines[9].text == "Kort rad");
  std::string shown(lines[3].text);
  EraseCutMarks(&shown);
  CHECK(shown == page[3]);
  CHECK(MarkCutLines(LineCut(), &lines, &storage) == 0);
}

TEST_CASE("CutColumn: a text folded hard at the column has its rests on the next lines") {
  // `fold -w 50`: "Inga-L" / "ill Nilsson", "Social" / "tjänsten Timrå Kommun".
  std::vector<std::string> page = FoldPage();
  std::vector<TextLine> lines = Lines(page);
  LineCut fold = CutColumn(lines);
  CHECK(fold.column == 50);
  CHECK(fold.lines == std::vector<size_t>{1, 3, 5, 7, 9, 11, 13});
  CHECK(fold.rests == std::vector<size_t>{2, 4, 6, 8, 10, 12, 14});
  std::vector<std::string> storage;
  CHECK(MarkCutLines(fold, &lines, &storage) == 50);
  // "Inga-L" ends in a letter at the width: the break may be inside a word.
  CHECK(lines[5].text == page[5] + kCutLine + kFoldBreak);
  CHECK(lines[6].text == page[6] + kCutLine);  // "ill Nilsson": never a row's value
  std::string shown(lines[5].text);
  EraseCutMarks(&shown);
  CHECK(shown == page[5]);
  for (size_t k : fold.lines)  // a line ending in a blank: no word broken there
    if (page[k].back() == ' ') CHECK(lines[k].text == page[k] + kCutLine);
  CHECK(lines[15].text == page[15]);  // "Ort ... Timrå", not reaching the column
  // Cut, its rows reach the column one after another: no rests.
  CHECK(CutColumn(Lines(CutPage())).rests.empty());
}

TEST_CASE("UnprovenFoldCut: the lines named, each with the next as its rest") {
  std::vector<std::string> page = {"\fRad ett", "Rad två", "rest", "Rad tre"};
  std::vector<TextLine> lines = Lines(page);
  LineCut cut = UnprovenFoldCut(lines, {2, 4}, 120);  // line 4 has no line after it
  CHECK(cut.column == 120);
  CHECK(cut.bytes);
  CHECK(cut.lines == std::vector<size_t>{1});
  CHECK(cut.rests == std::vector<size_t>{2});
  CHECK(UnprovenFoldCut(lines, {}, 120).column == 0);
}

TEST_CASE("UnprovenFoldCut: a page's first line named, not the empty line ending the page before") {
  // The text reader's lines of "Titel X\n\f   socialförval\nt- ningen":
  // the form feed parts one line into two of one number, the first empty.
  std::vector<TextLine> lines(4);
  const char* texts[] = {"Titel X", "", "   socialförval", "t- ningen"};
  const int pages[] = {6, 6, 7, 7}, numbers[] = {389, 390, 390, 391};
  for (size_t k = 0; k < lines.size(); ++k)
    lines[k].text = texts[k], lines[k].page = pages[k], lines[k].number = numbers[k];
  LineCut cut = UnprovenFoldCut(lines, {390}, 72);
  // Marked, the empty line was a cell of the mark alone, read as a value
  // stacked under the row above it.
  CHECK(cut.lines == std::vector<size_t>{2});
  CHECK(cut.rests == std::vector<size_t>{3});
}

TEST_CASE("MarkCutRows: every cell of a named line and of its rest is unreadable, no box read") {
  std::vector<std::string> page = {"Nämnd Socialnämnd   Telefon", "   E-post", "Ja ☒", "Nej ☐"};
  std::vector<TextLine> raw = Lines(page);
  LineCut cut = UnprovenFoldCut(raw, {1}, 30);
  std::vector<Line> laid(4);
  const std::vector<std::vector<std::string>> cells = {
      {"Nämnd", "Socialnämnd", "Telefon"}, {"", "E-post"}, {"Ja", "☒"}, {"Nej", "☐"}};
  for (size_t k = 0; k < laid.size(); ++k) {
    laid[k].number = raw[k].number;
    for (const std::string& t : cells[k]) {
      Cell c;
      c.text = t;
      if (t == "☒") c.checkbox = CheckboxState::kChecked;
      laid[k].cells.push_back(c);
    }
  }
  laid[1].cells[1].text += kCutLine;  // marked once only
  CHECK(MarkCutRows(cut, raw, &laid) == 4);
  CHECK(laid[0].cells[0].text == std::string("Nämnd") + kCutLine);
  CHECK(laid[0].cells[2].text == std::string("Telefon") + kCutLine);
  CHECK(laid[1].cells[0].text.empty());
  CHECK(laid[1].cells[1].text == std::string("E-post") + kCutLine);
  // Lines not named keep their cells and boxes.
  CHECK(laid[2].cells[1].text == "☒");
  CHECK(laid[2].cells[1].checkbox == CheckboxState::kChecked);
  // A box on a named line is taken off.
  cut = UnprovenFoldCut(raw, {2}, 30);
  CHECK(MarkCutRows(cut, raw, &laid) == 3);
  CHECK(laid[2].cells[1].checkbox == CheckboxState::kNone);
  CHECK(laid[2].cells[1].text == std::string("☒") + kCutLine);
  CHECK(MarkCutRows(LineCut(), raw, &laid) == 0);
}

TEST_CASE("MarkCutRows: a named line whose rest ends its block keeps every cell but its last") {
  // "... E-postadress social" / "a@timra.se" / blank: no cell of the row goes
  // on below its rest, so only the cell the width cut may be cut.
  std::vector<std::string> page = {"Nämnd Socialnämnd   Telefon 060- 16 31 00   E-post social",
                                   "a@timra.se", "", "Ja ☒"};
  std::vector<TextLine> raw = Lines(page);
  const std::vector<std::vector<std::string>> cells = {
      {"Nämnd Socialnämnd", "Telefon 060- 16 31 00", "E-post social", ""},
      {"a@timra.se"},
      {},
      {"Ja", "☒"}};
  auto laid_out = [&] {
    std::vector<Line> laid(cells.size());
    for (size_t k = 0; k < laid.size(); ++k) {
      laid[k].number = raw[k].number;
      for (const std::string& t : cells[k]) {
        Cell c;
        c.text = t;
        laid[k].cells.push_back(c);
      }
    }
    return laid;
  };
  std::vector<Line> laid = laid_out();
  CHECK(MarkCutRows(UnprovenFoldCut(raw, {1}, 60), raw, &laid) == 2);
  CHECK(laid[0].cells[0].text == "Nämnd Socialnämnd");
  CHECK(laid[0].cells[1].text == "Telefon 060- 16 31 00");
  CHECK(laid[0].cells[2].text == std::string("E-post social") + kCutLine);
  CHECK(laid[0].cells[3].text.empty());
  CHECK(laid[1].cells[0].text == std::string("a@timra.se") + kCutLine);
  // A line after the rest: a cell of the row may go on there, so every
  // cell is marked.
  page[2] = "Telefon 2";
  raw = Lines(page);
  laid = laid_out();
  CHECK(MarkCutRows(UnprovenFoldCut(raw, {1}, 60), raw, &laid) == 4);
  CHECK(laid[0].cells[1].text == std::string("Telefon 060- 16 31 00") + kCutLine);
}

TEST_CASE("CutLinesNote: the note names its column, and only it is read back") {
  size_t column = 7;
  bool folded = true;
  LineCut cut;
  cut.column = 100;
  cut.lines = {3, 5};
  CHECK(IsCutLinesNote(CutLinesNote(cut), &column, &folded));
  CHECK(column == 100);
  CHECK(!folded);
  cut.column = 80;
  cut.bytes = true;
  cut.rests = {4, 6};
  CHECK(IsCutLinesNote(CutLinesNote(cut), &column, &folded));
  CHECK(column == 80);
  CHECK(folded);
  CHECK(!IsCutLinesNote("lines cut at column x", &column, &folded));
  CHECK(!IsCutLinesNote("page 2 was cut", &column, &folded));
  CHECK(column == 80);
}

TEST_CASE("WholeBeforeCut: a word, one blank and the mark, the mark the only one") {
  const std::string mark = kCutLine;
  CHECK(WholeBeforeCut("Kvinnor " + mark) == 7);
  CHECK(WholeBeforeCut("Klienter med Kvinnor " + mark) == 20);
  CHECK(WholeBeforeCut("Kvinn" + mark) == std::string_view::npos);      // cut inside the word
  CHECK(WholeBeforeCut("Kvinnor  " + mark) == std::string_view::npos);  // two blanks
  CHECK(WholeBeforeCut(" " + mark) == std::string_view::npos);
  CHECK(WholeBeforeCut("Kvinnor") == std::string_view::npos);
  CHECK(WholeBeforeCut("Ja " + mark + " Nej " + mark) == std::string_view::npos);
}

}  // namespace cut_lines_test
