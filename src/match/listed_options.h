// A list of the options chosen, written under its question instead of the
// form's Ja/Nej table: "Ange vem som är utförare av verksamheten ..." /
// "- Kommun" / "Ange vilka myndigheter ...". Each item names a row of the
// question (the walk reads it `yes`); the rows the list leaves out were not
// chosen. Internal to the matching stage: the walk (match_run.cc) tells a
// ListedOptions what each line of the report was, in order, and it answers
// which rows a finished list left out.
//
// In: the question (an `ignore` rule with `unlisted=no`: Rule::unlisted_no),
// its rows (RowsAfter: the `row` rules with a `choice=` that follow it in
// the edition's file order), then each line after it: an item (a row of the
// question after a bullet or a list's number, nothing else on the line but
// its option's own words), a blank line, or anything else.
// Out: the rows left out, only where the list is proven whole and proven a
// list of the chosen: at least one item, every line between the question
// and the list's end an item or blank, and the end the form's own wording
// (another rule's label, a section's heading). A list that runs to the
// report's end, meets a line no rule claims, a table's header, an item
// answered in words ("- Förening: Nej": the writer answered each row, so
// what is left out is unknown) or a row of its own question without its
// bullet is dropped: nothing is left out.
//
// Never fails, reads no file, keeps pointers to the edition's rules (which
// outlive the walk). One per walk; never shared between threads.
#ifndef REDOVIS_MATCH_LISTED_OPTIONS_H_
#define REDOVIS_MATCH_LISTED_OPTIONS_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "match/value_assigner.h"
#include "redovis/document.h"
#include "redovis/patterns.h"

namespace redovis {

/// What one line of the report was to a list under its question.
struct ListedLine {
  /// The rules whose labels the line holds (empty: no rule claims it).
  std::vector<const Rule*> rules;
  /// Each of `rules` a row named after a bullet or a list's number, with no
  /// answer written after it.
  bool items = false;
  /// A section's heading (the form's wording, whatever rules it holds).
  bool heading = false;
  /// The line as written.
  std::string text;
};

/// A list of chosen options followed over a report's lines.
class ListedOptions {
 public:
  /// The `row` rules with a `choice=` right after `question` in `rules`
  /// (an edition's rules, in file order) up to the first rule of another
  /// kind; empty when `question` is not among them or is no `unlisted=no`
  /// question.
  static std::vector<const Rule*> RowsAfter(const Rule& question,
                                            const std::vector<std::unique_ptr<Rule>>& rules);

  /// Line `idx` was `seen` (a blank line is not seen: the list goes on
  /// over it), `rows` the rows of the question it holds, if
  /// any (RowsAfter). Returns the rows a list that this line ends left out
  /// (see above), with `*question_line` the question's line; empty
  /// otherwise; `*listed` the list's items as written ("; " between). A
  /// line holding an `unlisted=no` question ends the list before it and
  /// opens its own.
  std::vector<const Rule*> See(size_t idx, const ListedLine& seen,
                               const std::vector<const Rule*>& rows, size_t* question_line,
                               std::string* listed);
  /// A line the walk took for something no list holds (a table's header,
  /// a label read across a wrap): the list is dropped.
  void Drop() { open_ = false; }

 private:
  bool open_ = false;
  size_t question_line_ = 0;
  std::vector<const Rule*> rows_;   ///< the open question's rows
  std::vector<const Rule*> named_;  ///< the rows its items named so far
  std::string listed_;              ///< their lines as written, "; " between
};

/// Stores `no` for each of `left_out`'s choice keys (`key_of` gives a
/// key template's key) that holds no value yet, each from the question's
/// line `question`, and one `options_not_listed` finding (info) naming
/// them and the options the list named, `listed` (as written).
void MarkLeftOut(const std::vector<const Rule*>& left_out,
                 const std::function<std::string(const std::string&)>& key_of, const Line& question,
                 const std::string& listed, ValueAssigner* assigner);

}  // namespace redovis

#endif  // REDOVIS_MATCH_LISTED_OPTIONS_H_
