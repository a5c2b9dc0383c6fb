// Tests of the writer module's loader (src/write/writer_module.h): where the
// module is looked for, that an archive loads it once (the build puts
// redovis-writers.so beside this test binary), that its table calls the real
// SQLite and libxlsxwriter, and that a missing or foreign module fails with
// write_error, naming the path. That --version, JSON and CSV runs never load
// it, and that a program without it refuses an archive or a workbook at
// once, is tested from the outside in tests/startup.sh.
#include "write/writer_module.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "base/executable.h"
#include "redovis/catalogue.h"
#include "write/sqlite_writer.h"

namespace redovis {
namespace writer_module_test {
namespace {

TEST_CASE("writer module: looked for at the installed place, then beside the program") {
  std::vector<std::string> c = WriterModuleCandidates("/opt/x/bin");
  REQUIRE(c.size() == 2);
  CHECK(c[0].rfind("/opt/x/bin/../", 0) == 0);
  CHECK(c[0].find("/redovis/redovis-writers.so") != std::string::npos);
  CHECK(c[1] == "/opt/x/bin/redovis-writers.so");
  CHECK(WriterModuleCandidates("").empty());
}

TEST_CASE("writer module: an archive loads it once; its table calls the real libraries") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("redovis-writer-module-" + std::to_string(getpid()));
  fs::create_directories(dir);
  Catalogue catalogue;
  std::unique_ptr<SqliteArchive> archive;
  Status s =
      SqliteArchive::Open((dir / "a.sqlite").string(), catalogue, ArchiveOptions(), &archive);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(WriterModuleLoaded());
  const WriterModule* first = nullptr;
  const WriterModule* second = nullptr;
  REQUIRE(LoadWriterModule(&first).ok());
  REQUIRE(LoadWriterModule(&second).ok());
  CHECK(first == second);
  sqlite3* db = nullptr;
  REQUIRE(first->sqlite.open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
  CHECK(first->sqlite.exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES(1)", nullptr, nullptr,
                           nullptr) == SQLITE_OK);
  CHECK(first->sqlite.last_insert_rowid(db) == 1);
  CHECK(first->sqlite.close(db) == SQLITE_OK);
  CHECK(std::string(first->xlsx.lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED)) ==
        lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED));
  archive.reset();
  fs::remove_all(dir);
}

TEST_CASE("writer module: a missing or foreign module is write_error, naming the path") {
  const WriterModule* module = nullptr;
  Status s = LoadWriterModuleFrom({"/nonexistent/redovis-writers.so"}, &module);
  CHECK(s.code() == "write_error");
  CHECK(s.message().find(
            "redovis-writers.so was not found (looked at /nonexistent/redovis-writers.so)") !=
        std::string::npos);
  CHECK(module == nullptr);
  if (std::filesystem::exists("/lib/x86_64-linux-gnu/libc.so.6")) {
    s = LoadWriterModuleFrom({"/lib/x86_64-linux-gnu/libc.so.6"}, &module);
    CHECK(s.code() == "write_error");
    CHECK(s.message().find("libc.so.6 is from another build of redovis") != std::string::npos);
    CHECK(module == nullptr);
  }
  // The real module, from its place beside this test binary, is accepted.
  s = LoadWriterModuleFrom({ExecutableDir() + "/" + kWriterModuleFile}, &module);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  const WriterModule* loaded = nullptr;
  REQUIRE(LoadWriterModule(&loaded).ok());
  CHECK(std::string(module->abi) == loaded->abi);
}

}  // namespace
}  // namespace writer_module_test
}  // namespace redovis
