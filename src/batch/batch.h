// The batch runner: extracts many files in parallel worker processes and
// hands their records back in input order, as soon as each is ready.
//
// In: input paths ("-" for bytes read from standard input), the shared
// PatternSet, options and, optionally, a RecordRenderer. Out: a callback per
// input, in input order, with that input's reports, each as a summary (for
// counting and `check`) or the whole record, and its output already rendered
// by the worker, so that the parent only appends bytes.
//
// Scheduling (RunOnPool) is written against a WorkerPool (worker_pool.h);
// Run uses the real one, a process per worker (process_pool.h). Each worker
// holds two requests (the file it reads and the next) away from the batch's
// end, one near it; a file that makes its worker run past the timeout
// (counted from when its reading began, or from the worker's last progress
// note, sent as each OCR page begins: a long scan is not stopped for being
// long, a reader that hangs is stopped --timeout after its last page) is
// recorded `unreadable` with `timeout` and the worker replaced; a worker that
// ends costs only the record of the file it was reading (`crashed`), and the
// request waiting behind it goes to a new worker. Memory in the parent stays
// bounded: at most eight files per worker are handed out beyond the first
// one not yet passed on. What goes over the sockets is worker_protocol.h's.
//
// What the parent knows of the workers' progress (BatchProgress): which
// inputs have been read, in whatever order they ended, and which are being
// read now and since when. It is passed on after each input is read (once its
// records, and any that waited for it, went to the sink) and, when
// `progress_interval_seconds` is set, at that interval while files are read,
// so that a caller can show a slow first file as it runs.
//
// A batch whose output's reader goes away (`output_fd`, a pipe closed by
// `head`) stops early: its workers are killed at once, whatever they are
// reading, and Run returns false; what the caller then does (end the process
// as SIGPIPE would) is its own business.
#ifndef REDOVIS_BATCH_BATCH_H_
#define REDOVIS_BATCH_BATCH_H_

#include <chrono>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "batch/worker_pool.h"
#include "batch/worker_protocol.h"
#include "redovis/extractor.h"
#include "redovis/patterns.h"
#include "redovis/record.h"

namespace redovis {

class RecordRenderer;

struct BatchOptions {
  int jobs = 1;                 ///< worker processes
  double timeout_seconds = 60;  ///< per file, from its last progress note; 0 = none
  size_t max_memory_mb = 2048;  ///< address-space limit of each worker; 0 = none
  bool isolate = true;          ///< false: extract in this process, one file at a time
  /// Hand back whole records instead of summaries: for a sink that needs
  /// every value and does not take rendered bytes (a database).
  bool whole_records = false;
  /// Seconds between progress calls while nothing ends (a tick, so that a
  /// slow file shows as it runs); 0: only when an input has been read.
  double progress_interval_seconds = 0;
  /// The descriptor the caller's output goes to, when it is a pipe or a
  /// socket: the batch stops early when its reader is gone. -1: none.
  int output_fd = -1;
  ExtractOptions extract;
};

/// The batch's progress at one moment, as passed to BatchRunner::Progress.
struct BatchProgress {
  using Clock = std::chrono::steady_clock;
  /// An input being read, and since when (on the pool's clock).
  struct Reading {
    size_t input = 0;
    Clock::time_point since;
  };
  size_t total = 0;  ///< inputs in the batch
  size_t done = 0;   ///< inputs read so far, in whatever order they ended
  /// The inputs read since the previous call (empty on a tick).
  std::vector<size_t> finished;
  /// The inputs being read now, the one begun earliest first.
  std::vector<Reading> reading;
  Clock::time_point now;  ///< when this was taken, on the pool's clock
};

/// Files handed out beyond the first one not yet passed on, per worker: the
/// bound on the records that wait for an earlier, slower file.
constexpr size_t kReorderWindowPerWorker = 8;
/// Requests a worker holds at once away from the batch's end: the one it
/// reads and the next, so that it never waits for the parent between files.
constexpr size_t kRequestsPerWorker = 2;

class BatchRunner {
 public:
  using Sink = std::function<void(std::vector<BatchRecord>)>;
  using Progress = std::function<void(const BatchProgress&)>;

  BatchRunner(const PatternSet& patterns, BatchOptions options)
      : patterns_(patterns), options_(std::move(options)), worker_extractor_(patterns) {}

  /// Extracts `inputs`, calling `sink` with each input's reports in input
  /// order, and `progress` after each input is read (after the sink calls
  /// it allowed), before each is read in this process, and at
  /// options.progress_interval_seconds while files are read. `stdin_bytes` stands for
  /// "-". Each report is rendered with `renderer` (may be null) where it was
  /// extracted. Never throws for a bad input: it becomes an `unreadable` record.
  /// Returns true when every input was passed on; false when the batch
  /// stopped early because the reader of `output_fd` was gone (checked while
  /// waiting for the workers, and before each file read in this process).
  bool Run(const std::vector<std::string>& inputs, const std::string& stdin_bytes,
           const RecordRenderer* renderer, const Sink& sink, const Progress& progress) const;

  /// As Run, on the workers of `pool` (whose workers answer requests as
  /// Serve does), from its first slot to its last. When no worker can be
  /// started, the rest is read in this process. Stops every worker at the
  /// end; kills them when the pool reports the output closed (then false).
  bool RunOnPool(WorkerPool& pool, const std::vector<std::string>& inputs,
                 const std::string& stdin_bytes, const RecordRenderer* renderer, const Sink& sink,
                 const Progress& progress) const;

  /// A worker's answer to one request (worker_protocol.h): the file's
  /// records, as the batch hands them back, rendered with `renderer`. Every
  /// request is read by one extractor, so what it builds on first use (the
  /// patterns' vocabulary, the mark-free patterns) is built once a worker,
  /// not once a file. `progress` is called as each OCR page begins
  /// (ReadOptions::page_begun): the worker's progress note to its parent.
  std::string Serve(std::string_view request, const RecordRenderer* renderer,
                    const std::function<void()>& progress = {}) const;

 private:
  /// The batch's form of `records`: summaries (or whole records) and their rendering.
  std::vector<BatchRecord> ToBatchRecords(const std::vector<Record>& records,
                                          const RecordRenderer* renderer) const;

  const PatternSet& patterns_;
  BatchOptions options_;
  /// Serve's extractor (its state is built on first use; this process's
  /// own reading keeps its own, so a forked worker starts with none built).
  Extractor worker_extractor_;
};

}  // namespace redovis

#endif  // REDOVIS_BATCH_BATCH_H_
