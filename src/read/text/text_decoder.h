// Decides the encoding of a text file and converts it to UTF-8.
//
// Order (see ../shared/notes/library-hazards.md):
//   1. a byte-order mark: UTF-8, UTF-16LE/BE, UTF-32LE;
//   2. UTF-16 or UTF-32 without a mark, only when the NUL bytes fall in the
//      pattern wide text has (every other byte; three bytes in four): NUL
//      bytes scattered through ASCII are not UTF-16;
//   3. strict UTF-8 (a few stray NUL bytes allowed);
//   4. a single-byte code page: windows-1252 (confidence 30), unless CP850,
//      CP437 or Mac Roman is told apart from it by the letters each would
//      give between letters (confidence 60): å ä ö Å Ä Ö are common in any
//      report, a symbol such as † or ” inside a word is not. ICU's charset
//      detector is not asked: among the Latin pages it names only
//      windows-1252 and ISO-8859-1 (read as windows-1252), and takes DOS and
//      Mac text for them, so its answer changed nothing but the confidence.
// A result that reads as UTF-8 encoded twice ("TimrÃ¥") is repaired; one
// whose characters were lost on the way (a U+FFFD for a byte windows-1252
// leaves undefined, so that ☐ reads â˜�, or such bytes dropped) is refused,
// "lost_characters": what stood there cannot be told. Stray
// NUL bytes are dropped; Word's field, object and cell markers a converter
// passed on (\x01-\x08, \x13-\x15) are read as spaces, but dropped between
// two printed characters; other control characters (an escape, DEL) stay
// as they are, for the writers to show as pictures. Too many NUL or control bytes for text is
// "binary_file".
//
// A UTF-8 text whose lines were cut in bytes (`cut -b`) may hold a letter
// split there: its first bytes end a line, its last ones are gone. Each byte
// of such a piece is read as '?' (MendSplitLetters), so that each line keeps
// its width in bytes, by which cut_lines tells the cut, rather than the text
// being taken for another encoding (UTF-8 encoded twice, with characters
// lost). A letter a hard fold split (`fold -w`: its last bytes open the next
// line) is not mended: such a text is refused as before. So is a letter of
// three or four bytes cut to its first two or three inside a line, ASCII
// after it: html2text cuts a narrow table cell to its width in bytes, a box
// "☐" in its own cell left as E2 98 before the next cell's "Ja" (which box
// it was, and so its state, cannot be told: '?' each byte). A lead byte
// alone inside a line is a single-byte page's letter, never mended, except
// 0xC3 (the lead of å, ä, ö and é; 'Ã' on a single-byte page, in no Swedish
// word) before ASCII: html2text's cell cut in bytes, "Södert\xC3" before the
// next cell's "Se bilaga", read as '?'.
//
// When the encoding was a judgement a person should know about (a legacy code
// page told by its letters, a repaired double encoding), DecodedText::note
// says what was assumed and why; the other decisions leave it empty.
// Internal to the text reader; never throws past bad_alloc, never prints.
// Memory: at most one converted copy of the text; none for UTF-8 input.
#ifndef REDOVIS_READ_TEXT_TEXT_DECODER_H_
#define REDOVIS_READ_TEXT_TEXT_DECODER_H_

#include <string>
#include <string_view>

#include "redovis/status.h"

namespace redovis {

/// When `bytes` is no valid UTF-8 only for letters cut at a line's end (a
/// lead byte and fewer continuation bytes than it promises, each one it may
/// take there (no overlong form, surrogate or code point past U+10FFFF
/// begun: ICU's maximal ill-formed part, as base/utf8's NextCodePoint
/// steps), just before a line feed or the text's end, the next line not
/// opening with the rest) or inside a line (such a piece of two bytes or
/// three, or a lone 0xC3, an ASCII byte after it)
/// and holds at least one whole letter of two bytes or more, sets
/// `*out` to `bytes` with each byte of those pieces made '?' and returns the
/// number of pieces; otherwise returns 0 and leaves `*out` as it was.
size_t MendSplitLetters(std::string_view bytes, std::string* out);

/// The decoded text. When the input was UTF-8 as it stands (after any byte
/// order mark), with no NUL or control character to drop and nothing to repair, it is not copied:
/// Text() views the caller's bytes, which must then outlive this object.
struct DecodedText {
  /// The converted text; empty when `in_place`.
  std::string utf8;
  /// True when Text() views the input bytes rather than `utf8`.
  bool in_place = false;
  std::string_view input;  ///< the viewed input when `in_place`
  /// The decoded UTF-8 text, wherever it lives. Valid while this object (and,
  /// when `in_place`, the input bytes) lives.
  std::string_view Text() const { return in_place ? input : std::string_view(utf8); }
  /// "UTF-8", "UTF-16LE", "windows-1252", "CP850", "CP437", "macintosh", ...;
  /// " (double-encoded, repaired)" appended after a repair.
  std::string encoding;
  int confidence = 100;  ///< 0-100
  /// What was assumed about the encoding and why, when it was not evident
  /// (an English sentence for a finding); "" otherwise.
  std::string note;
};

/// Whether a text in `encoding` (a name DecodedText::encoding gives) can
/// hold the superscript one (U+00B9) that marks a footnote. Mac OS Roman
/// and CP437 cannot: iconv's //TRANSLIT writes the mark as a plain digit
/// ("1 Anges med två decimaler.", "decimaler1:"). A Unicode encoding or an
/// unknown name can.
bool HoldsSuperscriptOne(std::string_view encoding);

/// Decodes `bytes` (viewed, not copied, when they are UTF-8 already: keep
/// them alive while `*out` is used). Fails with "empty_file" for no bytes, "binary_file"
/// when it is not text, and "lost_characters" for UTF-8 encoded twice with
/// characters lost on the way (then `*out` is unspecified).
Status DecodeText(std::string_view bytes, DecodedText* out);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_TEXT_DECODER_H_
