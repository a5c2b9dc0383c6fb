#include "cli/check_command.h"

#include <sys/stat.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <set>
#include <vector>

#include "base/display_text.h"
#include "batch/batch.h"
#include "check/finding_text.h"
#include "cli/atomic_output.h"
#include "cli/batch_session.h"
#include "cli/county_roster.h"
#include "cli/interrupts.h"
#include "redovis/writer.h"
#include "write/html_report.h"
#include "write/letter_writer.h"

namespace redovis {

namespace {

// The `duplicate_report` finding on the second report from one municipality
// and year, naming the file of the first; `seen` maps municipality and year
// to that file.
void MarkDuplicate(Record* r, const Catalogue& catalogue, const CheckUi& ui,
                   std::map<std::string, std::string>* seen) {
  const Value& who = r->Get(catalogue.KeyWithRole("municipality"));
  const Value& year = r->Get(catalogue.KeyWithRole("year"));
  if (!who.is_text() || year.is_null()) return;
  auto [it, fresh] = seen->emplace(who.as_text() + "\t" + year.ToDisplay(), r->source.file);
  if (fresh) return;
  r->AddFinding(
      "error", "duplicate_report", {catalogue.KeyWithRole("municipality")},
      ui.Text("finding.duplicate_report",
              {{"municipality", who.as_text()}, {"year", year.ToDisplay()}, {"other", it->second}}),
      r->source.first_page, r->source.first_line);
}

// Makes `dir` (one level) unless it is a directory already.
bool MakeLetterDir(const std::string& dir, std::string* error) {
  struct stat st;
  if (stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return true;
  if (mkdir(dir.c_str(), 0777) == 0) return true;
  *error = dir + ": cannot make the letter directory (" + std::strerror(errno) + ")";
  return false;
}

}  // namespace

bool FailsCheck(const Record& r, Severity fail_on) {
  if (r.status == "blank" || r.status == "no_report" || r.status == "unreadable") return true;
  for (const Finding& f : r.findings) {
    Severity sev;
    if (f.code != "reader_note" && ParseSeverity(f.severity, &sev) && sev >= fail_on) return true;
  }
  return false;
}

void PrintCheckSummary(std::ostream& out, const Record& r, const PatternSet& patterns,
                       const std::string& language) {
  // Each line is built whole and shown through DisplayText, so that what a
  // document holds (escape sequences, line breaks in a cell) stays on its
  // line and never reaches the terminal raw.
  for (const std::string& line :
       CheckSummaryLines(r, patterns.catalogue(), patterns.messages(), language))
    out << DisplayText(line) << "\n";
}

void AddCheckCommand(CLI::App* parent, CheckCommand* cmd) {
  auto* check =
      parent->add_subcommand("check", "report what is unreadable, incomplete or inconsistent");
  cmd->app = check;
  AddBatchFlags(check, &cmd->flags);
  check
      ->add_option("--format,-f", cmd->format, "text, json or jsonl (default: " + cmd->format + ")")
      ->check(CLI::IsMember({"text", "json", "jsonl"}));
  check->add_option("-o,--output", cmd->output,
                    "write to FILE (atomically) instead of stdout (default: stdout)");
  check->add_option("--html", cmd->html_path,
                    "also write a self-contained HTML page to FILE (the action list, contacts, "
                    "every finding); - : the HTML alone on stdout, the report only to -o FILE "
                    "(default: none)");
  check->add_option("--letters", cmd->letters_dir,
                    "write a draft e-mail per municipality with something to ask it into DIR "
                    "(made if missing; nothing is sent) (default: none)");
  check->add_option("--county", cmd->county,
                    "list this county's municipalities with no report in the inputs: a code "
                    "(19) or a name (default: the county every report names, if they agree)");
  check
      ->add_option("--fail-on", cmd->fail_on,
                   "the lowest finding severity that makes the exit status 1: error, warning or "
                   "info (default: " +
                       cmd->fail_on + ")")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  check
      ->add_option("--lang", cmd->lang,
                   "the language of what is written for people: sv or en (codes and JSON keys "
                   "stay English) (default: " +
                       cmd->lang + ")")
      ->check(CLI::IsMember({"sv", "en"}));
  check->footer(
      "Exit status: 0 nothing to act on; 1 a file is blank, holds no report or is unreadable, a "
      "second report from one municipality and year, or a finding at or above --fail-on (default "
      "error); 2 a wrong command line, pattern directory, --county or output path (checked "
      "before any file is read), or -o/--html naming an input; 3 an output could not be written "
      "(a full disk, an I/O error), an existing file left as it was.\n"
      "\n"
      "Examples:\n"
      "  redovis check inbox/\n"
      "  redovis check inbox/ --html report.html --letters drafts/ --county 19\n"
      "  redovis check inbox/ --fail-on warning --lang en -q && echo OK\n");
}

int RunCheck(CheckCommand& cmd, const PatternSet& patterns) {
  const Catalogue& catalogue = patterns.catalogue();
  CheckUi ui;
  std::string letter_template;
  Status loaded = ui.Load(patterns.messages(), patterns.dir(), cmd.lang);
  if (loaded.ok() && !cmd.letters_dir.empty())
    loaded = LoadLetterTemplate(patterns.dir(), ui, &letter_template);
  if (!loaded.ok()) {
    PrintError(loaded.message());
    return kExitUsage;
  }
  Severity fail_on = Severity::kError;
  ParseSeverity(cmd.fail_on, &fail_on);  // CLI11 allowed only the three words
  std::string county_code;
  if (!cmd.county.empty() && !ResolveCounty(patterns.municipalities(), cmd.county, &county_code)) {
    PrintError("--county " + cmd.county + ": no such county (a code such as 19, or a name)");
    return kExitUsage;
  }
  // Every output is opened first, so that a path that cannot be written
  // stops the command before any work. `--html -` puts the page alone on
  // standard output: the report then goes to -o FILE, or nowhere.
  bool html_to_stdout = cmd.html_path == "-";
  if (html_to_stdout && cmd.output == "-") {
    PrintError("--html - and -o - both write to standard output; give one a file");
    return kExitUsage;
  }
  AtomicOutput out, html;
  std::string error;
  if (!out.Open(cmd.output, &error) ||
      (!cmd.html_path.empty() && !html.Open(cmd.html_path, &error)) ||
      (!cmd.letters_dir.empty() && !MakeLetterDir(cmd.letters_dir, &error))) {
    PrintError(error);
    return kExitUsage;
  }
  std::ostream discard(nullptr);
  std::ostream& report = html_to_stdout && out.is_stdout() ? discard : out.stream();
  BatchSession session(cmd.flags.quiet);
  std::string inbox;
  for (const std::string& p : cmd.flags.inputs.args) inbox += (inbox.empty() ? "" : ", ") + p;
  if (!cmd.flags.inputs.files_from.empty())
    inbox += (inbox.empty() ? "" : ", ") + ("--files-from " + cmd.flags.inputs.files_from);
  Status s = session.Prepare(cmd.flags);
  if (!s.ok()) {
    PrintError(s.message());
    return kExitUsage;
  }
  if (!out.CheckNotAnInput(session.inputs().paths, &error) ||
      !html.CheckNotAnInput(session.inputs().paths, &error)) {
    PrintError(error);
    return kExitUsage;
  }
  const std::vector<std::string>& paths = session.inputs().paths;
  const std::string& stdin_bytes = session.inputs().stdin_bytes;
  BatchOptions batch = ToBatchOptions(cmd.flags);
  batch.extract.language = cmd.lang;
  if (out.is_stdout() || html_to_stdout) batch.output_fd = STDOUT_FILENO;  // `| head`
  session.Configure(&batch, paths);
  BatchRunner runner(patterns, batch);

  RunCounts& counts = session.counts();
  const std::string& check_format = cmd.format;
  std::unique_ptr<RecordWriter> writer;
  if (check_format != "text")
    writer = CreateFindingsWriter(check_format == "jsonl", report, catalogue);
  Status written = writer ? writer->Begin() : Status();
  bool keep = !cmd.html_path.empty() || !cmd.letters_dir.empty();
  std::vector<Record> kept;                 // summaries only (the role keys): values are not kept
  std::map<std::string, std::string> seen;  // municipality and year -> the first file
  CountyRoster roster(patterns.municipalities(), catalogue);
  // Input files with a report that needs action (a .zip's reports are one
  // file's: their source.file names the archive's members).
  size_t files_to_act = 0;
  bool fails = false;
  bool whole = runner.Run(
      paths, stdin_bytes, writer ? writer->renderer() : nullptr,
      [&](std::vector<BatchRecord> recs) {
        ++counts.files;
        session.BeforeOutput();
        bool act = false;
        for (BatchRecord& br : recs) {
          Record& r = br.record;
          size_t before = r.findings.size();
          MarkDuplicate(&r, catalogue, ui, &seen);
          counts.Add(r);
          roster.Add(r);
          if (FailsCheck(r, fail_on)) fails = true;
          act = act || ui.Assess(r, fail_on).needs_action;
          if (keep) kept.push_back(r);
          if (!writer) {
            PrintCheckSummary(report, r, patterns, cmd.lang);
            report.flush();  // each file as soon as it is done, as the writers do
            continue;
          }
          if (!written.ok()) continue;
          // A record the parent added a finding to is rendered again here.
          written =
              r.findings.size() == before ? writer->WriteRendered(br.rendered) : writer->Write(r);
        }
        if (act) ++files_to_act;
        session.AfterOutput(report);
      },
      [&](const BatchProgress& p) { session.Progress(p); });
  if (!whole) EndOnClosedOutput();
  session.EndProgress();

  CheckPage page;
  page.date = TodayIso();
  page.inbox = inbox.empty() ? "-" : inbox;
  page.fail_on = fail_on;
  if (county_code.empty()) county_code = roster.InferredCounty();
  if (!county_code.empty()) {
    page.county = patterns.municipalities().CountyName(county_code);
    for (const Municipality* m : roster.NotReported(county_code))
      page.not_reported.push_back(m->name);
    std::string names;
    for (const std::string& n : page.not_reported) names += (names.empty() ? "" : ", ") + n;
    std::string line =
        page.not_reported.empty()
            ? ui.Text("text.all_reported", {{"county", page.county}})
            : ui.Text("text.not_reported", {{"county", page.county}, {"names", names}});
    if (!writer)
      report << DisplayText(line) << "\n";
    else if (!cmd.flags.quiet)
      std::cerr << DisplayText("redovis: " + line) << "\n";
  }
  if (int rc = FinishOutput(writer.get(), written, &out)) return rc;
  if (!cmd.html_path.empty()) {
    WriteHtmlReport(html.stream(), kept, page, ui, catalogue);
    if (!html.Commit(&error)) {
      PrintError(error);
      return kExitOutputFailed;
    }
  }
  std::string letters_line;
  if (!cmd.letters_dir.empty()) {
    size_t unaddressed = 0;
    std::vector<Letter> letters =
        DraftLetters(kept, letter_template, ui, catalogue, patterns.municipalities(), &unaddressed);
    for (const Letter& l : letters) {
      AtomicOutput file;
      if (!file.Open(cmd.letters_dir + "/" + l.file_name, &error)) {
        PrintError(error);
        return kExitOutputFailed;
      }
      file.stream() << l.text;
      if (!file.Commit(&error)) {
        PrintError(error);
        return kExitOutputFailed;
      }
    }
    letters_line = "; " + ui.Text("summary.letters", {{"count", std::to_string(letters.size())},
                                                      {"dir", cmd.letters_dir}});
    if (unaddressed)
      letters_line += "; " + ui.Text("summary.no_letter", {{"count", std::to_string(unaddressed)}});
  }
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%.1f", session.Seconds());
  std::string sec = seconds;
  std::replace(sec.begin(), sec.end(), '.', ui.Text("number.decimal_mark").front());
  std::string summary =
      ui.Text("summary.line", {{"files", std::to_string(counts.files)},
                               {"action", std::to_string(files_to_act)},
                               {"ok", std::to_string(counts.files - files_to_act)},
                               {"seconds", sec}});
  std::string skipped;
  for (const auto& [ext, n] : session.inputs().skipped)
    skipped += (skipped.empty() ? "" : ", ") + std::to_string(n) + " " +
               (ext.empty() ? ui.Text("summary.no_extension") : ext);
  if (!skipped.empty()) summary += ui.Text("summary.skipped", {{"list", skipped}});
  session.Finish(summary + letters_line);
  return session.ExitCode(false) == 1 || fails ? 1 : 0;
}

}  // namespace redovis
