// Tests of the PDF module's loader (src/read/pdf/pdf_module.h): where the
// module is looked for, that opening a PDF loads it once with this build's
// stamp (the build puts redovis-pdf.so beside this test binary), and that a
// missing or foreign module fails with pdf_unavailable, naming the path. That
// --version, text and Word never load it is tested from the outside in
// tests/startup.sh.
#include <doctest/doctest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "base/executable.h"
#include "pdf_test_support.h"
#include "read/pdf/pdf_module.h"
#include "read/pdf/pdf_page_pass.h"

namespace redovis {
namespace pdf_loader_test {
namespace {

TEST_CASE("pdf module: looked for at the installed place, then beside the program") {
  std::vector<std::string> c = PdfModuleCandidates("/opt/x/bin");
  REQUIRE(c.size() == 2);
  CHECK(c[0].rfind("/opt/x/bin/../", 0) == 0);
  CHECK(c[0].find("/redovis/redovis-pdf.so") != std::string::npos);
  CHECK(c[1] == "/opt/x/bin/redovis-pdf.so");
  CHECK(PdfModuleCandidates("").empty());
}

TEST_CASE("pdf module: opening a PDF loads it once, with this build's stamp") {
  const std::string pdf = testing::AssemblePdf(
      {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"},
      1);
  std::unique_ptr<PdfFile> file;
  Status s = PdfFile::Open(pdf, &file);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(file->pages() == 1);
  CHECK(PdfModuleLoaded());
  const PdfModule* first = nullptr;
  const PdfModule* second = nullptr;
  REQUIRE(LoadPdfModule(&first).ok());
  REQUIRE(LoadPdfModule(&second).ok());
  CHECK(first == second);
  CHECK(std::string(first->abi) == PdfModuleAbi());
}

TEST_CASE("pdf module: a missing or foreign module is pdf_unavailable, naming the path") {
  const PdfModule* module = nullptr;
  Status s = LoadPdfModuleFrom({"/nonexistent/redovis-pdf.so"}, &module);
  CHECK(s.code() == "pdf_unavailable");
  CHECK(s.message().find("redovis-pdf.so was not found (looked at /nonexistent/redovis-pdf.so)") !=
        std::string::npos);
  CHECK(module == nullptr);
  if (std::filesystem::exists("/lib/x86_64-linux-gnu/libc.so.6")) {
    s = LoadPdfModuleFrom({"/lib/x86_64-linux-gnu/libc.so.6"}, &module);
    CHECK(s.code() == "pdf_unavailable");
    CHECK(s.message().find("libc.so.6 is from another build of redovis") != std::string::npos);
    CHECK(module == nullptr);
  }
  // The real module, from its place beside this test binary, is accepted.
  s = LoadPdfModuleFrom({ExecutableDir() + "/" + kPdfModuleFile}, &module);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(std::string(module->abi) == PdfModuleAbi());
}

}  // namespace
}  // namespace pdf_loader_test
}  // namespace redovis
