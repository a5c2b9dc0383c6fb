// A laid-out page (`pdftotext -layout`) whose paragraphs `fmt` refilled:
// fmt takes every run of lines with the same indentation and no blank line
// between them for a paragraph, joins its lines with one space (two after a
// word ending a sentence) and breaks it again near its width, keeping the
// runs of spaces inside each line. A row's wrapped cells and the row under
// them (lines at column 0, one after another) become one paragraph: a
// value runs on into the next row's label ("VÄSTERÅS Kontaktperson
// Susanne"), a line starts with the words the line above ended with, and
// no cell stands under its column any longer. Where the joined lines ended
// is lost, so such a paragraph is not read as rows.
//
// Told by its proof (FindRefilledLayout), in a text laid out (five lines
// or more indented, or with three spaces or more between words): a page's
// first line that fmt joined to the line before it, so that the form feed
// pdftotext writes at a page's start stands inside a line after a word and
// a space ("Västerås \fStatsbidrag"; the last page's, "5/5 \f", at the
// text's end). A refill that joined no page's first line (fmt -w 72 of a
// page whose paragraphs all end before its page breaks) is not told: words
// alone past the width every line of two words keeps to are no proof (a
// page laid out by `pdftotext -fixed 3` shows them too).
//
// Not read as rows (FindRefilledLayout's `lines`, which the reader leaves
// blank): each line of a paragraph fmt may have joined (two lines or more
// one after another with the same indentation), a line holding such a form
// feed, a line holding a sentence's end, two spaces and a word (fmt's join
// of a line ending a sentence: "Ombuden har erbjudits utbildning.  X", the
// box under the question), and every line between the same blank lines as
// one of those (a list's options, lest it read short). Of those, a line of
// words alone (no run of two spaces) is read with kRefilledBreak
// (redovis/document.h) at its end (`marked`): a free answer's words stay,
// but a value reaching its end is null (refilled_line), so an answer with
// lines left out is never read short. A line alone between blank lines or
// lines otherwise indented, in a block with no such line, is read. With
// the form's labels, two paragraphs of words alone keep their lines'
// ends unmarked: a question refilled alone (a label opening at the
// paragraph's first word or a page's, running to the paragraph's end and
// ending there of itself: with a word after it the label is no longer),
// whose last line ends where the question's line did (fmt ends a
// paragraph where a line ended), so its answer stands below it as it
// stood; and a free answer of its own (no label where any of its lines
// may have started, its first word's included, its last word ending a
// sentence: a heading or a name fmt joined after an answer ends none). The
// reader's note (folded_lines' RefilledLayoutNote) gives the finding
// `refilled_text`.
//
// Headings given back (FindRefilledLayout with a heading_at, the form's
// section headings): in a paragraph not read, where a line starts for
// certain (the paragraph's first word, a page's first word) and the words
// from there, one space apart across fmt's breaks, open a section's
// heading ("\f3. Kontakt med" / "verksamheten", a page's first line joined
// to the footnote above it; "10. Underskrift av ... kommunen Datum
// 2020-01-12 Namnsteckning"), the heading's words are given back alone as
// a row, so that its section opens; the words after it stay unread (a
// line all of whose words the heading took is left blank).
//
// Rows given back (FindRefilledLayout with a LabelAt, the form's labels
// the caller knows): fmt keeps the spaces inside each line it joins, and
// puts one space where it joined two lines (two after a word ending a
// sentence), so a line of a paragraph starts for certain at the
// paragraph's first word, at a page's first word (its form feed), and,
// read from the form, where a label of the form opens a cell after one
// space (two after a sentence's end) or at the start of a line fmt wrote.
// From such a start to the next, a row's values can be told when its
// label is a row's and each value is a word alone: two spaces or more
// before it on one line fmt wrote (never two after a sentence's end), a
// page's form feed, or a break of fmt's, where the spaces were lost (then
// every value a word with no letter, a count or a box, or a lone "X", and
// never two words a break may have parted inside one value: a number's
// next group of three digits, "804" / "246:-", or a number going on after
// a dash, "060-" / "16"). The row is read, its label at the paragraph's
// indentation, when its values can be placed in one way only, in order,
// under the cells of the column header above it right of its label (each
// cell holding a letter): the nearest line above that is no blank line and
// opens with no row's label, read as it stands or a piece of a paragraph
// with no break of fmt's inside it, given back with the row. A value on
// the label's line or on a page's first line stands where it stood, under
// its cell by a column of slack, or nearest to it of all cells where the
// row fills every cell (a table laid out a few columns off the header
// above it); the values after a break keep only the spaces between them
// on their line, and are placed where those spaces fit the cells (each
// overlapping its own by a column of slack), as many values as cells
// unless every value's column and the label's are known. Where the header
// does not place them, the nearest row given back above with as many
// values, two or more, stands for the header (a table's rows line up with
// each other; one value shows only its own cell).
// A line of a word's rest alone ("or" under "... Kvinn  Män", text_cells.h's
// IsWordRest) is no header: the header it ends was left unread, and rows
// under it are not given back.
// A value whose column is not known is placed under a header of two cells
// or more (a page's running line of one cell, "2021-01-14 10:32
// Redovisning statsbidrag ...", is no header it can stand under).
// One value alone after a break under two cells or more, a value with
// letters after a break (a name after a box), a value of two words, and
// every other row stay unread. A label broken over two lines fmt wrote is
// read with one space there.
//
// In: the text's lines (text_cells.h), a form feed parting a line as two;
// the form's labels from the caller. Knows nothing about reports; never
// fails.
#ifndef REDOVIS_READ_TEXT_REFILLED_LAYOUT_H_
#define REDOVIS_READ_TEXT_REFILLED_LAYOUT_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "read/text/text_cells.h"

namespace redovis {

/// Where a label of the form starts `text`: 0 when none does, else the
/// byte length of the label (1 for one of none), negated when the label is
/// no table row's.
using LabelAt = std::function<int(std::string_view text)>;

/// A row of a refilled paragraph as it stood (FindRefilledLayout).
struct RestoredRow {
  size_t line = 0;   ///< the line it is read before: the one its label stands in
  std::string text;  ///< its words at their columns before fmt
};

/// A laid-out page fmt refilled: the lines not to read, those read with
/// their end marked, the rows given back, and its width.
struct RefilledLayout {
  std::vector<size_t> lines;  ///< indices into the lines, ascending
  /// lines of words alone, read with kRefilledBreak (redovis/document.h) at
  /// their end: ascending
  std::vector<size_t> marked;
  int width = 0;  ///< the widest line of two words or more, in columns
  /// rows as they stood, each read before the line `line` (left blank
  /// itself, as every line a row given back was read from): ascending
  std::vector<RestoredRow> rows;
};

/// Whether `lines` are a laid-out page fmt refilled; fills `out` if so.
/// With `label_at`, the rows that stood under a column header are given back;
/// with `heading_at` (a section's heading of the form at a text's start: 0
/// for none, else its length in bytes), each heading where a line of a
/// paragraph not read starts for certain.
bool FindRefilledLayout(const std::vector<TextLine>& lines, RefilledLayout* out);
bool FindRefilledLayout(const std::vector<TextLine>& lines, const LabelAt& label_at,
                        RefilledLayout* out);
bool FindRefilledLayout(const std::vector<TextLine>& lines, const LabelAt& label_at,
                        const LabelAt& heading_at, RefilledLayout* out);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_REFILLED_LAYOUT_H_
