#include "patterns/form_labels.h"

#include <algorithm>
#include <map>
#include <set>
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
  std::set<std::string> headings;  // each heading regex's text, seen
  for (const auto& edition : patterns.editions())
    for (const SectionHeading& h : edition->sections)
      if (h.regex.anchored && headings.insert(h.regex.source).second) headings_.push_back(&h.regex);
}

// `text`, its fold and the fold's byte pairs, made once for every regex.
struct FormLabels::Text {
  explicit Text(std::string_view t) : whole(t), folded(Fold(whole)), pairs(folded) {}
  std::string whole;
  std::string folded;
  BytePairs pairs;
};

size_t FormLabels::MatchAtStart(const Pattern& regex, const Text& text) {
  if (!MayMatch(regex, text.folded, &text.pairs)) return std::string::npos;
  RegexMatch match;
  if (!RegexFind(regex, text.whole, &match, &cache_) || match.start != 0) return std::string::npos;
  return match.groups.empty() ? 0 : match.groups[0].size();
}

int FormLabels::HeadingAt(std::string_view text_in) {
  const Text text(text_in);
  size_t longest = 0;
  for (const Pattern* heading : headings_) {
    // A heading read off its text (a look-ahead: "(?=Ombuden har erbjudits
    // utbildning)") opens at a question, no heading's words of its own: none.
    const size_t length = MatchAtStart(*heading, text);
    if (length != std::string::npos) longest = std::max(longest, length);
  }
  return static_cast<int>(longest);
}

int FormLabels::At(std::string_view text_in) {
  const Text text(text_in);
  size_t row = 0, other = 0;
  bool row_found = false, other_found = false;
  for (const Label& label : labels_) {
    const size_t matched = MatchAtStart(*label.regex, text);
    if (matched == std::string::npos) continue;
    const size_t length = std::max<size_t>(1, matched);
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
