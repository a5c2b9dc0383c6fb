#include "match/value_assigner.h"

#include <algorithm>
#include <cmath>

#include "base/text_util.h"
#include "patterns/regex.h"

namespace redovis {

bool ValueAssigner::Asked(const std::string& key) const {
  return std::find(record_->asked.begin(), record_->asked.end(), key) != record_->asked.end();
}

void ValueAssigner::AddFinding(const std::string& severity, const std::string& code,
                               std::vector<std::string> keys, const std::string& message_id,
                               MessageArgs args, const Line& line) {
  Finding f;
  f.severity = severity;
  f.code = code;
  if (!keys.empty()) {
    const FieldSpec* spec = patterns_.catalogue().Find(keys[0]);
    args.emplace("label", spec && !spec->label_sv.empty() ? spec->label_sv : keys[0]);
    auto place = record_->places.find(keys[0]);
    if (place != record_->places.end()) f.label = place->second.label;
  }
  f.message_id = message_id;
  f.message = patterns_.messages().Render(message_id, args, "en");
  f.args = std::move(args);
  f.keys = std::move(keys);
  f.page = line.page;
  f.line = line.number;
  f.text = line.Text();
  f.origin = line.origin;
  record_->findings.push_back(std::move(f));
}

void ValueAssigner::NotePlace(const std::string& key, const std::string& label, const Line& line) {
  if (!Asked(key) || record_->places.count(key)) return;
  Place& p = record_->places[key];
  p.at.page = line.page;
  p.at.line = line.number;
  p.at.text = line.Text();
  p.at.origin = line.origin;
  p.at.ocr = line.ocr;
  p.label = label;
}

void ValueAssigner::MarkUnplaced(const std::string& key, const Line& line) {
  auto it = record_->places.find(key);
  if (it != record_->places.end() && it->second.at.page == line.page &&
      it->second.at.line == line.number && it->second.at.origin == line.origin)
    it->second.unplaced = true;
}

void ValueAssigner::Store(const std::string& key, Value value, const Rule& rule, const Line& line) {
  auto it = record_->values.find(key);
  if (it != record_->values.end()) {
    if (!(it->second == value))
      AddFinding("warning", "conflicting_values", {key}, "conflicting_values",
                 {{"first", it->second.ToDisplay()}, {"second", value.ToDisplay()}}, line);
    return;
  }
  record_->values[key] = std::move(value);
  Provenance p;
  p.page = line.page;
  p.line = line.number;
  p.rule = rule.id;
  p.text = line.Text();
  p.origin = line.origin;
  p.ocr = line.ocr;
  record_->provenance[key] = std::move(p);
}

std::vector<std::string> ValueAssigner::SplitList(const std::string& raw) const {
  std::vector<std::string> parts{raw};
  for (const Pattern& sep : patterns_.vocabulary().list_separators) {
    std::vector<std::string> next;
    for (const std::string& part : parts) {
      std::string marked = RegexReplace(sep, part, "\x1f");
      size_t b = 0;
      for (size_t i = 0; i <= marked.size(); ++i) {
        if (i == marked.size() || marked[i] == '\x1f') {
          next.push_back(marked.substr(b, i - b));
          b = i + 1;
        }
      }
    }
    parts.swap(next);
  }
  std::vector<std::string> out;
  for (std::string p : parts) {
    p = Trim(p);
    while (!p.empty() && (p.back() == '.' || p.back() == ',' || p.back() == ';')) p.pop_back();
    p = Trim(p);
    if (!p.empty()) out.push_back(p);
  }
  return out;
}

std::string ValueAssigner::CanonicalMunicipality(const std::string& key, const std::string& written,
                                                 const Line& line) {
  const MunicipalityRegistry& reg = patterns_.municipalities();
  if (const Municipality* m = reg.Find(written)) return m->name;
  // A name inside more words ("Västerås stad, vård och omsorg"): one is the
  // municipality; two are neither.
  std::vector<const Municipality*> candidates;
  if (const Municipality* m = reg.FindInText(written, &candidates)) return m->name;
  if (candidates.size() > 1) {
    std::string names;
    for (const Municipality* c : candidates) names += (names.empty() ? "" : ", ") + c->name;
    AddFinding("warning", "ambiguous_municipality", {key}, "ambiguous_municipality",
               {{"raw", written}, {"names", names}}, line);
    return "";
  }
  int distance = 0;
  const Municipality* near = reg.Nearest(written, &distance);
  if (near && distance <= 3)
    AddFinding("warning", "unknown_municipality", {key}, "unknown_municipality_near",
               {{"raw", written}, {"near", near->name}}, line);
  else
    AddFinding("warning", "unknown_municipality", {key}, "unknown_municipality", {{"raw", written}},
               line);
  return written;
}

void ValueAssigner::Assign(const std::string& key, const std::string& raw_in, const Rule& rule,
                           const Line& line, size_t key_index) {
  if (!Asked(key)) return;
  const FieldSpec* spec = patterns_.catalogue().Find(key);
  if (!spec) return;
  std::string raw = Trim(raw_in);
  if (raw.empty() || AnyFind(patterns_.vocabulary().blank_answers, U(raw))) return;
  const std::string& t = rule.TransformOf(key_index);
  // Cells run together by a reader: no value, and a finding saying what was
  // seen, rather than a name with the next cell's label glued on.
  bool free_text = rule.kind == RuleKind::kText && spec->type == FieldType::kText && t.empty();
  std::string debris = TableDebris(raw, free_text);
  if (!debris.empty()) {
    AddFinding("warning", "table_debris", {key}, "table_debris", {{"raw", raw}, {"debris", debris}},
               line);
    return;
  }
  if (t == "person") {
    std::string email = FindEmail(raw), phone = FindPhone(raw);
    std::string name = raw;
    if (!email.empty()) name.replace(name.find(email), email.size(), " ");
    if (!phone.empty() && name.find(phone) != std::string::npos)
      name.replace(name.find(phone), phone.size(), " ");
    auto pe = rule.params.find("email");
    if (!email.empty() && pe != rule.params.end() && Asked(pe->second))
      Store(pe->second, Value::Text(email), rule, line);
    auto pp = rule.params.find("phone");
    if (!phone.empty() && pp != rule.params.end() && Asked(pp->second))
      Store(pp->second, Value::Text(TidyPhone(phone)), rule, line);
    raw = Trim(Squeeze(name));
    while (!raw.empty() && (raw.back() == ',' || raw.back() == ';'))
      raw = Trim(raw.substr(0, raw.size() - 1));
    if (raw.empty()) return;
  } else if (t == "name") {
    for (const Pattern& p : patterns_.vocabulary().name_suffixes)
      raw = Trim(RegexReplace(p, raw, ""));
  } else if (t == "phone") {
    raw = TidyPhone(raw);
  } else if (t == "email") {
    // Text without a whole address (a piece of one broken over lines) is no
    // e-mail address: nothing rather than a wrong one.
    raw = FindEmail(raw);
  } else if (t == "postcode") {
    std::string digits;
    for (char c : raw)
      if (c >= '0' && c <= '9') digits += c;
    if (digits.size() == 5) raw = digits;
  } else if (t == "municipality") {
    raw = CanonicalMunicipality(key, raw, line);
  } else if (t == "county") {
    std::string county, code;
    if (patterns_.municipalities().FindCounty(raw, &county, &code)) raw = county;
  } else if (t == "days") {
    std::vector<std::string> numbers;
    std::string cur;
    for (char c : raw + " ") {
      if (c >= '0' && c <= '9')
        cur += c;
      else if (!cur.empty()) {
        numbers.push_back(cur);
        cur.clear();
      }
    }
    if (numbers.size() != 1) return;  // only a single number of days is a value
    raw = numbers[0];
  }
  if (raw.empty()) return;
  if (t == "municipalities" || spec->type == FieldType::kTextList) {
    std::vector<std::string> items = SplitList(raw);
    if (t == "municipalities") {
      for (std::string& item : items) item = CanonicalMunicipality(key, item, line);
      items.erase(std::remove(items.begin(), items.end(), std::string()), items.end());
    }
    if (!items.empty()) Store(key, Value::MakeList(items), rule, line);
    return;
  }
  switch (spec->type) {
    case FieldType::kInt:
    case FieldType::kDecimal: {
      double v;
      if (!parser_.ParseNumber(raw, &v)) {
        AddFinding("warning", "unreadable_number", {key}, "unreadable_number", {{"raw", raw}},
                   line);
        return;
      }
      if (spec->type == FieldType::kInt) {
        if (std::fabs(v - std::round(v)) > 1e-9) {
          AddFinding("warning", "not_whole_number", {key}, "not_whole_number", {{"raw", raw}},
                     line);
          return;
        }
        Store(key, Value::Int(static_cast<int64_t>(std::llround(v))), rule, line);
      } else {
        Store(key, Value::Decimal(v), rule, line);
      }
      return;
    }
    case FieldType::kBool: {
      std::string col = parser_.ColumnOf(raw);
      if (parser_.IsMark(raw) || col == "yes")
        Store(key, Value::Bool(true), rule, line);
      else if (col == "no")
        Store(key, Value::Bool(false), rule, line);
      else
        AddFinding("warning", "unreadable_mark", {key}, "unreadable_mark", {{"raw", raw}}, line);
      return;
    }
    case FieldType::kEnum: {
      std::string v = raw;
      if (std::find(spec->enum_values.begin(), spec->enum_values.end(), v) ==
          spec->enum_values.end())
        v = parser_.ColumnOf(raw);
      if (std::find(spec->enum_values.begin(), spec->enum_values.end(), v) !=
          spec->enum_values.end())
        Store(key, Value::Text(v), rule, line);
      else
        AddFinding("warning", "unreadable_choice", {key}, "unreadable_choice", {{"raw", raw}},
                   line);
      return;
    }
    case FieldType::kDate: {
      std::string iso;
      if (parser_.ParseDate(raw, &iso))
        Store(key, Value::Text(iso), rule, line);
      else
        AddFinding("warning", "unreadable_date", {key}, "unreadable_date", {{"raw", raw}}, line);
      return;
    }
    case FieldType::kText: {
      std::string tidy;
      size_t b = 0;
      while (b <= raw.size()) {
        size_t nl = raw.find('\n', b);
        if (nl == std::string::npos) nl = raw.size();
        std::string part = Trim(Squeeze(raw.substr(b, nl - b)));
        if (!part.empty()) tidy += (tidy.empty() ? "" : "\n") + part;
        b = nl + 1;
      }
      if (!tidy.empty()) Store(key, Value::Text(tidy), rule, line);
      return;
    }
    case FieldType::kTextList:
    case FieldType::kEnumList:
      return;
  }
}

void ValueAssigner::AssignChoice(const std::string& key, const std::vector<std::string>& marked,
                                 const Rule& rule, const Line& line, bool from_options) {
  if (!Asked(key)) return;
  const FieldSpec* spec = patterns_.catalogue().Find(key);
  if (!spec) return;
  if (spec->type == FieldType::kEnumList || spec->type == FieldType::kTextList) {
    if (marked.empty() && !from_options) return;
    Store(key, Value::MakeList(marked), rule, line);
    return;
  }
  if (marked.empty()) return;
  if (spec->type == FieldType::kBool) {
    if (marked.size() == 1 && (marked[0] == "yes" || marked[0] == "no")) {
      Store(key, Value::Bool(marked[0] == "yes"), rule, line);
      return;
    }
  } else if (spec->type == FieldType::kEnum) {
    const auto& ev = spec->enum_values;
    auto allowed = [&](const std::string& v) {
      return std::find(ev.begin(), ev.end(), v) != ev.end();
    };
    if (marked.size() == 1 && allowed(marked[0])) {
      Store(key, Value::Text(marked[0]), rule, line);
      return;
    }
    // The rule may give a meaning to several marks (the 2023 queue: some
    // units with a queue and some without is "partly").
    if (marked.size() > 1 && !rule.several_value.empty() && allowed(rule.several_value)) {
      Store(key, Value::Text(rule.several_value), rule, line);
      return;
    }
  }
  std::string list;
  for (const std::string& m : marked) list += (list.empty() ? "" : ", ") + m;
  AddFinding("warning", "conflicting_marks", {key}, "conflicting_marks", {{"marked", list}}, line);
}

}  // namespace redovis
