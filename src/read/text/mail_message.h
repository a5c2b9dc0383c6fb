// A saved e-mail message (a `.eml`: RFC 5322 headers, a MIME body) told from
// a text, and the text of its body, for the text reader: a report pasted
// into a mail and the mail saved arrives quoted-printable ("Timr=C3=A5") or
// base64, which read as they stand give wrong values.
//
//   - A message: the text opens with a block of header lines (`Name: value`,
//     the name ASCII letters, digits and '-'; folded lines opening with a
//     space or a tab) ended by an empty line, among them `MIME-Version`,
//     `Content-Type` or `Content-Transfer-Encoding`, and at least two of
//     `From`, `To`, `Subject`, `Date`. A report that opens with `Kommun:
//     Timrå` lines is no message (no MIME header, and its names are not
//     ASCII).
//   - Its text: the body decoded by its `Content-Transfer-Encoding`
//     (quoted-printable: `=XX` a byte, `=` at a line's end joins the lines;
//     base64; any other as it stands). A multipart body (`boundary=`): its
//     first `text/plain` part, else its first `text/html` part (read as
//     HTML inside text), searched through nested multiparts (at most 8
//     deep); a part with `Content-Disposition: attachment` is not its text.
//     The headers are never part of it. The charset is left to the text
//     decoder, which tells UTF-8 and the Latin code pages by the bytes.
//   - A quoted-printable body saved without its headers (copied from a
//     mail's source): no message, but its text decoded as above when every
//     '=' in it is an escape of two capital hex digits or a soft line
//     break, at least four escapes are of bytes past ASCII, no byte past
//     ASCII stands unescaped and no line is longer than 76 bytes (what the
//     encoding allows). A text with "a = b" in it is read as it stands.
//
// Knows nothing about forms. Never fails; memory: one copy of the body.
#ifndef REDOVIS_READ_TEXT_MAIL_MESSAGE_H_
#define REDOVIS_READ_TEXT_MAIL_MESSAGE_H_

#include <string>
#include <string_view>

namespace redovis {

enum class MailText {
  kNotMail,  ///< not a MIME message: read the bytes as they stand
  kText,     ///< a message, or a bare quoted-printable body; its text is in *text
  kNoText,   ///< a message with no text part (its report an attachment?)
};

/// Whether `bytes` are a saved MIME message (see above) and, when they are,
/// the text of its body in `*text` (untouched otherwise).
MailText MailBodyText(std::string_view bytes, std::string* text);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_MAIL_MESSAGE_H_
