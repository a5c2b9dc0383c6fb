// The normaliser: makes every cell's text comparable without losing what was
// written.
//
// In: a Document from any reader and the shared Vocabulary. Out: the same
// Document with each cell in NFC, unusual spaces made plain, soft hyphens
// and renderer markers removed, words split by a line-break hyphen joined
// ("engs- tedt" -> "engstedt", but "Arbetsmarknads- och" kept, per the
// vocabulary's keep_hyphen words), a case-folded copy for matching, and
// footnote and furniture lines marked. It never drops a line.
#ifndef REDOVIS_NORMALISE_NORMALISER_H_
#define REDOVIS_NORMALISE_NORMALISER_H_

#include <string>
#include <vector>

#include "base/text_util.h"
#include "patterns/regex.h"
#include "redovis/document.h"
#include "redovis/patterns.h"

namespace redovis {

class Normaliser {
 public:
  explicit Normaliser(const Vocabulary& vocabulary) : vocabulary_(vocabulary) {}

  /// Normalises every cell of `doc` in place and marks footnote and furniture
  /// lines: NormaliseLines, then MarkRepeatedLines over the whole document.
  void Normalise(Document* doc) const;

  /// Normalises every cell of `doc` in place and marks footnotes and the
  /// vocabulary's furniture lines (page numbers); not repeated lines.
  void NormaliseLines(Document* doc) const;

  /// Marks as furniture the short one-cell lines repeated at least three
  /// times within lines [begin, end) (running headers and footers). Called
  /// once per report of a bundle, so that a form's printed wording, repeated
  /// once per report, is not taken for a running header of the bundle. It
  /// only ever turns content into furniture.
  void MarkRepeatedLines(Document* doc, size_t begin, size_t end) const;

  /// One cell's text: NFC, spaces, soft hyphens, markers, hyphen joins, trimmed.
  std::string NormaliseText(const std::string& text) const;

  /// Joins words split by a hyphen and a space ("kom- munen" -> "kommunen"),
  /// keeping the hyphen before the vocabulary's keep_hyphen words ("och").
  std::string JoinHyphenated(const std::string& text) const;

  /// Joins the lines of a running answer: paragraphs (separated by an empty
  /// string) with "\n"; a line ending mid-sentence continued with a space; a
  /// word broken by a line-end hyphen joined.
  std::string JoinAnswerLines(const std::vector<std::string>& lines) const;

 private:
  bool KeepsHyphen(const std::string& next_word) const;
  const Vocabulary& vocabulary_;
  mutable MatcherCache cache_;  ///< one normaliser serves one document at a time
};

}  // namespace redovis

#endif  // REDOVIS_NORMALISE_NORMALISER_H_
