#include "read/text/quoted_text.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "redovis/document.h"

namespace quoted_text_test {

using namespace redovis;

TEST_CASE("quoted text: a reply's quoting is told and taken off one level at a time") {
  const std::string twice = "> > Kommun   Timrå\n> > Kontaktperson   Inga-Lill\n> > År 2020\n";
  CHECK(Quoted(twice));
  const std::string once = Unquote(twice);
  CHECK(once == "> Kommun   Timrå\n> Kontaktperson   Inga-Lill\n> År 2020\n");
  CHECK(Unquote(once) == "Kommun   Timrå\nKontaktperson   Inga-Lill\nÅr 2020\n");
  // A quoted page's form feed keeps the spaces after it: the line's own.
  CHECK(Unquote("> \f    Sida 2\n") == "\f    Sida 2\n");
  // Two quoted lines in a letter are a quotation in it, not a reply.
  CHECK_FALSE(Quoted("Hej!\n> Kommun Timrå\n> År 2020\nMed vänlig hälsning\n"));
}

TEST_CASE("quoted text: a forwarded message's header is told by its dashes and fields") {
  CHECK(
      ForwardedInMail("-----Original Message-----\nFrom: Anna <a@b.se>\nSent: 14 januari\n"
                      "Subject: Redovisning\n\nKommun   Timrå\n"));
  // No address among the fields; too few fields.
  CHECK_FALSE(
      ForwardedInMail("-----Original Message-----\nFrom: Anna\nSent: 14 januari\n"
                      "Subject: Redovisning\n"));
  CHECK_FALSE(ForwardedInMail("-----Original Message-----\nFrom: Anna <a@b.se>\n"));
}

TEST_CASE("quoted text: a stripped margin, the marked lines ending undecided") {
  const std::string t = "   Kontaktperson   Inga-Lill\r\nNilsson\n\f  Sida 2\n";
  const std::string stripped = StripMargins(t, {0});
  CHECK(stripped ==
        std::string("Kontaktperson   Inga-Lill") + kUndecidedWrap + "\r\nNilsson\n\f  Sida 2\n");
  CHECK(StripMargins(t, {}) == "Kontaktperson   Inga-Lill\r\nNilsson\n\f  Sida 2\n");
}

TEST_CASE("quoted text: a laid-out text a mail re-wrapped at its width is told") {
  // Eight rows of two cells; the first three, the widest, broken at the
  // width with their tails at column 0; the rest short enough that the
  // next row's first word would have fitted after them.
  std::string quoted, unquoted;
  auto add = [&](const std::string& line) {
    quoted += "> " + line + "\n";
    unquoted += line + "\n";
  };
  for (int k = 0; k < 8; ++k) {
    if (k < 3) {
      add("Rad " + std::to_string(k) + "   ett svar som fyller raden ut till slutet av");
      add("bredden");
    } else {
      add("Rad " + std::to_string(k) + "   kort svar");
    }
  }
  std::vector<size_t> broken;
  CHECK(Rewrapped(quoted, unquoted, &broken));
  CHECK(broken == std::vector<size_t>{0, 2, 4});
  // The same rows whole: nothing broken.
  std::string whole_q, whole_u;
  for (int k = 0; k < 8; ++k) {
    std::string row = "Rad " + std::to_string(k) + "   kort svar";
    whole_q += "> " + row + "\n";
    whole_u += row + "\n";
  }
  whole_q += "> Sista raden   ett svar som fyller raden ut till slutet av bredden\n";
  whole_u += "Sista raden   ett svar som fyller raden ut till slutet av bredden\n";
  CHECK_FALSE(Rewrapped(whole_q, whole_u));
}

}  // namespace quoted_text_test
