// The extractor: one input file in, its records out. It runs the pipeline
// read -> normalise -> segment -> match -> identity -> check for one file.
//
// In: a path (or bytes and a display name) and the shared, read-only
// PatternSet. Out: at least one Record: one per report found, or a single
// `no_report` or `unreadable` record with a finding naming what was wrong.
// All of a file's state lives in this call, so any number of files can be
// extracted in parallel with one PatternSet. It never throws and never
// prints.
#ifndef REDOVIS_EXTRACTOR_H_
#define REDOVIS_EXTRACTOR_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "redovis/patterns.h"
#include "redovis/readers.h"
#include "redovis/record.h"

namespace redovis {

class MatchObserver;   // src/match/match_observer.h
struct LostMarksOnce;  // extractor.cc: src/normalise/lost_marks.h, built on first use
class WordList;        // src/normalise/word_list.h
class LostMarks;       // src/normalise/lost_marks.h

struct ExtractOptions {
  ReadOptions read;
  size_t max_file_bytes = 512u << 20;  ///< larger files are `unreadable` (too_large)
  /// The language of the findings' messages and places ("en", or "sv" as
  /// `check` writes them by default): patterns/messages.tsv.
  std::string language = "en";
};

class Extractor {
 public:
  explicit Extractor(const PatternSet& patterns);

  /// The records of the file at `path` ("-" is not special here); the
  /// findings' messages and places in `options.language`.
  std::vector<Record> ExtractFile(const std::string& path, const ExtractOptions& options) const;

  /// The records of `bytes`, reported under `name`; the findings' messages
  /// and places in `options.language`.
  std::vector<Record> ExtractBytes(std::string_view bytes, const std::string& name,
                                   const ExtractOptions& options) const;

  /// The records of an already read Document (used by tests and the readers' callers).
  /// `observer`, when given, is told what the form matcher took each line for
  /// (src/match/match_observer.h: `redovis explain`); its line indices are
  /// into the document as normalised, which is moved to `*seen` when `seen`
  /// is given.
  std::vector<Record> ExtractDocument(Document doc, const Source& source,
                                      MatchObserver* observer = nullptr,
                                      Document* seen = nullptr) const;

  /// `options.read` as this extractor reads with it: OCR's language the
  /// patterns' where none is given, and the words the patterns know
  /// (ReadOptions::known_word), their vocabulary built on the first word
  /// asked. For `redovis explain`'s reading too.
  ReadOptions ReadOptionsFor(const ExtractOptions& options) const;

  /// An `unreadable` record for `source` with one error finding (message
  /// `file_unreadable` of messages.tsv, in English until localised).
  static Record Unreadable(const Source& source, const std::string& code,
                           const std::string& message);

 private:
  /// ExtractBytes; when `owned` holds the bytes (ExtractFile), it is emptied
  /// as soon as the document is read, so that the bytes and the document are
  /// not held together while the document is matched.
  std::vector<Record> Extract(std::string_view bytes, const std::string& name,
                              const ExtractOptions& options, std::string* owned) const;

  /// The records of a zip archive of files (SniffFormat's kZip that is no
  /// Office package: read/office/archive_members.h): each file of it a
  /// directory walk would read, read as Extract reads a file, its records'
  /// `source.file` `name` + "/" + its name in the archive, their sha256 and
  /// format its own; a file that cannot be taken out, or is itself a zip, an
  /// `unreadable` record; an archive with no such file one `unreadable`
  /// record ("archive_without_report") naming what it holds.
  std::vector<Record> ExtractArchive(std::string_view bytes, const std::string& name,
                                     const ExtractOptions& options) const;

  /// ExtractFile in English.
  std::vector<Record> ReadAndExtract(const std::string& path, const ExtractOptions& options) const;
  /// `records` with their findings in `language` (English is how they are made).
  std::vector<Record> Localised(std::vector<Record> records, const std::string& language) const;
  /// The patterns' vocabulary (lost_marks_), built on the first call.
  const LostMarks& Vocabulary() const;
  /// The patterns loaded again mark-free (PatternSet::LoadMarkFree), for a
  /// text whose marks were lost, on the first call (kept in lost_marks_);
  /// the patterns themselves when that load fails.
  const PatternSet& MarkFreePatterns() const;
  /// The language's word list the patterns name (`wordlist`,
  /// src/normalise/word_list.h), read on the first call (kept in
  /// lost_marks_); empty when none is named or it cannot be read.
  const WordList& LanguageWords() const;

  const PatternSet& patterns_;
  /// The patterns' vocabulary for text whose diacritics were stripped
  /// (src/normalise/lost_marks.h) and for a hard fold's cut words, and the
  /// language's word list, built by the first document that asks and shared
  /// by the copies of this extractor.
  std::shared_ptr<LostMarksOnce> lost_marks_;
};

/// The SHA-256 of `bytes` in lower-case hex.
std::string Sha256Hex(std::string_view bytes);

}  // namespace redovis

#endif  // REDOVIS_EXTRACTOR_H_
