// `redovis check`: what a county officer needs to act on, per file: its
// status, then each finding with its place in the file; as text (in the
// chosen language, --lang sv|en, strings from patterns/messages.tsv), JSON
// or JSON Lines, and optionally as one self-contained HTML page (--html),
// draft letters to the municipalities (--letters DIR) and the county's
// municipalities with no report (--county, or the county every report names).
//
// A second report from the same municipality and year (in another file or
// the same one) gets an error finding `duplicate_report` naming the first.
//
// In: the parsed options and the loaded PatternSet. Out: the report on
// stdout or atomically in a file (-o), the HTML page atomically in its file
// (`--html -`: the page alone on stdout, the report then only to -o FILE;
// `--html - -o -` is refused), one file per letter in DIR (made if missing).
// Every output is opened (and the letter directory made) before any file is
// read, so a path that cannot be written costs no work; the summary on
// stderr (files needing action); the exit status (0; 1 when a file is
// blank, holds no report or is unreadable, or a report has a finding at or
// above --fail-on, default error; 2 a wrong command line or an output that
// cannot be written; 3 an output failed while written). Keeps only the
// records' summaries, never their values. Never throws.
#ifndef REDOVIS_CLI_CHECK_COMMAND_H_
#define REDOVIS_CLI_CHECK_COMMAND_H_

#include <ostream>
#include <string>

#include "cli/options.h"
#include "redovis/catalogue.h"
#include "redovis/patterns.h"
#include "redovis/record.h"
#include "write/check_ui.h"

namespace CLI {
class App;  // CLI11's: the .cc files that build the command line include <CLI/CLI.hpp>
}  // namespace CLI

namespace redovis {

struct CheckCommand {
  CLI::App* app = nullptr;  ///< the subcommand, owned by the parent app
  std::string format = "text", output, html_path, letters_dir, county;
  std::string fail_on = "error", lang = "sv";
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

/// True when `r` alone makes check's exit status 1: it is blank, holds no
/// report or is unreadable, or has a finding (not a reader note) at or
/// above `fail_on`.
bool FailsCheck(const Record& r, Severity fail_on);

}  // namespace redovis

#endif  // REDOVIS_CLI_CHECK_COMMAND_H_
