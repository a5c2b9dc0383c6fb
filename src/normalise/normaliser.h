// The normaliser: makes every cell's text comparable without losing what was
// written.
//
// In: a Document from any reader and the shared Vocabulary. Out: the same
// Document with each cell in NFC, unusual spaces made plain, soft hyphens
// and renderer markers removed (also a marker a refill broke after its colon:
// "[bookmark:" ending a cell, "_Hlk496862138]" opening the next; and markers
// OCR misread: a note's marker without its closing bracket, "[footnoteRef:2",
// a bookmark's without its brackets, its digits split by one space,
// "bookmark: HIk4968621 3814. Tillgång"), words split by a line-break
// hyphen joined
// ("kom- munen" -> "kommunen", but "Arbetsmarknads- och" kept, per the
// vocabulary's keep_hyphen words, "NPF-diagnoser", "Inga-Lill" kept
// whole, and an address's "engs- tedt@" joined only beside "Engstedt":
// see JoinHyphenated), a case-folded copy for matching (FoldLines:
// the extractor stores it before segmenting for a file of up to 1 MiB of
// text, and for a larger one only when it holds a report, so that a large
// file holding none is not held twice over), and footnote and furniture
// lines marked (a footnote body by its raised number, or by the '?' or '!'
// a code page without ¹ ² or OCR writes for it before a capital, or by its
// inline opening "[1:" alone in a line's first cell, a gap before its words; a body
// wrapped over lines by the lines that go on with its unended sentence,
// down to a blank line). It never drops a line.
#ifndef REDOVIS_NORMALISE_NORMALISER_H_
#define REDOVIS_NORMALISE_NORMALISER_H_

#include <set>
#include <string>
#include <vector>

#include "base/text_util.h"
#include "patterns/regex.h"
#include "redovis/document.h"
#include "redovis/patterns.h"

namespace redovis {

/// The origin (Line::origin) of a text line the normaliser emptied: a
/// footnote's body as a text export writes it inline ("[1: Anges med ..."),
/// alone on its line.
/// Not a blank line of the file. (A line of a file with a structure keeps
/// its own origin, "table 3 row 2".)
inline constexpr char kNoteBodyOrigin[] = "footnote body left out";

class Normaliser {
 public:
  explicit Normaliser(const Vocabulary& vocabulary) : vocabulary_(vocabulary) {}

  /// Normalises every cell of `doc` in place, stores the folded copies and
  /// marks footnote and furniture lines: NormaliseLines, FoldLines, then
  /// MarkRepeatedLines over the whole document.
  void Normalise(Document* doc) const;

  /// Normalises every cell's text of `doc` in place and marks footnotes and
  /// the vocabulary's furniture lines (page numbers); not repeated lines, and
  /// no folded copies (FoldLines). The compounds `doc` writes with a hyphen
  /// ("Inga-Lill") are collected first (CollectHyphenated), so that a line
  /// break after their hyphen keeps it.
  void NormaliseLines(Document* doc) const;

  /// Stores every cell's case-folded copy (Cell::fold) from its normalised
  /// text; an empty text has an empty fold. A line's first cell that starts
  /// with the vocabulary's answer_prefix ("Svar: Ja") loses the prefix
  /// first, where text follows it: the word is no part of the answer, nor
  /// of a label. Never fails.
  void FoldLines(Document* doc) const;

  /// Remembers, for JoinHyphenated, every compound `doc` writes with a hyphen
  /// between letters ("Anna-Lena", "inga-lill.nilsson" gives "inga-lill"),
  /// case-folded, and a copy of its text (the words an address's break is
  /// joined by; up to kWordEvidenceBytes); forgets those of the document
  /// before. Never fails.
  void CollectHyphenated(const Document& doc) const;
  /// The most text (bytes) whose copy CollectHyphenated keeps: a report's is
  /// tens of KiB; a larger file is not held twice over.
  static constexpr size_t kWordEvidenceBytes = 1 << 20;

  /// Marks as furniture the short one-cell lines repeated at least three
  /// times within lines [begin, end) (running headers and footers), compared
  /// folded (Cell::Folded: stored or folded now), counted as
  /// base/running_lines.h counts. Called
  /// once per report of a bundle, so that a form's printed wording, repeated
  /// once per report, is not taken for a running header of the bundle. It
  /// only ever turns content into furniture.
  void MarkRepeatedLines(Document* doc, size_t begin, size_t end) const;

  /// One cell's text: NFC, spaces, soft hyphens, markers, hyphen joins, trimmed.
  std::string NormaliseText(const std::string& text) const;

  /// Joins words split by a hyphen and a space ("kom- munen" -> "kommunen"),
  /// the conservative rule for a hyphen at a line's end: the space goes and
  /// the hyphen stays when the letters before it are all capitals, two or
  /// more ("NPF- diagnoser" -> "NPF-diagnoser": an abbreviation in a compound
  /// keeps its hyphen) or when the compound is written with its hyphen
  /// elsewhere in the document (CollectHyphenated: "inga- lill" ->
  /// "inga-lill" beside "Inga-Lill Nilsson"); both stay before the
  /// vocabulary's keep_hyphen words ("Arbetsmarknads- och"); otherwise the
  /// hyphen and the space go. Inside an e-mail address (a token of the break
  /// holds '@') the hyphen may be the address's own: the two go only when
  /// the document writes the joined word ("engs- tedt@" beside "Engstedt"),
  /// and otherwise both stay, so that no whole address is read. Digits are
  /// never joined ("08- 5782" stays): the PDF reader already joins a number
  /// broken at its hyphen.
  std::string JoinHyphenated(const std::string& text) const;

  /// Joins the lines of a running answer: paragraphs (separated by an empty
  /// string) with "\n"; a line ending mid-sentence continued with a space; a
  /// word broken by a line-end hyphen joined.
  std::string JoinAnswerLines(const std::vector<std::string>& lines) const;

 private:
  bool KeepsHyphen(const std::string& next_word) const;
  /// FoldLines' answer_prefix: leaves it out of `line`'s first cell (its
  /// text and fold), where text follows it.
  void LeaveOutAnswerPrefix(Line* line) const;
  /// True when the hyphen at `hyphen` in `s`, before `word`, belongs to a
  /// compound (JoinHyphenated: capitals before it, or hyphenated elsewhere).
  bool KeepsCompoundHyphen(const icu::UnicodeString& s, int32_t hyphen,
                           const std::string& word) const;
  const Vocabulary& vocabulary_;
  mutable MatcherCache cache_;  ///< one normaliser serves one document at a time
  /// True when the document (CollectHyphenated) writes `word` as a whole
  /// word, compared case-folded; false with no document, or one of more
  /// than kWordEvidenceBytes of text. Folds the document's text on the first
  /// call.
  bool WrittenAsWord(const std::string& word) const;
  /// The document's hyphenated compounds, folded (CollectHyphenated).
  mutable std::set<std::string> hyphenated_;
  /// The document's text as its reader gave it, a cell a line, folded once
  /// asked (WrittenAsWord): the evidence for joining an address's word. Kept
  /// only for a document of up to kWordEvidenceBytes of text.
  mutable std::string text_;
  mutable bool text_folded_ = false;
};

}  // namespace redovis

#endif  // REDOVIS_NORMALISE_NORMALISER_H_
