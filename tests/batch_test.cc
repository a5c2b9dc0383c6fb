#include "batch/batch.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "test_support.h"

using namespace redovis;

TEST_CASE("a record survives the trip to JSON and back unchanged") {
  std::ifstream in(std::string(REDOVIS_SOURCE_DIR) + "/samples/001_6c9c6f8633700f23.txt");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto recs = testing::ExtractText(text, "001.txt");
  REQUIRE(recs.size() == 1);
  const Catalogue& cat = testing::ProjectPatterns().catalogue();
  auto j = RecordToJson(recs[0], cat);
  Record back = RecordFromJson(j);
  CHECK(RecordToJson(back, cat) == j);
  CHECK(back.values == recs[0].values);
  CHECK(back.asked == recs[0].asked);
  CHECK(back.findings.size() == recs[0].findings.size());
  CHECK(back.Get("ombud.fte").is_decimal());
  CHECK(back.Get("clients.total.women").is_int());
}

TEST_CASE("the batch runner returns records in input order, in or out of process") {
  std::string dir = std::string(REDOVIS_SOURCE_DIR) + "/samples/";
  std::vector<std::string> inputs = {dir + "003_9905a62abaf84389.txt", dir + "missing.txt",
                                     dir + "000_2b37c49d4415161a.txt", "-"};
  std::string stdin_bytes = "not a report";
  const Catalogue& cat = testing::ProjectPatterns().catalogue();
  std::ostringstream unused;
  auto renderer = RecordWriter::Create(OutputFormat::kJsonl, unused, cat);
  std::vector<std::string> rendered_by_mode[2];
  for (bool isolate : {false, true}) {
    BatchOptions opt;
    opt.jobs = 2;
    opt.isolate = isolate;
    BatchRunner runner(testing::ProjectPatterns(), opt);
    std::vector<std::string> got;
    size_t last_done = 0;
    runner.Run(
        inputs, stdin_bytes, renderer.get(),
        [&](std::vector<BatchRecord> recs) {
          for (const BatchRecord& r : recs) {
            got.push_back(r.summary.status + ":" +
                          r.summary.Get("report.municipality").ToDisplay());
            rendered_by_mode[isolate].push_back(r.rendered);
            // The summary keeps status, findings and the summary keys only.
            for (const auto& [key, value] : r.summary.values)
              CHECK((key == "report.municipality" || key == "report.year"));
            CHECK(r.summary.provenance.empty());
          }
        },
        [&](size_t done, size_t total) {
          CHECK(done == last_done + 1);
          CHECK(total == 4);
          last_done = done;
        });
    CHECK(got == std::vector<std::string>{"complete:Tyresö", "unreadable:", "complete:Timrå",
                                          "no_report:"});
  }
  // A worker renders exactly what this process renders.
  REQUIRE(rendered_by_mode[0].size() == 4);
  CHECK(rendered_by_mode[0] == rendered_by_mode[1]);
  auto tyreso = nlohmann::json::parse(rendered_by_mode[1][0]);
  CHECK(tyreso["fields"]["clients.total.women"].is_number_integer());
  CHECK(tyreso["source"]["file"] == inputs[0]);
}
