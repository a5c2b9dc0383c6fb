// Answers written out as text rather than drawn in a table's cells: a row's
// counts as pairs of a column word and a number ("kvinnor 12, män 7", "12
// kvinnor och 7 män"), a choice as boxes typed with their column words
// ("[x] Ja [ ] Nej", "☒ Ja ☐ Nej"), a list item after its typed box
// ("[X] Kommun"), a column word a narrow cell broke ("N ej"). The matcher's
// walk (match_run.h) asks these questions of a line's text; they depend
// only on the vocabulary's column words, marks and list separators.
//
// In: text (UTF-8) and the ValueParser and Vocabulary of the PatternSet in
// force, which must outlive this object. Out: the pairs, choices and boxes
// the text writes, or false. Never throws, never assigns a value and keeps
// no state between calls.
#ifndef REDOVIS_MATCH_WRITTEN_ANSWERS_H_
#define REDOVIS_MATCH_WRITTEN_ANSWERS_H_

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "match/value_parser.h"
#include "redovis/patterns.h"

namespace redovis {

class WrittenAnswers {
 public:
  WrittenAnswers(const Vocabulary& vocabulary, const ValueParser& parser)
      : vocabulary_(vocabulary), parser_(parser) {}

  /// The pairs of a column word and a number that `rest` consists of
  /// ("kvinnor 12, män 7", "12 kvinnor och 7 män", "Ja 2, Nej 1", "kvinnor
  /// 12 män 7"), in order, as (column name, number as written). False, and
  /// `*pairs` empty, when any part of `rest` is not such a pair or a column
  /// is named twice.
  bool ParsePairs(const std::string& rest,
                  std::vector<std::pair<std::string, std::string>>* pairs) const;
  /// The pairs of `text` where it is a sentence with words before and after
  /// them and no other number or column word ("Vi hade 29 kvinnor och 5 män
  /// som klienter under året."): ParsePairs of what stands from the first
  /// number or column word to the last. False, `*pairs` empty, otherwise.
  bool SentencePairs(const std::string& text,
                     std::vector<std::pair<std::string, std::string>>* pairs) const;
  /// True when a word of `text` is a column word ("kvinnor", "Ja"): the
  /// rest of a label before its answer never holds one; text that does holds
  /// another row's counts (lines run together).
  bool HoldsColumnWord(const std::string& text) const;
  /// The byte offset in `text` where pairs of column words and numbers
  /// start that run to its end ("Ekonomi kvinnor 16 män 10": at "kvinnor"),
  /// after words that do not end in a number (after one, the number is
  /// explained by nothing, unless a colon follows it) and hold no column word (counts that are not
  /// one row's: lines run together); npos when there are none, and for text of more than 40 words.
  size_t PairsStart(const std::string& text) const;
  /// What stands before the pairs that end `text` (PairsStart), without the
  /// colon or comma that ends it ("EKONOMI kvinnor 16 män 10", "Ekonomi,
  /// kvinnor 139": "EKONOMI", "Ekonomi"); empty when no pairs end it.
  std::string LabelBeforePairs(const std::string& text) const;
  /// True when `text` is options each after its box ("[x] Ja [ ] Nej", "(X) Ja ( ) Nej",
  /// "☒ Ja ☐ Nej ☐ Kan inte bedöma", "X Ja [ ] Nej"), or each before it
  /// ("Ja [ ] Nej [X]"): two boxes or more, each with its column word, in
  /// one order throughout, nothing else. `*marked` gets the columns whose box is marked
  /// (a mark of common.rules inside or as the box), in order; empty when none is.
  bool BoxedChoice(const std::string& text, std::vector<std::string>* marked) const;
  /// Where `text` is a typed choice whose boxes each come before their
  /// column word (BoxedChoice) and words after the last option's whole
  /// wording ("☒ Ja ☐ Nej RSMH", "[x] Ja [ ] Kan inte bedöma ISF": a
  /// choice and the names the Ja asks for, the spaces between them
  /// collapsed), the byte offset where those words start; npos otherwise.
  size_t WordsAfterBoxedChoice(const std::string& text) const;
  /// True when `t` is one box of a typed choice: a mark of common.rules, a
  /// pair of brackets, square or round, empty or around a mark ("[ ]",
  /// "[X]", "( )", "(x)"), or one symbol that is no letter or digit ("☐");
  /// `*checked` says whether it is marked.
  bool IsBoxToken(const std::string& t, bool* checked) const;
  /// True when `t` is a box as a cell writes it and nothing else: a
  /// check-box glyph alone (glyphs.h), or a box typed in brackets around
  /// nothing or a mark ("[ ]", "[X]", "[ x ]"; IsBoxToken), or in round
  /// brackets around nothing or a mark that is no digit ("( )", "(X)"; never
  /// "(1)", a list's number). Such a cell is never a written answer (a name,
  /// a count). `*checked`, when given, says whether it is ticked.
  bool IsBoxCell(const std::string& t, bool* checked = nullptr) const;
  /// True when `text` is a column word followed by its box ("Ja [X]",
  /// "Ja (X)", "Nej ☐"): an answered choice, never a table's column header.
  bool EndsInBox(const std::string& text) const;
  /// True when `text` starts with one box of a typed list and text follows
  /// it: "[X] Kommun", "[ ] Förening", "☒ Kommun", "X Kommun" (a bracketed
  /// box, a mark, or one symbol beyond ASCII that is no letter or digit;
  /// never a number, nor ASCII punctuation such as a table's "|");
  /// `*ticked` says whether it is marked (IsBoxToken), `*rest_at` where the
  /// item's text starts.
  bool LeadingBox(const std::string& text, bool* ticked, size_t* rest_at) const;
  /// True when `text` is one box and one option's whole wording after it,
  /// nothing else ("☒ Ja", "[ ] Nej", "☐ Kan inte bedöma"; never "☐ Nej
  /// ISF"): one piece of a typed choice whose boxes spaces parted into
  /// cells of their own.
  /// `*ticked`, when given, says whether the box is marked; `*rest_at`, where
  /// the option's wording starts.
  bool BoxThenOption(const std::string& text, bool* ticked = nullptr,
                     size_t* rest_at = nullptr) const;
  /// The column a header word broken in its narrow cell names, its letters
  /// joined ("N ej": "no"), where `text` is at most 8 bytes with a space;
  /// "" otherwise.
  std::string BrokenColumnWord(const std::string& text) const;

 private:
  const Vocabulary& vocabulary_;
  const ValueParser& parser_;
};

}  // namespace redovis

#endif  // REDOVIS_MATCH_WRITTEN_ANSWERS_H_
