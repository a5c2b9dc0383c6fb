// A text that `fold -s -w N` wrapped (each line longer than N bytes broken
// after its last blank that fits, a word longer than the line cut where the
// line ends): its lines joined again where the wrap is proven, before the
// text is decoded, on the bytes, which is what `fold` counts (a tab goes on
// to the next multiple of 8).
//
// The proof, line by line: a line that ends in a space, where the next
// line's first word and the character after it would have run past the
// widest line of the text (the fold's width), was broken there; so was a
// line with no blank, a letter or a digit in it, as wide as the fold's width,
// where the next line's first character would not have fitted (a long word
// or an address cut), unless the line ends in a small letter, a comma, a
// full stop, a colon or a semicolon and the next starts with a capital (a
// word that ended at the width: "tyreso.se" / "Detta", "intresseföreningar,"
// / "Region"; no word holds a capital after a small letter); and so was such a
// line exactly as wide as the fold's width before a line that starts with
// a space (a word that filled the line, cut before the blank
// that would not have fitted: "Socialförvaltningen" / " Lindesberg", or
// before a run of blanks: a grid cell's padding); and so was a line of nothing but a rule's
// characters (-, =, +) as wide as the fold's width before a line that goes on with one, or with the
// blank between two of its groups (pandoc's rules wider than the width). Otherwise the next line
// starts with a character that is no blank. The two are joined as they were written (the space
// kept, nothing added). So is a line as wide as the fold's width that ends in a space before a line
// that goes on with spaces and then a word (not a tab), or with nothing but
// spaces: `fold -s` broke a laid-out text's row (`pdftotext -layout`)
// inside the gap before a column, or a table's row padded past the width
// (pandoc's) inside its padding. A table's rule stands on a line of its
// own: lines that would join text and then a rule (a row's padding, then
// the rule's indent alone on a line) are joined up to the rule, which
// keeps its indent. In a text of tables with rules whose lines end in
// padding (2 rules or more, 8 lines or more ending in a blank before an
// empty line), a row whose padding ended at the width before the next
// row's indent looks like a row broken inside a gap: such a join is undone
// where it would make a line wider, in characters, than every line the
// text makes without one (no table's row is wider than its rules).
// Never before a line that starts with a form feed (a page's first line:
// `fold` counts the form feed as a column, and breaks no line before it). Never at a
// line that ends in a tab: a tab ends many lines of a tabbed text where a
// row ended, and where the next row's first cell would not have fitted the
// two readings cannot be told apart: such a line is named in the result
// (UnfoldedText::undecided), for the reader to read neither way.
//
// The text as a whole must show the fold: at least 8 lines that end in a
// space, narrower than the widest (a line as wide may be cut anywhere, as
// `fold` without -s cuts), are proven broken, and no fewer than those that end in a space where
// the next word would have fitted (lines a writer left a space at the end
// of); a text with form feeds and a gap of two blanks or more between words
// on some line (a laid-out text's pages) must also show 4
// rows or more broken inside a gap between columns (a text cut at a column
// in characters, each of å, ä, ö two bytes, ends many lines in a space
// short of its widest in bytes, but few at that width), or one such row
// where 16 lines or more ending in a space are proven broken and none is
// not (a form whose tables are narrower than the width; a cut leaves the
// next word's fit to chance); raw `pdftotext`'s pages (form feeds, one
// space between words) need not. A text with a
// carriage return or a NUL byte (UTF-16) is left as it is.
//
// A tabbed text (a row a line, its cells at tabs) refilled narrow (`fmt`,
// `fold` without -s, a mail program's rewrap) has lost where its rows
// ended: a row's cells run on into the next row's label, a word is cut
// ("Björkstén" on the next line, a mark "X" before the next option). Told
// by RefilledTabbedText, for the reader to refuse. Knows nothing of reports
// or forms; never fails.
#ifndef REDOVIS_READ_TEXT_FOLDED_LINES_H_
#define REDOVIS_READ_TEXT_FOLDED_LINES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "redovis/readers.h"

namespace redovis {

/// The text with its folded lines joined, and where each of its lines began.
struct UnfoldedText {
  std::string text;
  /// The 1-based number, in the folded text, of the first line each line of
  /// `text` was joined from (index: the line's 1-based number in `text`, less 1).
  std::vector<int> numbers;
  /// The fold's width in bytes (the widest line).
  int width = 0;
  /// The 1-based numbers in `text`, ascending, of the lines that end in a
  /// tab where the next line's first word would not have fitted: the fold
  /// may have broken a row there (its later cells on the next line, at
  /// column 0: a column header's words under the row's label) or the row
  /// may have ended in an empty cell; which cannot be told. UnfoldLines
  /// only; empty when no line so ends.
  std::vector<int> undecided;

  /// The number in the folded text of `text`'s line `number` (1-based; a
  /// number past the end is returned as it is).
  int FoldedNumber(int number) const;
};

/// When `bytes` is a text `fold -s` wrapped (see above), sets `*out` and
/// returns true; otherwise returns false and leaves `*out` as it was.
bool UnfoldLines(std::string_view bytes, UnfoldedText* out);

/// A laid-out text (its pages at form feeds) that `fold -s` may have
/// wrapped where too few rows show it for UnfoldLines to prove the fold (as
/// at 120 columns, where only the widest rows break): the 1-based numbers,
/// ascending, of its lines that end in a blank where the next line's first
/// word would not have fitted after it (ProvenBroken's test at the widest
/// line's width, set in `*width`), the break inside a gap between columns
/// (the line ends in two blanks or more, or the next line starts with one):
/// a row's last cell ("☐" of "Ja ☒ Nej ☐") stands alone on the next line,
/// where it would be taken for the row below's, and the row is left short
/// of it. A break at one blank between two words (a paragraph's wrap) is no
/// row's: the reader joins a paragraph's lines. Empty when the text has no
/// form feed, or has a carriage return or a NUL byte. For a text UnfoldLines
/// did not join.
std::vector<int> UnprovenGapFolds(std::string_view bytes, int* width);

/// A text that `fold -w N` (no -s) folded hard: each line wider than N
/// bytes (GNU `fold` counts a byte a column) cut at N, anywhere, inside a word or a letter's UTF-8
/// bytes, its rest on the next line. Its lines are joined, on the bytes before the text is decoded,
/// where the break is proven: a line at the width (the widest line, 20
/// columns or more) that ends inside a letter's bytes the next line opens
/// with (certain: no writer breaks a line there); or that ends in a run of
/// letters the next line's first run of letters goes on with, where the two
/// spell a word `known` knows and neither piece is one ("Ombu" / "dsverksamhet",
/// "f" / "å"), or a word of the language's word list `language` where one
/// piece at least is none of its words ("bl" / "anketter"; "tjänst" /
/// "ledighet", two words, proves nothing so) (the spelling proof: a row that ended at the width is
/// followed by a row of its own, whose first word does not complete the last one's; never where the
/// second piece reaches the end of a line at the width, a word cut twice); once the fold is proven,
/// also where the two pieces spell a word the text itself writes whole elsewhere and never as the
/// two pieces apart (the document's own spelling: "om" / "bud" where "ombud" stands, pieces that
/// are words), or where the next line opens as no line the text's writer wrote opens, with one
/// blank and then no blank or with a mark that ends a word (fold_rests.h' OpeningRests: "kontakt" /
/// " och söker", "handläggare" / ", gäller"); or that ends in no blank before a line of blanks and
/// then a word, narrower and ending in none, at the indent of the rest of a line at the width
/// within 8 lines whose break is proven, where no narrower line ends in a blank (a row's last cell
/// cut off before its gap, in the column of the rows' rests: "Kvinnor" / "    Män", "3" / "    0");
/// or that ends in a space where no line narrower than the width ends in a blank (a laid-out
/// text's, `pdftotext -layout`, never does) and the lines at the width after it, fewer than 4, end
/// in a narrower line, the row's rest. A line at the width before a blank line, a page's first line
/// (a form feed) or the text's end is a line of its own (a rest is never empty); so is a line at
/// the width that ends where the next line's first word begins: a small letter, a digit, a comma, a
/// full stop, a colon or a semicolon before a capital and a small letter ("Kvinnor  Män" / "Totalt
/// antal klienter  29", "4" / "Sysselsättning": no word holds a capital after a small letter, no
/// number runs into a word; "So" / "L och LSS" is not told so). Any other line at the width may
/// have been a natural line as well as a cut (a word cut at the width, "Post"
/// / "ort Timrå", or a row that filled it): it is not joined, and its number
/// in `out->text` is put in `*unproven` (ascending), for the reader to read
/// neither it nor the next line as a whole row (cut_lines' UnprovenFoldCut
/// and MarkCutRows). The text as a whole must
/// show the fold: 6 lines or more at the width, and a split letter joined
/// or 2 words proven by their spelling (lines ending in a space prove
/// nothing alone: a text cut at the width, `cut -b`, shows them too, each
/// followed by the next row, whose first word spells no word with the cut
/// one's head). A value cut over the fold (a number's digits, an address's
/// letters outside the vocabulary) is proven by neither: its line is named
/// in `*unproven` and its value read as no value. A line at the
/// width ending in a letter whose rest is not on the next line shows a cut,
/// not a fold: the text is left as it is (false), for cut_lines. A text
/// damaged in transit (a letter's bytes lost, a U+FFFD) is not mended here:
/// only a letter the next line completes is joined, and the decoder refuses
/// what is left (`lost_characters`); a letter cut (`cut -b`, its rest gone)
/// is text_decoder's MendSplitLetters'. `out->undecided` stays empty. A text
/// with a tab is left as it is (false, `*out` and `*unproven` untouched): a
/// tabbed text's rows end at tabs, `fold` breaks before a tab short of the
/// width, and such a text is read with no column to mark a row by
/// (RefilledTabbedText refuses it, refilled narrow); so is a text with a
/// carriage return or a NUL byte. Run after UnfoldLines and UnwrapParagraphs, on a
/// text neither joined.
bool UnfoldHardLines(std::string_view bytes, UnfoldedText* out, std::vector<int>* unproven,
                     const KnownWord& known = KnownWord(), const KnownWord& language = KnownWord());

/// True when `text` holds `word` (one word or several) as written whole:
/// no letter (utf8.h's LetterRunStart's and LetterRunEnd's) nor ASCII digit
/// right before or after it. The text's own spelling, which UnfoldHardLines
/// and tab_stops' ReadSqueezedGapRows ask.
bool WritesWord(std::string_view text, std::string_view word);

/// A text whose paragraphs, and a table's rows (cells at tabs), are parted
/// by blank lines (or a page break's line) and each wrapped at one width in
/// bytes, a tab counted as one byte, the break taking one blank wherever it
/// fell (`catdoc`'s dump of a Word file, at 72): a row's last cell goes on
/// on the next line, where it would be read as another answer. The proof is
/// the whole text's: every line followed by a line that is no blank line
/// must end where one blank, the next line's own leading blanks and its
/// first word would have run past the widest line, and 8 lines or more
/// narrower than the widest must be so broken (lines all of one length, a
/// table's rows, prove no width); then each line whose break took a blank that stood alone
/// between two words (the line ends in none, the next starts with none) is
/// joined to the next with one space between. A break inside a run of
/// blanks is left as it is: the blank it took may have been the tab between
/// two cells (catdoc breaks at a tab as at a space); between two words it
/// is taken for a space, which a cell's words hold far more often than a
/// tab (in the samples' own text 10598 to 778). One pair not so broken (a heading over its text, a
/// table's lines, a form feed inside a paragraph) and the text is left as it
/// is (false, `*out` untouched): the wrap is not proven. A text with a
/// carriage return or a NUL byte is left as it is.
bool UnwrapParagraphs(std::string_view bytes, UnfoldedText* out);

/// The lines of `bytes`, parted at line feeds (the last one may be empty):
/// the one splitter of the refill tests and refilled_tabs.
std::vector<std::string_view> SplitAtLineFeeds(std::string_view bytes);

/// True when `bytes` (after UnfoldLines, if it joined any) is a tabbed text
/// wrapped narrow: its widest line of two words or more is 100 columns or
/// fewer (bytes, a tab to the next multiple of 8; set in `*width`; a line of
/// one word, a word longer than the width, may run past it), 5 lines or
/// more hold a tab between words, and of the lines followed by a line that starts with a
/// word, 20 or more different ones, and at least 3 in 10, end where that word
/// would not have fitted (one row repeated is no text refilled). An unwrapped tabbed text's rows
/// run past 100 columns; a narrow text without tabs (pandoc's, a typed letter) is no tabbed text.
bool RefilledTabbedText(std::string_view bytes, int* width);

/// A text without tabs between words whose paragraphs were refilled narrow (RefilledParagraphs).
struct RefilledText {
  /// The text, each line that the refill ended inside a paragraph ending in
  /// kRefilledBreak (redovis/document.h; after its last character that is
  /// no space).
  std::string text;
  int width = 0;      ///< the widest line of two words or more, in bytes
  size_t breaks = 0;  ///< how many lines were so marked
};

/// True when `bytes` is a text with no tab after a line's first word (nor a
/// carriage return, a form feed or a NUL) whose paragraphs `fmt` refilled
/// narrow: LibreOffice's text export (one cell a line, no blank line between
/// them), or a tabbed export whose tabs only indent cells (a blank form's:
/// no cell beside another), after `fmt -w N`, a
/// label, its answer and the next label run together in one paragraph and
/// broken wherever the width fell. Told by the widest line of two words or
/// more, 100 columns or fewer (as RefilledTabbedText), and by the lines
/// that start with a word followed by a line that starts with a word (fmt
/// joins no lines indented differently: a tab-indented label's line over its
/// answer ended a paragraph, not at the width): 20 different ones or more,
/// and at least 6 in 10, end where that word would not have fitted (a text
/// written a cell a line, unrefilled, ends few so), and at least 1 in 10
/// where it would have (fmt fills toward a goal short of the width and
/// chooses the breaks for the paragraph as a whole; a greedy wrap, pandoc's
/// or `fold -s`'s, ends next to none so), counted in bytes as fmt counts and
/// in characters too (odt2txt's greedy wrap counts characters: its lines
/// seem to leave room in bytes where their letters take two, "å", "ä", "ö",
/// and leave none in characters), and at most 1 in 10 of its lines
/// that hold a word start with a blank or a '|' (a text a cell a line
/// starts each cell at the line's start; a laid-out one, pandoc's tables or
/// `pdftotext -layout`, indents many lines, and a drawn table's rows start
/// with '|', antiword's: not told here). Then sets `*out`: each line
/// followed by a line that is not blank and as far indented (fmt joins no
/// lines indented differently) is marked, for the matcher to read no value
/// that reaches it (value_unreadable, refilled_line). Otherwise returns
/// false and leaves `*out` as it was. Run after UnfoldLines, on a text it
/// did not join.
bool RefilledParagraphs(std::string_view bytes, RefilledText* out);

/// The reader note saying that the text's paragraphs were refilled at
/// `width`, `breaks` lines marked.
std::string RefilledParagraphsNote(int width, size_t breaks);

/// The reader note saying that a laid-out page's paragraphs were refilled
/// at `width` columns, `unread` of its lines left unread, `marked` read
/// with their ends marked and `given_back` rows and headers read as they
/// stood (refilled_layout.h); IsRefilledParagraphsNote reads it back too.
std::string RefilledLayoutNote(int width, size_t unread, size_t marked, size_t given_back = 0);

/// True when `warning` is a note RefilledParagraphsNote or RefilledLayoutNote wrote; sets
/// `*width`. False for every other note (`*width` untouched).
bool IsRefilledParagraphsNote(const std::string& warning, int* width);

}  // namespace redovis

#endif  // REDOVIS_READ_TEXT_FOLDED_LINES_H_
