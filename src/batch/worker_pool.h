// A pool of workers, as the batch's scheduler sees it: numbered slots, each
// holding at most one worker at a time, that take messages in order and
// answer each with one message, after any number of progress notes. The
// scheduler (batch.cc) decides what goes where and when; a pool only
// carries messages and tells what happened.
//
// The real pool forks processes and talks over pipes (process_pool.h); the
// unit tests drive the scheduler with a fake one (tests/fake_worker_pool.h),
// with its own clock, so scheduling, order, timeouts and crashes are tested
// without processes, FIFOs or sleeping.
//
// A worker answers its messages one at a time in the order sent; a message
// sent while it is busy waits for it. A worker that ends (crashes, or is
// killed) loses every message it had not answered. A pool never throws.
#ifndef REDOVIS_BATCH_WORKER_POOL_H_
#define REDOVIS_BATCH_WORKER_POOL_H_

#include <chrono>
#include <string>
#include <vector>

namespace redovis {

/// What happened at one worker.
struct PoolEvent {
  enum class Kind {
    kAnswer,  ///< the worker answered its oldest message with `answer`
    kEnded,   ///< the worker ended by itself (a crash); its slot is empty now
    /// The worker is still reading its oldest message and has just begun
    /// another page of it (worker_protocol.h's progress note).
    kProgress,
    /// The batch's output has no reader any more (the other end of its pipe
    /// closed): nothing more can be delivered. `worker` means nothing.
    kOutputClosed,
  };
  Kind kind = Kind::kAnswer;
  size_t worker = 0;
  std::string answer;  ///< for kAnswer
  std::string how;     ///< for kEnded: "signal Killed", "exit 1", ...
};

class WorkerPool {
 public:
  using Clock = std::chrono::steady_clock;
  virtual ~WorkerPool() = default;

  /// The number of slots.
  virtual size_t size() const = 0;
  /// Starts a worker in the empty slot `worker`; false when none can be
  /// started (the slot stays empty).
  virtual bool Start(size_t worker) = 0;
  /// True when the slot holds a worker.
  virtual bool Running(size_t worker) const = 0;
  /// Sends `message` to the worker in slot `worker`; false when it cannot be
  /// reached (it has ended): then the caller stops it.
  virtual bool Send(size_t worker, const std::string& message) = 0;
  /// Waits until some of `workers` answer or end, or until `until`, whichever
  /// comes first; returns what happened (nothing when `until` came first).
  /// A worker that ended is reaped and its slot emptied before this returns.
  virtual std::vector<PoolEvent> Wait(const std::vector<size_t>& workers,
                                      Clock::time_point until) = 0;
  /// Ends the worker in slot `worker` (killing it first when `kill`, else
  /// letting it finish and exit) and empties the slot; returns how it ended
  /// ("" when the slot was empty).
  virtual std::string Stop(size_t worker, bool kill) = 0;
  /// The pool's clock: the time deadlines are measured in.
  virtual Clock::time_point Now() const = 0;
};

}  // namespace redovis

#endif  // REDOVIS_BATCH_WORKER_POOL_H_
