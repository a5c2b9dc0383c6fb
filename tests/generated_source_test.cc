#include "patterns/generated_source.h"

#include <doctest/doctest.h>

#include <string>

namespace generated_source_test {

using namespace redovis;

TEST_CASE("Fnv1a: the 64-bit FNV-1a hash, continued from where it stopped") {
  CHECK(Fnv1a(kFnv1aBasis, "") == 0xcbf29ce484222325ULL);
  CHECK(Fnv1a(kFnv1aBasis, "a") == 0xaf63dc4c8601ec8cULL);
  CHECK(Fnv1a(kFnv1aBasis, "foobar") == 0x85944171f73967e8ULL);
  CHECK(Fnv1a(Fnv1a(kFnv1aBasis, "foo"), "bar") == Fnv1a(kFnv1aBasis, "foobar"));
  CHECK(Fnv1a(kFnv1aBasis, std::string("a\0b", 3)) != Fnv1a(kFnv1aBasis, "ab"));
}

TEST_CASE("CppLiteral: printable ASCII as itself, the rest escaped in octal") {
  CHECK(CppLiteral("") == "\"\"");
  CHECK(CppLiteral("Antal klienter") == "\"Antal klienter\"");
  // "??=" written "?\?=" here, so the compiler sees no trigraph.
  CHECK(CppLiteral("a\"b\\c?\?=") == "\"a\\042b\\134c\\077\\077=\"");
  CHECK(CppLiteral("v\xc3\xa4g\n") == "\"v\\303\\244g\\012\"");
  CHECK(CppLiteral(std::string("\0"
                               "1",
                               2)) == "\"\\0001\"");
}

}  // namespace generated_source_test
