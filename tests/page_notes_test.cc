// Tests of the notes naming a page left out (src/read/pdf/page_notes.h).
#include "read/pdf/page_notes.h"

#include <doctest/doctest.h>

#include <string>

namespace redovis {
namespace page_notes_test {
namespace {

TEST_CASE("page notes: a page OCR could not read is named, with its code") {
  LeftOutPage why = LeftOutPage::kCut;
  int page = 0;
  const std::string note = LeftOutPageNote(LeftOutPage::kUnreadable, 7);
  CHECK(note == "page_unreadable: page 7 could not be read by OCR: no way up of it reads as text");
  CHECK(IsLeftOutPageNote(note, &why, &page));
  CHECK(why == LeftOutPage::kUnreadable);
  CHECK(page == 7);
  CHECK(std::string(LeftOutPageCode(why)) == "page_unreadable");
}

TEST_CASE("page notes: a page cut at its edge is named, with its code") {
  LeftOutPage why = LeftOutPage::kUnreadable;
  int page = 0;
  CHECK(IsLeftOutPageNote(LeftOutPageNote(LeftOutPage::kCut, 12), &why, &page));
  CHECK(why == LeftOutPage::kCut);
  CHECK(page == 12);
  CHECK(std::string(LeftOutPageCode(why)) == "page_cut");
}

TEST_CASE("page notes: a page MuPDF's HTML turned is named, with its code") {
  LeftOutPage why = LeftOutPage::kUnreadable;
  int page = 0;
  CHECK(IsLeftOutPageNote(LeftOutPageNote(LeftOutPage::kTurned, 2), &why, &page));
  CHECK(why == LeftOutPage::kTurned);
  CHECK(page == 2);
  CHECK(std::string(LeftOutPageCode(why)) == "page_turned");
}

TEST_CASE("page notes: other reader notes are not taken for them") {
  LeftOutPage why = LeftOutPage::kCut;
  int page = 0;
  CHECK_FALSE(IsLeftOutPageNote("OCR failed on 1 page(s)", &why, &page));
  CHECK_FALSE(IsLeftOutPageNote("2 page(s) could not be read and were skipped", &why, &page));
  CHECK_FALSE(IsLeftOutPageNote("page_cut: page x", &why, &page));
  CHECK_FALSE(IsLeftOutPageNote("page_unreadable: page 0 could not be read", &why, &page));
  CHECK(page == 0);
  CHECK(why == LeftOutPage::kCut);
}

}  // namespace
}  // namespace page_notes_test
}  // namespace redovis
