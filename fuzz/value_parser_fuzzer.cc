// Fuzzes number, date, mark and contact parsing.
#include "fuzz_support.h"
#include "match/value_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  redovis::ValueParser parser(redovis::fuzz::Patterns().vocabulary());
  double number;
  std::string iso;
  parser.ParseNumber(text, &number);
  parser.ParseDate(text, &iso);
  parser.IsMark(text);
  parser.ColumnOf(text);
  redovis::TidyPhone(text);
  redovis::FindPhone(text);
  redovis::FindEmail(text);
  return 0;
}
