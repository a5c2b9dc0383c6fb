#include "write/html_report.h"

#include <map>
#include <set>

namespace redovis {

std::string HtmlEscape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

namespace {

const char* kStyle = R"(
body{font-family:system-ui,sans-serif;margin:2em;color:#222}
h1{font-size:1.4em} h2{font-size:1.1em;margin-top:2em}
table{border-collapse:collapse;width:100%;margin:.5em 0}
th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#eef}
ul{margin:0;padding-left:1.2em}
tr.error td.sev{background:#f8d0d0} tr.warning td.sev{background:#fbecc0} tr.info td.sev{background:#e0ecf8}
td.status-complete{background:#d8f0d8} td.status-incomplete{background:#fbecc0}
td.status-unreadable{background:#f8d0d0} td.status-blank,td.status-no_report{background:#eee}
td.action{font-weight:bold}
code{white-space:pre-wrap;font-size:.9em;background:#f6f6f6}
.summary{color:#555}
)";

void FollowUps(std::ostream& out, const std::vector<FollowUp>& items) {
  out << "<td>";
  if (!items.empty()) {
    out << "<ul>";
    for (const FollowUp& f : items)
      out << "<li>" << HtmlEscape(f.message)
          << (f.where.empty() ? "" : " (" + HtmlEscape(f.where) + ")") << "</li>";
    out << "</ul>";
  }
  out << "</td>";
}

std::string Range(const Record& r, const CheckUi& ui) {
  const char* key = r.source.first_page > 0 ? "where.pages" : "where.lines";
  int first = r.source.first_page > 0 ? r.source.first_page : r.source.first_line;
  int last = r.source.first_page > 0 ? r.source.last_page : r.source.last_line;
  if (first <= 0) return "";
  return ui.Text(key, {{"first", std::to_string(first)}, {"last", std::to_string(last)}});
}

}  // namespace

void WriteHtmlReport(std::ostream& out, const std::vector<Record>& records, const CheckPage& page,
                     const CheckUi& ui, const Catalogue& catalogue) {
  const std::string& municipality = catalogue.KeyWithRole("municipality");
  const std::string& year = catalogue.KeyWithRole("year");
  std::vector<ReportAction> actions;
  std::set<std::string> files, files_to_act;
  for (const Record& r : records) {
    actions.push_back(ui.Assess(r, page.fail_on));
    files.insert(r.source.file);
    if (actions.back().needs_action) files_to_act.insert(r.source.file);
  }
  std::map<std::string, std::string> counts{
      {"files", std::to_string(files.size())},
      {"action", std::to_string(files_to_act.size())},
      {"ok", std::to_string(files.size() - files_to_act.size())}};
  std::string title = ui.Text("html.title");
  out << "<!DOCTYPE html>\n<html lang=\"" << HtmlEscape(ui.lang())
      << "\"><head><meta charset=\"utf-8\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
         "'unsafe-inline'\">\n"
      << "<title>" << HtmlEscape(title) << "</title><style>" << kStyle << "</style></head><body>\n"
      << "<h1>" << HtmlEscape(title) << "</h1>\n"
      << "<p id=\"run\">" << HtmlEscape(ui.Text("html.date")) << ": <time>" << HtmlEscape(page.date)
      << "</time><br>" << HtmlEscape(ui.Text("html.inbox")) << ": <code>" << HtmlEscape(page.inbox)
      << "</code></p>\n"
      << "<p class=\"summary\" id=\"summary\">" << HtmlEscape(ui.Text("html.summary", counts))
      << "</p>\n";
  out << "<table id=\"files\"><thead><tr><th>#</th>";
  for (const char* col :
       {"html.col.file", "html.col.status", "html.col.municipality", "html.col.year",
        "html.col.contact", "html.col.email", "html.col.action", "html.col.officer"})
    out << "<th>" << HtmlEscape(ui.Text(col)) << "</th>";
  out << "</tr></thead><tbody>\n";
  for (size_t i = 0; i < records.size(); ++i) {
    const Record& r = records[i];
    const ReportAction& a = actions[i];
    std::string email = ContactEmail(r, catalogue);
    out << "<tr><td><a href=\"#r" << i + 1 << "\">" << i + 1 << "</a></td><td>"
        << HtmlEscape(r.source.file) << "</td><td class=\"status-" << HtmlEscape(r.status) << "\">"
        << HtmlEscape(ui.StatusWord(r.status)) << "<br><span class=\""
        << (a.needs_action ? "action\">" + HtmlEscape(ui.Text("html.needs_action"))
                           : "ok\">" + HtmlEscape(ui.Text("html.ok")))
        << "</span></td><td>" << HtmlEscape(r.Get(municipality).ToDisplay()) << "</td><td>"
        << HtmlEscape(r.Get(year).ToDisplay()) << "</td><td>"
        << HtmlEscape(ContactPerson(r, catalogue)) << "</td><td>";
    if (!email.empty())
      out << "<a href=\"mailto:" << HtmlEscape(email) << "\">" << HtmlEscape(email) << "</a>";
    out << "</td>";
    FollowUps(out, a.ask_municipality);
    FollowUps(out, a.check_yourself);
    out << "</tr>\n";
  }
  out << "</tbody></table>\n";
  if (!page.county.empty()) {
    out << "<h2 id=\"not-reported\">"
        << HtmlEscape(ui.Text("html.not_reported", {{"county", page.county}})) << "</h2>\n";
    if (page.not_reported.empty()) {
      out << "<p>" << HtmlEscape(ui.Text("html.all_reported", {{"county", page.county}}))
          << "</p>\n";
    } else {
      out << "<ul>";
      for (const std::string& name : page.not_reported)
        out << "<li>" << HtmlEscape(name) << "</li>";
      out << "</ul>\n";
    }
  }
  out << "<h2>" << HtmlEscape(ui.Text("html.findings")) << "</h2>\n";
  for (size_t i = 0; i < records.size(); ++i) {
    const Record& r = records[i];
    std::string range = Range(r, ui);
    out << "<h2 id=\"r" << i + 1 << "\">" << i + 1 << ". " << HtmlEscape(r.source.file)
        << (range.empty() ? "" : " (" + HtmlEscape(range) + ")") << "</h2>\n";
    if (r.findings.empty()) {
      out << "<p>" << HtmlEscape(ui.Text("html.no_findings")) << "</p>\n";
      continue;
    }
    out << "<table class=\"findings\"><thead><tr>";
    for (const char* col : {"html.col.severity", "html.col.code", "html.col.where",
                            "html.col.message", "html.col.text"})
      out << "<th>" << HtmlEscape(ui.Text(col)) << "</th>";
    out << "</tr></thead><tbody>\n";
    for (const Finding& f : r.findings) {
      out << "<tr class=\"" << HtmlEscape(f.severity) << "\"><td class=\"sev\">"
          << HtmlEscape(ui.SeverityWord(f.severity)) << "</td><td>" << HtmlEscape(f.code)
          << "</td><td>" << HtmlEscape(ui.Where(f)) << "</td><td>" << HtmlEscape(f.message)
          << "</td><td><code>" << HtmlEscape(f.text) << "</code></td></tr>\n";
    }
    out << "</tbody></table>\n";
  }
  out << "</body></html>\n";
}

}  // namespace redovis
