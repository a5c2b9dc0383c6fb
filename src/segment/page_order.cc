#include "segment/page_order.h"

#include <algorithm>
#include <climits>
#include <map>
#include <optional>
#include <set>

#include "base/running_lines.h"
#include "patterns/label.h"
#include "patterns/regex.h"
#include "patterns/regex_analysis.h"
#include "segment/segmenter.h"

namespace redovis {

namespace {

/// Places in the form's order, finer than its sections: the report's head
/// (its opening: the title, the year line; the wording of the rules `in
/// head`), then each section's heading and after it the section's own
/// wording (the labels of the rules `in` it).
constexpr int kHeadPlace = 1;
int HeadingPlace(size_t section) {
  return 2 * static_cast<int>(section) + 2;
}
int WordingPlace(size_t section) {
  return 2 * static_cast<int>(section) + 3;
}

/// What one page shows of its place.
struct PageEvidence {
  int page = 0;
  bool text = false;  ///< holds a content line with text
  int lo = INT_MAX;   ///< the first and last place its lines show
  int hi = INT_MIN;
  std::vector<PageCount> counts;  ///< "n/m" on its first or last line
  void Add(int place) {
    lo = std::min(lo, place);
    hi = std::max(hi, place);
  }
  bool HasPlace() const { return lo <= hi; }
};

/// A rule whose label opens a line (its regex anchored at the start), the
/// place of the one section (or the head) it is `in`, kNoPlace for a rule
/// in several sections (`in head identity`, `in access priority`) or
/// everywhere (`*`), and whether its label has words enough to place a line.
constexpr int kNoPlace = INT_MAX;
struct PlacedRule {
  const Rule* rule = nullptr;
  int place = kNoPlace;
  bool places = false;
};

/// The words a rule's label needs to place a line: a one-word label ("Ja",
/// "Kommun", "Titel") stands in many places of a form.
constexpr size_t kPlacingWords = 2;
/// The words of a line compared with the labels: more than a label has.
constexpr size_t kLabelWordsRead = 64;

/// `edition`'s rules whose labels open a line: anchored, with a label.
std::vector<PlacedRule> PlacedRules(const Edition& edition) {
  std::map<const Rule*, std::set<int>> places;
  for (const auto& [name, rules] : edition.rules_by_section) {
    int place = kNoPlace;  // "*": everywhere
    if (name == "head") place = kHeadPlace;
    for (size_t s = 0; s < edition.sections.size() && place == kNoPlace; ++s)
      if (edition.sections[s].name == name) place = WordingPlace(s);
    for (const Rule* r : rules) places[r].insert(place);
  }
  std::vector<PlacedRule> placed;
  for (const auto& [rule, at] : places)
    if (!rule->label_words.empty() && StartAnchored(rule->regex.source))
      placed.push_back({rule, at.size() == 1 ? *at.begin() : kNoPlace,
                        rule->label_words.size() >= kPlacingWords});
  return placed;
}

/// Whether a content line opens with a heading (LineHeadings), whose place
/// it adds; adds the place of the section whose rules' labels open the
/// line, word for word (no tolerance: an answer that opens with a word of a
/// label is no label), one with kPlacingWords or more among them. A line
/// whose labels stand in several places ("Om nej, ange varför." under
/// several questions, "Telefon" in the head and under the signature)
/// places nothing by them.
bool AddPlaces(const PatternSet& patterns, const Edition& edition,
               const std::vector<PlacedRule>& rules, const Line& line, MatcherCache* cache,
               PageEvidence* e) {
  if (line.role != LineRole::kContent) return false;
  const std::vector<LineHeading> headings = LineHeadings(patterns, &edition, line, cache);
  for (const LineHeading& h : headings) e->Add(HeadingPlace(h.section));
  const Cell* first = FirstCell(line);
  if (!first) return !headings.empty();
  const std::string fold = first->Folded();
  const BytePairs pairs(fold);
  icu::UnicodeString t;  // converted for the first rule past the prefilter
  std::vector<std::u32string> words;
  std::vector<int32_t> ends;
  int place = INT_MIN;  // none yet
  bool places = false;
  for (const PlacedRule& r : rules) {
    if (!MayMatch(r.rule->regex, fold, &pairs)) continue;
    if (t.isEmpty()) t = U(first->text);
    if (!RegexFind(r.rule->regex, t, nullptr, cache)) continue;
    if (words.empty()) words = LabelWords(t, &ends, kLabelWordsRead);
    if (!CompareLabel(r.rule->label_words, r.rule->label_closed, t, words, ends, LabelTolerance{})
             .within)
      continue;
    place = place == INT_MIN || place == r.place ? r.place : kNoPlace;
    places = places || r.places;
  }
  if (place != INT_MIN && place != kNoPlace && places) e->Add(place);
  return !headings.empty();
}

/// The page count on `line` (standing at its end or its start), if any.
std::optional<PageCount> CountOn(const Line& line) {
  std::string text = line.SpacedText();
  if (auto c = TrailingPageCount(text)) return c;
  return LeadingPageCount(text);
}

/// Whether `pages` (with text), in this order, agree with all their
/// evidence: each page's places from where the page with a place before
/// it ends on, counts rising. With `proven`, two pages that show one and
/// the same place alone do not (which comes first is not proven); without,
/// they do (nothing in them goes back).
bool Agrees(const std::vector<const PageEvidence*>& pages, bool proven = true) {
  int last_lo = INT_MIN, last_hi = INT_MIN, last_n = 0;
  for (const PageEvidence* p : pages) {
    if (p->HasPlace()) {
      // A place may show on two pages (a section's heading at a page's
      // foot, its first question over the next page; a section's wording
      // over a page break): the one with an earlier place or a later one is
      // proven on its side; two pages of that one place alone are not.
      if (p->lo < last_hi || (proven && p->lo == last_hi && p->hi == last_lo && last_lo == last_hi))
        return false;
      last_lo = p->lo;
      last_hi = p->hi;
    }
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
  MatcherCache cache;
  ReportSegmenter segmenter(patterns);
  int score = 0;
  bool known = false;
  const Edition* edition = segmenter.Detect(doc, 0, doc.lines.size(), &score, &known);
  if (!edition || !known) return {};
  const std::vector<PlacedRule> rules = PlacedRules(*edition);
  for (size_t k = 0; k < pages.size(); ++k) {
    PageEvidence& p = pages[k];
    if (!p.text) continue;
    for (size_t i = ranges[k].first; i < ranges[k].second; ++i) {
      const Line& line = doc.lines[i];
      const bool heading = AddPlaces(patterns, *edition, rules, line, &cache, &p);
      // An opening that is no section's heading (the title, the year
      // line) is the head's: a heading block over a page break shows it on
      // both pages. A title repeated at every page's top is furniture.
      if (!heading && p.lo > kHeadPlace && line.role == LineRole::kContent &&
          OpensReport(patterns, line, &cache))
        p.Add(kHeadPlace);
    }
    // The page's first and last lines with text, for a printed count.
    size_t b = ranges[k].first, e = ranges[k].second;
    while (b < e && doc.lines[b].Blank()) ++b;
    while (e > b && doc.lines[e - 1].Blank()) --e;
    if (b == e) continue;
    if (auto c = CountOn(doc.lines[b])) p.counts.push_back(*c);
    if (e - 1 != b)
      if (auto c = CountOn(doc.lines[e - 1])) p.counts.push_back(*c);
  }
  std::vector<const PageEvidence*> lying;
  for (const PageEvidence& p : pages)
    if (p.text) lying.push_back(&p);
  // The order by the form's places, where every page shows one; else by
  // the counts, where every page shows one of one m.
  bool by_sections =
      std::all_of(lying.begin(), lying.end(), [](const PageEvidence* p) { return p->HasPlace(); });
  std::set<int> ns;
  bool by_counts = std::all_of(lying.begin(), lying.end(), [&](const PageEvidence* p) {
    return p->counts.size() == 1 && p->counts[0].pages == lying[0]->counts[0].pages &&
           ns.insert(p->counts[0].page).second;
  });
  // One report's pages whose own evidence disagrees with the order they lie
  // in (a heading before the opening, sections going back, counts falling);
  // two pages of one place alone go back nowhere (a section's heading the
  // edition does not know, "6. Organisation ..." where it prints 5, left
  // two pages of its questions showing one place).
  const bool disagree = !Agrees(lying, /*proven=*/false) && segmenter.Find(doc).size() == 1;
  if (out_of_order) *out_of_order = disagree;
  std::vector<const PageEvidence*> proven = lying;
  if (by_sections)
    std::stable_sort(proven.begin(), proven.end(),
                     [&](const PageEvidence* a, const PageEvidence* b) {
                       return a->lo < b->lo || (a->lo == b->lo && a->hi < b->hi);
                     });
  else if (by_counts)
    std::stable_sort(proven.begin(), proven.end(),
                     [](const PageEvidence* a, const PageEvidence* b) {
                       return a->counts[0].page < b->counts[0].page;
                     });
  else
    return {};
  if (!Agrees(proven) || proven == lying) return {};
  // Never across reports: a document the segmenter cuts in two as it lies.
  if (segmenter.Find(doc).size() > 1) return {};
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
