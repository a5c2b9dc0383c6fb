#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "match/ocr_class_fit.h"
#include "match/value_parser.h"
#include "read/office/docx_reader.h"
#include "read/office/odt_reader.h"
#include "read/pdf/pdf_reader.h"
#include "redovis/readers.h"
#include "test_paths.h"
#include "test_support.h"

namespace fuzz_regression_test {

using namespace redovis;
namespace fs = std::filesystem;

// Every input a fuzzer found troublesome is kept in tests/data/fuzz/<target>/
// and replayed here: each must end as a record or a typed error, never a crash.
TEST_CASE("fuzz findings are replayed without a crash") {
  fs::path root = fs::path(redovis::testing::SourceDir()) / "tests/data/fuzz";
  size_t replayed = 0;
  if (!fs::exists(root)) return;
  for (const auto& dir : fs::directory_iterator(root)) {
    if (!dir.is_directory()) continue;
    std::string target = dir.path().filename().string();
    for (const auto& file : fs::directory_iterator(dir.path())) {
      std::ifstream in(file.path(), std::ios::binary);
      std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      INFO(file.path().string());
      ReadOptions options;
      options.ocr = "never";
      Document doc;
      if (target == "text_pipeline") {
        auto recs = testing::ExtractText(bytes, file.path().filename().string());
        CHECK(!recs.empty());
      } else if (target == "docx_reader") {
        ReadDocx(bytes, options, &doc);
      } else if (target == "odt_reader") {
        ReadOdt(bytes, options, &doc);
      } else if (target == "pdf_reader") {
        ReadPdf(bytes, options, &doc);
      } else if (target == "value_parser") {
        ValueParser p(testing::ProjectPatterns().vocabulary());
        double n;
        std::string iso;
        p.ParseNumber(bytes, &n);
        p.ParseDate(bytes, &iso);
        FindPhone(bytes);
        if (const OcrClass* email = FindOcrClass(testing::ProjectPatterns().vocabulary(), "email"))
          FindClassWord(*email, bytes);
      }
      ++replayed;
    }
  }
  MESSAGE("replayed " << replayed << " fuzz findings");
}

}  // namespace fuzz_regression_test
