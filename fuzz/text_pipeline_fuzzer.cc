// Fuzzes the whole pipeline on text input: encoding detection, the text
// reader, the normaliser, the segmenter, the matcher, the checker, the writers.
#include <sstream>

#include "fuzz_support.h"
#include "redovis/extractor.h"
#include "redovis/writer.h"
#include "write/json_writer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const redovis::PatternSet& ps = redovis::fuzz::Patterns();
  redovis::Extractor extractor(ps);
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto records = extractor.ExtractBytes(bytes, "fuzz.txt", redovis::ExtractOptions());
  std::ostringstream out;
  auto csv = redovis::RecordWriter::Create(redovis::OutputFormat::kCsv, out, ps.catalogue());
  for (const auto& r : records) {
    (void)csv->Write(r);
    redovis::RecordToJson(r, ps.catalogue()).dump();
  }
  return 0;
}
