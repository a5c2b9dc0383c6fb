// The options `extract` and `check` share (the batch: jobs, limits, OCR,
// inputs), the global --patterns, and where the pattern directory is found.
//
// Each default lives in one place: the batch and reader defaults are those
// of BatchOptions (src/batch/batch.h) and ReadOptions
// (include/redovis/readers.h), which the flags are bound to directly; only
// --jobs has its own (0: one worker per core). Never throws.
#ifndef REDOVIS_CLI_OPTIONS_H_
#define REDOVIS_CLI_OPTIONS_H_

#include <string>

#include "batch/batch.h"
#include "cli/inputs.h"

namespace CLI {
class App;  // CLI11's: the .cc files that build the command line include <CLI/CLI.hpp>
}  // namespace CLI

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

/// The pattern directory, in this order: `given` (--patterns) when not
/// empty; else `env` ($REDOVIS_PATTERNS) when set and not empty; else, from
/// `exe_dir` (the directory of the running executable), the installed
/// patterns (`../share/redovis/patterns` under the default layout), then
/// `patterns` beside it (the build tree). An explicit flag or variable is
/// taken as given (a wrong one fails when loaded, naming it); fails with code
/// "usage", naming the places looked in, when no place beside the
/// executable holds common.rules.
Status FindPatternsDir(const std::string& given, const char* env, const std::string& exe_dir,
                       std::string* dir);

}  // namespace redovis

#endif  // REDOVIS_CLI_OPTIONS_H_
