#include "batch/batch.h"

#include <algorithm>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <set>

#include "batch/process_pool.h"
#include "redovis/writer.h"

namespace redovis {

namespace {

using Clock = WorkerPool::Clock;

/// The request that reads input `path` ("-": `stdin_bytes`).
std::string RequestFor(const std::string& path, const std::string& stdin_bytes) {
  return path == "-" ? EncodeBytesRequest(path, stdin_bytes) : EncodeFileRequest(path);
}

/// The records of input `input` ("-": `stdin_bytes`), read in this process.
std::vector<Record> ReadHere(const Extractor& extractor, const std::string& input,
                             const std::string& stdin_bytes, const ExtractOptions& options) {
  return input == "-" ? extractor.ExtractBytes(stdin_bytes, "-", options)
                      : extractor.ExtractFile(input, options);
}

Record Failed(const std::string& path, const std::string& code, const std::string& message) {
  Source s;
  s.file = path;
  return Extractor::Unreadable(s, code, message);
}

/// One batch's scheduling on a pool: which file goes to which worker and
/// when, what waits for an earlier file, what is sent again.
class Scheduler {
 public:
  /// Makes a file's records: the `unreadable` one for a failure, or those
  /// read in this process.
  struct Hooks {
    std::function<std::vector<BatchRecord>(size_t, const std::string&, const std::string&)> failed;
    std::function<std::vector<BatchRecord>(size_t)> read_here;
  };

  Scheduler(WorkerPool& pool, const std::vector<std::string>& inputs,
            const std::string& stdin_bytes, double timeout_seconds, double progress_interval,
            Hooks hooks, const BatchRunner::Sink& sink, const BatchRunner::Progress& progress)
      : pool_(pool),
        inputs_(inputs),
        stdin_bytes_(stdin_bytes),
        timeout_seconds_(timeout_seconds),
        progress_interval_(progress_interval),
        hooks_(std::move(hooks)),
        sink_(sink),
        progress_(progress),
        slots_(pool.size()),
        window_(pool.size() * kReorderWindowPerWorker) {}

  /// Runs the whole batch; stops every worker at the end. False when it
  /// stopped early, the output closed (the workers are killed then).
  bool Run() {
    const size_t total = inputs_.size();
    for (size_t w = 0; w < slots_.size(); ++w) pool_.Start(w);
    next_tick_ = TickFrom(pool_.Now());
    while (next_write_ < total) {
      Dispatch();
      Report();
      std::vector<size_t> busy;
      Clock::time_point until = next_tick_;
      for (size_t w = 0; w < slots_.size(); ++w) {
        if (slots_[w].in_flight.empty()) continue;
        busy.push_back(w);
        until = std::min(until, slots_[w].deadline);
      }
      if (busy.empty()) {
        if (next_dispatch_ >= total && resend_.empty()) break;
        bool alive = false;
        for (size_t w = 0; w < slots_.size(); ++w) alive |= pool_.Running(w);
        if (!alive) {  // no worker can be started: read the rest in this process
          for (size_t i : resend_) ReadInThisProcess(i);
          resend_.clear();
          for (; next_dispatch_ < total; ++next_dispatch_) ReadInThisProcess(next_dispatch_);
          break;
        }
        continue;
      }
      if (!Handle(pool_.Wait(busy, until), busy)) {
        for (size_t w = 0; w < slots_.size(); ++w) pool_.Stop(w, true);
        return false;
      }
      Report();
    }
    for (size_t w = 0; w < slots_.size(); ++w) pool_.Stop(w, false);
    return true;
  }

 private:
  /// The scheduler's state of one worker slot: the requests sent to it and
  /// not yet answered, oldest first. The worker reads them one at a time, so
  /// the oldest is the one it is reading, and the others wait in the pipe.
  struct Slot {
    std::deque<size_t> in_flight;  ///< input indices, oldest first
    Clock::time_point deadline;    ///< when the oldest must be answered by
    Clock::time_point begun;       ///< when the oldest began to be read
  };

  /// The next tick after `now`; never when there is no interval.
  Clock::time_point TickFrom(Clock::time_point now) const {
    if (progress_interval_ <= 0) return Clock::time_point::max();
    return now + std::chrono::milliseconds(static_cast<int64_t>(progress_interval_ * 1000));
  }

  /// Passes the progress on when an input was read since the last time, or
  /// a tick is due.
  void Report() {
    const Clock::time_point now = pool_.Now();
    if (finished_.empty() && now < next_tick_) return;
    BatchProgress p;
    p.total = inputs_.size();
    p.done = done_;
    p.finished.swap(finished_);
    p.now = now;
    for (const Slot& slot : slots_)
      if (!slot.in_flight.empty()) p.reading.push_back({slot.in_flight.front(), slot.begun});
    std::sort(p.reading.begin(), p.reading.end(),
              [](const BatchProgress::Reading& a, const BatchProgress::Reading& b) {
                return a.since < b.since || (a.since == b.since && a.input < b.input);
              });
    next_tick_ = TickFrom(now);
    progress_(p);
  }

  /// Reads input `i` in this process, reporting it as read before and done after.
  void ReadInThisProcess(size_t i) {
    BatchProgress p;
    p.total = inputs_.size();
    p.done = done_;
    p.finished.swap(finished_);
    p.now = pool_.Now();
    p.reading.push_back({i, p.now});
    progress_(p);
    Finish(i, hooks_.read_here(i));
    Report();
  }

  /// The deadline of a file whose reading (or a page of it) begins `now`.
  Clock::time_point DeadlineFrom(Clock::time_point now) const {
    if (timeout_seconds_ <= 0) return Clock::time_point::max();
    return now + std::chrono::milliseconds(static_cast<int64_t>(timeout_seconds_ * 1000));
  }

  /// Hands out work (restarting workers that are gone): one request to each
  /// worker with none; then, away from the batch's end, one more to each to
  /// read next. Near the end a file waiting behind a slow one could keep the
  /// batch going after the other workers are done.
  void Dispatch() {
    const size_t total = inputs_.size(), jobs = slots_.size();
    for (size_t depth = 1; depth <= kRequestsPerWorker; ++depth) {
      for (size_t w = 0; w < jobs; ++w) {
        Slot& slot = slots_[w];
        if (slot.in_flight.size() >= depth) continue;
        bool fresh = next_dispatch_ < total && next_dispatch_ < next_write_ + window_;
        if (resend_.empty() && !fresh) break;
        if (depth > 1 && (total - next_dispatch_) + resend_.size() <= jobs * kRequestsPerWorker)
          break;
        if (!pool_.Running(w) && !pool_.Start(w)) continue;
        size_t index = next_dispatch_;
        if (!resend_.empty()) {
          index = *resend_.begin();
          resend_.erase(resend_.begin());
        } else {
          ++next_dispatch_;
        }
        if (slot.in_flight.empty()) {
          slot.begun = pool_.Now();
          slot.deadline = DeadlineFrom(slot.begun);
        }
        slot.in_flight.push_back(index);
        if (pool_.Send(w, RequestFor(inputs_[index], stdin_bytes_))) continue;
        std::string how = pool_.Stop(w, true);
        if (slot.in_flight.size() == 1) {
          slot.in_flight.clear();
          Finish(index, hooks_.failed(index, "crashed", "the reader process could not be reached"));
        } else {
          Lose(&slot, "crashed", Crashed(how));
        }
      }
    }
  }

  /// Takes what the `busy` workers did: answers are passed on, a progress
  /// note moves the worker's deadline to --timeout from now, a worker that
  /// ended loses its file, and one past its deadline is stopped. False, and
  /// nothing taken, when the output closed.
  bool Handle(const std::vector<PoolEvent>& events, const std::vector<size_t>& busy) {
    for (const PoolEvent& e : events)
      if (e.kind == PoolEvent::Kind::kOutputClosed) return false;
    const Clock::time_point now = pool_.Now();
    std::vector<bool> heard(slots_.size(), false);
    for (const PoolEvent& e : events) {
      Slot& slot = slots_[e.worker];
      if (slot.in_flight.empty()) continue;  // nothing was asked of it
      heard[e.worker] = true;
      if (e.kind == PoolEvent::Kind::kProgress) {  // still reading: its time starts again
        slot.deadline = DeadlineFrom(now);
        continue;
      }
      if (e.kind == PoolEvent::Kind::kEnded) {
        Lose(&slot, "crashed", Crashed(e.how));
        continue;
      }
      const size_t index = slot.in_flight.front();
      slot.in_flight.pop_front();
      slot.begun = now;  // the next one waiting begins now
      slot.deadline = DeadlineFrom(now);
      std::vector<BatchRecord> records;
      Status s = DecodeResult(e.answer, &records);
      if (!s.ok())
        records =
            hooks_.failed(index, "internal_error", "bad answer from the reader: " + s.message());
      Finish(index, std::move(records));
    }
    for (size_t w : busy) {
      Slot& slot = slots_[w];
      if (heard[w] || slot.in_flight.empty() || now < slot.deadline) continue;
      pool_.Stop(w, true);
      char limit[32];  // the limit as given: 0.5, 60
      std::snprintf(limit, sizeof limit, "%g", timeout_seconds_);
      Lose(&slot, "timeout",
           std::string("reading took longer than ") + limit +
               " s (--timeout) since it began or began its last page, and was stopped; the file "
               "itself may be fine: a busy machine can take longer, so try it again with a "
               "larger --timeout");
    }
    return true;
  }

  /// Input `index` is done: passes it on, with every later one that waited
  /// for it, in input order.
  void Finish(size_t index, std::vector<BatchRecord> records) {
    ready_[index] = std::move(records);
    ++done_;
    finished_.push_back(index);
    while (!ready_.empty() && ready_.begin()->first == next_write_) {
      sink_(std::move(ready_.begin()->second));
      ready_.erase(ready_.begin());
      ++next_write_;
    }
  }

  /// A worker is gone (crashed, stopped or unreachable): the request it was
  /// reading ends as `code`; those waiting behind it go to another worker.
  void Lose(Slot* slot, const std::string& code, const std::string& message) {
    const size_t oldest = slot->in_flight.front();
    resend_.insert(slot->in_flight.begin() + 1, slot->in_flight.end());
    slot->in_flight.clear();
    Finish(oldest, hooks_.failed(oldest, code, message));
  }

  static std::string Crashed(const std::string& how) {
    return "the reader crashed on this file (" + how + "); the batch went on";
  }

  WorkerPool& pool_;
  const std::vector<std::string>& inputs_;
  const std::string& stdin_bytes_;
  double timeout_seconds_;
  double progress_interval_;
  Hooks hooks_;
  const BatchRunner::Sink& sink_;
  const BatchRunner::Progress& progress_;
  std::vector<Slot> slots_;
  const size_t window_;
  std::map<size_t, std::vector<BatchRecord>> ready_;  ///< done, waiting for an earlier one
  size_t next_dispatch_ = 0, next_write_ = 0;
  size_t done_ = 0;               ///< inputs read, in whatever order
  std::vector<size_t> finished_;  ///< read since the last progress call
  Clock::time_point next_tick_ = Clock::time_point::max();
  std::set<size_t> resend_;  ///< requests a lost worker had not begun: sent again first
};

}  // namespace

std::vector<BatchRecord> BatchRunner::ToBatchRecords(const std::vector<Record>& records,
                                                     const RecordRenderer* renderer) const {
  std::vector<BatchRecord> out;
  out.reserve(records.size());
  for (const Record& r : records)
    out.push_back({options_.whole_records ? r : r.Summary(patterns_.catalogue().RoleKeys()),
                   renderer ? renderer->Render(r) : std::string()});
  return out;
}

std::string BatchRunner::Serve(std::string_view message, const RecordRenderer* renderer,
                               const std::function<void()>& progress) const {
  WorkerRequest request;
  Status s = DecodeRequest(message, &request);
  if (!s.ok())
    return EncodeResult(ToBatchRecords(
        {Failed("", "internal_error", "bad request to the reader: " + s.message())}, renderer));
  ExtractOptions extract = options_.extract;
  extract.read.page_begun = progress;
  return EncodeResult(ToBatchRecords(
      request.has_bytes ? worker_extractor_.ExtractBytes(request.bytes, request.path, extract)
                        : worker_extractor_.ExtractFile(request.path, extract),
      renderer));
}

bool BatchRunner::Run(const std::vector<std::string>& inputs, const std::string& stdin_bytes,
                      const RecordRenderer* renderer, const Sink& sink,
                      const Progress& progress) const {
  const size_t total = inputs.size();
  if (!options_.isolate) {
    Extractor extractor(patterns_);
    BatchProgress p;
    p.total = total;
    for (size_t i = 0; i < total; ++i) {
      if (ReaderGone(options_.output_fd)) return false;
      p.done = i;
      p.now = Clock::now();
      p.finished.clear();
      p.reading = {{i, p.now}};
      progress(p);
      sink(ToBatchRecords(ReadHere(extractor, inputs[i], stdin_bytes, options_.extract), renderer));
      p.done = i + 1;
      p.now = Clock::now();
      p.finished = {i};
      p.reading.clear();
      progress(p);
    }
    return true;
  }
  size_t jobs = static_cast<size_t>(std::max(1, options_.jobs));
  jobs = std::min(jobs, std::max<size_t>(1, total));
  ProcessPool pool(
      jobs, options_.max_memory_mb,
      [&](std::string_view message, const ProcessPool::Progress& note) {
        return Serve(message, renderer, note);
      },
      options_.output_fd);
  return RunOnPool(pool, inputs, stdin_bytes, renderer, sink, progress);
}

bool BatchRunner::RunOnPool(WorkerPool& pool, const std::vector<std::string>& inputs,
                            const std::string& stdin_bytes, const RecordRenderer* renderer,
                            const Sink& sink, const Progress& progress) const {
  Scheduler::Hooks hooks;
  hooks.failed = [&](size_t i, const std::string& code, const std::string& message) {
    return ToBatchRecords({Failed(inputs[i], code, message)}, renderer);
  };
  Extractor extractor(patterns_);
  hooks.read_here = [&](size_t i) {
    return ToBatchRecords(ReadHere(extractor, inputs[i], stdin_bytes, options_.extract), renderer);
  };
  return Scheduler(pool, inputs, stdin_bytes, options_.timeout_seconds,
                   options_.progress_interval_seconds, std::move(hooks), sink, progress)
      .Run();
}

}  // namespace redovis
