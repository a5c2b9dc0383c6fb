#include "cli/inputs.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace inputs_test {

namespace fs = std::filesystem;
using namespace redovis;

namespace {

/// A fresh directory under the system's temporary directory, removed at the end.
struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("redovis-inputs-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  std::string Touch(const std::string& rel) const {
    fs::path p = path / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p) << "x";
    return p.string();
  }
};

}  // namespace

TEST_CASE("--shard K/N is parsed 1-based and refused outside 1 <= K <= N") {
  size_t k = 9, n = 9;
  CHECK(ParseShard("2/8", &k, &n));
  CHECK(k == 1);
  CHECK(n == 8);
  CHECK(ParseShard("1/1", &k, &n));
  CHECK(k == 0);
  for (const char* bad : {"", "2", "0/3", "4/3", "a/b", "/3", "1/0", "-1/3"})
    CHECK_MESSAGE(!ParseShard(bad, &k, &n), bad);
}

TEST_CASE("shards take every N-th path from the K-th, and together are the whole") {
  std::vector<std::string> all = {"a", "b", "c", "d", "e", "f", "g"};
  std::vector<std::string> joined;
  for (size_t k = 0; k < 3; ++k) {
    std::vector<std::string> mine = all;
    TakeShard(k, 3, &mine);
    if (k == 0) CHECK(mine == std::vector<std::string>{"a", "d", "g"});
    if (k == 2) CHECK(mine == std::vector<std::string>{"c", "f"});
    joined.insert(joined.end(), mine.begin(), mine.end());
  }
  std::sort(joined.begin(), joined.end());
  CHECK(joined == all);
  std::vector<std::string> one = all;
  TakeShard(0, 1, &one);
  CHECK(one == all);
}

TEST_CASE("the filter: readers' extensions by default, --include/--exclude globs on name or path") {
  InputFilter none;
  CHECK(none.Accepts("d/a.txt"));
  CHECK(none.Accepts("d/A.PDF"));
  CHECK(none.Accepts("d/b.docx"));
  CHECK(none.Accepts("d/c.doc"));
  CHECK(none.Accepts("d/c.RTF"));
  CHECK(none.Accepts("d/inkorg.ZIP"));  // an archive of reports (Extractor::ExtractArchive)
  CHECK_FALSE(none.Accepts("d/c.xlsx"));
  CHECK_FALSE(none.Accepts("d/README"));
  InputFilter inc;
  inc.include = {"*.pdf"};
  CHECK(inc.Accepts("d/a.pdf"));
  CHECK_FALSE(inc.Accepts("d/a.txt"));
  InputFilter exc;
  exc.exclude = {"*/drafts/*"};
  CHECK(exc.Accepts("d/a.txt"));
  CHECK_FALSE(exc.Accepts("d/drafts/a.txt"));
  InputFilter both;
  both.include = {"*.txt"};
  both.exclude = {"old-*"};
  CHECK(both.Accepts("d/new.txt"));
  CHECK_FALSE(both.Accepts("d/old-1.txt"));
}

TEST_CASE("directories expand recursively, sorted and filtered; files and - are kept as given") {
  TempDir t;
  t.Touch("b/2.txt");
  t.Touch("b/1.pdf");
  t.Touch("b/sub/0.odt");
  t.Touch("b/skip.xls");
  std::vector<std::string> problems;
  std::string dir = (t.path / "b").string();
  auto got = ExpandInputs({"missing.txt", dir, "-"}, InputFilter(), &problems);
  REQUIRE(got.size() == 5);
  CHECK(got[0] == "missing.txt");
  CHECK(got[1] == dir + "/1.pdf");
  CHECK(got[2] == dir + "/2.txt");
  CHECK(got[3] == dir + "/sub/0.odt");
  CHECK(got[4] == "-");
  CHECK(problems.empty());
}

TEST_CASE("GatherInputs: --files-from, standard input, and the command-line errors") {
  TempDir t;
  std::string a = t.Touch("a.txt"), b = t.Touch("b.txt");
  {
    InputRequest r;
    std::istringstream in(a + "\r\n\n" + b + "\n");
    r.files_from = "-";
    Inputs out;
    REQUIRE(GatherInputs(r, in, &out).ok());
    CHECK(out.paths == std::vector<std::string>{a, b});
  }
  {
    InputRequest r;
    r.args = {a, "-"};
    std::istringstream in("bytes");
    Inputs out;
    REQUIRE(GatherInputs(r, in, &out).ok());
    CHECK(out.stdin_bytes == "bytes");
  }
  {
    InputRequest r;
    r.args = {"-"};
    r.files_from = "-";
    std::istringstream in("-\n");
    Inputs out;
    Status s = GatherInputs(r, in, &out);
    CHECK(s.code() == "usage");
    CHECK(s.message().find("standard input") != std::string::npos);
  }
  {
    InputRequest r;
    std::istringstream in;
    Inputs out;
    CHECK(GatherInputs(r, in, &out).message().find("no inputs") == 0);
    r.args = {a};
    r.shard = "3/2";
    CHECK(GatherInputs(r, in, &out).message().find("--shard") == 0);
    r.shard = "";
    r.files_from = (t.path / "no-such-list").string();
    CHECK(GatherInputs(r, in, &out).message().find("cannot read the list") != std::string::npos);
  }
}

TEST_CASE("GatherInputs: files not read are counted by extension; no readable file is an error") {
  TempDir t;
  t.Touch("d/a.xlsx");
  t.Touch("d/b.XLSX");
  t.Touch("d/c.msg");
  std::string dir = (t.path / "d").string();
  {
    InputRequest r;
    r.args = {dir};
    std::istringstream in;
    Inputs out;
    Status s = GatherInputs(r, in, &out);
    CHECK(s.code() == "usage");
    CHECK(s.message().find("2 .xlsx") != std::string::npos);
    CHECK(s.message().find("1 .msg") != std::string::npos);
  }
  t.Touch("d/e.rtf");
  {
    InputRequest r;
    r.args = {dir};
    std::istringstream in;
    Inputs out;
    REQUIRE(GatherInputs(r, in, &out).ok());
    CHECK(out.paths.size() == 1);
    CHECK(out.skipped == std::map<std::string, size_t>{{".msg", 1}, {".xlsx", 2}});
  }
}

}  // namespace inputs_test
