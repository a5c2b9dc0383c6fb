#include "check/checker.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace redovis {

namespace {

std::string Num(double v) {
  char buf[32];
  if (std::fabs(v - std::round(v)) < 1e-9)
    std::snprintf(buf, sizeof buf, "%.0f", v);
  else
    std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

bool Number(const Record& r, const std::string& key, double* out) {
  const Value& v = r.Get(key);
  if (!v.is_number()) return false;
  *out = v.as_number();
  return true;
}

bool Asked(const Record& r, const std::string& key) {
  return std::find(r.asked.begin(), r.asked.end(), key) != r.asked.end();
}

/// A choice as the checks name it: a bool as "yes"/"no", an enum as its value.
std::string ChoiceOf(const Value& v) {
  if (v.is_bool()) return v.as_bool() ? "yes" : "no";
  if (v.is_text()) return v.as_text();
  return "";
}

int CurrentYear() {
  std::time_t now = std::time(nullptr);
  std::tm tm_now{};
  gmtime_r(&now, &tm_now);
  return tm_now.tm_year + 1900;
}

}  // namespace

std::string FillMessage(const std::string& message,
                        const std::map<std::string, std::string>& fill) {
  std::string out;
  size_t i = 0;
  while (i < message.size()) {
    size_t open = message.find('{', i);
    size_t close = open == std::string::npos ? open : message.find('}', open);
    if (close == std::string::npos) break;
    out += message.substr(i, open - i);
    auto it = fill.find(message.substr(open + 1, close - open - 1));
    out += it != fill.end() ? it->second : message.substr(open, close - open + 1);
    i = close + 1;
  }
  if (i < message.size()) out += message.substr(i);
  return out;
}

std::string Checker::Label(const std::string& key) const {
  const FieldSpec* f = patterns_.catalogue().Find(key);
  return f && !f->label_sv.empty() ? f->label_sv : key;
}

void Checker::Flag(const CheckRule& check, const std::string& severity,
                   std::vector<std::string> keys, const std::map<std::string, std::string>& fill,
                   Record* r) const {
  int page = 0, line = 0;
  std::string text;
  if (!keys.empty()) {
    auto it = r->provenance.find(keys[0]);
    if (it != r->provenance.end()) {
      page = it->second.page;
      line = it->second.line;
      text = it->second.text;
    }
  }
  r->AddFinding(severity, check.code, std::move(keys), FillMessage(check.message, fill), page, line,
                text);
}

bool Checker::IsBlank(const Edition& edition, const Record& record) const {
  const std::vector<std::string>& derived = patterns_.derived_keys();
  for (const auto& [key, value] : record.values) {
    if (value.is_list() && value.as_list().empty()) continue;
    if (std::find(edition.preprinted.begin(), edition.preprinted.end(), key) !=
        edition.preprinted.end())
      continue;
    if (std::find(derived.begin(), derived.end(), key) != derived.end()) continue;
    return false;
  }
  return true;
}

void Checker::Run(const CheckRule& c, const Edition& edition, Record* r) const {
  const std::vector<std::string>& k = c.keys;
  switch (c.kind) {
    case CheckKind::kSum: {
      double total, sum = 0, v;
      if (!Number(*r, k[0], &total)) return;
      std::vector<std::string> keys{k[0]};
      for (size_t i = 1; i < k.size(); ++i)
        if (Number(*r, k[i], &v)) {
          sum += v;
          keys.push_back(k[i]);
        }
      if (keys.size() == 1 || std::fabs(sum - total) < 1e-9) return;
      Flag(c, c.severity, keys,
           {{"total", Num(total)}, {"total_label", Label(k[0])}, {"sum", Num(sum)}}, r);
      return;
    }
    case CheckKind::kAtMost: {
      double part, total = 0, v;
      if (!Number(*r, k[0], &part)) return;
      std::string labels;
      for (size_t i = 1; i < k.size(); ++i) {
        if (!Number(*r, k[i], &v)) return;
        total += v;
        labels += (i > 1 ? " + " : "") + Label(k[i]);
      }
      if (part <= total) return;
      // A total that is a sum of keys is named in the message, not the keys.
      std::vector<std::string> keys{k[0]};
      if (k.size() == 2) keys.push_back(k[1]);
      Flag(c, c.severity, keys,
           {{"part", Num(part)},
            {"part_label", Label(k[0])},
            {"total", Num(total)},
            {"total_label", labels}},
           r);
      return;
    }
    case CheckKind::kCounted: {
      double total, sum = 0, v;
      bool any = false;
      if (!Number(*r, k[0], &total)) return;
      for (size_t i = 1; i < k.size(); ++i)
        if (Number(*r, k[i], &v)) {
          sum += v;
          any = true;
        }
      if (!any || sum + 1e-9 >= total) return;
      Flag(c, c.severity, k,
           {{"total", Num(total)}, {"total_label", Label(k[0])}, {"sum", Num(sum)}}, r);
      return;
    }
    case CheckKind::kEqual: {
      double a, b;
      if (!Number(*r, k[0], &a) || !Number(*r, k[1], &b) || std::fabs(a - b) <= c.tolerance) return;
      if (!c.unless.empty() && r->Has(c.unless)) return;
      std::vector<std::string> keys = k;
      if (!c.unless.empty()) keys.push_back(c.unless);
      Flag(c, c.severity, keys,
           {{"a", Num(a)}, {"a_label", Label(k[0])}, {"b", Num(b)}, {"b_label", Label(k[1])}}, r);
      return;
    }
    case CheckKind::kExcluded: {
      if (ChoiceOf(r->Get(k[0])) != c.value) return;
      for (size_t i = 1; i < k.size(); ++i) {
        if (!r->Has(k[i])) continue;
        // The message names the first answer listed; the finding, the one given.
        Flag(c, c.severity, {k[i], k[0]},
             {{"answer_label", Label(k[1])}, {"choice_label", Label(k[0])}, {"value", c.value}}, r);
        return;
      }
      return;
    }
    case CheckKind::kYearRange: {
      double year;
      if (!Number(*r, k[0], &year)) return;
      int max = CurrentYear() + c.years_ahead;
      if (year >= c.min_year && year <= max) return;
      Flag(c, c.severity, {k[0]},
           {{"value", Num(year)},
            {"label", Label(k[0])},
            {"min", std::to_string(c.min_year)},
            {"max", std::to_string(max)}},
           r);
      return;
    }
    case CheckKind::kMissing: {
      if (r->Has(k[0]) || !Asked(*r, k[0])) return;
      // A finding already about the key (an unreadable date, ...) says enough.
      for (const Finding& f : r->findings)
        if (std::find(f.keys.begin(), f.keys.end(), k[0]) != f.keys.end()) return;
      Flag(c, c.severity, {k[0]}, {{"label", Label(k[0])}}, r);
      return;
    }
    case CheckKind::kDateAfterYearEnd: {
      double year;
      const Value& date = r->Get(k[0]);
      if (!Number(*r, k[1], &year) || !date.is_text()) return;
      if (date.as_text() >= Num(year) + "-12-31") return;
      bool last_month = date.as_text() >= Num(year) + "-12-01";
      const std::string& severity =
          last_month && !c.last_month_severity.empty() ? c.last_month_severity : c.severity;
      Flag(c, severity, {k[0], k[1]}, {{"date", date.as_text()}, {"year", Num(year)}}, r);
      return;
    }
    case CheckKind::kRequired:
      for (const std::string& key : edition.required)
        if (!r->Has(key) && Asked(*r, key)) Flag(c, c.severity, {key}, {{"label", Label(key)}}, r);
      return;
  }
}

void Checker::Check(const Edition& edition, Record* record) const {
  if (IsBlank(edition, *record)) {
    record->status = "blank";
    return;
  }
  for (const CheckRule& c : patterns_.checks()) Run(c, edition, record);
  bool complete = true;
  for (const std::string& key : edition.required)
    if (!record->Has(key) && Asked(*record, key)) complete = false;
  record->status = complete ? "complete" : "incomplete";
}

}  // namespace redovis
