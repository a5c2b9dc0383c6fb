// What a line's own text says about its cell going on past it: the evidence
// the matcher reads where it cannot see which cell a line below stands in
// (a reading-order text that interleaves a row's cells; a layout text whose
// margin was stripped, or that a mail re-wrapped).
//
// In: the text of a cell or line, and of the line after it. Out: whether the
// first is left incomplete. Knows no wording: marks and digits only. Never
// fails.
#ifndef REDOVIS_MATCH_WRAP_EVIDENCE_H_
#define REDOVIS_MATCH_WRAP_EVIDENCE_H_

#include <string_view>

namespace redovis {

/// True when `text` ends in a mark that joins it to what follows: ",", "/",
/// "&", "+" or "-" ("Vård och Omsorgsförvaltningen,", "Arbetsmarknads-").
bool EndsInJoiningMark(std::string_view text);

/// True when a line ending in `prev` is left incomplete for `next` to go on:
/// it ends in a joining mark (EndsInJoiningMark), or in a digit that `next`
/// goes on with ("08- 5782 94" / "91").
bool LeftIncomplete(std::string_view prev, std::string_view next);

}  // namespace redovis

#endif  // REDOVIS_MATCH_WRAP_EVIDENCE_H_
