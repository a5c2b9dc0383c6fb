// A text whose every line was followed by an empty one before it was saved:
// line ends written "\r\r\n" (a text written in a program's text mode with
// "\r\n" already in it, which many readers take as two breaks) or a text
// double-spaced on purpose (`sed G`, an editor's or a mail program's
// double spacing). Read as it stands, a cell wrapped over two lines has an
// empty line between its pieces, which ends the cell: "Inga-Lill" for
// "Inga-Lill Nilsson", "Socialtjänsten Timrå" without "Kommun". So the
// empty lines the spacing added are taken off, on the bytes (before
// decoding: the breaks are ASCII in every encoding read), and the text is
// read as it was.
//
// The proof is the whole text's: every even-numbered line (an editor's
// numbering: "\r\n", "\r" and "\n" each end a line) is empty, not even a
// space or a form feed in it; 20 lines or more have text; and the text's
// own blank lines show, two or more of them, each as three empty lines in
// a row (an odd-numbered line empty). A text of one-line paragraphs, each
// after one empty line, looks the same as a text without blank lines
// double-spaced, and is left as it is. One even-numbered line with
// anything in it and the text is left as it is. A text with a NUL byte
// (UTF-16) is left as it is. Each line keeps its place: the line read as
// number n is the text's line 2n - 1 (OriginalLineNumber). Knows nothing
// of reports; never fails.
#ifndef REDOVIS_READ_TEXT_DOUBLE_SPACING_H_
#define REDOVIS_READ_TEXT_DOUBLE_SPACING_H_

#include <string>
#include <string_view>

namespace redovis {

/// When `bytes` is a double-spaced text (see above), sets `*out` to the
/// text without its even-numbered lines (each odd line's own line end kept)
/// and returns true; otherwise returns false and leaves `*out` as it was.
bool UndoDoubleSpacing(std::string_view bytes, std::string* out);

/// The number in the double-spaced text of line `number` (1-based) of the
/// text UndoDoubleSpacing made: 2 * number - 1.
inline int OriginalLineNumber(int number) {
  return 2 * number - 1;
}

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_DOUBLE_SPACING_H_
