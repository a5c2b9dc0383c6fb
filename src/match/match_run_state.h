// What one walk of a report's lines under its edition's rules keeps
// (MatchRun, match_run.h, is its steps): the inputs it reads (the pattern
// set, the edition, the normaliser, the document and its segment), the
// parts it answers through (the value parser, the written answers, the
// value assigner, the observer), and the state its steps leave for later
// lines: the section it is in, the table header in force, the free-text
// answer running over lines, the options seen, what reading-order tables
// and marks decided, the group variables, what each line was taken for.
// Internal to the match stage: only line_structure.h and match_run.h
// include it.
//
// In: what MatchRun's constructor is given, which must outlive it. Out:
// nothing of its own; the steps read and change it. Never shared between
// threads.
#ifndef REDOVIS_MATCH_MATCH_RUN_STATE_H_
#define REDOVIS_MATCH_MATCH_RUN_STATE_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "match/column_placement.h"
#include "match/form_matcher.h"
#include "match/line_view.h"
#include "match/listed_options.h"
#include "match/match_observer.h"
#include "match/reading_order.h"
#include "match/value_assigner.h"
#include "match/value_parser.h"
#include "match/written_answers.h"
#include "patterns/regex.h"
#include "redovis/document.h"
#include "redovis/patterns.h"
#include "redovis/record.h"

namespace redovis {

/// One marked-or-not option line.
struct OptionHit {
  std::string value;
  bool marked = false;
  size_t line = 0;
  const Rule* rule = nullptr;
  /// Written as the answer to the list's question ("Har Coronapandemin
  /// påverkat ...?" / "Delvis"), not read off the list's own line: it
  /// stands only where the report prints none of the list's options.
  bool answered = false;
};

/// A choice written as the answer to a question (MatchRun::ReadChoice).
struct WrittenChoice {
  std::vector<std::string> columns;  ///< the columns chosen, in order
  size_t line = 0;                   ///< the line the answer stands on
  std::string said;                  ///< the answer's text, from its column word on
  bool boxed = false;                ///< written with boxes ("[x] Ja [ ] Nej")
};

/// The state of one walk over one report's lines (MatchRun's, which
/// inherits it privately through LineStructure).
struct MatchRunState {
  MatchRunState(const PatternSet& ps, const Normaliser& norm, const Document& doc,
                const Segment& seg, Record* rec, MatchObserver* observer,
                const KnownWord* words = nullptr)
      : ps_(ps),
        ed_(*seg.edition),
        norm_(norm),
        parser_(ps.vocabulary()),
        written_(ps.vocabulary(), parser_),
        doc_(doc),
        seg_(seg),
        assigner_(ps, norm, parser_, rec, words),
        observer_(observer) {}

  const PatternSet& ps_;
  const Edition& ed_;
  const Normaliser& norm_;
  ValueParser parser_;
  WrittenAnswers written_;  ///< pairs, typed boxes and broken column words in text
  const Document& doc_;
  int margin_stripped_ = -1;  ///< MarginStripped: -1 not yet told, else 0 or 1
  int out_of_line_ = -1;      ///< ColumnsOutOfLine: -1 not yet told, else 0 or 1
  const Segment& seg_;
  ValueAssigner assigner_;
  MatchObserver* observer_;

  mutable MatcherCache cache_;  ///< this report's matchers
  /// IsBareLabel's answers, per text: it depends only on the text and the
  /// edition, both fixed for the walk.
  mutable std::unordered_map<std::string, bool> bare_labels_;
  /// The sections' headings' words (HeadingWords: its heading's
  /// ExampleText's LabelWords), for NearHeading and RenumberedHeading;
  /// empty before either asks.
  mutable std::vector<std::vector<std::u32string>> heading_words_;
  std::vector<LineView> views_;
  std::string section_ = "head";
  /// The section's opening: the folded first word of its heading's line and
  /// how many values the record held then (a heading of the section seen
  /// again is read by them: Run).
  std::string section_word_;
  size_t section_values_ = 0;
  /// The form's last section closed by its heading seen again in other words
  /// after its answers (a cover letter's sign-off after the report): no rule
  /// in force until another section's heading.
  bool section_closed_ = false;
  /// How far the last renumbered heading's number stood from the form's
  /// (RenumberedHeading's shift); 0 before any.
  int renumbered_by_ = 0;
  /// The lines of the headings that opened a section, the form's or the
  /// report's own (OwnSectionHeading), in order.
  std::vector<size_t> heading_lines_;
  std::vector<const Rule*> rules_;
  std::vector<const Rule*> all_rules_;             ///< every rule of the edition, for IsBareLabel
  std::map<std::string, std::string> hyphenated_;  ///< folded "ab" -> "a-b" as written
  bool hyphenated_built_ = false;
  bool reading_order_ = false;  ///< IsReadingOrderText of this report's lines
  /// The document's pages are out of order, read as they lie (a
  /// PagesOutOfOrderNote among its warnings: segment/page_order.h).
  bool pages_out_of_order_ = false;
  /// Pages out of order only: what each line of the report was taken for
  /// (Observe's last word on it; kUnmatched for a line never observed), the
  /// section it was read in and the page of the line that set the group
  /// variables it was read with (0: none), for DistrustPageEdges. Empty
  /// otherwise.
  struct LineUseAt {
    LineUse use = LineUse::kUnmatched;
    std::string section;
    int vars_page = 0;
  };
  mutable std::vector<LineUseAt> uses_;
  /// Reading-order tables of counts decided: per label line, per label on
  /// it, the (column, value line) pairs; and the label lines refused, with
  /// what was seen.
  OrderedRows ordered_rows_;
  /// A value line of ordered_rows_ that no line holds: the cell's column was
  /// written with a cell left empty, so which number is the cell's is not told.
  static constexpr size_t kUndecidedCell = static_cast<size_t>(-1);
  std::map<size_t, std::string> ordered_refused_;
  std::map<size_t, bool> ordered_marks_;  ///< per option line whose box is tied: ticked
  std::set<size_t> ordered_options_;      ///< option lines whose list was looked at
  std::map<std::string, std::string> vars_;
  int vars_page_ = 0;  ///< the page of the line that last set vars_ (0: none)
  ColumnHeader header_;
  bool has_header_ = false;
  size_t header_end_ = 0;  ///< the last line of header_ (its rows follow)
  std::set<size_t> consumed_;
  /// NextLineValue's text under a label whose next line holds more text
  /// under it (TextUnder), and that text: no value, a `wrapped_value`
  /// finding. Empty when NextLineValue decided.
  std::pair<std::string, std::string> undecided_below_;
  /// NextLineValue's one cell under a label of a row of several that stands
  /// under another label of that row too: no value, an `ambiguous_column`
  /// finding. Empty when NextLineValue decided.
  std::string spanning_below_;
  /// NextLineValue's label left open by '=' and the line under it, which
  /// may be the label's own example or its answer: no value, a
  /// `wrapped_value` finding. Empty when NextLineValue decided.
  std::pair<std::string, std::string> open_label_below_;
  std::deque<Cell> synthetic_;  ///< cells split in two by RowCells (stable addresses)

  struct Running {
    bool active = false;
    const Rule* rule = nullptr;
    std::string key;
    size_t line = 0;
    size_t last = 0;  ///< the last line read into the answer
    std::vector<std::string> lines;
    bool after_field = false;     ///< a field on its label's line consumes the lines it reads
    bool ended_by_label = false;  ///< another question's label ended it (EndTextAtLabel)
    bool on_label_line = false;   ///< its first line is the text after the label on its line
    size_t twice = SIZE_MAX;      ///< the line its key's answer began on before, if another
  } text_;
  /// Each text key's line its answer first began on (BeginText): the same
  /// label again further on is another question's (another edition's table
  /// under a heading no rule knows) as much as its own.
  std::map<std::string, size_t> text_begun_;
  std::vector<std::pair<std::string, std::vector<OptionHit>>> options_;
  /// A list of the options chosen under its question (listed_options.h),
  /// the last line it saw and the line the walk reads now: a line it did
  /// not see (no rule's label read on it) drops the list.
  ListedOptions listed_;
  size_t listed_line_ = SIZE_MAX, listed_reading_ = SIZE_MAX;
};

}  // namespace redovis

#endif  // REDOVIS_MATCH_MATCH_RUN_STATE_H_
