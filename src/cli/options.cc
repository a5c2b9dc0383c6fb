#include "cli/options.h"

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <thread>

#include "read/convert/converted_reader.h"

namespace redovis {

namespace fs = std::filesystem;

namespace {

/// " (default: V)", V as the value prints.
template <typename T>
std::string Default(const T& value) {
  std::ostringstream s;
  s << value;
  return " (default: " + s.str() + ")";
}

}  // namespace

void AddBatchFlags(CLI::App* cmd, BatchFlags* f) {
  cmd->add_option("inputs", f->inputs.args, "files or directories; - for standard input");
  cmd->add_option("-j,--jobs", f->jobs,
                  "files read in parallel, in worker processes; 0: one per core (default: 0, " +
                      std::to_string(DefaultJobs()) + " here)")
      ->check(CLI::Range(0, 256));
  cmd->add_option("--timeout", f->batch.timeout_seconds,
                  "seconds a file (counted again from each OCR page it begins) may take before it "
                  "is stopped; 0: none" +
                      Default(f->batch.timeout_seconds))
      ->check(CLI::Range(0.0, 86400.0));
  cmd->add_option("--max-memory", f->batch.max_memory_mb,
                  "MiB of address space per worker; 0: no limit" + Default(f->batch.max_memory_mb))
      ->check(CLI::NonNegativeNumber);  // "-1" would wrap to a huge size_t
  cmd->add_flag("--in-process", f->in_process,
                "read files in this process, one at a time (debugging; default: off)");
  cmd->add_option("--ocr", f->batch.extract.read.ocr,
                  "OCR for PDF pages: auto, always or never" + Default(f->batch.extract.read.ocr))
      ->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->add_option("--files-from", f->inputs.files_from,
                  "read input paths from FILE, one per line (- for stdin; default: none)");
  // One value per occurrence, so that the paths after it stay inputs.
  cmd->add_option("--include", f->inputs.filter.include,
                  "in directories, only files matching this glob (repeatable; default: the "
                  "extensions redovis reads)")
      ->allow_extra_args(false);
  cmd->add_option("--exclude", f->inputs.filter.exclude,
                  "in directories, skip files matching this glob (repeatable; default: none)")
      ->allow_extra_args(false);
  cmd->add_option("--shard", f->inputs.shard,
                  "K/N: only the K-th of N equal shares of the inputs (default: all)");
  cmd->add_flag("-q,--quiet", f->quiet, "no progress or summary on stderr (default: off)");
}

BatchOptions ToBatchOptions(const BatchFlags& flags) {
  BatchOptions batch = flags.batch;
  batch.jobs = flags.jobs > 0 ? flags.jobs : DefaultJobs();
  batch.isolate = !flags.in_process;
  // The converter is stopped before the worker's deadline (converted_reader.h).
  batch.extract.read.convert_timeout_seconds = ConversionTimeLimit(batch.timeout_seconds);
  return batch;
}

int DefaultJobs() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

Status FindPatternsDir(const std::string& given, const char* env, const std::string& exe_dir,
                       std::string* dir) {
  if (!given.empty()) {
    *dir = given;
    return Status();
  }
  if (env && *env) {
    *dir = env;
    return Status();
  }
  std::string looked;
  if (!exe_dir.empty()) {
    for (const fs::path& candidate :
         {fs::path(exe_dir) / REDOVIS_PATTERNS_FROM_BINDIR, fs::path(exe_dir) / "patterns"}) {
      std::error_code ec;
      if (fs::exists(candidate / "common.rules", ec)) {
        *dir = candidate.lexically_normal().string();
        return Status();
      }
      looked += (looked.empty() ? "" : ", ") + candidate.lexically_normal().string();
    }
  }
  return Status::Error("usage", "no pattern directory found (looked in " +
                                    (looked.empty() ? std::string("nothing: the executable's "
                                                                  "directory is unknown")
                                                    : looked) +
                                    "); name one with --patterns DIR or $REDOVIS_PATTERNS");
}

}  // namespace redovis
