#include "segment/page_order.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_support.h"

namespace page_order_test {

using namespace redovis;
using redovis::testing::ProjectPatterns;

namespace {

using Page = std::vector<std::string>;

/// A document of one-cell lines, page by page, in the order given.
Document Paged(const std::vector<Page>& pages) {
  Document doc;
  doc.format = "text";
  doc.page_count = static_cast<int>(pages.size());
  int number = 0;
  for (size_t p = 0; p < pages.size(); ++p)
    for (const std::string& text : pages[p]) {
      Line line;
      Cell cell;
      cell.text = text;
      line.cells.push_back(cell);
      line.page = static_cast<int>(p) + 1;
      line.number = ++number;
      doc.lines.push_back(line);
    }
  return doc;
}

// The four pages of a 2020 form, in the form's order.
const Page kOpening = {"REDOVISNING",
                       "Statsbidrag avseende år 2020",
                       "Kontaktuppgifter till den kommun som beviljats statsbidraget",
                       "Kommun: Tyresö",
                       "1. Personliga ombud",
                       "Totalt antal ombudstjänster: 2"};
const Page kClients = {"2. Klienter", "Antal klienter: 40", "3. Kontakt med verksamheten",
                       "Ekonomi 12 7"};
const Page kAccess = {"4. Tillgång till personligt ombud", "Har ni haft kö? Nej",
                      "5. Organisation, ledning och samverkan", "Kommunen är utförare"};
const Page kEnd = {"6. Tillgång till samhällsservice",
                   "7. Ekonomi",
                   "Har Coronapandemin påverkat er användning av statsbidraget",
                   "8. Coronapandemin",
                   "9. Övrigt",
                   "10. Underskrift av behörig företrädare för kommunen"};

std::vector<int> Order(const std::vector<Page>& pages) {
  return ProvenPageOrder(ProjectPatterns(), Paged(pages));
}

}  // namespace

TEST_CASE("pages fed backwards are read in the order of the form's sections") {
  CHECK(Order({kEnd, kAccess, kClients, kOpening}) == std::vector<int>{4, 3, 2, 1});
}

TEST_CASE("shuffled pages are read in the order of the form's sections") {
  CHECK(Order({kClients, kOpening, kAccess, kEnd}) == std::vector<int>{2, 1, 3, 4});
  CHECK(Order({kAccess, kEnd, kOpening, kClients}) == std::vector<int>{3, 4, 1, 2});
}

TEST_CASE("pages in order are read as they lie") {
  CHECK(Order({kOpening, kClients, kAccess, kEnd}).empty());
}

TEST_CASE("a report opening on its first page, its later pages out of order, is put in order") {
  CHECK(Order({kOpening, kAccess, kClients, kEnd}) == std::vector<int>{1, 3, 2, 4});
}

TEST_CASE("a page without a heading is placed by the questions it holds") {
  // The signatures alone on the last page, a section's questions going on
  // over a page of their own: no heading on either.
  const Page sign = {"Datum 2020-01-12",
                     "Detta dokument har beslutats digitalt och saknar därmed "
                     "underskrift"};
  const Page reasons = {"Om annan orsak, ange vilken. Stöd vid kontakt med kronofogden.",
                        "Ser ni några tendenser till förändring vad gäller orsaken till att "
                        "klienter tar kontakt med personligt ombud under 2020?"};
  CHECK(Order({sign, kEnd, kAccess, reasons, kClients, kOpening}) ==
        std::vector<int>{6, 5, 4, 3, 2, 1});
  CHECK(Order({reasons, kOpening, sign, kClients, kEnd, kAccess}) ==
        std::vector<int>{2, 4, 1, 6, 5, 3});
}

TEST_CASE("a question does not place its page where its words stand in several places") {
  // "Om nej, ange varför." is asked under utbildning, handledning and
  // bedömningsriktlinjer; "Telefon" in the contact details and under the
  // signature; "Ja" everywhere: no place, no proof.
  for (const Page& vague : {Page{"Om nej, ange varför.", "Det fanns inga platser."},
                            Page{"Telefon (inkl. riktnummer) 060-16 34 92"}, Page{"Ja", "Nej"}})
    CHECK(Order({kEnd, vague, kAccess, kClients, kOpening}).empty());
}

TEST_CASE("an answer that opens with a word of a question does not place its page") {
  // "Psykiatrin" is a row of the steering group (section 5), but the answer
  // to another question that begins with it is no row.
  const Page answer = {"Psykiatrin: remisserna tar lång tid och klienterna väntar."};
  CHECK(Order({kEnd, answer, kAccess, kClients, kOpening}).empty());
}

TEST_CASE("a form's opening over a page break places both pages at its head") {
  // The title on one page, the year line and the contact details on the
  // next: both open the report.
  const Page title = {"REDOVISNING",
                      "Statsbidrag till kommuner som bedriver verksamhet med personligt ombud"};
  const Page year = {"Statsbidrag avseende år 2020",
                     "Kontaktuppgifter till den kommun som beviljats statsbidraget",
                     "Kommun: Tyresö", "1. Personliga ombud"};
  CHECK(Order({kClients, year, title, kAccess, kEnd}) == std::vector<int>{3, 2, 1, 4, 5});
  // A title at every page's top places no page before another.
  Page access = kAccess, end = kEnd;
  access.insert(access.begin(), "REDOVISNING");
  end.insert(end.begin(), "REDOVISNING");
  Page titled_year = year;
  titled_year.insert(titled_year.begin(), "REDOVISNING");
  CHECK(Order({end, access, titled_year}).empty());
}

TEST_CASE("a page without evidence of its place keeps the order as it is") {
  Page letter = {"Hej! Här kommer vår redovisning.", "Med vänlig hälsning, Anna"};
  CHECK(Order({kEnd, kAccess, kClients, kOpening, letter}).empty());
}

TEST_CASE("conflicting evidence keeps the order as it is") {
  // One section's heading on two pages.
  Page access_again = kAccess;
  access_again.push_back("2. Klienter");
  CHECK(Order({kEnd, access_again, kClients, kOpening}).empty());
  // Pages overlapping in the form's order (4-5 and 5-6 are fine, 4-6 and 5
  // are not).
  Page wide = {"4. Tillgång till personligt ombud", "6. Tillgång till samhällsservice"};
  Page middle = {"5. Organisation, ledning och samverkan"};
  CHECK(Order({wide, middle, kClients, kOpening}).empty());
  // Printed page counts that say another order than the sections.
  Page end = kEnd, access = kAccess, clients = kClients, opening = kOpening;
  end.push_back("3/4");
  access.push_back("4/4");
  clients.push_back("2/4");
  opening.push_back("1/4");
  CHECK(Order({end, access, clients, opening}).empty());
}

TEST_CASE("printed page counts order pages the sections cannot place") {
  Page more = {"Kommentar till tabellen: fler klienter än förra året."};
  Page end = kEnd, clients = kClients, opening = kOpening;
  opening.push_back("1/4");
  clients.push_back("2/4");
  more.push_back("3/4");
  end.push_back("4/4");
  CHECK(Order({end, more, clients, opening}) == std::vector<int>{4, 3, 2, 1});
  // A count missing from one page: no proof.
  end.pop_back();
  CHECK(Order({end, more, clients, opening}).empty());
}

TEST_CASE("two reports back to back are never reordered across each other") {
  // Report B's pages before report A's, each report's own in order: every
  // heading met twice.
  CHECK(Order({kAccess, kEnd, kOpening, kClients, kOpening, kClients, kAccess, kEnd}).empty());
  CHECK(Order({kClients, kOpening, kEnd, kAccess, kOpening, kClients, kAccess, kEnd}).empty());
}

TEST_CASE("pages whose evidence disagrees with their order and proves none are told out of order") {
  auto out_of_order = [](const std::vector<Page>& pages) {
    bool told = true;
    const std::vector<int> order = ProvenPageOrder(ProjectPatterns(), Paged(pages), &told);
    return order.empty() && told;
  };
  // A page without evidence of its place: no proof, the sections going
  // back after the opening, or a heading before it, all the same.
  const Page more = {"Kommentar till tabellen: fler klienter än förra året."};
  CHECK(out_of_order({kOpening, kAccess, more, kClients, kEnd}));
  CHECK(out_of_order({kAccess, more, kOpening, kClients, kEnd}));
  // In order, proven (and put in order), or two reports back to back: not.
  CHECK_FALSE(out_of_order({kOpening, kClients, kAccess, kEnd}));
  CHECK_FALSE(out_of_order({kOpening, kClients, more, kAccess, kEnd}));
  CHECK_FALSE(out_of_order({kEnd, kAccess, kClients, kOpening}));
  CHECK_FALSE(out_of_order({kOpening, kClients, kAccess, kEnd, kOpening, kClients, kAccess, kEnd}));
  CHECK_FALSE(out_of_order({kAccess, kEnd, kOpening, kClients, kOpening, kClients, kAccess, kEnd}));
  // Two pages of one section's questions alone, its heading not known to
  // the edition ("6. Organisation ..." where the form prints 5): which page
  // comes first is not proven, but nothing goes back: not out of order.
  const Page access = {"4. Tillgång till personligt ombud", "Har ni haft kö? Nej"};
  const Page org = {"6. Organisation, ledning och samverkan", "Ange vem som är utförare"};
  const Page org_more = {"Om annan utförare än kommunen, ange organisationens namn: RSMH"};
  CHECK_FALSE(out_of_order({kOpening, kClients, access, org, org_more, kEnd}));
}

TEST_CASE("PagesOutOfOrderNote is told apart from every other note") {
  CHECK(IsPagesOutOfOrderNote(PagesOutOfOrderNote()));
  std::string pages;
  CHECK_FALSE(IsPageOrderNote(PagesOutOfOrderNote(), &pages));
  CHECK_FALSE(IsPagesOutOfOrderNote(PageOrderNote({2, 1})));
}

TEST_CASE("a page without text goes with the page it followed") {
  CHECK(Order({kEnd, {""}, kAccess, kClients, kOpening}) == std::vector<int>{5, 4, 3, 1, 2});
}

TEST_CASE("PutPagesInOrder moves whole pages and keeps each line's place in the file") {
  Document doc = Paged({{"a", "b"}, {"c"}, {"d", "e"}});
  PutPagesInOrder({3, 1, 2}, &doc);
  std::vector<std::string> texts;
  std::vector<int> pages, numbers;
  for (const Line& l : doc.lines) {
    texts.push_back(l.cells[0].text);
    pages.push_back(l.page);
    numbers.push_back(l.number);
  }
  CHECK(texts == std::vector<std::string>{"d", "e", "a", "b", "c"});
  CHECK(pages == std::vector<int>{3, 3, 1, 1, 2});
  CHECK(numbers == std::vector<int>{4, 5, 1, 2, 3});
}

}  // namespace page_order_test
