#include "batch/process_pool.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "batch/worker_protocol.h"

namespace redovis {

namespace {

/// How a worker process ended, for a message: "signal ..." or "exit N".
std::string HowItEnded(int status) {
  return WIFSIGNALED(status) ? std::string("signal ") + strsignal(WTERMSIG(status))
                             : "exit " + std::to_string(WEXITSTATUS(status));
}

}  // namespace

ProcessPool::ProcessPool(size_t size, size_t max_memory_mb, Serve serve)
    : slots_(size), max_memory_mb_(max_memory_mb), serve_(std::move(serve)) {
  signal(SIGPIPE, SIG_IGN);  // a dead worker's pipe must not kill the parent
}

ProcessPool::~ProcessPool() {
  for (size_t w = 0; w < slots_.size(); ++w) Stop(w, false);
}

void ProcessPool::WorkerMain(int in, int out) const {
  // AddressSanitizer reserves terabytes of address space for its shadow
  // memory, so an address-space limit would stop a sanitizer build at once.
#if defined(__SANITIZE_ADDRESS__)
  constexpr bool kAsan = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  constexpr bool kAsan = true;
#else
  constexpr bool kAsan = false;
#endif
#else
  constexpr bool kAsan = false;
#endif
  if (max_memory_mb_ > 0 && !kAsan) {
    rlimit limit;
    limit.rlim_cur = limit.rlim_max = static_cast<rlim_t>(max_memory_mb_) << 20;
    setrlimit(RLIMIT_AS, &limit);
  }
  std::string message;
  while (ReceiveFrame(in, &message))
    if (!SendFrame(out, serve_(message))) break;
  _exit(0);
}

bool ProcessPool::Start(size_t worker) {
  Slot& slot = slots_[worker];
  if (slot.pid > 0) return true;
  int down[2], up[2];
  if (pipe2(down, O_CLOEXEC) != 0) return false;
  if (pipe2(up, O_CLOEXEC) != 0) {
    close(down[0]);
    close(down[1]);
    return false;
  }
  pid_t pid = fork();
  if (pid < 0) {
    close(down[0]);
    close(down[1]);
    close(up[0]);
    close(up[1]);
    return false;
  }
  if (pid == 0) {
    close(down[1]);
    close(up[0]);
    // Other workers' pipe ends must not stay open here, or they never see EOF.
    for (const Slot& other : slots_)
      if (&other != &slot && other.pid > 0) {
        close(other.to);
        close(other.from);
      }
    WorkerMain(down[0], up[1]);
  }
  close(down[0]);
  close(up[1]);
  slot.pid = pid;
  slot.to = down[1];
  slot.from = up[0];
  return true;
}

bool ProcessPool::Send(size_t worker, const std::string& message) {
  const Slot& slot = slots_[worker];
  return slot.pid > 0 && SendFrame(slot.to, message);
}

std::vector<PoolEvent> ProcessPool::Wait(const std::vector<size_t>& workers,
                                         Clock::time_point until) {
  std::vector<pollfd> fds;
  std::vector<size_t> owners;
  for (size_t w : workers) {
    if (slots_[w].pid <= 0) continue;
    fds.push_back({slots_[w].from, POLLIN, 0});
    owners.push_back(w);
  }
  int wait_ms = -1;
  if (until != Clock::time_point::max()) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now()).count();
    wait_ms = static_cast<int>(std::clamp<int64_t>(left, 0, 1 << 30));
  }
  std::vector<PoolEvent> events;
  if (poll(fds.data(), fds.size(), wait_ms) <= 0) return events;
  for (size_t k = 0; k < fds.size(); ++k) {
    if (!(fds[k].revents & (POLLIN | POLLHUP | POLLERR))) continue;
    PoolEvent e;
    e.worker = owners[k];
    if (ReceiveFrame(fds[k].fd, &e.answer)) {
      e.kind = PoolEvent::Kind::kAnswer;
    } else {
      e.kind = PoolEvent::Kind::kEnded;
      e.how = Stop(owners[k], false);
    }
    events.push_back(std::move(e));
  }
  return events;
}

std::string ProcessPool::Stop(size_t worker, bool kill_it) {
  Slot& slot = slots_[worker];
  if (slot.pid <= 0) return "";
  if (kill_it) kill(slot.pid, SIGKILL);
  close(slot.to);
  close(slot.from);
  int status = 0;
  waitpid(slot.pid, &status, 0);
  slot = Slot();
  return HowItEnded(status);
}

}  // namespace redovis
