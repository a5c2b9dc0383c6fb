// Tests of read/glyphs: the one table of check-box glyphs.
#include "read/glyphs.h"

#include <doctest/doctest.h>
#include <unicode/uchar.h>

#include <string>

#include "base/utf8.h"

namespace glyphs_test {

using namespace redovis;

namespace {

std::string CharName(UChar32 c) {
  char name[100];
  UErrorCode status = U_ZERO_ERROR;
  u_charName(c, U_UNICODE_CHAR_NAME, name, sizeof name, &status);
  return U_SUCCESS(status) ? std::string(name) : std::string();
}

constexpr CheckboxState kOn = CheckboxState::kChecked;
constexpr CheckboxState kOff = CheckboxState::kUnchecked;
constexpr CheckboxState kNone = CheckboxState::kNone;

}  // namespace

TEST_CASE("glyphs: every Unicode glyph is a ballot box or a check mark, by ICU's name") {
  REQUIRE(UnicodeBoxGlyphs().size() == 5);
  for (const BoxGlyph& g : UnicodeBoxGlyphs()) {
    std::string name = CharName(g.code);
    INFO(name);
    CHECK(g.state != kNone);
    if (g.state == kOff) {
      CHECK(name == "BALLOT BOX");
    } else {
      CHECK((name.find("CHECK") != std::string::npos || name == "BALLOT BOX WITH X"));
    }
    CHECK(UnicodeBoxState(g.code) == g.state);
    CHECK(TextBoxState(g.code) == g.state);
    // Found inside text, with its UTF-8 length.
    std::string text = "Ja " + EncodeUtf8(g.code) + " Nej";
    FoundBoxGlyph f = FindBoxGlyph(text, 0);
    CHECK(f.offset == 3);
    CHECK(f.length == EncodeUtf8(g.code).size());
    CHECK(f.state == g.state);
  }
}

TEST_CASE("glyphs: the states every reader relied on") {
  // The Unicode glyphs (Word and OpenDocument text, PDF text layers).
  for (UChar32 c : {0x2611, 0x2612, 0x2713, 0x2714}) CHECK(UnicodeBoxState(c) == kOn);
  CHECK(UnicodeBoxState(0x2610) == kOff);
  // Word's w:sym characters, by font.
  for (UChar32 c : {0xFE, 0xFD, 0x78, 0xFC}) {
    CHECK(SymbolBoxState("Wingdings", c) == kOn);
    CHECK(SymbolBoxState("Wingdings", 0xF000 + c) == kOn);
  }
  for (UChar32 c : {0xA8, 0x6F, 0x71}) {
    CHECK(SymbolBoxState("Wingdings", c) == kOff);
    CHECK(SymbolBoxState("Wingdings", 0xF000 + c) == kOff);
  }
  for (UChar32 c : {0x52, 0x53, 0x54, 0x50}) {
    CHECK(SymbolBoxState("Wingdings 2", c) == kOn);
    CHECK(SymbolBoxState("Wingdings 2", 0xF000 + c) == kOn);
  }
  for (UChar32 c : {0xA3, 0x2A}) CHECK(SymbolBoxState("Wingdings 2", 0xF000 + c) == kOff);
  // A PDF's text layer: the Unicode glyphs and the Wingdings private-use codes.
  for (UChar32 c : {0x2611, 0x2612, 0x2713, 0x2714, 0xF078, 0xF0FD, 0xF0FE, 0xF0FC})
    CHECK(TextBoxState(c) == kOn);
  for (UChar32 c : {0x2610, 0xF06F, 0xF0A8, 0xF071}) CHECK(TextBoxState(c) == kOff);
}

TEST_CASE("glyphs: the symbol-font tables hold only their fonts' codes") {
  for (const char* font : {"Wingdings", "Wingdings 2"}) {
    REQUIRE_FALSE(SymbolFontBoxGlyphs(font).empty());
    for (const BoxGlyph& g : SymbolFontBoxGlyphs(font)) {
      CHECK(g.code >= 0x20);
      CHECK(g.code <= 0xFF);
      CHECK(g.state != kNone);
      CHECK(SymbolBoxState(font, g.code) == g.state);
    }
  }
  CHECK(SymbolFontBoxGlyphs("Symbol").empty());
}

TEST_CASE("glyphs: what is not a check box") {
  for (UChar32 c : {UChar32('x'), UChar32('X'), UChar32(0x2715), UChar32(0x25A1), UChar32(0xF041),
                    UChar32(0xFE), UChar32(-1)}) {
    CHECK(UnicodeBoxState(c) == kNone);
  }
  CHECK(TextBoxState(0xF041) == kNone);  // Wingdings "A", not a box
  CHECK(TextBoxState(0xFE) == kNone);    // outside the private-use area: þ
  CHECK(SymbolBoxState("Symbol", 0xFE) == kNone);
  CHECK(SymbolBoxState("wingdings", 0xFE) == kNone);  // font names as Word writes them
  CHECK(SymbolBoxState("Wingdings", 0x2612) == kNone);
  CHECK(SymbolBoxState("Wingdings", 0x1F0FE) == kNone);
  CHECK(SymbolBoxState("Wingdings 2", 0x78) == kNone);
}

TEST_CASE("glyphs: FindBoxGlyph walks UTF-8 text") {
  std::string t = "Tyres\xC3\xB6 \xE2\x98\x92 Ja \xE2\x98\x90 Nej \xE2\x9C\x94";
  FoundBoxGlyph a = FindBoxGlyph(t, 0);
  REQUIRE(a.offset == 8);
  CHECK(a.state == kOn);
  FoundBoxGlyph b = FindBoxGlyph(t, a.offset + a.length);
  REQUIRE(b.offset == 15);
  CHECK(b.state == kOff);
  FoundBoxGlyph c = FindBoxGlyph(t, b.offset + b.length);
  REQUIRE(c.offset == 23);
  CHECK(c.length == 3);
  CHECK(c.state == kOn);
  CHECK(FindBoxGlyph(t, c.offset + c.length).offset == std::string_view::npos);
  CHECK(FindBoxGlyph("", 0).offset == std::string_view::npos);
  CHECK(FindBoxGlyph("x", 5).offset == std::string_view::npos);
  // Other characters starting with the same byte, and malformed bytes.
  CHECK(FindBoxGlyph("\xE2\x80\x93 \xE2\x98", 0).offset ==
        std::string_view::npos);  // – and a cut ☐
  CHECK(FindBoxGlyph("\xF0\xE2\x98\x92", 0).offset == 1);
  CHECK(FindBoxGlyph("\x98\x92\xE2\x98\x90", 0).offset == 2);
}

}  // namespace glyphs_test
