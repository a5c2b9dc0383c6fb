#include "read/text/page_edges.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <functional>
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

/// A run of page numbers (`run`, places in the text's non-blank lines, the
/// first numbering page `first`, `start` the first place of the run's part
/// of the text): those that open their page go into `*opening`. A page's
/// number stands at its page's top or foot: the pages before the run's
/// first one (its lines over the run's lines a page) tell which. One page
/// fewer than its number: it opens its page (a header, or a marker written
/// for a form feed); as many: it ends it (a footer).
void Numbered(const std::vector<size_t>& run, int first, size_t start, std::set<size_t>* opening) {
  const double per_page =
      static_cast<double>(run.back() - run.front()) / static_cast<double>(run.size() - 1);
  const long before = std::lround(static_cast<double>(run.front() - start) / per_page);
  if (before + 1 == first) opening->insert(run.begin(), run.end());
}

/// A line holding a number alone: its place in the text's non-blank lines,
/// the number, and its character column.
struct BareLine {
  size_t place;
  int number;
  double column;
};

/// The places (in `filled`, the text's non-blank lines; `bare`, those of
/// them holding a number alone, in order; `line_count` lines in all) of a page's bare
/// number on each page of a text whose page breaks are lost: lines holding
/// a number alone (BarePageNumber), 1 or 2 first and each the one before plus
/// one (or two, a page in four at most left without its number), within
/// kColumns character columns of the first, four or more, every one at least
/// kLeast lines (blank or not) after the one before, no gap more than
/// kSpread times another nor kNearMiddle from the middle one, no more text before the first than
/// its number's pages hold nor after the last than a page (and the text's last line, the next
/// number, however short its page). A value alone on its line
/// ("3") is common; so many in a row where pages would be is not. The
/// longest such run (then the one passing over fewest pages, with most
/// numbers apart from the text above them, evenest); empty when there is
/// none, two different ones as good, or too many lines to try (kBudget).
std::vector<size_t> BareNumberChain(size_t line_count, const std::vector<size_t>& filled,
                                    const std::vector<BareLine>& bare) {
  constexpr size_t kLeast = 20;
  constexpr double kSpread = 2.5;
  constexpr double kNearMiddle = 1.6;
  constexpr double kEvenBy = 0.1;  // gaps this much nearer the middle one are evener
  // Character columns a number may stand from the first's: `pdftotext
  // -layout` sets a centred footer's number a column or three apart from
  // page to page.
  constexpr double kColumns = 4;
  // Each number's lines, in order (their indices in `bare`).
  std::map<int, std::vector<size_t>> by_number;
  for (size_t i = 0; i < bare.size(); ++i) by_number[bare[i].number].push_back(i);
  // Every run from each start (1 or 2), depth first: a number may have
  // several lines to be (a count "2" under a label of page 1 and page 2's
  // number), and the gaps tell which. A text of many bare numbers gives up
  // past kBudget steps.
  constexpr size_t kBudget = 20000;
  size_t steps = 0;
  struct Run {
    std::vector<size_t> at;  // by index in `bare`
    int skipped;             // pages passed over
    size_t apart;            // numbers with a blank line over them
    double uneven;           // its gaps' distance from the middle one's
  };
  std::vector<Run> runs;  // the valid ones
  std::vector<size_t> chain;
  // Every page's gap (a gap passing over a page counting as two pages') near
  // the middle one, within kNearMiddle of it: a count on the way halves one
  // gap and lengthens the next. Returns how far the gaps stand from the
  // middle one, in all, in the middle one's lines (0: all alike), or -1
  // when the run is no run of a text's pages.
  auto uneven = [&](size_t least, size_t most) -> double {
    if (chain.size() < 4) return -1;
    const size_t first = filled[bare[chain.front()].place];
    const size_t after = line_count - filled[bare[chain.back()].place];
    if (static_cast<double>(most) > kSpread * static_cast<double>(least) ||
        static_cast<double>(first) > 1.5 * static_cast<double>(most) * bare[chain.front()].number ||
        static_cast<double>(after) > 1.5 * static_cast<double>(most))
      return -1;
    std::vector<double> gaps;
    for (size_t i = 1; i < chain.size(); ++i)
      gaps.push_back(
          static_cast<double>(filled[bare[chain[i]].place] - filled[bare[chain[i - 1]].place]) /
          (bare[chain[i]].number - bare[chain[i - 1]].number));
    std::vector<double> sorted = gaps;
    std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
    const double middle = sorted[sorted.size() / 2];
    double off = 0;
    for (double g : gaps) {
      if (g > kNearMiddle * middle || g * kNearMiddle < middle) return -1;
      off += std::abs(g - middle) / middle;
    }
    return off;
  };
  // A line with a blank line over it: a page's footer stands apart from
  // the page's text, a row's counts stand together.
  auto apart = [&](size_t place) { return place == 0 || filled[place - 1] + 1 < filled[place]; };
  // A page whose number the layout set elsewhere (beside a line of text, at
  // another column) may be passed over, one in four at most: its gap counts
  // as its pages' (`skipped`).
  int skipped = 0;
  std::function<void(size_t, size_t)> extend = [&](size_t least, size_t most) {
    if (++steps > kBudget) return;
    const BareLine& last = bare[chain.back()];
    bool longer = false;
    // The next page's number, or the one after it (a page passed over).
    for (int pages = 1; pages <= 2; ++pages) {
      auto next = by_number.find(last.number + pages);
      if (next == by_number.end() || (pages == 2 && 4 * (skipped + 1) > last.number + pages))
        continue;
      for (size_t t : next->second) {
        if (t <= chain.back()) continue;
        if (++steps > kBudget) return;
        if (std::abs(bare[t].column - bare[chain.front()].column) > kColumns ||
            filled[bare[t].place] < filled[last.place] + kLeast * static_cast<size_t>(pages))
          continue;
        const size_t gap =
            (filled[bare[t].place] - filled[last.place]) / static_cast<size_t>(pages);
        const size_t l = std::min(least, gap), m = std::max(most, gap);
        if (static_cast<double>(m) > kSpread * static_cast<double>(l)) continue;
        longer = true;
        chain.push_back(t);
        skipped += pages - 1;
        extend(l, m);
        skipped -= pages - 1;
        chain.pop_back();
      }
    }
    if (longer) return;
    if (const double off = uneven(least, most); off >= 0) {
      size_t alone = 0;
      for (size_t i : chain) alone += apart(bare[i].place) ? 1 : 0;
      runs.push_back({chain, skipped, alone, off});
    }
  };
  for (size_t s = 0; s < bare.size(); ++s) {
    if (bare[s].number > 2) continue;
    chain = {s};
    extend(SIZE_MAX, 0);
  }
  if (steps > kBudget) return {};
  // The longest run, of those the one passing over the fewest pages, of
  // those the one with the most numbers apart, of those the evenest by
  // kEvenBy (a run inside it, from its second page or passing over one of
  // its numbers, or through a count on the way, is shorter, passes over
  // more, takes a count among a row's or is less even); two different runs
  // as good: neither is told.
  std::vector<size_t> found;
  auto better = [](const Run& a, const Run& b) {
    if (a.at.size() != b.at.size()) return a.at.size() > b.at.size();
    if (a.skipped != b.skipped) return a.skipped < b.skipped;
    if (a.apart != b.apart) return a.apart > b.apart;
    return a.uneven + kEvenBy < b.uneven;
  };
  const Run* top = nullptr;
  for (const Run& r : runs)
    if (!top || better(r, *top)) top = &r;
  if (!top) return found;
  for (const Run& r : runs)
    if (&r != top && !better(*top, r) && r.at != top->at) return found;
  const std::vector<size_t>* best = &top->at;
  for (size_t i : *best) found.push_back(bare[i].place);
  // The last page's number as the text's last line, however short that page.
  const BareLine& end = bare.back();
  if (end.place + 1 == filled.size() && end.number == bare[best->back()].number + 1 &&
      std::abs(end.column - bare[best->front()].column) <= kColumns)
    found.push_back(end.place);
  return found;
}

/// MarkPageEdges for a text whose page breaks are lost (no line has a page).
void MarkCountedPageLines(std::vector<Line>* lines) {
  // The non-blank lines, and those ending in a page count or numbering a
  // page by their key. A line's key is made again where it is needed, never
  // kept for every line (a 50 MB text has a million lines).
  std::vector<size_t> filled;
  // A line ending in a page count "n/m", or a page's number on a line of its
  // own ("Sida 3 av 8", "- 3 -": `numbered`, NumberedPageLine): its place in
  // `filled`, the count, and its text (kept once: the counted lines are few).
  struct Counted {
    size_t place;
    PageCount count;
    std::string text;
    bool numbered = false;
  };
  std::map<std::string, std::vector<Counted>> counted;  // by key
  std::vector<BareLine> bare;                           // lines of a number alone
  for (size_t k = 0; k < lines->size(); ++k) {
    const Line& l = (*lines)[k];
    if (l.page != 0 || l.Blank()) continue;
    std::string text = l.SpacedText();
    if (const int v = BarePageNumber(text)) {
      double column = -1;
      for (const Cell& c : l.cells)
        if (!c.text.empty()) {
          column = c.x0;
          break;
        }
      bare.push_back(BareLine{filled.size(), v, column});
    } else if (auto count = TrailingPageCount(text)) {
      counted[RunningLineKey(text)].push_back(Counted{filled.size(), *count, std::move(text)});
    } else if (auto number = NumberedPageLine(text)) {
      std::string key = RunningLineKey(TrimSpaces(text));
      counted[key].push_back(Counted{filled.size(), *number, std::move(text), true});
    }
    filled.push_back(k);
  }
  auto key_at = [&](size_t j) { return RunningLineKey((*lines)[filled[j]].SpacedText()); };
  std::set<size_t> counters;  // places in `filled` of the page-count lines
  std::set<size_t> opening;   // those of `counters` that open their page
  for (const auto& [key, places] : counted) {
    // Runs of one count of pages, each page's number above the one before
    // (a bundle of reports printed from a browser has one run a report); a
    // page's number without "/" rising by one from line to line.
    auto take = [&](size_t from, size_t to) {
      const int pages = places[from].count.pages;
      const bool numbered = places[from].numbered;
      if (to - from < 3 || (!numbered && !Wordy(key, TrimSpaces(places[from].text))) ||
          ((!numbered || pages > 0) && static_cast<int>(to - from) > pages))
        return;
      std::vector<size_t> run;
      for (size_t i = from; i < to; ++i) run.push_back(places[i].place);
      counters.insert(run.begin(), run.end());
      if (numbered)
        Numbered(run, places[from].count.page, from == 0 ? 0 : places[from - 1].place + 1,
                 &opening);
    };
    size_t from = 0;
    for (size_t i = 1; i <= places.size(); ++i)
      if (i == places.size() || places[i].numbered != places[from].numbered ||
          (places[i].numbered ? places[i].count.page != places[i - 1].count.page + 1
                              : places[i].count.page <= places[i - 1].count.page) ||
          places[i].count.pages != places[from].count.pages) {
        take(from, i);
        from = i;
      }
  }
  if (counters.empty()) {
    // Nothing else numbers the pages: a bare number that does (a page's
    // footer "3" kept by `pdftotext -layout -nopgbrk`).
    std::vector<size_t> chain = BareNumberChain(lines->size(), filled, bare);
    if (chain.empty()) return;
    counters.insert(chain.begin(), chain.end());
    Numbered(chain, BarePageNumber((*lines)[filled[chain[0]]].SpacedText()), 0, &opening);
  }
  for (size_t j : counters) {
    Line& l = (*lines)[filled[j]];
    l.role = LineRole::kFurniture;
    if (!HasRunningLineWords(l.SpacedText())) l.origin = kPageNumberOrigin;
  }
  // The page counts give the pages back: a page ends at its count (or
  // starts at a page's number that opens it), the last one's blank lines
  // after it its own.
  const bool text_after = *counters.rbegin() + 1 < filled.size();
  // Two counts together (a browser's "4/6" over the page's own "Sida 4 av
  // 6") turn one page: a count turns it only after a line of text.
  int page = 1;
  bool on_page = false;  // a filled line other than a count has this page
  for (size_t j = 0, k = 0; k < lines->size(); ++k) {
    const bool is_filled = j < filled.size() && filled[j] == k;
    if (is_filled && opening.count(j) > 0 && on_page) ++page, on_page = false;
    (*lines)[k].page = page;
    if (!is_filled) continue;
    const bool count = counters.count(j++) > 0;
    if (!count) on_page = true;
    if (count && on_page && opening.count(j - 1) == 0 && (text_after || j < filled.size()))
      ++page, on_page = false;
  }
  // A line beside the page count at three of its places or more, and at
  // half of them, with the same text but for its digits, is the other
  // running line of the page's edge: a browser's date and title under the
  // page count of the page before. (Past another page count: a footer's
  // "1/7" and the next page's number "- 2 -" one over the other.) Half of
  // the pages, that is.
  for (int side = -1; side <= 1; side += 2) {
    std::map<std::string, std::set<size_t>> beside;
    for (size_t j : counters) {
      size_t o = j;
      do {
        if ((side < 0 && o == 0) || (side > 0 && o + 1 >= filled.size())) break;
        o = side < 0 ? o - 1 : o + 1;
      } while (counters.count(o) > 0);
      if (counters.count(o) > 0 || o == j) continue;
      std::string key = key_at(o);
      if (HasRunningLineWords(key)) beside[key].insert(o);
    }
    for (const auto& [key, places] : beside) {
      if (places.size() < std::max<size_t>(3, static_cast<size_t>(page + 1) / 2)) continue;
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
    // A count at a page's edge whose number rises with the pages is a page's
    // number ("3", "3 (8)": base/running_lines.h's RisingPageNumbers, by
    // key). (Not in the layer inside: a page's own count there is text.)
    std::map<std::string, std::pair<std::vector<EdgeNumber>, std::vector<size_t>>> counts;
    for (size_t i = 0; i < candidates.size() && layer == 0; ++i) {
      if (Wordy(candidates[i].key, texts[i])) continue;
      int number = BarePageNumber(texts[i]);
      if (number == 0)
        if (auto n = NumberedPageLine(texts[i])) number = n->page;
      if (number == 0) continue;
      auto& [numbers, places] = counts[candidates[i].key];
      numbers.push_back(EdgeNumber{candidates[i].edge, candidates[i].page, number});
      places.push_back(i);
    }
    for (const auto& [key, group] : counts)
      for (size_t n : RisingPageNumbers(group.first)) {
        const size_t i = group.second[n];
        (*lines)[at[i]].role = LineRole::kFurniture;
        (*lines)[at[i]].origin = kPageNumberOrigin;
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
