#include "check/finding_text.h"

#include <doctest/doctest.h>

#include "test_support.h"

namespace finding_text_test {

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

TEST_CASE("a finding's parts are written again in the language, each from its own id") {
  // A table row whose marks' columns cannot be told, as the matcher makes it.
  auto recs = testing::ExtractText(
      "REDOVISNING\nStatsbidrag avseende år 2020\n"
      "Kontaktuppgifter till den kommun som beviljats statsbidraget\n"
      "Kommun    Timrå\n"
      "1. Personliga ombud\n"
      "Utbildning\n"
      "                                              Ja      Nej\n"
      "Ombuden har erbjudits utbildning.                 X\n");
  REQUIRE(recs.size() == 1);
  const Finding* f = nullptr;
  for (const Finding& x : recs[0].findings)
    if (x.code == "ambiguous_column") f = &x;
  REQUIRE(f != nullptr);
  REQUIRE(f->parts.size() == 1);
  CHECK(f->message.find("'X' between yes and no") != std::string::npos);
  Record r = recs[0];
  LocaliseFindings(&r, testing::ProjectPatterns().messages(), "sv");
  bool swedish = false;
  for (const Finding& x : r.findings)
    if (x.code == "ambiguous_column")
      swedish = x.message.find("'X', som står mellan kolumnerna Ja och Nej") != std::string::npos &&
                x.message.find("between") == std::string::npos;
  CHECK(swedish);
}

TEST_CASE("an unreadable file says why in Swedish, by its code; English is as the reader said") {
  const Messages& messages = testing::ProjectPatterns().messages();
  Record r = Extractor::Unreadable(Source{}, "timeout", "reading took longer than 60 s");
  r.source.file = "a.pdf";
  r.findings[0].args["file"] = "a.pdf";
  Record en = r;
  LocaliseFindings(&r, messages, "sv");
  CHECK(r.findings[0].message.find("tidsgränsen (--timeout)") != std::string::npos);
  CHECK(r.findings[0].message.find("reading took longer than 60 s") != std::string::npos);
  LocaliseFindings(&en, messages, "en");
  CHECK(en.findings[0].message == "a.pdf: reading took longer than 60 s");

  // A code with no wording of its own keeps the general message.
  Record other = Extractor::Unreadable(Source{}, "new_code", "detail");
  other.findings[0].args["file"] = "b.txt";
  LocaliseFindings(&other, messages, "sv");
  CHECK(other.findings[0].message == "b.txt: filen kunde inte läsas: detail");
}

TEST_CASE("every code an unreadable file can have has its Swedish message") {
  const Messages& messages = testing::ProjectPatterns().messages();
  for (const char* code : {"empty_file",        "binary_file",        "wrong_format",
                           "legacy_word",       "converter_missing",  "conversion_failed",
                           "not_a_zip",         "missing_part",       "encrypted",
                           "zip_bomb",          "zip_limits",         "xml_error",
                           "xml_dtd",           "xml_too_deep",       "corrupt",
                           "no_text_layer",     "ocr_unavailable",    "ocr_failed",
                           "too_large",         "cannot_open",        "timeout",
                           "crashed",           "out_of_memory",      "internal_error",
                           "pdf_unavailable",   "typesetting_source", "office_unavailable",
                           "mail_without_text", "refilled_text",      "pdftohtml_page",
                           "ocr_word_table",    "lost_line_breaks",   "archive_without_report",
                           "nested_archive"})
    CHECK_MESSAGE(messages.Has(std::string("file_unreadable.") + code), code);
}

}  // namespace finding_text_test
