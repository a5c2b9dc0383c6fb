// Turns the text of a cell into a typed value: Swedish numbers ("804 246:-",
// "4 045 300", "1,50"), dates ("2021-12-16", "2 januari 2017"), check marks
// ("x", "X", "xx", "1", "☒") and contact details (phones, e-mail addresses).
//
// In: text and the shared Vocabulary (marks, month names, number units).
// Out: a value, or false when the text does not hold one. It never guesses:
// text with more than one candidate number is not a number.
#ifndef REDOVIS_MATCH_VALUE_PARSER_H_
#define REDOVIS_MATCH_VALUE_PARSER_H_

#include <string>

#include "base/text_util.h"
#include "patterns/regex.h"
#include "redovis/patterns.h"

namespace redovis {

class ValueParser {
 public:
  explicit ValueParser(const Vocabulary& vocabulary) : vocabulary_(vocabulary) {}

  /// The number written in `text` ("804 246:-" -> 804246, "1,50" -> 1.5),
  /// allowing a unit from the vocabulary; false for anything else.
  bool ParseNumber(const std::string& text, double* out) const;
  /// The date in `text` as ISO 8601; false when no valid date can be read.
  bool ParseDate(const std::string& text, std::string* iso) const;
  /// True when `text` is a check mark ("x", "X", "xx", "1", "☒", ...).
  bool IsMark(const std::string& text) const;
  /// The column name `text` is a header for ("yes", "women", ...), or "".
  std::string ColumnOf(const std::string& text) const;
  /// The same, given the text's case-folded form too (faster).
  std::string ColumnOf(const std::string& text, const std::string& folded) const;

 private:
  const Vocabulary& vocabulary_;
  mutable MatcherCache cache_;  ///< one parser serves one document at a time
};

/// Digits, '+' and '-' of a phone number with the spaces removed ("060- 16 31 00" -> "060-163100").
std::string TidyPhone(const std::string& text);
/// The first e-mail address in `text`, or "".
std::string FindEmail(const std::string& text);
/// The first phone number in `text` (at least 6 digits), or "".
std::string FindPhone(const std::string& text);
/// The piece of a text table's syntax that `text` still holds, or "" when it
/// holds none: the sign that a reader ran cells together, so the text is no
/// answer. Debris is
///   - a row or fence of a drawn table: `|===`, `||`, `{|`, `|}`, `+---`,
///     `---+`, `+===`, HTML table markup (`<td`, `</td>`, `<tr`, `</tr>`,
///     `<col `: Textile writes its tables so), or a line that is only `|`, `-`, `+`, `=`, `:` and
///     spaces with a `|` or `+` among them;
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

}  // namespace redovis

#endif  // REDOVIS_MATCH_VALUE_PARSER_H_
