#include "cli/atomic_output.h"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

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
