#include "batch/process_pool.h"

#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <thread>

namespace process_pool_test {

using namespace redovis;

namespace {

/// A worker that echoes, crashes on "crash", hangs on "hang" and sends two
/// progress notes before its answer to "pages".
std::string Serve(std::string_view message, const ProcessPool::Progress& progress) {
  if (message == "crash") {
    signal(SIGABRT, SIG_DFL);  // not the test framework's handler, inherited by the fork
    std::abort();
  }
  if (message == "hang")
    for (;;) pause();
  if (message == "exit") _exit(0);
  if (message == "pages") {
    progress();
    progress();
  }
  return "echo:" + std::string(message);
}

/// True while process `pid` exists and is not a zombie.
bool Alive(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string pid_field, name, state;
  if (!(stat >> pid_field >> name >> state)) return false;
  return state != "Z" && state != "X";
}

/// Waits on `worker` for at most `seconds`.
std::vector<PoolEvent> WaitFor(ProcessPool& pool, size_t worker, double seconds) {
  return pool.Wait({worker},
                   pool.Now() + std::chrono::milliseconds(static_cast<int>(seconds * 1000)));
}

}  // namespace

TEST_CASE("process pool: a worker answers its messages in order") {
  ProcessPool pool(2, 0, Serve);
  REQUIRE(pool.Start(0));
  CHECK(pool.Running(0));
  CHECK(!pool.Running(1));
  REQUIRE(pool.Send(0, "one"));
  REQUIRE(pool.Send(0, std::string("t\0o", 3)));
  std::vector<std::string> answers;
  for (int i = 0; i < 20 && answers.size() < 2; ++i)
    for (PoolEvent& e : WaitFor(pool, 0, 5)) {
      CHECK(e.kind == PoolEvent::Kind::kAnswer);
      CHECK(e.worker == 0);
      answers.push_back(e.answer);
    }
  CHECK(answers == std::vector<std::string>{"echo:one", std::string("echo:t\0o", 8)});
  CHECK(pool.Stop(0, false) == "exit 0");
  CHECK(!pool.Running(0));
  CHECK(pool.Stop(0, false).empty());
}

TEST_CASE("process pool: a worker's progress notes come before its answer, each an event") {
  ProcessPool pool(1, 0, Serve);
  REQUIRE(pool.Start(0));
  REQUIRE(pool.Send(0, "pages"));
  std::vector<PoolEvent::Kind> kinds;
  for (int i = 0; i < 20 && (kinds.empty() || kinds.back() != PoolEvent::Kind::kAnswer); ++i)
    for (PoolEvent& e : WaitFor(pool, 0, 5)) kinds.push_back(e.kind);
  CHECK(kinds == std::vector<PoolEvent::Kind>{PoolEvent::Kind::kProgress,
                                              PoolEvent::Kind::kProgress,
                                              PoolEvent::Kind::kAnswer});
}

TEST_CASE("process pool: a crash is an event saying how the worker ended; the slot is empty") {
  ProcessPool pool(1, 0, Serve);
  REQUIRE(pool.Start(0));
  REQUIRE(pool.Send(0, "crash"));
  auto events = WaitFor(pool, 0, 5);
  REQUIRE(events.size() == 1);
  CHECK(events[0].kind == PoolEvent::Kind::kEnded);
  CHECK(events[0].how == "signal Aborted");
  CHECK(!pool.Running(0));
  // A new worker takes the slot.
  REQUIRE(pool.Start(0));
  REQUIRE(pool.Send(0, "again"));
  events = WaitFor(pool, 0, 5);
  REQUIRE(events.size() == 1);
  CHECK(events[0].answer == "echo:again");
}

TEST_CASE("process pool: a hung worker gives no event before the deadline, and is killed") {
  ProcessPool pool(1, 0, Serve);
  REQUIRE(pool.Start(0));
  REQUIRE(pool.Send(0, "hang"));
  auto started = pool.Now();
  CHECK(WaitFor(pool, 0, 0.2).empty());
  CHECK(pool.Now() - started >= std::chrono::milliseconds(190));
  CHECK(pool.Stop(0, true) == "signal Killed");
  CHECK(!pool.Running(0));
  CHECK(!pool.Send(0, "x"));
}

TEST_CASE("process pool: a closed output is reported at once, while a worker is busy") {
  // The pipe's reading end lives in another process (as `head` holds it), so
  // that the workers, forked from this one, never hold it.
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  pid_t reader = fork();
  if (reader == 0) {
    close(fds[1]);
    for (;;) pause();
  }
  close(fds[0]);
  ProcessPool pool(1, 0, Serve, fds[1]);
  REQUIRE(pool.Start(0));
  REQUIRE(pool.Send(0, "hang"));
  CHECK(WaitFor(pool, 0, 0.2).empty());  // the reader is still there
  CHECK(!ReaderGone(fds[1]));
  kill(reader, SIGKILL);
  waitpid(reader, nullptr, 0);
  auto started = pool.Now();
  auto events = WaitFor(pool, 0, 10);
  CHECK(pool.Now() - started < std::chrono::seconds(2));
  CHECK(events.size() == 1);
  CHECK((!events.empty() && events[0].kind == PoolEvent::Kind::kOutputClosed));
  CHECK(ReaderGone(fds[1]));
  CHECK(pool.Running(0));  // stopping the workers is the scheduler's decision
  CHECK(pool.Stop(0, true) == "signal Killed");
  close(fds[1]);
  CHECK(ReaderGone(-1) == false);
}

TEST_CASE("process pool: an output that is not a pipe or socket is not watched") {
  std::FILE* file = std::tmpfile();
  REQUIRE(file != nullptr);
  ProcessPool pool(1, 0, Serve, fileno(file));
  REQUIRE(pool.Start(0));
  REQUIRE(pool.Send(0, "hang"));
  CHECK(WaitFor(pool, 0, 0.2).empty());
  CHECK(!ReaderGone(fileno(file)));
  CHECK(pool.Stop(0, true) == "signal Killed");
  std::fclose(file);
}

TEST_CASE("process pool: a worker gone unseen never raises SIGPIPE in the parent") {
  // SIGPIPE's default action would end this test process.
  struct sigaction old;
  signal(SIGPIPE, SIG_DFL);
  sigaction(SIGPIPE, nullptr, &old);
  REQUIRE((old.sa_handler == SIG_DFL));
  ProcessPool pool(1, 0, Serve);
  REQUIRE(pool.Start(0));
  REQUIRE(pool.Send(0, "exit"));
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  // The worker has exited but is not reaped: its socket is closed.
  bool sent = true;
  for (int i = 0; i < 4 && sent; ++i) sent = pool.Send(0, std::string(1 << 20, 'x'));
  CHECK(!sent);
  CHECK(pool.Stop(0, false) == "exit 0");
}

TEST_CASE("process pool: a worker does not keep its parent's signal handlers") {
  // The parent's handler would keep a worker alive through SIGTERM.
  struct sigaction handler, old;
  std::memset(&handler, 0, sizeof handler);
  handler.sa_handler = [](int) {};
  sigaction(SIGTERM, &handler, &old);
  ProcessPool pool(1, 0, Serve);
  REQUIRE(pool.Start(0));
  sigaction(SIGTERM, &old, nullptr);
  REQUIRE(pool.Send(0, "hang"));
  REQUIRE(pool.Send(0, "echo"));
  // Find the worker: the only child of this process that the pool started.
  pid_t worker = -1;
  std::ifstream children("/proc/" + std::to_string(getpid()) + "/task/" + std::to_string(getpid()) +
                         "/children");
  children >> worker;
  REQUIRE(worker > 0);
  kill(worker, SIGTERM);
  auto events = WaitFor(pool, 0, 5);
  CHECK(events.size() == 1);
  CHECK((!events.empty() && events[0].kind == PoolEvent::Kind::kEnded));
  CHECK((!events.empty() && events[0].how == "signal Terminated"));
  pool.Stop(0, true);
}

TEST_CASE("process pool: a worker dies with its parent, even one killed with SIGKILL") {
  int report[2];
  REQUIRE(pipe(report) == 0);
  pid_t parent = fork();
  if (parent == 0) {
    close(report[0]);
    ProcessPool pool(1, 0, Serve);
    if (!pool.Start(0) || !pool.Send(0, "hang")) _exit(1);
    pid_t worker = -1;
    std::ifstream children("/proc/" + std::to_string(getpid()) + "/task/" +
                           std::to_string(getpid()) + "/children");
    children >> worker;
    if (write(report[1], &worker, sizeof worker) != sizeof worker) _exit(1);
    for (;;) pause();  // until killed
  }
  close(report[1]);
  pid_t worker = -1;
  REQUIRE(read(report[0], &worker, sizeof worker) == sizeof worker);
  close(report[0]);
  REQUIRE(worker > 0);
  CHECK(Alive(worker));
  kill(parent, SIGKILL);
  int status = 0;
  waitpid(parent, &status, 0);
  bool gone = false;
  for (int i = 0; i < 200 && !gone; ++i) {
    gone = !Alive(worker);
    if (!gone) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  CHECK(gone);
  if (!gone) kill(worker, SIGKILL);
}

}  // namespace process_pool_test
