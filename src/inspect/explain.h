// The model behind `redovis explain`: a file as redovis read it, line by
// line, and why each key of its edition left null is null.
//
// In: a path, the loaded PatternSet, the read options and optionally one key
// to narrow to. Out: an Explanation: for every line (page/line, its origin
// such as "table 3 row 2", its cells with their column positions), the report
// and section it was read in, what the matcher took it for, the rules that
// matched it (file:line) and the keys and values it gave (from the record's
// provenance); lines that look like a label or an answer and matched no
// rule; and for each asked key without a value the reason (`NullReason`) and
// the lines nearest to its rules' labels, by word similarity
// (base/text_util.h WordSimilarity against an example of each rule's label,
// patterns/regex.h ExampleText). The Explanation owns copies of everything
// it shows (no pointer into the PatternSet or the document). Never throws,
// never prints; rendering is the command's (src/cli/explain_command.h).
#ifndef REDOVIS_INSPECT_EXPLAIN_H_
#define REDOVIS_INSPECT_EXPLAIN_H_

#include <string>
#include <vector>

#include "redovis/extractor.h"
#include "redovis/patterns.h"
#include "redovis/status.h"

namespace redovis {

/// Why a key the edition asks for has no value, from the first that holds.
enum class NullReason {
  kMarkAmbiguous,     ///< a finding: the mark was unreadable, between columns, twice, or not shown
  kValueUnparseable,  ///< a finding: the value was there but not a number, date, choice, ...
  kValueUndecided,    ///< a finding: text was seen, but whether or where it is the answer was
                      ///< not decided (a wrapped value, a label where the answer stands, ...)
  kNoRule,            ///< no rule of the edition fills the key
  kSectionNotFound,   ///< no heading of the sections its rules are in was seen
  kLabelNotFound,     ///< its sections were seen, but none of its rules matched a line
  kNoValue,           ///< a rule of it matched a line, and no value was found beside it
};

/// "mark_ambiguous", "value_unparseable", "value_undecided", "no_rule",
/// "section_not_found", "label_not_found", "no_value".
const char* NullReasonName(NullReason reason);

struct ExplainedCell {
  std::string text;
  double x0 = -1, x1 = -1;  ///< column positions (document.h); -1 when the format has none
  std::string checkbox;     ///< "checked", "unchecked" or "" for no check box
};

/// A rule that matched a line.
struct RuleHit {
  std::string rule;  ///< "file.rules:LINE"
  std::string kind;  ///< "field", "row", "option", "text", "ignore"
  size_t cell = 0;
};

/// A value a line gave.
struct GivenValue {
  std::string key, value, rule;
};

struct ExplainedLine {
  int page = 0, number = 0;
  std::string origin;
  std::vector<ExplainedCell> cells;
  int report = -1;      ///< index into Explanation::reports; -1 outside every report
  std::string section;  ///< "" when the matcher did not read the line
  std::string use;      ///< trace.h UseName, "" when not read (blank, outside a report)
  std::vector<RuleHit> rules;
  std::vector<GivenValue> values;
  bool unread = false;  ///< looks like a label or an answer, and no rule matched it
};

/// A line near a key's label.
struct Candidate {
  int page = 0, number = 0;
  std::string text;
  double similarity = 0;  ///< 0..1, WordSimilarity to `label`
  std::string rule;       ///< the rule whose label it is near
  std::string label;      ///< an example of that rule's label
};

struct NullKey {
  int report = 0;
  std::string key, label_sv;
  NullReason reason = NullReason::kLabelNotFound;
  std::string detail;                 ///< what was seen and where, for a person
  std::vector<Candidate> candidates;  ///< best first, at most three
};

struct ExplainedReport {
  std::string edition, status;
  int first_line = 0, last_line = 0;
  int first_page = 0, last_page = 0;
  size_t values = 0, asked = 0;
};

struct Explanation {
  std::string file, format;
  std::string key;  ///< the --key narrowed to, "" for all
  std::vector<ExplainedReport> reports;
  std::vector<ExplainedLine> lines;  ///< every line; with a key, only the lines about it
  std::vector<NullKey> nulls;        ///< report by report, in catalogue order
  /// For a key with a value: where it came from (one per report that has it).
  std::vector<GivenValue> found;
};

struct ExplainOptions {
  ExtractOptions extract;
  std::string key;  ///< "" for every key
};

/// Explains the file at `path`. Fails with "usage" for a key not in the
/// catalogue, or with the reader's code and message (naming the file) when
/// the file cannot be read.
Status Explain(const std::string& path, const PatternSet& patterns, const ExplainOptions& options,
               Explanation* out);

}  // namespace redovis

#endif  // REDOVIS_INSPECT_EXPLAIN_H_
