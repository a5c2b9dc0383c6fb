#include "check/finding_text.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace redovis;

TEST_CASE("where: a finding in the document's own terms, in each language") {
  const Messages& m = testing::ProjectPatterns().messages();
  Source report;
  report.first_page = 3;
  report.last_page = 7;
  report.first_line = 1;
  Finding f;
  f.origin = "table 11 row 3";
  f.line = 17;  // a Word file's reading order: never shown where the table is known
  CHECK(FindingWhere(f, report, m, "sv") == "tabell 11, rad 3");
  CHECK(FindingWhere(f, report, m, "en") == "table 11, row 3");
  f.origin = "paragraph 32";
  CHECK(FindingWhere(f, report, m, "sv") == "stycke 32");
  f.origin.clear();
  f.page = 4;
  f.line = 12;
  CHECK(FindingWhere(f, report, m, "sv") == "sidan 4, rad 12");
  CHECK(FindingWhere(f, report, m, "en") == "page 4, line 12");
  f.page = 0;
  CHECK(FindingWhere(f, report, m, "sv") == "rad 12");
  // No place of its own: the report's pages, or its lines.
  f.line = 0;
  CHECK(FindingWhere(f, report, m, "sv") == "i rapporten (sidorna 3–7)");
  report.first_page = 0;
  report.last_line = 90;
  CHECK(FindingWhere(f, report, m, "en") == "in the report (lines 1-90)");
  CHECK(FindingWhere(f, Source(), m, "sv").empty());
}

TEST_CASE("LocaliseFindings writes each message again from its id; others are kept") {
  Record r;
  Finding made;
  made.code = "required_missing";
  made.message = "english";
  made.message_id = "required_missing";
  made.args = {{"label", "Kontaktperson"}};
  Finding reader;
  reader.code = "encoding";
  reader.message = "assumed CP850";
  r.findings = {made, reader};
  LocaliseFindings(&r, testing::ProjectPatterns().messages(), "sv");
  CHECK(r.findings[0].message == "'Kontaktperson' är obesvarad i blanketten");
  CHECK(r.findings[1].message == "assumed CP850");
}
