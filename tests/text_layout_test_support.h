// Helpers shared by the tests of the plain-text layout passes
// (src/read/text/: text_cells, drawn_tables, wrapped_lines, page_edges,
// text_layout): a text as its lines, a layout's cells as texts.
#ifndef REDOVIS_TESTS_TEXT_LAYOUT_TEST_SUPPORT_H_
#define REDOVIS_TESTS_TEXT_LAYOUT_TEST_SUPPORT_H_

#include <string>
#include <string_view>
#include <vector>

#include "line_texts_test_support.h"
#include "read/text/text_cells.h"
#include "redovis/document.h"

namespace redovis::testing {

/// The lines of `text`, viewing it: call within the expression that holds it,
/// as LayOutText(Lines("...")).
inline std::vector<TextLine> Lines(const std::string& text) {
  std::vector<TextLine> out;
  std::string_view rest = text;
  int n = 0;
  while (!rest.empty()) {
    size_t end = rest.find('\n');
    out.push_back(TextLine{rest.substr(0, end), 0, ++n});
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
  }
  return out;
}

using V = std::vector<std::string>;
using G = std::vector<V>;

/// The cells' texts of every line, row by row: the table a layout made.
inline G Grid(const std::vector<Line>& lines) {
  G out;
  for (const Line& l : lines) out.push_back(Texts(l));
  return out;
}

}  // namespace redovis::testing

#endif  // REDOVIS_TESTS_TEXT_LAYOUT_TEST_SUPPORT_H_
