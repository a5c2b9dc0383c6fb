// Draft letters for `check --letters DIR`: per municipality with something
// to ask it (CheckUi::Assess's ask_municipality), one plain-text e-mail
// draft to the report's contact e-mail, saying which report (file, year),
// what is missing or inconsistent and where in their form. Nothing is sent.
//
// In: the records checked (summaries with the contact keys), the strings,
// the municipality registry (official names) and the letter template
// patterns/letters/LANG.txt, whose {to}, {years}, {greeting}, {official}
// and {reports} are filled in; the report and item lines are CheckUi
// strings. Out: the letters as names and texts; the caller writes them.
// A report whose municipality is unknown gets no letter (it cannot be
// addressed), and is counted. Never throws.
#ifndef REDOVIS_WRITE_LETTER_WRITER_H_
#define REDOVIS_WRITE_LETTER_WRITER_H_

#include <string>
#include <vector>

#include "redovis/catalogue.h"
#include "redovis/municipalities.h"
#include "redovis/record.h"
#include "redovis/status.h"
#include "write/check_ui.h"

namespace redovis {

/// One draft: its file name ("1980_Västerås.txt": code and name, spaces as
/// '_') and its text.
struct Letter {
  std::string file_name;
  std::string text;
};

/// Reads the template patterns_dir/letters/LANG.txt (LANG is ui.lang()).
/// Fails (code "pattern_error") naming the file when it cannot be read.
Status LoadLetterTemplate(const std::string& patterns_dir, const CheckUi& ui, std::string* text);

/// The letters for `records`, in the order each municipality first appears;
/// `unaddressed` (if given) receives the number of reports with something to
/// ask whose municipality is unknown.
std::vector<Letter> DraftLetters(const std::vector<Record>& records,
                                 const std::string& letter_template, const CheckUi& ui,
                                 const Catalogue& catalogue, const MunicipalityRegistry& registry,
                                 size_t* unaddressed);

}  // namespace redovis

#endif  // REDOVIS_WRITE_LETTER_WRITER_H_
