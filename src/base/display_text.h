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

/// `text` with its C0 controls other than tab, carriage return and line
/// feed, and DEL, replaced by their control pictures; every other byte
/// (malformed UTF-8 too) kept. For CSV cells, whose quoting keeps line
/// breaks. Returns `text` unchanged when it has no such control.
std::string PictureControls(std::string_view text);

}  // namespace redovis

#endif  // REDOVIS_BASE_DISPLAY_TEXT_H_
