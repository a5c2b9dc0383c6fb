// ASCII a font's Unicode map wrote with its bytes swapped (swapped_ascii.h).
#include "base/swapped_ascii.h"

#include <doctest/doctest.h>

#include <string>

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
