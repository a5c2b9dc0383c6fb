#include "cli/batch_session.h"

#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sstream>

#include "base/display_text.h"

namespace redovis {

void PrintError(const std::string& message) {
  std::cerr << "redovis: " << DisplayText(message) << "\n";
}

std::string Counted(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

void RunCounts::Add(const Record& r) {
  ++records;
  ++by_status[r.status];
  if (r.status == "unreadable") ++unreadable;
  if (r.HasError()) ++with_errors;
}

std::string RunCounts::SummaryLine(double seconds) const {
  std::ostringstream summary;
  summary << "redovis: " << Counted(files, "file", "files") << ", "
          << Counted(records, "report", "reports") << " (";
  bool first = true;
  for (const auto& [status, n] : by_status) {
    summary << (first ? "" : ", ") << status << " " << n;
    first = false;
  }
  char t[32];
  std::snprintf(t, sizeof t, "%.1f", seconds);
  summary << "), " << unreadable << " unreadable, " << t << " s";
  return summary.str();
}

Status BatchSession::Prepare(BatchFlags& flags) {
  Status s = GatherInputs(std::move(flags.inputs), std::cin, &inputs_);
  for (const std::string& p : inputs_.problems) PrintError(p);
  started_ = last_progress_ = std::chrono::steady_clock::now();
  show_progress_ = !quiet_ && isatty(STDERR_FILENO);
  return s;
}

void BatchSession::Configure(BatchOptions* batch, const std::vector<std::string>& inputs) {
  if (!show_progress_) return;
  batch->progress_interval_seconds = 0.2;
  output_on_terminal_ = batch->output_fd >= 0 && isatty(batch->output_fd);
  // Each input's weight from its size (progress_meter.h); a pipe or a file
  // that cannot be seen counts the fixed part only.
  std::vector<uint64_t> weights;
  weights.reserve(inputs.size());
  for (const std::string& path : inputs) {
    uint64_t bytes = 0;
    struct stat st;
    if (path == "-")
      bytes = inputs_.stdin_bytes.size();
    else if (stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode))
      bytes = static_cast<uint64_t>(st.st_size);
    weights.push_back(InputWeight(bytes));
  }
  run_inputs_ = &inputs;
  meter_ = std::make_unique<ProgressMeter>(std::move(weights), std::chrono::steady_clock::now());
}

size_t BatchSession::TerminalWidth() {
  struct winsize ws;
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  if (const char* columns = std::getenv("COLUMNS")) {
    long n = std::strtol(columns, nullptr, 10);
    if (n > 0 && n < 10000) return static_cast<size_t>(n);
  }
  return 80;
}

void BatchSession::Progress(const BatchProgress& p) {
  if (!show_progress_ || !meter_ || !run_inputs_) return;
  meter_->Update(p);
  auto now = std::chrono::steady_clock::now();
  if (now - last_progress_ < std::chrono::milliseconds(200)) return;
  last_progress_ = now;
  // One column short of the width: a line that fills the last column makes
  // some terminals wrap, and "\r" would then rewrite only the second row.
  size_t width = TerminalWidth();
  std::string line = meter_->Line(*run_inputs_, now, width > 1 ? width - 1 : 1);
  std::cerr << "\r" << line << "\x1b[K" << std::flush;
  progress_shown_ = true;
}

void BatchSession::BeforeOutput() {
  if (output_on_terminal_) EndProgress();
}

void BatchSession::AfterOutput(std::ostream& out) {
  if (output_on_terminal_) out.flush();
}

void BatchSession::EndProgress() {
  if (progress_shown_) std::cerr << "\r\x1b[K" << std::flush;
  progress_shown_ = false;
}

void BatchSession::Finish() {
  EndProgress();
  if (quiet_) return;
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  std::string skipped;
  for (const auto& [ext, n] : inputs_.skipped)
    skipped += (skipped.empty() ? "; skipped: " : ", ") + std::to_string(n) + " " +
               (ext.empty() ? "without extension" : ext);
  std::cerr << DisplayText(counts_.SummaryLine(secs) + skipped) << "\n";
}

void BatchSession::Finish(const std::string& summary) {
  EndProgress();
  if (!quiet_) std::cerr << DisplayText("redovis: " + summary) << "\n";
}

double BatchSession::Seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
}

int BatchSession::ExitCode(bool errors_fail) const {
  if (!inputs_.problems.empty() || counts_.unreadable > 0) return 1;
  if (errors_fail && counts_.with_errors > 0) return 1;
  return 0;
}

int FinishOutput(RecordWriter* writer, Status written, AtomicOutput* out) {
  if (writer) {
    Status finished = writer->Finish();
    if (written.ok()) written = finished;
  }
  if (!written.ok()) {
    PrintError(out->Failure(written.message()));
    return kExitOutputFailed;
  }
  std::string error;
  if (!out->Commit(&error)) {
    PrintError(error);
    return kExitOutputFailed;
  }
  return 0;
}

}  // namespace redovis
