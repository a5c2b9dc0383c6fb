// Parsing the .rules files of patterns/ (the rule language:
// patterns/README.md) into a PatternSet under construction: the vocabulary
// (common.rules), the checks (checks.rules, each `check` line through
// check_rules) and one file per form edition with the files it includes.
// Each distinct regular expression's syntax is checked once, where it is
// first read (CompilePattern: a file included by several editions is not
// checked again), unless the table of known answers given to the loader
// holds its exact text (regex_table.h: the shipped patterns' answers, made
// at build time); its compilation for matching waits for its first use.
//
// In: the set being loaded (its catalogue and messages already in it), one
// file path per call. Out: the file's rules, vocabulary or checks added to
// the set, or a "pattern_error" naming the file and line of the first
// problem (the set is then incomplete and is dropped by PatternSet::Load).
// A loader lives for one PatternSet::Load and writes only into its set; it
// never prints and never throws.
#ifndef REDOVIS_PATTERNS_PATTERN_LOADER_H_
#define REDOVIS_PATTERNS_PATTERN_LOADER_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "patterns/regex_table.h"
#include "redovis/patterns.h"
#include "redovis/status.h"

namespace redovis {

class PatternLoader {
 public:
  /// A loader adding to `*set` (borrowed; it must outlive the loader),
  /// taking a regex's check answers and its source's analyses from `*known`
  /// where it holds the regex's exact text (borrowed: it must outlive the
  /// set, whose patterns keep its entries); with nullptr, every regex is
  /// checked.
  explicit PatternLoader(PatternSet* set, const RegexTable* known = nullptr);
  /// Loads the pattern directory `dir` into `*out` (PatternSet::Load, which
  /// passes ShippedRegexes() as `known`; a table with entries must outlive
  /// the set): the catalogue, the messages, the
  /// vocabulary, the checks, the municipalities, then each edition file in
  /// name order. Fills `*answers` (when given) with each distinct regex's
  /// check answers, what the build's table is made of. Fails as
  /// PatternSet::Load does; `*out` is then untouched. With `mark_free`,
  /// each regex is checked as written and matched as MarkFreeSource widens
  /// it (patterns/mark_free.h; PatternSet::LoadMarkFree), its rule's label
  /// spelt from it as written.
  static Status LoadSet(const std::string& dir, const RegexTable& known,
                        std::unique_ptr<PatternSet>* out,
                        std::vector<RegexAnswer>* answers = nullptr, bool mark_free = false);
  ~PatternLoader();
  PatternLoader(const PatternLoader&) = delete;
  PatternLoader& operator=(const PatternLoader&) = delete;

  /// Reads the vocabulary file (common.rules). Fails on a line that is not
  /// vocabulary (an edition's or a check's directive), a bad regex, a bad value.
  Status LoadVocabulary(const std::string& path);
  /// Reads checks.rules (check, derived and rate lines only); needs the
  /// catalogue and messages in the set.
  Status LoadChecks(const std::string& path);
  /// Reads one edition file and what it includes, and adds the edition.
  /// Fails also without an `edition` or `tag` line, and for an edition
  /// name already loaded.
  Status LoadEdition(const std::string& path);
  /// How many regexes this loader has read (first) and how many distinct
  /// ones ICU checked (second: not those the table answered); for tests
  /// and measurement.
  std::pair<int, int> RegexCounts() const;
  /// How many distinct regexes took their answers from the table instead
  /// of being checked; for tests and measurement.
  int FromTable() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace redovis

#endif  // REDOVIS_PATTERNS_PATTERN_LOADER_H_
