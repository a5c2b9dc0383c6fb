// A regex made blind to the marks a text lost (issue 14): text pushed
// through a 7-bit or 8-bit tool writes "Länsstyrelsen" as "Lansstyrelsen"
// (`iconv -t ASCII//TRANSLIT`) or "L?nsstyrelsen" (the same in the C
// locale). Its labels, column words and choice words are the form's, so
// each rule's regex is matched with every letter that carries a mark also
// matching its base letter and '?': "^Stöd i kontakt" as
// "^St[öo?]d i kontakt". The patterns are never given ASCII spellings by
// hand; the loader makes this form of every regex for a document whose
// marks were lost (PatternSet::LoadMarkFree), and the shipped patterns are
// held by tests/mark_free_test.cc to rules that stay told apart so (no
// rule's mark-free regex matches another question's label with its marks
// taken off).
//
// In: a regex's source (ICU syntax, UTF-8). Out: the same regex with each
// marked letter (one AsciiFold makes one ASCII letter: å, ä, ö, é, ü, ø
// ...) widened: a literal to a set of
// itself, its base letter and '?'; a set that holds one (not negated, no
// nested set or set operation) given the base letters and '?'. Nothing
// else changes: no group is added, so the groups and their numbers stay.
// A pure function: no state, no I/O, never throws.
#ifndef REDOVIS_PATTERNS_MARK_FREE_H_
#define REDOVIS_PATTERNS_MARK_FREE_H_

#include <string>

namespace redovis {

/// `source` with its marked letters widened (above); `source` itself when
/// it holds none.
std::string MarkFreeSource(const std::string& source);

/// The base letter of a marked letter, given as one code point of UTF-8
/// ("å" -> 'a', "Ö" -> 'o', "ø" -> 'o': AsciiFold's one ASCII letter), or
/// '\0' for any other character (ASCII, "æ", a symbol: "☒").
char MarkedLetterBase(const std::string& letter);

/// `text` with every marked letter made its base letter ("Stöd" -> "Stod"),
/// and, with `question` true, made '?' ("St?d"): a text as a stripping tool
/// writes it. Other characters as they are.
std::string StripMarks(const std::string& text, bool question = false);

}  // namespace redovis

#endif  // REDOVIS_PATTERNS_MARK_FREE_H_
