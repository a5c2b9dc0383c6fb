// `redovis extract`: records from report files, in JSON Lines, JSON, CSV or
// long CSV (RFC 4180 or the Excel style), to stdout or atomically to a file
// (-o), or into a SQLite archive (src/cli/archive_output.h).
//
// In: the parsed options and the loaded PatternSet. Out: the records in
// input order; the summary on stderr; the exit status (0 every input read,
// 1 some input unreadable, 2 a wrong command line or an output that cannot
// be written, found before any file is read). Never throws.
#ifndef REDOVIS_CLI_EXTRACT_COMMAND_H_
#define REDOVIS_CLI_EXTRACT_COMMAND_H_

#include <string>

#include "cli/options.h"
#include "redovis/patterns.h"
#include "redovis/writer.h"

namespace CLI {
class App;  // CLI11's: the .cc files that build the command line include <CLI/CLI.hpp>
}  // namespace CLI

namespace redovis {

struct ExtractCommand {
  CLI::App* app = nullptr;  ///< the subcommand, owned by the parent app
  std::string format;       ///< "" when not given: chosen from the output's name
  std::string output;
  bool rebuild = false;               ///< sqlite: empty the archive and read every file again
  std::string csv_style = "rfc4180";  ///< "rfc4180" or "excel"
  std::string labels = "keys";        ///< column headers: "keys" or "sv" (Swedish labels)
  BatchFlags flags;
};

/// Adds the `extract` subcommand to `parent`, bound to `*cmd`.
void AddExtractCommand(CLI::App* parent, ExtractCommand* cmd);

/// The WriterOptions the command line asks for (CSV style, header labels,
/// the absence codes of `patterns`); the header is written.
WriterOptions ToWriterOptions(const ExtractCommand& cmd, const PatternSet& patterns);

/// Runs it; returns the exit status.
int RunExtract(ExtractCommand& cmd, const PatternSet& patterns);

}  // namespace redovis

#endif  // REDOVIS_CLI_EXTRACT_COMMAND_H_
