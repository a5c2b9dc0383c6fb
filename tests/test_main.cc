// The doctest runner for every *_test.cc in tests/, and the one place that
// knows where the project's tree is (the build passes it to this file alone,
// so a build directory copied to another checkout rebuilds one object).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include "test_paths.h"

namespace redovis::testing {

const char* SourceDir() {
  return REDOVIS_SOURCE_DIR;
}

}  // namespace redovis::testing
