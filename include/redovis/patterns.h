// The pattern set: every rule that maps a form's headings, labels and table
// rows to catalogue keys, compiled once from the files in patterns/ and then
// shared read-only by every document (and thread).
//
// In: a patterns directory holding catalogue.tsv, municipalities.tsv,
// common.rules (the shared vocabulary: check marks, column headers, month
// names, ...), checks.rules (the completeness and consistency checks) and one
// NAME.rules file per form edition (which may `include` shared rule files).
// Out: an immutable PatternSet. A malformed file is an
// error naming the file and line. The C++ holds no form wording: adding an
// edition means adding a .rules file. The rule language is described in
// patterns/README.md.
#ifndef REDOVIS_PATTERNS_H_
#define REDOVIS_PATTERNS_H_

#include <unicode/uversion.h>  // U_NAMESPACE_BEGIN: ICU's versioned namespace

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "redovis/catalogue.h"
#include "redovis/messages.h"
#include "redovis/municipalities.h"
#include "redovis/status.h"

namespace redovis {

// A compiled pattern is ICU's, compiled on first use; users of this header
// need not include ICU's regex headers (src/patterns/regex.h defines it, for
// matching).
class CompiledRegex;
// An index of a list of patterns by the first byte a text they match can
// start with (src/patterns/regex_analysis.h).
class LeadIndex;

/// A regular expression (ICU syntax, case-insensitive, `.` matches newlines)
/// with its source text, checked when loaded and compiled the first time it
/// is matched (src/patterns/regex.h). Immutable to its users and safe to
/// share across threads.
struct Pattern {
  std::shared_ptr<const CompiledRegex> compiled;  ///< null when never set
  std::string source;
  int groups = 0;  ///< number of capture groups
  /// The case-folded literal every match starts with ("^Literal..."), or
  /// contains ("Literal..." unanchored), so text whose folded form lacks it is
  /// skipped without running the regex. Empty when there is no such literal.
  std::string folded_prefix;
  bool anchored = false;  ///< the pattern starts with "^"
};

enum class RuleKind {
  kField,   ///< a label in a cell; the value is in the same cell, the next cell or the next line
  kRow,     ///< a table row: label in the first cell, values under the columns
  kOption,  ///< a line holding one option of a question and, maybe, its mark
  kText,    ///< a question whose free-text answer follows it
  kIgnore,  ///< a known label that holds no key; it ends a running answer
};

/// One rule of an edition.
struct Rule {
  RuleKind kind = RuleKind::kIgnore;
  std::string id;  ///< "file.rules:LINE", used as provenance
  Pattern regex;
  std::vector<std::string> keys;  ///< field: one key per capture group; option, text: one key
  std::string option_value;       ///< option: the value it stands for
  std::map<std::string, std::string> column_keys;  ///< row: column name -> key template
  std::string choice_key;     ///< row: key that gets the name of the marked column
  std::string several_value;  ///< row: the choice when more than one column is marked
  std::vector<std::pair<std::string, std::string>> sets;  ///< set=VAR:VALUE on a match
  std::string transform;  ///< as=person|name|municipality|municipalities|county|...
  /// as=T1,T2,...: for a field with several keys, the transform of each key in
  /// turn ("" for none, written "-"); empty when one transform serves all.
  std::vector<std::string> key_transforms;
  /// The transform that applies to keys[index].
  const std::string& TransformOf(size_t index) const {
    return key_transforms.empty()          ? transform
           : index < key_transforms.size() ? key_transforms[index]
                                           : kNone;
  }
  static inline const std::string kNone;
  std::map<std::string, std::string> params;  ///< extra key=KEY options of a transform
  Pattern split;                              ///< split=: groups of this regex go to keys 1..n
  bool same_cell_only = false;                ///< field/text: never look beyond the matched cell
  bool whole_line = false;                    ///< field: match the line's text, not each cell
  /// ignore, `unlisted=no`: the question of a list whose options are the
  /// rows right after it; a list of the options chosen written under it
  /// (bullets, numbers) and ended by the form's next wording marks the
  /// rows it leaves out `no` (match/listed_options.h).
  bool unlisted_no = false;
  /// field, `after=KEY,...`: a value is kept only where one of these keys was
  /// read on the same page one to three lines above the rule's line (a
  /// signature's "E-post" under its "Telefon", never a cover letter's
  /// "Epost:" after its greeting); elsewhere the key stays null with an
  /// `ambiguous_label` finding (match/value_assigner.h).
  std::vector<std::string> after_keys;
  /// The form's wording the regex spells (patterns/label.h), for matching
  /// with tolerance; empty when it cannot be spelt or the regex does not
  /// match it, and then the rule matches only by its regex.
  std::string label;
  std::vector<std::u32string> label_words;  ///< label's words, case-folded, years left out
  bool label_closed = false;                ///< the label ends its cell or stands before a colon
};

/// A heading that starts a section.
struct SectionHeading {
  std::string name;
  std::string id;
  Pattern regex;
};

/// Evidence for edition detection.
struct Detector {
  std::string id;  ///< "file.rules:LINE"
  int weight = 1;
  Pattern regex;
};

/// One form edition.
struct Edition {
  std::string name;   ///< e.g. "po-2021"; written to the record's `edition`
  std::string tag;    ///< the catalogue's edition tag whose keys it asks for, e.g. "2021"
  std::string title;  ///< human description
  std::string file;   ///< the .rules file it came from
  /// The report years its form is known to be the form of (`years`): the
  /// segmenter's choice when no edition is clear from the words.
  std::vector<int> years;
  std::vector<Detector> detectors;
  std::vector<Pattern> starts;  ///< lines that start a report of this edition
  std::vector<SectionHeading> sections;
  /// A section's title alone on its line (`section_title`): its heading only
  /// where the next line holding text is one of that section's own rules
  /// ("Klienter" / "Ange antal klienter som fått stöd ..."), as the walk
  /// tells (LineStructure::TitleHeading, match/line_structure.h): alone, a
  /// word or two may as well be a row's label or an answer's wrapped line.
  std::vector<SectionHeading> titles;
  std::vector<std::unique_ptr<Rule>> rules;
  std::map<std::string, std::vector<const Rule*>> rules_by_section;  ///< "*" = everywhere
  std::vector<std::string> required;    ///< keys a complete report has filled
  std::vector<std::string> preprinted;  ///< keys printed on the blank form itself
  /// Keys the catalogue tags for this edition that its form has no question
  /// for: always null, and `patterns lint` asks no rule to fill them.
  std::vector<std::string> not_on_form;
  /// `sections`', `detectors`' and `starts`' regexes indexed by the first
  /// byte of the folded text they can match (src/patterns/regex.h's
  /// IndexByFirstBytes), made by the loader once the edition is read: a
  /// line is tried against only those its first byte allows. Null (every
  /// pattern tried) in an edition made otherwise.
  std::shared_ptr<const LeadIndex> section_index, detector_index, start_index;

  /// Rules that apply in `section` (its own, then the "*" ones), in file order.
  std::vector<const Rule*> RulesIn(const std::string& section) const;
};

/// How far a cell's text may be from a rule's label and still be it
/// (`label_tolerance` in common.rules; patterns/label.h). Zeroes: exact only.
struct LabelTolerance {
  int words = 0;      ///< words that may be changed, left out or added
  int min_words = 0;  ///< ... in a label of at least this many words
  int chars = 0;      ///< characters that may differ inside the words, in all
};

/// The shared vocabulary from common.rules.
/// A class of characters a value read by OCR must keep to (common.rules'
/// `ocr_class` and `ocr_misread` lines): the shape of a fitting word or value,
/// and what OCR reads in place of the class's own characters. What a class
/// applies to is the field's kind (match/ocr_class_fit.h).
struct OcrClass {
  std::string name;  ///< "digits", "email", "phone", "postcode", ...
  Pattern shape;     ///< found in a word (or the value) that fits; anchored to fit whole
  /// A word is the class's to repair only when it holds a match of this
  /// (a digit of its own); source empty: every word.
  Pattern own;
  bool whole_value = false;  ///< the shape is the whole value's, not each word's
  /// OCR may part a word of the class at a misreading (`split`: an address
  /// read "anna(Q kommun.se"): two words a blank apart are tried as one.
  bool split = false;
  /// What OCR reads (case as written) and what it stands for, longest first.
  std::vector<std::pair<std::string, std::string>> misreadings;
};

struct Vocabulary {
  std::vector<Pattern> marks;                            ///< a cell that is a check mark
  std::vector<std::pair<std::string, Pattern>> columns;  ///< column header words
  /// The largest count a column's cell may hold (`most=N` on its `column`
  /// line: a municipality's clients under Kvinnor never reach 100 000); a
  /// column not named here: no bound.
  std::map<std::string, unsigned long long> column_most;
  /// The largest value a number key may hold (`most N KEY ...`: a
  /// municipality's ombud posts never reach a thousand), a larger one being
  /// no such number (a kronor amount run into an FTE's cell); a key not
  /// named here: no bound.
  std::map<std::string, double> key_most;
  std::vector<Pattern> furniture;  ///< running headers / footers
  /// A writer's placeholder for a table it did not draw (pandoc's
  /// "[TABLE]"): furniture too (the loader adds it there), and a running
  /// answer ends at it, for what the table held is unknown.
  std::vector<Pattern> lost_tables;
  /// A line that reads as a question a form asks (a question's first
  /// sentence, or an instruction's verb first; matched at the line's
  /// start): where no rule of the edition knows it (another edition's or
  /// county's question), a free-text answer running on ends before it
  /// (MatchRun::EndAtUnknownQuestion, match_run_text.cc).
  std::vector<Pattern> questions;
  std::vector<Pattern> keep_hyphen;             ///< words after "x- " that keep it
  std::vector<std::pair<int, Pattern>> months;  ///< month names for dates
  std::vector<Pattern> municipality_affixes;    ///< "kommun", "stad", "Region"
  std::vector<Pattern> name_suffixes;           ///< titles written after a name
  std::vector<Pattern> list_separators;         ///< ", " and " och "
  std::vector<Pattern> county_mentions;         ///< group 1 names a county
  std::vector<Pattern> number_units;            ///< ":-", "kr" after a number
  std::vector<Pattern> blank_answers;           ///< printed beside a field: no answer
  std::vector<Pattern> contact_words;  ///< "tel", "e-post" before a phone or address in a name
  std::vector<Pattern>
      bullets;  ///< a list item's bullet ("- ", "• "): the option after it is chosen
  /// A question's number before its label ("3.2 "): matched at a line's
  /// start, it is left out when the line is compared with the rules' labels.
  std::vector<Pattern> question_numbers;
  /// A list item's number ("1. "): a bullet only in a list right under a
  /// list's instruction (a line only `ignore` rules match); elsewhere a
  /// numbered line is a question.
  std::vector<Pattern> list_numbers;
  /// A section's number at the start of a cell ("4.", "10."): a heading
  /// whose number stands in a cell of its own, alone on its line (reading
  /// order) or before its words spread over the line (justified), is
  /// recognised by it.
  std::vector<Pattern> section_numbers;
  /// A word typed before each answer on its own line ("Svar: Ja"): matched
  /// at the start of a line's first cell, it is left out of the cell where
  /// text follows it (Normaliser::FoldLines).
  std::vector<Pattern> answer_prefixes;
  int min_detect_score = 3;  ///< edition detection threshold
  /// Keys whose answers may name the municipality when the Kommun cell does
  /// not (post town, workplace, e-mail), in the order they are tried.
  std::vector<std::string> municipality_clues;
  std::string ocr_language;  ///< Tesseract language code for scanned pages; "" when not set
  /// The language's word list (`wordlist PATH ENCODING`: a system dictionary,
  /// one word a line), a hard fold's second spelling proof
  /// (normalise/word_list.h); "" when not set.
  std::string wordlist;
  std::string wordlist_encoding;  ///< its encoding, an ICU converter name
  /// What joins the two words of a compound the word list does not hold
  /// whole (`compound_join "s"`: "förvaltning" + "s" + "chef"), for
  /// match/ocr_names.h's LanguageKnows; none: two words joined as they are.
  std::vector<std::string> compound_joins;
  LabelTolerance label_tolerance;     ///< labels matched when no regex matched; none by default
  std::vector<OcrClass> ocr_classes;  ///< OCR's character classes, in file order
  /// What OCR reads in a free text's word (case as written) and what it
  /// stands for (`ocr_word_misread RIGHT "READ"...`: "t" for "f"), longest
  /// reading first: a word the language's word list does not know is set
  /// right where exactly one such repair makes it one (ocr_names.h's
  /// WordsByWordList).
  std::vector<std::pair<std::string, std::string>> ocr_word_misreadings;
  /// The workbook's sheet names by part (reports, values, findings, fields).
  std::map<std::string, std::string> sheet_names;
};

/// What a check tests (checks.rules). The C++ knows these kinds; which keys
/// they apply to, their codes, severities and messages are data.
enum class CheckKind {
  kSum,               ///< keys[0] equals the sum of keys[1..] (when some part is given)
  kAtMost,            ///< keys[0] is at most keys[1] (or the sum of keys[1..], all given)
  kCounted,           ///< keys[0] is at most the sum of keys[1..] given (some must be)
  kEqual,             ///< keys[0] equals keys[1] within `tolerance`, unless `unless` is answered
  kExcluded,          ///< keys[1..] are not answered when keys[0] is `value`
  kYearRange,         ///< keys[0] lies in min_year .. this year + years_ahead
  kMissing,           ///< keys[0], when asked, is answered (or a finding already names it)
  kDateAfterYearEnd,  ///< the date keys[0] is on or after the last day of the year keys[1]
  kRequired,          ///< every key the edition `require`s whose place was found blank is answered
  kUnplaced,          ///< a key whose label was found with an answer the tool could not read
  kNotFound,          ///< a key the edition `require`s whose label was not found at all
  kUnfound,           ///< the other asked keys whose question was not found, a finding a section
  kPerUnit,           ///< keys[0] is keys[1] times the rate of the year keys[2], within `tolerance`
  kOcr,               ///< no value was read by OCR (one finding a report when some was)
  kOcrConfidence,     ///< no number, mark or date was read by OCR with confidence under `below`
};

/// The {NAME}s a message of `kind` may use, each filled in by the checker.
const std::vector<std::string>& CheckPlaceholders(CheckKind kind);

/// One check line of checks.rules: a kind applied to keys, giving a finding with `code`.
struct CheckRule {
  std::string id;  ///< "checks.rules:LINE"
  std::string code;
  std::string severity;  ///< "error", "warning" or "info"
  CheckKind kind = CheckKind::kRequired;
  std::vector<std::string> keys;    ///< the kind's keys, in the order the kind reads them
  std::string value;                ///< excluded: the choice that rules the answers out
  std::string unless;               ///< equal: a key whose answer explains a difference
  double tolerance = 1e-9;          ///< equal: the difference allowed
  int min_year = 0;                 ///< year_range: the earliest plausible year
  int below = 0;                    ///< ocr_confidence: the least confidence (0-100) trusted
  int years_ahead = 0;              ///< year_range: years after the current one still plausible
  std::string last_month_severity;  ///< date_after_year_end: severity for a date in the year's
                                    ///< last month ("" = `severity`)
  std::string rates;                ///< per_unit: the name of the `rate` table
  /// excluded: an answer counts only when it matches this (answers= option;
  /// empty: any answer counts), so that a remark is not taken for an answer.
  Pattern answers;
  /// The finding's message: an id in messages.tsv (the check's code unless
  /// message= names another); {NAME} is replaced by what the kind fills in
  /// (patterns/README.md lists them per kind; checked when the file loads).
  std::string message;
  /// Instead of `message`: a text written in the check line itself
  /// (message="..."), the same in every language.
  std::string message_text;
};

class PatternSet {
 public:
  /// Loads and compiles every file in `dir`. Fails with "pattern_error" and a
  /// message naming the file and line of the first problem.
  static Status Load(const std::string& dir, std::unique_ptr<PatternSet>* out);
  /// Load for a document whose diacritics were lost (issue 14): the same
  /// rules, each regex matching a letter with a mark as that letter, its
  /// base letter or '?' ("^St[öo?]d": src/patterns/mark_free.h), each
  /// rule's label as written. The extractor reads a stripped text with it.
  static Status LoadMarkFree(const std::string& dir, std::unique_ptr<PatternSet>* out);

  const Catalogue& catalogue() const { return catalogue_; }
  const Vocabulary& vocabulary() const { return vocabulary_; }
  const MunicipalityRegistry& municipalities() const { return municipalities_; }
  const std::vector<std::unique_ptr<Edition>>& editions() const { return editions_; }
  /// The checks of checks.rules, in file order (findings come in this order).
  const std::vector<CheckRule>& checks() const { return checks_; }
  /// The `ocr_confidence` check's threshold: the least OCR confidence a
  /// value is trusted with (0 without that check).
  int TrustedOcrConfidence() const;
  /// Keys redovis derives from other answers (checks.rules `derived`): alone
  /// they do not make a report filled in.
  const std::vector<std::string>& derived_keys() const { return derived_keys_; }
  /// What redovis says to people (messages.tsv).
  const Messages& messages() const { return messages_; }
  /// The amount of the `rate` table `table` for `year`; false when the table
  /// does not list the year (a check that needs it is then skipped).
  bool Rate(const std::string& table, int year, double* amount) const;
  /// The edition called `name`, or nullptr.
  const Edition* FindEdition(const std::string& name) const;
  const std::string& dir() const { return dir_; }
  /// True for a set LoadMarkFree made.
  bool mark_free() const { return mark_free_; }

 private:
  friend class PatternLoader;
  std::string dir_;
  bool mark_free_ = false;
  Catalogue catalogue_;
  Vocabulary vocabulary_;
  MunicipalityRegistry municipalities_;
  std::vector<std::unique_ptr<Edition>> editions_;
  std::vector<CheckRule> checks_;
  std::vector<std::string> derived_keys_;
  Messages messages_;
  std::map<std::string, std::map<int, double>> rates_;
};

/// Compiles `source` with the pattern flags. On failure returns false and sets `error`.
bool CompilePattern(const std::string& source, Pattern* out, std::string* error);

}  // namespace redovis

#endif  // REDOVIS_PATTERNS_H_
