#include "write/html_report.h"

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
tr.error td.sev{background:#f8d0d0} tr.warning td.sev{background:#fbecc0} tr.info td.sev{background:#e0ecf8}
td.status-complete{background:#d8f0d8} td.status-incomplete{background:#fbecc0}
td.status-unreadable{background:#f8d0d0} td.status-blank,td.status-no_report{background:#eee}
code{white-space:pre-wrap;font-size:.9em;background:#f6f6f6}
.summary{color:#555}
)";

void Counts(const Record& r, int* errors, int* warnings) {
  *errors = *warnings = 0;
  for (const Finding& f : r.findings) {
    if (f.severity == "error") ++*errors;
    if (f.severity == "warning") ++*warnings;
  }
}

}  // namespace

void WriteHtmlReport(std::ostream& out, const std::vector<Record>& records,
                     const std::string& title, const Catalogue& catalogue) {
  const std::string& municipality = catalogue.KeyWithRole("municipality");
  const std::string& year = catalogue.KeyWithRole("year");
  out << "<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
         "'unsafe-inline'\">\n"
      << "<title>" << HtmlEscape(title) << "</title><style>" << kStyle << "</style></head><body>\n"
      << "<h1>" << HtmlEscape(title) << "</h1>\n";
  int total_errors = 0, total_warnings = 0;
  for (const Record& r : records) {
    int e, w;
    Counts(r, &e, &w);
    total_errors += e;
    total_warnings += w;
  }
  out << "<p class=\"summary\">" << records.size() << " reports, " << total_errors << " errors, "
      << total_warnings << " warnings</p>\n";
  out << "<table id=\"files\"><thead><tr><th>#</th><th>file</th><th>status</th><th>edition</th>"
         "<th>municipality</th><th>year</th><th>errors</th><th>warnings</th></tr></thead><tbody>\n";
  for (size_t i = 0; i < records.size(); ++i) {
    const Record& r = records[i];
    int e, w;
    Counts(r, &e, &w);
    out << "<tr><td><a href=\"#r" << i + 1 << "\">" << i + 1 << "</a></td><td>"
        << HtmlEscape(r.source.file) << "</td><td class=\"status-" << HtmlEscape(r.status) << "\">"
        << HtmlEscape(r.status) << "</td><td>" << HtmlEscape(r.edition) << "</td><td>"
        << HtmlEscape(r.Get(municipality).ToDisplay()) << "</td><td>"
        << HtmlEscape(r.Get(year).ToDisplay()) << "</td><td>" << e << "</td><td>" << w
        << "</td></tr>\n";
  }
  out << "</tbody></table>\n";
  for (size_t i = 0; i < records.size(); ++i) {
    const Record& r = records[i];
    out << "<h2 id=\"r" << i + 1 << "\">" << i + 1 << ". " << HtmlEscape(r.source.file);
    if (r.source.first_page > 0)
      out << " (pages " << r.source.first_page << "–" << r.source.last_page << ")";
    else if (r.source.first_line > 0)
      out << " (lines " << r.source.first_line << "–" << r.source.last_line << ")";
    out << "</h2>\n";
    if (r.findings.empty()) {
      out << "<p>No findings.</p>\n";
      continue;
    }
    out << "<table class=\"findings\"><thead><tr><th>severity</th><th>code</th><th>keys</th>"
           "<th>where</th><th>message</th><th>source text</th></tr></thead><tbody>\n";
    for (const Finding& f : r.findings) {
      std::string keys;
      for (const std::string& k : f.keys) keys += (keys.empty() ? "" : ", ") + k;
      std::string where;
      if (f.page) where += "page " + std::to_string(f.page);
      if (f.line)
        where += (where.empty() ? "" : ", ") + std::string("line ") + std::to_string(f.line);
      out << "<tr class=\"" << HtmlEscape(f.severity) << "\"><td class=\"sev\">"
          << HtmlEscape(f.severity) << "</td><td>" << HtmlEscape(f.code) << "</td><td>"
          << HtmlEscape(keys) << "</td><td>" << where << "</td><td>" << HtmlEscape(f.message)
          << "</td><td><code>" << HtmlEscape(f.text) << "</code></td></tr>\n";
    }
    out << "</tbody></table>\n";
  }
  out << "</body></html>\n";
}

}  // namespace redovis
