// The words of one line of a .rules file (patterns/README.md): tokens
// separated by spaces or tabs, where a double-quoted part keeps its spaces
// (\" is a quote inside it) and a '#' outside quotes starts a comment; and
// the numbers those words spell. The one tokenizer of the rule language,
// used by the pattern loader (pattern_loader) and the checks' parser
// (check_rules).
//
// In: one line, without its newline. Out: its tokens. Pure functions: no
// state, no I/O, never throw.
#ifndef REDOVIS_PATTERNS_RULE_TOKENS_H_
#define REDOVIS_PATTERNS_RULE_TOKENS_H_

#include <string>
#include <vector>

namespace redovis {

/// One token of a rule line.
struct RuleToken {
  std::string text;           ///< the token, its quotes removed
  bool quoted = false;        ///< the whole token was quoted
  bool value_quoted = false;  ///< NAME="...": the value was quoted
};

/// Appends the tokens of `line` to `*out`. False, with `*error` saying why,
/// when a quoted string is not closed.
bool TokenizeRuleLine(const std::string& line, std::vector<RuleToken>* out, std::string* error);

/// Parses all of `text` as a finite number into `*out`; false when it is not one.
bool ParseRuleNumber(const std::string& text, double* out);

}  // namespace redovis

#endif  // REDOVIS_PATTERNS_RULE_TOKENS_H_
