// Answers standing on lines the reader left out (issue 14: the tool's
// failure is never the municipality's omission). The text reader leaves a
// line blank, its number kept, where it cannot read it for certain: a
// paragraph `fmt` refilled (refilled_layout.h), a table a reflow refilled,
// a line whose tab stops cannot be told; such a line's origin is
// read/text/text_reader.h's kUnreadLineOrigin, and the reader's note says
// why. A question whose label stands on the last line with text before such
// lines (past blank ones: "Har Coronapandemin påverkat ...?" / "" / the
// refilled line of its boxes) and whose answer was not read may have its
// answer there: its place is marked unplaced (ValueAssigner::MarkUnplaced),
// so the checker names it `value_unreadable` (`unplaced`) rather than
// blank or missing (MatchRun::NameUnreadAnswers, defined in
// unread_answers.cc). No value is changed; a key named by a finding
// already, or answered, is left as it is.
#ifndef REDOVIS_MATCH_UNREAD_ANSWERS_H_
#define REDOVIS_MATCH_UNREAD_ANSWERS_H_

#include "redovis/document.h"

namespace redovis {

/// True when `line` is one the text reader left blank though the file's
/// line holds text (its origin kUnreadLineOrigin).
bool IsUnreadLine(const Line& line);

}  // namespace redovis

#endif  // REDOVIS_MATCH_UNREAD_ANSWERS_H_
