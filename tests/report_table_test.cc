#include "write/report_table.h"

#include <doctest/doctest.h>

#include "test_support.h"
#include "write_samples.h"

namespace report_table_test {

using namespace redovis;

TEST_CASE("cells: typed as the value is") {
  CHECK(TableCell::Of(Value::Int(2020)).kind == TableCell::Kind::kInt);
  CHECK(TableCell::Of(Value::Decimal(1.5)).kind == TableCell::Kind::kDecimal);
  CHECK(TableCell::Of(Value::Decimal(1.5)).Display() == "1.5");
  CHECK(TableCell::Of(Value::Bool(true)).Display() == "true");
  CHECK(TableCell::Of(Value::Text("0138")).kind == TableCell::Kind::kText);
  CHECK(TableCell::Of(Value::MakeList({"a", "b"})).Display() == "a; b");
  CHECK(TableCell::Of(Value()).kind == TableCell::Kind::kEmpty);
  CHECK(TableCell::Positive(0).kind == TableCell::Kind::kEmpty);
  CHECK(TableCell::Text("").kind == TableCell::Kind::kEmpty);
}

TEST_CASE("report table: rows as long as their headers") {
  const Catalogue& cat = testing::ProjectPatterns().catalogue();
  WriterOptions o;
  ReportTable t(cat, o);
  Record r = testing::Sample();
  r.AddFinding("info", "encoding", {}, "cp850", 0, 3, "x");
  CHECK(t.WideRow(r).size() == t.WideHeader().size());
  for (const Row& row : t.LongRows(r)) CHECK(row.size() == t.LongHeader().size());
  CHECK(t.LongRows(r).size() == r.asked.size());
  REQUIRE(t.FindingsRows(r).size() == 1);
  CHECK(t.FindingsRows(r)[0].size() == t.FindingsHeader().size());
  CHECK(t.FieldsRows().size() == cat.fields().size());
  CHECK(t.FieldsRows()[0].size() == t.FieldsHeader().size());
  Record none;
  none.source.file = "letter.txt";
  none.status = "no_report";
  REQUIRE(t.LongRows(none).size() == 1);
  CHECK(t.LongRows(none)[0].size() == t.LongHeader().size());
  CHECK(t.WideRow(none)[11].kind == TableCell::Kind::kEmpty);  // not_asked: no edition, no list
}

TEST_CASE("report table: Swedish labels, unique, the key where there is none") {
  const Catalogue& cat = testing::ProjectPatterns().catalogue();
  WriterOptions o;
  o.labels = HeaderLabels::kSwedish;
  ReportTable t(cat, o);
  CHECK(t.KeyHeader("report.year") == "Statsbidrag avseende år / verksamhetsåret");
  CHECK(t.KeyHeader("report.municipality_code") == "report.municipality_code");
  std::vector<std::string> h = t.WideHeader();
  std::set<std::string> unique(h.begin(), h.end());
  CHECK(unique.size() == h.size());
  WriterOptions keys;
  CHECK(ReportTable(cat, keys).KeyHeader("report.year") == "report.year");
}

}  // namespace report_table_test
