#include "patterns/rule_keys.h"

#include <algorithm>

namespace redovis {

namespace {

/// True when `key` from byte `k` is one of the keys `tmpl` from byte `t`
/// stands for.
bool TemplateMatches(const std::string& tmpl, size_t t, const std::string& key, size_t k) {
  if (t == tmpl.size()) return k == key.size();
  if (tmpl[t] == '{') {
    size_t close = tmpl.find('}', t);
    if (close == std::string::npos) return false;
    for (size_t end = k + 1; end <= key.size() && key[end - 1] != '.'; ++end)
      if (TemplateMatches(tmpl, close + 1, key, end)) return true;
    return false;
  }
  return k < key.size() && tmpl[t] == key[k] && TemplateMatches(tmpl, t + 1, key, k + 1);
}

}  // namespace

bool TemplateFits(const std::string& tmpl, const std::string& key) {
  return TemplateMatches(tmpl, 0, key, 0);
}

bool RuleAsks(const Rule& rule, const std::string& key) {
  for (const std::string& k : rule.keys)
    if (TemplateFits(k, key)) return true;
  for (const auto& [column, k] : rule.column_keys)
    if (TemplateFits(k, key)) return true;
  return !rule.choice_key.empty() && TemplateFits(rule.choice_key, key);
}

bool RuleAsksChoice(const Rule& rule, const std::string& key) {
  if (!rule.choice_key.empty() && TemplateFits(rule.choice_key, key)) return true;
  return rule.kind == RuleKind::kOption && !rule.keys.empty() && TemplateFits(rule.keys[0], key);
}

bool RuleFills(const Rule& rule, const std::string& key) {
  if (RuleAsks(rule, key)) return true;
  for (const auto& [name, k] : rule.params)
    if (k == key) return true;
  return false;
}

std::vector<const Rule*> RulesFilling(const Edition& edition, const std::string& key) {
  std::vector<const Rule*> out;
  for (const auto& r : edition.rules)
    if (RuleFills(*r, key)) out.push_back(r.get());
  return out;
}

std::vector<std::string> SectionsFilling(const Edition& edition, const std::string& key) {
  std::vector<std::string> out;
  auto fills = [&](const std::string& section) {
    auto in = edition.rules_by_section.find(section);
    if (in == edition.rules_by_section.end()) return false;
    return std::any_of(in->second.begin(), in->second.end(),
                       [&](const Rule* r) { return RuleFills(*r, key); });
  };
  for (const SectionHeading& h : edition.sections)
    if (std::find(out.begin(), out.end(), h.name) == out.end() && fills(h.name))
      out.push_back(h.name);
  // A section no heading starts (the report's opening) in name order, then "*".
  for (const auto& [section, rules] : edition.rules_by_section)
    if (section != "*" && std::find(out.begin(), out.end(), section) == out.end() && fills(section))
      out.push_back(section);
  if (fills("*")) out.push_back("*");
  return out;
}

bool HoldsOnlyPrinted(const PatternSet& patterns, const Edition& edition, const Record& record) {
  const std::vector<std::string>& derived = patterns.derived_keys();
  for (const auto& [key, value] : record.values) {
    if (value.is_list() && value.as_list().empty()) continue;
    if (std::find(edition.preprinted.begin(), edition.preprinted.end(), key) !=
        edition.preprinted.end())
      continue;
    if (std::find(derived.begin(), derived.end(), key) != derived.end()) continue;
    return false;
  }
  return true;
}

}  // namespace redovis
