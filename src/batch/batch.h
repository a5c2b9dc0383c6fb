// The batch runner: extracts many files in parallel worker processes and
// hands their records back in input order, as soon as each is ready.
//
// In: input paths ("-" for bytes read from standard input), the shared
// PatternSet, options and a RecordWriter to render records with. Out: a
// callback per input, in input order, with that input's reports, each as a
// summary (for counting and `check`) and its output already rendered by the
// worker, so that the parent only appends bytes. Each worker is a process forked before any thread
// exists, single-threaded, with a memory limit (RLIMIT_AS); a file that makes
// its worker run past the timeout is recorded `unreadable` with `timeout` and
// the worker replaced, and a worker that crashes costs only the record of the
// file it was reading (`crashed`). Memory in the parent stays bounded: at most
// a window of finished records waits for an earlier, slower file.
#ifndef REDOVIS_BATCH_BATCH_H_
#define REDOVIS_BATCH_BATCH_H_

#include <functional>
#include <string>
#include <vector>

#include "redovis/extractor.h"
#include "redovis/patterns.h"
#include "redovis/record.h"
#include "redovis/writer.h"

namespace redovis {

struct BatchOptions {
  int jobs = 1;                 ///< worker processes
  double timeout_seconds = 60;  ///< per file; 0 = none
  size_t max_memory_mb = 2048;  ///< address-space limit of each worker; 0 = none
  bool isolate = true;          ///< false: extract in this process, one file at a time
  ExtractOptions extract;
  /// Values kept in each BatchRecord's summary besides status and findings.
  std::vector<std::string> summary_keys = {"report.municipality", "report.year"};
};

/// One report as the batch hands it back.
struct BatchRecord {
  Record summary;        ///< Record::Summary(summary_keys) of the report
  std::string rendered;  ///< the report as the renderer renders it; "" without one
};

class BatchRunner {
 public:
  BatchRunner(const PatternSet& patterns, BatchOptions options)
      : patterns_(patterns), options_(std::move(options)) {}

  /// Extracts `inputs`, calling `sink` with each input's reports in input
  /// order and `progress(done, total)` after each. `stdin_bytes` stands for
  /// "-". Each report is rendered with `renderer` (may be null) where it was
  /// extracted. Never throws for a bad input: it becomes an `unreadable` record.
  void Run(const std::vector<std::string>& inputs, const std::string& stdin_bytes,
           const RecordWriter* renderer, const std::function<void(std::vector<BatchRecord>)>& sink,
           const std::function<void(size_t, size_t)>& progress) const;

 private:
  const PatternSet& patterns_;
  BatchOptions options_;
};

/// The record parsed back from its JSON form (RecordToJson); the inverse of it.
Record RecordFromJson(const nlohmann::ordered_json& j);

}  // namespace redovis

#endif  // REDOVIS_BATCH_BATCH_H_
