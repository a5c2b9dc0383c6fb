#include "check/unfound_questions.h"

#include <algorithm>

#include "patterns/rule_keys.h"

namespace redovis {

namespace {

bool Holds(const std::vector<std::string>& keys, const std::string& key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

}  // namespace

bool QuestionNotFound(const PatternSet& patterns, const Edition& edition, const Record& record,
                      const std::string& key) {
  if (record.Has(key) || record.places.count(key) || !Holds(record.asked, key) ||
      Holds(patterns.derived_keys(), key))
    return false;
  return std::any_of(edition.rules.begin(), edition.rules.end(),
                     [&](const std::unique_ptr<Rule>& r) { return RuleAsks(*r, key); });
}

std::vector<UnfoundGroup> UnfoundQuestions(const PatternSet& patterns, const Edition& edition,
                                           const Record& record) {
  std::vector<UnfoundGroup> groups;
  for (const std::string& key : record.asked) {
    if (Holds(edition.required, key) || !QuestionNotFound(patterns, edition, record, key)) continue;
    bool named = std::any_of(record.findings.begin(), record.findings.end(),
                             [&](const Finding& f) { return Holds(f.keys, key); });
    if (named) continue;
    std::vector<std::string> sections = SectionsFilling(edition, key);
    const std::string section = sections.empty() ? "*" : sections.front();
    auto group = std::find_if(groups.begin(), groups.end(),
                              [&](const UnfoundGroup& g) { return g.section == section; });
    if (group == groups.end()) group = groups.insert(groups.end(), UnfoundGroup{section, {}});
    group->keys.push_back(key);
  }
  return groups;
}

}  // namespace redovis
