// The command line: `redovis extract|check|fields|--version`. Parses the
// arguments (CLI11), expands inputs, runs the extractor over them in
// parallel with results written in input order, and maps outcomes to the
// exit codes of the contract (0, 1, 2).
#ifndef REDOVIS_CLI_CLI_H_
#define REDOVIS_CLI_CLI_H_

namespace redovis {

/// Runs the command line; returns the process exit code.
int RunCli(int argc, char** argv);

}  // namespace redovis

#endif  // REDOVIS_CLI_CLI_H_
