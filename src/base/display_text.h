// Text made safe to show to a person: the one sanitiser for everything
// redovis prints for people (check's text report, the summary and progress
// lines, error messages naming files) and for the control characters of CSV
// cells.
//
// A document or a file name may hold terminal escape sequences (ESC [2J
// clears the screen, OSC 0 sets the window title, OSC 52 writes the
// clipboard) or line breaks that would forge a line of the report. Nothing
// here interprets them: every control character is replaced by a visible
// stand-in, so the bytes that reach a terminal are printable and one
// finding stays one line.
//
// The stand-ins (chosen so that a reader sees at once what was there):
//   - C0 controls U+0000-U+001F and DEL: the Unicode control pictures
//     U+2400-U+241F and U+2421 (ESC is `␛`, NUL `␀`, BEL `␇`);
//   - in DisplayText, a line feed is `⏎` (U+23CE) and a tab stays a tab;
//   - in DisplayText, C1 controls U+0080-U+009F (U+009B is a CSI on some
//     terminals), the bidirectional overrides and isolates (U+202A-U+202E,
//     U+2066-U+2069) and the line and paragraph separators (U+2028, U+2029)
//     are written as `\u` and four hex digits (`\u009b`);
//   - in DisplayText, malformed UTF-8 is U+FFFD.
// Everything else, backslashes included, is kept as it is.
//
// In: UTF-8 (or not) held by the caller; nothing is kept. Out: a new
// string. Never fails, never throws.
#ifndef REDOVIS_BASE_DISPLAY_TEXT_H_
#define REDOVIS_BASE_DISPLAY_TEXT_H_

#include <string>
#include <string_view>

namespace redovis {

/// `text` for a terminal, on one line: every control character, line
/// breaks included, shown by its stand-in (see above); a tab is kept.
std::string DisplayText(std::string_view text);

/// The columns `text` takes on a terminal: one per code point, two for an
/// East Asian wide or fullwidth one, none for a combining mark or a
/// zero-width format character. For text as DisplayText writes it (no
/// controls); malformed UTF-8 counts one column a byte. Never fails.
size_t DisplayWidth(std::string_view text);

/// `text` (as DisplayText writes it) in at most `width` columns: unchanged
/// when it fits, else its beginning and its end with `…` between them, the
/// end given the larger share (a file name's own name is at its end).
/// Whole code points only; "" when `width` is 0.
std::string FitDisplayWidth(std::string_view text, size_t width);

/// `text` with its C0 controls other than tab, carriage return and line
/// feed, and DEL, replaced by their control pictures; every other byte
/// (malformed UTF-8 too) kept. For CSV cells, whose quoting keeps line
/// breaks. Returns `text` unchanged when it has no such control.
std::string PictureControls(std::string_view text);

}  // namespace redovis

#endif  // REDOVIS_BASE_DISPLAY_TEXT_H_
