// The real WorkerPool: each worker is a process forked from this one, with
// a pipe each way, framed as worker_protocol.h says.
//
// In: the number of slots, an address-space limit for each worker
// (RLIMIT_AS, MiB; 0 = none) and the function a worker serves each message
// with. A worker is forked when its slot is started, so the pool must be used
// before this process starts any thread; it runs `serve` on each message in
// turn, single-threaded, and exits when the parent closes its pipe. Its pipe
// ends are close-on-exec and closed in every other worker, so a worker sees
// end of file as soon as the parent closes its end. A dead worker's pipe
// never kills the parent: SIGPIPE is ignored from construction on. The
// destructor ends every worker (closing its pipe, then reaping it).
#ifndef REDOVIS_BATCH_PROCESS_POOL_H_
#define REDOVIS_BATCH_PROCESS_POOL_H_

#include <sys/types.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "batch/worker_pool.h"

namespace redovis {

class ProcessPool : public WorkerPool {
 public:
  /// Serves one message in a worker: its answer.
  using Serve = std::function<std::string(std::string_view message)>;

  ProcessPool(size_t size, size_t max_memory_mb, Serve serve);
  ~ProcessPool() override;
  ProcessPool(const ProcessPool&) = delete;
  ProcessPool& operator=(const ProcessPool&) = delete;

  /// The number of slots.
  size_t size() const override { return slots_.size(); }
  /// Forks a worker into the slot; false when a pipe or fork fails.
  bool Start(size_t worker) override;
  /// True while the slot holds a process not yet reaped.
  bool Running(size_t worker) const override { return slots_[worker].pid > 0; }
  /// Writes one frame to the worker's pipe; false when the slot is empty or
  /// the pipe is broken (the worker has ended).
  bool Send(size_t worker, const std::string& message) override;
  /// Polls the workers' pipes until `until`: an answer is a whole frame;
  /// end of file (or a frame cut short) is the worker's end, reaped here.
  std::vector<PoolEvent> Wait(const std::vector<size_t>& workers, Clock::time_point until) override;
  /// SIGKILL when `kill`; then closes both pipes and waits for the process.
  std::string Stop(size_t worker, bool kill) override;
  /// The steady clock.
  Clock::time_point Now() const override { return Clock::now(); }

 private:
  struct Slot {
    pid_t pid = -1;
    int to = -1, from = -1;  ///< the parent's ends of the two pipes
  };
  /// The worker's life: limits, then serving messages until end of file.
  [[noreturn]] void WorkerMain(int in, int out) const;

  std::vector<Slot> slots_;
  size_t max_memory_mb_;
  Serve serve_;
};

}  // namespace redovis

#endif  // REDOVIS_BATCH_PROCESS_POOL_H_
