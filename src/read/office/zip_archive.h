// ZipArchive: read-only access to the parts of an Office package (.docx,
// .odt) held in memory, with limits that libzip does not enforce itself.
//
// In: the bytes of a zip file and the limits to apply. Out: the bytes of named
// entries, or a Status with a stable code:
//   "not_a_zip"   the bytes are not a zip archive, or it is truncated or damaged
//   "zip_limits"  too many entries, or a part or the whole archive declares or
//                 inflates to more bytes than allowed
//   "zip_bomb"    the same, from so few compressed bytes (more than the allowed
//                 ratio) that it can only be made to exhaust memory; or a part
//                 that declares a small size inflates past a limit
// A ratio alone is never refused: XML compresses well, and a part under the
// byte limits is read whatever its ratio.
//   "encrypted"   the entry is encrypted (needs a password)
//   "missing_part" no entry by that name
//   "corrupt"     the entry's data cannot be inflated, fails its CRC check, or
//                 inflates to more than it declares and then ends
//   "out_of_memory" libzip could not allocate
//   "office_unavailable" libzip's module (read/office/office_module.h), which
//                 Open loads, is missing, broken or from another build
//
// It never uses entry names as file system paths, never writes files, never
// throws (allocation failure is the caller's boundary), and never prints.
// The bytes given to Open() must outlive the archive.
#ifndef REDOVIS_READ_OFFICE_ZIP_ARCHIVE_H_
#define REDOVIS_READ_OFFICE_ZIP_ARCHIVE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "redovis/status.h"

struct zip;

namespace redovis {

struct ZipCalls;

/// Limits for reading a package; see ReadOptions for the defaults.
struct ZipLimits {
  size_t max_entries = 5000;            ///< entries in the central directory
  size_t max_part_bytes = 64u << 20;    ///< bytes read from one entry
  size_t max_total_bytes = 256u << 20;  ///< bytes read from all entries together
  /// Inflated bytes / compressed bytes above which a part that passes a byte
  /// limit is a bomb rather than merely too large; never judged on its own.
  double max_ratio = 200.0;
};

class ZipArchive {
 public:
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;
  /// Closes the archive without writing anything.
  ~ZipArchive();

  /// Opens the archive in `bytes` (which must outlive it). Returns ok and sets
  /// `*out`, or fails with "not_a_zip" (not a zip, truncated, inconsistent) or
  /// "zip_limits" (more entries than `limits.max_entries`).
  static Status Open(std::string_view bytes, const ZipLimits& limits,
                     std::unique_ptr<ZipArchive>* out);

  /// True when an entry named exactly `name` exists (a plain string compare).
  bool Contains(const std::string& name) const;

  /// Reads the entry named `name` into `*out`, counting the bytes actually
  /// inflated. Fails with "missing_part", "encrypted", "zip_bomb" or
  /// "zip_limits" (the declared size, or the bytes inflated so far, pass the
  /// part's or the package's limit) or "corrupt" (an inflate or CRC error, or
  /// more bytes than declared before the data ends); `*out` is then empty.
  Status Read(const std::string& name, std::string* out);

  /// The name of entry `index` (0 to entry_count() - 1) as libzip gives it
  /// (UTF-8; a CP437 name converted), "" when its directory entry cannot be
  /// read.
  std::string EntryName(size_t index) const;

  /// The number of entries in the central directory.
  size_t entry_count() const { return entries_; }
  /// The bytes inflated so far by Read(), over all entries.
  size_t total_bytes_read() const { return total_read_; }

 private:
  /// The error for part `name` having passed a limit with `bytes` (declared or
  /// inflated) from `compressed` bytes, `what` saying how: "zip_bomb" above
  /// the allowed ratio, else "zip_limits".
  Status OverLimit(const std::string& name, uint64_t bytes, uint64_t compressed,
                   const std::string& what) const;
  /// Wraps an archive libzip (through `calls`) opened; takes ownership of it.
  ZipArchive(const ZipCalls* calls, zip* archive, size_t entries, size_t archive_size,
             const ZipLimits& limits);

  const ZipCalls* z_;  ///< libzip, from the office module (read/office/office_module.h)
  zip* archive_;
  size_t entries_;
  size_t archive_size_;
  ZipLimits limits_;
  size_t total_read_ = 0;
};

/// The number of entries the end-of-central-directory record of `bytes`
/// declares, read without libzip; -1 when there is no such record or it is a
/// ZIP64 archive (the count is then left to libzip).
int64_t DeclaredZipEntries(std::string_view bytes);

}  // namespace redovis

#endif  // REDOVIS_READ_OFFICE_ZIP_ARCHIVE_H_
