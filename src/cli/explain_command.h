// `redovis explain FILE [--key KEY] [--format text|json]`: how redovis read
// one file (src/inspect/explain.h builds it), rendered for a person or a
// tool.
//
// Text: a line per report, then the document line by line: page:line, the
// report and section it was read in, what it was taken for, its cells (with
// their column positions when the format has them), and under it the rules
// that matched (file:line) and the keys and values it gave; a `?` marks a
// line that looks like a label or an answer and matched no rule. Then each
// key left null with its reason and the nearest lines. Everything printed
// passes through base/display_text; colour only when asked for (stdout a
// terminal and NO_COLOR unset or empty). JSON: the same, as one object.
//
// Exit status: 0 explained; 1 the file could not be read; 2 a wrong command
// line or an unknown key. Never throws.
#ifndef REDOVIS_CLI_EXPLAIN_COMMAND_H_
#define REDOVIS_CLI_EXPLAIN_COMMAND_H_

#include <ostream>
#include <string>

#include "inspect/explain.h"
#include "redovis/patterns.h"

namespace CLI {
class App;  // CLI11's: the .cc files that build the command line include <CLI/CLI.hpp>
}  // namespace CLI

namespace redovis {

struct ExplainCommand {
  CLI::App* app = nullptr;  ///< the subcommand, owned by the parent app
  std::string file, key, format = "text";
};

/// Adds the `explain` subcommand to `parent`, bound to `*cmd`.
void AddExplainCommand(CLI::App* parent, ExplainCommand* cmd);

/// Explains the file, writing to `out` (errors to `err`); colour when
/// `colour`; returns the exit status.
int RunExplain(const ExplainCommand& cmd, const PatternSet& patterns, bool colour,
               std::ostream& out, std::ostream& err);

/// `e` as text (colour: ANSI escapes around the parts).
void RenderExplanationText(const Explanation& e, bool colour, std::ostream& out);
/// `e` as JSON text, indented, ending in a line break.
std::string RenderExplanationJson(const Explanation& e);

/// True when output to file descriptor `fd` may be coloured: it is a
/// terminal and `no_color` ($NO_COLOR) is null or empty.
bool WantColour(int fd, const char* no_color);

}  // namespace redovis

#endif  // REDOVIS_CLI_EXPLAIN_COMMAND_H_
