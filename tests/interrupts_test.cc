#include "cli/interrupts.h"

#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

namespace interrupts_test {

namespace fs = std::filesystem;
using namespace redovis;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("redovis-interrupts-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
};

/// Runs `body` in a forked child (the handlers are process-wide, so they are
/// installed there, never in the test runner); returns its wait status.
int InChild(const std::function<void()>& body) {
  pid_t pid = fork();
  if (pid == 0) {
    // doctest's own handlers must not be what the child inherits.
    for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) signal(sig, SIG_DFL);
    body();
    _exit(0);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

/// Creates `path` and registers it, as AtomicOutput does.
void CreateRegistered(const fs::path& path) {
  SignalsHeld held;
  std::ofstream(path) << "partial";
  if (!RegisterTemporaryFile(path.string())) _exit(90);
}

}  // namespace

TEST_CASE("interrupts: temporary files are registered and forgotten; limits are kept") {
  int before = RegisteredTemporaryFiles();
  CHECK(RegisterTemporaryFile("/tmp/a.tmp-1"));
  CHECK(RegisterTemporaryFile("/tmp/b.tmp-1"));
  CHECK(RegisteredTemporaryFiles() == before + 2);
  CHECK(ForgetTemporaryFile("/tmp/a.tmp-1"));
  CHECK(!ForgetTemporaryFile("/tmp/a.tmp-1"));
  CHECK(RegisteredTemporaryFiles() == before + 1);
  CHECK(!RegisterTemporaryFile(""));
  CHECK(!RegisterTemporaryFile(std::string(5000, 'x')));
  CHECK(ForgetTemporaryFile("/tmp/b.tmp-1"));
  // Sixteen at most; the seventeenth is refused, and a freed slot is reused.
  int registered = 0;
  for (int i = 0; i < 20; ++i) registered += RegisterTemporaryFile("/tmp/f" + std::to_string(i));
  CHECK(registered == 16 - before);
  CHECK(!RegisterTemporaryFile("/tmp/one-more"));
  CHECK(ForgetTemporaryFile("/tmp/f3"));
  CHECK(RegisterTemporaryFile("/tmp/one-more"));
  CHECK(ForgetTemporaryFile("/tmp/one-more"));
  for (int i = 0; i < 20; ++i) ForgetTemporaryFile("/tmp/f" + std::to_string(i));
  CHECK(RegisteredTemporaryFiles() == before);
}

TEST_CASE("interrupts: SIGINT, SIGTERM, SIGHUP and SIGPIPE remove the temporary files and kill") {
  TempDir t;
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) {
    CAPTURE(sig);
    fs::path tmp = t.path / ("out.tmp-" + std::to_string(sig));
    fs::path kept = t.path / "unregistered";
    std::ofstream(kept) << "mine";
    int status = InChild([&] {
      InstallInterruptHandlers();
      CreateRegistered(tmp);
      raise(sig);
      _exit(91);  // not reached
    });
    REQUIRE(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == sig);
    CHECK(!fs::exists(tmp));
    CHECK(fs::exists(kept));
  }
}

TEST_CASE("interrupts: a forgotten file stays; without the handler nothing is removed") {
  TempDir t;
  fs::path renamed = t.path / "out.tmp-renamed";
  int status = InChild([&] {
    InstallInterruptHandlers();
    CreateRegistered(renamed);
    ForgetTemporaryFile(renamed.string());
    raise(SIGTERM);
  });
  CHECK((WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM));
  CHECK(fs::exists(renamed));
  fs::path unhandled = t.path / "out.tmp-unhandled";
  status = InChild([&] {
    CreateRegistered(unhandled);
    raise(SIGTERM);
  });
  CHECK((WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM));
  CHECK(fs::exists(unhandled));
}

TEST_CASE("interrupts: a signal ignored at start stays ignored (nohup); SIGPIPE never does") {
  TempDir t;
  fs::path tmp = t.path / "out.tmp-nohup";
  int status = InChild([&] {
    signal(SIGHUP, SIG_IGN);
    signal(SIGPIPE, SIG_IGN);
    InstallInterruptHandlers();
    CreateRegistered(tmp);
    raise(SIGHUP);
    if (!fs::exists(tmp)) _exit(92);
    raise(SIGPIPE);
    _exit(93);
  });
  CHECK((WIFSIGNALED(status) && WTERMSIG(status) == SIGPIPE));
  CHECK(!fs::exists(tmp));
}

TEST_CASE("interrupts: SignalsHeld delays a signal to its end") {
  TempDir t;
  fs::path tmp = t.path / "out.tmp-held";
  fs::path mark = t.path / "reached";
  int status = InChild([&] {
    InstallInterruptHandlers();
    {
      SignalsHeld held;
      raise(SIGINT);
      std::ofstream(mark) << "still running";
      std::ofstream(tmp) << "x";
      RegisterTemporaryFile(tmp.string());
    }
    _exit(94);  // not reached: the held signal ends the process here
  });
  CHECK((WIFSIGNALED(status) && WTERMSIG(status) == SIGINT));
  CHECK(fs::exists(mark));
  CHECK(!fs::exists(tmp));
}

TEST_CASE("interrupts: a child forked without resetting its handlers removes nothing") {
  TempDir t;
  fs::path tmp = t.path / "out.tmp-parent";
  int status = InChild([&] {
    InstallInterruptHandlers();
    CreateRegistered(tmp);
    pid_t child = fork();
    if (child == 0) {
      raise(SIGTERM);  // runs the inherited handler in another process
      _exit(95);
    }
    int child_status = 0;
    waitpid(child, &child_status, 0);
    if (!WIFSIGNALED(child_status) || WTERMSIG(child_status) != SIGTERM) _exit(96);
    _exit(fs::exists(tmp) ? 0 : 97);
  });
  CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
}

TEST_CASE("interrupts: EndOnClosedOutput removes the temporary files and dies of SIGPIPE") {
  TempDir t;
  fs::path tmp = t.path / "out.tmp-closed";
  int status = InChild([&] {
    CreateRegistered(tmp);  // with or without the handler installed
    EndOnClosedOutput();
  });
  CHECK((WIFSIGNALED(status) && WTERMSIG(status) == SIGPIPE));
  CHECK(!fs::exists(tmp));
}

}  // namespace interrupts_test
