// An optional observer of the form matcher's walk: what it decided on each
// line, for `redovis explain` and `redovis patterns lint --samples`.
//
// The matcher calls it, when one is given, as it reads a report: the report
// starts, each line's section and what the line was taken for, each rule that
// matched. Values and findings are not reported here: they are in the Record
// (with the provenance's rule and line). An observer lives at least as long
// as the FormMatcher::Match call it is passed to; the matcher never owns it.
// Without one (the default, nullptr) extraction does no extra work. An
// observer must not throw.
#ifndef REDOVIS_MATCH_MATCH_OBSERVER_H_
#define REDOVIS_MATCH_MATCH_OBSERVER_H_

#include <cstddef>
#include <string>

#include "redovis/patterns.h"
#include "segment/segmenter.h"

namespace redovis {

/// What the matcher took a line for.
enum class LineUse {
  kSkipped,       ///< a footnote, a page's rule: never read
  kHeading,       ///< a section heading (its rules may also match it)
  kColumnHeader,  ///< a table's column header (Ja/Nej, Kvinnor/Män, ...)
  kRule,          ///< one or more rules matched it
  kAnswerText,    ///< a line of a running free-text answer
  kConsumed,      ///< taken as the value of a label on an earlier line
  kUnmatched,     ///< read, and nothing matched it
};

class MatchObserver {
 public:
  virtual ~MatchObserver() = default;
  /// A report's walk begins: its line range and edition.
  virtual void OnReport(const Segment& segment) = 0;
  /// Line `line` (an index into the document's lines) was read in section
  /// `section` ("head" before the first heading) and taken for `use`.
  virtual void OnLine(size_t line, const std::string& section, LineUse use) = 0;
  /// `rule` matched cell `cell` of line `line` (cell 0 for a whole-line rule).
  virtual void OnRule(size_t line, size_t cell, const Rule& rule) = 0;
};

}  // namespace redovis

#endif  // REDOVIS_MATCH_MATCH_OBSERVER_H_
