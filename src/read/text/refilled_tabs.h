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
// In: the bytes (after UnfoldLines, which joined none). Knows nothing about
// reports; never fails.
#ifndef REDOVIS_READ_TEXT_REFILLED_TABS_H_
#define REDOVIS_READ_TEXT_REFILLED_TABS_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace redovis {

/// A tabbed text fmt refilled, as far as it is read.
struct RefilledTabs {
  std::string text;   ///< the text, each unread line empty (its line feed kept)
  int width = 0;      ///< the widest line of two words or more, in columns
  size_t unread = 0;  ///< how many lines holding words were left blank
  size_t marked = 0;  ///< how many lines of words alone end in kRefilledBreak
};

/// True when `bytes` is a tabbed text refilled narrow (RefilledTabbedText);
/// then fills `out` with its lines read as said above. Otherwise false,
/// `out` untouched.
bool FindRefilledTabs(std::string_view bytes, RefilledTabs* out);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_REFILLED_TABS_H_
