// A text whose lines were cut at one column: a laid-out page (`pdftotext
// -layout`) through `cut -c1-100`, `colrm 81`, `cut -b`, a terminal or a
// mail that truncates, a fixed-width field of a database export. What stood
// right of the column is gone, and a word or a number reaching it may be
// cut short ("Nils" of "Nilsson", "12" of "125").
//
// Told by the text itself (CutColumn): many of its lines stop at the one
// width no line passes, far more than stop a column or three before it, and
// those lines end alike in a space (cut between columns), in a letter or a
// digit (cut inside a word), in several different characters: a page laid
// out to its margin ends its longest lines in the one mark or border its
// right column holds ("X", "|"), a text refilled to a width (fmt, w3m) never
// in a space. Measured in columns as shown (text_cells' Columns) and, for a
// cut in bytes (`cut -b` of UTF-8: each of å, ä, ö is two), in bytes (the
// measure more lines stop at decides); a
// page's first line one more, for the form feed it opened with (`cut`
// counts it).
//
// A text folded hard at the column (`fold -w 80`, in bytes or columns:
// each line past it broken there, anywhere, its rest on the next line) is
// told from a cut by the lines after those reaching the column: nearly
// every one is a line that is no blank line, no two lines at the column
// follow each other (a rest past the column again would need a row twice
// as wide), and most lines cut inside a word go on with a small letter or a
// digit (the word's rest: "Post" / "ort Timrå"). A cut text's rows reach
// the column one after another. Such a fold is not proven where the rows
// ended (a rest is no row of its own), so the rests are not read as rows.
//
// Each line reaching the column ends in kCutLine, so a
// value read from its last cell is never taken; so does each of a fold's
// rests, so that no value or box on it is given to the row below (its
// words stay, for a question's label wrapped over it); and a reader note
// (CutLinesNote, read back by IsCutLinesNote) names the column, which the
// extractor turns into the finding `lines_cut`.
//
// In: the text's lines. Knows nothing about reports or forms; never fails.
#ifndef REDOVIS_READ_TEXT_CUT_LINES_H_
#define REDOVIS_READ_TEXT_CUT_LINES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "read/text/text_cells.h"

namespace redovis {

/// Put at the end of a line that reaches the cut: its last cell may be a
/// word or a number cut short, and what stood past the column (a count, a
/// mark) is gone. U+E002, a private-use character no report holds, like
/// redovis/document.h's kUndecidedCut and kUndecidedWrap. It never reaches
/// output: a value holding it is not taken, the matcher gives null and a
/// finding (value_unreadable, cut_line).
inline constexpr char kCutLine[] = "\xEE\x80\x82";

/// Put right after kCutLine on a folded line (not a cut one: LineCut's
/// `rests`) that ends in a letter or a digit at the width, whose rest is the
/// next line: the break may be inside a word ("Motiveran" / "de samtal.";
/// the fold's reading, as it would be for all but a line that ended exactly
/// there). A free-text answer over the two is read with them joined there
/// (value_assigner.h). U+E004, a private-use character like kCutLine, but
/// taking no column (text_cells.h's Columns: the line's cells stand where
/// they would without it); it never reaches output.
inline constexpr char kFoldBreak[] = "\xEE\x80\x84";

/// How a text's lines were cut: the column (or byte) they stop at, and the
/// indices of the lines that reach it. `column` 0 (and no lines): not cut.
struct LineCut {
  size_t column = 0;
  bool bytes = false;  ///< counted in bytes (`cut -b`), not in columns
  std::vector<size_t> lines;
  /// Folded, not cut: each line in `lines` went on on the next line, whose
  /// index `rests` holds (ascending); empty for a cut.
  std::vector<size_t> rests;
};

/// Whether `lines` were cut at one column, and where (see the file comment):
/// six lines or more stop at the widest line's width, forty columns or more,
/// twice as many as stop at any of the three widths below it, one or more
/// of them end in a space (or a line of nothing but spaces is that wide: a
/// laid-out page's spaces before a cell the cut took) and two or more in a
/// letter or a digit, and they
/// end in four different characters at least. Folded hard rather than cut
/// (`rests` set: see the file comment) when at least 19 in 20 of those
/// lines are followed by a line that is no blank line, at most 1 in 20 by
/// another line at the column, and at least half of those that end in a
/// letter or a digit by a line that starts with a small letter or a digit.
LineCut CutColumn(const std::vector<TextLine>& lines);

/// The lines numbered `numbers` (1-based, ascending: TextLine::number) as a
/// fold at `width` bytes that could not be proven (folded_lines.h's
/// UnprovenGapFolds): each of them is taken as reaching the cut, the line
/// after it as its rest. A number with no line after it is left out, and
/// so is the empty line a page's first line leaves before its form feed
/// (SplitLines gives the two one number): the line after it is named.
LineCut UnprovenFoldCut(const std::vector<TextLine>& lines, const std::vector<int>& numbers,
                        int width);

/// Appends kCutLine to each line `cut` names and to each of its rests (a
/// fold's: a row's last cells, never read as a row; after it kFoldBreak on
/// a folded line that ends in a letter or a digit), their texts kept in
/// `*storage` (which must outlive `*lines`). Returns the cut's column (0:
/// nothing done).
size_t MarkCutLines(const LineCut& cut, std::vector<TextLine>* lines,
                    std::vector<std::string>* storage);

/// Every cell of the laid-out `*lines` numbered as a line or a rest of `cut`
/// is (TextLine::number of `raw`, the lines `cut` indexes) made unreadable:
/// kCutLine appended to its text where it holds none, and its check box,
/// if any, taken off. For a hard fold whose rows could not be proven
/// (folded_lines.h's UnfoldHardLines): a row's cell left of the cut may go
/// on at the line below its rest (a value's wrapped words, which would be
/// left off), and a rest's column header or box stands at a column that is
/// not its own (a header "Nej" at column 7 for a row's box at 107). A line
/// whose rest ends its block (a blank line, a page's end or the text's end
/// right after the rest) has no cell going on below it: only its last filled
/// cell is marked ("Telefon 060- 16 31 00   E-postadress social" / "a@timra.se":
/// the phone is whole). Returns how many cells were marked.
size_t MarkCutRows(const LineCut& cut, const std::vector<TextLine>& raw, std::vector<Line>* lines);

/// `*s` without the kCutLine and kFoldBreak marks in it (a line's text shown in a finding
/// or a provenance: the mark is the reader's, never the document's).
void EraseCutMarks(std::string* s);

/// Where `s` holds a word whole before the cut: it ends in a word, one
/// blank and kCutLine, its only mark (the line was cut between words:
/// "Kvinnor " and the mark, of "Kvinnor   Män"), the length of `s` before
/// that blank; std::string_view::npos for any other text (no mark, a word
/// cut at the column, "Kvinn" and the mark).
size_t WholeBeforeCut(std::string_view s);

/// The reader note saying that `cut`'s lines were cut at its column
/// (counted in bytes when `bytes`), or folded there (its `rests`).
std::string CutLinesNote(const LineCut& cut);

/// True when `warning` is a note CutLinesNote wrote; sets `*column` (the
/// column as the note names it, 1-based: the last one left) and `*folded`
/// (the lines were folded, not cut). False for every other note (`*column`
/// and `*folded` untouched).
bool IsCutLinesNote(const std::string& warning, size_t* column, bool* folded);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_CUT_LINES_H_
