// Turns the text of a cell into a typed value: Swedish numbers ("804 246:-",
// "4 045 300", "1,50"), dates ("2021-12-16", "2 januari 2017"), check marks
// ("x", "X", "xx", "1", "☒") and phone numbers (an e-mail address is what
// the e-mail ocr_class calls one: FindClassWord, ocr_class_fit.h).
//
// In: text and the shared Vocabulary (marks, month names, number units),
// each of whose patterns is tried only where its literal prefilter (MayMatch)
// passes: a month or a unit whose word a text lacks is not compiled for it.
// Out: a value, or false when the text does not hold one. It never guesses:
// text with more than one candidate number is not a number.
#ifndef REDOVIS_MATCH_VALUE_PARSER_H_
#define REDOVIS_MATCH_VALUE_PARSER_H_

#include <bitset>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/text_util.h"
#include "patterns/regex.h"
#include "redovis/patterns.h"

namespace redovis {

class ValueParser {
 public:
  /// A parser of `vocabulary`'s words, which must outlive it.
  explicit ValueParser(const Vocabulary& vocabulary);

  /// The number written in `text` ("804 246:-" -> 804246, "1,50" -> 1.5),
  /// allowing a unit from the vocabulary; false for anything else.
  bool ParseNumber(const std::string& text, double* out) const;
  /// True when `count`, a row's count under a column where the row asks for
  /// counts and tells its choice by them (the 2023 queue's municipalities
  /// with and without a queue), chooses its column: a number above 0.
  bool CountChooses(const std::string& count) const;
  /// The date in `text` as ISO 8601; false when no valid date can be read.
  bool ParseDate(const std::string& text, std::string* iso) const;
  /// True when `text` is a check mark ("x", "X", "xx", "1", "☒", ...).
  bool IsMark(const std::string& text) const;
  /// The column name `text` is a header for ("yes", "women", ...), or "".
  /// A word a narrow header cell broke over its lines, joined back with
  /// spaces ("Komme ntar", "Kvinn or", "N ej": pieces of two letters or
  /// more, the first maybe one capital, the later ones in lower case), is
  /// read as the word, where the text as
  /// written names no column. A text the text reader marked cut
  /// (cut_lines.h's kCutLine) names none, unless the mark ends it after a
  /// blank ("Kvinnor " and the mark): its words are whole and read as they
  /// stand.
  /// A text opening with an ASCII character no
  /// column's pattern can start with (by the prefilter's first bytes,
  /// FirstBytes in regex.h: a digit, a word such as "Ekonomi") is answered
  /// "" at once, without being trimmed, folded, looked up or kept
  /// (StartsNoColumn).
  std::string ColumnOf(const std::string& text) const;
  /// The same, given the text's case-folded form too (faster).
  std::string ColumnOf(const std::string& text, const std::string& folded) const;
  /// The column a header cell names with a year written beside its words
  /// ("Kvinnor 2021", "Män (2020)", "2021 Kvinnor": a table that sets a
  /// year's columns beside another's), `*year` set to that year (19xx or
  /// 20xx, before or after the words, in brackets or not); "" and `*year`
  /// 0 when the cell has no such year or its words name no column.
  std::string DatedColumnOf(const std::string& text, int* year) const;
  /// The column `text` names with nothing after its wording ("Nej", "Kan
  /// inte bedöma"; "" for "Nej ISF", which ColumnOf reads as "no"), or "".
  std::string WholeColumnOf(const std::string& text) const;
  /// The largest count a cell of every one of `columns` may hold: the least
  /// of their `most=` bounds (Vocabulary::column_most); ULLONG_MAX where one
  /// of them has none, or where `columns` is empty.
  unsigned long long MostOf(const std::vector<std::string>& columns) const;
  /// True when `text` opens with an ASCII character that is no space and
  /// that no column's pattern can start with, folded as Fold folds it, and
  /// `folded`, when given (the fold Column's prefilter reads), opens with a
  /// byte no column's pattern can start with: ColumnOf's answer is "", for
  /// `text` and for any text that opens with its first word ("Ekonomi",
  /// "Ekonomi och"). A few instructions: no trimming, folding or lookup.
  bool StartsNoColumn(const std::string& text, const std::string* folded = nullptr) const;
  /// How many texts' ColumnOf answers are kept (for tests: a text answered
  /// by its first character alone is not kept).
  size_t KeptColumns() const { return columns_.size() + columns_of_text_.size(); }

 private:
  /// The first column name whose pattern finds `trimmed` (its fold
  /// `folded` passing the prefilter), or "".
  std::string Column(const std::string& trimmed, const std::string& folded) const;

  const Vocabulary& vocabulary_;
  /// The bytes a folded text can start with for some column's pattern to
  /// match it (the union of their FirstBytes).
  std::bitset<256> column_firsts_;
  mutable MatcherCache cache_;  ///< one parser serves one document at a time
  // What IsMark and ColumnOf answered for each text as given (and, for
  // ColumnOf's second form, the fold it was given), kept for the
  // parser's one document: a form repeats its headers and marks on every
  // row, and each answer depends only on the text and the vocabulary.
  // ColumnOf's second form is keyed by the text alone, the fold kept beside
  // its answer and compared: a text is hashed once, not with its fold
  // appended in a key built for each lookup.
  struct KnownColumn {
    std::string fold;    ///< the fold given with the text
    std::string column;  ///< the answer
  };
  mutable std::unordered_map<std::string, bool> marks_;
  mutable std::unordered_map<std::string, KnownColumn> columns_;          // text
  mutable std::unordered_map<std::string, std::string> columns_of_text_;  // text
};

/// Digits, '+' and '-' of a phone number with the spaces removed ("060- 16 31 00" -> "060-163100").
std::string TidyPhone(const std::string& text);
/// The first phone number in `text` (at least 6 digits), or "".
std::string FindPhone(const std::string& text);
/// True when `tidy` (TidyPhone's form) is a number cut short: an area code
/// (a 0 and one to three digits) and a hyphen, then fewer than the five
/// digits a subscriber's number has at least ("060-1631": the rest of the
/// number was on a line the reader did not join), or fewer digits after the
/// 0 than the eight a national number has at least ("08-578294", its "91"
/// on a line further down).
bool PhoneCutShort(const std::string& tidy);
/// The piece of a text table's syntax that `text` still holds, or "" when it
/// holds none: the sign that a reader ran cells together, so the text is no
/// answer. Debris is
///   - a row or fence of a drawn table: `|===`, `||`, `{|`, `|}`, `+---`,
///     `---+`, `+===`, HTML table markup (`<td`, `</td>`, `<tr`, `</tr>`,
///     `<col `: Textile writes its tables so), or a line that is only `|`, `-`, `+`, `=`, `:` and
///     spaces with a `|` or `+` among them;
///   - other HTML markup a converter left in the text: a tag of the elements
///     converters and word processors write (`<p>`, `</strong>`, `<br/>`,
///     `<span ...`; a `<` before a number or another word is text) or a
///     character reference (`&#45;`, `&#x2026;`, `&amp;`);
///   - a `|` at the start or end of the text or of one of its lines, or glued
///     to a word on one side and with a space on the other (" |Postnummer",
///     "Ja| "), as cells are opened and closed;
///   - a `|` anywhere, unless `free_text` (the answer to a question asking
///     for free text): names, addresses, numbers and other short answers
///     never hold one;
///   - text beginning with ". " (the rest of a cell cut after its first
///     character).
/// In free text a `|` with a space on each side between words ("mån | tis")
/// is kept: people write it, and no table syntax leaves it inside a cell.
std::string TableDebris(const std::string& text, bool free_text);

// What OCR misreads, undone only where the field says what it wants and the
// result is unambiguous (precision first: never a digit guessed). The
// character classes (a digit read as a letter, an '@' read as "(Q") are
// data: match/ocr_class_fit.h.

/// Sets `*out` to the number in `text`, a count or amount read by OCR, without
/// the marks OCR reads off its cell and its label: brackets at the ends of a
/// number alone ("(0)", "0)": the cell's rules beside a lone digit) and
/// tokens of punctuation alone before it ("!: 10,00": the label's note mark
/// "¹:"). Nothing between digits is touched, nor text that is more than
/// such marks and one number. Returns true when something was taken off;
/// `*out` is `text` otherwise.
bool RepairOcrNumberMarks(const std::string& text, std::string* out);
/// True when `text`, a number OCR read where the form asks for decimals (a
/// `decimal` key of the catalogue: posts and full-time equivalents), is two
/// or more digits with no decimal comma or point between them: OCR drops a
/// comma ("1,0" read "10" at confidence 96, "10,00" would read "1000") and
/// nothing in the reading tells the two apart. A lone digit ("2") cannot
/// have lost one, nor a number with a comma or point.
bool MayHaveLostDecimalMark(const std::string& text);
/// The share (0-1) of the tokens of `text` that look like words or numbers:
/// letters (any script's) in lower case, capitals or with a capital first,
/// parts joined by a hyphen, an apostrophe, a point or an '@' ("t.ex",
/// "namn@kommun.se"); or digits with the marks of
/// numbers and dates. Punctuation around a token is ignored and a lone
/// letter is not counted. What OCR makes of a sideways page or of noise
/// ("BuJSYeSsJO", "1ayes.so", "J8AOQ") is not word-like. 1 when nothing
/// counts. Knows no language: no word list; given `units`, a token that is
/// a number glued to one of the vocabulary's units ("30dagar", "5st": what
/// `units->ParseNumber` reads with letters after its digits) is word-like
/// too, as the number and the unit apart would be.
double WordLikeShare(const std::string& text, const ValueParser* units = nullptr);

}  // namespace redovis

#endif  // REDOVIS_MATCH_VALUE_PARSER_H_
