#include "read/text/page_edges.h"

#include <algorithm>
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/running_lines.h"

namespace redovis {
namespace {

/// True when `key` (a RunningLineKey) has words enough for a running line,
/// or `text` (its line, trimmed) is a page count "n/m" alone, as a browser
/// prints it in a corner: a count or a value ("1,0") ending three pages is
/// no running footer. The page count is told from the text: the key writes
/// "2/7" as one number, so that OCR's "217" keys the same.
bool Wordy(const std::string& key, std::string_view text) {
  size_t length = 0;
  return HasRunningLineWords(key) || (LeadingPageCount(text, &length) && length == text.size());
}

/// MarkPageEdges for a text whose page breaks are lost (no line has a page).
void MarkCountedPageLines(std::vector<Line>* lines) {
  // The non-blank lines, and the keys of those ending in a page count. A
  // line's key is made again where it is needed, never kept for every line
  // (a 50 MB text has a million lines).
  // The non-blank lines, and those ending in a page count by their key. A
  // line's key is made again where it is needed, never kept for every line
  // (a 50 MB text has a million lines).
  std::vector<size_t> filled;
  // A line ending in a page count: its place in `filled`, the count, and
  // its text (kept once: the counted lines are few).
  struct Counted {
    size_t place;
    PageCount count;
    std::string text;
  };
  std::map<std::string, std::vector<Counted>> counted;  // by key
  for (size_t k = 0; k < lines->size(); ++k) {
    const Line& l = (*lines)[k];
    if (l.page != 0 || l.Blank()) continue;
    std::string text = l.SpacedText();
    if (auto count = TrailingPageCount(text))
      counted[RunningLineKey(text)].push_back(Counted{filled.size(), *count, std::move(text)});
    filled.push_back(k);
  }
  auto key_at = [&](size_t j) { return RunningLineKey((*lines)[filled[j]].SpacedText()); };
  std::set<size_t> counters;  // places in `filled` of the page-count lines
  for (const auto& [key, places] : counted) {
    // Runs of one count of pages, each page's number above the one before
    // (a bundle of reports printed from a browser has one run a report).
    auto take = [&](size_t from, size_t to) {
      const int pages = places[from].count.pages;
      if (to - from < 3 || static_cast<int>(to - from) > pages ||
          !Wordy(key, TrimSpaces(places[from].text)))
        return;
      for (size_t i = from; i < to; ++i) counters.insert(places[i].place);
    };
    size_t from = 0;
    for (size_t i = 1; i <= places.size(); ++i)
      if (i == places.size() || places[i].count.page <= places[i - 1].count.page ||
          places[i].count.pages != places[from].count.pages) {
        take(from, i);
        from = i;
      }
  }
  if (counters.empty()) return;
  for (size_t j : counters) (*lines)[filled[j]].role = LineRole::kFurniture;
  // The page counts give the pages back: a page ends at its count, the
  // last one's blank lines after it its own.
  const bool text_after = *counters.rbegin() + 1 < filled.size();
  int page = 1;
  for (size_t j = 0, k = 0; k < lines->size(); ++k) {
    (*lines)[k].page = page;
    if (j < filled.size() && filled[j] == k && counters.count(j++) > 0 &&
        (text_after || j < filled.size()))
      ++page;
  }
  // A line beside the page count at three of its places or more, and at
  // half of them, with the same text but for its digits, is the other
  // running line of the page's edge: a browser's date and title under the
  // page count of the page before.
  for (int side = -1; side <= 1; side += 2) {
    std::map<std::string, std::vector<size_t>> beside;
    for (size_t j : counters) {
      if ((side < 0 && j == 0) || (side > 0 && j + 1 >= filled.size())) continue;
      size_t o = side < 0 ? j - 1 : j + 1;
      if (counters.count(o) > 0) continue;
      std::string key = key_at(o);
      if (HasRunningLineWords(key)) beside[key].push_back(o);
    }
    for (const auto& [key, places] : beside) {
      if (places.size() < std::max<size_t>(3, (counters.size() + 1) / 2)) continue;
      for (size_t o : places) (*lines)[filled[o]].role = LineRole::kFurniture;
      // The first page's header and the last page's footer, with no page
      // count beside them, are at the text's ends.
      if (key_at(0) == key) (*lines)[filled.front()].role = LineRole::kFurniture;
      if (key_at(filled.size() - 1) == key) (*lines)[filled.back()].role = LineRole::kFurniture;
    }
  }
}

}  // namespace

int PagesByLineCount(std::vector<TextLine>* lines) {
  constexpr size_t kMinPeriod = 20;
  const size_t n = lines->size();
  // Where each key stands, and whether its text ever differs (its digits).
  struct Seen {
    std::vector<size_t> at;
    std::string_view first;
    bool differs = false;
  };
  std::map<std::string, Seen> keys;
  for (size_t k = 0; k < n; ++k) {
    const TextLine& l = (*lines)[k];
    if (l.page != 0) return 0;
    if (IsBlank(l.text)) continue;
    const std::string trimmed = TrimSpaces(std::string(l.text));
    std::string key = RunningLineKey(trimmed);
    if (key.find('#') == std::string::npos || !Wordy(key, trimmed)) continue;
    Seen& s = keys[key];
    if (s.at.empty()) s.first = l.text;
    s.differs = s.differs || l.text != s.first;
    s.at.push_back(k);
  }
  for (const auto& [key, s] : keys) {
    if (s.at.size() < 3 || !s.differs) continue;
    size_t period = s.at[1] - s.at[0];
    if (period < kMinPeriod || s.at[0] >= period || s.at.back() + period < n) continue;
    bool even = true;
    for (size_t j = 1; j < s.at.size() && even; ++j) even = s.at[j] - s.at[j - 1] == period;
    if (!even) continue;
    for (size_t k = 0; k < n; ++k) (*lines)[k].page = static_cast<int>(1 + k / period);
    return static_cast<int>(1 + (n - 1) / period);
  }
  return 0;
}

namespace {

/// Marks a page's stray foot line as furniture (see page_edges.h; the rule
/// is base/running_lines.h's StrayFootLines): each page's last running-text
/// line measured in rows, a row's height one. A text's page has no foot of
/// its own: every page's is the deepest page's, the row under its last
/// running-text line. Two blank rows or more above the line are a gap over
/// one row.
void MarkStrayFootLines(std::vector<Line>* lines) {
  constexpr size_t kNone = static_cast<size_t>(-1);
  struct Rows {
    size_t start = kNone;  // the page's first line, blank or not
    size_t last = kNone;   // its last running-text line
    size_t above = kNone;  // the running-text line before that
  };
  std::map<int, Rows> pages;
  for (size_t k = 0; k < lines->size(); ++k) {
    const Line& l = (*lines)[k];
    if (l.page <= 0) continue;
    Rows& r = pages[l.page];
    if (r.start == kNone) r.start = k;
    if (l.Blank() || l.role != LineRole::kContent) continue;
    r.above = r.last;
    r.last = k;
  }
  size_t foot = 0;  // rows from a page's start to the deepest page's foot
  for (const auto& [page, r] : pages)
    if (r.last != kNone) foot = std::max(foot, r.last - r.start + 1);
  std::vector<FootLine> feet;
  std::vector<size_t> at;  // the line of each
  for (const auto& [page, r] : pages) {
    if (r.last == kNone) continue;
    FootLine l;
    l.depth = static_cast<double>(foot - (r.last - r.start + 1));
    l.height = 1;
    if (r.above != kNone) l.gap = static_cast<double>(r.last - r.above - 1);
    feet.push_back(l);
    at.push_back(r.last);
  }
  for (size_t i : StrayFootLines(feet, 1)) (*lines)[at[i]].role = LineRole::kFurniture;
}

}  // namespace

void MarkPageEdges(std::vector<Line>* lines) {
  if (std::none_of(lines->begin(), lines->end(), [](const Line& l) { return l.page > 0; }))
    MarkCountedPageLines(lines);
  // Each page's first and last non-blank line, by page; then, once, those
  // next in from the ones marked: a page's edge may hold two running lines
  // one over the other (`pr`'s header over a browser's).
  std::set<std::string> running;
  std::set<std::pair<int, int>> outer;  // (page, edge) where the layer before marked a line
  for (int layer = 0; layer < 2; ++layer) {
    std::map<int, std::pair<size_t, size_t>> edges;
    for (size_t k = 0; k < lines->size(); ++k) {
      const Line& l = (*lines)[k];
      if (l.page <= 0 || l.Blank() || (layer > 0 && l.role != LineRole::kContent)) continue;
      auto [it, fresh] = edges.try_emplace(l.page, k, k);
      if (!fresh) it->second.second = k;
    }
    if (edges.size() < 3) {
      if (layer == 0) return;
      break;
    }
    std::vector<EdgeLine> candidates;
    std::vector<size_t> at;          // the line of each candidate
    std::vector<std::string> texts;  // and its text
    for (const auto& [page, ends] : edges)
      for (int edge = 0; edge < 2; ++edge) {
        size_t k = edge == 0 ? ends.first : ends.second;
        std::string text = (*lines)[k].SpacedText();
        std::string key = RunningLineKey(text);
        // Next in from a running line only, and with digits of its own (a
        // date, a page's number): a form's own line that happens to open
        // three pages is no running line.
        if (layer > 0 && (!outer.count({page, edge}) || key.find('#') == std::string::npos))
          continue;
        candidates.push_back(EdgeLine{key, edge, 0, page});
        at.push_back(k);
        texts.push_back(text);
      }
    // At least three pages and half of them, of the text's or of a run of
    // its pages (one report's, in a bundle of reports).
    size_t needed = std::max<size_t>(3, (edges.size() + 1) / 2);
    std::set<size_t> found;
    for (size_t i : RunningLines(candidates, needed)) found.insert(i);
    for (size_t i : RunningLinesInRuns(candidates)) found.insert(i);
    outer.clear();
    for (size_t i : found)
      if (Wordy(candidates[i].key, texts[i])) {
        (*lines)[at[i]].role = LineRole::kFurniture;
        running.insert(candidates[i].key);
        outer.insert({candidates[i].page, candidates[i].edge});
      }
    if (outer.empty()) break;
  }
  MarkStrayFootLines(lines);
  if (running.empty()) return;
  // Two pages printed on one sheet (2-up) put a page's footer and the next
  // page's header inside the sheet: two running lines together there (blank
  // lines between them) are an inner edge.
  std::vector<size_t> filled;  // the non-blank lines, in order
  std::vector<bool> runs;      // and whether each is a running line's text
  for (size_t k = 0; k < lines->size(); ++k) {
    const Line& l = (*lines)[k];
    if (l.page <= 0 || l.Blank()) continue;
    filled.push_back(k);
    runs.push_back(running.count(RunningLineKey(l.SpacedText())) > 0);
  }
  for (size_t j = 0; j < filled.size(); ++j) {
    bool beside =
        (j > 0 && runs[j - 1] && (*lines)[filled[j - 1]].page == (*lines)[filled[j]].page) ||
        (j + 1 < filled.size() && runs[j + 1] &&
         (*lines)[filled[j + 1]].page == (*lines)[filled[j]].page);
    if (runs[j] && beside) (*lines)[filled[j]].role = LineRole::kFurniture;
  }
}

}  // namespace redovis
