#include "read/text/refilled_layout.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "read/text/folded_lines.h"

using namespace redovis;

namespace {

// `text`'s lines as the text reader splits them: at line feeds and form
// feeds, a form feed starting a page and no line number. Views `text`,
// which must outlive them.
std::vector<TextLine> Split(const std::string& text) {
  std::vector<TextLine> out;
  int page = 1, number = 1;
  size_t from = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\n' && text[i] != '\f') continue;
    TextLine l;
    l.text = std::string_view(text).substr(from, i - from);
    l.page = page;
    l.number = number;
    out.push_back(l);
    if (i < text.size() && text[i] == '\f') ++page;
    if (i < text.size() && text[i] == '\n') ++number;
    from = i + 1;
  }
  return out;
}

// The index of the line whose text starts with `head`.
size_t At(const std::vector<TextLine>& lines, const std::string& head) {
  for (size_t k = 0; k < lines.size(); ++k)
    if (lines[k].text.substr(0, head.size()) == head) return k;
  FAIL("no line starts with " << head);
  return 0;
}

bool Holds(const std::vector<size_t>& v, size_t k) {
  return std::find(v.begin(), v.end(), k) != v.end();
}

// A contact block and a row laid out by `pdftotext -layout`, as it stood
// before fmt refilled it (RefilledPage).
const char kLaidOutPage[] =
    "Kontaktuppgifter till den kommun som beviljats statsbidraget\n"
    "\n"
    "Kommun Västerås\n"
    "Utdelningsadress Vård och Omsorgsförvaltningen,     Postnummer 721 87     Postort\n"
    "Stadshuset                                                              VÄSTERÅS\n"
    "Kontaktperson Susanne Aspling Björkstén      Avdelning/Enhet Personligt\n"
    "\n"
    "                                            Antal kvinnor       Antal män\n"
    "\n"
    "Ange antalet personliga ombud               7                   3\n"
    "\n"
    "                Ombuden har erbjudits utbildning.\n"
    "                X\n"
    "\n"
    "Kommentera gärna ert svar:\n"
    "\n"
    "Träffar/Möten: Fysiskt (kontor, hemma hos klient eller annan plats), Digitalt (individuellt, "
    "grupp), Telefon.\n"
    "\n"
    "☒       Verksamheten har fått flera klienter\n"
    "☐       Verksamheten har tillhandahållit ett ökat utbud av stödinsatser till\n"
    "        klienterna\n"
    "☒       Verksamheten har ställt om sina arbetssätt\n"
    "\n"
    "Länsstyrelsen i Västmanlands län 721 86 Västerås\n"
    "\fStatsbidrag avseende år 2021\n"
    "\n"
    "      Underskrift\n";

// kLaidOutPage through `fmt -w 90`: each run of lines of one indentation
// joined and broken again; the page's first line joined after the line
// before it, its form feed inside the line.
const char kRefilledPage[] =
    "Kontaktuppgifter till den kommun som beviljats statsbidraget\n"
    "\n"
    "Kommun Västerås Utdelningsadress Vård och Omsorgsförvaltningen,     Postnummer 721 87\n"
    "Postort Stadshuset                                                              VÄSTERÅS\n"
    "Kontaktperson Susanne Aspling Björkstén      Avdelning/Enhet Personligt\n"
    "\n"
    "                                            Antal kvinnor       Antal män\n"
    "\n"
    "Ange antalet personliga ombud               7                   3\n"
    "\n"
    "                Ombuden har erbjudits utbildning.  X\n"
    "\n"
    "Kommentera gärna ert svar:\n"
    "\n"
    "Träffar/Möten: Fysiskt (kontor, hemma hos klient eller annan plats), Digitalt\n"
    "(individuellt, grupp), Telefon.\n"
    "\n"
    "☒       Verksamheten har fått flera klienter ☐       Verksamheten har tillhandahållit\n"
    "ett ökat utbud av stödinsatser till\n"
    "        klienterna\n"
    "☒       Verksamheten har ställt om sina arbetssätt\n"
    "\n"
    "Länsstyrelsen i Västmanlands län 721 86 Västerås \fStatsbidrag avseende år 2021\n"
    "\n"
    "      Underskrift\n";

}  // namespace

TEST_CASE("refilled layout: fmt's refill of a laid-out page, told by a form feed it joined") {
  const std::string text = kRefilledPage;
  const std::vector<TextLine> lines = Split(text);
  RefilledLayout found;
  REQUIRE(FindRefilledLayout(lines, &found));
  CHECK(found.width == 88);
  // A row's cells and the rows under it joined: not read.
  CHECK(Holds(found.lines, At(lines, "Kommun Västerås")));
  CHECK(Holds(found.lines, At(lines, "Postort Stadshuset")));
  CHECK(Holds(found.lines, At(lines, "Kontaktperson")));
  // A line alone between blank lines is read as it stands.
  for (const char* alone : {"Kontaktuppgifter", "Ange antalet", "      Underskrift"}) {
    CHECK_FALSE(Holds(found.lines, At(lines, alone)));
    CHECK_FALSE(Holds(found.marked, At(lines, alone)));
  }
  CHECK_FALSE(Holds(found.lines, At(lines, "                                            Antal")));
  // Two spaces after a sentence's end: fmt joined the box under the question.
  CHECK(Holds(found.lines, At(lines, "                Ombuden har")));
  // A paragraph of words alone is read with its lines' ends marked: an
  // answer reaching them is not taken.
  CHECK(Holds(found.marked, At(lines, "Träffar")));
  CHECK(Holds(found.marked, At(lines, "(individuellt")));
  CHECK_FALSE(Holds(found.lines, At(lines, "Träffar")));
  // A list's options between the same blank lines: none is read, not even
  // the one fmt left alone ("☒ ... ställt om"), lest the list read short.
  CHECK(Holds(found.lines, At(lines, "☒       Verksamheten har fått")));
  CHECK(Holds(found.marked, At(lines, "        klienterna")));
  CHECK(Holds(found.lines, At(lines, "☒       Verksamheten har ställt")));
  // Both pieces of the line holding the form feed.
  const size_t joined = At(lines, "Länsstyrelsen");
  CHECK(Holds(found.lines, joined));
  CHECK(Holds(found.lines, joined + 1));
  CHECK(lines[joined + 1].text.substr(0, 11) == "Statsbidrag");
}

TEST_CASE("refilled layout: the page as pdftotext laid it out is not told") {
  const std::string text = kLaidOutPage;
  RefilledLayout found;
  CHECK_FALSE(FindRefilledLayout(Split(text), &found));
  CHECK(found.lines.empty());
}

TEST_CASE("refilled layout: the text's last form feed joined to its last line is proof") {
  // A browser's print: its page count ends the page, and fmt joined the
  // last page's form feed to it.
  std::string text = kRefilledPage;
  text.erase(text.find(" \fStatsbidrag"), 2);
  RefilledLayout found;
  CHECK_FALSE(FindRefilledLayout(Split(text), &found));
  text += "file:///C:/Users/redovisning.html                                    5/5 \f\n";
  CHECK(FindRefilledLayout(Split(text), &found));
}

TEST_CASE("refilled layout: a form feed after a word in a text not laid out is not told") {
  // Prose whose page break fell inside a paragraph: no columns, no indentation.
  const std::string text =
      "Verksamheten bedrivs i samverkan med kommunerna i länet. Ombuden arbetar\n"
      "på uppdrag av klienten. \fArbetet följs upp av ledningsgruppen.\n"
      "\n"
      "Ledningsgruppen träffas fyra gånger om året.\n";
  RefilledLayout found;
  CHECK_FALSE(FindRefilledLayout(Split(text), &found));
}

TEST_CASE("refilled layout: its note is read back as a refill's, with the width") {
  const std::string note = RefilledLayoutNote(117, 12, 3);
  int width = 0;
  CHECK(IsRefilledParagraphsNote(note, &width));
  CHECK(width == 117);
  CHECK(note.find("12 lines") != std::string::npos);
}
