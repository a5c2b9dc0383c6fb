// Helpers shared by the unit tests: the project's patterns, loaded once per
// test binary, and small document builders.
#ifndef REDOVIS_TESTS_TEST_SUPPORT_H_
#define REDOVIS_TESTS_TEST_SUPPORT_H_

#include <memory>
#include <string>
#include <vector>

#include "redovis/document.h"
#include "redovis/extractor.h"
#include "redovis/patterns.h"

namespace redovis::testing {

/// The project's own patterns/ (loaded once; aborts the test run when they do not load).
inline const PatternSet& ProjectPatterns() {
  static std::unique_ptr<PatternSet> set = [] {
    std::unique_ptr<PatternSet> s;
    Status st = PatternSet::Load(std::string(REDOVIS_SOURCE_DIR) + "/patterns", &s);
    if (!st.ok()) {
      fprintf(stderr, "cannot load patterns: %s\n", st.ToString().c_str());
      abort();
    }
    return s;
  }();
  return *set;
}

/// The records of `text` read as a plain-text file.
inline std::vector<Record> ExtractText(const std::string& text, const std::string& name = "t.txt") {
  Extractor ex(ProjectPatterns());
  return ex.ExtractBytes(text, name, ExtractOptions());
}

}  // namespace redovis::testing

#endif  // REDOVIS_TESTS_TEST_SUPPORT_H_
