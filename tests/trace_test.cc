#include "inspect/trace.h"

#include <doctest/doctest.h>

#include "test_paths.h"
#include "test_support.h"

namespace trace_test {

using namespace redovis;

namespace {

std::string SourceDir() {
  return std::string(redovis::testing::SourceDir());
}

/// The index of the first line whose text starts with `prefix`.
size_t LineStarting(const Trace& t, const std::string& prefix) {
  for (size_t i = 0; i < t.doc.lines.size(); ++i)
    if (t.doc.lines[i].Text().rfind(prefix, 0) == 0) return i;
  FAIL("no line starts with " << prefix);
  return 0;
}

}  // namespace

TEST_CASE("trace: each line's report, section, use and rules, as the matcher saw them") {
  Trace t;
  REQUIRE(TraceFile(SourceDir() + "/samples/001_6c9c6f8633700f23.txt", testing::ProjectPatterns(),
                    ExtractOptions(), &t)
              .ok());
  REQUIRE(t.reports.size() == 1);
  REQUIRE(t.records.size() == 1);
  CHECK(t.records[0].edition == "po-2021");
  CHECK(t.lines.size() == t.doc.lines.size());

  const TracedLine& heading = t.lines[LineStarting(t, "2. Klienter")];
  CHECK(heading.read);
  CHECK(heading.use == LineUse::kHeading);
  CHECK(heading.section == "clients");

  const TracedLine& total = t.lines[LineStarting(t, "Totalt antal klienter")];
  CHECK(total.use == LineUse::kRule);
  CHECK(total.section == "clients");
  REQUIRE(total.rules.size() == 1);
  CHECK(total.rules[0].second->id.rfind("_po-2020s.rules:", 0) == 0);
  CHECK(total.report == 0);

  // The cover letter before the form belongs to no report and is not read.
  const TracedLine& letter = t.lines[LineStarting(t, "Förslag till beslut")];
  CHECK(letter.report == -1);
  CHECK(!letter.read);
}

TEST_CASE("trace: a file that cannot be read fails with the reader's code, naming it") {
  Trace t;
  Status s = TraceFile("/nonexistent/report.txt", testing::ProjectPatterns(), ExtractOptions(), &t);
  CHECK(!s.ok());
  CHECK(s.message().find("/nonexistent/report.txt") != std::string::npos);
}

TEST_CASE("trace: use names") {
  CHECK(std::string(UseName(LineUse::kHeading)) == "heading");
  CHECK(std::string(UseName(LineUse::kConsumed)) == "value");
  CHECK(std::string(UseName(LineUse::kUnmatched)) == "unmatched");
}

}  // namespace trace_test
