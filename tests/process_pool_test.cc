#include "batch/process_pool.h"

#include <doctest/doctest.h>
#include <signal.h>
#include <unistd.h>

#include <cstdlib>

using namespace redovis;

namespace {

/// A worker that echoes, crashes on "crash" and hangs on "hang".
std::string Serve(std::string_view message) {
  if (message == "crash") {
    signal(SIGABRT, SIG_DFL);  // not the test framework's handler, inherited by the fork
    std::abort();
  }
  if (message == "hang")
    for (;;) pause();
  return "echo:" + std::string(message);
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
