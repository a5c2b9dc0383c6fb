// The report segmenter: finds the report(s) inside a document and the form
// edition of each.
//
// In: a normalised Document and the PatternSet. Out: the line ranges that hold
// a report, in file order, each with the edition detected from its own words
// (never from the file name). A cover letter before the report, an appendix
// after it, and repeated title lines are not reports of their own. It never
// reads values.
#ifndef REDOVIS_SEGMENT_SEGMENTER_H_
#define REDOVIS_SEGMENT_SEGMENTER_H_

#include <vector>

#include "base/text_util.h"
#include "patterns/regex.h"
#include "redovis/document.h"
#include "redovis/patterns.h"

namespace redovis {

/// One report inside a document.
struct Segment {
  size_t begin = 0, end = 0;         ///< line indices [begin, end)
  const Edition* edition = nullptr;  ///< best edition (a guess when !edition_known)
  int score = 0;                     ///< detection score of `edition`
  bool edition_known = true;         ///< false: looks like a report of an unknown edition
};

class ReportSegmenter {
 public:
  explicit ReportSegmenter(const PatternSet& patterns) : patterns_(patterns) {}

  /// The reports in `doc`, in file order; empty when the document holds none.
  std::vector<Segment> Find(const Document& doc) const;

  /// The best edition for lines [begin, end), its score and whether it is
  /// clear (above the threshold and ahead of the runner-up); nullptr when no
  /// edition scores above zero.
  const Edition* Detect(const Document& doc, size_t begin, size_t end, int* score,
                        bool* known) const;

 private:
  int CountHeadings(const Document& doc, size_t begin, size_t end) const;
  const PatternSet& patterns_;
  mutable MatcherCache cache_;  ///< one segmenter serves one document at a time
};

}  // namespace redovis

#endif  // REDOVIS_SEGMENT_SEGMENTER_H_
