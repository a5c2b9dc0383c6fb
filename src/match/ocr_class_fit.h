// A value read by OCR held to its character class (patterns/common.rules'
// `ocr_class` and `ocr_misread` lines, loaded into Vocabulary::ocr_classes):
// a word (or the whole value) that breaks the class's shape is repaired only
// where exactly one repair makes it fit; otherwise it is left as read and the
// caller is told, so that it gives no value and a finding rather than a guess.
//
// In: the class (data) and the text OCR read. Out: the text repaired, and
// how it stood. Pure functions: no state, no I/O, never throw. Which class a
// field is held to is its kind (the value assigner: digits for counts,
// amounts, dates, phone numbers and postcodes; email for addresses; name for
// a person's name).
#ifndef REDOVIS_MATCH_OCR_CLASS_FIT_H_
#define REDOVIS_MATCH_OCR_CLASS_FIT_H_

#include <string>
#include <string_view>

#include "redovis/patterns.h"

namespace redovis {

/// How a text stood against its class, the worst of its words.
enum class ClassFit {
  kFits,       ///< nothing broke the class (or no word was the class's)
  kRepaired,   ///< a word (the value) fitted once one repair was made: the only one that fits
  kBroken,     ///< a word the class owns (the value) breaks it and no repair makes it fit
  kAmbiguous,  ///< two or more repairs make it fit: no guess which
};

/// The class of `vocabulary` named `name`, or null when the patterns define
/// none (then nothing is held to it).
const OcrClass* FindOcrClass(const Vocabulary& vocabulary, std::string_view name);

/// Holds `text` to `cls`: each word (a run without spaces; the whole text
/// for a `value` class) in which the class's shape is not found, and which
/// holds the class's `own` mark when the class has one, is tried with each
/// place of a misreading repaired alone and with every place repaired (a
/// place: the longest misreading at a position, places not overlapping),
/// and each two places side by side that stand for one character, where the
/// two repaired do not fit, repaired as that one character (OCR may read
/// one '@' as "QQ": then "holmQQ" may be "holmQ@" or "holm@"). A
/// word is repaired when exactly one distinct result fits the shape; it is
/// broken when none does and it is the class's (it holds `own`, or the class
/// is a `value` class: a word of a class without `own` that no repair makes
/// fit is some other word, "Qvist" beside an address). Sets
/// `*out` to the text with the repairs (`text` when none), and returns the
/// worst of its words: ambiguous over broken over repaired over fits. For a
/// `split` class, a word and the next, one blank apart, that do not fit
/// alone but are one word of the class joined ("anna(Q kommun.se": OCR
/// parted an address at its misread '@'), a misreading (or what it stands
/// for) at the blank, are joined and repaired: the pair counts as repaired.
ClassFit FitOcrClass(const OcrClass& cls, const std::string& text, std::string* out);

/// The first word of `text` (a run without spaces, a ',' or ';' after it
/// left off) in which the class's shape is not found, but would be had OCR
/// read one of its characters (one code point, wherever it stands) in place
/// of what one of the class's misreadings stands for: a word of the class
/// with a misreading the class does not list, so that no repair fits but the
/// word has the class's shape. For the e-mail class, an address whose '@'
/// OCR read as some letter ("annaQkommun.se", "socialaQMtimra.se"): what the
/// caller keeps out of a person's name. So is a word in which the shape is
/// not found that holds what a misreading stands for as it is: an address
/// the class refuses ("per@SALA.se", whose domain is in capitals) is no
/// address to repair, and no part of a name either (FindClassWord, blind to
/// case, takes it first where it is one but for its capitals). "" when no
/// word is so, and for a `value` class (its shape is the whole value's, not
/// a word's).
std::string FindMisreadWord(const OcrClass& cls, const std::string& text);

/// The first word of `text` (as FindMisreadWord reads words) in which the
/// class's shape is found, the word's case aside (an address typed with its
/// domain in capitals, "Per.Ek@TYRESO.se", is one, as typed: only FitOcrClass
/// holds OCR's reading to the shape's case): what the shape's first group holds when it has
/// one (the e-mail class's: the address without the brackets, quotes or
/// point around it), else the word. "" when no word is so, and for a
/// `value` class. With the e-mail class, the address a text holds: an
/// e-mail field's value and the address in a contact cell are what the
/// class calls one, and nothing else.
std::string FindClassWord(const OcrClass& cls, const std::string& text);

}  // namespace redovis

#endif  // REDOVIS_MATCH_OCR_CLASS_FIT_H_
