// A tabbed text `fmt` refilled narrow (folded_lines' RefilledTabbedText):
// fmt takes every run of lines with the same indentation and no blank line
// between them for a paragraph, joins its lines with one space (two after a
// word ending a sentence) and breaks it again near its width, keeping the
// tabs inside each line. A row's last cell runs on into the next row's
// label ("29\t5 därav mellan 18 och 29 år"), a row's values may stand on
// the next line, and where a joined line ended is lost.
//
// What is read (FindRefilledTabs): a line fmt left alone, between blank
// lines or lines indented otherwise (a paragraph of one line: a column
// header, a row standing before a blank line), as it stands. A block
// between blank lines holding a paragraph of two lines or more is read no
// further than its lines of words alone (one space between words, two
// never: fmt's join after a sentence's end, "utbildning.  X"), each ending
// in kRefilledBreak (redovis/document.h): its wording (a heading, the year
// line that tells the edition) and a free answer's words stay, a value
// reaching a line's end is null (refilled_line). A block one of whose
// joined lines holds a tab or a gap between words (cells fmt ran
// together: a row's last value and the next row's label, a box and the
// next question) is not read at all, its lines of words alone neither
// ("ja, uppskatta hur lång" after the question's box is no answer "Ja");
// each of its lines is left blank, its number kept. The reader's note
// (folded_lines' RefilledLayoutNote) gives the finding `refilled_text`
// (a record read complete made `incomplete`).
//
// Rows given back (FindRefilledTabs with a LabelAt, the form's labels the
// caller knows): a block between blank lines whose words, read in order
// whatever spaces or tabs part them, are a count table's rows, each a row's
// label (a row rule's, opening where the row before it ended) followed by
// its counts (words of digits alone), is read as those rows, a row a line
// with its cells at tabs ("därav mellan 18 och 29 år\t14\t2"), under a
// column header of as many words as the rows have counts: the block's
// words before its first label, or the block above it (only blank lines
// between) when it is such words alone, given back as cells too
// ("\tKvinnor\tMän"), or the rows given back just above. A row with fewer
// counts (an empty cell, whose column cannot be told) is given back with
// its label and empty cells; a count of three digits after one of three
// or fewer and no tab between them ("1 500": one number or two?), a row
// with more counts than
// the header has cells, or a word neither count nor label leaves the
// block as said above.
//
// In: the bytes (after UnfoldLines, which joined none). Knows nothing about
// reports; never fails.
#ifndef REDOVIS_READ_TEXT_REFILLED_TABS_H_
#define REDOVIS_READ_TEXT_REFILLED_TABS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "read/text/refilled_layout.h"

namespace redovis {

/// A tabbed text fmt refilled, as far as it is read.
struct RefilledTabs {
  std::string text;   ///< the text, each unread line empty (its line feed kept)
  int width = 0;      ///< the widest line of two words or more, in columns
  size_t unread = 0;  ///< how many lines holding words were left blank
  size_t marked = 0;  ///< how many lines of words alone end in kRefilledBreak
  size_t rows = 0;    ///< how many rows and column headers were given back
  /// The 1-based number in the bytes of each line of `text` (index: the
  /// line's number less 1) where rows were given back; else empty (every
  /// line keeps its number).
  std::vector<int> numbers;
};

/// True when `bytes` is a tabbed text refilled narrow (RefilledTabbedText);
/// then fills `out` with its lines read as said above. Otherwise false,
/// `out` untouched.
bool FindRefilledTabs(std::string_view bytes, RefilledTabs* out);
/// The same, the rows of a count table given back where `label_at` tells
/// their labels.
bool FindRefilledTabs(std::string_view bytes, const LabelAt& label_at, RefilledTabs* out);

/// A text with its count tables given back (GiveBackCountTables).
struct CountTables {
  std::string text;          ///< the text, each table's block in rows
  size_t rows = 0;           ///< how many rows and column headers were given back
  std::vector<int> numbers;  ///< the 1-based number in the input of each line of `text`
};

/// The count tables of a text whose paragraphs fmt refilled, its lines'
/// ends marked (folded_lines.h's RefilledParagraphs: LibreOffice's text a
/// cell a line, "Kvinnor Män Totalt antal klienter" / "29 5 därav ..."),
/// given back as FindRefilledTabs gives them back (the marks no part of a
/// word), but laid out with spaces, each cell at one column of the text
/// for every table (a tab would have the whole text read as a tabbed one,
/// its other lines too; a text holding a tab, its cells indented by tabs,
/// is read so anyway: its rows keep their cells at tabs), and "1 500" in a
/// row with another after it in its block: two
/// counts, as each cell stood on a line of its own and an empty one was a
/// blank line, which would have ended the block. False, `out` untouched,
/// when none is.
bool GiveBackCountTables(std::string_view text, const LabelAt& label_at, CountTables* out);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_REFILLED_TABS_H_
