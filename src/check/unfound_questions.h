// The questions of a report's form that the matcher never found: a key the
// edition asks for, that a rule of it could fill, with no value and no place
// (no line matched any of its rules: its label, or its section's heading, was
// not seen). Such a null is the tool's, never the municipality's blank: the
// answer may stand in a shape the tool does not read (a retyped form, a
// converter's layout), or the municipality left the question out of its form;
// which of the two cannot be told. A key whose label was found and whose
// place is empty is not one (the municipality's blank: `required_missing` for
// a required key, nothing for another); nor a key the form derives
// (`derived` in checks.rules). A key no rule asks, read only inside another
// question's answer (a phone number in the contact person's cell), is one
// only where that question was not found either (its own answer may hold
// it); where it was, an empty key is the answer's (`not_on_form`).
//
// In: the PatternSet, the report's Edition and its Record as the matcher left
// it (`places` holds where each key's label was found). Out: answers only;
// the checker makes the findings (kinds `not_found`, `unfound`) and keeps its
// comparing checks off such keys. Pure.
#ifndef REDOVIS_CHECK_UNFOUND_QUESTIONS_H_
#define REDOVIS_CHECK_UNFOUND_QUESTIONS_H_

#include <string>
#include <vector>

#include "redovis/patterns.h"
#include "redovis/record.h"

namespace redovis {

/// True when the matcher never found `key`'s question in `record`: `record`
/// asks for it, has no value and no place for it, a rule of `edition` asks
/// its question (patterns/rule_keys.h RuleAsks) and it is not a derived key.
/// A key read only inside another question's answer (`phone=
/// contact.person_phone`, RuleFills) counts where every rule filling it
/// asks a key of its own that has neither value nor place.
bool QuestionNotFound(const PatternSet& patterns, const Edition& edition, const Record& record,
                      const std::string& key);

/// Questions not found that share the form's section.
struct UnfoundGroup {
  std::string section;            ///< the first section whose rules fill them ("*": anywhere)
  std::vector<std::string> keys;  ///< in `record.asked`'s (the catalogue's) order
};

/// The keys QuestionNotFound holds for, except those `edition` requires
/// (the `not_found` check names each of them) and those a finding already
/// names, grouped by the first section whose rules fill them
/// (patterns/rule_keys.h SectionsFilling); the groups in the order of
/// their first key.
std::vector<UnfoundGroup> UnfoundQuestions(const PatternSet& patterns, const Edition& edition,
                                           const Record& record);

}  // namespace redovis

#endif  // REDOVIS_CHECK_UNFOUND_QUESTIONS_H_
