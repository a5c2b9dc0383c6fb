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
  if (std::any_of(edition.rules.begin(), edition.rules.end(),
                  [&](const std::unique_ptr<Rule>& r) { return RuleAsks(*r, key); }))
    return true;
  // A key read only inside another question's answer (`phone=
  // contact.person_phone`): not found where no question whose answer may
  // hold it was found (each such rule asks a key of its own with no value
  // and no place).
  bool filled = false;
  for (const std::unique_ptr<Rule>& r : edition.rules) {
    if (!RuleFills(*r, key)) continue;
    filled = true;
    const bool host_unfound =
        std::any_of(r->keys.begin(), r->keys.end(), [&](const std::string& k) {
          return k != key && RuleAsks(*r, k) && Holds(record.asked, k) && !record.Has(k) &&
                 !record.places.count(k);
        });
    if (!host_unfound) return false;
  }
  return filled;
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
