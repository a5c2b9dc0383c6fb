// A text quoted in an e-mail reply, or forwarded under a mail's header,
// before the text reader reads it: whether it is quoted (every line, or the
// questions a reply answers line by line, after '>'), the text with one
// level of quoting taken off, whether the mail re-wrapped a laid-out text's
// lines at its width (each broken line's tail left at column 0, in no
// cell's column), and the text with its lines' leading spaces taken off so
// that it is read as a layout text whose margin was stripped. On the text
// as decoded (UTF-8), before it is cut into lines; the text reader calls
// them. Knows nothing of reports; never fails, throws or prints.
#ifndef REDOVIS_READ_TEXT_QUOTED_TEXT_H_
#define REDOVIS_READ_TEXT_QUOTED_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace redovis {

/// True when every line of `t` that is not blank starts with '>' (after
/// spaces), three or more, or ten or more do and at least a third: a text quoted
/// in an e-mail reply, whole or answered line by line under its quoted
/// questions (a few quoted lines in a letter are a quotation in it).
bool Quoted(std::string_view t);

/// `t` with one level of e-mail quoting taken off each line: the '>' and one
/// space after it. Line breaks and form feeds stay where they were. A form
/// feed starts a quoted line only where a '>' follows it (after spaces): in
/// "> \f    text" (a page quoted line by line) the spaces are the line's own.
std::string Unquote(std::string_view t);

/// True when `quoted`, a text quoted in a reply, is a laid-out text whose
/// quoted lines the mail program re-wrapped at its width (72 columns, the
/// quote counted): `unquoted` (the same lines without their quoting) holds
/// eight or more lines of two cells or more (a gap of two spaces), no
/// quoted line with a space between its words is wider than 80 columns, and
/// three or more lines are followed by a line at column 0 whose first word
/// would not have fitted on them within the widest such line. The wrap broke
/// long lines in two and left each tail at column 0 after the quote, where
/// the cell it belongs to is no longer told.
/// `*broken_cells` (when given) gets the index of each line of two cells or more
/// so followed: a break that may have been at a space inside its last cell.
bool Rewrapped(std::string_view quoted, std::string_view unquoted,
               std::vector<size_t>* broken_cells = nullptr);

/// True when `t` holds a forwarded message's header: a line of five dashes
/// or more on each side of its words ("-----Original Message-----"), then
/// three lines or more of a field's name, a colon and its value ("From: ...
/// <a@b.se>"), one of them holding an address's '@'. The text is a mail's,
/// whose lines below the header the mail program may have re-wrapped as it
/// forwarded them, without quoting them.
bool ForwardedInMail(std::string_view t);

/// `t` with the spaces that start each line taken off (`sed 's/^ *//'`): a
/// form feed's line keeps the spaces after it, as such a strip leaves them.
/// Each line whose index `marked` (ascending) holds ends in kUndecidedWrap
/// (after its text, before a '\r').
std::string StripMargins(std::string_view t, const std::vector<size_t>& marked);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_QUOTED_TEXT_H_
