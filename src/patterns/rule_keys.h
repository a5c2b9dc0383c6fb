// Which keys a rule fills, and in which sections of its edition: the one
// reading of a rule's key templates (`{VAR}` stands for one part between
// dots), for `explain` (why a key is null), the checker (a question whose
// label was never found) and the matcher (a choice whose marks the document
// does not show: match/unshown_marks.h).
//
// In: a loaded Edition and its rules. Out: answers only. Pure; internal to
// the library.
#ifndef REDOVIS_PATTERNS_RULE_KEYS_H_
#define REDOVIS_PATTERNS_RULE_KEYS_H_

#include <string>
#include <vector>

#include "redovis/patterns.h"
#include "redovis/record.h"

namespace redovis {

/// True when `key` is one of the keys the template `tmpl` stands for (a `{VAR}` stands for any
/// one part between dots: "clients.{grp}.women" and "clients.new.women"); false for a template
/// with an unclosed `{`.
bool TemplateFits(const std::string& tmpl, const std::string& key);

/// True when `rule` asks `key`'s question: one of its keys, column keys or
/// its choice key is `key` (a `{VAR}` in a template stands for any one part
/// between dots); where its label is found, the matcher notes the place of
/// each of these (Record::places).
bool RuleAsks(const Rule& rule, const std::string& key);

/// True when `rule` asks `key` as a choice, answered by a mark: its choice
/// key (a row's Ja/Nej columns, a question's `choice=`) or, for an
/// `option` rule, its list's key.
bool RuleAsksChoice(const Rule& rule, const std::string& key);

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

/// True when `record` holds no answer beyond what the blank form prints
/// (`edition`'s `preprinted` keys) and the keys redovis derives (the
/// patterns' `derived`), an empty list counting as none: a blank form. The
/// checker's status `blank` and the matcher's unshown marks ask it.
bool HoldsOnlyPrinted(const PatternSet& patterns, const Edition& edition, const Record& record);

}  // namespace redovis

#endif  // REDOVIS_PATTERNS_RULE_KEYS_H_
