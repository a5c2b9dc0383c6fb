// What match_run_answers.cc (MatchRun's field and option steps) offers the
// rest of the match stage besides MatchRun's methods: a typed value without
// the punctuation that set it off from its label. Internal to the match
// stage.
#ifndef REDOVIS_MATCH_MATCH_RUN_ANSWERS_H_
#define REDOVIS_MATCH_MATCH_RUN_ANSWERS_H_

#include <string>

namespace redovis {

/// The value typed after its label without the punctuation that set it off:
/// colons, a dash and a space ("- 060-16 34 92", "– ja"), brackets around
/// the whole of it ("(Socialförvaltningen)"; "(1) Ja, (2) Nej" keeps its
/// brackets). Returns `raw` unchanged when none stands there; never fails.
std::string WithoutLabelPunctuation(std::string raw);

}  // namespace redovis

#endif  // REDOVIS_MATCH_MATCH_RUN_ANSWERS_H_
