// Rows of a form's table that OCR ran together into one: the rule between
// two rows of a ruled table was lost in the scan (a thin rule at 150 dpi),
// so the rows' lines were joined as one row's, the labels one cell
// ("Kommun Förening") and each column's boxes side by side, which box is
// whose not told. The matcher reads none of them and says so
// (`ocr_uncertain`, `ocr_rows_run_together`): the value is the tool's to
// lose, never the municipality's.
//
// In: a cell's text, the rules in force. Out: the row rules whose labels,
// one after another, make up the whole cell. A pure function: never
// throws, keeps nothing but the matcher cache it is given.
#ifndef REDOVIS_MATCH_RUN_TOGETHER_ROWS_H_
#define REDOVIS_MATCH_RUN_TOGETHER_ROWS_H_

#include <string>
#include <vector>

#include "patterns/regex.h"
#include "redovis/document.h"
#include "redovis/patterns.h"

namespace redovis {

/// The row rules among `rules` (RuleKind::kRow) whose regexes each match
/// a piece of `text` whole, the pieces whole words, in order and together
/// all of `text` ("Kommun Förening": the Kommun row's and the Förening
/// row's), the shortest first piece first. Empty unless two rules or more
/// do, or when `text` has more than kMostRunTogetherWords words.
std::vector<const Rule*> RunTogetherRows(const std::string& text,
                                         const std::vector<const Rule*>& rules,
                                         MatcherCache* cache);
/// The same for the label cell `first` of `line`, when a cell after it
/// holds a value (a box, a mark, a number); empty otherwise.
std::vector<const Rule*> RunTogetherRows(const Line& line, size_t first,
                                         const std::vector<const Rule*>& rules,
                                         MatcherCache* cache);

/// The most words a cell of rows run together is searched in.
inline constexpr size_t kMostRunTogetherWords = 16;

}  // namespace redovis

#endif  // REDOVIS_MATCH_RUN_TOGETHER_ROWS_H_
