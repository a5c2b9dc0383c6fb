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
//
// The progress line (stderr a terminal, not --quiet): one line, rewritten in
// place ("\r", the line, ESC [K) at most five times a second, from the
// batch's progress calls and its ticks (Configure asks the batch for one
// every 0.2 s, so a slow first file shows as it runs); its numbers and
// wording are progress_meter.h's, fitted to the terminal's width. It is
// erased before anything else goes to the terminal: before the records of
// each file when the output is the same terminal (BeforeOutput, then
// AfterOutput flushes them before the line comes back), and before the
// summary, an error or the end (EndProgress). Nothing is drawn when stderr
// is not a terminal.
#ifndef REDOVIS_CLI_BATCH_SESSION_H_
#define REDOVIS_CLI_BATCH_SESSION_H_

#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "batch/batch.h"
#include "cli/atomic_output.h"
#include "cli/inputs.h"
#include "cli/options.h"
#include "cli/progress_meter.h"
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

  /// When a progress line is shown: asks `batch` for progress ticks, notes
  /// whether the batch's output (batch->output_fd, set before) is the
  /// terminal, whose records then erase the line first, and weighs `inputs`
  /// (the list the batch will run, kept by the caller until it ends) by
  /// their sizes.
  void Configure(BatchOptions* batch, const std::vector<std::string>& inputs);

  /// Takes the batch's progress; redraws the line (terminal only, not
  /// quiet) at most five times a second.
  void Progress(const BatchProgress& p);

  /// Erases the progress line when the output is the terminal: call before
  /// writing a file's records.
  void BeforeOutput();
  /// Flushes `out` when the output is the terminal and a progress line is
  /// kept, so the records reach it before the line comes back.
  void AfterOutput(std::ostream& out);

  /// Erases the progress line, if one is shown.
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
  /// The terminal's width in columns (stderr's; else $COLUMNS; else 80).
  static size_t TerminalWidth();

  bool quiet_;
  std::chrono::steady_clock::time_point started_, last_progress_;
  bool show_progress_ = false;       ///< stderr a terminal, not quiet
  bool output_on_terminal_ = false;  ///< the records go to a terminal too
  bool progress_shown_ = false;      ///< a line is on the terminal now
  std::unique_ptr<ProgressMeter> meter_;
  const std::vector<std::string>* run_inputs_ = nullptr;  ///< the batch's, for names
  Inputs inputs_;
  RunCounts counts_;
};

}  // namespace redovis

#endif  // REDOVIS_CLI_BATCH_SESSION_H_
