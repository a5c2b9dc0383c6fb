#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "test_support.h"

using namespace redovis;
using redovis::testing::ExtractText;

namespace {

std::string Sample(const std::string& name) {
  std::ifstream in(std::string(REDOVIS_SOURCE_DIR) + "/samples/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("as=email: text without a whole address gives no value, never the text") {
  std::string text = Sample("000_2b37c49d4415161a.txt");
  REQUIRE(text.find("sociala@timra.se") != std::string::npos);
  auto recs = ExtractText(text);
  REQUIRE(!recs.empty());
  CHECK(recs[0].Get("contact.email").as_text() == "sociala@timra.se");
  // An OCR'd '@' read as 'Q', or the first half of an address broken over lines.
  text.replace(text.find("sociala@timra.se"), 16, "socialaQtimra.se");
  recs = ExtractText(text);
  REQUIRE(!recs.empty());
  CHECK(recs[0].Get("contact.email").is_null());
}
