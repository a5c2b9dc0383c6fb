#include "redovis/writer.h"

#include <doctest/doctest.h>

#include <sstream>

#include "test_support.h"
#include "write_samples.h"

namespace writer_test {

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
  CHECK(ParseOutputFormat("xlsx", &f));
  CHECK(f == OutputFormat::kXlsx);
  CHECK(OutputFormatName(OutputFormat::kXlsx) == "xlsx");
  CHECK(!ParseOutputFormat("xls", &f));
  CHECK(f == OutputFormat::kXlsx);
}

TEST_CASE("the output format from the flag and the output's name") {
  OutputFormat f = OutputFormat::kJson;
  CHECK(ChooseOutputFormat("", "", &f).ok());
  CHECK(f == OutputFormat::kJsonl);
  CHECK(ChooseOutputFormat("", "-", &f).ok());
  CHECK(f == OutputFormat::kJsonl);
  CHECK(ChooseOutputFormat("", "out/reports.csv", &f).ok());
  CHECK(f == OutputFormat::kCsv);
  CHECK(ChooseOutputFormat("", "a.b/REPORTS.Json", &f).ok());
  CHECK(f == OutputFormat::kJson);
  CHECK(ChooseOutputFormat("", "x.jsonl", &f).ok());
  CHECK(f == OutputFormat::kJsonl);
  CHECK(ChooseOutputFormat("", "x.txt", &f).ok());  // names no format
  CHECK(f == OutputFormat::kJsonl);
  CHECK(ChooseOutputFormat("", "/dev/null", &f).ok());
  CHECK(f == OutputFormat::kJsonl);
  CHECK(ChooseOutputFormat("csv-long", "values.csv", &f).ok());
  CHECK(f == OutputFormat::kCsvLong);
  CHECK(ChooseOutputFormat("json", "x.txt", &f).ok());
  CHECK(f == OutputFormat::kJson);
  CHECK(ChooseOutputFormat("csv", "-", &f).ok());
  CHECK(f == OutputFormat::kCsv);
  Status clash = ChooseOutputFormat("jsonl", "out.csv", &f);
  CHECK(clash.code() == "usage");
  CHECK(clash.message().find("--format jsonl") != std::string::npos);
  CHECK(clash.message().find("out.csv") != std::string::npos);
  CHECK(f == OutputFormat::kCsv);  // unchanged on failure
  CHECK(ChooseOutputFormat("json", "out.jsonl", &f).code() == "usage");
  CHECK(ChooseOutputFormat("", "Rapporter.XLSX", &f).ok());
  CHECK(f == OutputFormat::kXlsx);
  CHECK(ChooseOutputFormat("csv", "book.xlsx", &f).code() == "usage");
  CHECK(ChooseOutputFormat("xml", "", &f).code() == "usage");
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

}  // namespace writer_test
