// A line as the matcher reads it: its cells converted to ICU strings once,
// with their case folds and byte pairs at hand (LineView), and the count of
// its filled cells. Internal to the match stage; MatchRun (match_run.h)
// keeps one LineView a line of the report it walks.
//
// Header only: plain data and three lookups that never fail. A LineView
// points into its Document's Line, which must outlive it.
#ifndef REDOVIS_MATCH_LINE_VIEW_H_
#define REDOVIS_MATCH_LINE_VIEW_H_

#include <unicode/unistr.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "patterns/label.h"
#include "patterns/regex.h"
#include "redovis/document.h"

namespace redovis {

/// A line with its cells as ICU strings, converted once. A question's number
/// at the start of the first cell ("3.2 Ombuden har ...", the vocabulary's
/// `question_number`) is left out of `cells`, so that labels, values after
/// them and offsets into `cells` are read without it; `line` keeps it.
struct LineView {
  const Line* line = nullptr;
  std::vector<icu::UnicodeString> cells;
  int first = -1;  ///< index of the first non-blank cell, -1 for a blank line
  /// The first cell's fold without its number (or without the row's cells
  /// cut off it: `trailing`); "" when it lost nothing.
  std::string numbered_fold;
  std::vector<BytePairs> pairs;  ///< the BytePairs of each cell's `fold` (the line's own)
  /// The BytePairs of numbered_fold: set wherever numbered_fold is (a
  /// later line's CutTrailingCells may cut this line's cells anew).
  BytePairs numbered_pairs;
  /// Reading-order text: a row's cells that end its label's line one space
  /// apart ("Totalt antal klienter 29 5": "29", "5"; "Kommun ☒ ☐": "☒",
  /// "☐"), cut off `cells[first]` (MatchRun::CutTrailingCells); empty for
  /// every other line.
  std::vector<std::string> trailing;
  bool trailing_boxes = false;  ///< `trailing` are boxes, else numbers
  /// After a choice row's boxes, the names its Ja asks for ("RSMH"); "" for none.
  std::string trailing_names;
  /// `trailing` cannot be told from the label's words or from one another:
  /// the label's regex needs a number of the run ("... 18 och 29 5"), the
  /// first is a year, or one may be a thousands group of the one before.
  bool trailing_doubtful = false;
  /// Cell `c`'s case fold, of the text `cells[c]` holds.
  const std::string& Fold(size_t c) const {
    return static_cast<int>(c) == first && !numbered_fold.empty() ? numbered_fold
                                                                  : line->cells[c].fold.str();
  }
  /// The BytePairs of Fold(c), for MayMatch.
  const BytePairs* FoldPairs(size_t c) const {
    return static_cast<int>(c) == first && !numbered_fold.empty() ? &numbered_pairs : &pairs[c];
  }
  /// The LabelWords of `cells[first]` (and in `*ends` their ends), taken on
  /// the first call and kept: the walk compares the first cell with many
  /// rules' labels (MatchOneLabel), each wanting the same words. Only once
  /// `cells` is final (the question's number left out) and `first` >= 0.
  const std::vector<std::u32string>& FirstLabelWords(const std::vector<int32_t>** ends) const {
    if (!first_words_taken) {
      first_words = LabelWords(cells[static_cast<size_t>(first)], &first_ends);
      first_words_taken = true;
    }
    *ends = &first_ends;
    return first_words;
  }

 private:
  mutable bool first_words_taken = false;
  mutable std::vector<std::u32string> first_words;  ///< FirstLabelWords
  mutable std::vector<int32_t> first_ends;          ///< FirstLabelWords' ends
};

/// The cells of `line` that hold text or a check box.
inline size_t FilledCells(const Line& line) {
  size_t n = 0;
  for (const Cell& c : line.cells)
    if (!c.text.empty() || c.checkbox != CheckboxState::kNone) ++n;
  return n;
}

}  // namespace redovis

#endif  // REDOVIS_MATCH_LINE_VIEW_H_
