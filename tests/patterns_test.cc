#include "redovis/patterns.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "patterns/regex.h"
#include "test_paths.h"
#include "test_support.h"

namespace patterns_test {

using namespace redovis;
namespace fs = std::filesystem;

namespace {

/// A copy of the project's patterns in a fresh temporary directory.
fs::path CopyPatterns(const std::string& name) {
  fs::path dir =
      fs::temp_directory_path() / ("redovis-patterns-" + name + "-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::copy(std::string(redovis::testing::SourceDir()) + "/patterns", dir,
           fs::copy_options::recursive);
  return dir;
}

void Append(const fs::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::app);
  out << text;
}

/// Checks that the patterns with `text` appended to `file` do not load, and
/// that the error names that file and the line of `text`'s last line; with
/// `why`, that the message says it.
void CheckRefused(const std::string& file, const std::string& text, const std::string& why = "") {
  fs::path dir = CopyPatterns("refused");
  std::ifstream in(dir / file);
  std::string full((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  full += text;
  size_t last = full.find_last_not_of('\n');
  size_t start = full.rfind('\n', last);
  int line = 1 + static_cast<int>(std::count(full.begin(), full.begin() + start + 1, '\n'));
  Append(dir / file, text);
  std::unique_ptr<PatternSet> ps;
  Status s = PatternSet::Load(dir.string(), &ps);
  CHECK_MESSAGE(s.code() == "pattern_error", text);
  CHECK_MESSAGE(s.message().find(file + ":" + std::to_string(line) + ": ") != std::string::npos,
                s.message());
  CHECK_MESSAGE(s.message().find(why) != std::string::npos, s.message());
  fs::remove_all(dir);
}

}  // namespace

TEST_CASE("the project's patterns load, with every edition") {
  const PatternSet& ps = testing::ProjectPatterns();
  CHECK(ps.catalogue().fields().size() > 150);
  CHECK(ps.municipalities().size() == 290);
  for (const char* e : {"po-2016", "po-2020", "po-2021", "po-2023"}) {
    const Edition* ed = ps.FindEdition(e);
    REQUIRE(ed != nullptr);
    CHECK(!ed->rules.empty());
    CHECK(!ed->detectors.empty());
  }
}

TEST_CASE("loading gives rules their labels without compiling their regexes for matching") {
  // A rule's label is checked against its regex at load (SetLabel); the
  // case-sensitive compilation of the syntax check answers that, so most
  // labelled rules' case-insensitive regexes wait for their first match.
  std::unique_ptr<PatternSet> ps;
  Status s = PatternSet::Load(std::string(redovis::testing::SourceDir()) + "/patterns", &ps);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  size_t labelled = 0, waiting = 0;
  for (const auto& e : ps->editions())
    for (const auto& r : e->rules)
      if (!r->label.empty()) {
        ++labelled;
        waiting += !r->regex.compiled->IsCompiled();
      }
  CHECK(labelled > 100);
  CHECK(waiting * 10 > labelled * 9);
}

TEST_CASE("a malformed pattern file is an error naming the file and line") {
  fs::path dir = CopyPatterns("bad");
  Append(dir / "po-2020.rules", "\nfield clients.total.women \"^(unclosed\"\n");
  std::unique_ptr<PatternSet> ps;
  Status s = PatternSet::Load(dir.string(), &ps);
  CHECK(s.code() == "pattern_error");
  CHECK(s.message().find("po-2020.rules:") != std::string::npos);
  CHECK(s.message().find("bad regular expression") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("unknown keys, directives and options are refused") {
  const char* bad[] = {"\nfield no.such.key \"^x\"\n", "\nfrobnicate \"^x\"\n",
                       "\nfield report.year \"^x\" colour=blue\n", "\nrow \"^x\"\n",
                       "\nfield report.year \"unterminated\n"};
  for (const char* text : bad) CheckRefused("po-2021.rules", text);
}

TEST_CASE("a missing patterns directory or catalogue is an error") {
  std::unique_ptr<PatternSet> ps;
  CHECK(PatternSet::Load("/nonexistent/patterns", &ps).code() == "pattern_error");
}

TEST_CASE("a new edition is a new pattern file, no C++") {
  // A made-up edition: the 2021 form with its clients heading renamed.
  fs::path dir = CopyPatterns("madeup");
  std::ifstream in(dir / "po-2021.rules");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto replace = [&](const std::string& a, const std::string& b) {
    size_t at = text.find(a);
    REQUIRE(at != std::string::npos);
    text.replace(at, a.size(), b);
  };
  replace("edition po-2021", "edition po-2099");
  replace("include _po-2020s.rules",
          "detect 6 \"^2\\.\\s*Våra klienter\"\ninclude _po-2020s.rules\nsection clients "
          "\"^2\\.\\s*Våra klienter\"");
  std::ofstream(dir / "po-2099.rules") << text;
  std::unique_ptr<PatternSet> ps;
  Status s = PatternSet::Load(dir.string(), &ps);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  REQUIRE(ps->FindEdition("po-2099") != nullptr);

  std::ifstream seed(std::string(redovis::testing::SourceDir()) +
                     "/samples/001_6c9c6f8633700f23.txt");
  std::string doc((std::istreambuf_iterator<char>(seed)), std::istreambuf_iterator<char>());
  size_t at = doc.find("2. Klienter");
  REQUIRE(at != std::string::npos);
  doc.replace(at, std::string("2. Klienter").size(), "2. Våra klienter");
  Extractor ex(*ps);
  std::vector<Record> recs = ex.ExtractBytes(doc, "madeup.txt", ExtractOptions());
  REQUIRE(recs.size() == 1);
  CHECK(recs[0].edition == "po-2099");
  CHECK(recs[0].Get("clients.total.women").as_int() == 267);
  fs::remove_all(dir);
}

namespace {

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

/// The record of `sample` read with a copy of the patterns in which `file`
/// has `from` replaced by `to`.
Record ExtractWithEditedRule(const std::string& file, const std::string& from,
                             const std::string& to, const std::string& sample) {
  fs::path dir = CopyPatterns("edited");
  std::string text = ReadFile(dir / file);
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  std::ofstream(dir / file) << text;
  std::unique_ptr<PatternSet> ps;
  Status s = PatternSet::Load(dir.string(), &ps);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  Extractor ex(*ps);
  std::string doc = ReadFile(std::string(redovis::testing::SourceDir()) + "/samples/" + sample);
  std::vector<Record> recs = ex.ExtractBytes(doc, sample, ExtractOptions());
  fs::remove_all(dir);
  REQUIRE(recs.size() == 1);
  return recs[0];
}

}  // namespace

TEST_CASE("as= on a field with several keys: one transform per key, as the rule says") {
  // The 2016 form's "Postadress: 131 81 Nacka" is split into postcode and city.
  const std::string rule = "as=postcode,place";
  Record with = ExtractWithEditedRule("po-2016.rules", rule, rule, "nacka_2016_form.txt");
  CHECK(with.Get("contact.postcode").ToDisplay() == "13181");
  CHECK(with.Get("contact.city").ToDisplay() == "Nacka");
  Record without =
      ExtractWithEditedRule("po-2016.rules", rule, "as=-,place", "nacka_2016_form.txt");
  CHECK(without.Get("contact.postcode").ToDisplay() == "131 81");
  CHECK(without.Get("contact.city").ToDisplay() == "Nacka");
}

TEST_CASE("several= gives a row's choice when more than one column is marked") {
  // The filled 2023 form counts municipalities with and without a queue.
  Record with =
      ExtractWithEditedRule("po-2023.rules", "several=partly", "several=partly", "2023_filled.txt");
  CHECK(with.Get("access.queue").ToDisplay() == "partly");
  Record without = ExtractWithEditedRule("po-2023.rules", " several=partly", "", "2023_filled.txt");
  CHECK(without.Get("access.queue").is_null());
  bool conflict = false;
  for (const Finding& f : without.findings)
    conflict |= f.code == "conflicting_marks" && f.keys == std::vector<std::string>{"access.queue"};
  CHECK(conflict);
}

TEST_CASE("as= lists and several= are checked when the patterns load") {
  const char* bad[] = {
      "\nfield contact.postcode,contact.city \"^P:(.*)$\" split=\"^(\\d+) (.+)$\" "
      "as=postcode,-,-\n",
      "\nfield contact.postcode,contact.city \"^P:(.*)$\" split=\"^(\\d+) (.+)$\" "
      "as=postcode,frob\n",
      "\nrow \"^x\" yes=access.queue_municipalities_with several=partly\n"};
  for (const char* text : bad) CheckRefused("po-2023.rules", text);
}

TEST_CASE("as=lines is not a transform: the loader refuses it") {
  // No rule reads a key as lines, and nothing would carry it out.
  CheckRefused("po-2021.rules", "\nfield contact.address \"^Adress:?\\s*(.*)$\" as=lines\n",
               "unknown transform as=lines");
}

TEST_CASE("the OCR language comes from common.rules") {
  CHECK(testing::ProjectPatterns().vocabulary().ocr_language == "swe");
  CheckRefused("common.rules", "\nocr_language\n", "ocr_language takes");
  CheckRefused("common.rules", "\nocr_language \"swe\"\n", "ocr_language takes");
  CheckRefused("common.rules", "\nocr_language swe eng\n", "ocr_language takes");
  CheckRefused("common.rules", "\nocr_language ../etc\n", "ocr_language takes");
}

TEST_CASE("the workbook's sheet names come from common.rules") {
  const auto& names = testing::ProjectPatterns().vocabulary().sheet_names;
  CHECK(names.at("reports") == "Rapporter");
  CHECK(names.at("values") == "Värden");
  CHECK(names.at("findings") == "Fynd");
  CHECK(names.at("fields") == "Fält");
  CheckRefused("common.rules", "\nsheet_name reports\n", "sheet_name takes");
  CheckRefused("common.rules", "\nsheet_name summary Summa\n", "sheet_name takes");
  CheckRefused("common.rules", "\nsheet_name reports \"A/B\"\n", "sheet_name takes");
}

TEST_CASE("the project's checks load in file order, each with its code and severity") {
  const PatternSet& ps = testing::ProjectPatterns();
  const std::vector<CheckRule>& checks = ps.checks();
  REQUIRE(checks.size() >= 20);
  CHECK(checks.front().code == "sum_mismatch");
  CHECK(checks.front().kind == CheckKind::kSum);
  CHECK(checks.front().id.find("checks.rules:") == 0);
  CHECK(checks.back().code == "required_missing");
  CHECK(checks.back().severity == "error");
  const std::vector<std::string>& derived = ps.derived_keys();
  CHECK(std::find(derived.begin(), derived.end(), "report.county") != derived.end());
  for (const CheckRule& c : checks) {
    CHECK_MESSAGE(ps.messages().Has(c.message), c.id);  // every project check in both languages
    for (const std::string& k : c.keys) CHECK_MESSAGE(ps.catalogue().Find(k) != nullptr, c.id);
  }
}

TEST_CASE("a malformed check line is an error naming checks.rules and the line") {
  struct Bad {
    const char* line;
    const char* why;
  };
  const Bad bad[] = {
      {"check x warning frob report.year message=\"m\"", "unknown check kind 'frob'"},
      {"check x fatal sum clients.total.women clients.total.men message=\"m\"", "severity must be"},
      {"check X-1 warning sum clients.total.women clients.total.men message=\"m\"", "code"},
      {"check x warning sum clients.total.women no.such.key message=\"m\"",
       "unknown key 'no.such.key'"},
      {"check x warning sum report.municipality clients.total.men message=\"m\"",
       "is not the type"},
      {"check x warning date_after_year_end report.year signature.date message=\"m\"",
       "is not the type"},
      {"check x warning sum clients.total.women clients.total.men message=\"{nope}\"",
       "cannot use {nope}"},
      {"check x warning sum clients.total.women clients.total.men message=\"{sum\"", "unclosed"},
      {"check x warning sum clients.total.women clients.total.men", "no message 'x'"},
      {"check x warning sum clients.total.women clients.total.men message=no_such",
       "no message 'no_such'"},
      {"check x warning per_unit grant.awarded_sek grant.awarded_fte report.year message=\"m\"",
       "per_unit needs rates="},
      {"check x warning per_unit grant.awarded_sek grant.awarded_fte report.year rates=none "
       "message=\"m\"",
       "no rate table 'none'"},
      {"rate t 20x0 5", "rate takes TABLE YEAR AMOUNT"},
      {"check x warning equal grant.used_fte message=\"m\"", "takes 2 arguments, not 1"},
      {"check x warning sum clients.total.women message=\"m\"", "at least 2"},
      {"check x warning excluded training.offered maybe training.description message=\"m\"",
       "'maybe' is not a value of training.offered"},
      {"check x warning excluded access.queue sometimes access.waiting_time message=\"m\"",
       "'sometimes' is not a value"},
      {"check x warning sum clients.total.women clients.total.men tolerance=1 message=\"m\"",
       "unknown option 'tolerance' for sum"},
      {"check x warning equal grant.used_fte grant.awarded_fte tolerance=abc message=\"m\"",
       "tolerance= takes a number"},
      {"check x warning equal grant.used_fte grant.awarded_fte tolerance=nan message=\"m\"",
       "tolerance= takes a number"},
      {"check x warning year_range report.year message=\"m\"", "needs min="},
      {"check x warning date_after_year_end signature.date report.year last_month=loud "
       "message=\"m\"",
       "last_month= takes"},
      {"check x warning sum clients.total.women \"clients.total.men\" message=\"m\"",
       "unexpected quoted text"},
      {"derived no.such.key", "unknown key"},
      {"mark \"^x$\"", "checks.rules holds only"},
  };
  for (const Bad& b : bad) CheckRefused("checks.rules", std::string("\n") + b.line + "\n", b.why);
  // Checks live in checks.rules only.
  CheckRefused("po-2021.rules",
               "\ncheck x warning sum clients.total.women clients.total.men message=\"m\"\n",
               "belongs in checks.rules");
  CheckRefused("common.rules", "\nderived report.county\n", "belongs in checks.rules");
}

TEST_CASE("a patterns directory without checks.rules does not load") {
  fs::path dir = CopyPatterns("nochecks");
  fs::remove(dir / "checks.rules");
  std::unique_ptr<PatternSet> ps;
  Status s = PatternSet::Load(dir.string(), &ps);
  CHECK(s.code() == "pattern_error");
  CHECK(s.message().find("checks.rules: cannot open") != std::string::npos);
  fs::remove_all(dir);
}

}  // namespace patterns_test
