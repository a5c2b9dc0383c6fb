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
// null, its finding saying what was read (a wrong value is worse than none),
// unless it is a number that a `sum` check proves: the sum holds with it and
// at least two other values read surely, and no sum it is in breaks (kept,
// with an `ocr_uncertain` finding `ocr_unsure_summed`). A check that
// compares numbers (sum, at_most, counted, equal, per_unit) and fails on
// values read by OCR blames no one: its finding is `ocr_uncertain`
// (`ocr_check_contradicts`) on the values OCR read, which are kept; with a
// value OCR read under the threshold it is not made. A sum proves (and a
// check compares) the values it has: a part not read counts as absent; a
// failing sum's finding names, after the values read, its asked parts with
// no value whose label was not found (`ocr_check_contradicts_unread`), so
// that a part the scan lost is never lost unsaid.
#ifndef REDOVIS_CHECK_CHECKER_H_
#define REDOVIS_CHECK_CHECKER_H_

#include <map>
#include <string>
#include <vector>

#include "redovis/patterns.h"
#include "redovis/record.h"

namespace redovis {

class Checker {
 public:
  /// `patterns` must outlive the checker.
  explicit Checker(const PatternSet& patterns) : patterns_(patterns) {}

  /// Adds the findings of every failing check to `record` and sets its status
  /// ("blank", "incomplete" or "complete"). A blank record gets no findings.
  /// `read_in_part`: the reader left part of the document unread (lines cut
  /// or folded unproven, a refilled page's rows, a page left out), so a key
  /// with no value may be the tool's loss: a check that compares numbers is
  /// then not made when one of its keys has no value (it would blame the
  /// municipality for what the tool lost), and a record with no answer is
  /// never "blank" (the answers may stand in what was not read): its checks
  /// are run and it is "incomplete".
  void Check(const Edition& edition, Record* record, bool read_in_part = false) const;

  /// True when `record` holds no answer beyond what the blank form prints
  /// (the edition's `preprinted` keys) and the keys redovis derives.
  bool IsBlank(const Edition& edition, const Record& record) const;

 private:
  /// Runs one check; adds a finding when it fails.
  void Run(const CheckRule& check, const Edition& edition, bool read_in_part, Record* record) const;
  /// For a check that compares numbers (sum, at_most, counted, equal,
  /// per_unit): true when it fails on `record`'s values, with the keys and
  /// the {NAME}s its finding gets. False for every other kind.
  bool Fails(const CheckRule& check, const Record& record, std::vector<std::string>* keys,
             std::map<std::string, std::string>* fill) const;
  /// True when `key` was read by OCR with confidence under `below`.
  bool ReadUnsurely(const Record& record, const std::string& key, int below) const;
  /// True when a `sum` check proves `key`'s value, read by OCR under
  /// `below`: the sum holds with it and at least two other values of the
  /// sum, none read unsurely nor with a reading finding, and no sum with
  /// `key` breaks. Sets `fill`'s total_label and sum from the proving sum.
  bool ProvenBySum(const Record& record, const std::string& key, int below,
                   std::map<std::string, std::string>* fill) const;
  /// The `ocr_uncertain` finding of `check`, failing on `view` (the values it
  /// compared): on the values of it that OCR read, and, for a sum (`sum`,
  /// `counted`), on its parts the scan did not give whose label was not
  /// found (asked, not required), named after them (`ocr_check_contradicts_unread`).
  void FlagOcrContradiction(const CheckRule& check, const Edition& edition, const Record& view,
                            Record* record) const;
  /// The catalogue's label of `key`, or the key itself.
  std::string Label(const std::string& key) const;
  /// True when the tool could not read `key`'s value: a finding of the
  /// reading names it, or its label was found with an answer that could not
  /// be read. Checks on such a key never fire.
  bool ReadingFailed(const Record& record, const std::string& key) const;
  /// ReadingFailed, or the value was read by OCR.
  bool Unreadable(const Record& record, const std::string& key) const;
  /// True when `code` is the code of a check (not of the reading).
  bool IsCheckCode(const std::string& code) const;
  /// Sets `finding`'s place: where `keys`' first was read, else where its
  /// label stands.
  void Locate(const std::vector<std::string>& keys, const Record& record, Finding* finding) const;
  /// Adds `check`'s finding with its message (English; the extractor writes
  /// it again in the language asked for) filled from `fill`, located where
  /// its first key was read or, unanswered, where its label was found.
  void Flag(const CheckRule& check, const std::string& severity, std::vector<std::string> keys,
            const std::map<std::string, std::string>& fill, Record* record) const;

  const PatternSet& patterns_;
};

}  // namespace redovis

#endif  // REDOVIS_CHECK_CHECKER_H_
