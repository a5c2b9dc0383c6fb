// A free-text answer that runs over the lines of a text folded hard at a
// width (`fold -w 80` of `pdftotext -layout`), where the text reader could
// not prove the fold's breaks (read/text/cut_lines.h: each such line ends in
// kCutLine, a line that ends in a letter or a digit at the width in
// kCutLine and kFoldBreak, and the line after it, its rest, in kCutLine).
// Nothing past the width is gone, so such an answer can be read: each line
// that ends in a word at the width joined to its rest, as the fold broke it.
// Internal to the match stage (the value assigner reads free texts so).
//
// In: the answer's raw text as the matcher gathered it (its lines joined by
// a blank or a line break, the readers' marks in it). Out: whether its
// lines read as prose, and the answer joined. Pure functions: no state, no
// I/O, never throw.
#ifndef REDOVIS_MATCH_FOLDED_ANSWER_H_
#define REDOVIS_MATCH_FOLDED_ANSWER_H_

#include <functional>
#include <string>

#include "redovis/readers.h"

namespace redovis {

/// Whether every piece of `raw` that a fold's mark (kCutLine) ends (from
/// the line's start or the mark before: a row's cells each end in one)
/// reads as a line of prose: two words or more, or the rest of a word or a
/// sentence (it opens with no capital letter: "löshet."). False where one
/// is a lone capitalised word ("Ja", "Nej": a table's column words the fold
/// left unread as a header, which the answer ran on into).
bool FoldedLinesAreProse(const std::string& raw);

/// `raw` with each line that ends in kFoldBreak joined to the next piece,
/// the blanks between them dropped (the fold broke a word there:
/// "Motiveran" / "de": "Motiverande"), but one blank kept where the letters
/// before are a word `word` knows and those after one `rest_word` knows
/// (the line ended there: "sina" / "olika"; but where the two joined are
/// one word `word` knows, one: "över" / "klagan"), the fold's marks erased, in
/// `*joined`; the joins in `*joins` ("Hem|löshet.; sina olika"). False
/// (`*joined` untouched) where such a line ends `raw`: its rest is not in
/// the answer.
bool JoinFoldBreaks(const std::string& raw, const KnownWord& word, const KnownWord& rest_word,
                    std::string* joined, std::string* joins);

/// Whether a line of `text` (its lines at '\n', trimmed) is one `opens` says
/// opens a rule's label (the value assigner asks of free-text questions'):
/// a question the fold broke at the width was no label to the matcher, and
/// the answer above ran on into it and its answer ("Ange hur kommunen har
/// arbetat för att få representant" / "er ...").
bool OpensAnyLine(const std::string& text, const std::function<bool(const std::string&)>& opens);

}  // namespace redovis

#endif  // REDOVIS_MATCH_FOLDED_ANSWER_H_
