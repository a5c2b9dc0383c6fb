#include "cli/did_you_mean.h"

#include <doctest/doctest.h>

namespace did_you_mean_test {

using namespace redovis;

TEST_CASE("the closest word, only when it looks like a typo") {
  std::vector<std::string> commands = {"extract", "check", "fields"};
  CHECK(ClosestWord("extarct", commands) == "extract");
  CHECK(ClosestWord("chekc", commands) == "check");
  CHECK(ClosestWord("feilds", commands) == "fields");
  CHECK(ClosestWord("docs/", commands) == "");
  CHECK(ClosestWord("frobnicate", commands) == "");
  CHECK(ClosestWord("extract", commands) == "");  // not a typo
  std::vector<std::string> options = {"--format", "--output", "--timeout", "--include",
                                      "--exclude"};
  CHECK(ClosestWord("--fromat", options) == "--format");
  CHECK(ClosestWord("--inclde", options) == "--include");
  CHECK(ClosestWord("--xclude", options) == "--exclude");
  CHECK(ClosestWord("--x", options) == "");
}

TEST_CASE("the first unknown word of a command line, with a suggestion") {
  CommandWords w;
  w.global_options = {{"--patterns", 1}};
  w.subcommands = {{"extract", {"--format", "--output", "--include"}},
                   {"check", {"--format", "--html"}},
                   {"fields", {"--edition"}}};
  CHECK(DescribeUnknownWord({"extarct", "docs/"}, w) ==
        "unknown command 'extarct'; did you mean 'extract'?");
  CHECK(DescribeUnknownWord({"--patterns", "p", "chekc"}, w) ==
        "unknown command 'chekc'; did you mean 'check'?");
  CHECK(DescribeUnknownWord({"frobnicate"}, w) ==
        "unknown command 'frobnicate' (commands: check, extract, fields)");
  CHECK(DescribeUnknownWord({"extract", "--fromat", "json", "a.txt"}, w) ==
        "unknown option '--fromat'; did you mean '--format'?");
  CHECK(DescribeUnknownWord({"extract", "--fromat=json", "a.txt"}, w) ==
        "unknown option '--fromat'; did you mean '--format'?");
  CHECK(DescribeUnknownWord({"check", "--htm", "x.html"}, w) ==
        "unknown option '--htm'; did you mean '--html'?");
  CHECK(DescribeUnknownWord({"extract", "--zzzzzz"}, w) == "unknown option '--zzzzzz'");
  CHECK(DescribeUnknownWord({"extract", "--format", "xml", "a.txt"}, w) == "");
  CHECK(DescribeUnknownWord({"extract", "--", "--fromat"}, w) == "");
}

}  // namespace did_you_mean_test
