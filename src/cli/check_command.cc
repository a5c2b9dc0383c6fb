#include "cli/check_command.h"

#include <iostream>
#include <vector>

#include "batch/batch.h"
#include "cli/atomic_output.h"
#include "cli/batch_session.h"
#include "redovis/writer.h"
#include "write/html_report.h"

namespace redovis {

namespace {

std::string Describe(const Record& r) {
  std::string who = r.Get("report.municipality").ToDisplay();
  std::string year = r.Get("report.year").ToDisplay();
  std::string s = r.status;
  if (!r.edition.empty()) s += "  " + r.edition;
  if (!who.empty() || !year.empty()) s += "  " + who + (year.empty() ? "" : " " + year);
  return s;
}

}  // namespace

void PrintCheckSummary(std::ostream& out, const Record& r) {
  int errors = 0, warnings = 0;
  for (const Finding& f : r.findings) {
    if (f.severity == "error") ++errors;
    if (f.severity == "warning") ++warnings;
  }
  std::string where = r.source.file;
  if (r.source.first_line > 0)
    where += r.source.first_page > 0 ? " (pages " + std::to_string(r.source.first_page) + "-" +
                                           std::to_string(r.source.last_page) + ")"
                                     : " (lines " + std::to_string(r.source.first_line) + "-" +
                                           std::to_string(r.source.last_line) + ")";
  out << where << "  " << Describe(r) << "  errors " << errors << ", warnings " << warnings << "\n";
  for (const Finding& f : r.findings) {
    if (f.severity == "info" && f.code == "reader_note") continue;
    out << "  " << f.severity << " " << f.code;
    if (!f.keys.empty()) {
      out << " [";
      for (size_t i = 0; i < f.keys.size(); ++i) out << (i ? ", " : "") << f.keys[i];
      out << "]";
    }
    if (f.page) out << " page " << f.page;
    if (f.line) out << " line " << f.line;
    out << ": " << f.message << "\n";
  }
}

void AddCheckCommand(CLI::App* parent, CheckCommand* cmd) {
  auto* check =
      parent->add_subcommand("check", "report what is unreadable, incomplete or inconsistent");
  cmd->app = check;
  AddBatchFlags(check, &cmd->flags);
  check->add_option("--format,-f", cmd->format, "text, json or jsonl")
      ->check(CLI::IsMember({"text", "json", "jsonl"}));
  check->add_option("-o,--output", cmd->output, "write to FILE (atomically) instead of stdout");
  check->add_option("--html", cmd->html_path, "also write a self-contained HTML report to FILE");
}

int RunCheck(CheckCommand& cmd, const PatternSet& patterns) {
  BatchSession session(cmd.flags.quiet);
  Status s = session.Prepare(cmd.flags);
  if (!s.ok()) {
    std::cerr << "redovis: " << s.message() << "\n";
    return 2;
  }
  const std::vector<std::string>& paths = session.inputs().paths;
  const std::string& stdin_bytes = session.inputs().stdin_bytes;
  BatchOptions batch = ToBatchOptions(cmd.flags);
  BatchRunner runner(patterns, batch);

  AtomicOutput out;
  std::string error;
  if (!out.Open(cmd.output, &error)) {
    std::cerr << "redovis: " << error << "\n";
    return 2;
  }
  RunCounts& counts = session.counts();
  const std::string& check_format = cmd.format;
  bool check_json_first = true;
  std::vector<Record> for_html;  // summaries only: values are not kept
  if (check_format == "json") out.stream() << "[";
  runner.Run(
      paths, stdin_bytes, nullptr,
      [&](std::vector<BatchRecord> recs) {
        ++counts.files;
        for (BatchRecord& br : recs) {
          const Record& r = br.summary;
          counts.Add(r);
          if (!cmd.html_path.empty()) for_html.push_back(r);
          if (check_format == "text") {
            PrintCheckSummary(out.stream(), r);
            continue;
          }
          nlohmann::ordered_json j;
          j["file"] = r.source.file;
          j["status"] = r.status;
          j["edition"] = r.edition.empty() ? nlohmann::ordered_json(nullptr)
                                           : nlohmann::ordered_json(r.edition);
          j["municipality"] = r.Has("report.municipality")
                                  ? nlohmann::ordered_json(r.Get("report.municipality").ToDisplay())
                                  : nlohmann::ordered_json(nullptr);
          j["year"] = r.Has("report.year")
                          ? nlohmann::ordered_json(r.Get("report.year").as_number())
                          : nlohmann::ordered_json(nullptr);
          nlohmann::ordered_json fs = nlohmann::ordered_json::array();
          for (const Finding& f : r.findings) fs.push_back(FindingToJson(f));
          j["findings"] = fs;
          std::string dumped = j.dump(check_format == "json" ? 2 : -1, ' ', false,
                                      nlohmann::ordered_json::error_handler_t::replace);
          if (check_format == "jsonl")
            out.stream() << dumped << "\n";
          else
            out.stream() << (check_json_first ? "\n" : ",\n") << dumped;
          check_json_first = false;
        }
      },
      [&](size_t done, size_t total) { session.Progress(done, total); });
  session.EndProgress();
  if (check_format == "json") out.stream() << (check_json_first ? "]\n" : "\n]\n");
  if (!out.Commit(&error)) {
    std::cerr << "redovis: " << error << "\n";
    return 2;
  }
  if (!cmd.html_path.empty()) {
    AtomicOutput html;
    if (!html.Open(cmd.html_path, &error)) {
      std::cerr << "redovis: " << error << "\n";
      return 2;
    }
    WriteHtmlReport(html.stream(), for_html, "redovis check");
    if (!html.Commit(&error)) {
      std::cerr << "redovis: " << error << "\n";
      return 2;
    }
  }
  session.Finish();
  return session.ExitCode(true);
}

}  // namespace redovis
