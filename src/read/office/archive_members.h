// The report files inside a zip archive that is no Office package: a folder
// of reports mailed or archived as one .zip. The extractor reads each file
// taken out as it reads a file given on the command line.
//
// In: the archive's bytes and the ReadOptions' zip limits (the same as a
// .docx's: entries, bytes a part, bytes in all, the bomb ratio). Out: the
// files a directory walk would read (a readable extension: readers.h) and
// the zip archives inside it (for the extractor to name), in the archive's
// order, each with its name in the archive and its bytes or
// why they could not be taken out; and the names of the files left out
// (another extension). Folders and the files a system leaves in archives of
// its own (`__MACOSX/`, `._*`, `.DS_Store`, `Thumbs.db`, Word's `~$*` lock
// files) are neither. It never uses a name as a path, never writes files,
// never prints, and never throws (allocation failure is the caller's
// boundary).
#ifndef REDOVIS_READ_OFFICE_ARCHIVE_MEMBERS_H_
#define REDOVIS_READ_OFFICE_ARCHIVE_MEMBERS_H_

#include <string>
#include <string_view>
#include <vector>

#include "redovis/readers.h"
#include "redovis/status.h"

namespace redovis {

/// One file taken out of an archive.
struct ArchiveMember {
  std::string name;   ///< its name in the archive ("2023/Timrå.docx")
  std::string bytes;  ///< its bytes; empty when `status` is an error
  /// Ok, or why its bytes could not be taken out: ZipArchive::Read's codes
  /// ("encrypted", "zip_bomb", "zip_limits", "corrupt").
  Status status;
};

/// True when `bytes` (a zip) are an Office package of some kind, a .docx's,
/// an .xlsx's or an .odt's (a `[Content_Types].xml` or a `mimetype` entry),
/// rather than an archive of files. False for bytes that are no zip.
bool IsOfficePackage(std::string_view bytes, const ReadOptions& options);

/// True when `bytes`, named `name`, are a zip archive of files: a zip no
/// reader's sniff or name claims (SniffFormat's kZip) that is no Office
/// package. What the extractor reads with ReadArchiveMembers.
bool IsArchiveOfFiles(std::string_view bytes, const std::string& name, const ReadOptions& options);

/// Takes the files out of the archive `bytes` (which must outlive nothing:
/// each member's bytes are copied). Fails, with nothing taken, as
/// ZipArchive::Open fails ("not_a_zip", "zip_limits", "office_unavailable").
Status ReadArchiveMembers(std::string_view bytes, const ReadOptions& options,
                          std::vector<ArchiveMember>* members, std::vector<std::string>* left_out);

}  // namespace redovis

#endif  // REDOVIS_READ_OFFICE_ARCHIVE_MEMBERS_H_
