// A cell's wrapped line set past a line of the row's other column: two
// columns whose rows stand half a line apart (`pdftotext -layout -fixed 6`
// and wider squeeze a two-column table so that the right column's lines fall
// between the left one's: "Kontaktperson Inga-Lill", then "Avdelning/Enhet
// Socialförvaltningen" further right, then "Nilsson" under the name). The
// text under the cell on the line after such a line may be the value's rest
// or the next row: the matcher leaves the value undecided. Internal to the
// form matcher; knows nothing about forms or wording.
#ifndef REDOVIS_MATCH_STAGGERED_WRAP_H_
#define REDOVIS_MATCH_STAGGERED_WRAP_H_

#include <span>

#include "redovis/document.h"

namespace redovis {

/// The piece of the first line of `below` not beside the value that starts
/// where a wrap of a value starting at column `value_x0` in `cell` of `line`
/// would (from one column left of the cell's start to one column right of
/// the value's start, as `pdftotext -layout` prints a cell's wrapped line),
/// when one line or more of `below` before it hold text, every piece of
/// which starts right of the value's start (beside the value: the row's
/// other column). `below` are the lines after `line`, in order; each must
/// follow the one before on the same page. nullptr otherwise: a blank line,
/// a line on another page, a piece not beside the value on the line right
/// after `line`, no piece where a wrap starts, or cells without positions.
/// `*index` gets the index in `below` of the line the piece stands on.
const Cell* WrapPastLinesBeside(const Line& line, const Cell& cell, double value_x0,
                                std::span<const Line* const> below, size_t* index);

/// The piece of one of the first three lines of `below` (each following the
/// one before on `line`'s page, no blank line between) that may hold the
/// rest of a number ending `cell`: digits glued to the end of a word, the
/// digits starting inside `cell`'s extent ("och socialnämnden91":
/// `pdftotext -layout -fixed 8` squeezed one column's last word against
/// another's digits), or digits alone starting where `cell` starts (its
/// wrap, set lower than the lines of the columns beside it: "91" two lines
/// under "Telefon (inkl. riktnum- mer) 08- 5782 94"). nullptr when there is
/// none, or without positions.
const Cell* NumberRestUnder(const Line& line, const Cell& cell, std::span<const Line* const> below);

}  // namespace redovis

#endif  // REDOVIS_MATCH_STAGGERED_WRAP_H_
