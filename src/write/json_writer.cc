#include "write/json_writer.h"

#include <cmath>
#include <string_view>
#include <unordered_set>

#include "write/stream_writer.h"

namespace redovis {

namespace {

nlohmann::ordered_json ValueToJson(const Value& v) {
  if (v.is_null()) return nullptr;
  if (v.is_int()) return v.as_int();
  if (v.is_decimal()) return v.as_decimal();
  if (v.is_bool()) return v.as_bool();
  if (v.is_text()) return v.as_text();
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const std::string& s : v.as_list()) list.push_back(s);
  return list;
}

constexpr auto kReplace = nlohmann::ordered_json::error_handler_t::replace;

/// Either JSON form: each record's JSON (from `to_json`), in an array or one per line.
class JsonWriter : public StreamWriter {
 public:
  using ToJson = nlohmann::ordered_json (*)(const Record&, const Catalogue&);
  JsonWriter(std::ostream& out, const Catalogue& catalogue, bool lines, ToJson to_json)
      : StreamWriter(out), catalogue_(catalogue), lines_(lines), to_json_(to_json) {}
  Status Begin() override {
    if (!lines_) out_ << "[";
    return Check();
  }
  std::string Render(const Record& record) const override {
    std::string s = to_json_(record, catalogue_).dump(lines_ ? -1 : 2, ' ', false, kReplace);
    if (lines_) s += '\n';
    return s;
  }
  Status WriteRendered(std::string_view rendered) override {
    if (!lines_) out_ << (first_ ? "\n" : ",\n");
    first_ = false;
    return StreamWriter::WriteRendered(rendered);
  }
  Status Finish() override {
    if (!lines_) out_ << (first_ ? "]\n" : "\n]\n");
    return StreamWriter::Finish();
  }

 private:
  const Catalogue& catalogue_;
  bool lines_;
  ToJson to_json_;
  bool first_ = true;
};

}  // namespace

nlohmann::ordered_json FindingToJson(const Finding& f) {
  nlohmann::ordered_json j;
  j["severity"] = f.severity;
  j["code"] = f.code;
  j["keys"] = f.keys;
  j["message"] = f.message;
  if (f.page) j["page"] = f.page;
  if (f.line) j["line"] = f.line;
  if (!f.text.empty()) j["text"] = f.text;
  if (!f.origin.empty()) j["origin"] = f.origin;
  if (!f.label.empty()) j["label"] = f.label;
  if (!f.where.empty()) j["where"] = f.where;
  return j;
}

nlohmann::ordered_json RecordToJson(const Record& r, const Catalogue& catalogue) {
  nlohmann::ordered_json j;
  j["schema"] = "redovis/1";
  nlohmann::ordered_json src;
  src["file"] = r.source.file;
  src["sha256"] = r.source.sha256;
  src["format"] = r.source.format.empty() ? nlohmann::ordered_json(nullptr)
                                          : nlohmann::ordered_json(r.source.format);
  if (r.source.first_page > 0) src["pages"] = {r.source.first_page, r.source.last_page};
  if (r.source.first_line > 0) src["lines"] = {r.source.first_line, r.source.last_line};
  if (!r.source.encoding.empty()) src["encoding"] = r.source.encoding;
  j["source"] = src;
  j["status"] = r.status;
  j["edition"] =
      r.edition.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(r.edition);
  // Keys are unique by construction: append to the object's storage directly
  // instead of operator[], which searches the ordered map (quadratic).
  std::unordered_set<std::string_view> asked(r.asked.begin(), r.asked.end());
  nlohmann::ordered_json fields = nlohmann::ordered_json::object();
  auto& field_list = fields.get_ref<nlohmann::ordered_json::object_t&>();
  field_list.reserve(asked.size());
  for (const FieldSpec& f : catalogue.fields()) {
    if (!asked.count(f.key)) continue;
    field_list.emplace_back(f.key, ValueToJson(r.Get(f.key)));
  }
  j["fields"] = std::move(fields);
  nlohmann::ordered_json prov = nlohmann::ordered_json::object();
  auto& prov_list = prov.get_ref<nlohmann::ordered_json::object_t&>();
  for (const FieldSpec& f : catalogue.fields()) {
    auto it = r.provenance.find(f.key);
    if (it == r.provenance.end() || !r.Has(f.key)) continue;
    const Provenance& p = it->second;
    nlohmann::ordered_json pj;
    if (p.page) pj["page"] = p.page;
    pj["line"] = p.line;
    pj["rule"] = p.rule;
    pj["text"] = p.text;
    if (!p.origin.empty()) pj["origin"] = p.origin;
    if (p.ocr) pj["ocr"] = true;
    if (p.ocr && p.ocr_confidence >= 0) pj["ocr_confidence"] = p.ocr_confidence;
    prov_list.emplace_back(f.key, std::move(pj));
  }
  j["provenance"] = std::move(prov);
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const Finding& f : r.findings) findings.push_back(FindingToJson(f));
  j["findings"] = findings;
  return j;
}

nlohmann::ordered_json FindingsToJson(const Record& r, const Catalogue& catalogue) {
  const std::string& municipality = catalogue.KeyWithRole("municipality");
  const std::string& year = catalogue.KeyWithRole("year");
  nlohmann::ordered_json j;
  j["file"] = r.source.file;
  j["status"] = r.status;
  j["edition"] =
      r.edition.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(r.edition);
  j["municipality"] = r.Has(municipality) ? nlohmann::ordered_json(r.Get(municipality).ToDisplay())
                                          : nlohmann::ordered_json(nullptr);
  // The year as its value is typed: an int stays an int (2023, not 2023.0).
  j["year"] = r.Get(year).is_number() ? ValueToJson(r.Get(year)) : nlohmann::ordered_json(nullptr);
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const Finding& f : r.findings) findings.push_back(FindingToJson(f));
  j["findings"] = std::move(findings);
  return j;
}

std::unique_ptr<RecordWriter> CreateJsonWriter(bool lines, std::ostream& out,
                                               const Catalogue& catalogue) {
  return std::make_unique<JsonWriter>(out, catalogue, lines, &RecordToJson);
}

std::unique_ptr<RecordWriter> CreateFindingsJsonWriter(bool lines, std::ostream& out,
                                                       const Catalogue& catalogue) {
  return std::make_unique<JsonWriter>(out, catalogue, lines, &FindingsToJson);
}

}  // namespace redovis
