#include "cli/explain_command.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "base/display_text.h"

namespace redovis {

namespace {

struct Paint {
  bool on;
  std::string operator()(const char* code, const std::string& text) const {
    return on ? std::string("\x1b[") + code + "m" + text + "\x1b[0m" : text;
  }
};

std::string Number(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", x);
  return buf;
}

std::string Where(int page, int number) {
  return (page > 0 ? std::to_string(page) + ":" : std::string()) + std::to_string(number);
}

std::string CellsText(const ExplainedLine& l) {
  std::string out;
  for (size_t c = 0; c < l.cells.size(); ++c) {
    const ExplainedCell& cell = l.cells[c];
    if (c) out += " | ";
    if (cell.x0 >= 0) out += "@" + Number(cell.x0) + "-" + Number(cell.x1) + " ";
    if (cell.checkbox == "checked") out += "[x] ";
    if (cell.checkbox == "unchecked") out += "[ ] ";
    out += cell.text;
  }
  return out;
}

}  // namespace

bool WantColour(int fd, const char* no_color) {
  return isatty(fd) && (no_color == nullptr || *no_color == '\0');
}

void AddExplainCommand(CLI::App* parent, ExplainCommand* cmd) {
  auto* app = parent->add_subcommand(
      "explain",
      "show how a file was read: each line, its section, the rule that matched, the "
      "value it gave, and why each null key is null");
  cmd->app = app;
  app->add_option("FILE", cmd->file, "the report to explain")->required();
  app->add_option("--key,-k", cmd->key,
                  "only this key (redovis fields lists them; default: every key)");
  app->add_option("--format,-f", cmd->format, "text or json (default: " + cmd->format + ")")
      ->check(CLI::IsMember({"text", "json"}));
  app->footer(
      "Exit status: 0 explained; 1 the file could not be read; 2 a wrong command line or an "
      "unknown key.\n"
      "\n"
      "Examples:\n"
      "  redovis explain report.docx\n"
      "  redovis explain report.pdf --key clients.total.women\n"
      "  redovis explain report.txt --format json\n");
}

void RenderExplanationText(const Explanation& e, bool colour, std::ostream& out) {
  Paint paint{colour};
  out << paint("1", DisplayText(e.file)) << " (" << DisplayText(e.format)
      << "): " << e.reports.size() << (e.reports.size() == 1 ? " report" : " reports") << "\n";
  for (size_t r = 0; r < e.reports.size(); ++r) {
    const ExplainedReport& rep = e.reports[r];
    out << "report " << r + 1 << ": " << rep.edition << ", lines " << rep.first_line << "-"
        << rep.last_line << ", " << rep.status << ", " << rep.values << " of " << rep.asked
        << " keys read\n";
  }
  if (!e.key.empty()) {
    for (const GivenValue& g : e.found)
      out << paint("32", DisplayText(g.key) + " = " + DisplayText(g.value)) << "  (" << g.rule
          << ")\n";
    if (e.found.empty() && e.nulls.empty())
      out << DisplayText(e.key) << ": no report of this file asks for it\n";
  }
  out << "\n";
  int report = -2;
  for (const ExplainedLine& l : e.lines) {
    if (l.report != report && e.key.empty()) {
      report = l.report;
      out << paint("1", report < 0 ? "-- outside every report"
                                   : "-- report " + std::to_string(report + 1) + " (" +
                                         e.reports[static_cast<size_t>(report)].edition + ")")
          << "\n";
    }
    std::string mark = l.unread ? paint("33", "?") : " ";
    std::string where = Where(l.page, l.number);
    out << mark << " " << where << std::string(where.size() < 7 ? 7 - where.size() : 1, ' ')
        << paint("2", l.section.empty() ? "-" : DisplayText(l.section)) << "  "
        << (l.use.empty() ? "-" : l.use) << "  " << DisplayText(CellsText(l));
    if (!l.origin.empty()) out << paint("2", "  (" + DisplayText(l.origin) + ")");
    out << "\n";
    for (const RuleHit& h : l.rules)
      out << "          " << paint("36", h.rule) << " " << h.kind << " (cell " << h.cell << ")\n";
    for (const GivenValue& g : l.values)
      out << "          " << paint("32", DisplayText(g.key) + " = " + DisplayText(g.value)) << "\n";
  }
  if (!e.nulls.empty()) out << "\n" << paint("1", "null keys") << "\n";
  for (const NullKey& n : e.nulls) {
    out << paint("31", DisplayText(n.key)) << "  (report " << n.report + 1;
    if (!n.label_sv.empty()) out << ", " << DisplayText(n.label_sv);
    out << ")\n  " << NullReasonName(n.reason) << ": " << DisplayText(n.detail) << "\n";
    for (const Candidate& c : n.candidates) {
      char sim[16];
      std::snprintf(sim, sizeof sim, "%.2f", c.similarity);
      out << "  nearest " << Where(c.page, c.number) << " (" << sim << " to '"
          << DisplayText(c.label) << "', " << c.rule << "): " << DisplayText(c.text) << "\n";
    }
  }
}

std::string RenderExplanationJson(const Explanation& e) {
  using J = nlohmann::ordered_json;
  J j;
  j["file"] = e.file;
  j["format"] = e.format;
  if (!e.key.empty()) j["key"] = e.key;
  j["reports"] = J::array();
  for (const ExplainedReport& r : e.reports)
    j["reports"].push_back({{"edition", r.edition},
                            {"status", r.status},
                            {"first_line", r.first_line},
                            {"last_line", r.last_line},
                            {"first_page", r.first_page},
                            {"last_page", r.last_page},
                            {"values", r.values},
                            {"asked", r.asked}});
  j["lines"] = J::array();
  for (const ExplainedLine& l : e.lines) {
    J line;
    line["page"] = l.page;
    line["line"] = l.number;
    if (!l.origin.empty()) line["origin"] = l.origin;
    line["report"] = l.report < 0 ? J() : J(l.report + 1);
    line["section"] = l.section.empty() ? J() : J(l.section);
    line["use"] = l.use.empty() ? J() : J(l.use);
    line["cells"] = J::array();
    for (const ExplainedCell& c : l.cells) {
      J cell;
      cell["text"] = c.text;
      if (c.x0 >= 0) {
        cell["x0"] = c.x0;
        cell["x1"] = c.x1;
      }
      if (!c.checkbox.empty()) cell["checkbox"] = c.checkbox;
      line["cells"].push_back(cell);
    }
    line["rules"] = J::array();
    for (const RuleHit& h : l.rules)
      line["rules"].push_back({{"rule", h.rule}, {"kind", h.kind}, {"cell", h.cell}});
    line["values"] = J::array();
    for (const GivenValue& g : l.values)
      line["values"].push_back({{"key", g.key}, {"value", g.value}, {"rule", g.rule}});
    line["unread"] = l.unread;
    j["lines"].push_back(line);
  }
  if (!e.key.empty()) {
    j["found"] = J::array();
    for (const GivenValue& g : e.found)
      j["found"].push_back({{"key", g.key}, {"value", g.value}, {"rule", g.rule}});
  }
  j["nulls"] = J::array();
  for (const NullKey& n : e.nulls) {
    J nk;
    nk["report"] = n.report + 1;
    nk["key"] = n.key;
    nk["label_sv"] = n.label_sv;
    nk["reason"] = NullReasonName(n.reason);
    nk["detail"] = n.detail;
    nk["nearest"] = J::array();
    for (const Candidate& c : n.candidates)
      nk["nearest"].push_back({{"page", c.page},
                               {"line", c.number},
                               {"text", c.text},
                               {"similarity", std::round(c.similarity * 100) / 100},
                               {"rule", c.rule},
                               {"label", c.label}});
    j["nulls"].push_back(nk);
  }
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

int RunExplain(const ExplainCommand& cmd, const PatternSet& patterns, bool colour,
               std::ostream& out, std::ostream& err) {
  ExplainOptions options;
  options.key = cmd.key;
  Explanation e;
  Status s = Explain(cmd.file, patterns, options, &e);
  if (!s.ok()) {
    err << "redovis: " << DisplayText(s.message()) << "\n";
    return s.code() == "usage" ? 2 : 1;
  }
  if (cmd.format == "json")
    out << RenderExplanationJson(e);
  else
    RenderExplanationText(e, colour, out);
  return 0;
}

}  // namespace redovis
