#include "read/text/refilled_tabs.h"

#include <vector>

#include "read/text/folded_lines.h"
#include "redovis/document.h"

namespace redovis {

namespace {

// The columns a line's blanks open it with, a tab to the next multiple of 8
// (as fmt compares indentation); -1 for a line of blanks alone.
int IndentColumns(std::string_view line) {
  int col = 0;
  for (char c : line) {
    if (c == '\t')
      col = (col / 8 + 1) * 8;
    else if (c == ' ')
      ++col;
    else
      return col;
  }
  return -1;
}

// True when `line` holds words parted by one space each (two after a
// sentence's end are fmt's join of two lines, "utbildning.  X"), no tab
// between them.
bool WordsAlone(std::string_view line) {
  const size_t first = line.find_first_not_of(" \t");
  const size_t last = line.find_last_not_of(" \t");
  if (first == std::string_view::npos) return false;
  std::string_view words = line.substr(first, last - first + 1);
  return words.find('\t') == std::string_view::npos && words.find("  ") == std::string_view::npos;
}

}  // namespace

bool FindRefilledTabs(std::string_view bytes, RefilledTabs* out) {
  int width = 0;
  if (!RefilledTabbedText(bytes, &width)) return false;
  std::vector<std::string_view> lines = SplitAtLineFeeds(bytes);
  const size_t n = lines.size();
  std::vector<int> indent(n);
  for (size_t k = 0; k < n; ++k) indent[k] = IndentColumns(lines[k]);
  // A line fmt may have joined: one of a run of lines of one indentation.
  std::vector<bool> joined(n, false);
  for (size_t k = 0; k + 1 < n; ++k)
    if (indent[k] >= 0 && indent[k] == indent[k + 1]) joined[k] = joined[k + 1] = true;
  // A block between blank lines holding such a line is read no further
  // than its lines of words alone, their ends marked; one of whose joined
  // lines holds a tab or a gap between words (cells fmt ran together: a
  // row's last value and the next row's label, a box and the options of
  // the question after it) is not read at all.
  enum class Read { kAsItStands, kMarked, kNot };
  std::vector<Read> read(n, Read::kAsItStands);
  for (size_t b = 0; b < n;) {
    if (indent[b] < 0) {
      ++b;
      continue;
    }
    size_t e = b;
    bool any = false, gapped = false;
    for (; e < n && indent[e] >= 0; ++e) {
      any = any || joined[e];
      gapped = gapped || (joined[e] && !WordsAlone(lines[e]));
    }
    if (any)
      for (size_t k = b; k < e; ++k)
        read[k] = !gapped && WordsAlone(lines[k]) ? Read::kMarked : Read::kNot;
    b = e;
  }
  RefilledTabs r;
  r.width = width;
  r.text.reserve(bytes.size());
  for (size_t k = 0; k < n; ++k) {
    if (k > 0) r.text += '\n';
    if (read[k] == Read::kAsItStands) {
      r.text.append(lines[k]);
    } else if (read[k] == Read::kMarked) {
      // Its words kept (a form's wording, a free answer's), its end marked:
      // a value reaching it may be cut short or run on.
      const size_t last = lines[k].find_last_not_of(" \t");
      r.text.append(lines[k].substr(0, last + 1));
      r.text += kRefilledBreak;
      ++r.marked;
    } else {
      ++r.unread;
    }
  }
  *out = std::move(r);
  return true;
}

}  // namespace redovis
