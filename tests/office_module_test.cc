// Tests of the office module's loader (src/read/office/office_module.h):
// where the module is looked for, that reading a package loads it once (the
// build puts redovis-office.so beside this test binary), that its table
// calls the real libxml2 and libzip, and that a missing or foreign module
// fails with office_unavailable, naming the path. That --version, text and
// PDF runs never load it, and that a program without it makes a Word file
// unreadable with office_unavailable, is tested from the outside in
// tests/startup.sh.
#include "read/office/office_module.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "base/executable.h"
#include "read/office/xml_stream.h"

namespace redovis {
namespace office_module_test {
namespace {

TEST_CASE("office module: looked for at the installed place, then beside the program") {
  std::vector<std::string> c = OfficeModuleCandidates("/opt/x/bin");
  REQUIRE(c.size() == 2);
  CHECK(c[0].rfind("/opt/x/bin/../", 0) == 0);
  CHECK(c[0].find("/redovis/redovis-office.so") != std::string::npos);
  CHECK(c[1] == "/opt/x/bin/redovis-office.so");
  CHECK(OfficeModuleCandidates("").empty());
}

TEST_CASE("office module: an XML part loads it once; its table calls the real libraries") {
  XmlStream stream("<a xmlns='urn:x'><b>text</b></a>", "part.xml", 64);
  REQUIRE(stream.Next());
  CHECK(stream.status().ok());
  CHECK(OfficeModuleLoaded());
  const OfficeModule* first = nullptr;
  const OfficeModule* second = nullptr;
  REQUIRE(LoadOfficeModule(&first).ok());
  REQUIRE(LoadOfficeModule(&second).ok());
  CHECK(first == second);
  CHECK(*first->xml.xmlParserMaxDepth > 0);
  zip_error_t error;
  first->zip.zip_error_init(&error);
  CHECK(first->zip.zip_error_code_zip(&error) == ZIP_ER_OK);
  CHECK(std::string(first->zip.zip_error_strerror(&error)) == "No error");
  first->zip.zip_error_fini(&error);
}

TEST_CASE("office module: a missing or foreign module is office_unavailable, naming the path") {
  const OfficeModule* module = nullptr;
  Status s = LoadOfficeModuleFrom({"/nonexistent/redovis-office.so"}, &module);
  CHECK(s.code() == "office_unavailable");
  CHECK(s.message().find(
            "redovis-office.so was not found (looked at /nonexistent/redovis-office.so)") !=
        std::string::npos);
  CHECK(module == nullptr);
  if (std::filesystem::exists("/lib/x86_64-linux-gnu/libc.so.6")) {
    s = LoadOfficeModuleFrom({"/lib/x86_64-linux-gnu/libc.so.6"}, &module);
    CHECK(s.code() == "office_unavailable");
    CHECK(s.message().find("libc.so.6 is from another build of redovis") != std::string::npos);
    CHECK(module == nullptr);
  }
  // The real module, from its place beside this test binary, is accepted.
  s = LoadOfficeModuleFrom({ExecutableDir() + "/" + kOfficeModuleFile}, &module);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  const OfficeModule* loaded = nullptr;
  REQUIRE(LoadOfficeModule(&loaded).ok());
  CHECK(std::string(module->abi) == loaded->abi);
}

}  // namespace
}  // namespace office_module_test
}  // namespace redovis
