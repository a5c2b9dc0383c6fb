#include "read/glyphs.h"

#include "base/utf8.h"

namespace redovis {

namespace {

constexpr CheckboxState kOn = CheckboxState::kChecked;
constexpr CheckboxState kOff = CheckboxState::kUnchecked;

constexpr BoxGlyph kUnicode[] = {
    {0x2610, kOff},  // ☐ ballot box
    {0x2611, kOn},   // ☑ ballot box with check
    {0x2612, kOn},   // ☒ ballot box with x
    {0x2713, kOn},   // ✓ check mark
    {0x2714, kOn},   // ✔ heavy check mark
};

// Symbol fonts by their byte codes (Word writes them in w:sym, or as
// U+F000 plus the byte; PDFs made from Word keep the latter).
constexpr BoxGlyph kWingdings[] = {
    {0x6F, kOff},  // "o": empty box
    {0x71, kOff},  // "q": empty box with a shadow
    {0xA8, kOff},  // empty box
    {0x78, kOn},   // "x": crossed box
    {0xFC, kOn},   // tick
    {0xFD, kOn},   // crossed box
    {0xFE, kOn},   // ticked box
};

constexpr BoxGlyph kWingdings2[] = {
    {0x2A, kOff},  // "*": empty box
    {0xA3, kOff},  // empty box
    {0x50, kOn},   // "P": tick
    {0x52, kOn},   // "R": ticked box
    {0x53, kOn},   // "S": crossed box
    {0x54, kOn},   // "T": crossed box
};

struct SymbolFont {
  std::string_view name;
  std::span<const BoxGlyph> glyphs;
};

constexpr SymbolFont kSymbolFonts[] = {
    {"Wingdings", kWingdings},
    {"Wingdings 2", kWingdings2},
};

/// Where Word and PDF writers put the characters of a symbol font.
constexpr UChar32 kSymbolAreaStart = 0xF000, kSymbolAreaEnd = 0xF0FF;

CheckboxState Lookup(std::span<const BoxGlyph> table, UChar32 c) {
  for (const BoxGlyph& g : table)
    if (g.code == c) return g.state;
  return CheckboxState::kNone;
}

}  // namespace

std::span<const BoxGlyph> UnicodeBoxGlyphs() {
  return kUnicode;
}

std::span<const BoxGlyph> SymbolFontBoxGlyphs(std::string_view font) {
  for (const SymbolFont& f : kSymbolFonts)
    if (f.name == font) return f.glyphs;
  return {};
}

CheckboxState UnicodeBoxState(UChar32 c) {
  return Lookup(kUnicode, c);
}

CheckboxState SymbolBoxState(std::string_view font, UChar32 code) {
  if (code >= kSymbolAreaStart && code <= kSymbolAreaEnd) code -= kSymbolAreaStart;
  return Lookup(SymbolFontBoxGlyphs(font), code);
}

CheckboxState TextBoxState(UChar32 c) {
  if (c >= kSymbolAreaStart && c <= kSymbolAreaEnd) return Lookup(kWingdings, c - kSymbolAreaStart);
  return UnicodeBoxState(c);
}

FoundBoxGlyph FindBoxGlyph(std::string_view text, size_t from) {
  size_t i = from;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {  // no glyph is ASCII
      ++i;
      continue;
    }
    size_t at = i;
    CheckboxState state = UnicodeBoxState(NextCodePoint(text, &i));
    if (state != CheckboxState::kNone) return FoundBoxGlyph{at, i - at, state};
  }
  return FoundBoxGlyph();
}

}  // namespace redovis
