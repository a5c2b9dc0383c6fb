#include "write/stream_writer.h"

#include <doctest/doctest.h>

#include <sstream>

#include "test_support.h"
#include "write_samples.h"

namespace stream_writer_test {

using namespace redovis;
using testing::Sample;

TEST_CASE("a stream writer reports a failed stream as write_error, at every step") {
  const Catalogue& cat = testing::ProjectPatterns().catalogue();
  for (OutputFormat f : {OutputFormat::kJson, OutputFormat::kJsonl, OutputFormat::kCsv}) {
    std::ostringstream out;
    auto w = RecordWriter::Create(f, out, cat);
    CHECK(w->Begin().ok());
    CHECK(w->Write(Sample()).ok());
    out.setstate(std::ios::badbit);
    CHECK(w->Write(Sample()).code() == "write_error");
    CHECK(w->WriteRendered("x").code() == "write_error");
    CHECK(w->Finish().code() == "write_error");
    std::ostringstream broken;
    broken.setstate(std::ios::badbit);
    CHECK(RecordWriter::Create(f, broken, cat)->Begin().code() == "write_error");
  }
}

}  // namespace stream_writer_test
