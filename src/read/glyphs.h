// Check-box glyphs: the one table of the characters that draw a check box,
// ticked or empty, for every reader (text in Word and OpenDocument runs, Word
// symbol-font characters, the text layer of PDFs).
//
// In: a code point, a symbol font's name and character code, or UTF-8 text.
// Out: the CheckboxState the character stands for, kNone for every other
// character. Only characters that are drawn as a box or a tick are here; a
// letter such as "x" typed in a cell is a mark by the patterns' `mark` rule,
// not a glyph. Immutable tables; never allocates, never fails.
#ifndef REDOVIS_READ_GLYPHS_H_
#define REDOVIS_READ_GLYPHS_H_

#include <unicode/umachine.h>

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "redovis/document.h"

namespace redovis {

/// One character of a glyph table and the state it draws.
struct BoxGlyph {
  UChar32 code;
  CheckboxState state;
};

/// The Unicode check-box glyphs: ☐ empty; ☑ ☒ ✓ ✔ ticked.
std::span<const BoxGlyph> UnicodeBoxGlyphs();
/// The check-box characters of the symbol font named `font` ("Wingdings",
/// "Wingdings 2"; the exact name Word writes), as the font's byte codes;
/// empty for any other font.
std::span<const BoxGlyph> SymbolFontBoxGlyphs(std::string_view font);

/// The state the Unicode character `c` draws (UnicodeBoxGlyphs), or kNone.
CheckboxState UnicodeBoxState(UChar32 c);
/// The state character `code` of symbol font `font` draws, the code given as
/// the font's byte (0x20-0xFF) or where Word and PDF writers put symbol-font
/// characters, U+F000 plus that byte; kNone for another font or character.
CheckboxState SymbolBoxState(std::string_view font, UChar32 code);
/// For text whose font is unknown (a PDF's text layer): a Unicode glyph, or
/// in U+F000-U+F0FF the Wingdings character that PDFs made from Word hold
/// there; kNone otherwise.
CheckboxState TextBoxState(UChar32 c);

/// A Unicode check-box glyph found in UTF-8 text.
struct FoundBoxGlyph {
  size_t offset = std::string_view::npos;  ///< its first byte; npos when none was found
  size_t length = 0;                       ///< its bytes
  CheckboxState state = CheckboxState::kNone;
};
/// The first Unicode check-box glyph (UnicodeBoxGlyphs) of UTF-8 `text` at
/// or after byte `from`; offset npos when there is none. Malformed bytes are
/// stepped over, never matched.
FoundBoxGlyph FindBoxGlyph(std::string_view text, size_t from);

}  // namespace redovis

#endif  // REDOVIS_READ_GLYPHS_H_
