// Which box on a line of options is an option's, where a line holds several
// options and their boxes (a refill or a text browser ran a list's items into
// one line: "☒ | Ja ☐ | Nej ☐ | Kan inte bedöma", "☒Vi har sett ... ☐Vi har
// sett en minskad"), and how many ticked boxes a line shows. Internal to the
// form matcher (match_run_answers.cc, match_run.cc).
//
// In: a Line's cells and `is_marked`, whether a cell is ticked: its drawn
// box's state (Cell::checkbox), else a typed mark of the patterns'
// (MatchRun::IsMarked). Out: answers; never fails. It knows box glyphs
// (read/glyphs.h) and cells, no wording.
#ifndef REDOVIS_MATCH_OPTION_BOXES_H_
#define REDOVIS_MATCH_OPTION_BOXES_H_

#include <cstddef>
#include <functional>

#include "redovis/document.h"

namespace redovis {

/// Whether option wording in cell `cell` of `line` is ticked by a box in
/// another cell of the line, where its own cell shows no box before the
/// wording. A line with one box (a cell ticked, drawn or typed, or a glyph
/// in a cell's text) or none: ticked when a cell other than `cell` is
/// ticked (`is_marked`). A line with two boxes or more, each an option's:
/// where the line opens with a box alone and its last cell closes with words,
/// the box right before the wording (the last box of the cell before
/// `cell`); where the line opens with words and its last cell closes with a
/// box, the box right after it (the last box of `cell`'s own text); else no
/// box can be told to be the option's: false.
bool TickedBesideOption(const Line& line, size_t cell,
                        const std::function<bool(const Cell&)>& is_marked);

/// The ticked boxes `line` shows: a cell `is_marked` ticks counts one; else,
/// where the cell has no drawn box, each ticked glyph in its text one.
int TickedBoxes(const Line& line, const std::function<bool(const Cell&)>& is_marked);

}  // namespace redovis

#endif  // REDOVIS_MATCH_OPTION_BOXES_H_
