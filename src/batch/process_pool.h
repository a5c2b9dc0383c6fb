// The real WorkerPool: each worker is a process forked from this one, with
// a Unix socket pair between them, framed as worker_protocol.h says.
//
// In: the number of slots, an address-space limit for each worker
// (RLIMIT_AS, MiB; 0 = none), the function a worker serves each message
// with, and optionally the descriptor the batch's output goes to. A worker is
// forked when its slot is started, so the pool must be used before this
// process starts any thread; it runs `serve` on each message in turn,
// single-threaded, and exits when the parent closes its socket. Its socket
// ends are close-on-exec and closed in every other worker, so a worker sees
// end of file as soon as the parent closes its end. A dead worker's socket
// never raises SIGPIPE in the parent (worker_protocol.h sends with
// MSG_NOSIGNAL), so the parent's SIGPIPE stays free to mean its own output
// closed. The destructor ends every worker (closing its socket, then
// reaping it).
//
// A worker never outlives its parent: it asks the kernel for SIGKILL when the
// parent dies (PR_SET_PDEATHSIG) and exits at once if the parent died before
// it asked. It does not keep the parent's handlers of SIGINT, SIGTERM, SIGHUP
// and SIGPIPE (src/cli/interrupts.h): the first three end it, the last is
// ignored; a signal the parent ignores stays ignored.
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
  /// Sends the parent a progress note from inside a worker's Serve.
  using Progress = std::function<void()>;
  /// Serves one message in a worker: its answer; it may call `progress` as
  /// it goes (each call is one note to the parent, before the answer).
  using Serve = std::function<std::string(std::string_view message, const Progress& progress)>;

  /// `output_fd`: when a pipe or socket (else ignored), Wait also watches it
  /// and reports kOutputClosed as soon as its reader is gone.
  ProcessPool(size_t size, size_t max_memory_mb, Serve serve, int output_fd = -1);
  ~ProcessPool() override;
  ProcessPool(const ProcessPool&) = delete;
  ProcessPool& operator=(const ProcessPool&) = delete;

  /// The number of slots.
  size_t size() const override { return slots_.size(); }
  /// Forks a worker into the slot; false when a pipe or fork fails.
  bool Start(size_t worker) override;
  /// True while the slot holds a process not yet reaped.
  bool Running(size_t worker) const override { return slots_[worker].pid > 0; }
  /// Writes one frame to the worker's socket; false when the slot is empty or
  /// the socket is broken (the worker has ended).
  bool Send(size_t worker, const std::string& message) override;
  /// Polls the workers' sockets (and the output) until `until`: an answer is
  /// a whole frame (kProgress when it is a progress note); end of file (or a frame cut short) is
  /// the worker's end, reaped here. A closed output is one kOutputClosed event, alone.
  std::vector<PoolEvent> Wait(const std::vector<size_t>& workers, Clock::time_point until) override;
  /// SIGKILL when `kill`; then closes the socket and waits for the process.
  std::string Stop(size_t worker, bool kill) override;
  /// The steady clock.
  Clock::time_point Now() const override { return Clock::now(); }

 private:
  struct Slot {
    pid_t pid = -1;
    int fd = -1;  ///< the parent's end of the socket pair
  };
  /// The worker's life: limits, then serving messages on `fd` until end of file.
  [[noreturn]] void WorkerMain(int fd) const;

  std::vector<Slot> slots_;
  size_t max_memory_mb_;
  Serve serve_;
  int output_fd_;  ///< watched for its reader's end; -1: none
};

/// True when `fd` is a pipe or socket whose reading side is gone (poll
/// reports an error or a hang-up on it); false for anything else.
bool ReaderGone(int fd);

}  // namespace redovis

#endif  // REDOVIS_BATCH_PROCESS_POOL_H_
