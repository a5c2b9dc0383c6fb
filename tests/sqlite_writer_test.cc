#include "write/sqlite_writer.h"

#include <doctest/doctest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "test_support.h"
#include "write_samples.h"

namespace sqlite_writer_test {

using namespace redovis;
using testing::Sample;

namespace {

namespace fs = std::filesystem;

/// A fresh archive path in a temporary folder, removed with the object.
struct TempArchive {
  fs::path dir;
  std::string path;
  TempArchive() {
    static int counter = 0;
    dir = fs::temp_directory_path() /
          ("redovis-sqlite-" + std::to_string(getpid()) + "-" + std::to_string(++counter));
    fs::remove_all(dir);
    fs::create_directories(dir);
    path = (dir / "archive.sqlite").string();
  }
  ~TempArchive() { fs::remove_all(dir); }
};

/// The rows of `sql` on the database at `path`, each row's columns joined by
/// '|' (NULL as "NULL").
std::vector<std::string> Query(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::vector<std::string> rows;
  REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* s = nullptr;
  int rc = sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr);
  if (rc != SQLITE_OK) FAIL_CHECK(sqlite3_errmsg(db));
  while (rc == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW) {
    std::string row;
    for (int i = 0; i < sqlite3_column_count(s); ++i) {
      const unsigned char* t = sqlite3_column_text(s, i);
      row += (i ? "|" : "") + (t ? std::string(reinterpret_cast<const char*>(t)) : "NULL");
    }
    rows.push_back(row);
  }
  sqlite3_finalize(s);
  sqlite3_close(db);
  return rows;
}

ArchiveOptions Options() {
  ArchiveOptions o;
  o.absence_codes = {"required_missing"};
  o.clients_women = "clients.total.women";
  o.clients_men = "clients.total.men";
  return o;
}

/// The sample record with two unanswered keys: one a reader saw and could
/// not read, one left blank; and its identity for the views.
Record Report(const std::string& file, const std::string& sha, int64_t women, int64_t men) {
  Record r = Sample();
  r.source.file = file;
  r.source.sha256 = sha;
  r.source.first_line = 3;
  r.source.last_line = 90;
  r.asked.push_back("contact.email");
  r.asked.push_back("training.planned");
  r.asked.push_back("clients.total.women");
  r.asked.push_back("clients.total.men");
  r.values["report.municipality_code"] = Value::Text("0138");
  r.values["clients.total.women"] = Value::Int(women);
  r.values["clients.total.men"] = Value::Int(men);
  r.AddFinding("warning", "unreadable_mark", {"training.planned"}, "'?' is not a mark", 0, 40);
  r.AddFinding("error", "required_missing", {"contact.email"}, "E-post saknas", 0, 12);
  return r;
}

Record Unreadable(const std::string& file) {
  Record r;
  r.source.file = file;
  r.source.sha256 = "ff";
  r.status = "unreadable";
  r.AddFinding("error", "corrupt", {}, "the PDF is damaged");
  return r;
}

}  // namespace

TEST_CASE("SQLite archive: typed answers, states, files, findings") {
  const Catalogue& cat = testing::ProjectPatterns().catalogue();
  TempArchive t;
  {
    std::unique_ptr<SqliteArchive> a;
    REQUIRE(SqliteArchive::Open(t.path, cat, Options(), &a).ok());
    REQUIRE(a->Begin().ok());
    CHECK(a->WriteFile({Report("a.txt", "aa", 5, 7), Report("a.txt", "aa", 1, 2)}).ok());
    CHECK(a->Commit().ok());
    CHECK(a->Write(Unreadable("b.pdf")).ok());
    CHECK(a->Finish().ok());
    CHECK(a->Knows("aa"));
    CHECK(a->Knows("ff"));
    CHECK(!a->Knows("00"));
  }
  CHECK(Query(t.path, "SELECT path, sha256, outcome, error, reports FROM files ORDER BY file_id") ==
        std::vector<std::string>{"a.txt|aa|read|NULL|2", "b.pdf|ff|unreadable|corrupt|1"});
  CHECK(Query(t.path,
              "SELECT seq, status, edition, year, municipality, municipality_code, first_page, "
              "first_line, last_line FROM reports ORDER BY report_id") ==
        std::vector<std::string>{"1|complete|po-2020|2020|Tyresö|0138|NULL|3|90",
                                 "2|complete|po-2020|2020|Tyresö|0138|NULL|3|90",
                                 "1|unreadable|NULL|NULL|NULL|NULL|NULL|NULL|NULL"});
  CHECK(Query(t.path,
              "SELECT key, typeof(value), value, state, page, line, rule, ocr FROM answers "
              "WHERE report_id = 1 ORDER BY key") ==
        std::vector<std::string>{
            "access.priority_order|text|- unga\n=SUM(A1)|answered|NULL|NULL|NULL|NULL",
            "clients.total.men|integer|7|answered|NULL|NULL|NULL|NULL",
            "clients.total.women|integer|5|answered|NULL|NULL|NULL|NULL",
            "contact.email|null|NULL|blank|NULL|NULL|NULL|NULL",
            "covid.effects|text|[\"more_clients\",\"changed_methods\"]|answered|NULL|NULL|NULL|"
            "NULL",
            "grant.awarded_fte|real|2.5|answered|NULL|NULL|NULL|NULL",
            "report.municipality|text|Tyresö|answered|NULL|NULL|NULL|NULL",
            "report.year|integer|2020|answered|3|12|po-2020.rules:5|0",
            "training.offered|integer|0|answered|NULL|NULL|NULL|NULL",
            "training.planned|null|NULL|unreadable|NULL|NULL|NULL|NULL"});
  CHECK(Query(t.path, "SELECT seq, severity, code, keys, line FROM findings WHERE report_id = 1") ==
        std::vector<std::string>{"1|warning|unreadable_mark|training.planned|40",
                                 "2|error|required_missing|contact.email|12"});
  CHECK(Query(t.path, "PRAGMA journal_mode") == std::vector<std::string>{"wal"});
}

TEST_CASE("SQLite archive: the views answer clients per municipality and year, unknown values") {
  const Catalogue& cat = testing::ProjectPatterns().catalogue();
  TempArchive t;
  std::unique_ptr<SqliteArchive> a;
  REQUIRE(SqliteArchive::Open(t.path, cat, Options(), &a).ok());
  REQUIRE(a->Begin().ok());
  Record y2021 = Report("c.txt", "cc", 10, 20);
  y2021.values["report.year"] = Value::Int(2021);
  CHECK(a->WriteFile({Report("a.txt", "aa", 5, 7)}).ok());
  CHECK(a->WriteFile({y2021}).ok());
  // The same municipality and year again, with other counts: no number.
  Record other = Report("d.txt", "dd", 6, 20);
  other.values["report.year"] = Value::Int(2021);
  CHECK(a->WriteFile({other}).ok());
  Record full = Report("e.txt", "ee", 1, 1);
  full.findings.clear();
  full.asked = {"report.year", "report.municipality"};
  full.values["report.municipality_code"] = Value::Text("0114");
  CHECK(a->WriteFile({full}).ok());
  CHECK(a->Finish().ok());
  a.reset();
  CHECK(Query(t.path,
              "SELECT municipality_code, municipality, year, reports, clients_women, clients_men, "
              "clients FROM clients_per_municipality_year ORDER BY municipality_code, year") ==
        std::vector<std::string>{"0114|Tyresö|2020|1|NULL|NULL|NULL", "0138|Tyresö|2020|1|5|7|12",
                                 "0138|Tyresö|2021|2|NULL|20|NULL"});
  CHECK(Query(t.path,
              "SELECT file, blank, unreadable, keys FROM reports_with_unknown_values ORDER BY "
              "report_id") ==
        std::vector<std::string>{"a.txt|1|1|contact.email; training.planned",
                                 "c.txt|1|1|contact.email; training.planned",
                                 "d.txt|1|1|contact.email; training.planned"});
}

TEST_CASE("SQLite archive: reopened it knows its files; --rebuild empties it") {
  const Catalogue& cat = testing::ProjectPatterns().catalogue();
  TempArchive t;
  {
    std::unique_ptr<SqliteArchive> a;
    REQUIRE(SqliteArchive::Open(t.path, cat, Options(), &a).ok());
    REQUIRE(a->Begin().ok());
    CHECK(a->WriteFile({Report("a.txt", "aa", 5, 7)}).ok());
    CHECK(a->Finish().ok());
  }
  {
    std::unique_ptr<SqliteArchive> a;
    REQUIRE(SqliteArchive::Open(t.path, cat, Options(), &a).ok());
    CHECK(a->Knows("aa"));
    // Not finished: what it wrote is rolled back.
    REQUIRE(a->Begin().ok());
    CHECK(a->WriteFile({Report("b.txt", "bb", 1, 1)}).ok());
  }
  CHECK(Query(t.path, "SELECT count(*) FROM files") == std::vector<std::string>{"1"});
  ArchiveOptions rebuild = Options();
  rebuild.rebuild = true;
  std::unique_ptr<SqliteArchive> a;
  REQUIRE(SqliteArchive::Open(t.path, cat, rebuild, &a).ok());
  CHECK(!a->Knows("aa"));
  a.reset();
  CHECK(Query(t.path, "SELECT count(*) FROM files") == std::vector<std::string>{"0"});
  CHECK(Query(t.path, "SELECT count(*) FROM answers") == std::vector<std::string>{"0"});
}

TEST_CASE("SQLite archive: a file that is not a database, a missing directory") {
  const Catalogue& cat = testing::ProjectPatterns().catalogue();
  TempArchive t;
  std::ofstream(t.path) << "not a database, just some text that is long enough to be a header";
  std::unique_ptr<SqliteArchive> a;
  Status s = SqliteArchive::Open(t.path, cat, Options(), &a);
  CHECK(s.code() == "write_error");
  CHECK(s.message().find(t.path) != std::string::npos);
  CHECK(!a);
  s = SqliteArchive::Open((t.dir / "no" / "such.sqlite").string(), cat, Options(), &a);
  CHECK(s.code() == "write_error");
  CHECK(!a);
}

}  // namespace sqlite_writer_test
