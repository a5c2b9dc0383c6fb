#include "read/text/folded_lines.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "base/utf8.h"
#include "redovis/document.h"

namespace folded_lines_test {

using namespace redovis;

namespace {

// `fold -s -w width` of a text without tabs: each line longer than `width`
// broken after its last space that fits, else cut at `width`.
std::string FoldS(const std::string& text, size_t width) {
  std::string out;
  size_t b = 0;
  while (b <= text.size()) {
    size_t e = text.find('\n', b);
    std::string line = text.substr(b, e == std::string::npos ? std::string::npos : e - b);
    while (line.size() > width) {
      size_t blank = line.rfind(' ', width - 1);
      size_t cut = blank == std::string::npos ? width : blank + 1;
      out += line.substr(0, cut) + "\n";
      line = line.substr(cut);
    }
    out += line;
    if (e == std::string::npos) break;
    out += "\n";
    b = e + 1;
  }
  return out;
}

// Twelve lines of a form, each long enough to be folded at 30 columns.
const char kForm[] =
    "Kontaktperson Susanne Aspling Björkstén 021-39 20 82\n"
    "Avdelning/Enhet Personligt Ombud Västmanland\n"
    "Nämnd Nämnden för personer med funktionsnedsättning\n"
    "E-postadress susanne.aspling.bjorksten@vasteras.se\n"
    "\n"
    "Om ja, uppskatta hur lång väntetiden är eller har varit i er kommun under 2020. "
    "3-4 månader\n"
    "Kommun/kommuner Sala, Köping, Arboga, Kungsör, Hallstahammar, Surahammar\n"
    "Ombuden har erbjudits utbildning om psykisk ohälsa och samverkan.\n"
    "Om ja, ange vilken slags handledning. Regelbunden extern handledning.\n"
    "Tjänsteställe Socialtjänsten Timrå Kommun\n"
    "Namnförtydligande Anna-Lena Engstedt\n"
    "Telefon 08-57829491\n";

}  // namespace

TEST_CASE("folded lines: a text fold -s wrapped is joined back as it was written") {
  std::string folded = FoldS(kForm, 30);
  REQUIRE(folded != kForm);
  UnfoldedText u;
  REQUIRE(UnfoldLines(folded, &u));
  CHECK(u.text == kForm);
  CHECK(u.width == 30);
  // Each line keeps the number of the first folded line it was joined from.
  CHECK(u.FoldedNumber(1) == 1);
  CHECK(u.FoldedNumber(2) == 3);
  CHECK(u.FoldedNumber(99) == 99);
}

TEST_CASE("folded lines: an address longer than the line is cut and joined without a space") {
  std::string folded = FoldS(kForm, 20);
  CHECK(folded.find("\nsusanne.aspling.bjor\n") != std::string::npos);
  UnfoldedText u;
  REQUIRE(UnfoldLines(folded, &u));
  CHECK(u.text == kForm);
}

TEST_CASE("folded lines: a word that fills the line before a blank is joined with the blank") {
  // LibreOffice's text export, a cell a line: "Socialförvaltningen" fills
  // 20 bytes, and fold -s, finding no blank on the line, cut it before the
  // blank that would not have fitted: the next line starts with it.
  const std::string text = std::string(kForm) + "Tjänsteställe\nSocialförvaltningen Lindesberg\n";
  std::string folded = FoldS(text, 20);
  REQUIRE(folded.find("\nSocialförvaltningen\n Lindesberg\n") != std::string::npos);
  UnfoldedText u;
  REQUIRE(UnfoldLines(folded, &u));
  CHECK(u.text == text);
  // A line narrower than the width before a line indented by one blank: no cut.
  const std::string indented = folded + "Socialtjänsten\n Timrå\n";
  REQUIRE(UnfoldLines(indented, &u));
  CHECK(u.text == text + "Socialtjänsten\n Timrå\n");
}

TEST_CASE("folded lines: a word that ends at the width before a capital is no cut word") {
  // "anna-lena.engstedt@tyreso.se" fills the 28 columns and ended its line
  // as written; the next line's "Detta" starts a word of its own.
  const std::string text = std::string(kForm) +
                           "E-postadress anna-lena.engstedt@tyreso.se\n"
                           "Detta dokument har beslutats digitalt och saknar underskrift\n";
  std::string folded = FoldS(text, 28);
  REQUIRE(folded.find("\nanna-lena.engstedt@tyreso.se\nDetta") != std::string::npos);
  UnfoldedText u;
  REQUIRE(UnfoldLines(folded, &u));
  CHECK(u.text == text);
}

TEST_CASE(
    "folded lines: spaces a writer left at lines' ends, where the next word fits, are no fold") {
  // The same lines each broken once after a space but where the next word
  // would have fitted on the line: no fold made these breaks.
  std::string text = "Kontaktuppgifter till den kommun som beviljats statsbidraget\n";
  for (int k = 0; k < 12; ++k) text += "Kommun " + std::to_string(k) + " \nTyresö\n";
  UnfoldedText u;
  u.width = -1;
  CHECK_FALSE(UnfoldLines(text, &u));
  CHECK(u.width == -1);  // left as it was
  // An unfolded text is no fold either.
  CHECK_FALSE(UnfoldLines(kForm, &u));
}

TEST_CASE("folded lines: a line that ends in a tab is not joined, nor a line before a blank") {
  std::string folded = FoldS(kForm, 30);
  // A tabbed row's end and the next row's first cell: the two readings
  // (one row wrapped at its tab, or two rows) cannot be told apart.
  std::string text = folded + "Kommun Västerås\t\nUtdelningsadress Vård\n" +
                     "Beviljat statsbidrag, kr \n\tÅrsanställningar\n";
  UnfoldedText u;
  REQUIRE(UnfoldLines(text, &u));
  CHECK(u.text == std::string(kForm) + "Kommun Västerås\t\nUtdelningsadress Vård\n" +
                      "Beviljat statsbidrag, kr \n\tÅrsanställningar\n");
}

TEST_CASE(
    "folded lines: a line that ends in a tab where the next word would not fit is undecided") {
  // `fold -s -w 33` of a prose paragraph and a table (cells at tabs): the
  // header row broken after its label's tab ("Kvinnor\tMän" on the next
  // line), a row after its women's count (the men's "21" on the next); the
  // last row ended at its tab, and the next line's word would have fitted.
  const std::string folded =
      "Ange antal klienter som fått \nstöd av personligt ombud under \nåret. Varje person som har "
      "\nfått stöd ska redovisas endast \nen gång per år, oavsett hur \nmånga gånger personen har "
      "haft \nkontakt med verksamheten under \nåret som gått.\n\nKlienter med "
      "hemmavarande\t\nKvinnor\tMän\nAntal "
      "klienter som, helt eller \ndelvis, har hemmavarande barn \nunder 18 år vilka är kända "
      "\nför verksamheten.\t78\t\n21\nKommun\t\nTimrå\n";
  UnfoldedText u;
  REQUIRE(UnfoldLines(folded, &u));
  CHECK(u.width == 33);
  // Lines 3 ("Klienter med hemmavarande\t") and 5 (the row ending "78\t")
  // of the text as joined; not 7 ("Kommun\t": "Timrå" would have fitted).
  CHECK(u.text.find("Klienter med hemmavarande\t\nKvinnor\tMän\nAntal klienter som, helt "
                    "eller delvis,") != std::string::npos);
  CHECK(u.undecided == std::vector<int>{3, 5});
}

TEST_CASE("folded lines: a text with carriage returns or NUL bytes is left alone") {
  std::string folded = FoldS(kForm, 30);
  UnfoldedText u;
  CHECK_FALSE(UnfoldLines(folded + "\r\n", &u));
  CHECK_FALSE(UnfoldLines(folded + std::string(1, '\0'), &u));
}

TEST_CASE("folded lines: a laid-out text with pages but no row broken inside a gap is left alone") {
  // Lines that end in a space short of the widest, whose next word would
  // not have fitted, prove a fold in prose; with form feeds and a gap
  // between columns (a laid-out text's pages) they may be a text cut at a
  // column in characters, each å, ä, ö two bytes (cut_lines.h): not joined
  // without 4 rows or more broken inside a gap between columns.
  const std::string laid_out = std::string(kForm) + "Kommun           Tyresö\n";
  std::string folded = FoldS(laid_out, 30);
  UnfoldedText u;
  REQUIRE(UnfoldLines(folded, &u));
  CHECK_FALSE(UnfoldLines("\f" + folded, &u));
  // Raw `pdftotext` through `fold -s -w 50`: pages, but one space between
  // words on every line, no laid-out text: its fold is joined back, and a
  // page's first line is joined to nothing ("Bedömningsriktlinjer eller
  // prioriteringsordning" / "Ja", which would have fitted).
  const std::string raw =
      "\f" + std::string(kForm) + "\n\fBedömningsriktlinjer eller prioriteringsordning\nJa\n";
  REQUIRE(UnfoldLines(FoldS(raw, 30), &u));
  CHECK(u.text == raw);
}

TEST_CASE("folded lines: a laid-out text's rows broken inside their gaps are joined, over pages") {
  // `pdftotext -layout` of two pages (a form feed before the second's first
  // line), its columns parted by runs of spaces, through `fold -s -w 40`:
  // a row wider than 40 is broken after the last blank that fits, inside
  // the gap before its last column ("därav ... 14" and " 2" on the next).
  const std::string table =
      "                             Kvinnor      Män\n"
      "Totalt antal klienter        29           5\n"
      "därav mellan 18 och 29 år    14           2\n"
      "därav mellan 30 och 49 år    9            3\n";
  const std::string text = std::string(kForm) + "\f" + table + "\f" + kForm + "\f" + table;
  std::string folded = FoldS(text, 40);
  REQUIRE(folded.find("29 år    14       \n    2\n") != std::string::npos);
  UnfoldedText u;
  REQUIRE(UnfoldLines(folded, &u));
  CHECK(u.width == 40);
  CHECK(u.text == text);
  // A line before a page's first line is never joined to it: `fold` breaks
  // no line before a form feed, which only a page's first line starts with.
  const std::string paged = folded + "Kommun Västerås och Sala har \n\fUtdelningsadress Vård\n";
  REQUIRE(UnfoldLines(paged, &u));
  CHECK(u.text == text + "Kommun Västerås och Sala har \n\fUtdelningsadress Vård\n");
}

TEST_CASE("folded lines: a page of prose whose every blank-ended line is proven needs few gaps") {
  // `fold -s -w 40` of a laid-out text whose tables are mostly narrower
  // than the width: two rows broken inside their gaps, under the 4 a laid-out
  // text's fold is asked to show; but 16 lines or more end in a blank where
  // the next word would not have fitted, and none where it would have (a
  // text cut at a column leaves that to chance): the fold is proven.
  const std::string table =
      "                             Kvinnor      Män\n"
      "Totalt antal klienter        29           5\n"
      "Antal nya klienter  4  3\n";
  const std::string text = std::string(kForm) + "\f" + table + "\f" + kForm;
  const std::string folded = FoldS(text, 40);
  REQUIRE(folded.find("29         \n  5\n") != std::string::npos);
  UnfoldedText u;
  REQUIRE(UnfoldLines(folded, &u));
  CHECK(u.text == text);
  // One line that ends in a blank where the next word would have fitted
  // (a line a writer left a blank at the end of): not proven.
  const std::string loose = folded + "\fKommun \nTyresö\n";
  CHECK_FALSE(UnfoldLines(loose, &u));
}

TEST_CASE("folded lines: rows a fold too seldom shows broken inside a gap are named, not joined") {
  // `pdftotext -layout` of a page with marks right of "Ja" and "Nej",
  // through `fold -s -w 50`: only the two rows reaching past 50 bytes are
  // broken, inside the gap before "Nej"'s box, too few to prove the fold.
  const std::string row = "Kommun" + std::string(34, ' ') + "\u2612" + std::string(8, ' ');
  const std::string text =
      "Om ja, uppskatta hur lång väntetiden är eller har varit i er kommun\n"
      "\f                                    Ja       Nej\n" +
      row + "\u2610\n" + "Förening" + std::string(32, ' ') + "\u2610" + std::string(8, ' ') +
      "\u2612\n" + "Stiftelse\n";
  const std::string folded = FoldS(text, 50);
  // Broken inside the gap: "Kommun ... ☒" + 7 blanks, then " ☐".
  REQUIRE(folded.find(row.substr(0, 50) + "\n" + row.substr(50) + "\u2610\n") != std::string::npos);
  UnfoldedText u;
  REQUIRE_FALSE(UnfoldLines(folded, &u));
  int width = 0;
  // Lines 4 and 6 (the rows), not line 1 (the question, wrapped at one blank).
  CHECK(UnprovenGapFolds(folded, &width) == std::vector<int>{4, 6});
  CHECK(width == 50);
  // Without pages (no form feed) the text is no laid-out one: nothing named.
  std::string unpaged = folded;
  unpaged.erase(unpaged.find('\f'), 1);
  CHECK(UnprovenGapFolds(unpaged, &width).empty());
  // Not folded: no line ends in a blank.
  CHECK(UnprovenGapFolds(text, &width).empty());
}

TEST_CASE("folded lines: pandoc's table folded narrow is joined back, rules and padding too") {
  // `pandoc -t plain` writes a table between dashed rules, its header's
  // words over empty columns, its rows padded with blanks; `fold -s -w 20`
  // cuts a rule where the line ends (no blank in it) or before the blank
  // between two groups, breaks the header's leading blanks into lines of
  // nothing but blanks, and a row's padding past the width into such lines.
  const std::string table =
      "  ---------------------------------------------- ------------- -----------\n"
      "                                                 Kvinnor       Män\n"
      "\n"
      "  Totalt antal klienter                          29            5\n"
      "\n"
      "  därav 65 år och över                                         \n"
      "  ---------------------------------------------- ------------- -----------\n"
      "\n"
      "  -------------------- --------------------------------------------------\n";
  const std::string text = std::string(kForm) + table;
  std::string folded = FoldS(text, 20);
  REQUIRE(folded.find("\n--------------------\n------ \n") != std::string::npos);
  REQUIRE(folded.find("\n                    \n                    \n         Kvinnor") !=
          std::string::npos);
  REQUIRE(folded.find("\n--------------------\n \n") != std::string::npos);
  UnfoldedText u;
  REQUIRE(UnfoldLines(folded, &u));
  CHECK(u.text == text);
}

TEST_CASE("folded lines: a word that ended the line with its comma is not joined to a capital") {
  // "intresseföreningar," fills the 20 bytes and ended its line; the next
  // line's "Region" starts a line of its own. "Arbetsförmedlingen," fills
  // the line before a blank that the next word would not have fitted
  // after: the blank stands alone on a line, and the three are one line.
  const std::string text = std::string(kForm) +
                           "samtliga kommuner, intresseföreningar,\n"
                           "Region Västmanland, Arbetsförmedlingen, Försäkringskassan, och\n";
  std::string folded = FoldS(text, 20);
  REQUIRE(folded.find("\nintresseföreningar,\nRegion ") != std::string::npos);
  REQUIRE(folded.find("\nArbetsförmedlingen,\n \nFörsäkringskassan,\n och") != std::string::npos);
  UnfoldedText u;
  REQUIRE(UnfoldLines(folded, &u));
  CHECK(u.text == text);
}

TEST_CASE("folded lines: a rule stands on its own line, not on the padding of the row above") {
  // A row padded to twice the width: its padding's last line as wide as
  // the width, then the rule's indent alone on a line (its dashes would not
  // have fitted after it). Read as a row going on into the rule, the rule
  // would be an answer's text.
  const std::string table =
      "  Om nej, ange varför." + std::string(47, ' ') + "\n" +
      "  ------------------------------------------------------------ ----- -----\n";
  const std::string text = std::string(kForm) + table;
  std::string folded = FoldS(text, 35);
  REQUIRE(folded.find("varför.            \n" + std::string(35, ' ') + "\n  \n---") !=
          std::string::npos);
  UnfoldedText u;
  REQUIRE(UnfoldLines(folded, &u));
  CHECK(u.text == text);
}

TEST_CASE("folded lines: a padded row that ends at the width is not joined past the rules' width") {
  // pandoc's rows padded with blanks: a row whose padding ends where the
  // line does, before the next row's indent, reads as a row broken inside
  // a gap. In a text of rules and padded lines that join is undone where
  // the line would run wider than every line made without one.
  std::string text = kForm;
  for (int k = 0; k < 8; ++k) text += "  Ja    \n\n";
  const std::string rows =
      "  --------------------------------------- ---------------------- ----------------\n"
      "  Kontaktperson Susanne Aspling Björkstén Avdelning/Enhet        \n"
      "  021-39 20 82                            Personligt Ombud       \n"
      "  --------------------------------------- ---------------------- ----------------\n";
  text += rows;
  std::string folded = FoldS(text, 35);
  REQUIRE(folded.find("Avdelning/Enhet        \n  021-39 20 82 ") != std::string::npos);
  UnfoldedText u;
  REQUIRE(UnfoldLines(folded, &u));
  CHECK(u.text == text);
  // Without the rules, nothing bounds the join: a laid-out text's row.
  std::string bare = kForm;
  for (int k = 0; k < 8; ++k) bare += "  Ja    \n\n";
  bare +=
      "  Kontaktperson Susanne Aspling Björkstén Avdelning/Enhet        \n"
      "  021-39 20 82                            Personligt Ombud       \n";
  REQUIRE(UnfoldLines(FoldS(bare, 35), &u));
  CHECK(u.text.find("Enhet          021-39 20 82") != std::string::npos);
}

namespace {

// catdoc's wrap of paragraphs parted by blank lines: each paragraph longer
// than `width` bytes (a tab one byte) broken at its last blank that fits,
// the blank taken by the break.
std::string WrapParagraphs(const std::string& text, size_t width) {
  std::string out;
  size_t b = 0;
  while (b <= text.size()) {
    size_t e = text.find('\n', b);
    std::string line = text.substr(b, e == std::string::npos ? std::string::npos : e - b);
    while (line.size() > width) {
      size_t blank = line.find_last_of(" \t", width);
      out += line.substr(0, blank) + "\n";
      line = line.substr(blank + 1);
    }
    out += line;
    if (e == std::string::npos) break;
    out += "\n";
    b = e + 1;
  }
  return out;
}

// A form's rows and paragraphs, each parted from the next by a blank line.
const char kParagraphs[] =
    "Kontaktperson Anna-Lena Engstedt\tAvdelning/Enhet Arbetsmarknads- och "
    "socialförvaltningen\n\n"
    "\tNämnd Arbetsmarknads- och socialnämnden\tTelefon (inkl. riktnummer) 08-578 294 91\n\n"
    "Om ja, uppskatta hur lång väntetiden är eller har varit i er kommun under 2020. "
    "3-4 månader\n\n"
    "¹ Anges med två decimaler. För ett ombud på heltid (40 timmar i veckan) och ett på "
    "halvtid (20 timmar i veckan) anges 1,50.\n\n"
    "Ombuden har erbjudits utbildning.\t☒\t☐\n\n"
    "Titel Förvaltningschef\tTjänsteställe Arbetsmarknads- och socialförvaltningen\n\n"
    "Kommun/kommuner Sala, Köping, Arboga, Kungsör, Hallstahammar, Surahammar, Norberg, "
    "Fagersta, Skinnskatteberg\n\n"
    "Verksamheten för personliga ombud har tillhandahållit ett ökat utbud av stödinsatser\t"
    "  FORMCHECKBOX   \t  FORMCHECKBOX   \n\n"
    "Om ja, ange vilken/vilka utbildningar. Aktion Livräddning 21 okt Forskningsdag "
    "socialpsykiatri 11 feb, Barnperspektivet 9 juni\n\n"
    "Den eller de kommuner, förutom redovisande kommun, som redovisningen omfattar\n\n"
    "Kommun Tyresö\n";

}  // namespace

TEST_CASE("folded lines: paragraphs parted by blank lines and wrapped at one width are joined") {
  std::string wrapped = WrapParagraphs(kParagraphs, 72);
  REQUIRE(wrapped != kParagraphs);
  UnfoldedText u;
  CHECK_FALSE(UnfoldLines(wrapped, &u));  // no line ends in a space: no fold -s
  REQUIRE(UnwrapParagraphs(wrapped, &u));
  CHECK(u.text == kParagraphs);
  CHECK(u.width > 60);
  CHECK(u.width <= 72);
  // Each line keeps the number of the first wrapped line it was joined from.
  CHECK(u.FoldedNumber(1) == 1);
  CHECK(u.FoldedNumber(3) == 4);
  // A page break's line parts paragraphs as a blank line does.
  std::string paged = wrapped + "\n\f\n\n" + wrapped;
  REQUIRE(UnwrapParagraphs(paged, &u));
  CHECK(u.text == std::string(kParagraphs) + "\n\f\n\n" + kParagraphs);
}

TEST_CASE("folded lines: a break inside a run of blanks is proven but left unjoined") {
  // The blank the break took may have been the tab between two marks' cells.
  std::string row = "Personliga ombud har sett ökad efterfrågan\t  FORMCHECKBOX";
  std::string rest = "  \t  FORMCHECKBOX   ";
  REQUIRE(row.size() + 1 + 5 + 12 > 72);
  std::string wrapped = WrapParagraphs(kParagraphs, 72);
  UnfoldedText u;
  REQUIRE(UnwrapParagraphs(wrapped + "\n" + row + "\n" + rest + "\n", &u));
  CHECK(u.text == std::string(kParagraphs) + "\n" + row + "\n" + rest + "\n");
}

TEST_CASE("folded lines: one line break the width does not prove and no paragraph is joined") {
  std::string wrapped = WrapParagraphs(kParagraphs, 72);
  UnfoldedText u;
  u.width = -1;
  // A heading over its text, with no blank line between: the next word
  // would have fitted, so the break is the writer's.
  CHECK_FALSE(UnwrapParagraphs("Utbildning\nOmbuden har erbjudits utbildning.\n\n" + wrapped, &u));
  // A form feed inside a paragraph.
  CHECK_FALSE(UnwrapParagraphs("\fKommun Tyresö\n" + wrapped, &u));
  CHECK(u.width == -1);  // left as it was
  // Too few breaks to prove a width.
  CHECK_FALSE(UnwrapParagraphs(WrapParagraphs(kParagraphs, 200), &u));
  CHECK_FALSE(UnwrapParagraphs(wrapped + "\r\n", &u));
  // Rows all as wide as the widest, each "broken" before the next: no width
  // is proven by lines of one length.
  std::string rows;
  for (int k = 0; k < 20; ++k) rows += "Totalt antal klienter\t29\t5\n";
  CHECK_FALSE(UnwrapParagraphs(rows, &u));
}

namespace {

// A text's width in columns, a tab to the next multiple of 8; a byte a
// column, or with `characters` a code point a column.
size_t Columns(const std::string& line, bool characters = false) {
  size_t col = 0;
  for (size_t i = 0; i < line.size();) {
    const char c = line[i];
    if (characters)
      NextCodePoint(line, &i);
    else
      ++i;
    col = c == '\t' ? (col / 8 + 1) * 8 : col + 1;
  }
  return col;
}

// A greedy refill at `width`, as fmt fills: each paragraph (parted by blank
// lines) its words in turn, each after the blank that stood before it (a
// space or a tab), on a line while it fits; a word longer than `width`
// alone on a line past it. With `shorter`, every `shorter`th line of the
// text is filled to 3/4 of `width` only, as fmt, choosing its breaks for a
// paragraph as a whole, leaves lines short of the width. With `characters`,
// widths counted in code points, as odt2txt's wrap counts them.
std::string Refill(const std::string& text, size_t width, size_t shorter = 0,
                   bool characters = false) {
  std::string out, line;
  size_t i = 0, lines = 0;
  auto flush = [&] {
    if (!line.empty()) out += line + "\n", ++lines;
    line.clear();
  };
  while (i < text.size()) {
    if (text[i] == '\n' && i + 1 < text.size() && text[i + 1] == '\n') {
      flush();
      out += "\n";
      i += 2;
      continue;
    }
    char blank = text[i] == '\t' ? '\t' : ' ';
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n') {
      ++i;
      if (line.empty()) continue;
    } else {
      blank = 0;
    }
    size_t e = text.find_first_of(" \t\n", i);
    std::string word = text.substr(i, e == std::string::npos ? std::string::npos : e - i);
    i = e == std::string::npos ? text.size() : e;
    std::string joined = line.empty() || !blank ? line + word : line + blank + word;
    const size_t limit = shorter > 0 && lines % shorter == shorter - 1 ? width * 3 / 4 : width;
    if (!line.empty() && Columns(joined, characters) > limit) {
      flush();
      line = word;
    } else {
      line = joined;
    }
  }
  flush();
  return out;
}

}  // namespace

TEST_CASE("folded lines: a tabbed text refilled narrow is told, a long word past its width") {
  // Rows of a label and two counts at tabs, a paragraph each, and an
  // address longer than the width, which the refill leaves alone on its line.
  std::string text = "Sänds in via e-post till vasternorrland@lansstyrelsen.se\n\n";
  for (int i = 1; i <= 30; ++i)
    text += "Antal klienter i grupp " + std::to_string(i) + " under året\t" + std::to_string(i) +
            "\t" + std::to_string(i + 1) + "\n\n";
  int width = 0;
  CHECK_FALSE(RefilledTabbedText(text, &width));  // as written: no row wrapped
  const std::string refilled = Refill(text, 20);
  REQUIRE(refilled.find("\nvasternorrland@lansstyrelsen.se\n") != std::string::npos);
  CHECK(RefilledTabbedText(refilled, &width));
  CHECK(width <= 20);  // the width filled to, not the address's 31 columns
}

namespace {

// A form as LibreOffice's text export writes it: a cell a line, no blank
// line between cells, a label and its answer in one cell.
std::string CellALine() {
  std::string text;
  for (int i = 1; i <= 12; ++i) {
    text += "Kontaktuppgifter del " + std::to_string(i) + "\n";
    text += "Kommun Timrå\nUtdelningsadress Storgatan " + std::to_string(i) + "\n";
    text += "Kontaktperson Inga-Lill Nilsson\nNämnd Socialnämnden\n\n";
  }
  return text;
}

// The lines of `text`.
std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  for (size_t b = 0; b < text.size();) {
    size_t e = text.find('\n', b);
    if (e == std::string::npos) e = text.size();
    out.push_back(text.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

bool EndsInMark(const std::string& line) {
  const std::string mark = kRefilledBreak;
  return line.size() >= mark.size() &&
         line.compare(line.size() - mark.size(), mark.size(), mark) == 0;
}

}  // namespace

TEST_CASE(
    "folded lines: a text a cell a line that fmt refilled has each line inside a paragraph "
    "marked") {
  const std::string text = CellALine();
  RefilledText out;
  CHECK_FALSE(RefilledParagraphs(text, &out));  // as written: its lines are its cells
  const std::string refilled = Refill(text, 30, 4);
  REQUIRE(RefilledParagraphs(refilled, &out));
  CHECK(out.width <= 30);
  // Each line followed by another of its paragraph ends in the mark, after
  // its last character; a paragraph's last line, and the blank lines, not.
  const std::vector<std::string> before = Lines(refilled), after = Lines(out.text);
  REQUIRE(before.size() == after.size());
  size_t marked = 0;
  for (size_t k = 0; k < before.size(); ++k) {
    const bool inside = !before[k].empty() && k + 1 < before.size() && !before[k + 1].empty();
    CHECK(EndsInMark(after[k]) == inside);
    CHECK(after[k].substr(0, before[k].size()) == before[k]);
    marked += inside;
  }
  CHECK(marked == out.breaks);
  CHECK(out.breaks > 20);
  // The reader's note names the width, and is told from other notes.
  int width = 0;
  CHECK(IsRefilledParagraphsNote(RefilledParagraphsNote(out.width, out.breaks), &width));
  CHECK(width == out.width);
  CHECK_FALSE(IsRefilledParagraphsNote("lines cut at column 40: ...", &width));
}

TEST_CASE("folded lines: a text a cell a line indented by tabs that fmt refilled is told") {
  // The tabbed export of a blank form (a tab before some cells, none
  // between words) after fmt: every other paragraph's lines indented by a
  // tab, as fmt keeps a paragraph's indentation.
  // The indented paragraphs refilled 8 columns narrower (fmt counts the
  // tab in the width).
  auto paragraphs = [](const std::string& text) {
    std::vector<std::vector<std::string>> out(1);
    for (const std::string& l : Lines(text)) {
      if (!l.empty())
        out.back().push_back(l);
      else if (!out.back().empty())
        out.emplace_back();
    }
    return out;
  };
  std::string form = CellALine(), again = CellALine();  // twice, each line its own
  for (size_t at = 0; (at = again.find("Storgatan", at)) != std::string::npos;)
    again.replace(at, 9, "Kyrkogatan");
  form += again;
  const auto wide = paragraphs(Refill(form, 30, 4));
  const auto narrow = paragraphs(Refill(form, 22, 4));
  REQUIRE(wide.size() == narrow.size());
  std::string tabbed;
  for (size_t p = 0; p < wide.size(); ++p) {
    const bool indented = p % 3 == 1;  // every third paragraph
    for (const std::string& l : indented ? narrow[p] : wide[p])
      tabbed += (indented ? "\t" : "") + l + "\n";
    tabbed += "\n";
  }
  REQUIRE(tabbed.find("\t") != std::string::npos);
  RefilledText out;
  REQUIRE(RefilledParagraphs(tabbed, &out));
  const std::vector<std::string> before = Lines(tabbed), after = Lines(out.text);
  REQUIRE(before.size() == after.size());
  for (size_t k = 0; k < before.size(); ++k) {
    const bool inside = !before[k].empty() && k + 1 < before.size() && !before[k + 1].empty();
    CHECK(EndsInMark(after[k]) == inside);
  }
  // Each paragraph under a short label indented by a tab, no blank line
  // between (the 2023 form's tabbed text, "\tSvar" over its answer): the
  // label's line ends where fmt ended a paragraph, not at the width,
  // however much room it left.
  std::string labelled;
  for (size_t p = 0; p < wide.size(); ++p) {
    labelled += "\tSvar\n";
    for (const std::string& l : wide[p]) labelled += l + "\n";
    labelled += "\n";
  }
  REQUIRE(RefilledParagraphs(labelled, &out));
  const std::vector<std::string> read = Lines(out.text), as_written = Lines(labelled);
  REQUIRE(read.size() == as_written.size());
  for (size_t k = 0; k + 1 < as_written.size(); ++k)  // a label's last line, unmarked
    if (!as_written[k].empty() && as_written[k][0] == '\t' && !as_written[k + 1].empty() &&
        as_written[k + 1][0] != '\t')
      CHECK_FALSE(EndsInMark(read[k]));
  // A tab after a line's first word: cells beside each other, not told here.
  std::string beside = tabbed;
  beside.replace(beside.find(' '), 1, "\t");
  CHECK_FALSE(RefilledParagraphs(beside, &out));
}

TEST_CASE(
    "folded lines: a greedy wrap, an indented layout or a tabbed text is no cell-a-line refill") {
  const std::string text = CellALine();
  RefilledText out;
  // Every line filled as far as it goes (pandoc, fold -s): no line short of
  // the width, which fmt's choice of breaks leaves.
  CHECK_FALSE(RefilledParagraphs(Refill(text, 30), &out));
  // A greedy wrap that counts characters (odt2txt's), of a text some of
  // whose lines hold letters of two bytes: in bytes, the widest line is 35
  // and a third of the others seem to leave room as fmt's do; in characters
  // none does. Before, it was taken for fmt's refill.
  std::string swedish;
  for (int i = 1; i <= 12; ++i) {
    const std::string n = std::to_string(i);
    swedish += "Kontaktuppgifter del " + n + "\nKommun Timrå\nUtdelningsadress Storgatan " + n +
               "\nKontaktperson Inga-Lill Nilsson " + n +
               "\nNämnd Äldreförvaltningen på Öland åt Åsa\n\n";
  }
  CHECK_FALSE(RefilledParagraphs(Refill(swedish, 30, 0, true), &out));
  RefilledText fmt;
  CHECK(RefilledParagraphs(Refill(swedish, 30, 4), &fmt));  // fmt's shorter lines: told
  // A laid-out text (pandoc's tables): most lines start with blanks.
  std::string indented;
  for (const std::string& l : Lines(Refill(text, 30, 4)))
    indented += (l.empty() ? "" : "  ") + l + "\n";
  CHECK_FALSE(RefilledParagraphs(indented, &out));
  // Nor one whose lines are a drawn table's rows (antiword's pipes).
  std::string piped;
  for (const std::string& l : Lines(Refill(text, 30, 4)))
    piped += (l.empty() ? "" : "|") + l + "\n";
  CHECK_FALSE(RefilledParagraphs(piped, &out));
  // A tab, a carriage return: other readings' texts.
  std::string tabbed = Refill(text, 30, 4);
  tabbed.replace(tabbed.find(' '), 1, "\t");
  CHECK_FALSE(RefilledParagraphs(tabbed, &out));
  CHECK(out.text.empty());  // left as it was
}

}  // namespace folded_lines_test
