// A saved e-mail message told from text, and its body's text decoded.
#include "read/text/mail_message.h"

#include <doctest/doctest.h>

#include <string>

namespace mail_message_test {

using namespace redovis;

namespace {

const char kHead[] =
    "From: =?utf-8?q?Handl=C3=A4ggare?= <a@example.se>\r\n"
    "To: registrator@example.se\r\n"
    "Subject: Redovisning\r\n"
    "MIME-Version: 1.0\r\n";

}  // namespace

TEST_CASE("mail: a quoted-printable body is decoded, soft line breaks joined, headers dropped") {
  std::string mail = std::string(kHead) +
                     "Content-Type: text/plain; charset=utf-8\r\n"
                     "Content-Transfer-Encoding: Quoted-Printable\r\n"
                     "\r\n"
                     "Kommun  Timr=C3=A5\r\n"
                     "Ombuden har erbjudits handledning. =E2=98=92 =\r\n"
                     "Ja=20\r\n"
                     "x =3D 2, a=\r\n";
  std::string text;
  REQUIRE(MailBodyText(mail, &text) == MailText::kText);
  CHECK(text == "Kommun  Timrå\r\nOmbuden har erbjudits handledning. ☒ Ja \r\nx = 2, a");
}

TEST_CASE("mail: base64, and a multipart's text/plain part before its HTML and attachment") {
  std::string mail = std::string(kHead) +
                     "Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n"
                     "preamble\r\n--outer\r\n"
                     "Content-Type: multipart/alternative; boundary=inner\r\n\r\n"
                     "--inner\r\nContent-Type: text/html\r\n\r\n<p>html</p>\r\n"
                     "--inner\r\nContent-Type: text/plain; charset=utf-8\r\n"
                     "Content-Transfer-Encoding: base64\r\n\r\n"
                     "S29tbXVu\r\nICBUaW1yw6U=\r\n"
                     "--inner--\r\n"
                     "--outer\r\nContent-Type: text/plain\r\n"
                     "Content-Disposition: attachment; filename=a.txt\r\n\r\nnot this\r\n"
                     "--outer--\r\n";
  std::string text;
  REQUIRE(MailBodyText(mail, &text) == MailText::kText);
  CHECK(text == "Kommun  Timrå");
  // no text/plain part: the HTML one
  std::string html = std::string(kHead) +
                     "Content-Type: multipart/alternative; boundary=b\n\n"
                     "--b\nContent-Type: text/html; charset=utf-8\n\n<p>Kommun</p>\n--b--\n";
  REQUIRE(MailBodyText(html, &text) == MailText::kText);
  CHECK(text == "<p>Kommun</p>\n");
}

TEST_CASE("mail: a message whose only part is an attachment has no text") {
  std::string mail = std::string(kHead) +
                     "Content-Type: multipart/mixed; boundary=b\n\n"
                     "--b\nContent-Type: application/vnd.openxmlformats-officedocument."
                     "wordprocessingml.document\nContent-Transfer-Encoding: base64\n\nUEsDBA==\n"
                     "--b--\n";
  std::string text = "unchanged";
  CHECK(MailBodyText(mail, &text) == MailText::kNoText);
}

TEST_CASE("mail: a report opening with colon lines, or headers without MIME, is no message") {
  std::string text = "unchanged";
  CHECK(MailBodyText("Kommun: Timrå\nLän: Västernorrland\n\nRedovisning\n", &text) ==
        MailText::kNotMail);
  CHECK(MailBodyText("From: a@b.se\nTo: c@d.se\nSubject: x\n\nbody\n", &text) ==
        MailText::kNotMail);  // no MIME header: read as it stands
  CHECK(MailBodyText("Content-Type: text/plain\nFrom: a@b.se\n\nbody\n", &text) ==
        MailText::kNotMail);  // one address header only
  CHECK(MailBodyText("", &text) == MailText::kNotMail);
  CHECK(MailBodyText(std::string(kHead) + "Content-Type: text/plain\n", &text) ==
        MailText::kNotMail);  // headers never ended
  CHECK(text == "unchanged");
}

TEST_CASE("mail: a quoted-printable body saved without its headers is decoded") {
  std::string body =
      "Kommun  Timr=C3=A5\n"
      "Nämnd\n"  // a byte past ASCII unescaped: no such body
      "Postort  Sundsvall\n";
  std::string text = "unchanged";
  CHECK(MailBodyText(body, &text) == MailText::kNotMail);
  body =
      "Kommun  Timr=C3=A5\n"
      "N=C3=A4mnd  Socialn=C3=A4mnd, ett mycket l=C3=A5ngt svar som g=C3=A5r =\n"
      "vidare\n";
  REQUIRE(MailBodyText(body, &text) == MailText::kText);
  CHECK(text == "Kommun  Timrå\nNämnd  Socialnämnd, ett mycket långt svar som går vidare\n");
  // An '=' that is no escape, or a line past 76 bytes: text as it stands.
  text = "unchanged";
  CHECK(MailBodyText(body + "Summa = 5\n", &text) == MailText::kNotMail);
  CHECK(MailBodyText(body + std::string(77, 'x') + "\n", &text) == MailText::kNotMail);
  CHECK(text == "unchanged");
}

}  // namespace mail_message_test
