#include "batch/process_pool.h"

#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "base/sanitizer.h"
#include "batch/worker_protocol.h"

namespace redovis {

namespace {

/// How a worker process ended, for a message: "signal ..." or "exit N".
std::string HowItEnded(int status) {
  return WIFSIGNALED(status) ? std::string("signal ") + strsignal(WTERMSIG(status))
                             : "exit " + std::to_string(WEXITSTATUS(status));
}

/// The signals a parent may handle (src/cli/interrupts.h) that a worker
/// must not handle as its parent does.
constexpr int kParentSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};

/// In a worker just forked: its parent's handlers undone. SIGINT, SIGTERM
/// and SIGHUP end it (unless ignored, as the parent ignores them); SIGPIPE
/// is ignored, since the worker writes only to its socket.
void ResetSignalsInWorker() {
  for (int sig : kParentSignals) {
    struct sigaction now;
    if (sigaction(sig, nullptr, &now) != 0) continue;
    if (sig != SIGPIPE && now.sa_handler == SIG_IGN) continue;
    signal(sig, sig == SIGPIPE ? SIG_IGN : SIG_DFL);
  }
}

bool IsPipeOrSocket(int fd) {
  struct stat st;
  return fd >= 0 && fstat(fd, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode));
}

}  // namespace

bool ReaderGone(int fd) {
  if (!IsPipeOrSocket(fd)) return false;
  pollfd p = {fd, 0, 0};
  return poll(&p, 1, 0) == 1 && (p.revents & (POLLERR | POLLHUP));
}

ProcessPool::ProcessPool(size_t size, size_t max_memory_mb, Serve serve, int output_fd)
    : slots_(size),
      max_memory_mb_(max_memory_mb),
      serve_(std::move(serve)),
      output_fd_(IsPipeOrSocket(output_fd) ? output_fd : -1) {}

ProcessPool::~ProcessPool() {
  for (size_t w = 0; w < slots_.size(); ++w) Stop(w, false);
}

void ProcessPool::WorkerMain(int fd) const {
  // AddressSanitizer reserves terabytes of address space for its shadow
  // memory, so an address-space limit would stop a sanitizer build at once.
  if (max_memory_mb_ > 0 && !kAddressSanitizer) {
    rlimit limit;
    limit.rlim_cur = limit.rlim_max = static_cast<rlim_t>(max_memory_mb_) << 20;
    setrlimit(RLIMIT_AS, &limit);
  }
  std::string message;
  const Progress progress = [fd] { SendFrame(fd, EncodeProgress()); };
  while (ReceiveFrame(fd, &message))
    if (!SendFrame(fd, serve_(message, progress))) break;
  _exit(0);
}

bool ProcessPool::Start(size_t worker) {
  Slot& slot = slots_[worker];
  if (slot.pid > 0) return true;
  int ends[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0) return false;
  // The parent's handlers must not run in the child before it resets them:
  // signals wait until the fork is done on both sides.
  sigset_t parent_signals, saved;
  sigemptyset(&parent_signals);
  for (int sig : kParentSignals) sigaddset(&parent_signals, sig);
  sigprocmask(SIG_BLOCK, &parent_signals, &saved);
  const pid_t parent = getpid();
  pid_t pid = fork();
  if (pid == 0) {
    // The worker dies with its parent, even one killed with SIGKILL; a
    // parent gone before this line is seen by its pid (the child was
    // adopted).
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(1);
    ResetSignalsInWorker();
    sigprocmask(SIG_SETMASK, &saved, nullptr);
    close(ends[0]);
    // Other workers' sockets must not stay open here, or they never see EOF.
    for (const Slot& other : slots_)
      if (&other != &slot && other.pid > 0) close(other.fd);
    WorkerMain(ends[1]);
  }
  sigprocmask(SIG_SETMASK, &saved, nullptr);
  close(ends[1]);
  if (pid < 0) {
    close(ends[0]);
    return false;
  }
  slot.pid = pid;
  slot.fd = ends[0];
  return true;
}

bool ProcessPool::Send(size_t worker, const std::string& message) {
  const Slot& slot = slots_[worker];
  return slot.pid > 0 && SendFrame(slot.fd, message);
}

std::vector<PoolEvent> ProcessPool::Wait(const std::vector<size_t>& workers,
                                         Clock::time_point until) {
  std::vector<pollfd> fds;
  std::vector<size_t> owners;
  for (size_t w : workers) {
    if (slots_[w].pid <= 0) continue;
    fds.push_back({slots_[w].fd, POLLIN, 0});
    owners.push_back(w);
  }
  const size_t workers_polled = fds.size();
  if (output_fd_ >= 0) fds.push_back({output_fd_, 0, 0});  // only its error or hang-up
  int wait_ms = -1;
  if (until != Clock::time_point::max()) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now()).count();
    wait_ms = static_cast<int>(std::clamp<int64_t>(left, 0, 1 << 30));
  }
  std::vector<PoolEvent> events;
  if (poll(fds.data(), fds.size(), wait_ms) <= 0) return events;
  if (fds.size() > workers_polled && (fds.back().revents & (POLLERR | POLLHUP))) {
    PoolEvent e;
    e.kind = PoolEvent::Kind::kOutputClosed;
    events.push_back(std::move(e));
    return events;
  }
  for (size_t k = 0; k < workers_polled; ++k) {
    if (!(fds[k].revents & (POLLIN | POLLHUP | POLLERR))) continue;
    PoolEvent e;
    e.worker = owners[k];
    if (ReceiveFrame(fds[k].fd, &e.answer)) {
      e.kind = IsProgress(e.answer) ? PoolEvent::Kind::kProgress : PoolEvent::Kind::kAnswer;
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
  close(slot.fd);
  int status = 0;
  waitpid(slot.pid, &status, 0);
  slot = Slot();
  return HowItEnded(status);
}

}  // namespace redovis
