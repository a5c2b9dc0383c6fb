// The progress line's arithmetic and wording: how far a batch is, how fast
// it goes, when it will end, and the one line that says so.
//
// A file's share of the work is its weight: its size in bytes plus a fixed
// kPerFileWeight (reading any file costs something, an empty one too, and a
// pipe's size is unknown). Counting files alone would make a batch of many
// small text files behind a few scans look hundreds of times longer than
// it is. The rate is the weight read per second of the batch so far; the
// time left is the weight not yet read at that rate. There is no estimate
// until kMinEstimateShare of the weight has been read and kMinEstimateSeconds
// have passed: one small file read beside a slow scan says nothing of the
// scan (its estimate would grow to minutes while the scan runs), so until
// then the line shows the time elapsed and how long the current file has
// taken.
//
// In: the weights (one per input, in input order), the batch's start, then
// what the batch reports (batch/batch.h's BatchProgress), each with its own
// time: the clock is the caller's, so the tests use a fake one. Out: the
// numbers, and the line as text (no carriage return, no escape sequence:
// the caller puts it on the terminal). Never prints, never throws.
#ifndef REDOVIS_CLI_PROGRESS_METER_H_
#define REDOVIS_CLI_PROGRESS_METER_H_

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "batch/batch.h"

namespace redovis {

/// What reading a file costs beyond its bytes, in bytes' worth.
constexpr uint64_t kPerFileWeight = 16 * 1024;
/// Seconds of a batch before its rate and time left are shown.
constexpr double kMinEstimateSeconds = 1.0;
/// The share of the weight read before the rate and time left are shown.
constexpr double kMinEstimateShare = 0.1;

/// The weight of a file of `bytes` bytes: bytes + kPerFileWeight.
uint64_t InputWeight(uint64_t bytes);

/// "0:07", "12:05", "1:02:03": `seconds` (rounded up, so a time left never
/// shows 0:00 before the end) as m:ss, or h:mm:ss from an hour on.
std::string FormatDuration(double seconds);

class ProgressMeter {
 public:
  using Clock = std::chrono::steady_clock;

  /// `weights`: one per input (InputWeight); `started`: the batch's start.
  ProgressMeter(std::vector<uint64_t> weights, Clock::time_point started);

  /// Takes what the batch reported: the inputs read since, those being read.
  void Update(const BatchProgress& p);

  size_t done() const { return done_; }
  size_t total() const { return weights_.size(); }
  /// The weight of the inputs read, and of all of them.
  uint64_t done_weight() const { return done_weight_; }
  uint64_t total_weight() const { return total_weight_; }

  /// True when `now` is late enough, and enough is read, to estimate.
  bool CanEstimate(Clock::time_point now) const;
  /// Files read per second of the batch, at `now`; 0 before CanEstimate.
  double FilesPerSecond(Clock::time_point now) const;
  /// The seconds left at `now`, at the weight read per second so far; a
  /// negative value before CanEstimate.
  double SecondsLeft(Clock::time_point now) const;

  /// The line at `now`, in at most `width` columns: "12/41 files  38%
  /// 3.2 files/s  ETA 0:42  NAME", or, before an estimate, "0/41 files
  /// 0:07 elapsed  NAME". NAME is the input read longest of those being
  /// read now (`names[i]` is input i's name as given), shown through
  /// DisplayText, with how long it has been read when over a second and
  /// "+N" for the N others being read, and shortened in the middle to fit; the numbers come first
  /// and are never cut, unless `width` is narrower than they are.
  std::string Line(const std::vector<std::string>& names, Clock::time_point now,
                   size_t width) const;

 private:
  double Elapsed(Clock::time_point now) const;

  std::vector<uint64_t> weights_;
  std::vector<bool> read_;
  Clock::time_point started_;
  uint64_t total_weight_ = 0, done_weight_ = 0;
  size_t done_ = 0;
  std::vector<BatchProgress::Reading> reading_;
};

}  // namespace redovis

#endif  // REDOVIS_CLI_PROGRESS_METER_H_
