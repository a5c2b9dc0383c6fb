// A file read the way `extract` reads it, with what the form matcher took
// each line for: the shared ground of `redovis explain` and
// `redovis patterns lint --samples`.
//
// In: a path, the loaded PatternSet and the read options. Out: the document
// as the matcher saw it (normalised), the records `extract` would give, and
// for each line the report it belongs to, its section, its use and the rules
// that matched it (match/match_observer.h). The Trace owns all of it; rules
// point into the PatternSet, which must outlive the Trace. Never throws and
// never prints.
#ifndef REDOVIS_INSPECT_TRACE_H_
#define REDOVIS_INSPECT_TRACE_H_

#include <string>
#include <utility>
#include <vector>

#include "match/match_observer.h"
#include "redovis/document.h"
#include "redovis/extractor.h"
#include "redovis/patterns.h"
#include "redovis/record.h"
#include "redovis/status.h"

namespace redovis {

/// What the matcher did with one line of the document.
struct TracedLine {
  int report = -1;      ///< index into Trace::records, -1 outside every report
  bool read = false;    ///< the matcher looked at it (false: blank, or outside a report)
  std::string section;  ///< the section it was read in ("head" before the first heading)
  LineUse use = LineUse::kUnmatched;
  std::vector<std::pair<size_t, const Rule*>> rules;  ///< (cell, rule) for each rule that matched
};

/// One traced file.
struct Trace {
  Document doc;                  ///< as normalised; TracedLine i is doc.lines[i]
  std::vector<Record> records;   ///< what `extract` gives for the file
  std::vector<Segment> reports;  ///< one per record that is a report (same order)
  std::vector<TracedLine> lines;
};

/// Reads `path` and matches it, recording what each line was taken for.
/// Fails with the reader's code and message ("cannot_open", "encrypted",
/// ...) when the file cannot be read; a file that holds no report is a Trace
/// with one `no_report` record and no reports.
Status TraceFile(const std::string& path, const PatternSet& patterns, const ExtractOptions& options,
                 Trace* out);

/// The same for an already read document, reported under `name`.
void TraceDocument(Document doc, const std::string& name, const PatternSet& patterns, Trace* out);

/// A short name for a use ("heading", "rule", "answer", "value", "unmatched",
/// "header", "skipped").
const char* UseName(LineUse use);

}  // namespace redovis

#endif  // REDOVIS_INSPECT_TRACE_H_
