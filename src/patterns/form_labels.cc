#include "patterns/form_labels.h"

#include <algorithm>
#include <map>
#include <string>

#include "base/text_util.h"

namespace redovis {

FormLabels::FormLabels(const PatternSet& patterns) {
  std::map<std::string, size_t> seen;  // a regex's text -> its label
  for (const auto& edition : patterns.editions())
    for (const auto& rule : edition->rules) {
      if (!rule->regex.anchored) continue;
      const bool row = rule->kind == RuleKind::kRow;
      auto [at, added] = seen.emplace(rule->regex.source, labels_.size());
      if (added)
        labels_.push_back({&rule->regex, row});
      else
        labels_[at->second].row = labels_[at->second].row || row;
    }
  std::map<std::string, bool> headings;  // a heading regex's text, seen
  for (const auto& edition : patterns.editions())
    for (const SectionHeading& h : edition->sections)
      if (h.regex.anchored && headings.emplace(h.regex.source, true).second)
        headings_.push_back(&h.regex);
}

int FormLabels::HeadingAt(std::string_view text) {
  const std::string whole(text);
  const std::string folded = Fold(whole);
  const BytePairs pairs(folded);
  size_t longest = 0;
  for (const Pattern* heading : headings_) {
    if (!MayMatch(*heading, folded, &pairs)) continue;
    RegexMatch match;
    // A heading read off its text (a look-ahead: "(?=Ombuden har erbjudits
    // utbildning)") opens at a question, no heading's words of its own: none.
    if (!RegexFind(*heading, whole, &match, &cache_) || match.start != 0 || match.groups.empty() ||
        match.groups[0].empty())
      continue;
    longest = std::max(longest, match.groups[0].size());
  }
  return static_cast<int>(longest);
}

int FormLabels::At(std::string_view text) {
  const std::string whole(text);
  const std::string folded = Fold(whole);
  const BytePairs pairs(folded);
  size_t row = 0, other = 0;
  bool row_found = false, other_found = false;
  for (const Label& label : labels_) {
    if (!MayMatch(*label.regex, folded, &pairs)) continue;
    RegexMatch match;
    if (!RegexFind(*label.regex, whole, &match, &cache_) || match.start != 0) continue;
    const size_t length = std::max<size_t>(1, match.groups.empty() ? 1 : match.groups[0].size());
    if (label.row) {
      row = std::max(row, length);
      row_found = true;
    } else {
      other = std::max(other, length);
      other_found = true;
    }
  }
  if (row_found) return static_cast<int>(row);
  return other_found ? -static_cast<int>(other) : 0;
}

}  // namespace redovis
