// A list's pieces: a text cut at the patterns' `list_separator`s (", ", " och
// "), the one cutter for every reader of a list (the value assigner's lists
// of names, the written answers' pairs of a column word and a number).
//
// In: the separators (Vocabulary::list_separators) and UTF-8 text. Out: the
// pieces, untrimmed, in order. Pure; a text no separator can match (the
// literal prefilter, MayMatch) is returned whole without ICU. Internal to
// the library.
#ifndef REDOVIS_PATTERNS_LIST_PIECES_H_
#define REDOVIS_PATTERNS_LIST_PIECES_H_

#include <string>
#include <vector>

#include "redovis/patterns.h"

namespace redovis {

/// `text` cut at every match of `separators`, the separators tried in their
/// order: the first cuts the text, the next each piece, and so on (a later
/// separator never matches across an earlier one's cut, nor sees past it:
/// each piece is matched as a text of its own). The pieces untrimmed, in
/// order; one piece, `text`, when nothing matches; an empty piece between
/// two matches that touch and at an end a match reaches. The text is
/// converted for ICU once, and only when a separator's prefilter passes.
std::vector<std::string> ListPieces(const std::vector<Pattern>& separators,
                                    const std::string& text);

}  // namespace redovis

#endif  // REDOVIS_PATTERNS_LIST_PIECES_H_
