// `extract -f sqlite -o ARCHIVE`: the records of a batch written into a
// SQLite archive (src/write/sqlite_writer.h) that grows from run to run.
//
// Incremental: before the batch, each input file is hashed here (SHA-256 of
// its bytes, as the extractor hashes them) and the files whose hash the
// archive already holds are left out of the batch; the others are read and
// written, one transaction per batch of kArchiveFilesPerCommit files. A file
// that cannot be opened here is read anyway (its record says why), and so is
// a pipe (it can be read only once). With
// --rebuild the archive is emptied and every file read again. Writes "N
// files already in the database, M new" to stderr unless quiet.
//
// In: the parsed extract command (its output path, never standard output)
// and the loaded patterns. Out: the exit status (0, 1 some input unreadable,
// 2 a wrong command line or an archive that cannot be opened or written,
// the first found before any file is read). Never throws.
#ifndef REDOVIS_CLI_ARCHIVE_OUTPUT_H_
#define REDOVIS_CLI_ARCHIVE_OUTPUT_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "cli/extract_command.h"
#include "redovis/patterns.h"

namespace redovis {

/// Files written per transaction.
constexpr size_t kArchiveFilesPerCommit = 32;

/// The inputs of `paths` that `known` (by SHA-256 of the file's bytes; "-"
/// is `stdin_bytes`) does not hold, in order; `*skipped` counts the others.
/// A path that is not a regular file (a pipe: it can be read only once) or
/// cannot be read stays in (its record will say why).
std::vector<std::string> UnknownInputs(const std::vector<std::string>& paths,
                                       const std::string& stdin_bytes,
                                       const std::function<bool(const std::string&)>& known,
                                       size_t* skipped);

/// Runs `extract` into the archive at cmd.output; returns the exit status.
int RunExtractToArchive(ExtractCommand& cmd, const PatternSet& patterns);

}  // namespace redovis

#endif  // REDOVIS_CLI_ARCHIVE_OUTPUT_H_
