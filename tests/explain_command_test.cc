#include "cli/explain_command.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "test_paths.h"
#include "test_support.h"

namespace explain_command_test {

using namespace redovis;

namespace {

std::string Sample() {
  return std::string(redovis::testing::SourceDir()) + "/samples/001_6c9c6f8633700f23.txt";
}

}  // namespace

TEST_CASE("explain command: text without colour, JSON for tools, exit statuses") {
  ExplainCommand cmd;
  cmd.file = Sample();
  cmd.key = "clients.total.women";
  std::ostringstream out, err;
  REQUIRE(RunExplain(cmd, testing::ProjectPatterns(), false, out, err) == 0);
  std::string text = out.str();
  CHECK(text.find("clients.total.women = 267") != std::string::npos);
  CHECK(text.find('\x1b') == std::string::npos);

  std::ostringstream coloured;
  REQUIRE(RunExplain(cmd, testing::ProjectPatterns(), true, coloured, err) == 0);
  CHECK(coloured.str().find("\x1b[32m") != std::string::npos);

  cmd.format = "json";
  std::ostringstream json;
  REQUIRE(RunExplain(cmd, testing::ProjectPatterns(), false, json, err) == 0);
  auto j = nlohmann::json::parse(json.str());
  CHECK(j["key"] == "clients.total.women");
  CHECK(j["found"][0]["value"] == "267");
  CHECK(j["reports"][0]["edition"] == "po-2021");

  cmd.key = "no.such.key";
  std::ostringstream e2;
  CHECK(RunExplain(cmd, testing::ProjectPatterns(), false, out, e2) == 2);
  CHECK(e2.str().find("no.such.key") != std::string::npos);
  cmd.key.clear();
  cmd.file = "/nonexistent.txt";
  CHECK(RunExplain(cmd, testing::ProjectPatterns(), false, out, e2) == 1);
}

TEST_CASE("explain command: a control character in the document is shown, never sent") {
  Explanation e;
  e.file = "evil\x1b[2J.txt";
  ExplainedLine l;
  l.number = 1;
  l.cells.push_back({"Kommun \x1b]0;title\x07", -1, -1, ""});
  e.lines.push_back(l);
  std::ostringstream out;
  RenderExplanationText(e, false, out);
  CHECK(out.str().find('\x1b') == std::string::npos);
  CHECK(out.str().find("\xe2\x90\x9b") != std::string::npos);  // ␛
}

TEST_CASE("explain command: colour only on a terminal and without NO_COLOR") {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  CHECK(!WantColour(fds[1], nullptr));
  close(fds[0]);
  close(fds[1]);
}

}  // namespace explain_command_test
