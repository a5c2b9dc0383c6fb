#include "check/checker.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

#include "check/unfound_questions.h"
#include "patterns/regex.h"
#include "patterns/rule_keys.h"

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

/// True when the form's place for `key` was found and holds nothing: its
/// label alone, on a line not read by OCR (a scan's empty answer may be
/// handwriting OCR could not read).
bool FoundBlank(const Record& r, const std::string& key) {
  auto place = r.places.find(key);
  return place != r.places.end() && !place->second.unplaced && !place->second.at.ocr;
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

/// True for the kinds that compare numbers (Checker::Fails).
bool Compares(CheckKind kind) {
  return kind == CheckKind::kSum || kind == CheckKind::kAtMost || kind == CheckKind::kCounted ||
         kind == CheckKind::kEqual || kind == CheckKind::kPerUnit;
}

}  // namespace

std::string Checker::Label(const std::string& key) const {
  const FieldSpec* f = patterns_.catalogue().Find(key);
  return f && !f->label_sv.empty() ? f->label_sv : key;
}

void Checker::Locate(const std::vector<std::string>& keys, const Record& r, Finding* f) const {
  if (keys.empty()) return;
  // Located where the first key was read, else where its label stands.
  auto it = r.provenance.find(keys[0]);
  auto place = r.places.find(keys[0]);
  const Provenance* at = it != r.provenance.end()
                             ? &it->second
                             : (place != r.places.end() ? &place->second.at : nullptr);
  if (at) {
    f->page = at->page;
    f->line = at->line;
    f->text = at->text;
    f->origin = at->origin;
  }
  if (place != r.places.end()) f->label = place->second.label;
}

void Checker::Flag(const CheckRule& check, const std::string& severity,
                   std::vector<std::string> keys, const std::map<std::string, std::string>& fill,
                   Record* r) const {
  Finding f;
  f.severity = severity;
  f.code = check.code;
  f.message_id = check.message;
  f.args = fill;
  f.message = check.message.empty() ? patterns_.messages().Fill(check.message_text, fill, "en")
                                    : patterns_.messages().Render(check.message, fill, "en");
  Locate(keys, *r, &f);
  f.keys = std::move(keys);
  r->findings.push_back(std::move(f));
}

bool Checker::ReadingFailed(const Record& r, const std::string& key) const {
  // A finding the reading made about the key (a number, mark or date it
  // could not read, an ambiguous column): the key's value is unknown, not
  // absent. Absence findings of the checks themselves do not count.
  for (const Finding& f : r.findings)
    if (std::find(f.keys.begin(), f.keys.end(), key) != f.keys.end() && !IsCheckCode(f.code))
      return true;
  auto place = r.places.find(key);
  return place != r.places.end() && place->second.unplaced && !r.Has(key);
}

bool Checker::Unreadable(const Record& r, const std::string& key) const {
  if (ReadingFailed(r, key)) return true;
  // A value read by OCR from an image is not certain enough to blame anyone.
  auto p = r.provenance.find(key);
  return p != r.provenance.end() && p->second.ocr;
}

bool Checker::IsCheckCode(const std::string& code) const {
  for (const CheckRule& c : patterns_.checks())
    if (c.code == code) return true;
  return false;
}

bool Checker::IsBlank(const Edition& edition, const Record& record) const {
  return HoldsOnlyPrinted(patterns_, edition, record);
}

bool Checker::Fails(const CheckRule& c, const Record& r, std::vector<std::string>* keys,
                    std::map<std::string, std::string>* fill) const {
  const std::vector<std::string>& k = c.keys;
  switch (c.kind) {
    case CheckKind::kSum: {
      double total, sum = 0, v;
      if (!Number(r, k[0], &total)) return false;
      *keys = {k[0]};
      for (size_t i = 1; i < k.size(); ++i)
        if (Number(r, k[i], &v)) {
          sum += v;
          keys->push_back(k[i]);
        }
      if (keys->size() == 1 || std::fabs(sum - total) < 1e-9) return false;
      *fill = {{"total", Num(total)}, {"total_label", Label(k[0])}, {"sum", Num(sum)}};
      return true;
    }
    case CheckKind::kAtMost: {
      double part, total = 0, v;
      if (!Number(r, k[0], &part)) return false;
      std::string labels;
      for (size_t i = 1; i < k.size(); ++i) {
        if (!Number(r, k[i], &v)) return false;
        total += v;
        labels += (i > 1 ? " + " : "") + Label(k[i]);
      }
      if (part <= total) return false;
      // A total that is a sum of keys is named in the message, not the keys.
      *keys = {k[0]};
      if (k.size() == 2) keys->push_back(k[1]);
      *fill = {{"part", Num(part)},
               {"part_label", Label(k[0])},
               {"total", Num(total)},
               {"total_label", labels}};
      return true;
    }
    case CheckKind::kCounted: {
      double total, sum = 0, v;
      bool any = false;
      if (!Number(r, k[0], &total)) return false;
      for (size_t i = 1; i < k.size(); ++i)
        if (Number(r, k[i], &v)) {
          sum += v;
          any = true;
        }
      if (!any || sum + 1e-9 >= total) return false;
      *keys = k;
      *fill = {{"total", Num(total)}, {"total_label", Label(k[0])}, {"sum", Num(sum)}};
      return true;
    }
    case CheckKind::kEqual: {
      double a, b;
      if (!Number(r, k[0], &a) || !Number(r, k[1], &b) || std::fabs(a - b) <= c.tolerance)
        return false;
      if (!c.unless.empty() && r.Has(c.unless)) return false;
      *keys = k;
      if (!c.unless.empty()) keys->push_back(c.unless);
      *fill = {{"a", Num(a)}, {"a_label", Label(k[0])}, {"b", Num(b)}, {"b_label", Label(k[1])}};
      return true;
    }
    case CheckKind::kPerUnit: {
      double amount, count, year, rate;
      if (!Number(r, k[0], &amount) || !Number(r, k[1], &count) || !Number(r, k[2], &year))
        return false;
      if (!patterns_.Rate(c.rates, static_cast<int>(year), &rate)) return false;  // unknown year
      double expected = count * rate;
      if (std::fabs(amount - expected) <= c.tolerance * expected) return false;
      *keys = {k[0], k[1]};
      *fill = {{"amount", Num(amount)},      {"amount_label", Label(k[0])}, {"count", Num(count)},
               {"count_label", Label(k[1])}, {"rate", Num(rate)},           {"year", Num(year)},
               {"expected", Num(expected)}};
      return true;
    }
    default:
      return false;
  }
}

bool Checker::ReadUnsurely(const Record& r, const std::string& key, int below) const {
  auto p = r.provenance.find(key);
  return p != r.provenance.end() && p->second.ocr && p->second.ocr_confidence >= 0 &&
         p->second.ocr_confidence < below;
}

void Checker::FlagOcrContradiction(const CheckRule& c, const Edition& edition, const Record& view,
                                   Record* r) const {
  // The values read by OCR that the failing check compares: one of them (or
  // one not read by OCR) is wrong, and OCR's are the likelier.
  std::vector<std::string> keys;
  std::string labels;
  for (const std::string& key : c.keys) {
    if (!view.Has(key)) continue;
    labels += (labels.empty() ? "" : ", ") + Label(key) + " " + view.Get(key).ToDisplay();
    auto p = r->provenance.find(key);
    if (p != r->provenance.end() && p->second.ocr) keys.push_back(key);
  }
  if (keys.empty()) return;
  // A sum's parts the scan did not give: asked, no value, their label not
  // found (a label found without its answer gets value_unreadable, a
  // required answer not found answer_not_found). The sum cannot say which
  // of them holds the rest: the finding names each, so that none is lost
  // unsaid (the tool's failure, never the municipality's omission).
  std::vector<std::string> unread;
  std::string unread_labels;
  if (c.kind == CheckKind::kSum || c.kind == CheckKind::kCounted)
    for (size_t i = 1; i < c.keys.size(); ++i) {
      const std::string& key = c.keys[i];
      if (view.Has(key) || !QuestionNotFound(patterns_, edition, *r, key) ||
          std::find(edition.required.begin(), edition.required.end(), key) !=
              edition.required.end())
        continue;
      unread.push_back(key);
      unread_labels += (unread_labels.empty() ? "'" : ", '") + Label(key) + "'";
    }
  Finding f;
  f.severity = "warning";
  f.code = "ocr_uncertain";
  f.message_id = unread.empty() ? "ocr_check_contradicts" : "ocr_check_contradicts_unread";
  f.args = {{"label", Label(keys[0])}, {"value", r->Get(keys[0]).ToDisplay()}, {"values", labels}};
  if (!unread.empty()) f.args["unread"] = unread_labels;
  f.message = patterns_.messages().Render(f.message_id, f.args, "en");
  Locate(keys, *r, &f);
  keys.insert(keys.end(), unread.begin(), unread.end());
  f.keys = std::move(keys);
  r->findings.push_back(std::move(f));
}

bool Checker::ProvenBySum(const Record& r, const std::string& key, int below,
                          std::map<std::string, std::string>* fill) const {
  bool proven = false;
  for (const CheckRule& c : patterns_.checks()) {
    if (c.kind != CheckKind::kSum) continue;
    if (std::find(c.keys.begin(), c.keys.end(), key) == c.keys.end()) continue;
    // The sum as its check reads it (a part not read counts as absent),
    // every other value in it read surely and with no reading finding:
    // else it proves nothing.
    Record view;
    int others = 0;
    bool blocked = false;
    for (const std::string& k : c.keys) {
      if (!r.Has(k)) continue;
      if (k != key && (ReadingFailed(r, k) || ReadUnsurely(r, k, below))) {
        blocked = true;
        break;
      }
      view.values[k] = r.Get(k);
      others += k != key;
    }
    if (blocked) continue;
    std::vector<std::string> keys;
    std::map<std::string, std::string> sum_fill;
    if (Fails(c, view, &keys, &sum_fill)) return false;  // a sum it breaks: no proof
    // Held by at least two other values (a total and two parts, or the
    // total and another part): a lone digit does not prove another.
    if (!view.Has(c.keys[0]) || others < 2) continue;
    double sum = 0;
    for (size_t i = 1; i < c.keys.size(); ++i)
      if (view.Has(c.keys[i])) sum += view.Get(c.keys[i]).as_number();
    *fill = {{"total_label", Label(c.keys[0])}, {"sum", Num(sum)}};
    proven = true;
  }
  return proven;
}

void Checker::Run(const CheckRule& c, const Edition& edition, bool read_in_part, Record* r) const {
  const std::vector<std::string>& k = c.keys;
  // A check never fires on a value the tool could not read. One that
  // compares numbers read by OCR fails on them as an OCR finding on those
  // values (one of them may be misread), never as the municipality's
  // error; with a number OCR read too unsurely to be taken, it is not made.
  bool by_ocr = false, unsure = false;
  const int below = patterns_.TrustedOcrConfidence();
  for (const std::string& key : k) {
    if (ReadingFailed(*r, key)) return;
    auto p = r->provenance.find(key);
    by_ocr |= p != r->provenance.end() && p->second.ocr;
    unsure |= ReadUnsurely(*r, key, below);
  }
  if (Compares(c.kind)) {
    if (unsure) return;
    // A document read in part: a key with no value may be the tool's loss.
    if (read_in_part)
      for (const std::string& key : k)
        if (!r->Has(key)) return;
    std::vector<std::string> with = k;
    if (!c.unless.empty()) with.push_back(c.unless);
    // So is, in any document, a key whose question was never found (a part
    // of a sum, the reason that explains a difference may stand where the
    // tool did not read it). On values OCR read, a failing sum's finding
    // names such parts instead (FlagOcrContradiction).
    if (!by_ocr)
      for (const std::string& key : with)
        if (QuestionNotFound(patterns_, edition, *r, key)) return;
    Record view;
    for (const std::string& key : with)
      if (r->Has(key)) view.values[key] = r->Get(key);
    std::vector<std::string> keys;
    std::map<std::string, std::string> fill;
    if (!Fails(c, view, &keys, &fill)) return;
    if (by_ocr)
      FlagOcrContradiction(c, edition, view, r);
    else
      Flag(c, c.severity, keys, fill, r);
    return;
  }
  if (by_ocr) return;
  switch (c.kind) {
    case CheckKind::kExcluded: {
      if (ChoiceOf(r->Get(k[0])) != c.value) return;
      for (size_t i = 1; i < k.size(); ++i) {
        if (!r->Has(k[i])) continue;
        // A remark where the answer would stand is no answer (answers=).
        if (c.answers.compiled && !RegexFind(c.answers, r->Get(k[i]).ToDisplay())) continue;
        // The message names the first answer listed; the finding, the one given.
        Flag(c, c.severity, {k[i], k[0]},
             {{"answer_label", Label(k[1])},
              {"choice_label", Label(k[0])},
              {"value", "@choice." + c.value}},
             r);
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
      if (r->Has(k[0]) || !Asked(*r, k[0]) || !FoundBlank(*r, k[0])) return;
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
      // Only where the form's place for the answer was found, and is empty.
      for (const std::string& key : edition.required)
        if (!r->Has(key) && Asked(*r, key) && FoundBlank(*r, key) && !Unreadable(*r, key))
          Flag(c, c.severity, {key}, {{"label", Label(key)}}, r);
      return;
    case CheckKind::kUnplaced:
      // Every asked key whose label was found with an answer the tool could
      // not read, and no finding about it yet.
      for (const std::string& key : r->asked) {
        auto place = r->places.find(key);
        if (r->Has(key) || place == r->places.end() || FoundBlank(*r, key)) continue;
        bool named = false;
        for (const Finding& f : r->findings)
          named |= std::find(f.keys.begin(), f.keys.end(), key) != f.keys.end();
        if (named) continue;
        Flag(c, c.severity, {key}, {{"label", Label(key)}, {"text", place->second.at.text}}, r);
      }
      return;
    case CheckKind::kNotFound:
      for (const std::string& key : edition.required) {
        if (!QuestionNotFound(patterns_, edition, *r, key)) continue;
        bool named = false;
        for (const Finding& f : r->findings)
          named |= std::find(f.keys.begin(), f.keys.end(), key) != f.keys.end();
        if (!named) Flag(c, c.severity, {key}, {{"label", Label(key)}}, r);
      }
      return;
    case CheckKind::kUnfound:
      // One finding a section, naming every question of it not found.
      for (const UnfoundGroup& g : UnfoundQuestions(patterns_, edition, *r)) {
        std::string labels;
        for (const std::string& key : g.keys)
          labels += (labels.empty() ? "'" : ", '") + Label(key) + "'";
        Flag(c, c.severity, g.keys, {{"count", std::to_string(g.keys.size())}, {"labels", labels}},
             r);
      }
      return;
    case CheckKind::kOcr: {
      // One finding a report, located at the first value read by OCR.
      std::string first;
      int count = 0;
      for (const auto& [key, p] : r->provenance)
        if (p.ocr && ++count == 1) first = key;
      for (const auto& [key, p] : r->provenance)
        if (p.ocr && (p.page < r->provenance[first].page ||
                      (p.page == r->provenance[first].page && p.line < r->provenance[first].line)))
          first = key;
      if (count > 0) Flag(c, c.severity, {first}, {{"count", std::to_string(count)}}, r);
      return;
    }
    case CheckKind::kOcrConfidence: {
      // A number, mark, choice or date read by OCR with low confidence is
      // not taken: a wrong value is worse than none. The value is withdrawn
      // (null, the key unreadable) and the finding says what was read and
      // how surely, at the place it was read. Free text has its own test
      // when it is read (ocr_garbage). A number the form's own sum proves
      // (ProvenBySum) is kept, with a finding saying so.
      std::vector<std::string> unsure;
      for (const std::string& key : r->asked) {
        auto p = r->provenance.find(key);
        const FieldSpec* spec = patterns_.catalogue().Find(key);
        if (p == r->provenance.end() || !r->Has(key) || !spec || !p->second.ocr ||
            p->second.ocr_confidence < 0 || p->second.ocr_confidence >= c.below)
          continue;
        if (spec->type == FieldType::kText || spec->type == FieldType::kTextList) continue;
        unsure.push_back(key);
      }
      std::vector<std::string> proven;
      std::vector<std::map<std::string, std::string>> proofs;
      for (const std::string& key : unsure) {
        std::map<std::string, std::string> proof;
        if (!r->Get(key).is_number() || !ProvenBySum(*r, key, c.below, &proof)) continue;
        proven.push_back(key);
        proofs.push_back(std::move(proof));
      }
      for (const std::string& key : unsure) {
        std::map<std::string, std::string> fill{
            {"label", Label(key)},
            {"value", r->Get(key).ToDisplay()},
            {"confidence", std::to_string(r->provenance.at(key).ocr_confidence)}};
        auto at = std::find(proven.begin(), proven.end(), key);
        if (at != proven.end()) {
          fill.merge(proofs[at - proven.begin()]);
          Finding f;
          f.severity = c.severity;
          f.code = c.code;
          f.message_id = "ocr_unsure_summed";
          f.args = fill;
          f.message = patterns_.messages().Render(f.message_id, fill, "en");
          Locate({key}, *r, &f);
          f.keys = {key};
          r->findings.push_back(std::move(f));
          continue;
        }
        Flag(c, c.severity, {key}, fill, r);
        r->values.erase(key);
        r->provenance.erase(key);
      }
      return;
    }
    default:
      return;
  }
}

void Checker::Check(const Edition& edition, Record* record, bool read_in_part) const {
  // A record with no answer from a document the reader read in part is the
  // tool's loss, never a blank form: its questions are named as not found.
  if (!read_in_part && IsBlank(edition, *record)) {
    record->status = "blank";
    return;
  }
  for (const CheckRule& c : patterns_.checks()) Run(c, edition, read_in_part, record);
  bool complete = true;
  for (const std::string& key : edition.required)
    if (!record->Has(key) && Asked(*record, key)) complete = false;
  record->status = complete ? "complete" : "incomplete";
}

}  // namespace redovis
