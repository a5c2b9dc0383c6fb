// Tests of base/display_text: terminal escape sequences, forged lines and
// bidirectional overrides never survive; ordinary text (Swedish letters,
// backslashes, tabs) is kept.
#include "base/display_text.h"

#include <doctest/doctest.h>

#include <string>

#include "base/utf8.h"

namespace display_text_test {

using namespace redovis;

namespace {

/// True when `s` holds a C0 control other than tab, or DEL.
bool HasRawControl(const std::string& s) {
  for (unsigned char c : s)
    if ((c < 0x20 && c != '\t') || c == 0x7F) return true;
  return false;
}

}  // namespace

TEST_CASE("terminal escape sequences are shown, not sent") {
  std::string clear = "\x1b[2J\x1b[H";
  std::string title = "\x1b]0;pwned\x07";
  std::string clipboard = "\x1b]52;c;cm0gLXJmIH4=\x1b\\";
  for (const std::string& s : {clear, title, clipboard}) {
    std::string shown = DisplayText("Kommun " + s + " Timrå");
    CHECK_FALSE(HasRawControl(shown));
    CHECK(shown.find("␛") != std::string::npos);
    CHECK(shown.find("Timrå") != std::string::npos);
  }
  CHECK(DisplayText(clear) == "␛[2J␛[H");
  CHECK(DisplayText(title) == "␛]0;pwned␇");
}

TEST_CASE("a line break cannot forge a line") {
  std::string forged = "Timrå\nredovis: 1 file, 1 report (complete 1), 0 unreadable";
  std::string shown = DisplayText(forged);
  CHECK(shown.find('\n') == std::string::npos);
  CHECK(shown == "Timrå⏎redovis: 1 file, 1 report (complete 1), 0 unreadable");
  CHECK(DisplayText("a\r\nb") == "a␍⏎b");
}

TEST_CASE("C1 controls, bidirectional overrides and separators are written as \\u escapes") {
  CHECK(DisplayText("a\xc2\x9b"
                    "31mb") == "a\\u009b31mb");
  CHECK(DisplayText("file\xe2\x80\xae"
                    "fdp.exe") == "file\\u202efdp.exe");
  CHECK(DisplayText("a\xe2\x80\xa8"
                    "b") == "a\\u2028b");
}

TEST_CASE("ordinary text is kept; malformed UTF-8 is U+FFFD") {
  CHECK(DisplayText("Socialförvaltningen, Åre\tC:\\rapport") ==
        "Socialförvaltningen, Åre\tC:\\rapport");
  const std::string malformed = "\xff", replacement = "\xef\xbf\xbd";
  CHECK(DisplayText(malformed + "a") == replacement + "a");
  CHECK(DisplayText("") == "");
}

TEST_CASE("PictureControls keeps line breaks and tabs and pictures the rest") {
  CHECK(PictureControls("a\x1b[2Jb\r\n\tc\x7f") == "a␛[2Jb\r\n\tc␡");
  CHECK(PictureControls(std::string("a\0b", 3)) == "a␀b");
  CHECK(PictureControls("Åre") == "Åre");
}

TEST_CASE("DisplayWidth: columns on a terminal, wide characters two, combining marks none") {
  CHECK(DisplayWidth("") == 0);
  CHECK(DisplayWidth("Åre kommun") == 10);
  CHECK(DisplayWidth("A\xcc\x8a"
                     "re") == 3);  // A + combining ring above
  CHECK(DisplayWidth("報告.pdf") == 8);
  CHECK(DisplayWidth("␛[2J") == 4);
}

TEST_CASE("FitDisplayWidth: a long name keeps its beginning and its end") {
  CHECK(FitDisplayWidth("report.pdf", 10) == "report.pdf");
  std::string fitted = FitDisplayWidth("archive/2019/001_timra_kommun_scanned.pdf", 20);
  CHECK(DisplayWidth(fitted) == 20);
  CHECK(fitted == "archiv…n_scanned.pdf");
  // Whole code points only, never a split UTF-8 sequence, wide ones counted twice.
  std::string wide = FitDisplayWidth("ååååååååååå/報告報告報告.pdf", 12);
  CHECK(DisplayWidth(wide) <= 12);
  CHECK(IsValidUtf8(wide));
  CHECK(wide.rfind(".pdf") == wide.size() - 4);
  CHECK(FitDisplayWidth("abcdef", 1) == "…");
  CHECK(FitDisplayWidth("abcdef", 0) == "");
}

}  // namespace display_text_test
