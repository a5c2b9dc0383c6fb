// A contact cell told into its details: the person's name, a phone number
// and an e-mail address written in one answer ("Anna Berg, tel 0920-12345,
// anna.berg@kommun.se"), and where an address written in a text starts.
//
// In: the answer's text as read, the patterns' vocabulary (its e-mail
// class, `ocr_class email`, and its `contact_word`s: the words that
// introduce a detail), and whether OCR read it. Out: the details, each ""
// when the cell holds none. Pure functions: no state, no I/O, never throw;
// they give no value and no finding themselves: the value assigner stores
// what they find and says what they refused.
#ifndef REDOVIS_MATCH_CONTACT_CELL_H_
#define REDOVIS_MATCH_CONTACT_CELL_H_

#include <string>

#include "redovis/patterns.h"

namespace redovis {

/// What a contact cell holds.
struct ContactDetails {
  std::string name;   ///< the words left for the person's name, "" when none
  std::string email;  ///< the address the e-mail class finds, "" when none
  std::string phone;  ///< the first phone number as written, "" when none
  /// A word right before the address that may be the address's own first
  /// part (AddressStartBefore); then `email` is what follows it, which may be
  /// only the address's tail: the caller takes no address. The word is no
  /// part of `name`.
  std::string address_start;
};

/// The details of `raw`: the first address (FindClassWord of the e-mail
/// class) and phone number (FindPhone) taken out; an address whose '@' OCR
/// misread, or one the class refuses (FindMisreadWord), and a word that may
/// be an address's first part, taken out as well, no part of the name; the
/// name the words before the details when words follow them too (the next
/// cell's, run on), else the words left, the separators and the words that
/// introduced a detail ("tel", "e-post") left off. Words between the details
/// stay in the name: which of them are the name is not told. Without an
/// e-mail class in the vocabulary no address is looked for.
ContactDetails SplitContactCell(const std::string& raw, const Vocabulary& vocabulary, bool ocr);

/// The word of `text` right before `address` (one blank between them) when
/// it may be the address's own first part: a word with a letter that ends in
/// a mark an address holds ('.', '-', '_': "inga-lill. nilsson@timra.se", a
/// space after a point), or, read by OCR (`ocr`), a word whose first letter
/// is lower case and that introduces no detail (no `contact_word`): OCR
/// reads a point as a blank ("susanne aspling.bjorksten@vasteras.se"), and a
/// name's words start with a capital. "" when there is no such word, when
/// `address` is not in `text`, or when it is empty.
std::string AddressStartBefore(const std::string& text, const std::string& address,
                               const Vocabulary& vocabulary, bool ocr);

}  // namespace redovis

#endif  // REDOVIS_MATCH_CONTACT_CELL_H_
