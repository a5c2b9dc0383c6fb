// How the process ends when it is interrupted or its output goes away: with
// no temporary output file left behind, and of the signal that ended it, so
// that a shell shows 128+N (SIGHUP 129, SIGINT 130, SIGPIPE 141, SIGTERM 143)
// and a parent process sees the signal.
//
// One handler serves SIGINT, SIGTERM, SIGHUP and SIGPIPE. It removes every
// temporary file registered here (AtomicOutput registers its temporary file
// while it exists), then restores the signal's default action and raises it
// again. SIGINT, SIGTERM and SIGHUP keep an inherited "ignore" (`nohup`, a
// background job of a script); SIGPIPE is always handled, so that writing to
// a closed pipe ends the process quietly, as it ends any shell tool.
//
// Workers are not this module's concern: each dies with its parent
// (process_pool.h), and resets these signals when it is forked.
//
// The handler is async-signal-safe: it allocates nothing, reads only paths
// copied into fixed buffers when they were registered, and calls only
// unlink, sigaction, sigprocmask, raise and _exit. Registration happens on
// the main thread. Nothing here throws.
#ifndef REDOVIS_CLI_INTERRUPTS_H_
#define REDOVIS_CLI_INTERRUPTS_H_

#include <csignal>
#include <string>

namespace redovis {

/// Installs the handler for SIGINT, SIGTERM, SIGHUP (each unless ignored
/// when the process started) and SIGPIPE. Call once, in main, before any
/// worker is forked; a process that never calls it removes nothing on a
/// signal. Returns nothing; a failed sigaction leaves that signal as it was.
void InstallInterruptHandlers();

/// Registers `path`, a temporary file this process has just created, to be
/// removed if a signal ends the process. Returns false (and registers
/// nothing) when the path is empty or longer than PATH_MAX, or 16 files are
/// registered already.
bool RegisterTemporaryFile(const std::string& path);

/// Stops removing `path` on a signal (it was renamed into place or removed).
/// Returns false when it was not registered.
bool ForgetTemporaryFile(const std::string& path);

/// The number of temporary files registered now.
int RegisteredTemporaryFiles();

/// Holds off the handled signals for its lifetime (a signal that arrives
/// meanwhile is delivered when it ends), so that creating a temporary file
/// and registering it happen as one step.
class SignalsHeld {
 public:
  SignalsHeld();
  ~SignalsHeld();
  SignalsHeld(const SignalsHeld&) = delete;
  SignalsHeld& operator=(const SignalsHeld&) = delete;

 private:
  sigset_t saved_;
};

/// Ends the process as a write to its closed output would: the temporary
/// files removed, then killed by SIGPIPE (141 in a shell). For a batch that
/// learns its output's reader is gone before it has anything to write.
[[noreturn]] void EndOnClosedOutput();

}  // namespace redovis

#endif  // REDOVIS_CLI_INTERRUPTS_H_
