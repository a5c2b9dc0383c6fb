// Tests of base/module_loader.h: where a module is looked for, and that a
// missing file, a file that is no shared object and a shared object without
// the entry symbol each fail with the spec's code, naming the path. That the
// program's real modules load is tested with them (ocr_loader_test,
// pdf_loader_test) and from the outside (tests/startup.sh).
#include "base/module_loader.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "base/executable.h"
#include "write/writer_module.h"

namespace redovis {
namespace module_loader_test {
namespace {

const ModuleSpec kSpec{"redovis-test.so", "../lib/redovis/redovis-test.so", "RedovisTestModule",
                       "test_unavailable", "Testing is unavailable: the test module"};

TEST_CASE("module loader: looked for at the installed place, then beside the program") {
  std::vector<std::string> c = ModuleCandidates(kSpec, "/opt/x/bin");
  REQUIRE(c.size() == 2);
  CHECK(c[0] == "/opt/x/bin/../lib/redovis/redovis-test.so");
  CHECK(c[1] == "/opt/x/bin/redovis-test.so");
  CHECK(ModuleCandidates(kSpec, "").empty());
}

TEST_CASE("module loader: a missing, a broken and a foreign module fail, naming the path") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "redovis_module_loader_test";
  fs::create_directories(dir);
  void* entry = reinterpret_cast<void*>(1);
  std::string path = "x";

  Status s = OpenModule(kSpec, {(dir / "absent-a.so").string(), (dir / "absent-b.so").string()},
                        &entry, &path);
  CHECK(s.code() == "test_unavailable");
  CHECK(s.message().find("the test module redovis-test.so was not found") != std::string::npos);
  CHECK(s.message().find((dir / "absent-a.so").string()) != std::string::npos);
  CHECK(s.message().find((dir / "absent-b.so").string()) != std::string::npos);
  CHECK(entry == nullptr);

  s = OpenModule(kSpec, {}, &entry, &path);
  CHECK(s.code() == "test_unavailable");
  CHECK(s.message().find("the program's directory is unknown") != std::string::npos);

  const fs::path broken = dir / "broken.so";
  std::ofstream(broken) << "not a shared object\n";
  s = OpenModule(kSpec, {(dir / "absent-a.so").string(), broken.string()}, &entry, &path);
  CHECK(s.code() == "test_unavailable");
  CHECK(s.message().find(broken.string() + " could not be loaded: ") != std::string::npos);
  CHECK(entry == nullptr);

  // A real shared object (the C library) that is not a redovis module.
  s = OpenModule(kSpec, {"/lib/x86_64-linux-gnu/libc.so.6"}, &entry, &path);
  if (fs::exists("/lib/x86_64-linux-gnu/libc.so.6")) {
    CHECK(s.code() == "test_unavailable");
    CHECK(s.message().find("libc.so.6 is from another build of redovis") != std::string::npos);
    CHECK(entry == nullptr);
  }
  fs::remove_all(dir);
}

TEST_CASE("module loader: a present symbol is found") {
  // The C library is loaded already; its `strlen` stands for an entry point.
  const ModuleSpec libc{"libc.so.6", "../libc.so.6", "strlen", "x", "y"};
  void* entry = nullptr;
  std::string path;
  Status s = OpenModule(libc, {"/lib/x86_64-linux-gnu/libc.so.6"}, &entry, &path);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(entry != nullptr);
  CHECK(path == "/lib/x86_64-linux-gnu/libc.so.6");
}

TEST_CASE("module loader: a table is taken only with this build's stamp and its entries") {
  // The writer module (built beside this test binary) stands for any
  // module; its real stamp is what the program's own loader accepted.
  const WriterModule* real = nullptr;
  REQUIRE(LoadWriterModule(&real).ok());
  const ModuleSpec spec{kWriterModuleFile, "../lib/redovis/redovis-writers.so",
                        "RedovisWriterModule", "test_unavailable",
                        "Testing is unavailable: the test module"};
  const std::vector<std::string> here = {ExecutableDir() + "/" + kWriterModuleFile};
  const WriterModule* table = nullptr;
  Status s = OpenModuleTable<WriterModule>(spec, here, real->abi, nullptr, &table);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(table == real);
  s = OpenModuleTable<WriterModule>(spec, here, "0.0.0-another", nullptr, &table);
  CHECK(s.code() == "test_unavailable");
  CHECK(s.message().find("redovis-writers.so is from another build of redovis") !=
        std::string::npos);
  CHECK(table == nullptr);
  s = OpenModuleTable<WriterModule>(
      spec, here, real->abi, [](const WriterModule&) { return false; }, &table);
  CHECK(s.code() == "test_unavailable");
  CHECK(table == nullptr);
}

}  // namespace
}  // namespace module_loader_test
}  // namespace redovis
