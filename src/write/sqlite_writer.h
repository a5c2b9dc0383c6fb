// The SQLite archive: records written into a database file that grows run by
// run (`extract -f sqlite -o archive.sqlite`), so that an archive of many
// years is updated by reading only the files it does not hold yet.
//
// Tables (created with the schema when the file is new or empty):
//   files     one row per input file read, unreadable ones included (a
//             zip archive of files one row, the archive's: Source::archive): path,
//             sha256 (NULL when the file could not be opened), format, the
//             file's outcome (`read`, or its record's status when it gave
//             no report: `unreadable`, `no_report`), the error code, and
//             how many records it gave
//   reports   one row per record: each report, or the one record of a file
//             that gave none (status `unreadable` or `no_report`): its file, its place in the file
//             (seq), the source's path, sha256, format, page and line range, status, edition, and
//             the identifying values (the catalogue's roles `year`, `municipality`,
//             `municipality_code`)
//   answers   one row per key the report's edition asks for: the key, the
//             value typed as SQLite stores it (INTEGER for ints and booleans
//             0/1, REAL for decimals, TEXT for text, dates and enums, a JSON
//             array as TEXT for lists, NULL when unanswered), the state
//             (`answered`; `unreadable` when unanswered and some finding
//             other than an absence check names the key: something was seen
//             and not read; else `blank`), page, line, rule, source text, ocr
//   findings  one row per finding: severity, code, keys (`; `-joined),
//             message, page, line, text
// Views: `clients_per_municipality_year` (per municipality code and year:
// the reports, and the clients as women, men and total from the keys
// ArchiveOptions names; NULL where the reports of that municipality and
// year disagree) and
// `reports_with_unknown_values` (each report with an unanswered key: counts
// of blank and unreadable keys, and those keys).
//
// The database is in WAL mode; the caller groups files into transactions
// (Commit), so a run stopped at any point (even by SIGKILL) leaves a valid
// database holding every file committed before. Every SQLite return code is
// checked; failures come back as a Status "write_error" naming the file and
// what failed; nothing throws. SQLite is called through the writer module
// (write/writer_module.h), loaded by Open: without it Open fails, naming the
// module's path. The archive holds a reference to the
// catalogue, which must outlive it.
#ifndef REDOVIS_WRITE_SQLITE_WRITER_H_
#define REDOVIS_WRITE_SQLITE_WRITER_H_

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "redovis/catalogue.h"
#include "redovis/record.h"
#include "redovis/writer.h"

namespace redovis {

struct SqliteCalls;

struct ArchiveOptions {
  /// Empty the archive before writing (every file is then read again).
  bool rebuild = false;
  /// Finding codes that say a key is absent (checks of kind `required` and
  /// `missing`): such a finding alone leaves an unanswered key `blank`.
  std::set<std::string> absence_codes;
  /// The keys of the total count of clients, women and men, that the view
  /// clients_per_municipality_year adds up.
  std::string clients_women, clients_men;
};

class SqliteArchive : public RecordWriter {
 public:
  /// Opens (creating when missing) the archive at `path` with its schema and
  /// views, emptied when `options.rebuild`; fails with "write_error" naming
  /// the path when it cannot be opened, is not such an archive, or the
  /// schema cannot be written.
  static Status Open(const std::string& path, const Catalogue& catalogue,
                     const ArchiveOptions& options, std::unique_ptr<SqliteArchive>* out);
  ~SqliteArchive() override;

  /// True when a file with this SHA-256 (lower-case hex) is in the archive.
  bool Knows(const std::string& sha256) const;

  /// Starts the first transaction; fails when it cannot.
  Status Begin() override;
  /// WriteFile({record}).
  Status Write(const Record& record) override;
  /// Writes one input file (a `files` row) and its reports, answers and
  /// findings; fails when a statement fails (the transaction then holds
  /// whatever came before; nothing of it is committed by Finish).
  Status WriteFile(const std::vector<Record>& records);
  /// Commits the files written since the last commit and starts a new transaction.
  Status Commit();
  /// Commits what is left; fails when that or anything before failed.
  Status Finish() override;

 private:
  SqliteArchive(const SqliteCalls& sql, const std::string& path, const Catalogue& catalogue,
                const ArchiveOptions& options);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace redovis

#endif  // REDOVIS_WRITE_SQLITE_WRITER_H_
