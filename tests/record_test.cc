#include "redovis/record.h"

#include <doctest/doctest.h>

#include "base/text_util.h"
#include "redovis/document.h"

namespace record_test {

using namespace redovis;

TEST_CASE("a value is one of its types, and says so") {
  CHECK(Value().is_null());
  Value i = Value::Int(42);
  CHECK(i.is_int());
  CHECK(i.is_number());
  CHECK_FALSE(i.is_decimal());
  CHECK(i.as_number() == 42.0);
  Value d = Value::Decimal(2.5);
  CHECK(d.is_decimal());
  CHECK(d.is_number());
  CHECK(d.as_number() == 2.5);
  CHECK(Value::Bool(false).is_bool());
  CHECK_FALSE(Value::Bool(false).is_number());
  CHECK(Value::Text("x").is_text());
  CHECK(Value::MakeList({"a"}).is_list());
  CHECK(Value::Int(1) == Value::Int(1));
  CHECK_FALSE(Value::Int(1) == Value::Decimal(1.0));  // the type is part of the value
}

TEST_CASE("a value as one line of text") {
  CHECK(Value().ToDisplay().empty());
  CHECK(Value::Int(-7).ToDisplay() == "-7");
  CHECK(Value::Decimal(2.0).ToDisplay() == "2.0");
  CHECK(Value::Decimal(2.25).ToDisplay() == "2.25");
  CHECK(Value::Decimal(0.1).ToDisplay() == "0.1");
  CHECK(Value::Bool(true).ToDisplay() == "true");
  CHECK(Value::Bool(false).ToDisplay() == "false");
  CHECK(Value::Text("Västerås").ToDisplay() == "Västerås");
  CHECK(Value::MakeList({"Sala", "Heby"}).ToDisplay() == "Sala; Heby");
  CHECK(Value::MakeList({}).ToDisplay().empty());
}

TEST_CASE("a record's values: Get gives null for a missing key, Has only for a value") {
  Record r;
  r.values["report.year"] = Value::Int(2021);
  CHECK(r.Has("report.year"));
  CHECK(r.Get("report.year").as_int() == 2021);
  CHECK_FALSE(r.Has("report.municipality"));
  CHECK(r.Get("report.municipality").is_null());
}

TEST_CASE("findings are kept in the order added; an error finding makes HasError") {
  Record r;
  CHECK_FALSE(r.HasError());
  r.AddFinding("warning", "sum_mismatch", {"a", "b"}, "does not add up", 3, 17, "row text");
  CHECK_FALSE(r.HasError());
  r.AddFinding("error", "required_missing", {"c"}, "blank");
  REQUIRE(r.findings.size() == 2);
  const Finding& f = r.findings[0];
  CHECK(f.severity == "warning");
  CHECK(f.code == "sum_mismatch");
  CHECK(f.keys == std::vector<std::string>{"a", "b"});
  CHECK(f.message == "does not add up");
  CHECK(f.page == 3);
  CHECK(f.line == 17);
  CHECK(f.text == "row text");
  CHECK(r.findings[1].page == 0);
  CHECK(r.findings[1].text.empty());
  CHECK(r.HasError());
}

TEST_CASE("a record's summary keeps what a batch counts and nothing else") {
  Record r;
  r.source.file = "a.txt";
  r.status = "incomplete";
  r.edition = "po-2021";
  r.asked = {"report.year", "report.municipality", "ombud.fte"};
  r.values["report.year"] = Value::Int(2021);
  r.values["ombud.fte"] = Value::Decimal(1.5);
  r.provenance["ombud.fte"] = Provenance{};
  r.provenance["report.year"].ocr = true;
  r.AddFinding("error", "required_missing", {"report.municipality"}, "missing");
  Record s = r.Summary({"report.municipality", "report.year", "not.asked"});
  CHECK(s.source.file == "a.txt");
  CHECK(s.status == "incomplete");
  CHECK(s.edition == "po-2021");
  CHECK(s.asked == std::vector<std::string>{"report.municipality", "report.year"});
  CHECK(s.values.size() == 1);
  CHECK(s.Get("report.year").as_int() == 2021);
  // The kept keys' provenance only (check tells an OCR reading by it).
  CHECK(s.provenance.size() == 1);
  CHECK(s.provenance.at("report.year").ocr);
  CHECK(s.HasError());
}

TEST_CASE("a line's text joins its cells with tabs; blank means every cell empty") {
  Line l;
  CHECK(l.Blank());
  CHECK(l.Text().empty());
  Cell a, b, c;
  a.text = "Totalt";
  a.fold = "totalt";
  c.text = "17";
  c.fold = "17";
  l.cells = {a, b, c};
  CHECK(l.Text() == "Totalt\t\t17");
  CHECK(l.SpacedText() == "Totalt 17");  // the empty cell leaves no second space
  CHECK(l.FoldedText() == "totalt\t\t17");
  CHECK_FALSE(l.Blank());
  l.cells = {b, b};
  CHECK(l.Blank());
  CHECK(l.Text() == "\t");
  CHECK(l.SpacedText().empty());
}

TEST_CASE("a line's spaced text trims each cell and leaves out a blank one") {
  Line l;
  Cell a, b, c, d;
  a.text = " Telefon\t";
  b.text = "  ";
  c.text = "\u00A0(inkl. riktnummer)\u00A0";  // no-break spaces are trimmed too
  d.text = "17";
  l.cells = {a, b, c, d};
  CHECK(l.SpacedText() == "Telefon (inkl. riktnummer) 17");
  l.cells = {b, b};
  CHECK(l.SpacedText().empty());
}

TEST_CASE("a cell's and a line's folded text: stored, or folded on demand alike") {
  Cell stored, lazy, empty;
  stored.text = lazy.text = "Kommunen ÅR 2023";
  stored.fold = Fold(stored.text);
  CHECK(lazy.fold.empty());  // the normaliser did not store it
  CHECK(lazy.Folded() == stored.Folded());
  CHECK(lazy.Folded() == "kommunen år 2023");
  CHECK(empty.Folded().empty());
  Line with, without;
  with.cells = {stored, empty, stored};
  without.cells = {lazy, empty, lazy};
  CHECK(without.FoldedText() == with.FoldedText());
  CHECK(without.FoldedText() == "kommunen år 2023\t\tkommunen år 2023");
}

TEST_CASE("the document model is small: a cell 64 bytes, a line 48, besides their text") {
  // A 50 MB text file has 600,000 lines: each byte here is 0.6 MB held while
  // it is read (tests/memory.sh measures the whole).
  CHECK(sizeof(Cell) <= 64);
  CHECK(sizeof(Line) <= 48);
  Line l;
  CHECK(l.origin.empty());
  l.origin = "table 3 row 2";
  CHECK(l.origin == "table 3 row 2");
}

TEST_CASE("EraseReaderMarks: U+E000 to U+E004 taken out, every other character kept") {
  std::string s = std::string("Tyresö") + kUndecidedCut + "kom" + kRefilledBreak + " mun" +
                  kUndecidedWrap + "\xEE\x80\x82" + " \xEE\x80\x84 slut \xEE\x80\x85";
  EraseReaderMarks(&s);
  CHECK(s == "Tyresökom mun  slut \xEE\x80\x85");  // U+E005 is no reader's mark
  std::string plain = "Statsbidrag avseende år 2021";
  EraseReaderMarks(&plain);
  CHECK(plain == "Statsbidrag avseende år 2021");
}

}  // namespace record_test
