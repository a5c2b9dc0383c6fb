// The checker: completeness and consistency findings, and the record's status.
//
// In: a Record whose values the matcher and identity resolver have filled,
// and its Edition (required and preprinted keys come from the pattern files).
// Out: findings (required answers left blank, age groups that do not add up,
// parts larger than their total, grant used above grant awarded, a signature
// dated before the year ended, ...) and `status`: blank, incomplete or
// complete. Each finding names its keys and quotes the form's labels from the
// catalogue. It never changes a value.
#ifndef REDOVIS_CHECK_CHECKER_H_
#define REDOVIS_CHECK_CHECKER_H_

#include "redovis/patterns.h"
#include "redovis/record.h"

namespace redovis {

class Checker {
 public:
  explicit Checker(const PatternSet& patterns) : patterns_(patterns) {}

  /// Adds completeness and consistency findings to `record` and sets its status.
  void Check(const Edition& edition, Record* record) const;

  /// True when `record` holds no answer beyond what the blank form prints.
  bool IsBlank(const Edition& edition, const Record& record) const;

 private:
  void CheckSums(Record* record) const;
  void CheckParts(Record* record) const;
  void CheckGrant(Record* record) const;
  void CheckAnswers(Record* record) const;
  void CheckDates(Record* record) const;
  std::string Label(const std::string& key) const;
  const PatternSet& patterns_;
};

}  // namespace redovis

#endif  // REDOVIS_CHECK_CHECKER_H_
