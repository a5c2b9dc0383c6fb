#include "check/finding_text.h"

#include <sstream>
#include <vector>

namespace redovis {

namespace {

/// The numbers of "table 11 row 3" or "paragraph 32" (a reader's origin).
bool ParseOrigin(const std::string& origin, MessageArgs* args, std::string* id) {
  std::istringstream in(origin);
  std::string word, second;
  int a = 0, b = 0;
  if (!(in >> word >> a)) return false;
  if (word == "paragraph") {
    *id = "where.paragraph";
    (*args)["paragraph"] = std::to_string(a);
    return true;
  }
  if (word == "table" && in >> second >> b && second == "row") {
    *id = "where.table_row";
    (*args)["table"] = std::to_string(a);
    (*args)["row"] = std::to_string(b);
    return true;
  }
  return false;
}

}  // namespace

std::string FindingWhere(const Finding& f, const Source& source, const Messages& messages,
                         const std::string& language) {
  MessageArgs args;
  std::string id;
  if (!f.origin.empty() && ParseOrigin(f.origin, &args, &id))
    return messages.Render(id, args, language);
  if (f.page > 0 && f.line > 0) {
    args = {{"page", std::to_string(f.page)}, {"line", std::to_string(f.line)}};
    return messages.Render("where.page_line", args, language);
  }
  if (f.line > 0)
    return messages.Render("where.line", {{"line", std::to_string(f.line)}}, language);
  if (f.page > 0)
    return messages.Render("where.page", {{"page", std::to_string(f.page)}}, language);
  if (source.first_page > 0)
    return messages.Render(
        "where.report_pages",
        {{"first", std::to_string(source.first_page)}, {"last", std::to_string(source.last_page)}},
        language);
  if (source.first_line > 0)
    return messages.Render(
        "where.report_lines",
        {{"first", std::to_string(source.first_line)}, {"last", std::to_string(source.last_line)}},
        language);
  return "";
}

void LocaliseFindings(Record* record, const Messages& messages, const std::string& language) {
  for (Finding& f : record->findings) {
    if (!f.message_id.empty()) {
      std::string id = f.message_id;
      if (messages.Has(id + "." + f.code)) id += "." + f.code;  // a code's own wording wins
      f.message = messages.Render(id, f.args, f.parts, language);
    }
    f.where = FindingWhere(f, record->source, messages, language);
  }
}

std::vector<std::string> CheckSummaryLines(const Record& r, const Catalogue& catalogue,
                                           const Messages& messages, const std::string& language) {
  int errors = 0, warnings = 0;
  for (const Finding& f : r.findings) {
    if (f.severity == "error") ++errors;
    if (f.severity == "warning") ++warnings;
  }
  std::string head = r.source.file;
  if (r.source.first_line > 0) {
    bool pages = r.source.first_page > 0;
    MessageArgs range = {
        {"first", std::to_string(pages ? r.source.first_page : r.source.first_line)},
        {"last", std::to_string(pages ? r.source.last_page : r.source.last_line)}};
    head +=
        " (" + messages.Render(pages ? "summary.pages" : "summary.lines", range, language) + ")";
  }
  std::string who = r.Get(catalogue.KeyWithRole("municipality")).ToDisplay();
  std::string year = r.Get(catalogue.KeyWithRole("year")).ToDisplay();
  std::string status = r.status.empty() ? "" : messages.Render("status." + r.status, {}, language);
  head += "  " + status;
  if (!r.edition.empty()) head += "  " + r.edition;
  if (!who.empty() || !year.empty()) head += "  " + who + (year.empty() ? "" : " " + year);
  head += "  " + messages.Render(
                     "summary.counts",
                     {{"errors", std::to_string(errors)}, {"warnings", std::to_string(warnings)}},
                     language);
  std::vector<std::string> out{head};
  for (const Finding& f : r.findings) {
    if (f.severity == "info" && f.code == "reader_note") continue;
    std::string line =
        "  " + messages.Render("severity." + f.severity, {}, language) + " " + f.code;
    if (!f.keys.empty()) {
      line += " [";
      for (size_t i = 0; i < f.keys.size(); ++i) line += (i ? ", " : "") + f.keys[i];
      line += "]";
    }
    std::string where = f.where.empty() ? FindingWhere(f, r.source, messages, language) : f.where;
    if (!where.empty()) line += " " + where;
    if (!f.label.empty())
      line += " " + messages.Render("where.label", {{"label", f.label}}, language);
    out.push_back(line + ": " + f.message);
  }
  return out;
}

}  // namespace redovis
