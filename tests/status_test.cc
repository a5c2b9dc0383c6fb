#include "redovis/status.h"

#include <doctest/doctest.h>

namespace status_test {

using namespace redovis;

TEST_CASE("an ok status has no code and no message") {
  Status s;
  CHECK(s.ok());
  CHECK(s.code().empty());
  CHECK(s.message().empty());
  CHECK(s.ToString() == "ok");
}

TEST_CASE("an error status keeps its code and message") {
  Status s = Status::Error("encrypted", "x.pdf: a password is needed");
  CHECK_FALSE(s.ok());
  CHECK(s.code() == "encrypted");
  CHECK(s.message() == "x.pdf: a password is needed");
  CHECK(s.ToString() == "encrypted: x.pdf: a password is needed");
  Status copy = s;
  CHECK(copy.code() == "encrypted");
}

TEST_CASE("a code alone makes an error, even with an empty message") {
  Status s = Status::Error("corrupt", "");
  CHECK_FALSE(s.ok());
  CHECK(s.ToString() == "corrupt: ");
}

}  // namespace status_test
