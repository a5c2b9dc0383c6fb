// A WorkerPool for unit tests of the batch's scheduler, in the manner of
// ninja's fake command runner: no processes, no pipes, a clock of its own.
//
// Each worker answers the requests sent to it one at a time, in order, each
// after the simulated seconds its file's script says (read from the request,
// by path), then the next begins. A script can make the worker crash on a
// file, hang on it, or answer with garbage, and send progress notes (kProgress)
// at given seconds into a file before that. Wait advances the clock to the
// first answer or crash among the workers waited on, or to `until`; the
// batch's output can be made to close at a time (`output_closes_at`). Every
// start, send, stop and answer is logged with its time, for the tests to
// check the scheduler's rules against.
#ifndef REDOVIS_TESTS_FAKE_WORKER_POOL_H_
#define REDOVIS_TESTS_FAKE_WORKER_POOL_H_

#include <deque>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "batch/worker_pool.h"
#include "batch/worker_protocol.h"

namespace redovis::testing {

/// What a fake worker does with one file.
struct FakeJob {
  enum class Kind { kAnswer, kCrash, kHang, kGarbage };
  double seconds = 0.01;  ///< until it answers or crashes
  Kind kind = Kind::kAnswer;
  /// Seconds into the file (ascending, before `seconds`) at which the worker
  /// sends a progress note; a hanging worker sends them, then nothing.
  std::vector<double> progress;
};

class FakeWorkerPool : public WorkerPool {
 public:
  /// One line of the log.
  struct Entry {
    std::string what;  ///< "start", "send", "progress", "answer", "crash", "stop", "kill"
    size_t worker = 0;
    std::string path;    ///< for send, answer, crash
    size_t queued = 0;   ///< for send: the requests the worker holds, this one included
    double seconds = 0;  ///< the fake clock
  };

  /// `size` slots; files not in `script` answer after 0.01 s. At most
  /// `startable` workers can ever be started (-1: any number).
  FakeWorkerPool(size_t size, std::map<std::string, FakeJob> script, int startable = -1)
      : workers_(size), script_(std::move(script)), startable_(startable) {}

  size_t size() const override { return workers_.size(); }

  bool Start(size_t w) override {
    if (workers_[w].running) return true;
    if (startable_ == 0) return false;
    if (startable_ > 0) --startable_;
    workers_[w] = Worker();
    workers_[w].running = true;
    Log("start", w);
    return true;
  }

  bool Running(size_t w) const override { return workers_[w].running; }

  bool Send(size_t w, const std::string& message) override {
    Worker& worker = workers_[w];
    if (!worker.running) return false;
    WorkerRequest request;
    if (!DecodeRequest(message, &request).ok()) throw std::logic_error("a malformed request");
    if (worker.queue.empty()) worker.begun = now_;
    worker.queue.push_back(request.path);
    Log("send", w, request.path, worker.queue.size());
    return true;
  }

  std::vector<PoolEvent> Wait(const std::vector<size_t>& which, Clock::time_point until) override {
    Clock::time_point first = Clock::time_point::max();
    for (size_t w : which) first = std::min(first, Due(w));
    std::vector<PoolEvent> events;
    if (output_closes_at >= 0) {
      Clock::time_point closes = At(output_closes_at);
      if (closes <= std::min(first, until)) {
        now_ = std::max(now_, closes);
        Log("output closed", 0);
        PoolEvent e;
        e.kind = PoolEvent::Kind::kOutputClosed;
        events.push_back(std::move(e));
        return events;
      }
    }
    if (first == Clock::time_point::max() && until == Clock::time_point::max())
      throw std::logic_error("the scheduler waits for ever on workers that never answer");
    if (first > until) {
      now_ = until;
      return events;
    }
    now_ = first;
    for (size_t w : which) {
      if (Due(w) != now_) continue;
      Worker& worker = workers_[w];
      std::string path = worker.queue.front();
      PoolEvent e;
      e.worker = w;
      FakeJob::Kind kind = Job(path).kind;
      if (worker.notes < Job(path).progress.size()) {
        Log("progress", w, path);
        ++worker.notes;
        e.kind = PoolEvent::Kind::kProgress;
      } else if (kind == FakeJob::Kind::kCrash) {
        Log("crash", w, path);
        worker = Worker();
        e.kind = PoolEvent::Kind::kEnded;
        e.how = "signal Segmentation fault";
      } else {
        Log("answer", w, path);
        worker.queue.pop_front();
        worker.begun = now_;
        worker.notes = 0;
        e.kind = PoolEvent::Kind::kAnswer;
        if (kind == FakeJob::Kind::kGarbage) {
          e.answer = "garbage";
        } else {
          BatchRecord r;
          r.record.source.file = path;
          r.record.status = "complete";
          r.rendered = path + "\n";
          e.answer = EncodeResult({r});
        }
      }
      events.push_back(std::move(e));
    }
    return events;
  }

  std::string Stop(size_t w, bool kill) override {
    if (!workers_[w].running) return "";
    Log(kill ? "kill" : "stop", w);
    workers_[w] = Worker();
    return kill ? "signal Killed" : "exit 0";
  }

  Clock::time_point Now() const override { return now_; }

  /// Seconds on the fake clock.
  double Seconds() const {
    return std::chrono::duration<double>(now_ - Clock::time_point()).count();
  }

  std::vector<Entry> log;
  /// When (fake seconds) the batch's output loses its reader; -1: never.
  double output_closes_at = -1;

 private:
  struct Worker {
    bool running = false;
    std::deque<std::string> queue;  ///< paths, the one being read first
    Clock::time_point begun;        ///< when the first in the queue began
    size_t notes = 0;               ///< progress notes sent on the first in the queue
  };

  FakeJob Job(const std::string& path) const {
    auto it = script_.find(path);
    return it == script_.end() ? FakeJob() : it->second;
  }

  static Clock::time_point At(double seconds) {
    return Clock::time_point() +
           std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
  }

  /// When worker `w` next sends a progress note, or answers (or crashes on)
  /// the file it reads; max when never.
  Clock::time_point Due(size_t w) const {
    const Worker& worker = workers_[w];
    if (!worker.running || worker.queue.empty()) return Clock::time_point::max();
    FakeJob job = Job(worker.queue.front());
    double at = job.seconds;
    if (worker.notes < job.progress.size())
      at = job.progress[worker.notes];
    else if (job.kind == FakeJob::Kind::kHang)
      return Clock::time_point::max();
    return worker.begun +
           std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(at));
  }

  void Log(const std::string& what, size_t w, const std::string& path = "", size_t queued = 0) {
    log.push_back({what, w, path, queued, Seconds()});
  }

  std::vector<Worker> workers_;
  std::map<std::string, FakeJob> script_;
  int startable_;
  Clock::time_point now_;
};

}  // namespace redovis::testing

#endif  // REDOVIS_TESTS_FAKE_WORKER_POOL_H_
