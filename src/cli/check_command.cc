#include "cli/check_command.h"

#include <unistd.h>

#include <iostream>
#include <vector>

#include "base/display_text.h"
#include "batch/batch.h"
#include "check/finding_text.h"
#include "cli/atomic_output.h"
#include "cli/batch_session.h"
#include "cli/interrupts.h"
#include "redovis/writer.h"
#include "write/html_report.h"

namespace redovis {

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
  check
      ->add_option(
          "--lang", cmd->language,
          "the language of what is written for people: sv or en (default: " + cmd->language + ")")
      ->check(CLI::IsMember({"sv", "en"}));
  check->add_option("-o,--output", cmd->output,
                    "write to FILE (atomically) instead of stdout (default: stdout)");
  check->add_option("--html", cmd->html_path,
                    "also write a self-contained HTML report to FILE; - : the HTML alone on "
                    "stdout, the report only to -o FILE (default: none)");
  check->footer(
      "Exit status: 0 no report has an error finding; 1 some report has one, or some input was "
      "unreadable; 2 a wrong command line, pattern directory or output path (checked before any "
      "file is read), or -o/--html naming an input; 3 an output could not be written (a full "
      "disk, an I/O error), an existing file left as it was.\n"
      "\n"
      "Examples:\n"
      "  redovis check inbox/\n"
      "  redovis check inbox/ --html report.html --format jsonl -o findings.jsonl\n");
}

int RunCheck(CheckCommand& cmd, const PatternSet& patterns) {
  // Both outputs are opened first, so that a path that cannot be written
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
      (!cmd.html_path.empty() && !html.Open(cmd.html_path, &error))) {
    PrintError(error);
    return kExitUsage;
  }
  std::ostream discard(nullptr);
  std::ostream& report = html_to_stdout && out.is_stdout() ? discard : out.stream();
  BatchSession session(cmd.flags.quiet);
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
  batch.extract.language = cmd.language;
  if (out.is_stdout() || html_to_stdout) batch.output_fd = STDOUT_FILENO;  // `| head`
  BatchRunner runner(patterns, batch);

  RunCounts& counts = session.counts();
  const std::string& check_format = cmd.format;
  std::unique_ptr<RecordWriter> writer;
  if (check_format != "text")
    writer = CreateFindingsWriter(check_format == "jsonl", report, patterns.catalogue());
  Status written = writer ? writer->Begin() : Status();
  std::vector<Record> for_html;  // summaries only: values are not kept
  bool whole = runner.Run(
      paths, stdin_bytes, writer ? writer->renderer() : nullptr,
      [&](std::vector<BatchRecord> recs) {
        ++counts.files;
        for (BatchRecord& br : recs) {
          const Record& r = br.record;
          counts.Add(r);
          if (!cmd.html_path.empty()) for_html.push_back(r);
          if (!writer) {
            PrintCheckSummary(report, r, patterns, cmd.language);
            report.flush();  // each file as soon as it is done, as the writers do
            continue;
          }
          if (written.ok()) written = writer->WriteRendered(br.rendered);
        }
      },
      [&](size_t done, size_t total) { session.Progress(done, total); });
  if (!whole) EndOnClosedOutput();
  session.EndProgress();
  if (int rc = FinishOutput(writer.get(), written, &out)) return rc;
  if (!cmd.html_path.empty()) {
    WriteHtmlReport(html.stream(), for_html, "redovis check", patterns.catalogue());
    if (!html.Commit(&error)) {
      PrintError(error);
      return kExitOutputFailed;
    }
  }
  session.Finish();
  return session.ExitCode(true);
}

}  // namespace redovis
