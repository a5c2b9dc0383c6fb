// Word's text form fields as dumps of a Word file write them: the marks a
// field's start, separator and end stand for, which are no text of the
// document, taken off the cells the text reader made (text_reader.h).
//
//   - `catdoc` writes a field's code and its marks: "Kontaktperson
//     FORMTEXT  Inga-Lill Nilsson " (the start, the code " FORMTEXT ", the
//     separator, the result, the end, each mark a space). The code is no
//     text: the words before it are the field's label, what follows is its
//     result, a cell of its own (SplitFormTextFields). The field's end is
//     one space: in a cell read at tabs (its spaces as written), a result
//     with no space after it whose spaces are one run holds the end in that
//     run ("FORMTEXT  30 dagar", Word's "30dagar"), taken off; a result with
//     spaces after it ends there (they are trimmed); a result whose spaces
//     are several runs, or that runs over lines, is left as it stands (the
//     end cannot be told from a space of the text).
//   - `links -dump` and `elinks -dump` of LibreOffice's HTML write each of
//     the field's marks LibreOffice passes on (\x07\x03 before the result,
//     \x08 after it) as a dot: "..Lindesberg.", "..30.dagar", and a form
//     check box as its glyph and a dot ("☒.  Verksamheten"). In a text
//     whose every box glyph has its dot, on three lines or more, the dot is
//     a space (its columns kept, so that an option's wrapped line stands
//     under its text again: BoxDotsAsSpaces, before the layout). A text
//     shows the fields' dots when three words or more are a field alone
//     ("..X.", "..2.", ShowsFieldDots); in the cells the layout made, two
//     dots opening a word (no third after them) are the field's start and
//     are taken off, with the field's end where that is certain: the dots
//     after the start, up to the next field's start in the cell, are one
//     run (the end is one of them: "..30.dagar" is "30dagar", "..samtal.."
//     is "samtal."). Where they are several runs (the end is one of them,
//     or the result's own full stop) or none (the end is in a later cell),
//     the cell is left as it stands (TakeOffFieldDots).
//   - `w3m -dump` of LibreOffice's HTML writes each of those marks as a
//     space a column wide: "Kontaktperson   Inga-Lill" (the text's space,
//     then the start's two), "Nilsson " (the end, after the result's last
//     word), "30 dagar" for Word's "30dagar". A text shows the fields' ends
//     when three lines or more end in one space after a word (no box glyph:
//     w3m pads those), ShowsFieldEnds. There, in the cells the layout made
//     (W3mFieldMarks):
//       - a line of one cell that ends in the mark, right under a line of
//         a paragraph's start (a blank line, or none, above it) that does
//         not, at that line's first cell's column, and with a blank line or
//         none after it, is the wrap of a field whose result started on the
//         line above: that line's second cell, three columns after the
//         first (a space and the start's two), is the result's start, when
//         no third cell stands as near; the line's text goes on that cell
//         ("Kontaktperson   Inga-Lill" / "Nilsson ": `Inga-Lill Nilsson`);
//       - a line of one cell that ends in the mark, right under a line of
//         one cell that starts two columns right of it (the start's two
//         marks before the result, the wrap at the field's own column),
//         each a paragraph's edge, is that result's wrap: "  Vi ser ...
//         neuropsykiatriska" / "diagnoser, som tar kontakt. " (`w3m -cols
//         60`: a field alone in its cell) is one answer;
//       - a paragraph of one line and one cell, two columns right of the
//         paragraph above it in its cell (one blank line apart, no mark
//         ending that one: the start's two marks before the result), that
//         does not end in the mark and holds one space, after a word with
//         a digit, has the field's end in that space, taken off ("30
//         dagar" is `30dagar`). A result of several spaces is left as it
//         stands (which is the end cannot be told).
//   - w3m writes a form's check box (an input LibreOffice's HTML makes of a
//     Word check box) as "[ ]" or, ticked, "[*]"; `lynx -dump` as "[ ]" or
//     "[X]"; links writes "[ ]" for both, its state lost. In a text with a
//     cell "[*]" or "[X]", each cell that is "[ ]", "[*]" or "[X]" alone is
//     a box, empty or ticked (InputBoxes); in one without, a cell "[ ]"
//     says nothing. `html2text -utf8` writes such a box as "⁰" (U+2070) or,
//     ticked, "*", a column each, glued where its column is one wide
//     ("⁰*" under "Ja Nej"): in a text with two cells or more holding a
//     "⁰", each is read as the boxes it holds (Html2textInputBoxes).
//
// Knows nothing of reports; never fails.
#ifndef REDOVIS_READ_TEXT_FIELD_MARKS_H_
#define REDOVIS_READ_TEXT_FIELD_MARKS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "read/text/text_cells.h"
#include "redovis/document.h"

namespace redovis {

/// catdoc's field code in `lines`' cells: each cell holding it as a word of
/// its own split into the label before it and the result after it (a cell
/// with the code alone in it made empty), positions split with the text
/// where the cell has them; the field's end taken off a result read at tabs
/// where it is certain (see above).
void SplitFormTextFields(std::vector<Line>* lines);

/// Whether `lines` show links' dots around form fields: three words or more
/// that are a field alone (see above).
bool ShowsFieldDots(const std::vector<TextLine>& lines);

/// In `lines` whose every check-box glyph is followed by a dot (before a
/// space or the line's end), on three lines or more, each such dot made a
/// space, each line changed kept in `*storage` (which must outlive
/// `*lines`, and hold no string a line views: growing it may move them). Returns the number of
/// lines changed (0: not such a text).
size_t BoxDotsAsSpaces(std::vector<TextLine>* lines, std::vector<std::string>* storage);

/// The dots of links' form fields taken off `lines`' cells where the end is
/// certain (see above), for a text that ShowsFieldDots; a cell's columns
/// lose the dots taken off its ends. Returns the number of cells changed.
int TakeOffFieldDots(std::vector<Line>* lines);

/// Whether `lines` show w3m's field ends: three lines or more that end in
/// one space after a character that is no space nor box glyph (see above).
bool ShowsFieldEnds(const std::vector<TextLine>& lines);

/// In a text that ShowsFieldEnds, `lines` laid out from `raw` (whose
/// numbers they keep): a field's wrapped tail joined to its result and a
/// field's end inside a one-line result taken off, where certain (see
/// above). Returns the number of lines changed.
int W3mFieldMarks(const std::vector<TextLine>& raw, std::vector<Line>* lines);

/// w3m's and lynx's check boxes in `lines`' cells: in a text holding a
/// cell "[*]" or "[X]", each cell "[ ]" gets kUnchecked and each "[*]" or
/// "[X]" kChecked, its text kept (see above); a cell after a line's first
/// that opens with such a box glued to text ("[ ]RSMH": a person typing a
/// form's boxes as brackets, the box flush against the next column's text)
/// split into the box, three columns wide, and the text after it, as
/// SplitAtGaps splits "☐RSMH". Returns the number of cells given a state.
int InputBoxes(std::vector<Line>* lines);

/// html2text's empty form check box, "⁰" (U+2070); its ticked one is "*".
inline constexpr std::string_view kHtml2textEmptyBox = "\u2070";

/// The bytes of html2text's box ("⁰" or "*") that starts at t[at]: 0 where
/// none does (or `at` is past the end). The one reading of a run of its
/// boxes, box by box, for this module and tab_stops' columns in bytes.
size_t Html2textBoxAt(std::string_view t, size_t at);

/// The bytes of html2text's box that ends right before t[end]: 0 where none
/// does. Reads a run of boxes backwards, as Html2textBoxAt forwards.
size_t Html2textBoxBefore(std::string_view t, size_t end);

/// html2text's check boxes in `lines`' cells: in a text where two cells or
/// more hold its empty box "⁰" (U+2070), each cell that is "⁰" (empty) or
/// "*" (ticked) alone gets that state, its text kept, and a cell of such
/// boxes glued one to the next ("⁰*", a column each) becomes a cell a box,
/// each starting where the one before ends (see above). Before that, a run
/// of such boxes is parted from the text of its cell: ending the cell one
/// space after its label (two boxes or more holding a "⁰", or one before a
/// cell of boxes: "Patientorganisationer ⁰*", "hanteras i *"), or, in a cell
/// after a line's first, opening it one space before its text ("⁰ RSMH").
/// Returns the number of boxes given a state.
int Html2textInputBoxes(std::vector<Line>* lines);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_FIELD_MARKS_H_
