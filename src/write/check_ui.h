// What `redovis check` says to people besides the findings' own messages,
// as data: the strings of patterns/messages.tsv in one language (Swedish by
// default, English for --lang en), who follows up each finding code
// (patterns/check_followup.tsv), and from these what one report asks of its
// municipality and of the officer.
//
// In: the messages the pattern set has loaded (patterns/messages.tsv, read
// once, by the pattern set), the pattern directory (for check_followup.tsv)
// and a language. Out: an immutable CheckUi, shared read-only by the
// terminal text, the HTML page and the letters; it refers to the messages,
// which must outlive it. It holds no wording of its own: every string comes
// from the files; a key the files lack is shown as "{key}", so a missing
// string is visible, never silently English. Never throws.
#ifndef REDOVIS_WRITE_CHECK_UI_H_
#define REDOVIS_WRITE_CHECK_UI_H_

#include <map>
#include <string>
#include <vector>

#include "redovis/catalogue.h"
#include "redovis/messages.h"
#include "redovis/record.h"
#include "redovis/status.h"

namespace redovis {

/// The severity from which a finding makes a report need action (--fail-on).
enum class Severity { kInfo = 0, kWarning = 1, kError = 2 };

/// The Severity of a finding's severity word; false for another word.
bool ParseSeverity(const std::string& word, Severity* out);

/// One line a person must follow up, with where in the file it is.
struct FollowUp {
  std::string message;  ///< what to ask or check, in the chosen language
  std::string where;    ///< "sidan 3, rad 7", "" when the finding has no place
  std::string code;     ///< the finding's code, or "" for a status ("blank")
};

/// What one report needs: the follow-ups for its municipality and for the officer.
struct ReportAction {
  bool needs_action = false;  ///< some follow-up, or a finding at or above the threshold
  std::vector<FollowUp> ask_municipality;
  std::vector<FollowUp> check_yourself;
};

class CheckUi {
 public:
  /// Takes its strings from `messages` (kept by reference: it must outlive
  /// this CheckUi) in `lang` ("sv" or "en") and loads check_followup.tsv
  /// from `patterns_dir`. Fails (code "pattern_error") on an unknown
  /// language, and naming the file and line on a follow-up row with too few
  /// columns.
  Status Load(const Messages& messages, const std::string& patterns_dir, const std::string& lang);

  /// The language loaded ("sv", "en").
  const std::string& lang() const { return lang_; }

  /// The string of `key` with each {NAME} of `args` filled in; "{key}" when
  /// the table has no such key.
  std::string Text(const std::string& key,
                   const std::map<std::string, std::string>& args = {}) const;

  /// A status word for people ("komplett"); the status itself when unknown.
  std::string StatusWord(const std::string& status) const;
  /// A severity word for people ("fel"); the word itself when unknown.
  std::string SeverityWord(const std::string& severity) const;
  /// Where a finding is, "sidan 3, rad 7", "rad 17", or "" when it has no place.
  std::string Where(const Finding& f) const;
  /// True when check_followup.tsv gives `code` to the municipality.
  bool AsksMunicipality(const std::string& code) const;

  /// What `r` needs: a blank form, no report or an unreadable file always
  /// needs action (the unreadable file's codes the municipality can mend,
  /// such as `encrypted`, are asked of it, the tool's own failures such as
  /// `timeout` are the officer's); every warning or error finding is
  /// followed up by whoever the table names; info findings never are. A
  /// finding at or above `fail_on` makes the report need action. In a
  /// report whose kept answers (the summary's role keys) were read by OCR,
  /// what would be asked of the municipality is the officer's to compare
  /// with the scan first (`action.ocr`).
  ReportAction Assess(const Record& r, Severity fail_on) const;

 private:
  std::string lang_;
  /// The string of `key` in lang_, nullptr when the messages lack it.
  const std::string* Find(const std::string& key) const;

  const Messages* messages_ = nullptr;
  std::map<std::string, std::string> who_;  ///< code -> "municipality" | "officer"
};

/// The e-mail a follow-up goes to: the contact person's (role
/// contact_person_email) when given, else the municipality's
/// (contact_email); "" when neither.
std::string ContactEmail(const Record& r, const Catalogue& catalogue);

/// The contact person's name (role contact_person), or "".
std::string ContactPerson(const Record& r, const Catalogue& catalogue);

/// The local date as YYYY-MM-DD: $SOURCE_DATE_EPOCH's when set (reproducible
/// output for tests), else today's.
std::string TodayIso();

}  // namespace redovis

#endif  // REDOVIS_WRITE_CHECK_UI_H_
