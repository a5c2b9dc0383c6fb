#include "write/check_ui.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "test_support.h"

namespace check_ui_test {

using namespace redovis;

namespace {

CheckUi Load(const std::string& lang) {
  CheckUi ui;
  REQUIRE(
      ui.Load(testing::ProjectPatterns().messages(), testing::ProjectPatterns().dir(), lang).ok());
  return ui;
}

}  // namespace

TEST_CASE("check UI: strings in the language asked for, with their places filled in") {
  CheckUi sv = Load("sv"), en = Load("en");
  CHECK(sv.lang() == "sv");
  CHECK(sv.StatusWord("blank") == "tom blankett");
  CHECK(en.StatusWord("blank") == "blank form");
  CHECK(sv.StatusWord("new_status") == "new_status");
  CHECK(sv.SeverityWord("warning") == "varning");
  CHECK(sv.Text("where.page_line", {{"page", "3"}, {"line", "7"}}) == "sidan 3, rad 7");
  CHECK(sv.Text("no.such.key") == "{no.such.key}");
  Finding f = testing::MakeFinding("error", "required_missing", {}, "m", 0, 17, "");
  CHECK(sv.Where(f) == "rad 17");
  f.page = 2;
  CHECK(en.Where(f) == "page 2, line 17");
  f.page = f.line = 0;
  CHECK(sv.Where(f) == "");
  CheckUi ui;
  CHECK(ui.Load(testing::ProjectPatterns().messages(), testing::ProjectPatterns().dir(), "de")
            .code() == "pattern_error");
}

TEST_CASE("check UI: a malformed follow-up row is refused with its file and line") {
  auto dir = std::filesystem::temp_directory_path() / ("check_ui_test_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "check_followup.tsv") << "code\twho\n# comment\nrequired_missing\n";
  CheckUi ui;
  Status s = ui.Load(testing::ProjectPatterns().messages(), dir.string(), "sv");
  CHECK(s.code() == "pattern_error");
  CHECK(s.message().find("check_followup.tsv:3") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE(
    "check UI: the strings are the pattern set's messages, not a second reading of the file") {
  Messages messages;
  auto dir = std::filesystem::temp_directory_path() / ("check_ui_msgs_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "messages.tsv") << "id\tsv\ten\nstatus.blank\tblankt\tempty\n";
  std::ofstream(dir / "check_followup.tsv") << "code\twho\n";
  REQUIRE(messages.Load((dir / "messages.tsv").string()).ok());
  std::filesystem::remove(dir / "messages.tsv");  // read once, by Messages
  CheckUi ui;
  REQUIRE(ui.Load(messages, dir.string(), "sv").ok());
  CHECK(ui.StatusWord("blank") == "blankt");
  CHECK(ui.Text("status.blank") == "blankt");
  CHECK(ui.Text("status.complete") == "{status.complete}");
  std::filesystem::remove_all(dir);
}

TEST_CASE("the templates fill known names and keep other braces (FillPlaceholders)") {
  CHECK(FillPlaceholders("{a} and {b} {c", {{"a", "1"}, {"b", "{a}"}}) == "1 and {a} {c");
}

TEST_CASE("Assess: what the municipality is asked, what the officer checks, what needs action") {
  CheckUi ui = Load("sv");
  Record r;
  r.status = "complete";
  CHECK_FALSE(ui.Assess(r, Severity::kError).needs_action);

  r.findings = {
      testing::MakeFinding("warning", "sum_mismatch", {}, "the age groups add up to 30", 2, 4, ""),
      testing::MakeFinding("warning", "unreadable_number", {}, "'ONBRROBW 2' is not a number", 1, 3,
                           ""),
      testing::MakeFinding("info", "municipality_inferred", {}, "from the e-mail", 0, 0, ""),
      testing::MakeFinding("info", "reader_note", {}, "developers", 0, 0, "")};
  ReportAction a = ui.Assess(r, Severity::kError);
  CHECK(a.needs_action);
  REQUIRE(a.ask_municipality.size() == 1);
  CHECK(a.ask_municipality[0].message == "the age groups add up to 30");
  CHECK(a.ask_municipality[0].where == "sidan 2, rad 4");
  // The tool's own doubt is never put to the municipality.
  REQUIRE(a.check_yourself.size() == 1);
  CHECK(a.check_yourself[0].code == "unreadable_number");
  CHECK(a.check_yourself[0].message.find("'ONBRROBW 2' is not a number") != std::string::npos);

  Record info;
  info.status = "complete";
  info.findings = {testing::MakeFinding("info", "encoding", {}, "cp850", 0, 0, "")};
  CHECK_FALSE(ui.Assess(info, Severity::kError).needs_action);
  CHECK(ui.Assess(info, Severity::kInfo).needs_action);

  Record blank;
  blank.status = "blank";
  a = ui.Assess(blank, Severity::kError);
  CHECK(a.needs_action);
  REQUIRE(a.ask_municipality.size() == 1);
  CHECK(a.ask_municipality[0].message == ui.Text("action.blank"));

  Record locked;
  locked.status = "unreadable";
  locked.findings = {
      testing::MakeFinding("error", "encrypted", {}, "the PDF needs a password", 0, 0, "")};
  a = ui.Assess(locked, Severity::kError);
  REQUIRE(a.ask_municipality.size() == 1);
  CHECK(a.ask_municipality[0].message == ui.Text("action.unreadable", {{"code", "encrypted"}}));
  Record slow = locked;
  slow.findings = {testing::MakeFinding("error", "timeout", {}, "stopped after 60 s", 0, 0, "")};
  a = ui.Assess(slow, Severity::kError);
  CHECK(a.needs_action);
  CHECK(a.ask_municipality.empty());
  CHECK(a.check_yourself.size() == 1);
}

TEST_CASE(
    "Assess: a report read by OCR asks the municipality nothing before the scan is compared") {
  CheckUi ui = Load("sv");
  Record r;
  r.status = "blank";
  r.provenance["report.year"].ocr = true;
  r.findings = {testing::MakeFinding("warning", "sum_mismatch", {}, "the age groups add up to 30",
                                     3, 50, "")};
  ReportAction a = ui.Assess(r, Severity::kError);
  CHECK(a.needs_action);
  CHECK(a.ask_municipality.empty());
  REQUIRE(a.check_yourself.size() == 2);
  CHECK(a.check_yourself[0].message ==
        ui.Text("action.ocr", {{"message", ui.Text("action.blank")}}));
  CHECK(a.check_yourself[1].message ==
        ui.Text("action.ocr", {{"message", "the age groups add up to 30"}}));
  CHECK(a.check_yourself[1].where == "sidan 3, rad 50");
}

TEST_CASE("the contact a follow-up goes to: the person's e-mail first, else the municipality's") {
  const Catalogue& c = testing::ProjectPatterns().catalogue();
  Record r;
  CHECK(ContactEmail(r, c) == "");
  r.values[c.KeyWithRole("contact_email")] = Value::Text("kommun@ex.se");
  CHECK(ContactEmail(r, c) == "kommun@ex.se");
  r.values[c.KeyWithRole("contact_person_email")] = Value::Text("anna@ex.se");
  r.values[c.KeyWithRole("contact_person")] = Value::Text("Anna Berg");
  CHECK(ContactEmail(r, c) == "anna@ex.se");
  CHECK(ContactPerson(r, c) == "Anna Berg");
}

TEST_CASE("TodayIso: SOURCE_DATE_EPOCH makes the date reproducible") {
  setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  CHECK(TodayIso() == "2023-11-14");
  unsetenv("SOURCE_DATE_EPOCH");
  CHECK(TodayIso().size() == 10);
}

}  // namespace check_ui_test
