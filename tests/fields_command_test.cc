#include "cli/fields_command.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "test_support.h"

namespace fields_command_test {

using namespace redovis;

TEST_CASE("fields: the whole catalogue as TSV, one edition's keys, JSON") {
  const PatternSet& patterns = testing::ProjectPatterns();
  FieldsCommand cmd;
  std::ostringstream out, err;
  REQUIRE(RunFields(cmd, patterns, out, err) == 0);
  std::string all = out.str();
  CHECK(all.rfind("key\ttype\teditions\tlabel_sv\n", 0) == 0);
  size_t all_lines = std::count(all.begin(), all.end(), '\n');
  CHECK(all_lines == patterns.catalogue().fields().size() + 1);

  cmd.edition = "po-2023";
  std::ostringstream one;
  REQUIRE(RunFields(cmd, patterns, one, err) == 0);
  std::string s = one.str();
  CHECK(std::count(s.begin(), s.end(), '\n') < static_cast<long>(all_lines));
  CHECK(s.find("\ncovid.") == std::string::npos);  // the 2021 form's questions only

  cmd.format = "json";
  std::ostringstream json;
  REQUIRE(RunFields(cmd, patterns, json, err) == 0);
  auto list = nlohmann::json::parse(json.str());
  REQUIRE(list.is_array());
  REQUIRE(!list.empty());
  CHECK(list[0].contains("key"));
  CHECK(list[0]["editions"].get<std::string>().find("po-2023") != std::string::npos);
  CHECK(err.str().empty());
}

TEST_CASE("fields: an unknown edition is exit 2, naming the known ones") {
  FieldsCommand cmd;
  cmd.edition = "po-1999";
  std::ostringstream out, err;
  CHECK(RunFields(cmd, testing::ProjectPatterns(), out, err) == 2);
  CHECK(out.str().empty());
  CHECK(err.str().find("redovis: unknown edition 'po-1999'; known:") == 0);
  CHECK(err.str().find("po-2021") != std::string::npos);
}

TEST_CASE("fields: an unknown edition's escape sequences are shown, not sent") {
  FieldsCommand cmd;
  cmd.edition = "po\x1b[2J\n2023";
  std::ostringstream out, err;
  CHECK(RunFields(cmd, testing::ProjectPatterns(), out, err) == 2);
  CHECK(err.str().find("redovis: unknown edition 'po␛[2J⏎2023'; known:") == 0);
  CHECK(err.str().find('\x1b') == std::string::npos);
}

}  // namespace fields_command_test
