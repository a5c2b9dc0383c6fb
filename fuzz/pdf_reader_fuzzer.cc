// Fuzzes the pdf reader alone, then normalises what it read.
#include "fuzz_support.h"
#include "normalise/normaliser.h"
#include "read/pdf/pdf_reader.h"
#include "redovis/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  redovis::ReadOptions options;
  options.ocr = "never";
  options.max_pdf_pages = 50;
  redovis::Document doc;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  redovis::Status s = redovis::ReadPdf(bytes, options, &doc);
  if (s.ok()) redovis::Normaliser(redovis::fuzz::Patterns().vocabulary()).Normalise(&doc);
  return 0;
}
