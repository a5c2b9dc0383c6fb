// What match_run_text.cc (MatchRun's free-text steps) offers the rest of
// the walk besides MatchRun's methods: whether a line is another section's
// question. Internal to the match stage.
#ifndef REDOVIS_MATCH_MATCH_RUN_TEXT_H_
#define REDOVIS_MATCH_MATCH_RUN_TEXT_H_

#include <string>

#include "match/line_view.h"
#include "match/value_parser.h"
#include "patterns/regex.h"
#include "redovis/patterns.h"

namespace redovis {

/// True when line `n` is a question, row or note of one of `ed`'s sections
/// other than `section` (and not one of every section's): a rule of such a
/// section reads its first cell from the start, and nothing but numbers,
/// marks or check boxes (ticked or not) follows the label on the line (nor
/// is taken by the rule's groups).
/// A sentence that opens with such a label ("Psykiatrin: Lyft detta ...")
/// is an answer's own words.
bool ReadByAnotherSection(const Edition& ed, const std::string& section, const LineView& n,
                          const ValueParser& parser, MatcherCache* cache);

/// The field rule of one of `ed`'s sections other than `section` (and not one of every
/// section's) whose label opens cell `cell` of line `n` ("Nämnd Socialnämnd" under the
/// signature's heading: the contact table's row, the text not in the form's order), or null when
/// there is none. The caller asks only for a cell no rule of `section` reads.
const Rule* FieldOfAnotherSection(const Edition& ed, const std::string& section, const LineView& n,
                                  size_t cell, MatcherCache* cache);

/// The rule of a section after `section` in `ed`'s order whose label, of
/// kLaterQuestionWords words or more, opens line `n`'s first cell ("Ange
/// antal klienter som fått stöd ..." under a handledning answer), or null
/// when there is none. Such a line inside a free text's answer says the
/// later section's heading was not seen: an answer's own words rarely open
/// with a later question's wording.
const Rule* QuestionOfLaterSection(const Edition& ed, const std::string& section, const LineView& n,
                                   MatcherCache* cache);

/// The fewest words (runs of letters) a label must take for
/// QuestionOfLaterSection: "Totalt antal klienter", not "Kommun".
constexpr size_t kLaterQuestionWords = 3;

}  // namespace redovis

#endif  // REDOVIS_MATCH_MATCH_RUN_TEXT_H_
