// `redovis fields`: the catalogue (patterns/catalogue.tsv) as TSV or JSON:
// key, type, the editions that ask for it, Swedish label.
//
// In: the parsed options and the loaded PatternSet. Out: the list on
// stdout; exit status 0, or 2 for an unknown --edition (the message lists
// the known ones). Never throws.
#ifndef REDOVIS_CLI_FIELDS_COMMAND_H_
#define REDOVIS_CLI_FIELDS_COMMAND_H_

#include <ostream>
#include <string>

#include "redovis/patterns.h"

namespace CLI {
class App;  // CLI11's: the .cc files that build the command line include <CLI/CLI.hpp>
}  // namespace CLI

namespace redovis {

struct FieldsCommand {
  CLI::App* app = nullptr;  ///< the subcommand, owned by the parent app
  std::string edition, format = "tsv";
};

/// Adds the `fields` subcommand to `parent`, bound to `*cmd`.
void AddFieldsCommand(CLI::App* parent, FieldsCommand* cmd);

/// Writes the list to `out` (errors to `err`); returns the exit status.
int RunFields(const FieldsCommand& cmd, const PatternSet& patterns, std::ostream& out,
              std::ostream& err);

}  // namespace redovis

#endif  // REDOVIS_CLI_FIELDS_COMMAND_H_
