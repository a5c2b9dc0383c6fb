#include "patterns/tsv.h"

#include <doctest/doctest.h>

#include <fstream>
#include <map>

#include "redovis/catalogue.h"
#include "redovis/messages.h"
#include "redovis/municipalities.h"
#include "test_support.h"

namespace tsv_test {

using namespace redovis;

namespace {

/// The rows ReadTsv gives of `text` (a file of its own), each as its line
/// number and cells joined with '|'; the status in `*status`.
std::vector<std::string> Rows(const std::string& text, const char* header, Status* status) {
  testing::TempPatterns dir(std::map<std::string, std::string>{{"t.tsv", text}});
  std::vector<std::string> rows;
  *status = ReadTsv(dir.dir() + "/t.tsv", header, [&](const TsvRow& row) {
    std::string joined = std::to_string(row.line);
    for (const std::string& c : row.cells) joined += "|" + c;
    rows.push_back(joined);
    CHECK(row.where == dir.dir() + "/t.tsv:" + std::to_string(row.line));
    return Status();
  });
  return rows;
}

}  // namespace

TEST_CASE("tsv: every tab separates two cells, empty ones kept") {
  using V = std::vector<std::string>;
  CHECK(SplitTsvLine("a\tb") == V{"a", "b"});
  CHECK(SplitTsvLine("a\t\tb\t") == V{"a", "", "b", ""});
  CHECK(SplitTsvLine("") == V{""});
  CHECK(SplitTsvLine("no tab") == V{"no tab"});
}

TEST_CASE("tsv: comments, blank lines and the header are no rows; a Windows line end is dropped") {
  Status s;
  using V = std::vector<std::string>;
  CHECK(Rows("# a note\n\nkey\tx\r\na\t1\r\n# more\nb\t\n", "key", &s) == V{"4|a|1", "6|b|"});
  CHECK(s.ok());
  // The header is the first line that is no comment, and only when it names
  // the first column: a table without one loses no row.
  CHECK(Rows("a\t1\nkey\tx\n", "key", &s) == V{"1|a|1", "2|key|x"});
  CHECK(Rows("", "key", &s).empty());
  CHECK(s.ok());
}

TEST_CASE("tsv: a row's failure ends the reading; a file that cannot be opened says so") {
  testing::TempPatterns dir(
      std::map<std::string, std::string>{{"t.tsv", "id\ta\nx\t1\ny\t2\nz\t3\n"}});
  int seen = 0;
  Status s = ReadTsv(dir.dir() + "/t.tsv", "id", [&](const TsvRow& row) {
    ++seen;
    return row.cells[0] == "y" ? Status::Error("pattern_error", row.where + ": bad") : Status();
  });
  CHECK(seen == 2);
  CHECK(s.message() == dir.dir() + "/t.tsv:3: bad");
  s = ReadTsv(dir.dir() + "/none.tsv", "id", [](const TsvRow&) { return Status(); });
  CHECK(s.code() == "pattern_error");
  CHECK(s.message() == dir.dir() + "/none.tsv: cannot open");
}

TEST_CASE("tsv: every table of patterns/ reads its header the same way, notes before it") {
  // A note above the header was read as the header by some tables, which
  // then took the header for a row.
  const std::string note = "# a note above the header\n";
  testing::TempPatterns dir(
      {{"catalogue.tsv", note + "key\ttype\teditions\nreport.year\tint\t2021\n"},
       {"municipalities.tsv", note + "code\tname\tcounty_code\tcounty\tofficial_name\tother_names\n"
                                     "2080\tFalun\t20\tDalarnas län\tFalu kommun\t\n"},
       {"messages.tsv", note + "id\tsv\ten\nhello\thej\thello\n"}});
  Catalogue catalogue;
  CHECK(Catalogue::Load(dir.dir() + "/catalogue.tsv", &catalogue).ok());
  CHECK(catalogue.Find("report.year") != nullptr);
  MunicipalityRegistry municipalities;
  CHECK(municipalities.Load(dir.dir() + "/municipalities.tsv", nullptr).ok());
  CHECK(municipalities.Find("Falun") != nullptr);
  Messages messages;
  CHECK(messages.Load(dir.dir() + "/messages.tsv").ok());
  CHECK(messages.Render("hello", {}, "sv") == "hej");
}

}  // namespace tsv_test
