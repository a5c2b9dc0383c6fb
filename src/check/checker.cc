#include "check/checker.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace redovis {

namespace {

const char* kGroups[] = {"total", "new", "ended"};
const char* kSexes[] = {"women", "men"};
const char* kAges[] = {"age_18_29", "age_30_49", "age_50_64", "age_65_plus"};

std::string Num(double v) {
  char buf[32];
  if (std::fabs(v - std::round(v)) < 1e-9)
    std::snprintf(buf, sizeof buf, "%.0f", v);
  else
    std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

/// Adds a finding located where the first of `keys` was read.
void Flag(Record* r, const std::string& severity, const std::string& code,
          std::vector<std::string> keys, const std::string& message) {
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
  r->AddFinding(severity, code, std::move(keys), message, page, line, text);
}

bool Number(const Record& r, const std::string& key, double* out) {
  const Value& v = r.Get(key);
  if (!v.is_number()) return false;
  *out = v.as_number();
  return true;
}

}  // namespace

std::string Checker::Label(const std::string& key) const {
  const FieldSpec* f = patterns_.catalogue().Find(key);
  return f && !f->label_sv.empty() ? f->label_sv : key;
}

bool Checker::IsBlank(const Edition& edition, const Record& record) const {
  static const char* kDerived[] = {"report.municipality_code", "report.county",
                                   "report.county_code"};
  for (const auto& [key, value] : record.values) {
    if (value.is_list() && value.as_list().empty()) continue;
    if (std::find(edition.preprinted.begin(), edition.preprinted.end(), key) !=
        edition.preprinted.end())
      continue;
    if (std::find(std::begin(kDerived), std::end(kDerived), key) != std::end(kDerived)) continue;
    return false;
  }
  return true;
}

void Checker::CheckSums(Record* r) const {
  for (const char* g : kGroups) {
    for (const char* s : kSexes) {
      std::string total_key = std::string("clients.") + g + "." + s;
      double total;
      if (!Number(*r, total_key, &total)) continue;
      double sum = 0;
      int present = 0;
      std::vector<std::string> keys{total_key};
      for (const char* a : kAges) {
        std::string k = std::string("clients.") + g + "." + a + "." + s;
        double v;
        if (Number(*r, k, &v)) {
          sum += v;
          ++present;
          keys.push_back(k);
        }
      }
      if (present == 0 || std::fabs(sum - total) < 1e-9) continue;
      Flag(r, "warning", "sum_mismatch", keys,
           Label(total_key) + " " + Num(total) + ", but the age groups add up to " + Num(sum));
    }
  }
}

void Checker::CheckParts(Record* r) const {
  for (const char* s : kSexes) {
    std::string total_key = std::string("clients.total.") + s;
    double total;
    if (!Number(*r, total_key, &total)) continue;
    for (const char* part : {"clients.new.", "clients.ended.", "clients.with_children."}) {
      std::string k = std::string(part) + s;
      double v;
      if (Number(*r, k, &v) && v > total)
        Flag(r, "warning", "part_exceeds_total", {k, total_key},
             Label(k) + " " + Num(v) + " > " + Label(total_key) + " " + Num(total));
    }
  }
  double children, w, m;
  if (Number(*r, "clients.with_children.total", &children) &&
      Number(*r, "clients.total.women", &w) && Number(*r, "clients.total.men", &m) &&
      children > w + m)
    Flag(r, "warning", "part_exceeds_total", {"clients.with_children.total"},
         Label("clients.with_children.total") + " " + Num(children) + " > " + Num(w + m));
  double fte, ow = 0, om = 0;
  bool has_w = Number(*r, "ombud.women", &ow), has_m = Number(*r, "ombud.men", &om);
  if (Number(*r, "ombud.fte", &fte) && (has_w || has_m) && ow + om + 1e-9 < fte)
    Flag(r, "warning", "ombud_fte_mismatch", {"ombud.fte", "ombud.women", "ombud.men"},
         Label("ombud.fte") + " " + Num(fte) + " but only " + Num(ow + om) +
             " ombud are counted by sex");
}

void Checker::CheckGrant(Record* r) const {
  double awarded, used;
  if (Number(*r, "grant.awarded_sek", &awarded) && Number(*r, "grant.used_sek", &used) &&
      used > awarded)
    Flag(r, "warning", "grant_overspent", {"grant.used_sek", "grant.awarded_sek"},
         Label("grant.used_sek") + " " + Num(used) + " > " + Label("grant.awarded_sek") + " " +
             Num(awarded));
  if (Number(*r, "grant.awarded_fte", &awarded) && Number(*r, "grant.used_fte", &used) &&
      std::fabs(used - awarded) > 0.005 && !r->Has("grant.fewer_fte_reason"))
    Flag(r, "warning", "fte_differs_without_reason",
         {"grant.used_fte", "grant.awarded_fte", "grant.fewer_fte_reason"},
         Label("grant.used_fte") + " " + Num(used) + " ≠ " + Label("grant.awarded_fte") + " " +
             Num(awarded) + ", and no reason is given");
}

void Checker::CheckAnswers(Record* r) const {
  struct Pair {
    const char* flag;
    bool when;
    const char* text;
  };
  static const Pair kPairs[] = {
      {"training.offered", true, "training.not_offered_reason"},
      {"training.offered", false, "training.description"},
      {"supervision.offered", true, "supervision.not_offered_reason"},
      {"supervision.offered", false, "supervision.description"},
      {"access.has_priority_guidelines", true, "access.no_guidelines_reason"},
      {"access.has_priority_guidelines", false, "access.priority_order"},
  };
  for (const Pair& p : kPairs) {
    const Value& f = r->Get(p.flag);
    if (f.is_bool() && f.as_bool() == p.when && r->Has(p.text))
      Flag(r, "warning", "answer_contradicts_choice", {p.text, p.flag},
           "'" + Label(p.text) + "' is answered although " + Label(p.flag) + " is " +
               (p.when ? "yes" : "no"));
  }
  const Value& queue = r->Get("access.queue");
  if (queue.is_text() && queue.as_text() == "no" &&
      (r->Has("access.waiting_time") || r->Has("access.waiting_days")))
    Flag(r, "warning", "waiting_time_without_queue",
         {r->Has("access.waiting_time") ? "access.waiting_time" : "access.waiting_days",
          "access.queue"},
         "'" + Label("access.waiting_time") + "' is answered although " + Label("access.queue") +
             " is no");
}

void Checker::CheckDates(Record* r) const {
  double year = 0;
  bool has_year = Number(*r, "report.year", &year);
  std::time_t now = std::time(nullptr);
  std::tm tm_now{};
  gmtime_r(&now, &tm_now);
  int this_year = tm_now.tm_year + 1900;
  if (has_year && (year < 2000 || year > this_year + 1))
    Flag(r, "warning", "implausible_year", {"report.year"},
         Label("report.year") + " " + Num(year) + " is outside 2000-" +
             std::to_string(this_year + 1));
  const Value& date = r->Get("signature.date");
  bool unreadable_date = false;
  for (const Finding& f : r->findings)
    if (f.code == "unreadable_date") unreadable_date = true;
  if (date.is_null() && !unreadable_date &&
      std::find(r->asked.begin(), r->asked.end(), "signature.date") != r->asked.end())
    Flag(r, "warning", "no_signature_date", {"signature.date"},
         "the form has no signature date (" + Label("signature.date") + ")");
  if (has_year && date.is_text()) {
    std::string year_end = Num(year) + "-12-31";
    // Signed in the year's last month is usual practice; earlier is a warning.
    std::string december = Num(year) + "-12-01";
    if (date.as_text() < year_end)
      Flag(r, date.as_text() < december ? "warning" : "info", "signed_before_year_end",
           {"signature.date", "report.year"},
           "signed " + date.as_text() + ", before the reporting year " + Num(year) + " ended");
  }
}

void Checker::Check(const Edition& edition, Record* record) const {
  if (IsBlank(edition, *record)) {
    record->status = "blank";
    return;
  }
  CheckSums(record);
  CheckParts(record);
  CheckGrant(record);
  CheckAnswers(record);
  CheckDates(record);
  bool complete = true;
  for (const std::string& key : edition.required) {
    if (record->Has(key)) continue;
    if (std::find(record->asked.begin(), record->asked.end(), key) == record->asked.end()) continue;
    complete = false;
    record->AddFinding("error", "required_missing", {key},
                       "the form's required answer '" + Label(key) + "' is blank");
  }
  record->status = complete ? "complete" : "incomplete";
}

}  // namespace redovis
