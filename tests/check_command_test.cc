#include "cli/check_command.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <sstream>

#include "test_support.h"

using namespace redovis;

namespace {

const CheckUi& Ui(const std::string& lang) {
  static std::map<std::string, CheckUi> uis;
  auto [it, fresh] = uis.try_emplace(lang);
  if (fresh) REQUIRE(it->second.Load(testing::ProjectPatterns().dir(), lang).ok());
  return it->second;
}

}  // namespace

TEST_CASE("check's text: the file and its range, the status, counts, a line per finding") {
  Record r;
  r.source.file = "inbox/a.pdf";
  r.source.first_page = 2;
  r.source.last_page = 5;
  r.source.first_line = 1;
  r.status = "incomplete";
  r.edition = "po-2021";
  Finding missing{"error", "required_missing", {"contact.person"}, "Kontaktperson is blank", 3, 7,
                  ""};
  Finding note{"info", "reader_note", {}, "a note for developers", 0, 0, ""};
  Finding sum{
      "warning", "sum_mismatch", {"clients.total.women", "clients.total.men"}, "no sum", 0, 0, ""};
  r.findings = {missing, note, sum};
  std::ostringstream out;
  PrintCheckSummary(out, r, testing::ProjectPatterns().catalogue(), Ui("en"));
  CHECK(out.str() ==
        "inbox/a.pdf (pages 2–5)  incomplete  po-2021  errors 1, warnings 1\n"
        "  error required_missing [contact.person] page 3, line 7: Kontaktperson is blank\n"
        "  warning sum_mismatch [clients.total.women, clients.total.men]: no sum\n");
}

TEST_CASE("check's text: a text file gives its line range; no range without one") {
  Record r;
  r.source.file = "a.txt";
  r.source.first_line = 5;
  r.source.last_line = 235;
  r.status = "complete";
  std::ostringstream out;
  PrintCheckSummary(out, r, testing::ProjectPatterns().catalogue(), Ui("en"));
  CHECK(out.str() == "a.txt (lines 5–235)  complete  errors 0, warnings 0\n");
  Record none;
  none.source.file = "missing.txt";
  none.status = "unreadable";
  std::ostringstream out2;
  PrintCheckSummary(out2, none, testing::ProjectPatterns().catalogue(), Ui("en"));
  CHECK(out2.str() == "missing.txt  unreadable  errors 0, warnings 0\n");
}

TEST_CASE("check's text: a document's escapes and line breaks never reach the terminal raw") {
  Record r;
  r.source.file =
      "in\x1b]0;title\x07"
      "box/a.txt\nredovis: 9 files";
  r.status = "incomplete";
  Finding clear{"error",
                "required_missing",
                {"contact.person"},
                "Kontaktperson \x1b[2J\x1b]52;c;cm0gLXJm\x07 is blank\nFORGED 0 errors",
                0,
                0,
                ""};
  r.findings = {clear};
  std::ostringstream out;
  PrintCheckSummary(out, r, testing::ProjectPatterns().catalogue(), Ui("en"));
  std::string s = out.str();
  CHECK(s.find('\x1b') == std::string::npos);
  CHECK(s.find('\x07') == std::string::npos);
  CHECK(s.find("\nredovis:") == std::string::npos);
  CHECK(s.find("\nFORGED") == std::string::npos);
  CHECK(std::count(s.begin(), s.end(), '\n') == 2);  // one summary line, one finding
  CHECK(s.find("␛[2J␛]52;c;cm0gLXJm␇ is blank⏎FORGED") != std::string::npos);
}

TEST_CASE("check's text is Swedish by default: status, counts and places from patterns") {
  Record r;
  r.source.file = "a.pdf";
  r.source.first_page = 1;
  r.source.last_page = 3;
  r.source.first_line = 1;
  r.status = "incomplete";
  r.findings = {{"warning", "sum_mismatch", {}, "m", 2, 9, ""}};
  std::ostringstream out;
  PrintCheckSummary(out, r, testing::ProjectPatterns().catalogue(), Ui("sv"));
  CHECK(out.str() ==
        "a.pdf (sidorna 1–3)  ofullständig  fel 0, varningar 1\n"
        "  varning sum_mismatch sidan 2, rad 9: m\n");
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
  r.findings = {{"warning", "sum_mismatch", {}, "m", 0, 0, ""}};
  CHECK_FALSE(FailsCheck(r, Severity::kError));
  CHECK(FailsCheck(r, Severity::kWarning));
  CHECK(FailsCheck(r, Severity::kInfo));
  r.findings = {{"info", "reader_note", {}, "for developers", 0, 0, ""}};
  CHECK_FALSE(FailsCheck(r, Severity::kInfo));
  r.findings = {{"info", "encoding", {}, "cp850", 0, 0, ""}};
  CHECK(FailsCheck(r, Severity::kInfo));
  CHECK_FALSE(FailsCheck(r, Severity::kWarning));
}
