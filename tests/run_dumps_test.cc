// A dump of pdftohtml's runs (run_dumps.cc): told by its two-column gaps and
// its lines ending in a space; a wrapped run's next line, written after the
// row's other lines, goes back to its cell.
#include "read/text/run_dumps.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "read/text/text_layout.h"
#include "text_layout_test_support.h"

namespace run_dumps_test {

using namespace redovis;
using namespace redovis::testing;

namespace {

// The contact block of the 2020 form as pdftohtml -noframes through w3m
// writes it, and a row's boxes: "Botkyrka kommun" wrapped in its cell ("Botkyrka " then, after
// the row's other runs, "kommun"); `row_end` ends the address's row.
std::string Dump(const std::string& row_end) {
  return "REDOVISNING\n"
         "Statsbidrag till kommuner som bedriver verksamhet med personligt ombud \n"
         "Sänds till stockholm@lansstyrelsen.se \n"
         "senast den 15 januari 2021.\n"
         "Statsbidrag avseende år 2020\n"
         "Kontaktuppgifter till den kommun som beviljats statsbidraget\n"
         "Kommun Botkyrka\n"
         "Utdelningsadress Botkyrka  Postnummer 13581" +
         row_end +
         "\n"
         "Postort Botkyrka\n"
         "kommun\n"
         "Kontaktperson Jörgen Al-\n"
         "Avdelning/Enhet Arbetsmarknads- och \n"
         "Hassan\n"
         "socialförvaltningen\n"
         "Nämnd Arbetsmarknads- \n"
         "och socialnämnden\n"
         "Telefon (inkl. riktnum- \n"
         "mer) 08-57829491\n"
         // Boxes a no-break space apart: cells of their own, no runs (html2text).
         "Ja Nej\n"
         "☐\u00a0☒\n";
}

// `raw` cut into cells at gaps, one Line a text line (as LayOutText's first pass).
std::vector<Line> Cut(const std::vector<TextLine>& raw) {
  std::vector<Line> out;
  for (const TextLine& t : raw) out.push_back(MakeLine(t, SplitAtGaps(t.text)));
  return out;
}

}  // namespace

TEST_CASE("runs dump: a wrapped run's next line, after the row's other lines, is its cell's") {
  const std::string text = Dump("");
  const std::vector<TextLine> raw = Lines(text);
  std::vector<Line> lines = Cut(raw);
  REQUIRE(IsRunsDump(raw, lines));
  CHECK(JoinRunRests(raw, &lines) == 1);
  CHECK(Texts(lines[7]) == V{"Utdelningsadress Botkyrka kommun", "Postnummer 13581"});
  CHECK(Texts(lines[8]) == V{"Postort Botkyrka"});
  CHECK(lines[9].Blank());
  // Through the whole layout: the place's line is not joined to "kommun".
  std::vector<Line> laid = LayOutText(raw);
  bool city_alone = false;
  for (const Line& l : laid) city_alone = city_alone || Texts(l) == V{"Postort Botkyrka"};
  CHECK(city_alone);
}

TEST_CASE("runs dump: a rest two of the row's runs may own is joined to none") {
  // The row's line ends in a space too: its last run wrapped as well.
  const std::string text = Dump(" ");
  const std::vector<TextLine> raw = Lines(text);
  std::vector<Line> lines = Cut(raw);
  REQUIRE(IsRunsDump(raw, lines));
  CHECK(JoinRunRests(raw, &lines) == 0);
  CHECK(Texts(lines[9]) == V{"kommun"});
}

TEST_CASE("runs dump: a text laid out in columns is none") {
  // Gaps of other widths than two (pdftotext -layout), no line ending in a
  // space: no run is joined, whatever its shape.
  const std::string layout =
      "Utdelningsadress Botkyrka        Postnummer 13581\n"
      "Postort Botkyrka\n"
      "kommun\n";
  const std::vector<TextLine> raw = Lines(layout);
  std::vector<Line> lines = Cut(raw);
  CHECK_FALSE(IsRunsDump(raw, lines));
  CHECK(JoinRunRests(raw, &lines) == 0);
  // A dump's shape with too few lines ending open is none either.
  std::string few = Dump("");
  for (size_t at = few.find(" \n"); at != std::string::npos; at = few.find(" \n")) few.erase(at, 1);
  const std::vector<TextLine> closed = Lines(few);
  std::vector<Line> closed_lines = Cut(closed);
  CHECK_FALSE(IsRunsDump(closed, closed_lines));
}

namespace {

// The same block where each of the row's runs is a line of its own
// ("Utdelningsadress Solna " wrapped, its "kommun" after the place's line);
// `address_end` ends the address's line. A row of two runs further down
// keeps it a dump.
std::string SolnaDump(const std::string& address_end) {
  return "REDOVISNING\n"
         "Statsbidrag till kommuner som bedriver verksamhet med personligt ombud \n"
         "Sänds till stockholm@lansstyrelsen.se \n"
         "senast den 15 januari 2021.\n"
         "Kommun Solna\n"
         "Utdelningsadress Solna" +
         address_end +
         "\n"
         "Postnummer 13581\n"
         "Postort Solna\n"
         "kommun\n"
         "Kontaktperson Lars Nyström  Avdelning/Enhet Arbetsmarknads- och \n"
         "socialförvaltningen\n"
         "Nämnd Arbetsmarknads- \n"
         "och socialnämnden\n"
         "Telefon (inkl. riktnum- \n"
         "mer) 08-57829491\n";
}

// Whether a line of `laid` reads exactly `texts`.
bool HasLine(const std::vector<Line>& laid, const V& texts) {
  for (const Line& l : laid)
    if (Texts(l) == texts) return true;
  return false;
}

}  // namespace

TEST_CASE("runs dump: a rest under a place's line that ended, an open run above, is held") {
  const std::string text = SolnaDump(" ");  // the lines view it
  const std::vector<TextLine> raw = Lines(text);
  std::vector<Line> lines = Cut(raw);
  REQUIRE(IsRunsDump(raw, lines));
  CHECK(JoinRunRests(raw, &lines) == 0);  // no row of two runs above it
  CHECK(HoldRunRests(raw, lines) == std::vector<size_t>{8});
  // Through the whole layout: neither the place's line nor the address's
  // takes "kommun"; it stands alone, for the matcher to find undecided.
  std::vector<Line> laid = LayOutText(raw);
  CHECK(HasLine(laid, V{"Postort Solna"}));
  CHECK(HasLine(laid, V{"kommun"}));
}

TEST_CASE("runs dump: a rest with no open run above it, or under a paragraph's line, is not held") {
  // The address's line ended: no run above is open.
  const std::string closed_text = SolnaDump("");  // the lines view it
  const std::vector<TextLine> closed = Lines(closed_text);
  std::vector<Line> closed_lines = Cut(closed);
  REQUIRE(IsRunsDump(closed, closed_lines));
  CHECK(HoldRunRests(closed, closed_lines).empty());
  // A paragraph's lines, wider than a form's label and value, one of them
  // ending without a space before its next line in lower case.
  std::string text = SolnaDump(" ");
  text +=
      "Gemensam handledning med Haninge Nacka Värmdö kommun, var fjärde vecka. \n"
      "Handledaren är leg familjeterapeut, leg\n"
      "psykoterapeut och handledare.\n";
  const std::vector<TextLine> raw = Lines(text);
  std::vector<Line> lines = Cut(raw);
  REQUIRE(IsRunsDump(raw, lines));
  CHECK(HoldRunRests(raw, lines) == std::vector<size_t>{8});
}

TEST_CASE("runs dump: a run that wrapped and kept its rest apart is marked, through the layout") {
  // "Kontaktperson Jörgen Al-" ends in a hyphen (pdftohtml keeps no space
  // after it), "Avdelning/Enhet Arbetsmarknads- och " in a space: both
  // open; "Postort Botkyrka" and the rest "Hassan" ended.
  const std::vector<Line> laid = LayOutText(Lines(Dump("")));
  auto marked = [&laid](const std::string& text) {
    for (const Line& l : laid)
      if (l.Text() == text) return l.run_goes_on;
    FAIL("no line " << text);
    return false;
  };
  CHECK(marked("Kontaktperson Jörgen Al-"));
  CHECK(marked("Avdelning/Enhet Arbetsmarknads- och"));
  CHECK_FALSE(marked("Postort Botkyrka"));
  CHECK_FALSE(marked("Hassan"));
  // Lines ending in a space with no row of two runs: no dump, nothing marked.
  for (const Line& l : LayOutText(Lines("Kontaktperson Inga-Lill \nNilsson \nA \nB \nC \nD \n")))
    CHECK_FALSE(l.run_goes_on);
}

TEST_CASE("runs dump: no row of two runs, every open run ending in a no-break space (html2text)") {
  // html2text's dump of pdftohtml's condensed print: each run on a line of
  // its own, pdftohtml's &#160; after a wrapped run's last word. Before, no
  // row of two runs made it no dump: the contact person's rest "Nilsson"
  // was never given back, and the rows around it were undecided.
  const std::string nb = "\u00a0";
  std::string text = "Kontaktuppgifter" + nb + "till" + nb + "den" + nb + "kommun\nKommun\n" +
                     "Postort" + nb + "Timrå\nKontaktperson" + nb + "Inga-Lill" + nb + "\n" +
                     "Avdelning/Enhet" + nb + "Socialförvaltningen\nNilsson\n";
  for (int i = 0; i < 5; ++i) text += "Rad" + nb + std::to_string(i) + nb + "\nfortsätter\n";
  // A line's text, its no-break spaces read as spaces (the normaliser's
  // later work), trimmed.
  auto spaced = [](std::string t) {
    for (size_t at = t.find("\u00a0"); at != std::string::npos; at = t.find("\u00a0", at))
      t.replace(at, 2, " ");
    while (!t.empty() && t.back() == ' ') t.pop_back();
    return t;
  };
  auto marked = [&spaced](const std::vector<Line>& laid, const std::string& text) {
    for (const Line& l : laid)
      if (spaced(l.Text()) == text) return l.run_goes_on;
    FAIL("no line " << text);
    return false;
  };
  const std::vector<Line> laid = LayOutText(Lines(text));
  CHECK(marked(laid, "Kontaktperson Inga-Lill"));
  CHECK_FALSE(marked(laid, "Postort Timrå"));
  // One open run ending in a plain space (w3m writes no no-break space):
  // not told without a row of two runs.
  std::string plain = text;
  plain.replace(plain.find("Inga-Lill" + nb), 9 + nb.size(), "Inga-Lill ");
  for (const Line& l : LayOutText(Lines(plain))) CHECK_FALSE(l.run_goes_on);
}

}  // namespace run_dumps_test
