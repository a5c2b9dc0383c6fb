// What the layout passes read of a word's or a cell's text: its code points,
// their count, how it starts, and how two lines' pieces join.
//
// In: UTF-8 text as a page reader or the layout passes hold it (malformed
// bytes are tolerated). Out: code points and small judgements on them.
//
// Code points themselves (NextCodePoint, IsSuperscriptDigit) come from
// base/utf8.h. Nothing here fails, throws, allocates or keeps state.
#ifndef REDOVIS_READ_PDF_WORD_TEXT_H_
#define REDOVIS_READ_PDF_WORD_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "base/utf8.h"

namespace redovis {

/// The number of code points in UTF-8 `s` (bytes that do not continue a
/// sequence).
size_t Chars(std::string_view s);

/// The number of code points in UTF-8 `s` that are letters: ASCII and
/// Latin-1 letters, and every code point past Latin-1 (other scripts). What
/// a font without a usable Unicode map gives instead (its glyph codes as
/// ASCII punctuation and digits: `"# "$ %`) has next to none.
size_t Letters(const std::string& s);

/// What a page's text holds, counted code point by code point (CountLetters).
struct LetterCounts {
  size_t chars = 0;    ///< code points
  size_t letters = 0;  ///< as Letters counts them
  size_t upper = 0;    ///< upper-case ASCII and Latin-1 letters
  size_t lower = 0;    ///< lower-case ASCII and Latin-1 letters
  size_t digits = 0;   ///< ASCII digits
};

/// Adds the code points of UTF-8 `s` to `*counts`. Never fails.
void CountLetters(const std::string& s, LetterCounts* counts);

/// True when text so counted cannot be a text layer's real words (40
/// characters at least): under 40% letters, or Latin letters (20 at least)
/// next to none of which (under 5%) are lower case; or, of fewer characters
/// (10 at least), no letter at all and mostly (half or more) neither letters
/// nor digits (`!# )`: a page's few words, its numbers aside). A font whose Unicode map
/// was lost (a PostScript round trip of subset TrueType fonts) gives its
/// glyph codes, numbered in the order the glyphs were first used, as ASCII
/// punctuation, digits and capitals (`"# "$ %`, `CCCCC`, `B`); a page of real
/// text in a Latin script has lower-case letters. Scripts without case
/// (past Latin-1) count as letters only.
bool GarbledLetters(const LetterCounts& counts);

/// True when a page's text layer shows next to nothing of the glyphs the
/// page draws: `unmapped` glyphs drawn with no Unicode value (40 at least)
/// are more than twice the characters of its words (`counts`), and those
/// few characters are under 40% letters. A PostScript round trip of subset
/// TrueType fonts numbers the glyphs from 1 in the order first used: the
/// first 31 have no Unicode value and no word keeps them, so a page of few
/// distinct glyphs shows only its later ones, as stray digits, punctuation
/// and capitals (`E 0 7 8 " *`), too few for GarbledLetters to judge. A page
/// of real text with a few glyphs of its own (drawn check boxes) shows its
/// words.
bool UnshownGlyphs(const LetterCounts& counts, int unmapped);

/// True when the first code point of `s` is a lower-case ASCII or Latin-1
/// letter, a digit, a full stop or '@': the text goes on inside a word (a
/// word broken at a column's edge, a sentence going on after a page break).
/// False for empty text.
bool ContinuesWord(const std::string& s);
/// True when `after`, one or two capital letters alone, ends a word in
/// capitals that `before` ends with (three capitals or more after its last
/// space): "SKINNSKATTEBER" / "G", a name in capitals too long for its
/// cell, broken at the cell's edge with no hyphen.
bool EndsCapitalsWord(const std::string& before, const std::string& after);

/// True when `s` goes on a text cut at a line's end or a page break:
/// ContinuesWord, or an opening bracket or quotation mark followed by text
/// that ContinuesWord ("(18-25 år)" goes on, "(Om fler" starts anew). False
/// for empty text.
bool ContinuesText(const std::string& s);

/// Appends `next`, the text of the next visual line of one paragraph or one
/// cell, to `text` after a space; but with none after a hyphen that follows
/// a digit when `next` starts with a digit ("unga (18-" + "25 år)" gives
/// "unga (18-25 år)"): a number range or a number broken at its own hyphen,
/// never a word broken by a soft one. Empty pieces add nothing. Never fails.
void AppendLinePiece(std::string* text, const std::string& next);

}  // namespace redovis

#endif  // REDOVIS_READ_PDF_WORD_TEXT_H_
