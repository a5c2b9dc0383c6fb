// ASCII that a font's Unicode map wrote with its bytes swapped: the UTF-16
// code unit of 'f' written 0x6600, so that a ligature "fl" comes out as
// U+6600 U+6C00 ("\u6600\u6C00era" for "flera"; Ghostscript's pdfwrite so
// maps the ligatures of some fonts). Such code points are CJK ideographs,
// which are never written run into a Latin word: a run of them that touches
// an ASCII letter is read as the ASCII it stands for. One home for the PDF
// reader's words (line_layout) and for text a converter wrote from such a
// PDF (text_reader: `pdftotext` keeps the swapped code points). Never fails.
#ifndef REDOVIS_BASE_SWAPPED_ASCII_H_
#define REDOVIS_BASE_SWAPPED_ASCII_H_

#include <string>
#include <string_view>
#include <vector>

namespace redovis {

/// True for a code point whose high byte is a printable ASCII character and
/// whose low byte is zero: that character's UTF-16 code unit with its bytes
/// swapped (U+6600 for 'f').
bool SwappedAscii(char32_t c);

/// The code points of UTF-8 `in`, with each run of SwappedAscii code points
/// that touches an ASCII letter read as that ASCII (malformed UTF-8 as
/// U+FFFD).
std::vector<char32_t> UnswappedCodePoints(std::string_view in);

/// True when `in` (UTF-8) holds a run that UnswappedCodePoints reads as
/// ASCII: a quick scan of its bytes, then the runs' neighbours.
bool HoldsSwappedAscii(std::string_view in);

/// `in` with each such run read as ASCII, as UTF-8; everything else as it
/// was (malformed UTF-8 as U+FFFD).
std::string UnswapAscii(std::string_view in);

}  // namespace redovis

#endif  // REDOVIS_BASE_SWAPPED_ASCII_H_
