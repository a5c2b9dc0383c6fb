// Turns the raw text a rule found into a typed value of a catalogue key and
// stores it in the record with its provenance; what cannot be read becomes a
// finding (a phone number cut short, PhoneCutShort: `unreadable_number`; a
// value holding a reader's mark, kUndecidedCut, kUndecidedWrap, kRefilledBreak
// or the cut text reader's kCutLine: `value_unreadable`, but a free text
// over a fold's lines: read, with `text_over_fold`; a list ending in
// one of the patterns' `list_separator`s: `value_unreadable`,
// `list_goes_on`; a text answer with no letter or digit, punctuation alone:
// `value_unreadable`, `no_letter_or_digit`). Internal to the form matcher.
//
// In: a key, raw text (or the marked columns/options of a choice), the rule
// and the source line. Out: the record's value, provenance and findings. It
// never overwrites a value: a second, different value for a key takes the
// first back, and the key stays null whatever comes after, with a
// `conflicting_values` finding naming both (which answer is the key's is
// not told).
#ifndef REDOVIS_MATCH_VALUE_ASSIGNER_H_
#define REDOVIS_MATCH_VALUE_ASSIGNER_H_

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "match/value_parser.h"
#include "normalise/normaliser.h"
#include "redovis/document.h"
#include "redovis/patterns.h"
#include "redovis/readers.h"
#include "redovis/record.h"

namespace redovis {

/// True for a rule's transform (`as=`) whose value is one short thing: a
/// person's name, a name, a phone number, an e-mail address, a postcode, a
/// place. Such a value never holds another question's label, however many
/// words a flattened row ran into it (MatchRun::LabelInside).
bool IsShortValueTransform(std::string_view transform);

/// True when a list's `pieces` (patterns/list_pieces.h) end in a
/// separator, nothing after it ("Sala, Köping,"): the list goes on past the
/// text read (`list_goes_on`). The separators are the patterns'
/// `list_separator`s, the ones that split the list.
bool EndsInListSeparator(const std::vector<std::string>& pieces);
/// A list's items: its `pieces` trimmed, a trailing '.', ',' or ';'
/// dropped, empty ones left out.
std::vector<std::string> ListItems(const std::vector<std::string>& pieces);

class ValueAssigner {
 public:
  /// `language_word` (may be null; it must outlive the assigner): the
  /// language's word list, for SetRightByDocument's misread words.
  ValueAssigner(const PatternSet& patterns, const Normaliser& normaliser, const ValueParser& parser,
                Record* record, const KnownWord* language_word = nullptr)
      : patterns_(patterns),
        normaliser_(normaliser),
        parser_(parser),
        record_(record),
        language_word_(language_word) {}

  /// Parses `raw` as `key`'s type, after the transform `rule` gives the key
  /// at `key_index` among its keys, and stores it. `read_from` (when given)
  /// is the line `raw` stands on when that is not `line` (a value under its
  /// label): OCR's confidence is then that line's, not the label's. A rule
  /// held to the lines under other keys (`after=`) where none of them was
  /// read just above `line` stores nothing: an `ambiguous_label` finding
  /// (`label_away_from_its_block`) says what was seen.
  void Assign(const std::string& key, const std::string& raw, const Rule& rule, const Line& line,
              size_t key_index = 0, const Line* read_from = nullptr);
  /// Stores the choice made by marking `marked` (column or option names):
  /// bool keys from yes/no, enums from their values, lists in order.
  void AssignChoice(const std::string& key, const std::vector<std::string>& marked,
                    const Rule& rule, const Line& line, bool from_options = false);
  /// Adds a finding located at `line`, its message `message_id` of
  /// messages.tsv (in English; the extractor writes it again in the language
  /// asked for) filled from `args` and `key`'s catalogue label as {label},
  /// and its {parts} from `parts` (Messages::Render).
  void AddFinding(const std::string& severity, const std::string& code,
                  std::vector<std::string> keys, const std::string& message_id, MessageArgs args,
                  const Line& line, std::vector<MessagePart> parts = {});
  /// Gives `key` no address: the one found in `raw` may start at `word`, the
  /// word right before it (AddressStartBefore), so it may be only the
  /// address's tail. A finding (`address_start_unclear`, its code
  /// `ocr_uncertain` where OCR read `line`) holds both.
  void AddressStartUnclear(const std::string& key, const std::string& raw, const std::string& word,
                           const Line& line);
  /// Records that `key`'s label (`label`, as written) stands on `line`; the
  /// first place found is kept.
  void NotePlace(const std::string& key, const std::string& label, const Line& line);
  /// Marks `key`'s place on `line` as holding an answer that could not be read.
  void MarkUnplaced(const std::string& key, const Line& line);
  /// Takes `key`'s stored value back, with its provenance: a value the
  /// caller finds unproven after it was read. Returns the value as shown
  /// (Value::ToDisplay), "" when the key holds none.
  std::string Withdraw(const std::string& key);
  /// The record being filled.
  const Record& record() const { return *record_; }
  /// Once every answer of the report in `doc`'s lines [`begin`, `end`) is
  /// read: the text values read by OCR set right by the document's own
  /// spelling (ocr_names.h), each with an `ocr_uncertain` finding naming
  /// what was read. An e-mail address whose name part is a few letters from
  /// a person's name read in the report (`as=person`, `as=name`: the name
  /// the spelling is taken from) takes the name's spelling; a capitalised
  /// word of a free text, a name or a person's name that lost a diaeresis or
  /// ring takes the form the report writes it in, in the same phrase, else
  /// the one word of the municipality registry's names it is with the marks
  /// lost ("Ostra": "Östra"; WordsByRegistry); a long word OCR read with a
  /// diaeresis or ring the report never writes in its stem, which it writes
  /// without, takes the plain letter (MarksByDocument); a free text's word
  /// the language's word list does not know that one of the patterns'
  /// `ocr_word_misread` repairs makes a word of it takes that repair
  /// (WordsByWordList: "Förvaltningschet"). An address no name sets
  /// right, read under the trusted confidence and supported by nothing else
  /// in the report, is withdrawn (WithdrawUnsupportedAddress).
  void SetRightByDocument(const Document& doc, size_t begin, size_t end);
  /// The report's lines were folded at a width, not cut (a text reader's
  /// note: read/text/cut_lines.h), nothing past it lost: a free-text
  /// answer (a `text` rule's) over lines the fold may have broken inside a
  /// word is read with each line that ends in a word at the width
  /// (kFoldBreak) joined to its rest (a blank between where the pieces are
  /// two words of the language's word list, the line's end as written; no
  /// word list: unread), and a `lines_cut` finding
  /// (`text_over_fold`) naming the joins; where such a line ends the answer,
  /// or a line of it at the width is one capitalised word (a table's column
  /// word: "Ja"), and any other value on such a line: unread (`cut_line`).
  /// Off by default (each such value unread).
  void set_folded_text(bool folded) { folded_text_ = folded; }

 private:
  bool Asked(const std::string& key) const;
  /// True when one of `keys` was read on `line`'s page one to three lines
  /// above it (a rule's `after=`).
  bool ReadJustAbove(const std::vector<std::string>& keys, const Line& line) const;
  /// Assign's work once `raw` is what is to be read (repaired, when read by
  /// OCR): the transform, the type, the value stored with OCR's confidence
  /// `conf` (-1: none).
  void AssignRead(const std::string& key, const FieldSpec& spec, const std::string& raw,
                  const Rule& rule, const Line& line, size_t key_index, int conf);
  /// Stores `value` as `key`'s, its provenance from `line` with OCR's
  /// confidence `ocr_confidence` (-1: none) when the line was read by OCR.
  /// The same value again: nothing. A different one: the first taken back
  /// (Withdraw), the key null for good (`conflicted_`), a
  /// `conflicting_values` finding with both values and their lines.
  void Store(const std::string& key, Value value, const Rule& rule, const Line& line,
             int ocr_confidence);
  /// OCR's confidence in a value read from `line`: the lowest of the cells
  /// that are `raw` when there are such, else, for a `raw` without letters
  /// that ends cells as whole words after their labels, the lowest of those
  /// cells' words that end them (Cell::ocr_tail_confidence), else of the
  /// cells holding `raw` (or
  /// held in it), or with `marks` of the cells holding a
  /// check box or a mark; the lowest of the line's when no cell is found;
  /// -1 when the line was not read by OCR.
  int OcrConfidence(const Line& line, const std::string& raw, bool marks) const;
  /// The canonical name of the municipality `written` names, alone or among
  /// other words; "" with an `ambiguous_municipality` finding when it names
  /// two; read by OCR, the one it misreads (SnappedPlace); else "" with an
  /// `unknown_municipality` finding quoting `written` (a name the table does
  /// not know is no canonical name; the nearest one within 3 edits is
  /// suggested).
  std::string CanonicalMunicipality(const std::string& key, const std::string& written,
                                    const Line& line);
  /// `written`, a place name (a municipality's, a post town's) read from
  /// `line`: as written, unless read by OCR, naming no municipality, and
  /// within SnapMisreadMunicipality's reach (identity.h) of exactly one: then
  /// that municipality's name, with an `ocr_uncertain` finding naming what
  /// was read. A name whose last word is one or two letters, naming none,
  /// is the name those letters joined to the word before make, where that
  /// is a municipality's ("SKINNSKATTEBER G": a narrow cell's break); a
  /// last letter alone that makes none gives "" and a `value_unreadable`
  /// finding. A person's name or an address is never so treated.
  std::string SnappedPlace(const std::string& key, const std::string& written, const Line& line);

  /// A text value read by OCR: its key, the rule's transform of it and the
  /// line it was read from (SetRightByDocument's finding stands there).
  struct OcrText {
    std::string key;
    std::string transform;
    Line line;
  };

  const PatternSet& patterns_;
  const Normaliser& normaliser_;
  const ValueParser& parser_;
  Record* record_;
  const KnownWord* language_word_;  ///< null: no word list
  bool folded_text_ = false;        ///< set_folded_text
  /// True when two lines of `doc` [`begin`, `end`) hold `address` (with
  /// the e-mail class's repairs, case aside): read twice, not once.
  bool WrittenTwice(const std::string& address, const Document& doc, size_t begin,
                    size_t end) const;
  /// An address `was` read by OCR under the trusted confidence (the
  /// `ocr_confidence` check's) that nothing else in the report supports (its
  /// name part spells no person's name read in it, SpellsName; no other line
  /// holds it, WrittenTwice; no line writes its name part as a word,
  /// NamePartWritten) is withdrawn: null, with an `ocr_uncertain`
  /// finding (`ocr_address_unsupported`) holding what was read and how
  /// surely; the repair's finding for it goes.
  void WithdrawUnsupportedAddress(const OcrText& read, const std::string& was, const Document& doc,
                                  size_t begin, size_t end);

  std::vector<OcrText> ocr_texts_;
  /// Keys given two different values (Store): null, and no value taken later.
  std::set<std::string> conflicted_;
  /// People's names read in the report, as read (`as=person`, `as=name`).
  std::vector<std::string> names_;
};

}  // namespace redovis

#endif  // REDOVIS_MATCH_VALUE_ASSIGNER_H_
