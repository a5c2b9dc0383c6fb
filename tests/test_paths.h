// Where the unit tests find the project's own files (patterns/, samples/,
// tests/data/). Defined in test_main.cc, the only file compiled with the
// tree's path.
#ifndef REDOVIS_TESTS_TEST_PATHS_H_
#define REDOVIS_TESTS_TEST_PATHS_H_

namespace redovis::testing {

/// The source tree the test binary was built from (no trailing slash); never null.
const char* SourceDir();

}  // namespace redovis::testing

#endif  // REDOVIS_TESTS_TEST_PATHS_H_
