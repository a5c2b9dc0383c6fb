// Text whose diacritics were stripped (issue 14): `iconv -t ASCII//TRANSLIT`
// ("å" to "a", or "?" under the C locale), a `sed` or a database export that
// made å, ä, ö into a, a, o. The form's headings, labels and options are not
// known without their marks, so a stripped document's words are given their
// marks back from the patterns' own vocabulary, where that is unambiguous.
//
// The vocabulary is every word of letters the patterns write (the rules'
// regexes and option values, the editions' openings and section headings,
// the municipality registry's names and counties), case-folded. A marked
// word ("län") is known by its key: each letter in its base form by ICU's
// canonical decomposition ("lan"), and by its key with each marked letter
// a '?' ("l?n"). A key that two words share ("ar": "år", "är"), or that is
// itself a word of the vocabulary ("habo" beside "håbo"), restores nothing.
//
// A document is stripped when it holds none of the marked letters the
// vocabulary's marked words hold most (at least a tenth of them each: å, ä,
// ö in the shipped patterns, in either case), has kMinLetters letters or
// more, and kMinWords of its words or more are keys of marked words. Then
// every word of it that is a key is written as its marked word, case kept
// letter by letter ("LANSSTYRELSEN" -> "LÄNSSTYRELSEN", "Timr?" -> "Timrå");
// every other word stays as written, and so does every e-mail or web
// address (a token holding '@' or "://", or opening "www."). A document with marks is never
// changed (HoldsManyMarks: a scan of its bytes up to its twentieth marked
// letter, before the vocabulary is built).
#ifndef REDOVIS_NORMALISE_LOST_MARKS_H_
#define REDOVIS_NORMALISE_LOST_MARKS_H_

#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "redovis/document.h"
#include "redovis/patterns.h"

namespace redovis {

/// What a restored document's letters stood for as written: each marked
/// letter LostMarks wrote that the document held nowhere, and the letter
/// ("a", "O") or '?' it replaced.
using MarksGivenBack = std::map<char32_t, char32_t>;

/// `text` as the stripped document wrote it: each letter of `back` made
/// again what it replaced (a value read from restored text; free text is
/// given as written).
std::string AsWritten(const std::string& text, const MarksGivenBack& back);

class LostMarks {
 public:
  static constexpr size_t kMinLetters = 400;
  static constexpr size_t kMinWords = 5;

  /// Builds the vocabulary from every word of letters in `words` (any text:
  /// a regex's source is read for its runs of letters).
  explicit LostMarks(const std::vector<std::string>& words);
  /// Letters with marks (a canonical decomposition) that a text holds
  /// enough of to be no stripped text: HoldsManyMarks' count.
  static constexpr size_t kManyMarks = 20;
  /// True when `doc`'s cells hold kManyMarks letters with marks or more: a
  /// text written with its marks, told without the vocabulary (so that such
  /// a text never has it built), looking at its bytes past ASCII alone.
  static bool HoldsManyMarks(const Document& doc);
  /// The texts of `patterns` whose words make the vocabulary.
  static std::vector<std::string> PatternTexts(const PatternSet& patterns);

  /// Gives a stripped `doc`'s words their marks back (see above); returns
  /// the number of words restored, 0 (and `doc` unchanged) when `doc` is
  /// not stripped. `back`, when given, gets what each letter written stood
  /// for (AsWritten). Never fails.
  size_t Restore(Document* doc, MarksGivenBack* back = nullptr) const;
  /// One text's words given their marks back, whether or not the document
  /// is stripped; `restored` counts the words changed, `back` (when given)
  /// gets what each letter written replaced.
  std::string RestoreText(const std::string& text, size_t* restored,
                          MarksGivenBack* back = nullptr) const;
  /// True when `text` holds one of the letters whose absence marks a
  /// stripped text (UTF-8, either case).
  bool HoldsMarks(std::string_view text) const;
  /// True when `word` (UTF-8, any case) is one run of letters, two or more,
  /// that the vocabulary holds as written ("Ombudsverksamhet"; "lan" is no
  /// word of it, only a key): the text reader's spelling proof of a word a
  /// hard fold cut (ReadOptions::known_word).
  bool Knows(std::string_view word) const;

 private:
  /// The marked word for `word`'s key (lower case), or null.
  const std::u32string* Lookup(const std::u32string& word) const;
  std::unordered_map<std::u32string, std::u32string> by_key_;
  /// Every word of the vocabulary, case-folded.
  std::unordered_set<std::u32string> words_;
  /// UTF-8 of the telling marked letters, both cases.
  std::vector<std::string> telling_;
};

/// The reader note that a document's marks were given back (the extractor's
/// `diacritics_lost` finding), and its test; `words` how many.
std::string DiacriticsLostNote(size_t words);
bool IsDiacriticsLostNote(const std::string& note, std::string* words);

}  // namespace redovis

#endif  // REDOVIS_NORMALISE_LOST_MARKS_H_
