// `redovis check`: what a county officer needs to look at, per file: its
// status, then each finding with its page or line; as text, JSON or JSON
// Lines, and optionally as one self-contained HTML page (--html).
//
// In: the parsed options and the loaded PatternSet. Out: the report on
// stdout or atomically in a file (-o), the HTML page atomically in its file
// (`--html -`: the page alone on stdout, the report then only to -o FILE;
// `--html - -o -` is refused). Both outputs are opened before any file is
// read, so a path that cannot be written costs no work;
// the summary on stderr; the exit status (0 no report has an error finding,
// 1 some report has one or some input was unreadable, 2 a wrong command line
// or an output that cannot be written). Keeps only the records' summaries,
// never their values. Never throws.
#ifndef REDOVIS_CLI_CHECK_COMMAND_H_
#define REDOVIS_CLI_CHECK_COMMAND_H_

#include <CLI/CLI.hpp>
#include <ostream>
#include <string>

#include "cli/options.h"
#include "redovis/catalogue.h"
#include "redovis/patterns.h"
#include "redovis/record.h"

namespace redovis {

struct CheckCommand {
  CLI::App* app = nullptr;  ///< the subcommand, owned by the parent app
  std::string format = "text", output, html_path;
  std::string language = "sv";  ///< --lang: messages, statuses and headings for people
  BatchFlags flags;
};

/// Adds the `check` subcommand to `parent`, bound to `*cmd`.
void AddCheckCommand(CLI::App* parent, CheckCommand* cmd);

/// Runs it; returns the exit status.
int RunCheck(CheckCommand& cmd, const PatternSet& patterns);

/// Writes the text form of one report's check in `language` ("sv" or "en";
/// check/finding_text.h): a line with the file, its page or line range,
/// status, edition, municipality, year and the counts of errors and
/// warnings, then a line per finding (reader notes left out), each made
/// safe for a terminal.
void PrintCheckSummary(std::ostream& out, const Record& r, const PatternSet& patterns,
                       const std::string& language);

}  // namespace redovis

#endif  // REDOVIS_CLI_CHECK_COMMAND_H_
