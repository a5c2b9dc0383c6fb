#include "read/text/text_layout.h"

#include <cstddef>

#include "read/text/drawn_tables.h"
#include "read/text/page_edges.h"
#include "read/text/run_dumps.h"
#include "read/text/text_cells.h"
#include "read/text/wrapped_lines.h"

namespace redovis {

std::vector<Line> LayOutText(const std::vector<TextLine>& lines) {
  std::vector<Line> out;
  out.reserve(lines.size());  // never more lines than the text has
  std::vector<bool> plain;    // per out line: cut at gaps (not a drawn table)
  size_t i = 0;
  while (i < lines.size()) {
    if (size_t next = ReadDrawnTable(lines, i, &out); next != i) {
      plain.resize(out.size(), false);
      i = next;
      continue;
    }
    out.push_back(MakeLine(lines[i], SplitAtGaps(lines[i].text)));
    plain.push_back(true);
    ++i;
  }
  // A dump of pdftohtml's runs: a wrapped run's next line written after the
  // row's other lines goes back to its cell (run_dumps.h).
  const bool dump = IsRunsDump(lines, out);
  JoinRunRests(lines, &out);
  for (size_t k : HoldRunRests(lines, out)) plain[k] = false;
  AlignPageStarts(&out, plain);
  AlignHeadersOverRows(&out, plain);
  if (!CellsOnTabStops(lines)) SplitAtColumnsBelow(&out, plain);
  // A page's running header or footer is no part of a wrapped line: marked
  // first, and never joined.
  MarkPageEdges(&out);
  for (size_t k = 0; k < out.size(); ++k)
    if (out[k].role == LineRole::kFurniture) plain[k] = false;
  JoinContinuations(&out, &plain);
  JoinWrapped(&out, plain);
  MarkOpenRuns(lines, dump, &out);
  return out;
}

}  // namespace redovis
