// The options `extract` and `check` share (the batch: jobs, limits, OCR,
// inputs), the global --patterns, and where the pattern directory is found.
//
// Each default lives in one place: the batch and reader defaults are those
// of BatchOptions (src/batch/batch.h) and ReadOptions
// (include/redovis/readers.h), which the flags are bound to directly; only
// --jobs has its own (0: one worker per core). Never throws.
#ifndef REDOVIS_CLI_OPTIONS_H_
#define REDOVIS_CLI_OPTIONS_H_

#include <CLI/CLI.hpp>
#include <string>

#include "batch/batch.h"
#include "cli/inputs.h"

namespace redovis {

/// The batch options shared by extract and check, as parsed.
struct BatchFlags {
  BatchOptions batch;  ///< timeout, memory limit and OCR bound in place
  int jobs = 0;        ///< 0: the number of cores
  bool in_process = false;
  InputRequest inputs;  ///< positional paths, --files-from, --shard, --include/--exclude
  bool quiet = false;
};

/// Adds the positional inputs and the shared batch options to `cmd`, bound
/// to `*flags` (which must outlive the parse).
void AddBatchFlags(CLI::App* cmd, BatchFlags* flags);

/// The BatchOptions `flags` ask for, --jobs and --in-process applied.
BatchOptions ToBatchOptions(const BatchFlags& flags);

/// The number of cores (at least 1).
int DefaultJobs();

/// The pattern directory: `given` (--patterns) when not empty, else
/// $REDOVIS_PATTERNS, else the first of the directories beside the
/// executable that holds common.rules. Returns a path (it may not exist:
/// loading then fails with a message naming it).
std::string FindPatternsDir(const std::string& given);

}  // namespace redovis

#endif  // REDOVIS_CLI_OPTIONS_H_
