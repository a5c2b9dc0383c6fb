// `redovis extract`: records from report files, in JSON Lines, JSON, CSV or
// long CSV, to stdout or atomically to a file (-o).
//
// In: the parsed options and the loaded PatternSet. Out: the records in
// input order; the summary on stderr; the exit status (0 every input read,
// 1 some input unreadable, 2 a wrong command line or an output that cannot
// be written, found before any file is read). Never throws.
#ifndef REDOVIS_CLI_EXTRACT_COMMAND_H_
#define REDOVIS_CLI_EXTRACT_COMMAND_H_

#include <CLI/CLI.hpp>
#include <string>

#include "cli/options.h"
#include "redovis/patterns.h"

namespace redovis {

struct ExtractCommand {
  CLI::App* app = nullptr;  ///< the subcommand, owned by the parent app
  std::string format;       ///< "" when not given: chosen from the output's name
  std::string output;
  bool rebuild = false;  ///< sqlite: empty the archive and read every file again
  BatchFlags flags;
};

/// Adds the `extract` subcommand to `parent`, bound to `*cmd`.
void AddExtractCommand(CLI::App* parent, ExtractCommand* cmd);

/// Runs it; returns the exit status.
int RunExtract(ExtractCommand& cmd, const PatternSet& patterns);

}  // namespace redovis

#endif  // REDOVIS_CLI_EXTRACT_COMMAND_H_
