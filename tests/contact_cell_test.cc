#include "match/contact_cell.h"

#include <doctest/doctest.h>

#include "test_support.h"

namespace contact_cell_test {

using namespace redovis;

namespace {

ContactDetails Split(const std::string& raw, bool ocr = false) {
  return SplitContactCell(raw, testing::ProjectPatterns().vocabulary(), ocr);
}

std::string StartBefore(const std::string& text, const std::string& address, bool ocr) {
  return AddressStartBefore(text, address, testing::ProjectPatterns().vocabulary(), ocr);
}

}  // namespace

TEST_CASE("SplitContactCell: the name, the phone and the address, the words between them off") {
  ContactDetails d = Split("Anna Berg, tel 0920-12345, e-post anna.berg@kommun.se");
  CHECK(d.name == "Anna Berg");
  CHECK(d.phone == "0920-12345");
  CHECK(d.email == "anna.berg@kommun.se");
  CHECK(d.address_start.empty());
  // The details before the name: the name is after them.
  d = Split("tel 0920-12345 Anna Berg");
  CHECK(d.name == "Anna Berg");
  CHECK(d.email.empty());
  // The next cell's word run on after the address: the name is before.
  d = Split("Susanne Aspling Björkstén 021-39 20 82 susanne.aspling.bjorksten@vasteras.se Ombud");
  CHECK(d.name == "Susanne Aspling Björkstén");
  CHECK(d.email == "susanne.aspling.bjorksten@vasteras.se");
  // Words between the details: which are the name is not told, as written.
  d = Split("Anna 0920-12345 Berg anna@kommun.se");
  CHECK(d.name == "Anna Berg");
  // No detail: the text is the name.
  CHECK(Split("Anna Berg").name == "Anna Berg");
}

TEST_CASE("SplitContactCell: a lower-case word before an address OCR read may be its start") {
  const std::string cell =
      "Susanne Aspling Björkstén 021-39 20 82 susanne aspling.bjorksten@vasteras.se";
  ContactDetails d = Split(cell, true);
  CHECK(d.address_start == "susanne");
  CHECK(d.email == "aspling.bjorksten@vasteras.se");
  CHECK(d.name == "Susanne Aspling Björkstén");  // the word is no part of the name
  // Not read by OCR: a blank is a blank; the word stays where it was written.
  d = Split(cell, false);
  CHECK(d.address_start.empty());
  CHECK(d.name == "Susanne Aspling Björkstén susanne");
  // A word that introduces the address is no part of it.
  for (const char* intro : {"e-post", "epost:", "mejl", "e-postadress", "mail:"}) {
    d = Split(std::string("Anna Berg ") + intro + " anna@kommun.se", true);
    CHECK_MESSAGE(d.address_start.empty(), intro);
    CHECK_MESSAGE(d.name == "Anna Berg", intro);
    CHECK_MESSAGE(d.email == "anna@kommun.se", intro);
  }
}

TEST_CASE("AddressStartBefore: a word ending in an address's mark, or lower case read by OCR") {
  // A point, hyphen or underscore at the word's end: in any rendering.
  for (bool ocr : {false, true}) {
    CHECK(StartBefore("inga-lill. nilsson@timra.se", "nilsson@timra.se", ocr) == "inga-lill.");
    CHECK(StartBefore("Inga- nilsson@timra.se", "nilsson@timra.se", ocr) == "Inga-");
    CHECK(StartBefore("inga_ nilsson@timra.se", "nilsson@timra.se", ocr) == "inga_");
  }
  // A lower-case word: only where OCR read it.
  CHECK(StartBefore("svar susanne aspling@vasteras.se", "aspling@vasteras.se", true) == "susanne");
  CHECK(StartBefore("susanne aspling@vasteras.se", "aspling@vasteras.se", false).empty());
  CHECK(StartBefore("åsa berg@vasteras.se", "berg@vasteras.se", true) == "åsa");
  // A name's word, digits, a word that introduces the address, signs: none.
  CHECK(StartBefore("Susanne aspling@vasteras.se", "aspling@vasteras.se", true).empty());
  CHECK(StartBefore("021-39 aspling@vasteras.se", "aspling@vasteras.se", true).empty());
  CHECK(StartBefore("e-post aspling@vasteras.se", "aspling@vasteras.se", true).empty());
  CHECK(StartBefore("(x) aspling@vasteras.se", "aspling@vasteras.se", true).empty());
  CHECK(StartBefore("tel: aspling@vasteras.se", "aspling@vasteras.se", true).empty());
  // No blank before it, the address first, or not in the text: none.
  CHECK(StartBefore("susanne,aspling@vasteras.se", "aspling@vasteras.se", true).empty());
  CHECK(StartBefore("aspling@vasteras.se", "aspling@vasteras.se", true).empty());
  CHECK(StartBefore("Anna Berg", "aspling@vasteras.se", true).empty());
  CHECK(StartBefore("Anna Berg", "", true).empty());
}

}  // namespace contact_cell_test
