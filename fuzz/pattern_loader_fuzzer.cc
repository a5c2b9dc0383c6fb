// Fuzzes the pattern loader: the input is an edition's .rules file, loaded
// beside the project's own catalogue, vocabulary and municipalities.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "fuzz_support.h"

namespace fs = std::filesystem;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("redovis-fuzz-patterns-" + std::to_string(getpid()));
    fs::create_directories(d);
    for (const char* f : {"catalogue.tsv", "municipalities.tsv", "common.rules", "checks.rules",
                          "_po-2020s.rules", "_covid.rules"})
      fs::copy_file(fs::path(REDOVIS_SOURCE_DIR "/patterns") / f, d / f,
                    fs::copy_options::overwrite_existing);
    return d;
  }();
  {
    std::ofstream out(dir / "po-fuzz.rules", std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  std::unique_ptr<redovis::PatternSet> set;
  redovis::PatternSet::Load(dir.string(), &set);
  return 0;
}
