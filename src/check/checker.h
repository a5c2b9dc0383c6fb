// The checker: completeness and consistency findings, and the record's status.
//
// In: a Record whose values the matcher and identity resolver have filled,
// its Edition (required and preprinted keys come from the pattern files) and
// the PatternSet's checks (patterns/checks.rules: which kind of check runs
// on which keys, with what code, severity and message). Out: one finding per
// check that fails, in the order of checks.rules, located where the check's
// first key was read, and `status`: blank (nothing beyond what the blank form
// prints and what redovis derives), incomplete (a required answer is blank)
// or complete. The C++ knows only the kinds of check (a sum of a group, at
// most a total, a date after the year's end, ...); it names no key. It never
// changes a value, but withdraws one: a number, mark, choice or date read by
// OCR with confidence under the `ocr_confidence` check's threshold is made
// null, its finding saying what was read (a wrong value is worse than none).
#ifndef REDOVIS_CHECK_CHECKER_H_
#define REDOVIS_CHECK_CHECKER_H_

#include <map>
#include <string>

#include "redovis/patterns.h"
#include "redovis/record.h"

namespace redovis {

class Checker {
 public:
  /// `patterns` must outlive the checker.
  explicit Checker(const PatternSet& patterns) : patterns_(patterns) {}

  /// Adds the findings of every failing check to `record` and sets its status
  /// ("blank", "incomplete" or "complete"). A blank record gets no findings.
  void Check(const Edition& edition, Record* record) const;

  /// True when `record` holds no answer beyond what the blank form prints
  /// (the edition's `preprinted` keys) and the keys redovis derives.
  bool IsBlank(const Edition& edition, const Record& record) const;

 private:
  /// Runs one check; adds a finding when it fails.
  void Run(const CheckRule& check, const Edition& edition, Record* record) const;
  /// The catalogue's label of `key`, or the key itself.
  std::string Label(const std::string& key) const;
  /// True when the tool could not read `key`'s value: a finding of the
  /// reading names it, its label was found with an answer that could not
  /// be read, or the value was read by OCR. Checks on such a key never fire.
  bool Unreadable(const Record& record, const std::string& key) const;
  /// True when `code` is the code of a check (not of the reading).
  bool IsCheckCode(const std::string& code) const;
  /// Adds `check`'s finding with its message (English; the extractor writes
  /// it again in the language asked for) filled from `fill`, located where
  /// its first key was read or, unanswered, where its label was found.
  void Flag(const CheckRule& check, const std::string& severity, std::vector<std::string> keys,
            const std::map<std::string, std::string>& fill, Record* record) const;

  const PatternSet& patterns_;
};

}  // namespace redovis

#endif  // REDOVIS_CHECK_CHECKER_H_
