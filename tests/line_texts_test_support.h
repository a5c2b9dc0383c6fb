// A line's cells as their texts: what the layout tests (PDF and plain text)
// compare a layout's lines with.
#ifndef REDOVIS_TESTS_LINE_TEXTS_TEST_SUPPORT_H_
#define REDOVIS_TESTS_LINE_TEXTS_TEST_SUPPORT_H_

#include <string>
#include <vector>

#include "redovis/document.h"

namespace redovis::testing {

/// The texts of a line's cells, in order.
inline std::vector<std::string> Texts(const Line& line) {
  std::vector<std::string> out;
  for (const Cell& c : line.cells) out.push_back(c.text);
  return out;
}

}  // namespace redovis::testing

#endif  // REDOVIS_TESTS_LINE_TEXTS_TEST_SUPPORT_H_
