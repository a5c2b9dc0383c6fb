// ASCII a font's Unicode map wrote with its bytes swapped (swapped_ascii.h).
#include "base/swapped_ascii.h"

#include <doctest/doctest.h>

#include <string>

#include "base/utf8.h"

namespace swapped_ascii_test {

using namespace redovis;

TEST_CASE("swapped ASCII: a code point that is an ASCII character's bytes swapped") {
  CHECK(SwappedAscii(0x6600));  // 'f'
  CHECK(SwappedAscii(0x6C00));  // 'l'
  CHECK_FALSE(SwappedAscii(0x6601));
  CHECK_FALSE(SwappedAscii(0x2000));  // ' ' is no printable character
  CHECK_FALSE(SwappedAscii('f'));
}

TEST_CASE("swapped ASCII: a run that touches an ASCII letter is read as ASCII") {
  CHECK(UnswapAscii("\u6600\u6C00era klienter") == "flera klienter");
  CHECK(UnswapAscii("Tr\u00e4\u6600\u6600ar") == "Träffar");
  CHECK(UnswapAscii("in\u6600\u6C00\u00f6de") == "inflöde");
  CHECK(HoldsSwappedAscii("ge\u6600\u6C00"));
  // Alone, or beside no ASCII letter: an ideograph as written.
  CHECK(UnswapAscii("\u6600\u6C00 \u6600") == "\u6600\u6C00 \u6600");
  CHECK_FALSE(HoldsSwappedAscii("\u6600\u6C00 \u6600"));
  CHECK_FALSE(HoldsSwappedAscii("Tyresö – 2020 “ok”"));
  CHECK(UnswapAscii("Tyresö – 2020") == "Tyresö – 2020");
  CHECK(UnswappedCodePoints("a\u6600").size() == 2);
  CHECK(UnswappedCodePoints("a\u6600")[1] == U'f');
}

TEST_CASE("swapped ASCII: the quick scan finds every such code point, and no other") {
  for (char32_t high = 0x21; high <= 0x7E; ++high) {
    std::string cp;
    AppendUtf8(static_cast<UChar32>(high << 8), &cp);
    CAPTURE(static_cast<int>(high));
    CHECK(HoldsSwappedAscii("a" + cp));
    CHECK(HoldsSwappedAscii("x – ☐ " + cp + "b"));
    CHECK_FALSE(HoldsSwappedAscii("a " + cp + " b"));
    // A malformed sequence before it is read as U+FFFD and leaves it whole.
    CHECK(HoldsSwappedAscii("\xF0" + cp + "b"));
    // Its neighbour before is then that U+FFFD, not the letter before it.
    CHECK_FALSE(HoldsSwappedAscii("a\xE6\x98" + cp));
    CHECK(HoldsSwappedAscii("a\xE6\x98" + cp + "b"));
    // Cut short at the text's end: no code point.
    CHECK_FALSE(HoldsSwappedAscii("a" + cp.substr(0, 2)));
  }
  // Three-byte characters next to a letter whose low byte is not zero.
  CHECK_FALSE(HoldsSwappedAscii("a\u6601b\u2610c\u2013d\u7E80e"));
  CHECK(HoldsSwappedAscii("a\u2100"));
}

}  // namespace swapped_ascii_test
