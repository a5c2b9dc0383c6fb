// A language's word list: a dictionary file of the system, one word a line
// (Debian's wswedish, /usr/share/dict/swedish, in ISO-8859-1), named by the
// patterns (`wordlist PATH ENCODING`, patterns/README.md). Its words, case-
// folded, are the text reader's second spelling proof of a word a hard fold
// cut (read/text/folded_lines.h's UnfoldHardLines: "bl" / "anketter", a
// word the form never writes), beside the patterns' own vocabulary
// (lost_marks.h's LostMarks::Knows), and the matcher's test of a free
// text's word read by OCR (match/ocr_names.h's WordsByWordList:
// "Förvaltningschet", no word, is "Förvaltningschef" misread).
//
// In: the file's path and encoding (an ICU converter name). Out: Knows.
// Loaded by the extractor on the first question a hard fold or an OCR'd
// free text asks, once, and
// then shared read-only; a missing or unreadable file, or one that does not
// decode, is an error Status and leaves the list empty (no proof: a fold's
// unproven lines stay unread, as without a list). Never throws.
#ifndef REDOVIS_NORMALISE_WORD_LIST_H_
#define REDOVIS_NORMALISE_WORD_LIST_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>

#include "redovis/status.h"

namespace redovis {

class WordList {
 public:
  /// Reads `path` (one word a line, in `encoding`) into `*out`, replacing
  /// what it held. Fails, `*out` left empty, with "wordlist_unreadable" when
  /// the file cannot be read and "wordlist_encoding" when `encoding` is no
  /// converter ICU knows or a line does not decode; each message names the
  /// file.
  static Status Load(const std::string& path, const std::string& encoding, WordList* out);

  /// True when `word` (UTF-8, any case), two code points or more, is a word
  /// of the list as written (case aside).
  bool Knows(std::string_view word) const;
  /// How many distinct words the list holds.
  size_t size() const { return words_.size(); }

 private:
  std::unordered_set<std::string> words_;  ///< case-folded UTF-8
};

}  // namespace redovis

#endif  // REDOVIS_NORMALISE_WORD_LIST_H_
