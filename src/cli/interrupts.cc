#include "cli/interrupts.h"

#include <limits.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

namespace redovis {

namespace {

/// The signals the handler serves.
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};

/// One registered temporary file: its path, copied when registered, so that
/// the handler reads it without allocating.
struct TemporaryFile {
  std::atomic<bool> used{false};
  char path[PATH_MAX];
};
constexpr int kMaxTemporaryFiles = 16;
TemporaryFile g_files[kMaxTemporaryFiles];

/// The process that installed the handler: a forked child that has not yet
/// reset its signals removes nothing of its parent's.
std::atomic<pid_t> g_owner{0};

static_assert(std::atomic<bool>::is_always_lock_free && std::atomic<pid_t>::is_always_lock_free,
              "the handler reads these atomics, so they must be lock-free");

void RemoveTemporaryFiles() {
  for (TemporaryFile& f : g_files)
    if (f.used.load(std::memory_order_acquire)) unlink(f.path);
}

/// Dies of `sig` with its default action (exit status 128 + `sig` should
/// that not end the process).
[[noreturn]] void DieOf(int sig) {
  struct sigaction dfl;
  std::memset(&dfl, 0, sizeof dfl);
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  sigaction(sig, &dfl, nullptr);
  sigset_t only;
  sigemptyset(&only);
  sigaddset(&only, sig);
  sigprocmask(SIG_UNBLOCK, &only, nullptr);
  raise(sig);
  _exit(128 + sig);
}

extern "C" void OnSignal(int sig) {
  if (getpid() == g_owner.load()) RemoveTemporaryFiles();
  DieOf(sig);
}

sigset_t HandledSignals() {
  sigset_t set;
  sigemptyset(&set);
  for (int sig : kSignals) sigaddset(&set, sig);
  return set;
}

}  // namespace

void InstallInterruptHandlers() {
  g_owner.store(getpid());
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_handler = OnSignal;
  sa.sa_mask = HandledSignals();  // one cleanup at a time
  for (int sig : kSignals) {
    struct sigaction old;
    if (sigaction(sig, nullptr, &old) != 0) continue;
    if (sig != SIGPIPE && old.sa_handler == SIG_IGN) continue;  // nohup, a background job
    sigaction(sig, &sa, nullptr);
  }
}

bool RegisterTemporaryFile(const std::string& path) {
  if (path.empty() || path.size() >= PATH_MAX) return false;
  for (TemporaryFile& f : g_files) {
    if (f.used.load(std::memory_order_acquire)) continue;
    std::memcpy(f.path, path.c_str(), path.size() + 1);
    f.used.store(true, std::memory_order_release);
    return true;
  }
  return false;
}

bool ForgetTemporaryFile(const std::string& path) {
  for (TemporaryFile& f : g_files)
    if (f.used.load(std::memory_order_acquire) && path == f.path) {
      f.used.store(false, std::memory_order_release);
      return true;
    }
  return false;
}

int RegisteredTemporaryFiles() {
  int n = 0;
  for (const TemporaryFile& f : g_files) n += f.used.load() ? 1 : 0;
  return n;
}

SignalsHeld::SignalsHeld() {
  sigset_t set = HandledSignals();
  sigprocmask(SIG_BLOCK, &set, &saved_);
}

SignalsHeld::~SignalsHeld() {
  sigprocmask(SIG_SETMASK, &saved_, nullptr);
}

void EndOnClosedOutput() {
  RemoveTemporaryFiles();
  DieOf(SIGPIPE);
}

}  // namespace redovis
