// Which keys a rule fills, and in which sections of its edition: the one
// reading of a rule's key templates (`{VAR}` stands for one part between
// dots), for `explain` (why a key is null) and the checker (a question whose
// label was never found).
//
// In: a loaded Edition and its rules. Out: answers only. Pure; internal to
// the library.
#ifndef REDOVIS_PATTERNS_RULE_KEYS_H_
#define REDOVIS_PATTERNS_RULE_KEYS_H_

#include <string>
#include <vector>

#include "redovis/patterns.h"

namespace redovis {

/// True when `rule` asks `key`'s question: one of its keys, column keys or
/// its choice key is `key` (a `{VAR}` in a template stands for any one part
/// between dots); where its label is found, the matcher notes the place of
/// each of these (Record::places).
bool RuleAsks(const Rule& rule, const std::string& key);

/// True when `rule` may give `key` a value: RuleAsks, or a parameter's key
/// is `key` (`phone=contact.person_phone`: read inside another question's
/// answer, no question of its own).
bool RuleFills(const Rule& rule, const std::string& key);

/// The rules of `edition` that may give `key` a value, in file order.
std::vector<const Rule*> RulesFilling(const Edition& edition, const std::string& key);

/// The sections of `edition` whose rules may give `key` a value, in the
/// order the form's headings name them (`edition.sections`), "*" (rules
/// that apply everywhere) last; empty when no rule fills it.
std::vector<std::string> SectionsFilling(const Edition& edition, const std::string& key);

}  // namespace redovis

#endif  // REDOVIS_PATTERNS_RULE_KEYS_H_
