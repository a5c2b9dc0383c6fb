#include "cli/atomic_output.h"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace atomic_output_test {

namespace fs = std::filesystem;
using namespace redovis;

namespace {

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("redovis-atomic-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  size_t Count() const { return std::distance(fs::directory_iterator(path), {}); }
};

}  // namespace

TEST_CASE("a regular file is written to a temporary beside it and renamed on Commit") {
  TempDir t;
  fs::path target = t.path / "out.txt";
  std::ofstream(target) << "old";
  std::string error;
  {
    AtomicOutput out;
    REQUIRE(out.Open(target.string(), &error));
    CHECK_FALSE(out.is_stdout());
    out.stream() << "new";
    CHECK(Slurp(target) == "old");  // untouched until Commit
    CHECK(t.Count() == 2);          // the temporary beside it
    REQUIRE(out.Commit(&error));
  }
  CHECK(Slurp(target) == "new");
  CHECK(t.Count() == 1);
}

TEST_CASE("an output never committed leaves the target as it was and no temporary") {
  TempDir t;
  fs::path target = t.path / "out.txt";
  std::ofstream(target) << "old";
  std::string error;
  {
    AtomicOutput out;
    REQUIRE(out.Open(target.string(), &error));
    out.stream() << "half";
  }
  CHECK(Slurp(target) == "old");
  CHECK(t.Count() == 1);
}

TEST_CASE("a symbolic link is followed and stays a link; a loop is refused") {
  TempDir t;
  fs::create_symlink("real.txt", t.path / "link.txt");
  std::string error;
  {
    AtomicOutput out;
    REQUIRE(out.Open((t.path / "link.txt").string(), &error));
    out.stream() << "via link";
    REQUIRE(out.Commit(&error));
  }
  CHECK(fs::is_symlink(fs::symlink_status(t.path / "link.txt")));
  CHECK(Slurp(t.path / "real.txt") == "via link");
  fs::create_symlink("b", t.path / "a");
  fs::create_symlink("a", t.path / "b");
  AtomicOutput loop;
  CHECK_FALSE(loop.Open((t.path / "a").string(), &error));
  CHECK(error.find("a loop of symbolic links") != std::string::npos);
}

TEST_CASE("a path that cannot be written fails at Open, naming it") {
  TempDir t;
  std::string path = (t.path / "no" / "dir" / "out.txt").string();
  std::string error;
  AtomicOutput out;
  CHECK_FALSE(out.Open(path, &error));
  CHECK(error.rfind(path + ": cannot write (", 0) == 0);
}

TEST_CASE("a FIFO is written in place and stays a FIFO; - and empty are standard output") {
  TempDir t;
  fs::path fifo = t.path / "fifo";
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  // Open for reading without blocking first, so that the writer's open does not block.
  int rd = open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  REQUIRE(rd >= 0);
  std::string error;
  {
    AtomicOutput out;
    REQUIRE(out.Open(fifo.string(), &error));
    out.stream() << "piped";
    REQUIRE(out.Commit(&error));
  }
  char buf[16] = {};
  CHECK(read(rd, buf, sizeof buf) == 5);
  close(rd);
  CHECK(std::string(buf) == "piped");
  CHECK(fs::is_fifo(fifo));
  for (const char* p : {"", "-"}) {
    AtomicOutput out;
    REQUIRE(out.Open(p, &error));
    CHECK(out.is_stdout());
  }
}

TEST_CASE("a device that fails a write gives the operating system's reason") {
  std::string error;
  AtomicOutput out;
  REQUIRE(out.Open("/dev/full", &error));
  out.stream() << std::string(100000, 'x');
  CHECK_FALSE(out.Commit(&error));
  CHECK(error == "/dev/full: cannot write (No space left on device)");
  CHECK(out.Failure("fallback") == "/dev/full: cannot write (No space left on device)");
}

TEST_CASE("a write past the file size limit fails with its reason, the target untouched") {
  TempDir t;
  fs::path target = t.path / "out.txt";
  std::ofstream(target) << "old";
  struct rlimit before;
  REQUIRE(getrlimit(RLIMIT_FSIZE, &before) == 0);
  void (*old_handler)(int) = signal(SIGXFSZ, SIG_IGN);
  struct rlimit small = before;
  small.rlim_cur = 4096;
  REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
  std::string error;
  bool committed;
  {
    AtomicOutput out;
    REQUIRE(out.Open(target.string(), &error));
    out.stream() << std::string(200000, 'x');
    committed = out.Commit(&error);
  }
  setrlimit(RLIMIT_FSIZE, &before);
  signal(SIGXFSZ, old_handler);
  CHECK_FALSE(committed);
  CHECK(error == target.string() + ": cannot write (File too large)");
  CHECK(Slurp(target) == "old");
  CHECK(t.Count() == 1);  // no temporary left
}

TEST_CASE("the temporary name is unpredictable and a planted link is never followed") {
  TempDir t;
  fs::path target = t.path / "out.txt";
  fs::path victim = t.path / "victim.txt";
  std::ofstream(victim) << "precious";
  // Every name the old scheme could choose for this process, and a few more.
  for (const std::string& suffix : {std::to_string(getpid()), std::string("XXXXXX")})
    fs::create_symlink(victim, t.path / ("out.txt.tmp-" + suffix));
  std::string error;
  {
    AtomicOutput out;
    REQUIRE(out.Open(target.string(), &error));
    out.stream() << "new";
    REQUIRE(out.Commit(&error));
  }
  CHECK(Slurp(victim) == "precious");
  CHECK(Slurp(target) == "new");
  CHECK(fs::is_symlink(fs::symlink_status(t.path / ("out.txt.tmp-" + std::to_string(getpid())))));
}

TEST_CASE("a new file gets 0666 less the umask, an existing one keeps its mode") {
  TempDir t;
  fs::path fresh = t.path / "fresh.txt", kept = t.path / "kept.txt";
  std::ofstream(kept) << "old";
  fs::permissions(kept, fs::perms(0640));
  mode_t mask = umask(022);
  std::string error;
  for (const fs::path& p : {fresh, kept}) {
    AtomicOutput out;
    REQUIRE(out.Open(p.string(), &error));
    out.stream() << "x";
    REQUIRE(out.Commit(&error));
  }
  umask(mask);
  struct stat st;
  REQUIRE(stat(fresh.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0644);
  REQUIRE(stat(kept.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0640);
}

TEST_CASE("an output that is one of the inputs, by any name, is refused") {
  TempDir t;
  fs::path input = t.path / "in.txt";
  std::ofstream(input) << "report";
  fs::create_symlink("in.txt", t.path / "alias.txt");
  fs::create_hard_link(input, t.path / "hard.txt");
  std::string error;
  for (const char* name : {"in.txt", "alias.txt", "hard.txt"}) {
    AtomicOutput out;
    REQUIRE(out.Open((t.path / name).string(), &error));
    CHECK_FALSE(out.CheckNotAnInput({"-", "/nonexistent", input.string()}, &error));
    CHECK(error.find("is also an input (" + input.string() + ")") != std::string::npos);
  }
  AtomicOutput other;
  REQUIRE(other.Open((t.path / "other.txt").string(), &error));
  CHECK(other.CheckNotAnInput({input.string()}, &error));
  AtomicOutput standard;
  REQUIRE(standard.Open("-", &error));
  CHECK(standard.CheckNotAnInput({input.string()}, &error));
  CHECK(Slurp(input) == "report");
}

}  // namespace atomic_output_test
