// The checks of patterns/checks.rules (patterns/README.md, "Checks"): the
// kinds the checker knows (src/check/checker.cc runs them), how many keys
// each takes, of which types, the options each allows and the placeholders
// its message may use; and the parsing of one `check` line into a CheckRule.
//
// In: the tokens of a `check` line, with the catalogue, messages and rate
// tables loaded before it. Out: a CheckRule, or a "pattern_error" naming the
// line (`where`, "FILE:LINE") and what is wrong. No state, no I/O, never throws.
// A new check kind is a row of the kinds' table in check_rules.cc, its
// argument checks there, and its case in checker.cc.
#ifndef REDOVIS_PATTERNS_CHECK_RULES_H_
#define REDOVIS_PATTERNS_CHECK_RULES_H_

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "patterns/rule_tokens.h"
#include "redovis/patterns.h"
#include "redovis/status.h"

namespace redovis {

/// The `rate` tables of checks.rules: table name -> year -> amount.
using RateTables = std::map<std::string, std::map<int, double>>;

/// Parses `check CODE SEVERITY KIND ARG... [NAME=VALUE...] message=...`
/// (`tk[0]` is "check") into `*out`, its id `id`. Fails with
/// "pattern_error", "WHERE: what is wrong", on an unknown kind, key, option
/// or message, a key of the wrong type, the wrong number of keys or a
/// placeholder the kind does not fill in; `*out` is then unchanged.
/// `compile` (when given) makes a regex option's pattern, failing with the
/// error to report (the loader's, which takes the shipped regexes' answers
/// from their table); without it, CompilePattern checks it.
Status ParseCheckRule(
    const std::vector<RuleToken>& tk, const std::string& id, const std::string& where,
    const Catalogue& catalogue, const Messages& messages, const RateTables& rates, CheckRule* out,
    const std::function<Status(const std::string& source, Pattern* out)>& compile = nullptr);

}  // namespace redovis

#endif  // REDOVIS_PATTERNS_CHECK_RULES_H_
