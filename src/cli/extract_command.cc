#include "cli/extract_command.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "batch/batch.h"
#include "cli/archive_output.h"
#include "cli/atomic_output.h"
#include "cli/batch_session.h"
#include "cli/interrupts.h"
#include "redovis/writer.h"
#include "write/answer_state.h"

namespace redovis {

void AddExtractCommand(CLI::App* parent, ExtractCommand* cmd) {
  auto* extract = parent->add_subcommand("extract", "extract records from report files");
  cmd->app = extract;
  AddBatchFlags(extract, &cmd->flags);
  extract
      ->add_option("--format,-f", cmd->format,
                   "json, jsonl, csv, csv-long, sqlite or xlsx (default: as the -o name's "
                   "extension says: .json, .jsonl, .csv, .sqlite, .db or .xlsx; else jsonl)")
      ->check(CLI::IsMember({"json", "jsonl", "csv", "csv-long", "sqlite", "xlsx"}));
  extract->add_option("-o,--output", cmd->output,
                      "write to FILE (atomically) instead of stdout (default: stdout)");
  extract
      ->add_option("--csv-style", cmd->csv_style,
                   "csv, csv-long: rfc4180 (exact values, ',' and '.') or excel (for a double "
                   "click in a Swedish spreadsheet: BOM, ';', decimal comma, codes kept as text, "
                   "no formula runs)" +
                       std::string(" (default: rfc4180)"))
      ->check(CLI::IsMember({"rfc4180", "excel"}));
  extract
      ->add_option("--labels", cmd->labels,
                   "csv, csv-long, xlsx: the keys' columns headed by the key or by the catalogue's "
                   "Swedish label (sv) (default: keys)")
      ->check(CLI::IsMember({"keys", "sv"}));
  extract->add_flag("--rebuild", cmd->rebuild,
                    "sqlite: empty the archive and read every file again, not only the files "
                    "it does not hold (default: off)");
  extract->footer(
      "Exit status: 0 every input was read (whatever the reports' status); 1 some input was "
      "unreadable, all others written in full; 2 a wrong command line, pattern directory or "
      "output path (checked before any file is read), or -o naming an input; 3 the output "
      "could not be written (a full disk, an I/O error), the existing file left as it was.\n"
      "\n"
      "Examples:\n"
      "  redovis extract inbox/ > reports.jsonl\n"
      "  redovis extract --include '*.pdf' archive/ --format csv -o reports.csv\n"
      "  redovis extract archive/ --csv-style excel --labels sv -o rapporter.csv\n"
      "  redovis extract archive/ -o archive.sqlite   # again later: only the new files\n");
}

WriterOptions ToWriterOptions(const ExtractCommand& cmd, const PatternSet& patterns) {
  WriterOptions options;
  options.csv_style = cmd.csv_style == "excel" ? CsvStyle::kExcel : CsvStyle::kRfc4180;
  options.labels = cmd.labels == "sv" ? HeaderLabels::kSwedish : HeaderLabels::kKeys;
  options.absence_codes = AbsenceCodes(patterns);
  options.sheet_names = patterns.vocabulary().sheet_names;
  return options;
}

int RunExtract(ExtractCommand& cmd, const PatternSet& patterns) {
  OutputFormat f;
  Status chosen = ChooseOutputFormat(cmd.format, cmd.output, &f);
  if (!chosen.ok()) {
    std::cerr << "redovis: " << chosen.message() << "\n";
    return 2;
  }
  bool csv = f == OutputFormat::kCsv || f == OutputFormat::kCsvLong;
  if (cmd.app && cmd.app->count("--csv-style") && !csv) {
    std::cerr << "redovis: --csv-style is for a CSV output (--format csv or csv-long)\n";
    return 2;
  }
  if (cmd.app && cmd.app->count("--labels") && !csv && f != OutputFormat::kXlsx) {
    std::cerr << "redovis: --labels is for a CSV or xlsx output\n";
    return 2;
  }
  if (f == OutputFormat::kSqlite) return RunExtractToArchive(cmd, patterns);
  if (f == OutputFormat::kXlsx && (cmd.output.empty() || cmd.output == "-") &&
      isatty(STDOUT_FILENO)) {
    std::cerr << "redovis: a workbook is not shown on a terminal; write it with -o FILE.xlsx "
                 "or redirect standard output\n";
    return 2;
  }
  if (cmd.rebuild) {
    std::cerr << "redovis: --rebuild is for an archive (--format sqlite)\n";
    return 2;
  }
  // The output is opened first, so that a path that cannot be written stops
  // the command before any work.
  AtomicOutput out;
  std::string error;
  if (!out.Open(cmd.output, &error)) {
    PrintError(error);
    return kExitUsage;
  }
  BatchSession session(cmd.flags.quiet);
  Status s = session.Prepare(cmd.flags);
  if (!s.ok()) {
    PrintError(s.message());
    return kExitUsage;
  }
  if (!out.CheckNotAnInput(session.inputs().paths, &error)) {
    PrintError(error);
    return kExitUsage;
  }
  const std::vector<std::string>& paths = session.inputs().paths;
  const std::string& stdin_bytes = session.inputs().stdin_bytes;
  size_t shard_k = session.inputs().shard_k;
  WriterOptions options = ToWriterOptions(cmd, patterns);
  options.header = shard_k == 0;  // so that shards' CSV outputs concatenate
  std::unique_ptr<RecordWriter> writer =
      RecordWriter::Create(f, out.stream(), patterns.catalogue(), options);
  BatchOptions batch = ToBatchOptions(cmd.flags);
  if (out.is_stdout()) batch.output_fd = STDOUT_FILENO;  // `| head`: stop when it is gone
  // A sink without a renderer (the workbook) takes whole records.
  if (!writer->renderer()) batch.whole_records = true;
  session.Configure(&batch, paths);
  BatchRunner runner(patterns, batch);

  RunCounts& counts = session.counts();
  Status written = writer->Begin();
  // A sink that cannot open (the workbook without its module) stops the run
  // before any file is read.
  if (!written.ok()) return FinishOutput(writer.get(), written, &out);
  bool whole = runner.Run(
      paths, stdin_bytes, writer->renderer(),
      [&](std::vector<BatchRecord> recs) {
        ++counts.files;
        session.BeforeOutput();
        for (BatchRecord& br : recs) {
          counts.Add(br.record);
          if (written.ok())
            written =
                writer->renderer() ? writer->WriteRendered(br.rendered) : writer->Write(br.record);
        }
        session.AfterOutput(out.stream());
      },
      [&](const BatchProgress& p) { session.Progress(p); });
  if (!whole) EndOnClosedOutput();
  session.EndProgress();
  if (int rc = FinishOutput(writer.get(), written, &out)) return rc;
  session.Finish();
  return session.ExitCode(false);
}

}  // namespace redovis
