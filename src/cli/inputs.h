// The inputs of `extract` and `check`: from the command line's paths and
// --files-from to the list of files a batch reads.
//
// In: the paths as given (files, directories, "-" for standard input), the
// --files-from list, the --include/--exclude globs and the --shard K/N.
// Out: the paths in batch order (as given; a directory's files sorted, found
// recursively, symbolic links to directories not followed), the bytes of
// standard input when "-" is an input, and messages about directories that
// could not be listed (the rest is kept). A path that does not exist is kept:
// it becomes an `unreadable` record, not a command-line error.
//
// Never throws; never opens the files it lists (only directories and the
// --files-from list).
#ifndef REDOVIS_CLI_INPUTS_H_
#define REDOVIS_CLI_INPUTS_H_

#include <cstddef>
#include <filesystem>
#include <istream>
#include <map>
#include <string>
#include <vector>

#include "redovis/status.h"

namespace redovis {

/// Which files found in directories are inputs: --include / --exclude globs,
/// matched against the file's name and its whole path.
struct InputFilter {
  std::vector<std::string> include, exclude;
  /// True when `p` is an input: not excluded, and included (without
  /// --include: one of the readers' extensions, case-insensitively).
  bool Accepts(const std::filesystem::path& p) const;
};

/// What the command line asked for.
struct InputRequest {
  std::vector<std::string> args;  ///< paths as given
  std::string files_from;         ///< --files-from FILE ("-": standard input); "" = none
  std::string shard;              ///< --shard K/N; "" = all
  InputFilter filter;
};

/// The inputs of a batch.
struct Inputs {
  std::vector<std::string> paths;     ///< in batch order
  std::string stdin_bytes;            ///< standard input, when "-" is among paths
  size_t shard_k = 0, shard_n = 1;    ///< this shard (0-based) of how many
  std::vector<std::string> problems;  ///< "DIR: reason" for directories not (fully) listed
  /// Files found in directories and not read, by lower-case extension
  /// ("" for none): what the summary lists as skipped.
  std::map<std::string, size_t> skipped;
};

/// Parses "K/N" into 0-based `*k` and `*n`; false when malformed or not
/// 1 <= K <= N.
bool ParseShard(const std::string& s, size_t* k, size_t* n);

/// Keeps every n-th path from the k-th (0-based): the k-th of n shares.
void TakeShard(size_t k, size_t n, std::vector<std::string>* paths);

/// Expands files and directories in a deterministic order (see above).
/// Problems are appended as messages; the paths that are fine are kept.
/// Files the filter refused are counted in `*skipped` by extension, when given.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& args,
                                      const InputFilter& filter, std::vector<std::string>* problems,
                                      std::map<std::string, size_t>* skipped = nullptr);

/// Appends the non-empty lines of `in` (a trailing CR removed) to `*paths`.
void ReadFileList(std::istream& in, std::vector<std::string>* paths);

/// Gathers the inputs of `request` into `*out`, reading the --files-from
/// list and, when "-" is an input, all of `stdin_stream`. Fails with code
/// "usage" and a message for the user when the command line is wrong: the
/// list cannot be read, no inputs at all, a malformed --shard, standard
/// input both the list and an input, or directories were given and none
/// held a file to read (the message lists what was skipped). `out->problems` is filled either way.
Status GatherInputs(InputRequest request, std::istream& stdin_stream, Inputs* out);

}  // namespace redovis

#endif  // REDOVIS_CLI_INPUTS_H_
