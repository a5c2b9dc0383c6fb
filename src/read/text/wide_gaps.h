// A text whose words stand two spaces apart or more, as its columns do:
// `pdftotext -layout -fixed P` with a pitch P narrower than the font's
// letters (2 to 2.8 points a column for a form's 10-point text) puts each
// word at its place on the page but writes it in fewer columns than it
// takes there, so the rest of its width becomes spaces ("Antal     nya
// klienter"). Read as it stands, every word would be a cell of its own: a
// label's words apart, a value's words apart ("Kontaktperson  Inga-Lill"
// with "Nilsson" under the label, not under the value; a postcode's "721"
// without its "87"), and values given from the wrong place. In such a text
// a run of spaces parts no cells: each line is read as reading-order text
// is (its leading and trailing spaces off, every run of spaces inside it
// one space, so the line is one cell), whose tables the matcher reads by
// their order where the order proves them and leaves null with a finding
// where it does not; a note says so (WideGapsNote, a finding
// `wide_word_gaps`).
//
// The proof is the text's own prose: two words of small letters side by
// side on a line ("antal klienter", "har erbjudits") stand one space apart
// in every laid-out text (`pdftotext -layout`, with justified paragraphs
// too, and with `-fixed 3` or wider), in pandoc's, LibreOffice's and the
// browsers' dumps and in typed text (98 in 100 or more of such pairs in
// each of the 8,195 text renderings the project measured); here most
// stand wider (none to 89 in 100 at pitches 2 to 2.8). Of at least
// kFewestPairs such pairs, fewer than 9 in 10 one space apart. Lines and
// form feeds keep their places (a line read as number n is the text's line
// n). Knows nothing of reports; never fails.
#ifndef REDOVIS_READ_TEXT_WIDE_GAPS_H_
#define REDOVIS_READ_TEXT_WIDE_GAPS_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace redovis {

/// Pairs of words of small letters (two or more letters each, by ICU's
/// u_islower) standing next to each other on a line, parted by spaces only.
struct WordGaps {
  size_t pairs = 0;  ///< such pairs on the text's lines
  size_t tight = 0;  ///< of them, those one space apart
};

/// Fewest pairs that prove anything (a short text proves nothing).
inline constexpr size_t kFewestPairs = 20;

/// The pairs of words of small letters side by side on the lines of the
/// UTF-8 `text` (lines end at '\n', '\r' or '\f'). Never fails: bytes that
/// are no UTF-8 are no letters.
WordGaps CountWordGaps(std::string_view text);

/// True when `gaps` proves a text of wide word gaps: kFewestPairs pairs or
/// more, fewer than 9 in 10 of them one space apart.
bool WordGapsAreWide(const WordGaps& gaps);

/// `text` with each line's leading and trailing spaces taken off and every
/// run of spaces inside a line made one space; line ends and form feeds
/// kept as they are, so each line keeps its number.
std::string CloseWordGaps(std::string_view text);

/// The reader's note for a text read so, naming the pairs that proved it.
std::string WideGapsNote(const WordGaps& gaps);

/// True when `warning` is a note WideGapsNote wrote.
bool IsWideGapsNote(const std::string& warning);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_WIDE_GAPS_H_
