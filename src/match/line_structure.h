// What a line of a report is in its form's structure, for one walk of its
// lines (MatchRun, match_run.h, is the walk's steps): a section's heading
// (on its line, justified across it, wrapped over two lines, its number on
// a line of its own, or its short title alone with the section's question
// after it), a rule's label or heading in a cell (structural),
// and a table's column header (its words in cells, one space apart in
// laid-out text, or stacked one word a line; a header over the rows'
// labels; how many rows a stacked value skips). Internal to the match stage:
// only label_wraps.h includes it (MatchRun, match_run.h, inherits both).
//
// In: the walk's state (match_run_state.h: the edition, the document, its
// segment and lines, the rules in force, the header in force), read only
// but for the matcher cache. Out: answers; it changes no state. Its methods
// are defined in line_structure.cc (headings, structural cells and lines)
// and line_structure_headers.cc (column headers). Never shared between
// threads.
#ifndef REDOVIS_MATCH_LINE_STRUCTURE_H_
#define REDOVIS_MATCH_LINE_STRUCTURE_H_

#include <unicode/unistr.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "match/column_placement.h"
#include "match/line_view.h"
#include "match/match_run_state.h"
#include "redovis/document.h"
#include "redovis/patterns.h"

namespace redovis {

/// The structure reading of one walk, on the state it keeps (MatchRunState,
/// which it inherits); LabelWraps (label_wraps.h) inherits it, and
/// MatchRun through it.
class LineStructure : protected MatchRunState {
 protected:
  using MatchRunState::MatchRunState;

  const LineView& View(size_t idx) const { return views_[idx - seg_.begin]; }
  const LabelTolerance& Tolerance() const { return ps_.vocabulary().label_tolerance; }
  const SectionHeading* MatchHeading(const LineView& v) const;
  /// A line OCR read whose first cell is a section's heading of three words
  /// or more, its number one, within the label tolerance and with nothing
  /// after it but punctuation ("6. Tillgång till samhälleservice"), or of
  /// its number and one word, the line those two words alone and the word
  /// one letter off ("2. Klienier"): that
  /// section, when exactly one is so near; null otherwise, and for every
  /// line not read by OCR. MatchHeading asks it when no regex matched.
  const SectionHeading* NearHeading(const LineView& v) const;
  /// A section's heading numbered otherwise than the form numbers it: the
  /// line's one cell a section number (vocabulary `section_number`, or one
  /// or two digits alone: "6 Organisation ...") and
  /// after it the words of the heading's ExampleText after its number ("6.
  /// Organisation, ledning och samverkan" where the form prints 5: a report
  /// that set a section of its own in before it). Only a section after the
  /// one open, its form's number at most kRenumberedBy off; null when none
  /// or more than one section is so, and for a line with other cells.
  /// Sets `*form_number` to the number the form prints, `*shift` to the
  /// line's number less it.
  const SectionHeading* RenumberedHeading(const LineView& v, int* form_number, int* shift) const;
  /// The number line `v`'s one cell starts with (a section's number, the
  /// vocabulary's `section_number`: 6 of "6. Organisation ..."; or one or
  /// two digits alone and a space, "6 Organisation ...", `*bare` then set),
  /// 0 when none.
  int HeadingNumber(const LineView& v, bool* bare = nullptr) const;
  /// True when `line` may be a heading: a capital first (after a section's
  /// number, the vocabulary's `section_number`: "5. "), fewer than
  /// kHeadingWords blanks, no sentence's or clause's mark at its end
  /// ("Samverkan med brukarorganisationer", "5. Uppföljning").
  bool HeadingLike(const std::string& line) const;
  static constexpr long kHeadingWords = 8;
  /// True when line `idx` is the heading of a section the form does not
  /// have: its one cell a section number (or one or two digits alone), the one after the number of
  /// the last numbered heading of `headings` (the lines that opened a section, in order), then
  /// HeadingLike words that are no rule's label or heading; the lines next to it (past blank ones)
  /// start with no number (an item of a numbered list, "4. Bostad", is none). A number without its
  /// point ("5 Samverkan ...") only where FormHeadingAfter finds the form's next section renumbered
  /// past it.
  bool OwnSectionHeading(size_t idx, const std::vector<size_t>& headings) const;
  /// True when a line after `idx` in the segment is a form section's heading
  /// numbered `number` (RenumberedHeading) where the form prints a lower
  /// number: the sections after a section of the report's own. Never fails.
  bool FormHeadingAfter(size_t idx, int number) const;
  /// How far a renumbered heading's number may stand from the form's: two
  /// sections added or left out.
  static constexpr int kRenumberedBy = 2;
  /// Each section's heading's words (LabelWords of its regex's
  /// ExampleText, "5", "organisation", ...), worked out on first use.
  const std::vector<std::vector<std::u32string>>& HeadingWords() const;
  /// A section heading whose number (vocabulary `section_number`, the whole
  /// cell) stands on a line of its own: in reading-order text, "4." /
  /// "Tillgång till personligt ombud" (one blank line may stand between; any,
  /// with the page's running lines, where the page ends between them: a form
  /// feed, or a page's rule as a text browser draws pdftohtml's <hr>);
  /// elsewhere, the number on a line of its own, its other cells empty or an
  /// empty box (a table's heading row broken at the page's end), and its
  /// words on the next line past blank lines and running lines (the next
  /// page's first, or a 2-up print's other half's). Returns
  /// the heading and sets `*next` to the line that completes it; nullptr
  /// when none or more than one section's heading reads on from the number
  /// into the next line.
  const SectionHeading* SplitHeading(size_t idx, size_t* next) const;
  /// A section's title alone on line `idx` (the edition's `titles`, the
  /// line's only cell holding text), confirmed by the next line that holds
  /// text (past blank lines, on the same page or the next): its first cell
  /// opens with one of that section's own rules' matches ("Klienter" /
  /// "Ange antal klienter som fått stöd ..."): that section; null when no
  /// title matches, it is not so confirmed, or two sections' titles are.
  const SectionHeading* TitleHeading(size_t idx) const;
  /// A section's heading wrapped over line `idx` and the next (one cell
  /// each; one blank line may stand between: a dump of pdftohtml's runs),
  /// its wording going on into the next line ("Tendenser till
  /// förändring av vilka" / "grupper som tar kontakt"): that section, and
  /// `*next` set to the next line; null when none or more than one.
  const SectionHeading* WrappedHeading(size_t idx, size_t* next) const;
  /// A section's heading justified across its line, its words in cells of
  /// their own (`pdftotext -layout -fixed 3`: "4.  Tillgång       till
  /// personligt         ombud"): the line's cells joined by single spaces,
  /// the first starting with the section's number (vocabulary
  /// `section_number`), read as a heading from the line's start into its
  /// last cell (from its start alone when every cell after the number is one
  /// word and there are three or more: the heading's pattern may name its
  /// first words only, "10. Underskrift"); null when none or more than one
  /// section's heading matches, or a cell is a box or a mark.
  const SectionHeading* JustifiedHeading(const LineView& v) const;
  /// The one section whose heading's regex matches `joined` (a heading's
  /// pieces joined by spaces) from its start to past UTF-16 offset `past`
  /// (into the last piece): null when none or more than one does. `fold`,
  /// the join's fold when known, lets the literal prefilter pass over a
  /// heading. SplitHeading, WrappedHeading and JustifiedHeading ask it.
  const SectionHeading* OneHeadingPast(const icu::UnicodeString& joined, int32_t past,
                                       const std::string* fold) const;
  /// The length (UTF-16) of the section number (vocabulary `section_number`,
  /// "4.") that `cell` starts with; 0 when it starts with none. `fold`, the
  /// fold of the text `cell` holds when known (LineView::Fold), lets the
  /// literal prefilter pass over a number's pattern (most cells start with
  /// a letter); the same answer with it or without.
  int32_t SectionNumberEnd(const icu::UnicodeString& cell, const std::string* fold = nullptr) const;
  /// True when `cell` is a label or a heading of the edition's rules;
  /// `fold` is the fold of the text `cell` holds (LineView::Fold: without
  /// the question number left out of it), the prefilter's view of it.
  bool IsStructuralCell(const icu::UnicodeString& cell, const std::string& fold) const;
  bool IsStructuralLine(size_t idx) const;
  /// True when `text`, a header cell whose words begin with column `name`,
  /// has a later word, after a space and with a capital ("Delvis", not
  /// "ja, ange vilken"), that begins another named column.
  bool NamesTwoColumns(const std::string& text, const std::string& name) const;
  /// True when `v` is a line of column words (`*out` its columns); a last
  /// word left whole before a text's cut ("Kvinnor " and kCutLine) is read,
  /// the cut an unread column after it (ColumnHeader::cut_x0).
  bool ParseHeader(const LineView& v, ColumnHeader* out) const;
  /// Layout text's column words run together in one cell ("... hemmavarande   Kvinnor Män"; alone
  /// on a line, "Antal kvinnor Antal män": ColumnHeader::spaced_words): a column a word or two, in
  /// its own character columns, when every word after the line's heading (none) names one (two
  /// or more columns); after a column's word, the cell's rest may name the last column ("Ja Nej
  /// Om ja, ange vilken/vilka:"), and a note in brackets is its column's up to the word closing
  /// it or the next column's word of the cell ("Ja Delvis (t.ex. ... 12 Nej"; a note ending the
  /// cell: no header). False for other formats.
  bool SplitHeaderWords(const LineView& v, ColumnHeader* out) const;
  /// True when the first cell of `v` opens with two words one space apart
  /// that name two different columns read, and holds more words after them
  /// ("Ja Nej Har ni bedömningsriktlinjer ...": a one-cell-a-line table's
  /// header and its first row's label that a refill (fmt) joined into one
  /// line). A table starts there: an answer above does not run on over it.
  bool OpensWithColumnWords(const LineView& v) const;
  /// Column words on lines of their own, each one cell after an empty lead
  /// cell (a tab), or one positioned cell alone: a header of one column a
  /// line. The first word may stand alone without its lead cell where a
  /// later word has one (catdoc's dump of a Word table whose first, empty
  /// cell left no tab: "Kvinnor" / "<TAB>Män"). On lines with vertical
  /// places (Line::foot) a column's words may stand a line each in its cell,
  /// one right under the other ("Antal" / "kvinnor"), and the header's step
  /// is kept (ColumnHeader::step). True, `*out` and `*last` set, for two
  /// column words or more.
  bool ParseVerticalHeader(size_t idx, ColumnHeader* out, size_t* last) const;
  /// Text with layout (or a PDF's lines), under the active header `current`
  /// of two named columns or more (or a header this made, which keeps its
  /// table's columns): true when line `idx` is one column word of the
  /// table alone ("Män"), and the next line that is not blank, on the
  /// same page, is a row of a label and one count standing under that word
  /// (a retyped table's header written again over rows that fill one column
  /// only, the other left blank), or a label alone running on past the word
  /// and that count alone on the line right under it. `*out` is then a header of that column
  /// alone, at the word's place: the row's count is that column's, not the
  /// one the first header had at its place. With no header in force (`current`
  /// a ColumnHeader{} naming no column), the same word over a label and its
  /// count on one line, the label a count row's of two columns or more, the
  /// word's among them (a retyped table's only row under the word of its one
  /// filled column: "Män" over "Ange antalet personliga ombud   0"): the header
  /// keeps that row's columns. False otherwise, `*out` untouched.
  bool NarrowedHeader(size_t idx, const ColumnHeader& current, ColumnHeader* out) const;
  /// True when line `idx`, no header (ParseHeader, NarrowedHeader refused
  /// it), shows that `current` no longer heads the rows below it: a column's
  /// word alone under a header a word alone made (it heads no row it can be
  /// shown to); or, under a header with places, a label and then one word of
  /// letters alone, no column word, standing over a count or mark column
  /// ("Klienter med hemmavarande  Kvinor": a new table's header whose word
  /// a cut or a wrap left unread, its columns elsewhere than the old one's),
  /// or one column word standing over another column of `current`
  /// ("Klienter med hemmavarande  Kvinnor" over the Män column: the new
  /// header's "Män" cut off).
  bool EndsHeader(size_t idx, const ColumnHeader& current) const;
  /// Text with layout whose margin was stripped (the caller knows:
  /// MatchRun::MarginStripped): `*h`, the header line `idx` gave, has an
  /// unread word (ParseHeader's "Kvinn") that the line right under it, one
  /// short piece in small letters at column 0 ("or": a strip moved the
  /// word's rest there from under it), completes into a column word the
  /// header lacks. True, that column named in `*h`, the piece's line its.
  bool JoinStrippedColumnWord(size_t idx, ColumnHeader* h) const;
  /// True when `v` is one cell of text without a position and without a
  /// lead cell (a line of a tabbed text that holds no tab).
  static bool IsBareCell(const LineView& v);
  /// Text with layout: true when `note` is the form's note in brackets set
  /// under the column word `word` in its own cell ("Ja" / "(Om fler kommuner
  /// ...)"): the same character column, the whole of it in brackets.
  bool IsColumnNote(const Cell& word, const Cell& note) const;
  /// Text with layout, or lines with vertical places under a header with
  /// a step (`step`, ColumnHeader::step): true when, in the table whose
  /// stacked header ends before line `from` (up to a heading, a line of
  /// several cells or the next header), some row's first value (a lone mark
  /// or number) stands on the line right under its label (a rule's or
  /// heading's text alone on its line), on the same page (StackedGap 0):
  /// the table's rows stand line by line.
  bool RowsFollow(size_t from, double step) const;
  /// The rows a stacked value on line `k` skips below line `above` (the
  /// label's or the value before): in text, the blank lines between them;
  /// on lines with vertical places (Line::foot), the whole steps of `step`
  /// between their feet less one (0: the next row), within
  /// kStackedStepSlack. -1 when not proven: another page, a line of text
  /// between, no place or step, a distance off the steps.
  int StackedGap(size_t above, size_t k, double step) const;
  /// True when line `idx` is furniture (a running header or footer) standing
  /// at its page's edge (the page changes before or after it, past blank
  /// lines) with words in it (six letters or more: a count repeated at a
  /// page's end is still read), or a page's marker (PageMarker). Never a value.
  bool AtPageEdge(size_t idx) const;
  /// True when line `idx` is a page's number a reader told by its count
  /// (kPageNumberOrigin: a bare "3" rising with the pages), or one cell the
  /// `furniture` patterns name with a page's number in words or between
  /// decorations: a page's marker a converter wrote where the page turns,
  /// kept whether or not the text keeps its page break ("=== Sida 3 av 8
  /// ===", "Page 3", "- 3 -"). False for any other bare number ("10" may be
  /// a value) and for furniture by repetition.
  bool PageMarker(size_t idx) const;
  static bool IsLoneCell(const LineView& v);
  static size_t LoneAt(const LineView& v) { return v.line->cells.size() == 1 ? 0 : 1; }
  /// True when a named, read column of the active header (with extents)
  /// stands over the start of `label`, a row's label cell (a long label
  /// running on under the header is no sign): in a text whose margin was
  /// stripped (MarginStripped) the header is then out of line with its rows,
  /// and RowCells places none of the row's values. So does a header read
  /// from column words on lines of their own (ParseVerticalHeader) over a
  /// label at column 0: there such lines are a header line the strip, or a
  /// mail's re-wrap, broke ("Ja" / "Nej"), whose order need not be its
  /// columns' (a column's word gone, another's first).
  bool HeaderOverLabel(const Cell& label) const;
};

}  // namespace redovis

#endif  // REDOVIS_MATCH_LINE_STRUCTURE_H_
