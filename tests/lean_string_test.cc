#include "redovis/lean_string.h"

#include <doctest/doctest.h>

#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>

namespace lean_string_test {

using namespace redovis;

TEST_CASE("lean string: empty, it is one pointer and holds nothing on the heap") {
  CHECK(sizeof(LeanString) == sizeof(void*));
  LeanString s;
  CHECK(s.empty());
  CHECK(s.size() == 0);
  CHECK(s.str().empty());
  CHECK(std::string(s.c_str()).empty());
  s = std::string();  // an empty string stays empty: nothing kept
  CHECK(s.empty());
  s = "";
  CHECK(s.empty());
}

TEST_CASE("lean string: assigned, read and compared like a std::string") {
  LeanString s = "page 3";
  CHECK_FALSE(s.empty());
  CHECK(s.size() == 6);
  CHECK(s == "page 3");
  CHECK(s == std::string("page 3"));
  CHECK(std::string("page 3") == s);
  CHECK_FALSE(s == "page 4");
  const std::string& ref = s;
  CHECK(ref == "page 3");
  std::string_view view = s;
  CHECK(view == "page 3");
  std::string copy;
  copy = s;
  CHECK(copy == "page 3");
  copy += s;
  CHECK(copy == "page 3page 3");
  CHECK(s.find("3") == 5);
  CHECK(s.find('p') == 0);
  CHECK(s.find("x") == std::string::npos);
  std::string long_text(200, 'x');
  s = long_text;
  CHECK(s == long_text);
  s = std::string("table 1 row 2");
  CHECK(s.str() == "table 1 row 2");
  std::ostringstream out;
  out << s;
  CHECK(out.str() == "table 1 row 2");
  s.clear();
  CHECK(s.empty());
  CHECK(s == "");
}

TEST_CASE("lean string: copies are deep, moves take the text") {
  LeanString a = "folded";
  LeanString b = a;
  CHECK(b == a);
  CHECK(b.c_str() != a.c_str());  // its own copy
  b = "other";
  CHECK(a == "folded");
  LeanString c = std::move(b);
  CHECK(c == "other");
  a = c;
  CHECK(a == "other");
  a = a;  // self-assignment keeps the text
  CHECK(a == "other");
  std::map<std::string, int> counts;
  ++counts[a.str()];
  CHECK(counts["other"] == 1);
}

}  // namespace lean_string_test
