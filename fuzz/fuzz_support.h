// Shared by the libFuzzer targets: the project's patterns, loaded once.
#ifndef REDOVIS_FUZZ_FUZZ_SUPPORT_H_
#define REDOVIS_FUZZ_FUZZ_SUPPORT_H_

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "redovis/patterns.h"

namespace redovis::fuzz {

inline const PatternSet& Patterns() {
  static std::unique_ptr<PatternSet> set = [] {
    std::unique_ptr<PatternSet> s;
    Status st = PatternSet::Load(REDOVIS_SOURCE_DIR "/patterns", &s);
    if (!st.ok()) {
      std::fprintf(stderr, "%s\n", st.ToString().c_str());
      std::abort();
    }
    return s;
  }();
  return *set;
}

}  // namespace redovis::fuzz

#endif  // REDOVIS_FUZZ_FUZZ_SUPPORT_H_
