#include "read/text/run_dumps.h"

#include <unicode/uchar.h>

#include <string_view>

#include "base/utf8.h"

namespace redovis {

namespace {

// The indices of the filled cells of `l` that are no check box, in order (a
// box glyph is a cell of its own, however near its neighbour: text_cells.h).
std::vector<size_t> Filled(const Line& l) {
  std::vector<size_t> out;
  for (size_t i = 0; i < l.cells.size(); ++i)
    if (!IsBlank(l.cells[i].text) && l.cells[i].checkbox == CheckboxState::kNone) out.push_back(i);
  return out;
}

// Whether `s` ends in a space or a no-break space (U+00A0): a run that a
// wrapped paragraph's line ended.
bool EndsWhite(std::string_view s) {
  return (!s.empty() && s.back() == ' ') || (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0");
}

}  // namespace

bool IsRunsDump(const std::vector<TextLine>& raw, const std::vector<Line>& lines) {
  constexpr size_t kMinOpenLines = 5;
  constexpr size_t kOpenShare = 20;  // one line in 20 with text at least ends open
  constexpr size_t kRowShare = 10;   // one line in 10 with text at most holds two cells
  constexpr double kRunGap = 2;      // the space after the run's last word, and the one between
  if (raw.size() != lines.size()) return false;
  size_t text = 0, rows = 0, open = 0;
  for (size_t k = 0; k < lines.size(); ++k) {
    const std::vector<size_t> cells = Filled(lines[k]);
    if (cells.empty()) continue;
    ++text;
    if (cells.size() >= 2) {
      ++rows;
      for (size_t i = 1; i < cells.size(); ++i) {
        const Cell& a = lines[k].cells[cells[i - 1]];
        const Cell& b = lines[k].cells[cells[i]];
        if (a.x1 < 0 || b.x0 - a.x1 != kRunGap) return false;
      }
    }
    if (k + 1 < raw.size() && EndsWhite(raw[k].text) && !IsBlank(raw[k + 1].text)) ++open;
  }
  return rows >= 1 && rows * kRowShare <= text && open >= kMinOpenLines &&
         open * kOpenShare >= text;
}

size_t JoinRunRests(const std::vector<TextLine>& raw, std::vector<Line>* lines) {
  if (!IsRunsDump(raw, *lines)) return 0;
  std::vector<Line>& ls = *lines;
  size_t joined = 0;
  for (size_t k = 2; k < ls.size(); ++k) {
    const std::vector<size_t> rest = Filled(ls[k]);
    const std::vector<size_t> closed = Filled(ls[k - 1]);
    const std::vector<size_t> row = Filled(ls[k - 2]);
    if (rest.size() != 1 || closed.size() != 1 || row.size() < 2 || EndsWhite(raw[k - 1].text) ||
        ls[k].page != ls[k - 2].page)
      continue;
    const std::string& text = ls[k].cells[rest[0]].text;
    size_t at = 0;
    if (!u_islower(NextCodePoint(text, &at))) continue;
    // The row's runs that wrapped: each cell another follows, and the last
    // where the row's line ends in a space.
    std::vector<size_t> open(row.begin(), row.end() - 1);
    if (EndsWhite(raw[k - 2].text)) open.push_back(row.back());
    if (open.size() != 1) continue;
    Cell& into = ls[k - 2].cells[open[0]];
    into.text += " " + text;
    ls[k].cells = {Cell()};
    ++joined;
  }
  return joined;
}

}  // namespace redovis
