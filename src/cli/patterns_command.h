// `redovis patterns lint [DIR] [--samples DIR]`: checks a pattern directory
// (src/inspect/pattern_lint.h says what it finds) and prints one line per
// finding, "FILE:LINE: severity: message", then a count.
//
// In: the parsed options; DIR defaults to the pattern directory redovis would
// use (--patterns, $REDOVIS_PATTERNS, the installed one). Out: the findings
// on stdout; exit status 0 with warnings only, 1 with an error (a directory
// that does not load is one), 2 for a wrong command line or an unreadable
// samples directory. Never throws.
#ifndef REDOVIS_CLI_PATTERNS_COMMAND_H_
#define REDOVIS_CLI_PATTERNS_COMMAND_H_

#include <ostream>
#include <string>

namespace CLI {
class App;  // CLI11's: the .cc files that build the command line include <CLI/CLI.hpp>
}  // namespace CLI

namespace redovis {

struct PatternsCommand {
  CLI::App* app = nullptr;   ///< `patterns`, owned by the parent app
  CLI::App* lint = nullptr;  ///< `patterns lint`
  std::string dir;           ///< "" for the pattern directory redovis would use
  std::string samples;
  std::string format = "text";
};

/// Adds the `patterns` subcommand (with `lint`) to `parent`, bound to `*cmd`.
void AddPatternsCommand(CLI::App* parent, PatternsCommand* cmd);

/// Lints `dir` (the directory to use, already chosen) as `cmd` asks, writing
/// the findings to `out` and problems with the command to `err`; returns the
/// exit status.
int RunPatternsLint(const PatternsCommand& cmd, const std::string& dir, std::ostream& out,
                    std::ostream& err);

}  // namespace redovis

#endif  // REDOVIS_CLI_PATTERNS_COMMAND_H_
