#include "cli/batch_session.h"

#include <doctest/doctest.h>

namespace batch_session_test {

using namespace redovis;

namespace {

Record WithStatus(const std::string& status, bool error = false) {
  Record r;
  r.status = status;
  if (error) {
    Finding f;
    f.severity = "error";
    f.code = "required_missing";
    r.findings.push_back(f);
  }
  return r;
}

}  // namespace

TEST_CASE("the counts: reports by status, unreadable ones, those with an error finding") {
  RunCounts c;
  c.files = 3;
  c.Add(WithStatus("complete"));
  c.Add(WithStatus("incomplete", true));
  c.Add(WithStatus("unreadable", true));
  c.Add(WithStatus("complete"));
  CHECK(c.records == 4);
  CHECK(c.unreadable == 1);
  CHECK(c.with_errors == 2);
  CHECK(
      c.SummaryLine(1.25) ==
      "redovis: 3 files, 4 reports (complete 2, incomplete 1, unreadable 1), 1 unreadable, 1.2 s");
  RunCounts one;
  one.files = 1;
  one.Add(WithStatus("complete"));
  CHECK(one.SummaryLine(0) == "redovis: 1 file, 1 report (complete 1), 0 unreadable, 0.0 s");
  CHECK(Counted(0, "file", "files") == "0 files");
}

TEST_CASE("the exit status: 1 for an unreadable input, and for check an error finding") {
  BatchSession s(true);
  CHECK(s.ExitCode(true) == 0);
  s.counts().Add(WithStatus("incomplete", true));
  CHECK(s.ExitCode(false) == 0);
  CHECK(s.ExitCode(true) == 1);
  s.counts().Add(WithStatus("unreadable"));
  CHECK(s.ExitCode(false) == 1);
}

}  // namespace batch_session_test
