#include "write/report_table.h"

#include <algorithm>
#include <map>
#include <set>

#include "write/answer_state.h"

namespace redovis {

TableCell TableCell::Text(std::string s) {
  TableCell c;
  c.kind = s.empty() ? Kind::kEmpty : Kind::kText;
  c.text = std::move(s);
  return c;
}

TableCell TableCell::Word(std::string s) {
  TableCell c;
  c.kind = s.empty() ? Kind::kEmpty : Kind::kWord;
  c.text = std::move(s);
  return c;
}

TableCell TableCell::Int(int64_t v) {
  TableCell c;
  c.kind = Kind::kInt;
  c.integer = v;
  return c;
}

TableCell TableCell::Positive(int v) {
  return v > 0 ? Int(v) : TableCell();
}

TableCell TableCell::Of(const Value& v) {
  TableCell c;
  if (v.is_null()) return c;
  if (v.is_int()) return Int(v.as_int());
  if (v.is_decimal()) {
    c.kind = Kind::kDecimal;
    c.decimal = v.as_decimal();
    c.text = v.ToDisplay();
    return c;
  }
  if (v.is_bool()) {
    c.kind = Kind::kBool;
    c.boolean = v.as_bool();
    return c;
  }
  return Text(v.ToDisplay());
}

std::string TableCell::Display() const {
  switch (kind) {
    case Kind::kEmpty:
      return "";
    case Kind::kText:
    case Kind::kWord:
    case Kind::kDecimal:
      return text;
    case Kind::kInt:
      return std::to_string(integer);
    case Kind::kBool:
      return boolean ? "true" : "false";
  }
  return "";
}

namespace {

const std::vector<std::string> kIdentity = {
    "source.file",       "source.sha256",    "source.format",
    "source.first_page", "source.last_page", "source.first_line",
    "source.last_line",  "status",           "edition"};

std::string Joined(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : sep) + s;
  return out;
}

std::vector<std::string> WithIdentity(std::vector<std::string> rest) {
  std::vector<std::string> out = kIdentity;
  out.insert(out.end(), rest.begin(), rest.end());
  return out;
}

}  // namespace

std::string ReportTable::KeyHeader(const std::string& key) const {
  if (options_.labels != HeaderLabels::kSwedish) return key;
  const FieldSpec* spec = catalogue_.Find(key);
  if (!spec || spec->label_sv.empty()) return key;
  size_t same = 0;
  for (const FieldSpec& f : catalogue_.fields()) same += f.label_sv == spec->label_sv;
  return same > 1 ? spec->label_sv + " [" + key + "]" : spec->label_sv;
}

Row ReportTable::Identity(const Record& r) const {
  return {TableCell::Text(r.source.file),
          TableCell::Text(r.source.sha256),
          TableCell::Word(r.source.format),
          TableCell::Positive(r.source.first_page),
          TableCell::Positive(r.source.last_page),
          TableCell::Positive(r.source.first_line),
          TableCell::Positive(r.source.last_line),
          TableCell::Word(r.status),
          TableCell::Word(r.edition)};
}

std::vector<std::string> ReportTable::WideHeader() const {
  std::vector<std::string> h = WithIdentity({"findings", "unanswered", "not_asked"});
  for (const FieldSpec& f : catalogue_.fields()) h.push_back(KeyHeader(f.key));
  return h;
}

Row ReportTable::WideRow(const Record& r) const {
  Row row = Identity(r);
  std::vector<std::string> codes;
  for (const Finding& f : r.findings)
    if (std::find(codes.begin(), codes.end(), f.code) == codes.end()) codes.push_back(f.code);
  row.push_back(TableCell::Word(Joined(codes, "; ")));
  row.push_back(TableCell::Word(Joined(Unanswered(r), "; ")));
  std::vector<std::string> not_asked;
  if (!r.edition.empty()) {
    std::set<std::string> asked(r.asked.begin(), r.asked.end());
    for (const FieldSpec& f : catalogue_.fields())
      if (!asked.count(f.key)) not_asked.push_back(f.key);
  }
  row.push_back(TableCell::Word(Joined(not_asked, "; ")));
  for (const FieldSpec& f : catalogue_.fields()) row.push_back(TableCell::Of(r.Get(f.key)));
  return row;
}

std::vector<std::string> ReportTable::LongHeader() const {
  return WithIdentity({KeyHeader(catalogue_.KeyWithRole("municipality_code")),
                       KeyHeader(catalogue_.KeyWithRole("year")), "key", "state", "value", "page",
                       "line", "rule", "origin", "ocr", "ocr_confidence"});
}

std::vector<Row> ReportTable::LongRows(const Record& r) const {
  Row head = Identity(r);
  head.push_back(TableCell::Of(r.Get(catalogue_.KeyWithRole("municipality_code"))));
  head.push_back(TableCell::Of(r.Get(catalogue_.KeyWithRole("year"))));
  std::vector<Row> rows;
  if (r.edition.empty()) {
    rows.push_back(head);
    rows.back().resize(head.size() + 9);
    return rows;
  }
  for (const std::string& key : r.asked) {
    Row row = head;
    const Value& v = r.Get(key);
    row.push_back(TableCell::Word(key));
    row.push_back(TableCell::Word(AnswerStateName(StateOf(r, key, options_.absence_codes))));
    row.push_back(TableCell::Of(v));
    auto p = r.provenance.find(key);
    if (!v.is_null() && p != r.provenance.end()) {
      row.push_back(TableCell::Positive(p->second.page));
      row.push_back(TableCell::Positive(p->second.line));
      row.push_back(TableCell::Word(p->second.rule));
      row.push_back(TableCell::Text(p->second.origin));
      TableCell ocr;
      ocr.kind = TableCell::Kind::kBool;
      ocr.boolean = p->second.ocr;
      row.push_back(ocr);
      row.push_back(p->second.ocr && p->second.ocr_confidence >= 0
                        ? TableCell::Int(p->second.ocr_confidence)
                        : TableCell());
    } else {
      row.resize(row.size() + 6);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<std::string> ReportTable::FindingsHeader() const {
  return WithIdentity({"severity", "code", "keys", "message", "page", "line", "text"});
}

std::vector<Row> ReportTable::FindingsRows(const Record& r) const {
  std::vector<Row> rows;
  for (const Finding& f : r.findings) {
    Row row = Identity(r);
    row.push_back(TableCell::Word(f.severity));
    row.push_back(TableCell::Word(f.code));
    row.push_back(TableCell::Word(Joined(f.keys, "; ")));
    row.push_back(TableCell::Text(f.message));
    row.push_back(TableCell::Positive(f.page));
    row.push_back(TableCell::Positive(f.line));
    row.push_back(f.text.empty() ? TableCell() : TableCell::Text(f.text));
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<std::string> ReportTable::FieldsHeader() const {
  return {"key", "label_sv", "type", "editions", "note"};
}

std::vector<Row> ReportTable::FieldsRows() const {
  std::vector<Row> rows;
  for (const FieldSpec& f : catalogue_.fields()) {
    std::vector<std::string> tags(f.editions.begin(), f.editions.end());
    rows.push_back({TableCell::Word(f.key),
                    f.label_sv.empty() ? TableCell() : TableCell::Text(f.label_sv),
                    TableCell::Word(f.type_name), TableCell::Word(Joined(tags, ",")),
                    f.note.empty() ? TableCell() : TableCell::Text(f.note)});
  }
  return rows;
}

}  // namespace redovis
