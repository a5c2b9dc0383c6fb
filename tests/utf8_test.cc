// Tests of base/utf8: encoding code points, stepping through UTF-8 (and back
// to a code point's first byte), converting to and from UTF-32, checking
// it, and the superscript digits; ICU's own conversion is the reference.
#include "base/utf8.h"

#include <doctest/doctest.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <string>

namespace utf8_test {

using namespace redovis;

namespace {

/// ICU's UTF-8 for one code point, the reference.
std::string IcuUtf8(UChar32 c) {
  std::string s;
  icu::UnicodeString(c).toUTF8String(s);
  return s;
}

}  // namespace

TEST_CASE("utf8: every code point encodes as ICU does and decodes back") {
  int checked = 0;
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string s = EncodeUtf8(c);
    if (s != IcuUtf8(c)) FAIL("encoding differs from ICU for code point ", c);
    size_t i = 0;
    if (NextCodePoint(s, &i) != c || i != s.size()) FAIL("round trip fails for code point ", c);
    ++checked;
  }
  CHECK(checked == 0x110000 - 0x800);
}

TEST_CASE("utf8: the edges of each sequence length") {
  CHECK(EncodeUtf8(0) == std::string(1, '\0'));
  CHECK(EncodeUtf8(0x7F) == "\x7F");
  CHECK(EncodeUtf8(0x80) == "\xC2\x80");
  CHECK(EncodeUtf8(0x7FF) == "\xDF\xBF");
  CHECK(EncodeUtf8(0x800) == "\xE0\xA0\x80");
  CHECK(EncodeUtf8(0xFFFF) == "\xEF\xBF\xBF");
  CHECK(EncodeUtf8(0x10000) == "\xF0\x90\x80\x80");
  CHECK(EncodeUtf8(0x10FFFF) == "\xF4\x8F\xBF\xBF");
}

TEST_CASE("utf8: invalid code points are written as U+FFFD") {
  CHECK(EncodeUtf8(0xD800) == "\xEF\xBF\xBD");
  CHECK(EncodeUtf8(0xDFFF) == "\xEF\xBF\xBD");
  CHECK(EncodeUtf8(0x110000) == "\xEF\xBF\xBD");
  CHECK(EncodeUtf8(-1) == "\xEF\xBF\xBD");
  std::string out = "a";
  AppendUtf8(0xE5, &out);  // å
  AppendUtf8(0xD83D, &out);
  CHECK(out == "a\xC3\xA5\xEF\xBF\xBD");
}

TEST_CASE("utf8: NextCodePoint steps through text and over malformed bytes") {
  std::string s = "T\xC3\xA5g\xE2\x98\x92\xF0\x9F\x98\x80";  // "Tåg☒😀"
  size_t i = 0;
  CHECK(NextCodePoint(s, &i) == 'T');
  CHECK(NextCodePoint(s, &i) == 0xE5);
  CHECK(i == 3);
  CHECK(NextCodePoint(s, &i) == 'g');
  CHECK(NextCodePoint(s, &i) == 0x2612);
  CHECK(NextCodePoint(s, &i) == 0x1F600);
  CHECK(i == s.size());
  CHECK(NextCodePoint(s, &i) == -1);
  CHECK(i == s.size());
  size_t past = s.size() + 5;
  CHECK(NextCodePoint(s, &past) == -1);

  // A stray continuation byte, an overlong form, a surrogate and a truncated
  // sequence each read as U+FFFD; the text after them is read as it is.
  std::string bad = "\x80z\xC0\xAFz\xED\xA0\x80z\xE2\x98";
  i = 0;
  CHECK(NextCodePoint(bad, &i) == kReplacementCharacter);
  CHECK(i == 1);
  CHECK(NextCodePoint(bad, &i) == 'z');
  CHECK(NextCodePoint(bad, &i) == kReplacementCharacter);
  CHECK(NextCodePoint(bad, &i) == kReplacementCharacter);  // C0 and AF are each ill-formed
  CHECK(NextCodePoint(bad, &i) == 'z');
  while (i < bad.size() && bad[i] != 'z') CHECK(NextCodePoint(bad, &i) == kReplacementCharacter);
  CHECK(NextCodePoint(bad, &i) == 'z');
  CHECK(NextCodePoint(bad, &i) == kReplacementCharacter);  // E2 98, cut short: one U+FFFD
  CHECK(i == bad.size());
}

TEST_CASE("utf8: IsValidUtf8") {
  CHECK(IsValidUtf8(""));
  CHECK(IsValidUtf8("plain ASCII"));
  CHECK(IsValidUtf8("Tyres\xC3\xB6 \xE2\x98\x90 \xF0\x9F\x98\x80"));
  CHECK(IsValidUtf8("\xEF\xBF\xBD"));  // U+FFFD itself is well formed
  CHECK(IsValidUtf8(std::string("a\0b", 3)));
  CHECK_FALSE(IsValidUtf8("\x80"));
  CHECK_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong '/'
  CHECK_FALSE(IsValidUtf8("\xE0\x80\xAF"));      // overlong '/'
  CHECK_FALSE(IsValidUtf8("\xED\xA0\x80"));      // a surrogate
  CHECK_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // past U+10FFFF
  CHECK_FALSE(IsValidUtf8("\xF8\x88\x80\x80\x80"));
  CHECK_FALSE(IsValidUtf8("ok\xC3"));            // truncated at the end
  CHECK_FALSE(IsValidUtf8("F\xF6rs\xE4kring"));  // windows-1252, not UTF-8
  // A bad byte or a good character at every place of a longer text: ASCII
  // is passed eight bytes at a time, and what stands among it still counts.
  for (size_t at = 0; at < 24; ++at) {
    std::string text(24, 'a');
    CHECK_FALSE(IsValidUtf8(text.substr(0, at) + "\xFF" + text.substr(at)));
    CHECK_FALSE(IsValidUtf8(text.substr(0, at) + "\xC3" + text.substr(at)));
    CHECK(IsValidUtf8(text.substr(0, at) + "\xC3\xB6" + text.substr(at)));
    CHECK(IsValidUtf8(text.substr(0, at) + "\xE2\x98\x90" + text.substr(at)));
  }
}

TEST_CASE("utf8: IsValidUtf8 agrees with ICU's decoder on every pair of bytes past ASCII") {
  // Each lead byte from 0x80 with each second byte, at every place of an
  // ASCII text, alone and before a third byte: the bytes skipped to and
  // the two-byte letters taken without a decode are judged as U8_NEXT
  // judges them.
  auto icu_valid = [](const std::string& s) {
    const auto* p = reinterpret_cast<const uint8_t*>(s.data());
    int32_t i = 0, n = static_cast<int32_t>(s.size());
    while (i < n) {
      UChar32 c;
      U8_NEXT(p, i, n, c);
      if (c < 0) return false;
    }
    return true;
  };
  size_t valid = 0, checked = 0;
  for (unsigned lead = 0x80; lead <= 0xFF; ++lead)
    for (unsigned trail = 0; trail <= 0xFF; ++trail)
      for (size_t at : {0, 3, 7, 8, 13}) {
        for (const char* third : {"", "\xA0", "\x9F\xBF"}) {
          std::string text = std::string(at, 'a') + static_cast<char>(lead) +
                             static_cast<char>(trail) + third + std::string(9, 'b');
          const bool expected = icu_valid(text);
          if (IsValidUtf8(text) != expected)
            FAIL_CHECK("lead " << lead << " trail " << trail << " at " << at);
          valid += expected;
          ++checked;
        }
      }
  CHECK(checked == 128 * 256 * 5 * 3);
  CHECK(valid > 0);
}

TEST_CASE("utf8: the superscript digits") {
  for (int d = 0; d <= 9; ++d) {
    UChar32 c = SuperscriptDigit(d);
    CHECK(IsSuperscriptDigit(c));
    CHECK(u_getNumericValue(c) == d);  // ICU agrees which digit it is
    char name[80];
    UErrorCode status = U_ZERO_ERROR;
    u_charName(c, U_UNICODE_CHAR_NAME, name, sizeof name, &status);
    REQUIRE(U_SUCCESS(status));
    CHECK(std::string(name).rfind("SUPERSCRIPT", 0) == 0);
  }
  CHECK(SuperscriptDigit(10) == kReplacementCharacter);
  CHECK(SuperscriptDigit(-1) == kReplacementCharacter);
  CHECK_FALSE(IsSuperscriptDigit('1'));
  CHECK_FALSE(IsSuperscriptDigit(0x2080));  // subscript zero
  CHECK_FALSE(IsSuperscriptDigit(0x00B1));  // ±
  CHECK_FALSE(IsSuperscriptDigit(0x207A));  // superscript plus
}

TEST_CASE("utf8: code points counted and decoded as NextCodePoint steps") {
  CHECK(CodePointCount("") == 0);
  CHECK(CodePointCount("V\xC3\xA4xj\xC3\xB6") == 5);
  // A lone continuation byte and a cut sequence are one U+FFFD each.
  CHECK(CodePointCount("a\x80"
                       "b\xE2\x82") == 4);
  CHECK(DecodeUtf8("\xC3\xA5x") == std::vector<UChar32>{0xE5, 'x'});
  CHECK(DecodeUtf8("\xE2\x82") == std::vector<UChar32>{kReplacementCharacter});
  CHECK(DecodeUtf8("").empty());
}

TEST_CASE("utf8: letters counted by code point, of any script, up to enough") {
  CHECK(LetterCount("kommuner)") == 8);
  CHECK(LetterCount("åäö)") == 3);  // six bytes, three letters
  CHECK(LetterCount("1)") == 0);
  CHECK(LetterCount("\u2013\u00A0\u00B9)") == 0);  // a dash, a no-break space, a ¹: no letters
  CHECK(LetterCount("Redovisning", 6) == 6);
  CHECK(LetterCount("") == 0);
}

TEST_CASE("utf8: a run of letters found by code point, forwards and backwards") {
  const std::string t = "Inga-Lill Åström\u2013Öberg 12";  // a dash between two names
  CHECK(LetterRunStart(t, 4) == 0);                        // "Inga" before the hyphen
  CHECK(LetterRunEnd(t, 5) == 9);                          // "Lill" after it
  size_t dash = t.find("\u2013");
  CHECK(LetterRunStart(t, dash) == 10);  // "Åström": two-byte letters, the dash no letter
  CHECK(LetterRunEnd(t, 10) == dash);
  CHECK(LetterRunEnd(t, dash) == dash);              // a dash starts no run
  CHECK(LetterRunEnd(t, dash + 3) == t.size() - 3);  // "Öberg" up to the space
  CHECK(LetterRunStart(t, t.size()) == t.size());    // a digit ends no run
  CHECK(LetterRunEnd(t, t.size()) == t.size());
  CHECK(LetterRunStart("\xC3", 1) == 1);  // a truncated sequence is no letter
  CHECK(LetterRunEnd("\xC3\xA5\xC3", 0) == 2);
}

TEST_CASE("utf8: CodePointStart steps back to a code point's first byte") {
  const std::string s = "a\xC3\xA5\xE2\x82\xAC\xF0\x9F\x98\x80z";  // a å € 😀 z
  const size_t starts[] = {0, 1, 1, 3, 3, 3, 6, 6, 6, 6, 10};
  for (size_t i = 0; i < s.size(); ++i) CHECK(CodePointStart(s, i) == starts[i]);
  CHECK(CodePointStart(s, s.size()) == s.size());
  CHECK(CodePointStart(s, s.size() + 5) == s.size());
  CHECK(CodePointStart("", 0) == 0);
  // Past four bytes of a long text, where the window starts inside it.
  const std::string long_text = std::string(100, 'x') + "\xF0\x9F\x98\x80";
  CHECK(CodePointStart(long_text, 103) == 100);
  CHECK(CodePointStart(long_text, 99) == 99);
}

TEST_CASE("utf8: CodePointStart reads malformed bytes as NextCodePoint does") {
  // Stray continuation bytes, one past a complete sequence, a truncated
  // sequence, a lead byte with a wrong first trail, an encoded surrogate.
  const std::string cases[] = {"\x80",         "\x80\x80\x80\x80x",   "\xC3\xA5\xA5",
                               "a\xE2\x82",    "\xE2\x82z",           "\xF0\x80\x80",
                               "\xED\xA0\x80", "\xF0\x9F\x98\x80\x80"};
  for (const std::string& s : cases) {
    CAPTURE(s);
    for (size_t at = 0; at < s.size();) {  // each byte belongs to the sequence read from `at`
      size_t next = at;
      NextCodePoint(s, &next);
      for (size_t i = at; i < next; ++i) CHECK(CodePointStart(s, i) == at);
      at = next;
    }
  }
  CHECK(CodePointStart("\xC3\xA5\xA5", 2) == 2);  // past a complete sequence: its own
  CHECK(CodePointStart("a\xE2\x82", 2) == 1);     // truncated: at its lead byte
  CHECK(CodePointStart("\x80\x80\x80\x80", 3) == 3);
}

TEST_CASE("utf8: to and from UTF-32") {
  const std::string s = "Å\xE2\x82\xAC\xF0\x9F\x98\x80 a";
  const std::u32string u = U32FromUtf8(s);
  CHECK(u == U"Å€😀 a");
  CHECK(Utf8FromU32(u) == s);
  CHECK(U32FromUtf8("") == U"");
  CHECK(Utf8FromU32(U"") == "");
  CHECK(U32FromUtf8("a\x80z") == U"a\uFFFDz");  // malformed: U+FFFD
  CHECK(U32FromUtf8("a\xE2\x82") == U"a\uFFFD");
  std::u32string invalid = U"a";
  invalid += static_cast<char32_t>(0xD800);
  invalid += static_cast<char32_t>(0x110000);
  invalid += static_cast<char32_t>(0xFFFFFFFF);
  CHECK(Utf8FromU32(invalid) == "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  for (UChar32 c : {0x41, 0xE5, 0x20AC, 0x1F600, 0x10FFFF}) {
    const std::string one = EncodeUtf8(c);
    CHECK(U32FromUtf8(one) == std::u32string(1, static_cast<char32_t>(c)));
    CHECK(Utf8FromU32(std::u32string(1, static_cast<char32_t>(c))) == one);
  }
}

TEST_CASE("utf8: the characters that take no place") {
  for (UChar32 c : {0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF}) CHECK(IsInvisible(c));
  for (UChar32 c : {0x0020, 0x00A0, 0x2011, 0x00E5, 0x202F}) CHECK_FALSE(IsInvisible(c));
}

}  // namespace utf8_test
