// UTF-8 code points: encoding one, stepping through a string one at a time
// (and back to a code point's first byte), converting to and from UTF-32
// (std::u32string), checking that bytes are well formed, and the superscript
// digits that mark footnotes. The one home of these for every stage; built
// on ICU's U8_NEXT, U8_SET_CP_START and U8_APPEND (unicode/utf8.h), never on
// hand-written bit twiddling.
//
// In: UTF-8 held by the caller (nothing is kept). Out: code points as ICU's
// UChar32, strings as UTF-8. Malformed input never fails: a malformed
// sequence reads as U+FFFD, an invalid code point is written as U+FFFD.
// Knows nothing of documents, forms or languages.
#ifndef REDOVIS_BASE_UTF8_H_
#define REDOVIS_BASE_UTF8_H_

#include <unicode/umachine.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace redovis {

/// U+FFFD, what malformed UTF-8 and invalid code points become.
constexpr UChar32 kReplacementCharacter = 0xFFFD;

/// Appends `c` to `out` as UTF-8. A surrogate, a negative value or one past
/// U+10FFFF is appended as U+FFFD; never fails.
void AppendUtf8(UChar32 c, std::string* out);
/// `c` as UTF-8 (invalid code points as U+FFFD, as AppendUtf8).
std::string EncodeUtf8(UChar32 c);

/// The code point that starts at byte `*i` of `s`, moving `*i` past it.
/// Returns U+FFFD for a malformed sequence (moving past its maximal
/// ill-formed part, as ICU does), and -1, leaving `*i`, at or past the end.
UChar32 NextCodePoint(std::string_view s, size_t* i);
/// The first byte of the code point holding byte `i` of `s`: `i` itself when
/// it starts one, else the lead byte it continues (U8_SET_CP_START). Agrees
/// with NextCodePoint on malformed input: a continuation byte that no lead
/// byte before it validly begins (a stray one, or one past a complete
/// sequence) is a U+FFFD of its own and starts where it is, and a truncated
/// sequence starts at its lead byte. Returns `s.size()` for `i` at or past
/// the end.
size_t CodePointStart(std::string_view s, size_t i);
/// The number of code points in `s`, as NextCodePoint steps through it (a
/// malformed sequence counts as the one U+FFFD it reads as).
size_t CodePointCount(std::string_view s);
/// The code points of `s`, as NextCodePoint reads them.
std::vector<UChar32> DecodeUtf8(std::string_view s);
/// The code points of `s` as UTF-32, as NextCodePoint reads them (a malformed
/// sequence as U+FFFD).
std::u32string U32FromUtf8(std::string_view s);
/// `s` as UTF-8 (invalid code points as U+FFFD, as AppendUtf8).
std::string Utf8FromU32(std::u32string_view s);
/// The number of letters (ICU's u_isalpha: a letter of any script) among
/// the code points of `s`, counted no further than `enough`: the one letter
/// test of a text's words, a multi-byte letter one letter.
size_t LetterCount(std::string_view s, size_t enough = SIZE_MAX);
/// The end of the run of letters (as LetterCount tells them) that starts at
/// byte `i` of `s`: `i` itself when no letter starts there.
size_t LetterRunEnd(std::string_view s, size_t i);
/// The start of the run of letters that ends at byte `i` of `s`: `i` itself
/// when no letter ends there (a malformed sequence is no letter).
size_t LetterRunStart(std::string_view s, size_t i);

/// True when `s` is well-formed UTF-8 (no overlong forms, no surrogates,
/// nothing past U+10FFFF, no truncated sequence).
bool IsValidUtf8(std::string_view s);

/// True for the characters that take no place and mean nothing in a text
/// (the soft hyphen, zero-width space, non-joiner, joiner, word joiner and a
/// byte order mark inside the text): read as if absent.
bool IsInvisible(UChar32 c);

/// True for the superscript digits ⁰ ¹ ² ³ ⁴ ... ⁹ (U+2070-U+2079, U+00B9,
/// U+00B2, U+00B3), with which footnotes are marked.
bool IsSuperscriptDigit(UChar32 c);
/// The superscript form of the digit `d` (0-9); U+FFFD for any other value.
UChar32 SuperscriptDigit(int d);

}  // namespace redovis

#endif  // REDOVIS_BASE_UTF8_H_
