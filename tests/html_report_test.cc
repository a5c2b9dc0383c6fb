#include "write/html_report.h"

#include <doctest/doctest.h>

#include <sstream>

#include "test_support.h"
#include "write_samples.h"

using namespace redovis;
using testing::Sample;

TEST_CASE("HTML report: escaped, every record in the files table, findings with their text") {
  Record r = Sample();
  r.source.file = "<script>alert(1)</script>.txt";
  r.AddFinding("warning", "sum_mismatch", {"clients.total.women"}, "267 & 265", 4, 12,
               "Totalt\t267");
  std::ostringstream out;
  WriteHtmlReport(out, {r, Sample()}, "redovis check", testing::ProjectPatterns().catalogue());
  std::string html = out.str();
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;.txt") != std::string::npos);
  CHECK(html.find("267 &amp; 265") != std::string::npos);
  CHECK(html.find("page 4, line 12") != std::string::npos);
  CHECK(html.find("<code>Totalt\t267</code>") != std::string::npos);
  size_t rows = 0;
  for (size_t at = html.find("<tr><td><a href=\"#r"); at != std::string::npos;
       at = html.find("<tr><td><a href=\"#r", at + 1))
    ++rows;
  CHECK(rows == 2);
}
