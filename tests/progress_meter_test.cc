// Tests of cli/progress_meter: the rate and time left by weight, on a fake
// clock, and the line fitted to a width.
#include "cli/progress_meter.h"

#include <doctest/doctest.h>

#include "base/display_text.h"

namespace progress_meter_test {

using namespace redovis;

namespace {

using Clock = ProgressMeter::Clock;

const Clock::time_point kStart{};

Clock::time_point At(double seconds) {
  return kStart +
         std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
}

/// A progress report: `finished` read since the last one, `reading` (input,
/// begun at) being read.
BatchProgress Report(std::vector<size_t> finished,
                     std::vector<std::pair<size_t, double>> reading = {}) {
  BatchProgress p;
  p.finished = std::move(finished);
  for (auto [input, since] : reading) p.reading.push_back({input, At(since)});
  return p;
}

}  // namespace

TEST_CASE("weights: a file's bytes plus a fixed part") {
  CHECK(InputWeight(0) == kPerFileWeight);
  CHECK(InputWeight(1000) == 1000 + kPerFileWeight);
}

TEST_CASE("durations: m:ss, h:mm:ss, rounded up") {
  CHECK(FormatDuration(0) == "0:00");
  CHECK(FormatDuration(0.2) == "0:01");
  CHECK(FormatDuration(59.5) == "1:00");
  CHECK(FormatDuration(754) == "12:34");
  CHECK(FormatDuration(3723) == "1:02:03");
  CHECK(FormatDuration(-3) == "0:00");
}

TEST_CASE("no estimate before a file is read, nor before the first second") {
  ProgressMeter m({InputWeight(100), InputWeight(100)}, kStart);
  CHECK(!m.CanEstimate(At(5)));
  CHECK(m.SecondsLeft(At(5)) < 0);
  CHECK(m.FilesPerSecond(At(5)) == 0);
  m.Update(Report({0}));
  CHECK(!m.CanEstimate(At(0.5)));
  CHECK(m.CanEstimate(At(1)));
}

TEST_CASE("no estimate from a small file read beside a slow large one") {
  // A text file read in 0.1 s while a 250 kB scan runs for a minute: by
  // weight it is 6% of the work, which says nothing of the scan. Estimating
  // would give minutes growing with each second; the line waits instead.
  ProgressMeter m({InputWeight(250'000), InputWeight(1'000)}, kStart);
  m.Update(Report({1}, {{0, 0}}));
  CHECK(!m.CanEstimate(At(5)));
  CHECK(!m.CanEstimate(At(50)));
  CHECK(m.Line({"scan.pdf", "a.txt"}, At(50), 80) == "1/2 files  0:50 elapsed  scan.pdf (0:50)");
}

TEST_CASE("the time left is weighed by size: a slow large file first does not inflate it") {
  // The case: three 2 MB scans first, then 400 small text files.
  std::vector<uint64_t> weights;
  for (int i = 0; i < 3; ++i) weights.push_back(InputWeight(2'000'000));
  for (int i = 0; i < 400; ++i) weights.push_back(InputWeight(8'000));
  ProgressMeter m(weights, kStart);
  m.Update(Report({0}, {{1, 11}}));
  // 11 s for the first scan. Counting files would say 402 files left at 11 s
  // a file (74 minutes); by weight, what is left weighs about 6.8 scans (two
  // scans and 400 small files, each with its fixed part): 75 s.
  double left = m.SecondsLeft(At(11));
  uint64_t rest = m.total_weight() - m.done_weight();
  CHECK(left == doctest::Approx(11.0 * static_cast<double>(rest) /
                                static_cast<double>(InputWeight(2'000'000))));
  CHECK(left < 90);
  CHECK(left > 60);
  CHECK(m.FilesPerSecond(At(11)) == doctest::Approx(1.0 / 11));
  // While nothing more ends, the rate falls and the time left grows.
  CHECK(m.SecondsLeft(At(20)) > left);
}

TEST_CASE("the count is of files read in any order, each once") {
  ProgressMeter m({InputWeight(10), InputWeight(20), InputWeight(30)}, kStart);
  m.Update(Report({2}));
  m.Update(Report({0, 2}));  // 2 named again: counted once
  CHECK(m.done() == 2);
  CHECK(m.done_weight() == InputWeight(10) + InputWeight(30));
  m.Update(Report({1}));
  CHECK(m.done() == 3);
  CHECK(m.SecondsLeft(At(2)) == doctest::Approx(0));
}

TEST_CASE("the line: numbers, then the file read longest, fitted to the width") {
  std::vector<std::string> names = {"archive/2019/001_timra_kommun_scanned.pdf", "b.txt",
                                    "c\x1b]0;title\x07.txt"};
  ProgressMeter m({InputWeight(1000), InputWeight(1000), InputWeight(1000)}, kStart);
  m.Update(Report({}, {{0, 0}}));
  // Before an estimate: elapsed time, the current file and how long it has taken.
  CHECK(m.Line(names, At(7.5), 200) ==
        "0/3 files  0:08 elapsed  archive/2019/001_timra_kommun_scanned.pdf (0:08)");
  // Narrow: the name shortened in the middle, the numbers whole.
  std::string narrow = m.Line(names, At(7.5), 50);
  CHECK(DisplayWidth(narrow) <= 50);
  CHECK(narrow.rfind("0/3 files  0:08 elapsed  ", 0) == 0);
  CHECK(narrow.find("…") != std::string::npos);
  CHECK(narrow.find("scanned.pdf (0:08)") != std::string::npos);
  // Narrower than the numbers: the numbers cut, never past the width.
  CHECK(DisplayWidth(m.Line(names, At(7.5), 10)) <= 10);
  // With an estimate: share by weight, rate, time left; another file being read.
  m.Update(Report({0}, {{2, 7.5}, {1, 7.6}}));
  std::string line = m.Line(names, At(8), 200);
  CHECK(line == "1/3 files  33%  0.1 files/s  ETA 0:16  c␛]0;title␇.txt +1");
  CHECK(line.find('\x1b') == std::string::npos);
}

}  // namespace progress_meter_test
