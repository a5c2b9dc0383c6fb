#include "batch/batch.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "fake_worker_pool.h"
#include "patterns/mark_free.h"
#include "redovis/writer.h"
#include "test_paths.h"
#include "test_support.h"

namespace batch_test {

using namespace redovis;
using testing::FakeJob;
using testing::FakeWorkerPool;

namespace {

/// Input paths "f000", "f001", ...
std::vector<std::string> Files(size_t n) {
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) {
    std::string digits = std::to_string(i);
    out.push_back("f" + std::string(digits.size() < 3 ? 3 - digits.size() : 0, '0') + digits);
  }
  return out;
}

/// What a batch handed back, in the order it was handed back.
struct Collected {
  std::vector<std::string> files;    ///< source.file of each record
  std::vector<Record> records;       ///< every record
  std::vector<size_t> progress;      ///< `done` of each progress call that ended inputs
  std::vector<size_t> finished;      ///< the inputs read, in the order progress named them
  std::vector<BatchProgress> ticks;  ///< the progress calls that ended no input
  bool whole = false;                ///< what the run returned: every input passed on
};

/// Runs `inputs` on `pool` with `options`; every record handed back is also
/// logged in the pool's log as "out", so the log shows sends and outputs in
/// their order.
Collected RunFake(FakeWorkerPool& pool, const std::vector<std::string>& inputs,
                  BatchOptions options = BatchOptions()) {
  Collected c;
  BatchRunner runner(testing::ProjectPatterns(), options);
  c.whole = runner.RunOnPool(
      pool, inputs, "", nullptr,
      [&](std::vector<BatchRecord> recs) {
        for (BatchRecord& r : recs) {
          c.files.push_back(r.record.source.file);
          pool.log.push_back({"out", 0, r.record.source.file, 0, pool.Seconds()});
          c.records.push_back(std::move(r.record));
        }
      },
      [&](const BatchProgress& p) {
        CHECK(p.total == inputs.size());
        c.finished.insert(c.finished.end(), p.finished.begin(), p.finished.end());
        CHECK(p.done == c.finished.size());
        if (p.finished.empty())
          c.ticks.push_back(p);
        else
          c.progress.push_back(p.done);
      });
  return c;
}

/// The first finding's code of `r`, or "".
std::string Code(const Record& r) {
  return r.findings.empty() ? "" : r.findings[0].code;
}

/// Log entries of kind `what` (for `path`, when given).
std::vector<FakeWorkerPool::Entry> Entries(const FakeWorkerPool& pool, const std::string& what,
                                           const std::string& path = "") {
  std::vector<FakeWorkerPool::Entry> out;
  for (const auto& e : pool.log)
    if (e.what == what && (path.empty() || e.path == path)) out.push_back(e);
  return out;
}

}  // namespace

TEST_CASE("scheduling: records come out in input order, however long each file takes") {
  std::vector<std::string> inputs = Files(40);
  std::map<std::string, FakeJob> script;
  for (size_t i = 0; i < inputs.size(); ++i)
    script[inputs[i]].seconds = 0.1 * static_cast<double>((i * 7) % 5 + 1);
  FakeWorkerPool pool(3, script);
  Collected c = RunFake(pool, inputs);
  CHECK(c.files == inputs);
  // Progress names every input once as read, and counts them as they end,
  // in whatever order: a slow file does not hold the count back.
  std::vector<size_t> read = c.finished, every(inputs.size());
  std::sort(read.begin(), read.end());
  for (size_t i = 0; i < every.size(); ++i) every[i] = i;
  CHECK(read == every);
  CHECK(c.finished != every);
  CHECK(std::is_sorted(c.progress.begin(), c.progress.end()));
  REQUIRE(!c.progress.empty());
  CHECK(c.progress.back() == inputs.size());
  CHECK(c.ticks.empty());  // no interval asked for: no ticks
  // The answers themselves came back out of order: the order is the scheduler's work.
  std::vector<std::string> answered;
  for (const auto& e : Entries(pool, "answer")) answered.push_back(e.path);
  CHECK(answered != inputs);
  // Every worker was used and stopped (not killed) at the end.
  CHECK(Entries(pool, "start").size() == 3);
  CHECK(Entries(pool, "stop").size() == 3);
  CHECK(Entries(pool, "kill").empty());
}

TEST_CASE("scheduling: a closed output stops the batch: every worker killed, nothing more sent") {
  std::vector<std::string> inputs = Files(20);
  std::map<std::string, FakeJob> script;
  for (const std::string& f : inputs) script[f].seconds = 1;
  FakeWorkerPool pool(2, script);
  pool.output_closes_at = 2.5;
  Collected c = RunFake(pool, inputs);
  CHECK(!c.whole);
  // f000-f003 were done by 2 s; nothing after the output closed.
  CHECK(c.files == std::vector<std::string>(inputs.begin(), inputs.begin() + 4));
  CHECK(pool.Seconds() == doctest::Approx(2.5));
  for (const auto& e : Entries(pool, "send")) CHECK(e.seconds <= 2.0);
  CHECK(Entries(pool, "kill").size() == 2);
  CHECK(Entries(pool, "stop").empty());
}

TEST_CASE("scheduling: a batch whose output stays open is whole") {
  FakeWorkerPool pool(2, {});
  CHECK(RunFake(pool, Files(5)).whole);
}

TEST_CASE("scheduling: a worker holds two requests, and one near the batch's end") {
  std::vector<std::string> inputs = Files(10);
  std::map<std::string, FakeJob> script;
  for (const std::string& f : inputs) script[f].seconds = 1;
  FakeWorkerPool pool(1, script);
  Collected c = RunFake(pool, inputs);
  CHECK(c.files == inputs);
  std::vector<size_t> queued;
  for (const auto& e : Entries(pool, "send")) queued.push_back(e.queued);
  // The first file alone, then each next one while the one before is read;
  // the last two (jobs x 2) only when the worker is idle.
  CHECK(queued == std::vector<size_t>{1, 2, 2, 2, 2, 2, 2, 2, 1, 1});
  CHECK(pool.Seconds() == doctest::Approx(10));
}

TEST_CASE(
    "scheduling: a file past the timeout is `unreadable` with `timeout`, timed from when "
    "its reading began") {
  std::vector<std::string> inputs = Files(10);
  std::map<std::string, FakeJob> script;
  script["f000"].seconds = 4;
  script["f001"].kind = FakeJob::Kind::kHang;
  FakeWorkerPool pool(1, script);
  BatchOptions options;
  options.timeout_seconds = 5;
  Collected c = RunFake(pool, inputs, options);
  REQUIRE(c.files == inputs);
  CHECK(c.records[1].status == "unreadable");
  CHECK(Code(c.records[1]) == "timeout");
  CHECK(c.records[1].findings[0].message.find("longer than 5 s") != std::string::npos);
  CHECK(c.records[1].findings[0].message.find("larger --timeout") != std::string::npos);
  for (size_t i : {0, 2, 3, 9}) CHECK(c.records[i].status == "complete");
  // f001 was sent at 0 s, behind f000, and began at 4 s: stopped at 9 s.
  auto kills = Entries(pool, "kill");
  REQUIRE(kills.size() == 1);
  CHECK(kills[0].seconds == doctest::Approx(9));
  CHECK(Entries(pool, "send", "f001")[0].seconds == doctest::Approx(0));
}

TEST_CASE(
    "scheduling: a crash costs only its file; the request waiting behind it goes to a "
    "new worker") {
  std::vector<std::string> inputs = Files(10);
  std::map<std::string, FakeJob> script;
  for (const std::string& f : inputs) script[f].seconds = 1;
  script["f002"].kind = FakeJob::Kind::kCrash;
  FakeWorkerPool pool(1, script);
  Collected c = RunFake(pool, inputs);
  REQUIRE(c.files == inputs);
  for (size_t i = 0; i < inputs.size(); ++i) {
    CAPTURE(i);
    CHECK(c.records[i].status == (i == 2 ? "unreadable" : "complete"));
  }
  CHECK(Code(c.records[2]) == "crashed");
  CHECK(c.records[2].findings[0].message.find("signal Segmentation fault") != std::string::npos);
  // f003 waited behind f002 in the worker that crashed: sent again, to the
  // worker started in its place, and read there.
  auto sends = Entries(pool, "send", "f003");
  REQUIRE(sends.size() == 2);
  CHECK(sends[0].seconds == doctest::Approx(2));
  CHECK(sends[1].seconds == doctest::Approx(3));
  CHECK(sends[1].queued == 1);
  CHECK(Entries(pool, "start").size() == 2);
  CHECK(Entries(pool, "answer", "f003").size() == 1);
}

TEST_CASE(
    "scheduling: at most eight files per worker are handed out beyond the first not yet "
    "passed on") {
  std::vector<std::string> inputs = Files(100);
  std::map<std::string, FakeJob> script;
  script["f000"].seconds = 100;  // everything else waits for it
  FakeWorkerPool pool(2, script);
  Collected c = RunFake(pool, inputs);
  CHECK(c.files == inputs);
  size_t passed_on = 0, most_ahead = 0;
  for (const auto& e : pool.log) {
    if (e.what == "out") ++passed_on;
    if (e.what != "send") continue;
    size_t index = std::stoul(e.path.substr(1));
    most_ahead = std::max(most_ahead, index - passed_on);
  }
  CHECK(most_ahead == 2 * kReorderWindowPerWorker - 1);
}

TEST_CASE("scheduling: a garbled answer is that file's `internal_error`; the batch goes on") {
  std::vector<std::string> inputs = Files(5);
  std::map<std::string, FakeJob> script;
  script["f001"].kind = FakeJob::Kind::kGarbage;
  FakeWorkerPool pool(2, script);
  Collected c = RunFake(pool, inputs);
  REQUIRE(c.files == inputs);
  CHECK(c.records[1].status == "unreadable");
  CHECK(Code(c.records[1]) == "internal_error");
  CHECK(c.records[1].findings[0].message.find("bad answer from the reader") != std::string::npos);
  CHECK(c.records[4].status == "complete");
}

TEST_CASE("scheduling: when no worker can be started, the files are read in this process") {
  std::vector<std::string> inputs = {"/nonexistent/a.txt", "/nonexistent/b.txt"};
  FakeWorkerPool pool(2, {}, 0);
  Collected c = RunFake(pool, inputs);
  CHECK(c.files == inputs);
  CHECK(Entries(pool, "send").empty());
  REQUIRE(c.records.size() == 2);
  CHECK(Code(c.records[0]) == "cannot_open");
}

TEST_CASE("the batch runner returns records in input order, in or out of process") {
  std::string dir = std::string(redovis::testing::SourceDir()) + "/samples/";
  std::vector<std::string> inputs = {dir + "003_9905a62abaf84389.txt", dir + "missing.txt",
                                     dir + "000_2b37c49d4415161a.txt", "-"};
  std::string stdin_bytes = "not a report";
  const Catalogue& cat = testing::ProjectPatterns().catalogue();
  std::ostringstream unused;
  auto writer = RecordWriter::Create(OutputFormat::kJsonl, unused, cat);
  std::vector<std::string> rendered_by_mode[2];
  for (bool isolate : {false, true}) {
    BatchOptions opt;
    opt.jobs = 2;
    opt.isolate = isolate;
    BatchRunner runner(testing::ProjectPatterns(), opt);
    std::vector<std::string> got;
    size_t last_done = 0;
    // How often the workers report progress depends on their timing: the
    // totals are checked once, so the test makes the same checks each run.
    bool totals_right = true;
    runner.Run(
        inputs, stdin_bytes, writer->renderer(),
        [&](std::vector<BatchRecord> recs) {
          for (const BatchRecord& r : recs) {
            got.push_back(r.record.status + ":" + r.record.Get("report.municipality").ToDisplay());
            rendered_by_mode[isolate].push_back(r.rendered);
            // The summary keeps status, findings and the catalogue's role
            // keys (their values and provenance) only.
            const std::vector<std::string>& roles =
                testing::ProjectPatterns().catalogue().RoleKeys();
            for (const auto& [key, value] : r.record.values)
              CHECK(std::find(roles.begin(), roles.end(), key) != roles.end());
            for (const auto& [key, from] : r.record.provenance)
              CHECK(std::find(roles.begin(), roles.end(), key) != roles.end());
            CHECK(r.record.values.count("ombud.fte") == 0);
            CHECK(r.record.provenance.count("ombud.fte") == 0);
          }
        },
        [&](const BatchProgress& p) {
          totals_right = totals_right && p.total == 4;
          if (isolate) return;  // workers: as the scheduling tests say
          // In this process: the file about to be read, then the file read.
          if (p.finished.empty()) {
            REQUIRE(p.reading.size() == 1);
            CHECK(p.reading[0].input == last_done);
            CHECK(p.done == last_done);
          } else {
            CHECK(p.finished == std::vector<size_t>{last_done});
            CHECK(p.done == ++last_done);
            CHECK(p.reading.empty());
          }
        });
    CHECK(totals_right);
    CHECK(got == std::vector<std::string>{"complete:Tyresö", "unreadable:", "complete:Timrå",
                                          "no_report:"});
  }
  // A worker renders exactly what this process renders.
  REQUIRE(rendered_by_mode[0].size() == 4);
  CHECK(rendered_by_mode[0] == rendered_by_mode[1]);
  auto tyreso = nlohmann::json::parse(rendered_by_mode[1][0]);
  CHECK(tyreso["fields"]["clients.total.women"].is_number_integer());
  CHECK(tyreso["source"]["file"] == inputs[0]);
}

TEST_CASE("in this process, a batch whose output's reader is gone reads nothing more") {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  BatchOptions opt;
  opt.isolate = false;
  opt.output_fd = fds[1];
  BatchRunner runner(testing::ProjectPatterns(), opt);
  std::string path =
      std::string(redovis::testing::SourceDir()) + "/samples/003_9905a62abaf84389.txt";
  size_t handed_back = 0;
  auto sink = [&](std::vector<BatchRecord>) { ++handed_back; };
  auto progress = [](const BatchProgress&) {};
  CHECK(runner.Run({path, path}, "", nullptr, sink, progress));
  CHECK(handed_back == 2);
  close(fds[0]);
  CHECK(!runner.Run({path, path}, "", nullptr, sink, progress));
  CHECK(handed_back == 2);
  close(fds[1]);
}

TEST_CASE("whole records: a batch for a sink without a renderer hands back every value") {
  std::string path =
      std::string(redovis::testing::SourceDir()) + "/samples/003_9905a62abaf84389.txt";
  for (bool isolate : {false, true}) {
    BatchOptions opt;
    opt.isolate = isolate;
    opt.whole_records = true;
    BatchRunner runner(testing::ProjectPatterns(), opt);
    std::vector<Record> got;
    runner.Run(
        {path}, "", nullptr,
        [&](std::vector<BatchRecord> recs) {
          for (BatchRecord& r : recs) {
            CHECK(r.rendered.empty());
            got.push_back(std::move(r.record));
          }
        },
        [](const BatchProgress&) {});
    REQUIRE(got.size() == 1);
    CHECK(got[0].values.size() > 50);
    CHECK(got[0].provenance.size() == got[0].values.size());
  }
}

TEST_CASE("progress: with an interval, a slow first file is shown as it is read") {
  std::vector<std::string> inputs = Files(3);
  std::map<std::string, FakeJob> script;
  script[inputs[0]].seconds = 5;
  FakeWorkerPool pool(1, script);
  BatchOptions options;
  options.progress_interval_seconds = 0.25;
  Collected c = RunFake(pool, inputs, options);
  CHECK(c.files == inputs);
  // Ticks every 0.25 s of the fake clock while the first file is read (the
  // run ends at about 5.02 s): each names file 0, begun at 0.
  REQUIRE(c.ticks.size() >= 19);
  CHECK(c.ticks.size() <= 21);
  for (const BatchProgress& t : c.ticks) {
    CHECK(t.done == 0);
    REQUIRE(!t.reading.empty());
    CHECK(t.reading[0].input == 0);
    CHECK(std::chrono::duration<double>(t.now - t.reading[0].since).count() <= 5.0);
  }
  double first =
      std::chrono::duration<double>(c.ticks[0].now - c.ticks[0].reading[0].since).count();
  CHECK(first == doctest::Approx(0.25));
  CHECK(c.progress.back() == 3);
}

TEST_CASE(
    "scheduling: a file that keeps making progress runs past the timeout; one that stops is "
    "stopped at the timeout from its last progress note") {
  std::vector<std::string> inputs = Files(3);
  std::map<std::string, FakeJob> script;
  // A 20-page scan: a page begun every 4 s, answered at 82 s, far past 5 s.
  script["f000"].seconds = 82;
  for (int page = 0; page < 20; ++page) script["f000"].progress.push_back(4.0 * page + 1);
  // Three pages begun, then it hangs: stopped 5 s after the third, at 82 + 12 + 5 s.
  script["f001"].kind = FakeJob::Kind::kHang;
  script["f001"].progress = {2, 7, 12};
  FakeWorkerPool pool(1, script);
  BatchOptions options;
  options.timeout_seconds = 5;
  Collected c = RunFake(pool, inputs, options);
  REQUIRE(c.files == inputs);
  CHECK(c.records[0].status == "complete");
  CHECK(Entries(pool, "progress", "f000").size() == 20);
  auto answered = Entries(pool, "answer", "f000");
  REQUIRE(answered.size() == 1);
  CHECK(answered[0].seconds == doctest::Approx(82));
  CHECK(c.records[1].status == "unreadable");
  CHECK(Code(c.records[1]) == "timeout");
  CHECK(c.records[1].findings[0].message.find("its last page") != std::string::npos);
  auto kills = Entries(pool, "kill");
  REQUIRE(kills.size() == 1);
  CHECK(kills[0].seconds == doctest::Approx(82 + 12 + 5));
  CHECK(c.records[2].status == "complete");
}

TEST_CASE("progress: the file read longest comes first, and a timeout still ends it") {
  std::vector<std::string> inputs = Files(4);
  std::map<std::string, FakeJob> script;
  script[inputs[1]].kind = FakeJob::Kind::kHang;
  FakeWorkerPool pool(2, script);
  BatchOptions options;
  options.progress_interval_seconds = 0.5;
  options.timeout_seconds = 3;
  Collected c = RunFake(pool, inputs, options);
  CHECK(c.files == inputs);
  REQUIRE(c.records.size() == 4);
  CHECK(Code(c.records[1]) == "timeout");
  REQUIRE(!c.ticks.empty());
  for (const BatchProgress& t : c.ticks) {
    REQUIRE(!t.reading.empty());
    CHECK(t.reading[0].input == 1);  // the hanging file, begun first
    for (size_t k = 1; k < t.reading.size(); ++k)
      CHECK(t.reading[k - 1].since <= t.reading[k].since);
  }
}

TEST_CASE(
    "a worker reads every file with one extractor: what the first file built serves the next") {
  // A copy of patterns/, loaded, then removed after the first file: the
  // mark-free patterns (loaded again from the directory for a text whose
  // marks were lost) can be had only from what the first file built.
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("redovis-batch-patterns-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::copy(std::string(redovis::testing::SourceDir()) + "/patterns", dir,
           fs::copy_options::recursive);
  std::unique_ptr<PatternSet> ps;
  REQUIRE(PatternSet::Load(dir.string(), &ps).ok());
  BatchOptions opt;
  opt.whole_records = true;
  const std::string request =
      EncodeBytesRequest("s.txt", StripMarks(testing::SampleFile("2023_filled.txt"), true));
  auto serve = [&](const BatchRunner& runner) {
    std::vector<BatchRecord> got;
    REQUIRE(DecodeResult(runner.Serve(request, nullptr), &got).ok());
    REQUIRE(got.size() == 1);
    return EncodeRecord(got[0].record);
  };
  BatchRunner worker(*ps, opt);
  const std::string first = serve(worker);
  fs::remove_all(dir);
  // A runner that never read a file reads it with the patterns as written.
  CHECK(serve(BatchRunner(*ps, opt)) != first);
  CHECK(serve(worker) == first);
}

}  // namespace batch_test
