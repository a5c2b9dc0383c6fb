// "Did you mean": the closest known word to a mistyped subcommand or option.
//
// In: the word as typed and the words the command line knows. Out: the
// closest by edit distance (text_util's EditDistance), when it is close
// enough to be a typo: at most 2 edits, and fewer than half the longer
// word's length. Pure; never throws.
#ifndef REDOVIS_CLI_DID_YOU_MEAN_H_
#define REDOVIS_CLI_DID_YOU_MEAN_H_

#include <map>
#include <string>
#include <vector>

namespace redovis {

/// The candidate closest to `word` when it is close enough, else "" (also
/// when two candidates are equally close).
std::string ClosestWord(const std::string& word, const std::vector<std::string>& candidates);

/// The words a command line knows: its global options (each with the
/// number of values it takes), and per subcommand its long options.
struct CommandWords {
  std::map<std::string, int> global_options;                    ///< "--patterns" -> 1
  std::map<std::string, std::vector<std::string>> subcommands;  ///< "extract" -> {"--format", ...}
};

/// For arguments that did not parse (without the program name), a sentence
/// about the first mistyped word: "unknown command 'extarct'; did you mean
/// 'extract'?", "unknown option '--fromat'; did you mean '--format'?", or
/// "unknown command 'x' (commands: check, extract, fields)". "" when no
/// subcommand or long option in `args` is unknown.
std::string DescribeUnknownWord(const std::vector<std::string>& args, const CommandWords& words);

}  // namespace redovis

#endif  // REDOVIS_CLI_DID_YOU_MEAN_H_
