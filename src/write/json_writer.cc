#include "write/json_writer.h"

#include <cmath>
#include <string_view>
#include <unordered_set>

#include "write/json_text.h"
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

/// Either JSON form: each record's JSON (from `to_json`), in an array or one
/// per line; one per line straight from `append` when given (no tree).
class JsonWriter : public StreamWriter {
 public:
  using ToJson = nlohmann::ordered_json (*)(const Record&, const Catalogue&);
  using AppendJson = void (*)(const Record&, const Catalogue&, std::string*);
  JsonWriter(std::ostream& out, const Catalogue& catalogue, bool lines, ToJson to_json,
             AppendJson append = nullptr)
      : StreamWriter(out),
        catalogue_(catalogue),
        lines_(lines),
        to_json_(to_json),
        append_(append) {}
  Status Begin() override {
    if (!lines_) out_ << "[";
    return Check();
  }
  std::string Render(const Record& record) const override {
    std::string s;
    if (lines_ && append_ != nullptr) {
      append_(record, catalogue_, &s);
    } else {
      s = to_json_(record, catalogue_).dump(lines_ ? -1 : 2, ' ', false, kReplace);
    }
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
  AppendJson append_;
  bool first_ = true;
};

}  // namespace

namespace {

void AppendValue(const Value& v, JsonText* json) {
  if (v.is_null()) {
    json->Null();
  } else if (v.is_int()) {
    json->Int(v.as_int());
  } else if (v.is_decimal()) {
    json->Double(v.as_decimal());
  } else if (v.is_bool()) {
    json->Bool(v.as_bool());
  } else if (v.is_text()) {
    json->String(v.as_text());
  } else {
    json->Strings(v.as_list());
  }
}

void AppendFinding(const Finding& f, JsonText* json) {
  json->BeginObject();
  json->Key("severity");
  json->String(f.severity);
  json->Key("code");
  json->String(f.code);
  json->Key("keys");
  json->Strings(f.keys);
  json->Key("message");
  json->String(f.message);
  if (f.page) {
    json->Key("page");
    json->Int(f.page);
  }
  if (f.line) {
    json->Key("line");
    json->Int(f.line);
  }
  auto text = [&](const char* key, const std::string& value) {
    if (value.empty()) return;
    json->Key(key);
    json->String(value);
  };
  text("text", f.text);
  text("origin", f.origin);
  text("label", f.label);
  text("where", f.where);
  json->EndObject();
}

}  // namespace

void AppendRecordJson(const Record& r, const Catalogue& catalogue, std::string* out) {
  JsonText json(out);
  json.BeginObject();
  json.Key("schema");
  json.String("redovis/1");
  json.Key("source");
  json.BeginObject();
  json.Key("file");
  json.String(r.source.file);
  json.Key("sha256");
  json.String(r.source.sha256);
  json.Key("format");
  if (r.source.format.empty())
    json.Null();
  else
    json.String(r.source.format);
  auto range = [&](const char* key, int first, int last) {
    if (first <= 0) return;
    json.Key(key);
    json.BeginArray();
    json.Int(first);
    json.Int(last);
    json.EndArray();
  };
  range("pages", r.source.first_page, r.source.last_page);
  range("lines", r.source.first_line, r.source.last_line);
  if (!r.source.encoding.empty()) {
    json.Key("encoding");
    json.String(r.source.encoding);
  }
  json.EndObject();
  json.Key("status");
  json.String(r.status);
  json.Key("edition");
  if (r.edition.empty())
    json.Null();
  else
    json.String(r.edition);
  // Every asked key, in the catalogue's order.
  std::unordered_set<std::string_view> asked(r.asked.begin(), r.asked.end());
  json.Key("fields");
  json.BeginObject();
  for (const FieldSpec& f : catalogue.fields()) {
    if (!asked.count(f.key)) continue;
    json.Key(f.key);
    AppendValue(r.Get(f.key), &json);
  }
  json.EndObject();
  json.Key("provenance");
  json.BeginObject();
  for (const FieldSpec& f : catalogue.fields()) {
    auto it = r.provenance.find(f.key);
    if (it == r.provenance.end() || !r.Has(f.key)) continue;
    const Provenance& p = it->second;
    json.Key(f.key);
    json.BeginObject();
    if (p.page) {
      json.Key("page");
      json.Int(p.page);
    }
    json.Key("line");
    json.Int(p.line);
    json.Key("rule");
    json.String(p.rule);
    json.Key("text");
    json.String(p.text);
    if (!p.origin.empty()) {
      json.Key("origin");
      json.String(p.origin);
    }
    if (p.ocr) {
      json.Key("ocr");
      json.Bool(true);
    }
    if (p.ocr && p.ocr_confidence >= 0) {
      json.Key("ocr_confidence");
      json.Int(p.ocr_confidence);
    }
    json.EndObject();
  }
  json.EndObject();
  json.Key("findings");
  json.BeginArray();
  for (const Finding& f : r.findings) AppendFinding(f, &json);
  json.EndArray();
  json.EndObject();
}

nlohmann::ordered_json RecordToJson(const Record& r, const Catalogue& catalogue) {
  std::string text;
  AppendRecordJson(r, catalogue, &text);
  return nlohmann::ordered_json::parse(text);
}

nlohmann::ordered_json FindingToJson(const Finding& f) {
  std::string text;
  JsonText json(&text);
  AppendFinding(f, &json);
  return nlohmann::ordered_json::parse(text);
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
  return std::make_unique<JsonWriter>(out, catalogue, lines, &RecordToJson, &AppendRecordJson);
}

std::unique_ptr<RecordWriter> CreateFindingsJsonWriter(bool lines, std::ostream& out,
                                                       const Catalogue& catalogue) {
  return std::make_unique<JsonWriter>(out, catalogue, lines, &FindingsToJson);
}

}  // namespace redovis
