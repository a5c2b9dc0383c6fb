// The report segmenter: finds the report(s) inside a document and the form
// edition of each.
//
// In: a normalised Document (its folded copies stored or not: it folds a
// line's text itself where none is stored, Cell::Folded) and the
// PatternSet. Out: the line ranges that hold
// a report, in file order, each with the edition detected from its own words
// (never from the file name; a form's wording read across the readers' marks,
// redovis/document.h's EraseReaderMarks: a line `fmt` ended inside the year
// line is the year line all the same). A cover letter before the report, an appendix
// after it, and repeated title lines are not reports of their own. It never
// reads values.
//
// A report starts at a form's opening: a line matching an edition's `start`
// rule (the title "REDOVISNING" alone or with its subtitle in one cell, the
// year line "Statsbidrag avseende år", the first section's heading, the 2016
// title), whatever edition came before, so a report retyped without its title
// still starts. Starts with no section heading between them are one opening
// (one heading block). An opening splits the document when the part before it
// and the part after it, up to the next opening, each hold at least two
// section headings and the part after begins the form again (a heading
// repeats) or is clearly another edition's, so a bundle of any length gives
// one segment per report, in order, while a title repeated on every page or
// an answer that happens to begin with an opening's words splits nothing.
//
// A segment runs to the next report's opening; in a paged document it stops
// at the page break before that opening when the lines from the break to the
// opening hold no heading (the next report's letter or logo page). In plain
// text, where nothing marks that boundary, a report's range runs to the next
// opening. The lines before a report that belong to no other (a cover
// letter, the logo page) are its preamble: the identity resolver reads only
// the county board's name there.
#ifndef REDOVIS_SEGMENT_SEGMENTER_H_
#define REDOVIS_SEGMENT_SEGMENTER_H_

#include <set>
#include <string>
#include <vector>

#include "base/text_util.h"
#include "patterns/regex.h"
#include "redovis/document.h"
#include "redovis/patterns.h"

namespace redovis {

/// The first cell of `line` that holds text, or nullptr when none does: the
/// cell whose start a report's opening and a section's heading are read at.
const Cell* FirstCell(const Line& line);

/// A section heading a line opens with: `edition`'s `sections[section]`.
struct LineHeading {
  const Edition* edition = nullptr;
  size_t section = 0;
};

/// The section headings `line` opens with: those whose regex matches its
/// first cell (FirstCell), tried behind the literal prefilter (MayMatch),
/// the cell's text converted once, for the first heading past it. Over
/// `only`'s sections when given, else over every edition of `patterns`; in
/// the editions' order, each edition's in its `section` list's. Empty for a
/// line without text. The one reading of a line's headings, for the
/// segmenter (every edition's, by name) and page_order (the detected
/// edition's, by place). It does not look at the line's role.
std::vector<LineHeading> LineHeadings(const PatternSet& patterns, const Edition* only,
                                      const Line& line, MatcherCache* cache);

/// Whether `line` opens a report: its first non-blank cell matches some
/// edition's `start` rule (the form's title, its year line, its first
/// section's heading). A footnote opens none. The one test of an opening,
/// for the segmenter and for the matcher (a free-text answer that runs over
/// a page break on to an opening has left its question).
bool OpensReport(const PatternSet& patterns, const Line& line, MatcherCache* cache);

/// One report inside a document.
struct Segment {
  size_t begin = 0, end = 0;         ///< line indices [begin, end)
  size_t preamble = 0;               ///< lines [preamble, begin) precede the report and
                                     ///< belong to no other (a cover letter, a logo page)
  const Edition* edition = nullptr;  ///< best edition (a guess when !edition_known)
  int score = 0;                     ///< detection score of `edition`
  bool edition_known = true;         ///< false: looks like a report of an unknown edition
};

class ReportSegmenter {
 public:
  explicit ReportSegmenter(const PatternSet& patterns) : patterns_(patterns) {}

  /// The reports in `doc`, in file order; empty when the document holds none.
  std::vector<Segment> Find(const Document& doc) const;

  /// The best edition for lines [begin, end), its score and whether it is
  /// clear (above the threshold and ahead of the runner-up); nullptr when no
  /// edition scores above zero.
  const Edition* Detect(const Document& doc, size_t begin, size_t end, int* score,
                        bool* known) const;

  /// The one edition that declares the one year read in lines [begin, end)
  /// by the editions' year rules (on a line, or where a line holds none, on
  /// it and the next line together: a year line a wrap broke); nullptr when
  /// no year, two years, or no or two editions claim it.
  const Edition* ByYear(const Document& doc, size_t begin, size_t end) const;

  /// Every edition's detection score for lines [begin, end), in the order of
  /// PatternSet::editions(): the sum of the weights of its `detect` rules that
  /// match some line (each rule counts once).
  std::vector<int> Scores(const Document& doc, size_t begin, size_t end) const;

 private:
  /// `s`'s edition, not clear from the words, chosen by its year (ByYear)
  /// where that edition scores above zero: then known.
  void ChooseByYear(const Document& doc, Segment* s) const;
  /// The number of distinct section headings (of any edition) in lines [begin, end).
  int CountHeadings(const Document& doc, size_t begin, size_t end) const;
  /// The distinct section headings in lines [begin, end), as "edition/section".
  std::set<std::string> Headings(const Document& doc, size_t begin, size_t end) const;
  /// Whether the opening at `opening` starts another report than the one
  /// starting at `current` (the next opening is at `next`): both parts hold
  /// at least two section headings, and the part after it either repeats a
  /// heading of the part before (the form begins again) or is clearly
  /// another edition's form.
  bool StartsAnother(const Document& doc, size_t current, size_t opening, size_t next) const;
  /// Where the report starting at `begin` ends, given the next report's
  /// opening line: at the opening, or, in a paged document, at the start of
  /// the opening's page when the lines on that page before the opening hold
  /// no section heading (the next report's cover letter or logo, which a
  /// bundle of PDFs starts on a new page).
  size_t EndBefore(const Document& doc, size_t begin, size_t opening) const;
  const PatternSet& patterns_;
  mutable MatcherCache cache_;  ///< one segmenter serves one document at a time
};

}  // namespace redovis

#endif  // REDOVIS_SEGMENT_SEGMENTER_H_
