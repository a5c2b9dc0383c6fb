// Names OCR misread, set right by the document's own spelling: an e-mail
// address whose name part OCR changed ("ingar-ill.nilsson@timra.se" where
// the document reads the person "Inga-Lill Nilsson"), and a capitalised word
// OCR read without its diaeresis ("Ostra Södertörn" where the document writes
// "Östra Södertörn"), or, written nowhere else, by the municipality
// registry's word ("Östra" of "Östra Göinge") or the head of its names
// ("Öster" of "Österåker", "Östersund"); and a free text's word OCR misread
// ("Förvaltningschet"), set right by the language's word list
// (WordsByWordList). Pure functions over text: the
// value assigner decides where they apply (values read by OCR) and gives the
// finding.
//
// Each one answers only on evidence that leaves one reading: one name, one
// spelling of the word in the same phrase, one registry word; else "" and
// the value stays as read. Nothing is printed, thrown or kept.
#ifndef REDOVIS_MATCH_OCR_NAMES_H_
#define REDOVIS_MATCH_OCR_NAMES_H_

#include <string>
#include <utility>
#include <vector>

#include "redovis/patterns.h"
#include "redovis/readers.h"

namespace redovis {

/// The edits a word of `letters` letters that OCR misread may be from the
/// word it stands for: none under 5 letters, 1 under 9, 2 from 9 on (a short
/// word a letter away is as likely another word).
int MisreadReach(int letters);

/// `address` (read by OCR, lower case before its '@') with its name part in
/// the spelling of a person's name in `names` (read in the same document,
/// "Inga-Lill Nilsson"): where the name part's pieces between dots are the
/// name's words, ASCII-folded to lower case, all but one of them the same
/// and that one within MisreadReach of its word. "" when the address has no
/// '@', holds capitals before it, already spells a name, or when no name or
/// two names so fit. `*name` (if given) is the name it was set right by.
std::string AddressByName(const std::string& address, const std::vector<std::string>& names,
                          std::string* name = nullptr);

/// True when `address`'s name part (before its '@') spells a name of
/// `names` as AddressByName reads names: its pieces between dots, two or
/// more, each the name's word ASCII-folded to lower case
/// ("inga-lill.nilsson@timra.se" and "Inga-Lill Nilsson").
bool SpellsName(const std::string& address, const std::vector<std::string>& names);

/// True when `address`'s name part (before its '@'), one piece of letters
/// and hyphens long enough to be told from a misread (MisreadReach above
/// 0), is written as a word in one of `lines` (ASCII-folded, lower case)
/// that does not hold the address's domain: a word of the report, not an
/// address ("socialforvaltningen@lindesberg.se" and "Socialförvaltningen
/// Lindesberg"). False for a name part under five letters ("ni").
bool NamePartWritten(const std::string& address, const std::vector<std::string>& lines);

/// A word OCR read without a letter's diaeresis or ring, set right.
struct WordSnap {
  std::string read;     ///< the word as read ("Ostra")
  std::string written;  ///< as the document writes it ("Östra")
};

/// `text` (read by OCR) with each capitalised word of plain letters that
/// `lines` (the document's lines) write with a diaeresis or ring where it
/// has the plain letter ("Ostra" / "Östra"), in the same phrase (the word
/// before or after it the same in both), and in one such way only. `*snaps`
/// gets each word so set right. `text` itself when none is.
std::string WordsByDocument(const std::string& text, const std::vector<std::string>& lines,
                            std::vector<WordSnap>* snaps);

/// `text` (read by OCR) with each word of nine letters or more whose
/// diaeresis or ring `lines` (the document's lines) never write, where they
/// write its stem without it, set right: the read word and a word of
/// `lines` (letters only: no address, no path) are the same, but for such
/// a mark of the read word where the written one has the plain letter, over
/// their first eight letters or more ("Psykiätriboende" read where the
/// report writes "Psykiatrin": "Psykiatriboende"), and no word of `lines`
/// begins with the read word's marked stem but the read word itself. A
/// mark past the stem stays. `*snaps` gets each word so set right (read as
/// the word read, written as set right). `text` itself when none is.
std::string MarksByDocument(const std::string& text, const std::vector<std::string>& lines,
                            std::vector<WordSnap>* snaps);

/// The words of the names in `names` (the municipality registry's names,
/// official names, other names and counties: "Östra Göinge", "Örebro län"),
/// each once, for WordsByRegistry.
std::vector<std::string> NameWords(const std::vector<std::string>& names);

/// `text` (read by OCR) with each capitalised word of plain letters, five
/// letters or more (MisreadReach: a shorter one, "Ange", is as likely a word
/// of its own), that is none of `words` (NameWords) but is exactly one of
/// them with a diaeresis or ring lost ("Ostra": "Östra"), set right; where
/// no registry word so fits, a word that is the marked head of two registry
/// names or more and begins none as read ("Oster": "Öster" of "Österåker"
/// and "Östersund"; "Angel" stays: "Ängelholm" alone). Two that fit: as
/// read. `*snaps` gets each word so set right. `text` itself when none is.
std::string WordsByRegistry(const std::string& text, const std::vector<std::string>& words,
                            std::vector<WordSnap>* snaps);

/// True when `knows` (the language's word list, any case) knows `word`,
/// or knows it as two of its words joined: a head of three letters or more
/// that is a word, or one of four or more and one of `joins` (the
/// patterns' `compound_join`: "förvaltning" + "s"), and a tail of four
/// letters or more that is a word ("chef"). False when `knows` is empty.
bool LanguageKnows(std::string_view word, const KnownWord& knows,
                   const std::vector<std::string>& joins);

/// `text` (read by OCR, a free-text answer) with each word of letters only,
/// five letters or more (MisreadReach), that the language does not know
/// (LanguageKnows) and that no other line of `lines` (the document's lines:
/// two lines or more holding it as a word) writes, set right where exactly
/// one of `vocabulary`'s ocr_word_misreadings (what OCR reads, and what it
/// stands for) repaired at one place makes a word the language knows (its
/// compound_joins joining two) ("Förvaltningschet": "Förvaltningschef" by
/// "t" for "f"). Two repairs that fit, or none: as read. `*snaps` gets each
/// word so set right. `text` itself when none is, or when `knows` is empty.
std::string WordsByWordList(const std::string& text, const Vocabulary& vocabulary,
                            const KnownWord& knows, const std::vector<std::string>& lines,
                            std::vector<WordSnap>* snaps);

}  // namespace redovis

#endif  // REDOVIS_MATCH_OCR_NAMES_H_
