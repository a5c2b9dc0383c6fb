#include "segment/page_order.h"

#include <algorithm>
#include <climits>
#include <map>
#include <optional>
#include <set>

#include "base/running_lines.h"
#include "patterns/regex.h"
#include "segment/segmenter.h"

namespace redovis {

namespace {

/// What one page shows of its place.
struct PageEvidence {
  int page = 0;
  bool text = false;     ///< holds a content line with text
  bool opening = false;  ///< holds a report's opening
  int lo = INT_MAX;      ///< its headings' first and last place in the edition's list
  int hi = INT_MIN;
  std::vector<PageCount> counts;  ///< "n/m" on its first or last line
  bool HasHeading() const { return lo <= hi; }
};

/// The places in `edition`'s section list of the headings a content line
/// opens with (LineHeadings).
void AddHeadings(const PatternSet& patterns, const Edition& edition, const Line& line,
                 MatcherCache* cache, PageEvidence* e) {
  if (line.role != LineRole::kContent) return;
  for (const LineHeading& h : LineHeadings(patterns, &edition, line, cache)) {
    e->lo = std::min(e->lo, static_cast<int>(h.section));
    e->hi = std::max(e->hi, static_cast<int>(h.section));
  }
}

/// The page count on `line` (standing at its end or its start), if any.
std::optional<PageCount> CountOn(const Line& line) {
  std::string text = line.SpacedText();
  if (auto c = TrailingPageCount(text)) return c;
  return LeadingPageCount(text);
}

/// Whether `pages` (with text), in this order, agree with all their
/// evidence: each page's headings before the next headed page's, the
/// opening's page before every headed page, counts rising.
bool Agrees(const std::vector<const PageEvidence*>& pages) {
  int last_lo = INT_MIN, last_hi = INT_MIN, last_n = 0;
  for (const PageEvidence* p : pages) {
    if (p->opening && last_hi > INT_MIN) return false;  // a heading before the opening
    if (p->HasHeading()) {
      // A section's heading may match on the page before too (its title at
      // a page's foot, its first question over the next page): the pages
      // share that section, and the one with an earlier section or a later
      // one is proven on its side; two pages of that one section alone are
      // not.
      if (p->lo < last_hi || (p->lo == last_hi && p->hi == last_lo && last_lo == last_hi))
        return false;
      last_lo = p->lo;
      last_hi = p->hi;
    }
    if (p->opening) last_hi = std::max(last_hi, -1);
    if (p->counts.size() > 1) return false;  // two counts on one page
    if (p->counts.size() == 1) {
      if (p->counts[0].page <= last_n) return false;
      last_n = p->counts[0].page;
    }
  }
  return true;
}

}  // namespace

std::vector<int> ProvenPageOrder(const PatternSet& patterns, const Document& doc,
                                 bool* out_of_order) {
  if (out_of_order) *out_of_order = false;
  // The pages in the order they lie, each with its lines' range.
  std::vector<PageEvidence> pages;
  std::vector<std::pair<size_t, size_t>> ranges;
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    int page = doc.lines[i].page;
    if (page <= 0) return {};
    if (pages.empty() || pages.back().page != page) {
      for (const PageEvidence& p : pages)
        if (p.page == page) return {};  // a page met twice: no order of pages
      pages.push_back(PageEvidence{});
      pages.back().page = page;
      ranges.push_back({i, i});
    }
    ranges.back().second = i + 1;
    const Line& line = doc.lines[i];
    if (line.role == LineRole::kContent && !line.Blank()) pages.back().text = true;
  }
  size_t with_text = 0;
  for (const PageEvidence& p : pages) with_text += p.text;
  if (with_text < 2) return {};
  // A report that opens on its first page with text is read as it lies
  // (only whether its pages disagree with their evidence is looked at).
  MatcherCache cache;
  size_t first = 0;
  while (!pages[first].text) ++first;
  bool first_opens = false;
  for (size_t i = ranges[first].first; i < ranges[first].second && !first_opens; ++i)
    first_opens = OpensReport(patterns, doc.lines[i], &cache);
  if (first_opens && !out_of_order) return {};
  ReportSegmenter segmenter(patterns);
  int score = 0;
  bool known = false;
  const Edition* edition = segmenter.Detect(doc, 0, doc.lines.size(), &score, &known);
  if (!edition || !known) return {};
  size_t opening_pages = 0;
  for (size_t k = 0; k < pages.size(); ++k) {
    PageEvidence& p = pages[k];
    if (!p.text) continue;
    for (size_t i = ranges[k].first; i < ranges[k].second; ++i) {
      const Line& line = doc.lines[i];
      AddHeadings(patterns, *edition, line, &cache, &p);
      if (!p.opening && OpensReport(patterns, line, &cache)) p.opening = true;
    }
    opening_pages += p.opening;
    // The page's first and last lines with text, for a printed count.
    size_t b = ranges[k].first, e = ranges[k].second;
    while (b < e && doc.lines[b].Blank()) ++b;
    while (e > b && doc.lines[e - 1].Blank()) --e;
    if (b == e) continue;
    if (auto c = CountOn(doc.lines[b])) p.counts.push_back(*c);
    if (e - 1 != b)
      if (auto c = CountOn(doc.lines[e - 1])) p.counts.push_back(*c);
  }
  // Openings on two pages or more (two reports, a title repeated on every
  // page) place no page.
  if (opening_pages > 1)
    for (PageEvidence& p : pages) p.opening = false;
  std::vector<const PageEvidence*> lying;
  for (const PageEvidence& p : pages)
    if (p.text) lying.push_back(&p);
  // The order by the sections, where every page holds a heading or the
  // opening; else by the counts, where every page shows one of one m.
  auto place = [](const PageEvidence* p) { return p->opening ? -1 : p->lo; };
  bool by_sections = std::all_of(lying.begin(), lying.end(), [](const PageEvidence* p) {
    return p->HasHeading() || p->opening;
  });
  std::set<int> ns;
  bool by_counts = std::all_of(lying.begin(), lying.end(), [&](const PageEvidence* p) {
    return p->counts.size() == 1 && p->counts[0].pages == lying[0]->counts[0].pages &&
           ns.insert(p->counts[0].page).second;
  });
  // One report's pages whose own evidence disagrees with the order they lie
  // in (a heading before the opening, sections going back, counts falling).
  const bool disagree = !Agrees(lying) && segmenter.Find(doc).size() == 1;
  if (out_of_order) *out_of_order = disagree;
  if (first_opens) return {};
  std::vector<const PageEvidence*> proven = lying;
  if (by_sections)
    std::stable_sort(proven.begin(), proven.end(),
                     [&](const PageEvidence* a, const PageEvidence* b) {
                       return place(a) < place(b) || (place(a) == place(b) && a->hi < b->hi);
                     });
  else if (by_counts)
    std::stable_sort(proven.begin(), proven.end(),
                     [](const PageEvidence* a, const PageEvidence* b) {
                       return a->counts[0].page < b->counts[0].page;
                     });
  else
    return {};
  if (!Agrees(proven) || proven == lying) return {};
  if (out_of_order) *out_of_order = false;  // put in order
  // Each page without text goes with the page it followed (those before
  // the first page with text stay first).
  std::vector<int> order;
  size_t k = 0;
  for (; k < pages.size() && !pages[k].text; ++k) order.push_back(pages[k].page);
  for (const PageEvidence* p : proven) {
    size_t at = static_cast<size_t>(p - pages.data());
    order.push_back(p->page);
    for (size_t j = at + 1; j < pages.size() && !pages[j].text; ++j) order.push_back(pages[j].page);
  }
  return order;
}

void PutPagesInOrder(const std::vector<int>& order, Document* doc) {
  std::map<int, size_t> rank;
  for (size_t k = 0; k < order.size(); ++k) rank.emplace(order[k], k);
  auto rank_of = [&](const Line& line) {
    auto it = rank.find(line.page);
    return it == rank.end() ? order.size() : it->second;
  };
  std::stable_sort(doc->lines.begin(), doc->lines.end(),
                   [&](const Line& a, const Line& b) { return rank_of(a) < rank_of(b); });
}

namespace {
constexpr char kPageOrderNote[] = "pages read in the order ";
constexpr char kPagesOutOfOrderNote[] = "pages out of order, read as they lie";
}  // namespace

std::string PagesOutOfOrderNote() {
  return kPagesOutOfOrderNote;
}

bool IsPagesOutOfOrderNote(const std::string& note) {
  return note == kPagesOutOfOrderNote;
}

std::string PageOrderNote(const std::vector<int>& order) {
  std::string note = kPageOrderNote;
  for (size_t k = 0; k < order.size(); ++k) note += (k ? ", " : "") + std::to_string(order[k]);
  return note;
}

bool IsPageOrderNote(const std::string& note, std::string* pages) {
  const std::string_view prefix = kPageOrderNote;
  if (note.size() <= prefix.size() || note.compare(0, prefix.size(), prefix) != 0) return false;
  *pages = note.substr(prefix.size());
  return true;
}

}  // namespace redovis
