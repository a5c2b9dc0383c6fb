// A text whose lines were numbered before it was saved (`cat -n`, `nl`, an
// editor's or a printout's line numbers): each line opens with blanks, its
// number and a tab, which would otherwise be read as a cell of every line,
// the first column of every table. Told on the bytes (before decoding: the
// numbers are ASCII in every encoding read), and taken off, so that the
// text is read as it was before; every line keeps its place, and so its
// number in findings.
//
// The proof is the whole text's: every line either opens with spaces, a
// decimal number and a tab, or is blank (`nl` leaves an empty line
// unnumbered, with its number's width of spaces); 10 lines or more are
// numbered; and the numbers go 1, 2, 3, ... with no gap, either over every
// line (`cat -n`, `nl -ba`) or over the numbered lines alone (`nl`). One
// line otherwise, and the text is left as it is. A text with a NUL byte
// (UTF-16) is left as it is. Knows nothing of reports; never fails.
#ifndef REDOVIS_READ_TEXT_LINE_NUMBERS_H_
#define REDOVIS_READ_TEXT_LINE_NUMBERS_H_

#include <string>
#include <string_view>

namespace redovis {

/// When `bytes` is a text whose lines were numbered (see above), sets
/// `*out` to the text without the numbers (a blank unnumbered line left
/// empty) and returns true; otherwise returns false and leaves `*out` as it
/// was.
bool StripLineNumbers(std::string_view bytes, std::string* out);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_LINE_NUMBERS_H_
