#include "cli/extract_command.h"

#include <unistd.h>

#include <iostream>
#include <memory>

#include "batch/batch.h"
#include "cli/atomic_output.h"
#include "cli/batch_session.h"
#include "cli/interrupts.h"
#include "redovis/writer.h"

namespace redovis {

void AddExtractCommand(CLI::App* parent, ExtractCommand* cmd) {
  auto* extract = parent->add_subcommand("extract", "extract records from report files");
  cmd->app = extract;
  AddBatchFlags(extract, &cmd->flags);
  extract
      ->add_option("--format,-f", cmd->format,
                   "json, jsonl, csv or csv-long (default: " + cmd->format + ")")
      ->check(CLI::IsMember({"json", "jsonl", "csv", "csv-long"}));
  extract->add_option("-o,--output", cmd->output,
                      "write to FILE (atomically) instead of stdout (default: stdout)");
  extract->footer(
      "Exit status: 0 every input was read (whatever the reports' status); 1 some input was "
      "unreadable, all others written in full; 2 a wrong command line, pattern directory or "
      "output path (checked before any file is read).\n"
      "\n"
      "Examples:\n"
      "  redovis extract inbox/ > reports.jsonl\n"
      "  redovis extract --include '*.pdf' archive/ --format csv -o reports.csv\n");
}

int RunExtract(ExtractCommand& cmd, const PatternSet& patterns) {
  // The output is opened first, so that a path that cannot be written stops
  // the command before any work.
  AtomicOutput out;
  std::string error;
  if (!out.Open(cmd.output, &error)) {
    std::cerr << "redovis: " << error << "\n";
    return 2;
  }
  BatchSession session(cmd.flags.quiet);
  Status s = session.Prepare(cmd.flags);
  if (!s.ok()) {
    std::cerr << "redovis: " << s.message() << "\n";
    return 2;
  }
  const std::vector<std::string>& paths = session.inputs().paths;
  const std::string& stdin_bytes = session.inputs().stdin_bytes;
  size_t shard_k = session.inputs().shard_k;
  BatchOptions batch = ToBatchOptions(cmd.flags);
  if (out.is_stdout()) batch.output_fd = STDOUT_FILENO;  // `| head`: stop when it is gone
  BatchRunner runner(patterns, batch);

  RunCounts& counts = session.counts();
  std::unique_ptr<RecordWriter> writer;
  OutputFormat f;
  ParseOutputFormat(cmd.format, &f);
  WriterOptions options;
  options.header = shard_k == 0;  // so that shards' CSV outputs concatenate
  writer = RecordWriter::Create(f, out.stream(), patterns.catalogue(), options);
  Status written = writer->Begin();
  bool whole = runner.Run(
      paths, stdin_bytes, writer->renderer(),
      [&](std::vector<BatchRecord> recs) {
        ++counts.files;
        for (BatchRecord& br : recs) {
          counts.Add(br.record);
          if (written.ok()) written = writer->WriteRendered(br.rendered);
        }
      },
      [&](size_t done, size_t total) { session.Progress(done, total); });
  if (!whole) EndOnClosedOutput();
  session.EndProgress();
  Status finished = writer->Finish();
  if (written.ok()) written = finished;
  if (!written.ok()) {
    std::cerr << "redovis: "
              << (cmd.output.empty() || cmd.output == "-" ? "standard output" : cmd.output) << ": "
              << written.message() << "\n";
    return 2;
  }
  if (!out.Commit(&error)) {
    std::cerr << "redovis: " << error << "\n";
    return 2;
  }
  session.Finish();
  return session.ExitCode(false);
}

}  // namespace redovis
