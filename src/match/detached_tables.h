// A Word form's text dumped paragraphs first and tables after, as a script
// that walks python-docx's `doc.paragraphs` and then `doc.tables` writes it:
// every section's heading and question text in order, then every table's
// rows (cells at tabs) after the last section's heading. Read as it stands,
// each row stands in the last section, where its label names no rule, and
// the report reads as nearly blank (0.09 of the values on 75 such dumps).
// Here the rows are put back into the sections their labels name, so that
// the matcher walks them where the form printed them; internal to the
// matching stage (the text reader knows no sections).
//
// In: a normalised plain-text Document (format "text") and the lines
// [begin, end) of one report, with its edition's section headings and
// rules. The dump is told only where all of these hold:
//   - the report's lines hold 8 rows or more (lines of two cells or more),
//     every one of them after the last line that opens with a section's
//     heading (a form that keeps its tables in place has rows in its
//     sections);
//   - rows there open with a label of a rule of 3 sections or more that a
//     heading line opens, other than the last (the tables of several
//     sections, not one section's).
// Each line after the last heading is then given a section: the one section
// whose rules (not the "*" rules every section shares) have a label its
// first cell opens with (the rule's regex matching from the cell's start;
// an option's row, its box first, by its second cell: "☐\tKan inte bedöma"),
// of the sections a heading line opens (a rule of two sections, "head" and
// "identity", names the one with a heading);
// a line such labels of several sections open ("Kommun": the identity's
// field and the providers' row; "Om nej, ange varför.") takes the section
// of the line before it where that is one of them, else of the line after
// it where that is one, else none; any other line no rule's label opens
// takes the section of the line before
// it (a row of values under a row of labels, "804 246:-\t2,0"), else none;
// a table's header row (its cells after the first all column words:
// "\tKvinnor\tMän", "Kontaktsorsak\tKvinnor\tMän") takes the next line's.
// A line left with none stays where it is (in the last section). Each
// section's lines so given are moved, in their order, to the end of that
// section's own lines (before the next section's heading). Lines keep their
// numbers in the file: findings cite where the dump wrote them.
// Out: how many lines were moved; 0 where the dump is not told, and
// anything else is left as it was.
//
// Never fails, never reads a file, keeps no reference to its arguments.
#ifndef REDOVIS_MATCH_DETACHED_TABLES_H_
#define REDOVIS_MATCH_DETACHED_TABLES_H_

#include <cstddef>

#include "match/value_parser.h"
#include "redovis/document.h"
#include "redovis/patterns.h"

namespace redovis {

/// Puts the rows of [begin, end) of `doc` that a paragraphs-then-tables
/// dump wrote after the last section back into their sections (see above),
/// by `edition`'s headings and rules and `parser`'s column words. Returns
/// how many lines were moved.
size_t PutDetachedTablesBack(const Edition& edition, const ValueParser& parser, size_t begin,
                             size_t end, Document* doc);

}  // namespace redovis

#endif  // REDOVIS_MATCH_DETACHED_TABLES_H_
