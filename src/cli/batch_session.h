// What `extract` and `check` share around a batch: the inputs gathered from
// the command line, the progress line, the counts, the summary on stderr and
// the exit status they lead to.
//
// In: the parsed BatchFlags; then each record the batch hands back. Out:
// the inputs (Inputs), a progress callback for BatchRunner::Run, and at the
// end the summary line and the exit status (0, or 1 when an input was
// unreadable, a directory could not be listed, or — for check — a report has
// an error finding). Writes only to stderr, and only the progress line (on a
// terminal) and the summary, both silenced by --quiet, and the problems met
// (PrintError); everything it prints passes through DisplayText. Never
// throws.
#ifndef REDOVIS_CLI_BATCH_SESSION_H_
#define REDOVIS_CLI_BATCH_SESSION_H_

#include <chrono>
#include <cstddef>
#include <map>
#include <string>

#include "cli/atomic_output.h"
#include "cli/inputs.h"
#include "cli/options.h"
#include "redovis/record.h"
#include "redovis/status.h"
#include "redovis/writer.h"

namespace redovis {

/// The exit statuses of extract and check (README, docs/output.md,
/// docs/redovis.1): 0 and 1 are BatchSession::ExitCode's.
constexpr int kExitUsage = 2;         ///< a wrong command line, patterns or output path
constexpr int kExitOutputFailed = 3;  ///< the output could not be written in full

/// Prints "redovis: MESSAGE" and a line break on stderr, MESSAGE shown
/// through DisplayText (a file name's escape sequences and line breaks are
/// shown, never sent).
void PrintError(const std::string& message);

/// "1 file", "2 files": `n` and the word in its number.
std::string Counted(size_t n, const char* one, const char* many);

/// The counts of a run, and the summary line they make.
struct RunCounts {
  size_t files = 0, records = 0, unreadable = 0, with_errors = 0;
  std::map<std::string, size_t> by_status;
  /// Counts one report.
  void Add(const Record& r);
  /// "redovis: F files, R reports (singular for 1) (status n, ...), U unreadable, T s".
  std::string SummaryLine(double seconds) const;
};

/// Ends a batch's output: finishes `writer` (when given), then puts `out`
/// in place, unless a write already failed (`written`). Returns 0, or
/// kExitOutputFailed after printing why; a failed output is never put in
/// place and an existing target stays as it was.
int FinishOutput(RecordWriter* writer, Status written, AtomicOutput* out);

class BatchSession {
 public:
  explicit BatchSession(bool quiet) : quiet_(quiet), started_(std::chrono::steady_clock::now()) {}

  /// Gathers the inputs of `flags` (reading standard input when "-" is one),
  /// printing each directory problem to stderr. Fails (code "usage") when
  /// the command line is wrong; the caller prints the message.
  Status Prepare(BatchFlags& flags);

  Inputs& inputs() { return inputs_; }
  RunCounts& counts() { return counts_; }

  /// The progress line on stderr, at most five times a second, on a terminal only.
  void Progress(size_t done, size_t total);

  /// Ends the progress line, if one was shown.
  void EndProgress();

  /// Ends the progress line; prints the summary unless quiet.
  void Finish();

  /// Ends the progress line; prints "redovis: " and `summary` (a command's
  /// own summary, e.g. check's in its language) unless quiet.
  void Finish(const std::string& summary);

  /// Seconds since Prepare.
  double Seconds() const;

  /// The exit status: 1 when something was unreadable (or, with
  /// `errors_fail`, a report has an error finding), else 0.
  int ExitCode(bool errors_fail) const;

 private:
  bool quiet_;
  std::chrono::steady_clock::time_point started_, last_progress_;
  bool progress_shown_ = false;
  Inputs inputs_;
  RunCounts counts_;
};

}  // namespace redovis

#endif  // REDOVIS_CLI_BATCH_SESSION_H_
