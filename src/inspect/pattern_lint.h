// The pattern linter behind `redovis patterns lint`: what in a pattern
// directory can never work, found before any report is read.
//
// In: a pattern directory and, optionally, a directory of sample reports.
// Out: findings, each with the file and line it is about ("po-2021.rules:42")
// and a severity. Errors: the directory does not load (the loader's own
// message, with its file and line); rules in a section that no `section`
// line starts (they can never match); a key template (`{VAR}`) whose
// expansion is not in the catalogue or whose variable no `set=` gives; a
// catalogue key an edition asks for that no rule fills (nor identity, nor
// `derived`). Warnings: a rule filling a key its edition does not ask for
// (its value is dropped); two rules of one section matching the same label
// (on an example of each rule's own label, and with samples on their lines);
// with samples: a sample whose report's edition the detect weights cannot
// tell from another's, and a rule, heading or detect pattern of an edition
// some sample is a report of that matches no line of any sample. It never changes a file and never
// prints.
#ifndef REDOVIS_INSPECT_PATTERN_LINT_H_
#define REDOVIS_INSPECT_PATTERN_LINT_H_

#include <string>
#include <vector>

#include "redovis/status.h"

namespace redovis {

/// One thing the linter found.
struct LintFinding {
  std::string severity;  ///< "error" or "warning"
  std::string where;     ///< "file:line" ("" when about the whole directory)
  std::string code;      ///< stable: "load", "no_section", "unknown_key", "unfilled_key",
                         ///< "unasked_key", "overlap", "detect_tie", "never_matches"
  std::string message;
};

struct LintOptions {
  std::string samples_dir;  ///< "" for none: the checks on samples are skipped
};

/// Lints the pattern directory `dir`. Always returns its findings in
/// `*out` (errors first in file order, then warnings); fails only when the
/// samples directory cannot be listed ("cannot_open", naming it).
Status LintPatterns(const std::string& dir, const LintOptions& options,
                    std::vector<LintFinding>* out);

/// True when some finding is an error.
bool HasLintErrors(const std::vector<LintFinding>& findings);

}  // namespace redovis

#endif  // REDOVIS_INSPECT_PATTERN_LINT_H_
