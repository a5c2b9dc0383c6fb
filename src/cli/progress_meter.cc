#include "cli/progress_meter.h"

#include <cmath>
#include <cstdio>

#include "base/display_text.h"

namespace redovis {

uint64_t InputWeight(uint64_t bytes) {
  return bytes + kPerFileWeight;
}

std::string FormatDuration(double seconds) {
  long long s = seconds > 0 ? static_cast<long long>(std::ceil(seconds)) : 0;
  char out[48];
  if (s >= 3600)
    std::snprintf(out, sizeof out, "%lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
  else
    std::snprintf(out, sizeof out, "%lld:%02lld", s / 60, s % 60);
  return out;
}

ProgressMeter::ProgressMeter(std::vector<uint64_t> weights, Clock::time_point started)
    : weights_(std::move(weights)), read_(weights_.size(), false), started_(started) {
  for (uint64_t w : weights_) total_weight_ += w;
}

void ProgressMeter::Update(const BatchProgress& p) {
  for (size_t i : p.finished) {
    if (i >= read_.size() || read_[i]) continue;
    read_[i] = true;
    done_weight_ += weights_[i];
    ++done_;
  }
  reading_ = p.reading;
}

double ProgressMeter::Elapsed(Clock::time_point now) const {
  return std::chrono::duration<double>(now - started_).count();
}

bool ProgressMeter::CanEstimate(Clock::time_point now) const {
  return done_ > 0 && done_weight_ > 0 && Elapsed(now) >= kMinEstimateSeconds &&
         static_cast<double>(done_weight_) >=
             kMinEstimateShare * static_cast<double>(total_weight_);
}

double ProgressMeter::FilesPerSecond(Clock::time_point now) const {
  return CanEstimate(now) ? static_cast<double>(done_) / Elapsed(now) : 0;
}

double ProgressMeter::SecondsLeft(Clock::time_point now) const {
  if (!CanEstimate(now)) return -1;
  double per_second = static_cast<double>(done_weight_) / Elapsed(now);
  return static_cast<double>(total_weight_ - done_weight_) / per_second;
}

std::string ProgressMeter::Line(const std::vector<std::string>& names, Clock::time_point now,
                                size_t width) const {
  char numbers[160];
  if (CanEstimate(now)) {
    double share = total_weight_ ? 100.0 * static_cast<double>(done_weight_) /
                                       static_cast<double>(total_weight_)
                                 : 100.0;
    std::snprintf(numbers, sizeof numbers, "%zu/%zu files  %d%%  %.1f files/s  ETA %s", done_,
                  weights_.size(), static_cast<int>(share), FilesPerSecond(now),
                  FormatDuration(SecondsLeft(now)).c_str());
  } else {
    std::snprintf(numbers, sizeof numbers, "%zu/%zu files  %s elapsed", done_, weights_.size(),
                  FormatDuration(Elapsed(now)).c_str());
  }
  std::string line = numbers;
  if (DisplayWidth(line) > width) return FitDisplayWidth(line, width);
  if (reading_.empty() || reading_[0].input >= names.size()) return line;
  const BatchProgress::Reading& longest = reading_[0];
  std::string name = DisplayText(names[longest.input]);
  double for_seconds = std::chrono::duration<double>(now - longest.since).count();
  std::string since = for_seconds >= 1 ? " (" + FormatDuration(for_seconds) + ")" : "";
  if (reading_.size() > 1) since += " +" + std::to_string(reading_.size() - 1);
  size_t used = DisplayWidth(line) + 2 + DisplayWidth(since);
  if (used >= width) return line;
  return line + "  " + FitDisplayWidth(name, width - used) + since;
}

}  // namespace redovis
