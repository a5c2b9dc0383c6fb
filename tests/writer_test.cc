#include "redovis/writer.h"

#include <doctest/doctest.h>

#include <sstream>

#include "test_support.h"
#include "write_samples.h"

using namespace redovis;
using testing::Sample;

namespace {

/// A sink that is not text (as a database would be): records only.
class CountingSink : public RecordWriter {
 public:
  Status Begin() override { return Status(); }
  Status Write(const Record&) override {
    ++written;
    return Status();
  }
  Status Finish() override { return Status(); }
  int written = 0;
};

}  // namespace

TEST_CASE("output formats by name") {
  OutputFormat f = OutputFormat::kJson;
  CHECK(ParseOutputFormat("jsonl", &f));
  CHECK(f == OutputFormat::kJsonl);
  CHECK(ParseOutputFormat("csv-long", &f));
  CHECK(f == OutputFormat::kCsvLong);
  CHECK(ParseOutputFormat("json", &f));
  CHECK(f == OutputFormat::kJson);
  CHECK(ParseOutputFormat("csv", &f));
  CHECK(f == OutputFormat::kCsv);
  CHECK(!ParseOutputFormat("xlsx", &f));
  CHECK(f == OutputFormat::kCsv);
}

TEST_CASE("every text format's writer renders, as a worker would, what it writes") {
  const Catalogue& cat = testing::ProjectPatterns().catalogue();
  for (OutputFormat f :
       {OutputFormat::kJson, OutputFormat::kJsonl, OutputFormat::kCsv, OutputFormat::kCsvLong}) {
    std::ostringstream direct, rendered;
    auto a = RecordWriter::Create(f, direct, cat);
    auto b = RecordWriter::Create(f, rendered, cat);
    REQUIRE(b->renderer() != nullptr);
    std::string bytes = b->renderer()->Render(Sample());
    CHECK(!bytes.empty());
    CHECK(a->Begin().ok());
    CHECK(b->Begin().ok());
    CHECK(a->Write(Sample()).ok());
    CHECK(b->WriteRendered(bytes).ok());
    CHECK(a->Finish().ok());
    CHECK(b->Finish().ok());
    CHECK(direct.str() == rendered.str());
    CHECK(direct.str().find(bytes) != std::string::npos);
  }
}

TEST_CASE("a sink without a renderer takes records, and refuses rendered bytes") {
  CountingSink sink;
  RecordWriter& w = sink;
  CHECK(w.renderer() == nullptr);
  CHECK(w.Write(Sample()).ok());
  CHECK(sink.written == 1);
  Status s = w.WriteRendered("{}");
  CHECK(s.code() == "write_error");
  CHECK(sink.written == 1);
}
