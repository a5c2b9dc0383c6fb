#include "write/check_ui.h"

#include <cstdlib>
#include <ctime>

#include "patterns/tsv.h"

namespace redovis {

bool ParseSeverity(const std::string& word, Severity* out) {
  if (word == "error")
    *out = Severity::kError;
  else if (word == "warning")
    *out = Severity::kWarning;
  else if (word == "info")
    *out = Severity::kInfo;
  else
    return false;
  return true;
}

std::string ContactEmail(const Record& r, const Catalogue& catalogue) {
  std::string email = r.Get(catalogue.KeyWithRole("contact_person_email")).ToDisplay();
  return email.empty() ? r.Get(catalogue.KeyWithRole("contact_email")).ToDisplay() : email;
}

std::string ContactPerson(const Record& r, const Catalogue& catalogue) {
  return r.Get(catalogue.KeyWithRole("contact_person")).ToDisplay();
}

std::string TodayIso() {
  std::time_t now = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch)
    now = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
  std::tm tm{};
  if (std::getenv("SOURCE_DATE_EPOCH"))
    gmtime_r(&now, &tm);
  else
    localtime_r(&now, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

Status CheckUi::Load(const Messages& messages, const std::string& patterns_dir,
                     const std::string& lang) {
  if (lang != "sv" && lang != "en")
    return Status::Error("pattern_error", "unknown language '" + lang + "' (sv or en)");
  lang_ = lang;
  messages_ = &messages;
  who_.clear();
  return ReadTsv(patterns_dir + "/check_followup.tsv", "code", [&](const TsvRow& row) {
    if (row.cells.size() < 2)
      return Status::Error("pattern_error", row.where + ": expected 2 tab-separated columns");
    who_[row.cells[0]] = row.cells[1];
    return Status();
  });
}

std::string CheckUi::Text(const std::string& key,
                          const std::map<std::string, std::string>& args) const {
  const std::string* text = Find(key);
  return text ? FillPlaceholders(*text, args) : "{" + key + "}";
}

const std::string* CheckUi::Find(const std::string& key) const {
  return messages_ ? messages_->Find(key, lang_) : nullptr;
}

std::string CheckUi::StatusWord(const std::string& status) const {
  const std::string* text = Find("status." + status);
  return text ? *text : status;
}

std::string CheckUi::SeverityWord(const std::string& severity) const {
  const std::string* text = Find("severity." + severity);
  return text ? *text : severity;
}

std::string CheckUi::Where(const Finding& f) const {
  if (!f.where.empty()) return f.where;  // the place in the document's terms, in its language
  std::map<std::string, std::string> args{{"page", std::to_string(f.page)},
                                          {"line", std::to_string(f.line)}};
  if (f.page && f.line) return Text("where.page_line", args);
  if (f.page) return Text("where.page", args);
  if (f.line) return Text("where.line", args);
  return "";
}

bool CheckUi::AsksMunicipality(const std::string& code) const {
  auto it = who_.find(code);
  return it != who_.end() && it->second == "municipality";
}

ReportAction CheckUi::Assess(const Record& r, Severity fail_on) const {
  ReportAction a;
  // A report whose identifying answers were read by OCR: what it seems to
  // lack or get wrong may be the recognition's error, so every follow-up is
  // the officer's, to compare with the scan first.
  bool ocr = false;
  for (const auto& [key, from] : r.provenance) ocr = ocr || from.ocr;
  auto ask = [&](std::string message, std::string where, std::string code) {
    if (ocr)
      a.check_yourself.push_back({Text("action.ocr", {{"message", message}}), where, code});
    else
      a.ask_municipality.push_back({std::move(message), std::move(where), std::move(code)});
  };
  if (r.status == "blank") ask(Text("action.blank"), "", "");
  if (r.status == "no_report") ask(Text("action.no_report"), "", "");
  for (const Finding& f : r.findings) {
    if (f.code == "reader_note") continue;
    Severity sev;
    if (ParseSeverity(f.severity, &sev) && sev >= fail_on) a.needs_action = true;
    if (f.severity != "error" && f.severity != "warning") continue;
    std::string where = Where(f);
    if (!AsksMunicipality(f.code))
      a.check_yourself.push_back({Text("action.officer", {{"message", f.message}}), where, f.code});
    else if (r.status == "unreadable")
      ask(Text("action.unreadable", {{"code", f.code}}), where, f.code);
    else
      ask(f.message, where, f.code);
  }
  if (!a.ask_municipality.empty() || !a.check_yourself.empty()) a.needs_action = true;
  if (r.status == "unreadable") a.needs_action = true;
  return a;
}

}  // namespace redovis
