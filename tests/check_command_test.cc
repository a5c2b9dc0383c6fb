#include "cli/check_command.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <sstream>

#include "check/finding_text.h"
#include "test_support.h"

namespace check_command_test {

using namespace redovis;

TEST_CASE("check's text: the file and its range, the status, counts, a line per finding") {
  Record r;
  r.source.file = "inbox/a.pdf";
  r.source.first_page = 2;
  r.source.last_page = 5;
  r.source.first_line = 1;
  r.status = "incomplete";
  r.edition = "po-2021";
  Finding missing = testing::MakeFinding("error", "required_missing", {"contact.person"},
                                         "Kontaktperson is blank", 3, 7, "");
  Finding note = testing::MakeFinding("info", "reader_note", {}, "a note for developers", 0, 0, "");
  Finding sum = testing::MakeFinding(
      "warning", "sum_mismatch", {"clients.total.women", "clients.total.men"}, "no sum", 0, 0, "");
  r.findings = {missing, note, sum};
  std::ostringstream out;
  PrintCheckSummary(out, r, testing::ProjectPatterns(), "en");
  CHECK(out.str() ==
        "inbox/a.pdf (pages 2-5)  incomplete  po-2021  errors 1, warnings 1\n"
        "  error required_missing [contact.person] page 3, line 7: Kontaktperson is blank\n"
        "  warning sum_mismatch [clients.total.women, clients.total.men] in the report (pages "
        "2-5): no sum\n");
}

TEST_CASE("check's text is Swedish by default: words, places, labels, decimal commas") {
  Record r;
  r.source.file = "inbox/a.docx";
  r.source.first_line = 1;
  r.source.last_line = 90;
  r.status = "incomplete";
  r.edition = "po-2021";
  Finding missing =
      testing::MakeFinding("error", "required_missing", {"contact.person"}, "english", 0, 17, "");
  missing.origin = "table 11 row 3";
  missing.label = "Kontaktperson";
  missing.message_id = "required_missing";
  missing.args = {{"label", "Kontaktperson"}};
  Finding fte =
      testing::MakeFinding("warning", "ombud_fte_mismatch", {"ombud.fte"}, "english", 0, 0, "");
  fte.origin = "paragraph 32";
  fte.message_id = "ombud_fte_mismatch";
  fte.args = {{"total_label", "Antal ombudstjänster"}, {"total", "2.50"}, {"sum", "1"}};
  r.findings = {missing, fte};
  LocaliseFindings(&r, testing::ProjectPatterns().messages(), "sv");
  std::ostringstream out;
  PrintCheckSummary(out, r, testing::ProjectPatterns(), "sv");
  CHECK(out.str() ==
        "inbox/a.docx (raderna 1–90)  ofullständig  po-2021  fel 1, varningar 1\n"
        "  fel required_missing [contact.person] tabell 11, rad 3 ”Kontaktperson”: "
        "'Kontaktperson' är obesvarad i blanketten\n"
        "  varning ombud_fte_mismatch [ombud.fte] stycke 32: Antal ombudstjänster är 2,50, men "
        "bara 1 ombud är redovisade per kön\n");
  // The same in English, asked for.
  LocaliseFindings(&r, testing::ProjectPatterns().messages(), "en");
  std::ostringstream en;
  PrintCheckSummary(en, r, testing::ProjectPatterns(), "en");
  CHECK(en.str().find("table 11, row 3 \"Kontaktperson\": the form's required answer "
                      "'Kontaktperson' is blank") != std::string::npos);
  CHECK(en.str().find("is 2.50, but only 1 ombud") != std::string::npos);
}

TEST_CASE("check's text: a text file gives its line range; no range without one") {
  Record r;
  r.source.file = "a.txt";
  r.source.first_line = 5;
  r.source.last_line = 235;
  r.status = "complete";
  std::ostringstream out;
  PrintCheckSummary(out, r, testing::ProjectPatterns(), "en");
  CHECK(out.str() == "a.txt (lines 5-235)  complete  errors 0, warnings 0\n");
  Record none;
  none.source.file = "missing.txt";
  none.status = "unreadable";
  std::ostringstream out2;
  PrintCheckSummary(out2, none, testing::ProjectPatterns(), "en");
  CHECK(out2.str() == "missing.txt  unreadable  errors 0, warnings 0\n");
}

TEST_CASE("check's text: a document's escapes and line breaks never reach the terminal raw") {
  Record r;
  r.source.file =
      "in\x1b]0;title\x07"
      "box/a.txt\nredovis: 9 files";
  r.status = "incomplete";
  Finding clear = testing::MakeFinding(
      "error", "required_missing", {"contact.person"},
      "Kontaktperson \x1b[2J\x1b]52;c;cm0gLXJm\x07 is blank\nFORGED 0 errors", 0, 0, "");
  r.findings = {clear};
  std::ostringstream out;
  PrintCheckSummary(out, r, testing::ProjectPatterns(), "en");
  std::string s = out.str();
  CHECK(s.find('\x1b') == std::string::npos);
  CHECK(s.find('\x07') == std::string::npos);
  CHECK(s.find("\nredovis:") == std::string::npos);
  CHECK(s.find("\nFORGED") == std::string::npos);
  CHECK(std::count(s.begin(), s.end(), '\n') == 2);  // one summary line, one finding
  CHECK(s.find("␛[2J␛]52;c;cm0gLXJm␇ is blank⏎FORGED") != std::string::npos);
}

TEST_CASE("check fails a blank form, no report, an unreadable file, and findings from --fail-on") {
  Record r;
  r.status = "complete";
  CHECK_FALSE(FailsCheck(r, Severity::kError));
  for (const char* status : {"blank", "no_report", "unreadable"}) {
    r.status = status;
    CHECK(FailsCheck(r, Severity::kError));
  }
  r.status = "complete";
  r.findings = {testing::MakeFinding("warning", "sum_mismatch", {}, "m", 0, 0, "")};
  CHECK_FALSE(FailsCheck(r, Severity::kError));
  CHECK(FailsCheck(r, Severity::kWarning));
  CHECK(FailsCheck(r, Severity::kInfo));
  r.findings = {testing::MakeFinding("info", "reader_note", {}, "for developers", 0, 0, "")};
  CHECK_FALSE(FailsCheck(r, Severity::kInfo));
  r.findings = {testing::MakeFinding("info", "encoding", {}, "cp850", 0, 0, "")};
  CHECK(FailsCheck(r, Severity::kInfo));
  CHECK_FALSE(FailsCheck(r, Severity::kWarning));
}

}  // namespace check_command_test
