// A text that `fold -w N` folded hard (folded_lines.h's UnfoldHardLines):
// which of its lines at the width are followed by their own rest, proven by
// how the next line opens, where neither a split letter nor a word's
// spelling proves it.
//
// A line at the width that ends in no blank, before a line that opens with
// one blank and then a character that is no blank ("söker kontakt" / " och
// stöd", "Ja" / " Nej"), or with a mark that ends a word or a clause (, . ;
// : ? ! ), "handläggare" / ", gäller", "ombud" / "?"): `fold` broke the row
// right before the one blank between two of its words, or before the mark
// after a word. A line that ended at the width by itself, followed by a line
// that opens so, would read the same; so the text must show that its writer
// never opens a line so: no line that no fold made (the text's first line,
// or one after a line narrower than the width) opens with the same (one
// blank, or the same mark). `pdftotext -layout` indents by one blank 4
// lines of the never-seen set's 11,125 and opens none with such a mark; raw
// `pdftotext` does neither. Folded at every width from 40 to 140 bytes, the
// 33 never-seen PDFs' `-layout` and raw texts, the samples' texts and the
// `-layout -nopgbrk -fixed` renderings show 67,689 rests so opened by a
// blank and 14,258 by a mark, and no line so followed that was whole.
//
// In: the text's lines (no tabs: UnfoldHardLines refuses a tabbed text, so
// a line's width is its bytes). Knows nothing of reports or forms; never
// fails.
#ifndef REDOVIS_READ_TEXT_FOLD_RESTS_H_
#define REDOVIS_READ_TEXT_FOLD_RESTS_H_

#include <string_view>
#include <vector>

namespace redovis {

/// One flag a line of `lines`: true for a line `width` bytes wide, ending in
/// no blank, whose next line opens with one blank and then a character that
/// is no blank, or with one of , . ; : ? ! ), where no line that follows a
/// line narrower than `width` (nor the first line) opens with the same (see
/// above).
std::vector<bool> OpeningRests(const std::vector<std::string_view>& lines, int width);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_FOLD_RESTS_H_
