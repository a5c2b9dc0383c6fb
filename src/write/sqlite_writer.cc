#include "write/sqlite_writer.h"

#include <nlohmann/json.hpp>
#include <unordered_set>

#include "write/answer_state.h"
#include "write/writer_module.h"

namespace redovis {

namespace {

// SQLite is called through the writer module's table (writer_module.h).
struct CloseDb {
  const SqliteCalls* sql;
  void operator()(sqlite3* db) const { sql->close(db); }
};
struct Finalize {
  const SqliteCalls* sql;
  void operator()(sqlite3_stmt* s) const { sql->finalize(s); }
};
using Db = std::unique_ptr<sqlite3, CloseDb>;
using Stmt = std::unique_ptr<sqlite3_stmt, Finalize>;

// The schema and views; {WOMEN} and {MEN} stand for the keys of the clients
// (ArchiveOptions), as SQL string literals.
constexpr const char* kSchema = R"SQL(
CREATE TABLE IF NOT EXISTS archive(name TEXT PRIMARY KEY, value TEXT);
INSERT OR IGNORE INTO archive VALUES('schema', 'redovis-archive/1');
CREATE TABLE IF NOT EXISTS files(
  file_id INTEGER PRIMARY KEY,
  path TEXT NOT NULL,
  sha256 TEXT,
  format TEXT,
  outcome TEXT NOT NULL,
  error TEXT,
  reports INTEGER NOT NULL,
  read_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
CREATE INDEX IF NOT EXISTS files_by_sha256 ON files(sha256);
CREATE TABLE IF NOT EXISTS reports(
  report_id INTEGER PRIMARY KEY,
  file_id INTEGER NOT NULL REFERENCES files(file_id),
  seq INTEGER NOT NULL,
  file TEXT NOT NULL,
  sha256 TEXT,
  format TEXT,
  first_page INTEGER, last_page INTEGER, first_line INTEGER, last_line INTEGER,
  status TEXT NOT NULL,
  edition TEXT,
  year INTEGER,
  municipality TEXT,
  municipality_code TEXT);
CREATE TABLE IF NOT EXISTS answers(
  report_id INTEGER NOT NULL REFERENCES reports(report_id),
  key TEXT NOT NULL,
  value,
  state TEXT NOT NULL CHECK(state IN ('answered', 'blank', 'unreadable')),
  page INTEGER, line INTEGER, rule TEXT, text TEXT, ocr INTEGER, ocr_confidence INTEGER,
  PRIMARY KEY(report_id, key));
CREATE TABLE IF NOT EXISTS findings(
  report_id INTEGER NOT NULL REFERENCES reports(report_id),
  seq INTEGER NOT NULL,
  severity TEXT NOT NULL, code TEXT NOT NULL, keys TEXT, message TEXT,
  page INTEGER, line INTEGER, text TEXT, origin TEXT, label TEXT, place TEXT,
  PRIMARY KEY(report_id, seq));
DROP VIEW IF EXISTS clients_per_municipality_year;
CREATE VIEW clients_per_municipality_year AS
WITH per_report AS (
  SELECT r.report_id, r.municipality_code, r.municipality, r.year,
    (SELECT value FROM answers a WHERE a.report_id = r.report_id AND a.key = {WOMEN}) AS women,
    (SELECT value FROM answers a WHERE a.report_id = r.report_id AND a.key = {MEN}) AS men
  FROM reports r WHERE r.municipality_code IS NOT NULL AND r.year IS NOT NULL)
SELECT municipality_code, MAX(municipality) AS municipality, year, COUNT(*) AS reports,
  CASE WHEN COUNT(DISTINCT women) = 1 THEN MAX(women) END AS clients_women,
  CASE WHEN COUNT(DISTINCT men) = 1 THEN MAX(men) END AS clients_men,
  CASE WHEN COUNT(DISTINCT women) = 1 AND COUNT(DISTINCT men) = 1
    THEN MAX(women) + MAX(men) END AS clients
FROM per_report GROUP BY municipality_code, year;
DROP VIEW IF EXISTS reports_with_unknown_values;
CREATE VIEW reports_with_unknown_values AS
SELECT r.report_id, r.file, r.seq, r.status, r.edition, r.municipality, r.year,
  SUM(a.state = 'blank') AS blank, SUM(a.state = 'unreadable') AS unreadable,
  group_concat(a.key, '; ') AS keys
FROM reports r JOIN answers a ON a.report_id = r.report_id
WHERE a.state <> 'answered'
GROUP BY r.report_id;
)SQL";

/// `s` with every `from` replaced by `to`.
std::string ReplaceAll(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

/// `text` as an SQL string literal.
std::string Literal(const std::string& text) {
  return "'" + ReplaceAll(text, "'", "''") + "'";
}

}  // namespace

struct SqliteArchive::Impl {
  const SqliteCalls& sql;
  std::string path;
  const Catalogue& catalogue;
  ArchiveOptions options;
  Db db{nullptr, CloseDb{&sql}};
  Stmt insert_file{nullptr, Finalize{&sql}}, insert_report{nullptr, Finalize{&sql}},
      insert_answer{nullptr, Finalize{&sql}}, insert_finding{nullptr, Finalize{&sql}};
  std::unordered_set<std::string> known;
  bool in_transaction = false;
  Status failed;  ///< the first failure; later writes are refused

  Impl(const SqliteCalls& calls, const std::string& p, const Catalogue& c, const ArchiveOptions& o)
      : sql(calls), path(p), catalogue(c), options(o) {}

  Status Error(const std::string& what) const {
    std::string detail = db ? sql.errmsg(db.get()) : "out of memory";
    return Status::Error("write_error", path + ": " + what + ": " + detail);
  }
  Status Exec(const std::string& statements, const std::string& what) {
    if (sql.exec(db.get(), statements.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
      return Error(what);
    return Status();
  }
  Status Prepare(const char* statement, Stmt* out) {
    sqlite3_stmt* s = nullptr;
    int rc = sql.prepare_v2(db.get(), statement, -1, &s, nullptr);
    out->reset(s);
    if (rc != SQLITE_OK) return Error("cannot prepare a statement");
    return Status();
  }
  // Binding: every call's code is collected; Step reports the first failure.
  int bind_rc = SQLITE_OK;
  void Keep(int rc) {
    if (bind_rc == SQLITE_OK) bind_rc = rc;
  }
  void BindText(sqlite3_stmt* s, int i, const std::string& v) {
    Keep(sql.bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
  }
  void BindTextOrNull(sqlite3_stmt* s, int i, const std::string& v) {
    if (v.empty())
      Keep(sql.bind_null(s, i));
    else
      BindText(s, i, v);
  }
  void BindInt(sqlite3_stmt* s, int i, int64_t v) { Keep(sql.bind_int64(s, i, v)); }
  void BindPositive(sqlite3_stmt* s, int i, int v) {
    if (v > 0)
      BindInt(s, i, v);
    else
      Keep(sql.bind_null(s, i));
  }
  void BindValue(sqlite3_stmt* s, int i, const Value& v) {
    if (v.is_null())
      Keep(sql.bind_null(s, i));
    else if (v.is_int())
      BindInt(s, i, v.as_int());
    else if (v.is_decimal())
      Keep(sql.bind_double(s, i, v.as_decimal()));
    else if (v.is_bool())
      BindInt(s, i, v.as_bool() ? 1 : 0);
    else if (v.is_text())
      BindText(s, i, v.as_text());
    else
      BindText(s, i,
               nlohmann::json(v.as_list())
                   .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
  /// Runs a bound insert and resets it.
  Status Step(sqlite3_stmt* s, const std::string& what) {
    int rc = bind_rc == SQLITE_OK ? sql.step(s) : bind_rc;
    bind_rc = SQLITE_OK;
    sql.reset(s);
    if (sql.clear_bindings(s) != SQLITE_OK || rc != SQLITE_DONE) return Error(what);
    return Status();
  }

  Status WriteReport(const Record& r, int64_t file_id, int seq) {
    sqlite3_stmt* s = insert_report.get();
    BindInt(s, 1, file_id);
    BindInt(s, 2, seq);
    BindText(s, 3, r.source.file);
    BindTextOrNull(s, 4, r.source.sha256);
    BindTextOrNull(s, 5, r.source.format);
    BindPositive(s, 6, r.source.first_page);
    BindPositive(s, 7, r.source.last_page);
    BindPositive(s, 8, r.source.first_line);
    BindPositive(s, 9, r.source.last_line);
    BindText(s, 10, r.status);
    BindTextOrNull(s, 11, r.edition);
    const Value& year = r.Get(catalogue.KeyWithRole("year"));
    BindValue(s, 12, year.is_number() ? year : Value());
    BindValue(s, 13, r.Get(catalogue.KeyWithRole("municipality")));
    BindValue(s, 14, r.Get(catalogue.KeyWithRole("municipality_code")));
    Status st = Step(s, "cannot write a report of " + r.source.file);
    if (!st.ok()) return st;
    int64_t report_id = sql.last_insert_rowid(db.get());
    for (const std::string& key : r.asked) {
      s = insert_answer.get();
      BindInt(s, 1, report_id);
      BindText(s, 2, key);
      const Value& v = r.Get(key);
      BindValue(s, 3, v);
      BindText(s, 4, AnswerStateName(StateOf(r, key, options.absence_codes)));
      auto p = r.provenance.find(key);
      if (!v.is_null() && p != r.provenance.end()) {
        BindPositive(s, 5, p->second.page);
        BindPositive(s, 6, p->second.line);
        BindTextOrNull(s, 7, p->second.rule);
        BindTextOrNull(s, 8, p->second.text);
        BindInt(s, 9, p->second.ocr ? 1 : 0);
        if (p->second.ocr && p->second.ocr_confidence >= 0)
          BindInt(s, 10, p->second.ocr_confidence);
        else
          Keep(sql.bind_null(s, 10));
      } else {
        for (int i = 5; i <= 10; ++i) Keep(sql.bind_null(s, i));
      }
      st = Step(s, "cannot write the answer " + key + " of " + r.source.file);
      if (!st.ok()) return st;
    }
    int n = 0;
    for (const Finding& f : r.findings) {
      s = insert_finding.get();
      BindInt(s, 1, report_id);
      BindInt(s, 2, ++n);
      BindText(s, 3, f.severity);
      BindText(s, 4, f.code);
      std::string keys;
      for (const std::string& k : f.keys) keys += (keys.empty() ? "" : "; ") + k;
      BindTextOrNull(s, 5, keys);
      BindText(s, 6, f.message);
      BindPositive(s, 7, f.page);
      BindPositive(s, 8, f.line);
      BindTextOrNull(s, 9, f.text);
      BindTextOrNull(s, 10, f.origin);
      BindTextOrNull(s, 11, f.label);
      BindTextOrNull(s, 12, f.where);
      st = Step(s, "cannot write a finding of " + r.source.file);
      if (!st.ok()) return st;
    }
    return Status();
  }
};

SqliteArchive::SqliteArchive(const SqliteCalls& sql, const std::string& path,
                             const Catalogue& catalogue, const ArchiveOptions& options)
    : impl_(std::make_unique<Impl>(sql, path, catalogue, options)) {}

SqliteArchive::~SqliteArchive() {
  // An unfinished transaction is rolled back when the connection closes.
  if (impl_) {
    impl_->insert_file.reset();
    impl_->insert_report.reset();
    impl_->insert_answer.reset();
    impl_->insert_finding.reset();
  }
}

Status SqliteArchive::Open(const std::string& path, const Catalogue& catalogue,
                           const ArchiveOptions& options, std::unique_ptr<SqliteArchive>* out) {
  const WriterModule* module = nullptr;
  Status loaded = LoadWriterModule(&module);
  if (!loaded.ok())
    return Status::Error("write_error", path + ": cannot write the archive: " + loaded.message());
  std::unique_ptr<SqliteArchive> a(new SqliteArchive(module->sqlite, path, catalogue, options));
  Impl& m = *a->impl_;
  sqlite3* raw = nullptr;
  int rc = m.sql.open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  m.db.reset(raw);
  if (rc != SQLITE_OK) return m.Error("cannot open the database");
  if (m.sql.busy_timeout(m.db.get(), 5000) != SQLITE_OK) return m.Error("cannot set a timeout");
  std::string schema = ReplaceAll(kSchema, "{WOMEN}", Literal(options.clients_women));
  schema = ReplaceAll(schema, "{MEN}", Literal(options.clients_men));
  Status s = m.Exec("PRAGMA journal_mode=WAL", "cannot switch to WAL (not a database?)");
  if (s.ok()) s = m.Exec("PRAGMA synchronous=NORMAL", "cannot set synchronous");
  if (s.ok()) s = m.Exec("PRAGMA foreign_keys=ON", "cannot enable foreign keys");
  if (s.ok()) s = m.Exec("BEGIN IMMEDIATE", "cannot start a transaction");
  if (s.ok()) s = m.Exec(schema, "cannot create the schema");
  // An archive made before findings had a place, or answers OCR's
  // confidence: the columns are added (an archive that has them refuses the
  // ALTER, which is what is meant).
  if (s.ok()) {
    for (const char* column : {"origin", "label", "place"})
      m.sql.exec(m.db.get(),
                 ("ALTER TABLE findings ADD COLUMN " + std::string(column) + " TEXT").c_str(),
                 nullptr, nullptr, nullptr);
    m.sql.exec(m.db.get(), "ALTER TABLE answers ADD COLUMN ocr_confidence INTEGER", nullptr,
               nullptr, nullptr);
  }
  if (s.ok() && options.rebuild)
    s = m.Exec("DELETE FROM findings; DELETE FROM answers; DELETE FROM reports; DELETE FROM files",
               "cannot empty the archive");
  if (s.ok()) s = m.Exec("COMMIT", "cannot commit the schema");
  if (!s.ok()) return s;
  Stmt known{nullptr, Finalize{&m.sql}};
  s = m.Prepare("SELECT sha256 FROM files WHERE sha256 IS NOT NULL", &known);
  if (!s.ok()) return s;
  while ((rc = m.sql.step(known.get())) == SQLITE_ROW) {
    const unsigned char* hash = m.sql.column_text(known.get(), 0);
    if (!hash) return m.Error("cannot read the files already archived");
    m.known.insert(reinterpret_cast<const char*>(hash));
  }
  if (rc != SQLITE_DONE) return m.Error("cannot read the files already archived");
  if (!(s = m.Prepare("INSERT INTO files(path, sha256, format, outcome, error, reports) "
                      "VALUES(?, ?, ?, ?, ?, ?)",
                      &m.insert_file))
           .ok() ||
      !(s = m.Prepare("INSERT INTO reports(file_id, seq, file, sha256, format, first_page, "
                      "last_page, first_line, last_line, status, edition, year, municipality, "
                      "municipality_code) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      &m.insert_report))
           .ok() ||
      !(s = m.Prepare("INSERT INTO answers(report_id, key, value, state, page, line, rule, text, "
                      "ocr, ocr_confidence) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      &m.insert_answer))
           .ok() ||
      !(s = m.Prepare(
            "INSERT INTO findings(report_id, seq, severity, code, keys, message, page, "
            "line, text, origin, label, place) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            &m.insert_finding))
           .ok())
    return s;
  *out = std::move(a);
  return Status();
}

bool SqliteArchive::Knows(const std::string& sha256) const {
  return impl_->known.count(sha256);
}

Status SqliteArchive::Begin() {
  Impl& m = *impl_;
  if (!m.failed.ok()) return m.failed;
  m.failed = m.Exec("BEGIN IMMEDIATE", "cannot start a transaction");
  m.in_transaction = m.failed.ok();
  return m.failed;
}

Status SqliteArchive::Write(const Record& record) {
  return WriteFile({record});
}

Status SqliteArchive::WriteFile(const std::vector<Record>& records) {
  Impl& m = *impl_;
  if (!m.failed.ok()) return m.failed;
  if (!m.in_transaction) return m.failed = Status::Error("write_error", m.path + ": not begun");
  if (records.empty()) return Status();
  const Record& first = records.front();
  bool no_report =
      records.size() == 1 && (first.status == "unreadable" || first.status == "no_report");
  std::string error;
  for (const Finding& f : first.findings)
    if (no_report && f.severity == "error") {
      error = f.code;
      break;
    }
  // The input file: a zip archive of files read file by file is one (its
  // records' sources the files inside it).
  const bool archive = !first.source.archive.empty();
  const std::string& sha256 = archive ? first.source.archive_sha256 : first.source.sha256;
  sqlite3_stmt* s = m.insert_file.get();
  m.BindText(s, 1, archive ? first.source.archive : first.source.file);
  m.BindTextOrNull(s, 2, sha256);
  m.BindTextOrNull(s, 3, archive ? std::string("zip") : first.source.format);
  m.BindText(s, 4, no_report ? first.status : "read");
  m.BindTextOrNull(s, 5, error);
  m.BindInt(s, 6, static_cast<int64_t>(records.size()));
  Status st = m.Step(s, "cannot write the file " + first.source.file);
  if (!st.ok()) return m.failed = st;
  int64_t file_id = m.sql.last_insert_rowid(m.db.get());
  int seq = 0;
  for (const Record& r : records) {
    st = m.WriteReport(r, file_id, ++seq);
    if (!st.ok()) return m.failed = st;
  }
  if (!sha256.empty()) m.known.insert(sha256);
  return Status();
}

Status SqliteArchive::Commit() {
  Impl& m = *impl_;
  if (!m.failed.ok()) return m.failed;
  m.in_transaction = false;
  m.failed = m.Exec("COMMIT", "cannot commit");
  if (!m.failed.ok()) return m.failed;
  return Begin();
}

Status SqliteArchive::Finish() {
  Impl& m = *impl_;
  if (!m.failed.ok()) return m.failed;
  m.in_transaction = false;
  m.failed = m.Exec("COMMIT", "cannot commit");
  return m.failed;
}

}  // namespace redovis
