// Tests of the OCR module's loader (src/read/ocr/ocr_module.h): where the
// module is looked for, and that creating an engine loads it (the build puts
// redovis-ocr.so beside this test binary). That a run with no scan never
// loads it, and a missing or foreign module, are tested from the outside in
// tests/startup.sh.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "base/executable.h"
#include "read/ocr/ocr.h"
#include "read/ocr/ocr_module.h"

namespace redovis {
namespace ocr_loader_test {
namespace {

TEST_CASE("ocr module: looked for at the installed place, then beside the program") {
  std::vector<std::string> c = OcrModuleCandidates("/opt/x/bin");
  REQUIRE(c.size() == 2);
  CHECK(c[0].rfind("/opt/x/bin/../", 0) == 0);
  CHECK(c[0].find("/redovis/redovis-ocr.so") != std::string::npos);
  CHECK(c[1] == "/opt/x/bin/redovis-ocr.so");
  CHECK(OcrModuleCandidates("").empty());
}

TEST_CASE("ocr module: creating an engine loads it once, with this build's stamp") {
  std::unique_ptr<OcrEngine> engine;
  Status s = OcrEngine::Create("swe", &engine);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(OcrModuleLoaded());
  const OcrModule* first = nullptr;
  const OcrModule* second = nullptr;
  REQUIRE(LoadOcrModule(&first).ok());
  REQUIRE(LoadOcrModule(&second).ok());
  CHECK(first == second);
  CHECK(std::string(first->abi) == OcrModuleAbi());
}

}  // namespace
}  // namespace ocr_loader_test
}  // namespace redovis
