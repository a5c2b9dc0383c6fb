#include "cli/batch_session.h"

#include <unistd.h>

#include <cstdio>
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
  return s;
}

void BatchSession::Progress(size_t done, size_t total) {
  if (quiet_ || !isatty(STDERR_FILENO)) return;
  auto now = std::chrono::steady_clock::now();
  if (done < total && now - last_progress_ < std::chrono::milliseconds(200)) return;
  last_progress_ = now;
  double secs = std::chrono::duration<double>(now - started_).count();
  double rate = secs > 0 ? done / secs : 0;
  double eta = rate > 0 ? (total - done) / rate : 0;
  char line[160];
  std::snprintf(line, sizeof line, "\r%zu/%zu files  %.1f files/s  ETA %d:%02d   ", done, total,
                rate, static_cast<int>(eta) / 60, static_cast<int>(eta) % 60);
  std::cerr << line << std::flush;
  progress_shown_ = true;
}

void BatchSession::EndProgress() {
  if (progress_shown_) std::cerr << "\n";
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
