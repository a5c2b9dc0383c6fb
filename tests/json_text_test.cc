#include "write/json_text.h"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace json_text_test {

using namespace redovis;

namespace {

std::string Nlohmann(const nlohmann::ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace

TEST_CASE("AppendJsonString writes every string as nlohmann's dump does") {
  std::vector<std::string> texts = {"",
                                    "Kommun",
                                    "Åsa Öberg",
                                    "\"quoted\" \\ back",
                                    "tab\there",
                                    "a\nb\r\nc",
                                    "\b\f",
                                    std::string("nul\0x", 5),
                                    "\x7f",
                                    "☒ Ja ☐ Nej",
                                    "\xF0\x9F\x98\x80 emoji",
                                    "e\xCC\x81"};
  for (int c = 0; c < 0x20; ++c) texts.push_back(std::string("<") + static_cast<char>(c) + ">");
  // Not UTF-8: each bad byte as nlohmann's replace handler writes it.
  texts.push_back("bad \xFF byte");
  texts.push_back("cut \xC3");
  texts.push_back("\xE2\x98 two cut");
  texts.push_back("Latin-1 \xE5\xE4\xF6");
  texts.push_back("\xED\xA0\x80 surrogate");
  for (const std::string& t : texts) {
    std::string out;
    AppendJsonString(t, &out);
    CHECK_MESSAGE(out == Nlohmann(t), t);
  }
}

TEST_CASE("JsonText: objects, arrays and commas as nlohmann's compact dump") {
  std::string out = "kept:";
  JsonText json(&out);
  json.BeginObject();
  json.Key("a");
  json.Int(-3);
  json.Key("b");
  json.BeginArray();
  json.Int(1);
  json.BeginObject();
  json.EndObject();
  json.BeginArray();
  json.EndArray();
  json.Null();
  json.EndArray();
  json.Key("c");
  json.Strings({"x", "y"});
  json.Key("d");
  json.Bool(false);
  json.Key("e");
  json.Double(2.0);
  json.EndObject();
  nlohmann::ordered_json j;
  j["a"] = -3;
  j["b"] = nlohmann::ordered_json::array(
      {1, nlohmann::ordered_json::object(), nlohmann::ordered_json::array(), nullptr});
  j["c"] = {"x", "y"};
  j["d"] = false;
  j["e"] = 2.0;
  CHECK(out == "kept:" + Nlohmann(j));
}

TEST_CASE("JsonText::Double and Int write numbers as nlohmann does") {
  std::vector<double> doubles = {0.0,  -0.0, 1.0,   2.5,    0.1,      1.0 / 3.0, 123456789.125,
                                 1e21, 1e-7, -42.0, 3.75e9, 804246.0, 2.00,      0.15};
  doubles.push_back(std::numeric_limits<double>::quiet_NaN());
  doubles.push_back(std::numeric_limits<double>::infinity());
  for (double d : doubles) {
    std::string out;
    JsonText(&out).Double(d);
    CHECK(out == Nlohmann(d));
  }
  for (int64_t v : {int64_t{0}, int64_t{-1}, int64_t{2023}, std::numeric_limits<int64_t>::max(),
                    std::numeric_limits<int64_t>::min()}) {
    std::string out;
    JsonText(&out).Int(v);
    CHECK(out == Nlohmann(v));
  }
}

}  // namespace json_text_test
