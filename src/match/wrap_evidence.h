// What a line's own text says about its cell going on past it: the evidence
// the matcher reads where it cannot see which cell a line below stands in
// (a reading-order text that interleaves a row's cells; a layout text whose
// margin was stripped, or that a mail re-wrapped), and about a cell written
// over its end (a table laid out narrower than its labels).
//
// In: the text of a cell or line, and of the line after it; for a compound
// left waiting, the vocabulary's `keep_hyphen` words; for a cell that took
// in a line below, its line's cells' extents. Out: whether the first is left
// incomplete, holds another cell's number over its end, or reaches under
// the next cell. Knows no wording of its own: marks, letters and digits, and
// the words it is given. Never fails.
#ifndef REDOVIS_MATCH_WRAP_EVIDENCE_H_
#define REDOVIS_MATCH_WRAP_EVIDENCE_H_

#include <string>
#include <string_view>
#include <vector>

#include "redovis/document.h"
#include "redovis/patterns.h"

namespace redovis {

/// True when `text` ends in a mark that joins it to what follows: ",", "/",
/// "&", "+" or "-" ("Vård och Omsorgsförvaltningen,", "Arbetsmarknads-").
bool EndsInJoiningMark(std::string_view text);

/// True when `text` is a value of digits alone, with spaces and the marks a
/// phone number or a count writes ("021-39 00 00", "(08) 578 294 91"): such
/// a value never goes on with words that hold no digit ("e", an address's
/// rest, under it).
bool DigitsAlone(std::string_view text);

/// True when `text` holds an ASCII digit.
bool HoldsDigit(std::string_view text);

/// True when each two neighbouring cells of `line` with extents meet, one's
/// end the next one's start: a drawn table's columns (pandoc's pipe and
/// grid tables, antiword's), whose extents are the columns', not the text's.
/// False for a line of fewer than two such cells.
bool ColumnsMeet(const Line& line);

/// True when cell `cell` of `line`, a laid-out text's (extents in character
/// columns; not a drawn table's: ColumnsMeet), ends at or past the start of
/// a later cell `next`: one line's cells stand two spaces apart at least
/// (one, where a label's column below parted them), so `cell` holds a piece
/// of a line below that reached under `next` ("Tjänsteställe" and its wrap
/// "Psykiatriboende Öster" beside "Personligt Ombud Västmanland /"). False
/// where either extent is unknown.
bool ReachesUnderNext(const Line& line, size_t cell, size_t next);

/// True when `value` ends in a compound left waiting for its last part: a
/// word ending in "-", one space, then a last word one of `keep_hyphen`
/// matches ("Arbetsmarknads- och"); `*seen` (when given) gets those two
/// words. Such a value goes on in a cell written elsewhere.
bool EndsSuspended(std::string_view value, const std::vector<Pattern>& keep_hyphen,
                   std::string* seen = nullptr);

/// True when a line ending in `prev` is left incomplete for `next` to go on:
/// it ends in a joining mark (EndsInJoiningMark), or in a digit that `next`
/// goes on with ("08- 5782 94" / "91").
bool LeftIncomplete(std::string_view prev, std::string_view next);

/// True when a word of `text` ends in ASCII digits right after a letter,
/// no space between ("därav mellan 30 och 49 å9", "... å4 3",
/// "sjukvårde14": html2text wrote a narrow table's first number over the
/// label's last letters); `*glued` gets the first such word, `*at_byte`
/// (when given) where it starts. False for digits alone, or after a space
/// or a mark ("år 9", "COVID-19", "²").
bool GluedNumber(std::string_view text, std::string* glued, size_t* at_byte = nullptr);

}  // namespace redovis

#endif  // REDOVIS_MATCH_WRAP_EVIDENCE_H_
