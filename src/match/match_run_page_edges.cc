// A walk's values at the edges of pages that are out of order
// (DistrustPageEdges, match_run.h): a value whose lines touch a page's edge
// is only as whole as the page order proves, and the pages prove none.
#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "match/match_run.h"
#include "match/match_run_text.h"

namespace redovis {

bool MatchRun::NextSectionOpens(const std::string& section, size_t idx) const {
  const LineUseAt& at = uses_[idx - seg_.begin];
  if (at.use != LineUse::kHeading) return false;
  for (size_t i = 0; i + 1 < ed_.sections.size(); ++i)
    if (ed_.sections[i].name == section) return ed_.sections[i + 1].name == at.section;
  return false;
}

bool MatchRun::TouchesPageEdge(const Rule* rule, const Value& value, size_t first,
                               size_t last) const {
  auto content = [&](size_t k) {
    return View(k).first >= 0 && View(k).line->role == LineRole::kContent;
  };
  // Down: a text's or a list's lines (its own, a free text's after its
  // label, a value under its label) up to its page's last content line.
  const int last_page = View(last).line->page;
  const bool may_run_on = (value.is_text() || value.is_list()) &&
                          !(rule && (rule->transform == "email" || rule->transform == "phone" ||
                                     rule->transform == "postcode"));
  for (size_t k = last + 1; may_run_on; ++k) {
    if (k >= seg_.end) return true;
    if (!content(k)) continue;
    if (View(k).line->page != last_page)
      return !NextSectionOpens(uses_[first - seg_.begin].section, k);
    const LineUse use = uses_[k - seg_.begin].use;
    if (use != LineUse::kAnswerText && use != LineUse::kConsumed) break;
  }
  // A row's group named on another page.
  const LineUseAt& at = uses_[first - seg_.begin];
  const int page = View(first).line->page;
  if (rule && at.vars_page > 0 && at.vars_page != page) {
    std::vector<std::string> templates = rule->keys;
    for (const auto& [col, key] : rule->column_keys) templates.push_back(key);
    templates.push_back(rule->choice_key);
    for (const std::string& t : templates)
      if (t.find('{') != std::string::npos) return true;
  }
  // Up: a section heading of the value's own page; else the line read by
  // another section too.
  for (size_t k = first + 1; k-- > seg_.begin;) {
    if (View(k).line->page != page)
      return View(first).first >= 0 &&
             ReadByAnotherSection(ed_, at.section, View(first), parser_, &cache_);
    if (uses_[k - seg_.begin].use == LineUse::kHeading) return false;
  }
  return false;  // the report's first page, before its first heading: its opening's
}

void MatchRun::DistrustPageEdges() {
  if (!pages_out_of_order_) return;
  std::map<std::pair<int, int>, size_t> at;  // (page, number) -> line index
  for (size_t i = seg_.begin; i < seg_.end; ++i)
    at.emplace(std::make_pair(doc_.lines[i].page, doc_.lines[i].number), i);
  std::vector<std::pair<std::string, size_t>> taken;
  for (const auto& [key, p] : assigner_.record().provenance) {
    auto it = at.find({p.page, p.line});
    if (p.page <= 0 || it == at.end()) continue;
    size_t first = it->second, last = it->second;
    // A list's lines are its options'.
    for (const auto& [list, hits] : options_)
      if (list == key)
        for (const OptionHit& h : hits)
          if (h.line >= seg_.begin && h.line < seg_.end)
            first = std::min(first, h.line), last = std::max(last, h.line);
    const Rule* rule = nullptr;
    for (const auto& r : ed_.rules)
      if (r->id == p.rule) rule = r.get();
    if (TouchesPageEdge(rule, assigner_.record().Get(key), first, last))
      taken.emplace_back(key, it->second);
  }
  for (const auto& [key, idx] : taken) {
    const std::string raw = assigner_.Withdraw(key);
    const Line& line = *View(idx).line;
    assigner_.AddFinding("warning", "pages_out_of_order", {key}, "unordered_page_edge",
                         {{"raw", raw}, {"page", std::to_string(line.page)}}, line);
  }
}

}  // namespace redovis
