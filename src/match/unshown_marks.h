// Choices whose marks the document does not show (issue 14: the tool's
// failure is never the municipality's omission). A converter that drops
// Word's check-box form fields (pandoc to gfm, CommonMark, AsciiDoc, org,
// MediaWiki; a text browser's dump) leaves a Ja/Nej table's rows with both
// cells empty and no box glyph anywhere: such a row cannot tell "the
// municipality marked nothing" from "the converter dropped the mark".
//
// The evidence is the document's, never the file's name: where a plain
// text's or an HTML page's report (pandoc's HTML drops the fields too; an
// HTML form's check-box inputs are read as glyphs, so a page that has them
// shows them; a Word, OpenDocument or PDF file shows its own boxes; a blank
// form marks nothing) shows in its lines no mark of any kind (ShowsMarks: no check box, no
// box glyph, no typed box, no lone mark such as "X") and no choice of the form was read (no row's
// Ja/Nej, no option, no choice written as a word), every choice whose label was found with nothing
// read beside it is the tool's "could not read": one `value_unreadable` finding (message
// `choice_marks_not_shown`) a table, naming its rows' keys, located at its
// first row (MatchRun::NameUnshownMarks, defined in unshown_marks.cc; a table
// ends at a section heading or a column header). Where some choices were
// read, from typed marks ("x" in a cell) or written words, but the report
// shows no box of any kind (ShowsBoxes): a municipality that typed its own
// marks into some tables while the converter dropped the form's boxes from
// others leaves those others empty, so each table none of whose rows was
// read is named the same way (message `choice_marks_not_shown_typed`); a
// table with a row read keeps its empty rows as the municipality's blanks.
// Where the document shows a box anywhere, or nothing was read and it shows
// a lone mark, an empty row stays the municipality's blank. A
// line read by OCR is never taken for one (a scan's faint mark may be what
// was missed). No value is changed.
#ifndef REDOVIS_MATCH_UNSHOWN_MARKS_H_
#define REDOVIS_MATCH_UNSHOWN_MARKS_H_

#include <cstddef>

#include "match/value_parser.h"
#include "match/written_answers.h"
#include "redovis/document.h"

namespace redovis {

/// True when lines [`begin`, `end`) of `doc` show a box: a cell with a
/// check box (a Word or OpenDocument form field, a glyph or a typed box the
/// text reader read as one), a check-box glyph inside a cell's text
/// (glyphs.h) or a typed box in brackets ("[ ]", "[X]", "( )").
bool ShowsBoxes(const Document& doc, size_t begin, size_t end, const WrittenAnswers& written);

/// True when lines [`begin`, `end`) of `doc` show a mark of any kind: a
/// cell with a check box (a Word or OpenDocument form field, a glyph or a
/// typed box the text reader read as one), a check-box glyph inside a cell's
/// text (glyphs.h), a typed box in brackets ("[ ]", "[X]", "( )": the
/// written answers' IsBoxToken), or a cell that is a lone mark of
/// common.rules that is no number ("X", "✓").
bool ShowsMarks(const Document& doc, size_t begin, size_t end, const WrittenAnswers& written,
                const ValueParser& parser);

}  // namespace redovis

#endif  // REDOVIS_MATCH_UNSHOWN_MARKS_H_
