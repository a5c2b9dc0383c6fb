// The form matcher: applies an edition's pattern rules to the lines of one
// report and reads the values of the catalogue keys.
//
// In: a normalised Document, a Segment (line range and edition) and the
// PatternSet. Out: the Record's values (typed as the catalogue says),
// provenance for each value (page, line, rule, source text) and findings for
// what could not be read (an unreadable mark, two boxes ticked, a number or
// date that is not one). It walks the lines once, keeping the current section,
// the active column header (Ja/Nej, Kvinnor/Män, ... by index, by x position,
// or stacked one word per line) and a running free-text answer.
//
// Columns: with positions, a cell belongs to the header it overlaps most, else
// to the nearest header unless another is almost as near (then the row's keys
// stay null with an `ambiguous_column` finding); a row with one drawn box per
// choice column is read in the columns' order. Header words common.rules names
// `ignore` (a comment or sum column) are known and never read. Where a format
// drops empty cells under a stacked header, fewer values than columns are
// ambiguous too, unless text with layout shows each value's row (a mark right
// under its label is in the first; after blank lines, in a later one where
// the table's rows are seen to follow line by line: PlaceStackedValues). Rows
// written as sentences ("Totalt antal klienter: kvinnor 12,
// män 7", "Label: Ja", or Ja/Nej as a word on the next line) are read without
// a table. A label wrapped onto a second line is consumed whole before its
// value; labels stacked without their values take none. It never guesses: a
// blank or unreadable check box is null, never false. After the walk, a
// report that shows no mark of any kind gets each table of choices found
// with nothing read beside it named unreadable (unshown_marks.h): the
// converter's loss, never the municipality's blank.
#ifndef REDOVIS_MATCH_FORM_MATCHER_H_
#define REDOVIS_MATCH_FORM_MATCHER_H_

#include <utility>

#include "normalise/normaliser.h"
#include "redovis/document.h"
#include "redovis/patterns.h"
#include "redovis/readers.h"
#include "redovis/record.h"
#include "segment/segmenter.h"

namespace redovis {

class MatchObserver;

class FormMatcher {
 public:
  /// `language_word` (the language's word list, any case: the extractor's)
  /// sets right a free text's word OCR misread (ocr_names.h's
  /// WordsByWordList); empty: no such word is set right.
  FormMatcher(const PatternSet& patterns, const Normaliser& normaliser,
              KnownWord language_word = {})
      : patterns_(patterns), normaliser_(normaliser), language_word_(std::move(language_word)) {}

  /// Reads `segment` of `doc` into `record` (values, provenance, findings).
  /// `record->asked` must already hold the edition's keys. `observer`, when
  /// given, is told what each line was taken for (match_observer.h).
  void Match(const Document& doc, const Segment& segment, Record* record,
             MatchObserver* observer = nullptr) const;

 private:
  const PatternSet& patterns_;
  const Normaliser& normaliser_;
  KnownWord language_word_;
};

}  // namespace redovis

#endif  // REDOVIS_MATCH_FORM_MATCHER_H_
