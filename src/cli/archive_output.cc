#include "cli/archive_output.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

#include "batch/batch.h"
#include "cli/batch_session.h"
#include "redovis/extractor.h"
#include "write/answer_state.h"
#include "write/sqlite_writer.h"

namespace redovis {

namespace {

/// The bytes of the regular file at `path`; false when it is none (a pipe
/// is read once, by its worker) or cannot be read.
bool ReadAll(const std::string& path, std::string* bytes) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return false;
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  bytes->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

}  // namespace

std::vector<std::string> UnknownInputs(const std::vector<std::string>& paths,
                                       const std::string& stdin_bytes,
                                       const std::function<bool(const std::string&)>& known,
                                       size_t* skipped) {
  std::vector<std::string> out;
  *skipped = 0;
  std::string bytes;
  for (const std::string& p : paths) {
    bool read = p == "-" ? (bytes = stdin_bytes, true) : ReadAll(p, &bytes);
    if (read && known(Sha256Hex(bytes))) {
      ++*skipped;
      continue;
    }
    out.push_back(p);
  }
  return out;
}

int RunExtractToArchive(ExtractCommand& cmd, const PatternSet& patterns) {
  if (cmd.output.empty() || cmd.output == "-") {
    std::cerr << "redovis: --format sqlite needs -o FILE (a database is not written to standard "
                 "output)\n";
    return 2;
  }
  ArchiveOptions options;
  options.rebuild = cmd.rebuild;
  // The keys the clients view sums, named by their role in catalogue.tsv.
  options.clients_women = patterns.catalogue().KeyWithRole("clients_women");
  options.clients_men = patterns.catalogue().KeyWithRole("clients_men");
  options.absence_codes = AbsenceCodes(patterns);
  std::unique_ptr<SqliteArchive> archive;
  Status s = SqliteArchive::Open(cmd.output, patterns.catalogue(), options, &archive);
  if (!s.ok()) {
    std::cerr << "redovis: " << s.message() << "\n";
    return 2;
  }
  BatchSession session(cmd.flags.quiet);
  s = session.Prepare(cmd.flags);
  if (!s.ok()) {
    std::cerr << "redovis: " << s.message() << "\n";
    return 2;
  }
  size_t skipped = 0;
  std::vector<std::string> paths = UnknownInputs(
      session.inputs().paths, session.inputs().stdin_bytes,
      [&](const std::string& sha256) { return archive->Knows(sha256); }, &skipped);
  if (!cmd.flags.quiet)
    std::cerr << "redovis: " << Counted(skipped, "file", "files") << " already in the database, "
              << paths.size() << " new\n";
  BatchOptions batch = ToBatchOptions(cmd.flags);
  batch.whole_records = true;  // the archive stores every value
  session.Configure(&batch, paths);
  BatchRunner runner(patterns, batch);
  RunCounts& counts = session.counts();
  Status written = archive->Begin();
  size_t since_commit = 0;
  runner.Run(
      paths, session.inputs().stdin_bytes, nullptr,
      [&](std::vector<BatchRecord> recs) {
        ++counts.files;
        std::vector<Record> records;
        records.reserve(recs.size());
        for (BatchRecord& br : recs) {
          counts.Add(br.record);
          records.push_back(std::move(br.record));
        }
        if (written.ok()) written = archive->WriteFile(records);
        if (written.ok() && ++since_commit == kArchiveFilesPerCommit) {
          since_commit = 0;
          written = archive->Commit();
        }
      },
      [&](const BatchProgress& p) { session.Progress(p); });
  session.EndProgress();
  if (written.ok()) written = archive->Finish();
  if (!written.ok()) {
    std::cerr << "redovis: " << written.message() << "\n";
    return 2;
  }
  session.Finish();
  return session.ExitCode(false);
}

}  // namespace redovis
