// A text that lost its line breaks: `docx2txt`'s dump of some Word files
// runs every paragraph and cell on into the next, without a space between
// ("PostortTimråKontaktperson"), on one line. Told on the text's bytes
// before they are decoded; the text reader then refuses the file with an
// error saying so (text_reader.cc), rather than read it as one long answer.
//
// In: a file's bytes. Out: whether they are such a text, and the length of
// the line that shows it. Pure; never throws, never allocates.
#ifndef REDOVIS_READ_TEXT_LOST_LINE_BREAKS_H_
#define REDOVIS_READ_TEXT_LOST_LINE_BREAKS_H_

#include <cstddef>
#include <string_view>

namespace redovis {

/// True when `bytes` is a text that lost its line breaks: one line (up to
/// a line feed, carriage return, form feed, vertical tab or U+2028/U+2029)
/// of 2,000 bytes or more holds at least 4 in 5 of the text's bytes that are
/// not blanks (`docx2txt` writes some Word files so, every paragraph and cell
/// run on into the next without a space: "PostortTimråKontaktperson"). Sets
/// `*longest` to that line's length in bytes. A text with a NUL byte
/// (UTF-16) is no such text: its breaks are two bytes; nor is markup (its
/// first character '<': HTML as text, read by its tags).
bool LostLineBreaks(std::string_view bytes, size_t* longest);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_LOST_LINE_BREAKS_H_
