// The record: what redovis emits for each report found in a file, as the
// output contract (docs/output.md) describes it.
//
// A Value is one typed field value (null, int, decimal, bool, text, list of
// text); enums and dates are text in their canonical form. A Record holds the
// values of the keys its edition asks for, where each value came from, and the
// findings about it. Records are plain data: the writers turn them into JSON
// and CSV, the checker adds findings.
#ifndef REDOVIS_RECORD_H_
#define REDOVIS_RECORD_H_

#include <cstdint>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "redovis/messages.h"

namespace redovis {

/// One typed field value.
class Value {
 public:
  using List = std::vector<std::string>;
  Value() = default;
  static Value Int(int64_t v) { return Value(Storage(v)); }
  static Value Decimal(double v) { return Value(Storage(v)); }
  static Value Bool(bool v) { return Value(Storage(v)); }
  static Value Text(std::string v) { return Value(Storage(std::move(v))); }
  static Value MakeList(List v) { return Value(Storage(std::move(v))); }

  bool is_null() const { return std::holds_alternative<std::monostate>(v_); }
  bool is_int() const { return std::holds_alternative<int64_t>(v_); }
  bool is_decimal() const { return std::holds_alternative<double>(v_); }
  bool is_bool() const { return std::holds_alternative<bool>(v_); }
  bool is_text() const { return std::holds_alternative<std::string>(v_); }
  bool is_list() const { return std::holds_alternative<List>(v_); }
  /// True for ints and decimals.
  bool is_number() const { return is_int() || is_decimal(); }

  int64_t as_int() const { return std::get<int64_t>(v_); }
  double as_decimal() const { return std::get<double>(v_); }
  /// The value as a double; ints convert. Only for is_number().
  double as_number() const { return is_int() ? static_cast<double>(as_int()) : as_decimal(); }
  bool as_bool() const { return std::get<bool>(v_); }
  const std::string& as_text() const { return std::get<std::string>(v_); }
  const List& as_list() const { return std::get<List>(v_); }
  List& mutable_list() { return std::get<List>(v_); }

  /// The value as one line of text (lists joined with "; ", decimals with '.'),
  /// "" for null. Used by the CSV writers and messages.
  std::string ToDisplay() const;

  bool operator==(const Value& o) const { return v_ == o.v_; }

 private:
  using Storage = std::variant<std::monostate, int64_t, double, bool, std::string, List>;
  explicit Value(Storage v) : v_(std::move(v)) {}
  Storage v_;
};

/// Where a value came from, so that an analyst can check it in the document.
struct Provenance {
  int page = 0;        ///< 1-based page, 0 for formats without pages
  int line = 0;        ///< 1-based line (text) or reading-order line number
  std::string rule;    ///< the pattern rule that matched, "file.rules:LINE"
  std::string text;    ///< the source text the value was read from
  std::string origin;  ///< where in the file's structure ("table 3 row 2"), if known
  bool ocr = false;    ///< read by OCR
  /// OCR's confidence in the value, 0-100: the lowest word confidence
  /// Tesseract gave the words the value was read from; -1 when not read by
  /// OCR (or read from a line whose cells carry none).
  int ocr_confidence = -1;
};

/// Something a person checking the submission should know.
struct Finding {
  std::string severity;  ///< "error", "warning" or "info"
  std::string code;      ///< stable, e.g. "sum_mismatch", "encrypted"
  std::vector<std::string> keys;
  std::string message;  ///< for people, in the language asked for (patterns/messages.tsv)
  int page = 0;
  int line = 0;
  std::string text;    ///< the source text concerned, if any
  std::string origin;  ///< where in the file's structure ("table 3 row 2"), as in Provenance
  std::string label;   ///< the form's label concerned, as the document writes it (for Ctrl+F)
  std::string where;   ///< page and line, or table and row, or paragraph, for people
  /// The message's id in patterns/messages.tsv and its {NAME}s, so that it
  /// can be written again in another language. Kept in the process that
  /// made the finding; not written out.
  std::string message_id;
  std::map<std::string, std::string> args;
  /// Its message's {parts}: each reason it gives, rendered in the same
  /// language (Messages::Render). Kept as message_id is; not written out.
  std::vector<MessagePart> parts;
};

/// Where the form's place for a key was found in the document (its label),
/// whether or not it was answered.
struct Place {
  Provenance at;          ///< page, line, origin; `text` the line's text
  std::string label;      ///< the label as the document writes it
  bool unplaced = false;  ///< the line held more than the label, but no answer could be read
};

/// The file a record came from.
struct Source {
  std::string file;  ///< the path as the user gave it ("-" for stdin)
  std::string sha256;
  std::string format;                 ///< "text", "docx", "odt", "pdf", or "" when unknown
  int first_page = 0, last_page = 0;  ///< this report's page range; 0 when no pages
  int first_line = 0, last_line = 0;  ///< this report's line range inside the file
  std::string encoding;               ///< for text files: the encoding decided
  /// For a report read from a file inside a zip archive of files
  /// (Extractor::ExtractArchive): the archive as the user gave it and its
  /// SHA-256; "" otherwise. Not written out: what keeps one row per input
  /// file (the SQLite archive's `files`) keeps the archive's.
  std::string archive, archive_sha256;
};

/// One report found in a file (or one unreadable / empty file).
struct Record {
  Source source;
  std::string status;                   ///< complete | incomplete | blank | unreadable | no_report
  std::string edition;                  ///< e.g. "po-2021"; "" when no report was found
  std::vector<std::string> asked;       ///< keys the edition asks for, catalogue order
  std::map<std::string, Value> values;  ///< non-null values only
  std::map<std::string, Provenance> provenance;
  std::vector<Finding> findings;
  /// Where each key's label was found (the first place), answered or not: for
  /// the checker, to tell a blank answer from one the tool could not find or
  /// read. Kept in the process that read the document; not written out.
  std::map<std::string, Place> places;

  /// The value of `key`, or a null Value.
  const Value& Get(const std::string& key) const;
  /// True when the record has a non-null value for `key`.
  bool Has(const std::string& key) const { return values.count(key) > 0; }
  /// Adds a finding.
  void AddFinding(std::string severity, std::string code, std::vector<std::string> keys,
                  std::string message, int page = 0, int line = 0, std::string text = "");
  /// True when some finding has severity "error".
  bool HasError() const;
  /// This record with its source, status, edition and findings but only the
  /// values (and asked keys, and provenance) named in `keep`: what a batch's
  /// caller counts and reports on without the whole record.
  Record Summary(const std::vector<std::string>& keep) const;
};

}  // namespace redovis

#endif  // REDOVIS_RECORD_H_
