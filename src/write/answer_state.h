// The state of each key a report's edition asks for: answered, blank (the
// document leaves it empty) or unreadable (something was there and could not
// be read). One definition for every output that shows it: the SQLite
// archive's `answers`, the long CSV's and the workbook's `state`, the wide
// CSV's `unanswered`.
//
// A key with a value is answered. An unanswered key is unreadable when a
// finding other than an absence check (the codes of the checks of kind
// `required` and `missing`) names it, else blank. Pure functions; nothing
// is kept.
#ifndef REDOVIS_WRITE_ANSWER_STATE_H_
#define REDOVIS_WRITE_ANSWER_STATE_H_

#include <set>
#include <string>
#include <vector>

#include "redovis/patterns.h"
#include "redovis/record.h"

namespace redovis {

enum class AnswerState { kAnswered, kBlank, kUnreadable };

/// "answered", "blank" or "unreadable".
const char* AnswerStateName(AnswerState state);

/// The state of `key` in `record`, with `absence_codes` the finding codes
/// that only say a key is absent. Meaningful for the keys record.asked holds.
AnswerState StateOf(const Record& record, const std::string& key,
                    const std::set<std::string>& absence_codes);

/// The keys of record.asked that have no value, in catalogue order: the
/// report's unknown values.
std::vector<std::string> Unanswered(const Record& record);

/// The codes of the checks of kind `required` and `missing` in `patterns`.
std::set<std::string> AbsenceCodes(const PatternSet& patterns);

}  // namespace redovis

#endif  // REDOVIS_WRITE_ANSWER_STATE_H_
