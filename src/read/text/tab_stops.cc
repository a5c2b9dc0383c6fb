#include "read/text/tab_stops.h"

#include <algorithm>
#include <set>
#include <utility>

#include "base/utf8.h"
#include "read/text/text_cells.h"

namespace redovis {
namespace {

// The lines of `t`, split as the text reader splits them (\n, \r\n, \r, \f).
std::vector<std::string_view> SplitAll(std::string_view t) {
  std::vector<std::string_view> lines;
  size_t i = 0;
  while (true) {
    size_t end = t.find_first_of("\r\n\f", i);
    if (end == std::string_view::npos) {
      lines.push_back(t.substr(i));
      return lines;
    }
    lines.push_back(t.substr(i, end - i));
    i = end + 1;
    if (t[end] == '\r' && i < t.size() && t[i] == '\n') ++i;
  }
}

// How many cell edges of the lines line up with an edge of a non-blank line
// near them (kWindow non-blank lines before or after); an edge of a line that
// had tabs counts once more when a line without tabs near it (a rule, a
// paragraph: the same in every reading) has it too. `tabbed`: per line.
size_t AlignedEdges(const std::vector<std::string_view>& lines, const std::vector<bool>& tabbed) {
  constexpr size_t kWindow = 6;
  struct Edges {
    std::vector<int> at;  // starts as +x, ends as -x-1
    bool tabbed = false;
  };
  std::vector<Edges> edges;  // per non-blank line
  for (size_t k = 0; k < lines.size(); ++k) {
    std::vector<Cell> cells = SplitAtGaps(lines[k]);
    if (cells.empty()) continue;
    Edges e;
    e.tabbed = k < tabbed.size() && tabbed[k];
    for (const Cell& c : cells) {
      e.at.push_back(static_cast<int>(c.x0));
      e.at.push_back(-static_cast<int>(c.x1) - 1);
    }
    edges.push_back(std::move(e));
  }
  size_t score = 0;
  for (size_t k = 0; k < edges.size(); ++k) {
    std::set<int> near, anchors;
    for (size_t j = k > kWindow ? k - kWindow : 0; j < std::min(edges.size(), k + kWindow + 1);
         ++j) {
      if (j == k) continue;
      near.insert(edges[j].at.begin(), edges[j].at.end());
      if (!edges[j].tabbed) anchors.insert(edges[j].at.begin(), edges[j].at.end());
    }
    for (int e : edges[k].at) score += near.count(e) + (edges[k].tabbed ? anchors.count(e) : 0);
  }
  return score;
}

// Whether `best` counts clearly more than `other`: by 3, and by 1% of its count.
bool ClearlyMore(size_t best, size_t other) {
  return best >= other + std::max<size_t>(3, best / 100);
}

}  // namespace

bool TabsAreSpacing(std::string_view t) {
  size_t runs = 0, spaced = 0, wide = 0;
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k] != '\t' || (k > 0 && t[k - 1] == '\t')) continue;
    size_t e = k;
    while (e < t.size() && t[e] == '\t') ++e;
    ++runs;
    const bool space = e < t.size() && t[e] == ' ';
    spaced += space;
    wide += space && e - k >= 3;
  }
  return runs >= 4 && (2 * spaced >= runs || (wide >= 4 && 4 * wide >= runs));
}

bool TabsAreSqueezedGaps(std::string_view t) {
  if (t.find('\f') == std::string_view::npos || t.find("\t\t") != std::string_view::npos)
    return false;
  int indented = 0;
  for (size_t b = 0; b < t.size();) {
    size_t e = t.find_first_of("\r\n\f", b);
    if (e == std::string_view::npos) e = t.size();
    std::string_view l = t.substr(b, e - b);
    b = e + 1;
    indented += l.size() > 1 && l[0] == '\t' && l.find_first_not_of(" \t") == 1;
  }
  return indented >= 5;
}

std::string ExpandTabs(std::string_view t, TabReading reading) {
  std::string out;
  out.reserve(t.size() * 2);
  size_t col = 0;
  for (size_t k = 0; k < t.size();) {
    char c = t[k];
    if (c == '\t') {
      size_t n = reading.stop - col % reading.stop;
      out.append(n, ' ');
      col += n;
      ++k;
      continue;
    }
    size_t from = k;
    UChar32 cp = NextCodePoint(t, &k);
    out.append(t.substr(from, k - from));
    // A column as the text layout counts it (Columns), or a byte.
    size_t width = reading.bytes ? k - from : ZeroWidth(cp) ? 0 : 1;
    col = c == '\n' || c == '\r' || c == '\f' ? 0 : col + width;
  }
  return out;
}

ExpandedTabs ExpandTabStops(std::string_view t) {
  std::vector<std::string_view> raw = SplitAll(t);
  std::vector<bool> tabbed;
  for (std::string_view l : raw) tabbed.push_back(l.find('\t') != std::string_view::npos);
  struct Candidate {
    TabReading reading;
    std::string text;
    size_t score = 0;
  };
  // The readings at 8 columns (in code points, in bytes), then at 4.
  std::vector<Candidate> c;
  for (size_t stop : {8, 4})
    for (bool bytes : {false, true}) {
      Candidate x{{stop, bytes}, ExpandTabs(t, {stop, bytes}), 0};
      x.score = AlignedEdges(SplitAll(x.text), tabbed);
      c.push_back(std::move(x));
    }
  ExpandedTabs out;
  // At each width, bytes only where they line up clearly better; where the
  // two place some line differently and neither is clearly better, that
  // line is undecided.
  auto at_width = [&](size_t a, size_t b, std::vector<size_t>* unsure) {
    if (c[a].text == c[b].text || ClearlyMore(c[a].score, c[b].score)) return a;
    if (ClearlyMore(c[b].score, c[a].score)) return b;
    std::vector<std::string_view> x = SplitAll(c[a].text), y = SplitAll(c[b].text);
    for (size_t k = 0; k < x.size() && k < y.size(); ++k)
      if (x[k] != y[k]) unsure->push_back(k);
    return a;
  };
  std::vector<size_t> unsure8, unsure4;
  size_t eight = at_width(0, 1, &unsure8), four = at_width(2, 3, &unsure4);
  // A tab is 8 columns unless 4 line the columns up clearly better.
  bool by_four = c[four].text != c[eight].text && ClearlyMore(c[four].score, c[eight].score);
  size_t chosen = by_four ? four : eight;
  out.reading = c[chosen].reading;
  out.undecided = by_four ? std::move(unsure4) : std::move(unsure8);
  out.text = std::move(c[chosen].text);
  return out;
}

}  // namespace redovis
