// The reader registry: one immutable table with one entry per input format
// (its name, the file-name extensions a directory walk picks up, how its
// bytes are recognised, and the function that reads it). SniffFormat,
// ReadDocument, FormatName and the readable extensions (readers.h) all work
// from it, so a new format is a new reader and one entry here.
//
// How the table is used (readers.cc):
//   - Sniffing: every entry's sniff looks at the bytes; strong evidence (a
//     signature at its place) beats weak evidence (a marker anywhere), and
//     among equals the entry earlier in the table wins.
//   - When no sniff claims the bytes but they are a zip, the entry of the
//     file name's extension among the zip-packed formats reads them (which
//     then reports what is wrong); with no such extension, the first
//     zip-packed entry does.
//   - Bytes nothing claims are read by the fallback entry (plain text, the
//     one without a sniff); a name with another registered format's
//     extension is then "wrong_format".
// The table is a constexpr array: no global mutable state, no registration
// at start-up. Entries never change, and sniffs never read past the bytes.
#ifndef REDOVIS_READ_REGISTRY_H_
#define REDOVIS_READ_REGISTRY_H_

#include <span>
#include <string_view>

#include "redovis/document.h"
#include "redovis/readers.h"
#include "redovis/status.h"

namespace redovis {

/// How strongly bytes say they are a format.
enum class Evidence { kNone, kWeak, kStrong };

/// What a format's files come packed in.
enum class Package { kNone, kZip };

/// One input format.
struct ReaderEntry {
  InputFormat format;
  const char* name;                              ///< FormatName: "pdf"
  std::span<const std::string_view> extensions;  ///< lower case, with the dot
  Package package;
  /// How strongly `bytes` are this format; null for the fallback (text).
  Evidence (*sniff)(std::string_view bytes);
  /// Reads `bytes` into `out`; a Status error when they cannot be read.
  Status (*read)(std::string_view bytes, const ReadOptions& options, Document* out);
};

/// Every entry, in sniffing order.
std::span<const ReaderEntry> Readers();
/// The entry for `format`, or null for kZip, kEmpty, kBinary and kUnknown.
const ReaderEntry* ReaderFor(InputFormat format);
/// The entry one of whose extensions ends `file_name` (ASCII case ignored),
/// or null.
const ReaderEntry* ReaderNamedBy(std::string_view file_name);
/// The entry that reads what no sniff claims (the one without a sniff).
const ReaderEntry& FallbackReader();
/// The entry that reads a zip no sniff claimed: the zip-packed format that
/// `file_name`'s extension names, else the first zip-packed entry.
const ReaderEntry& ZipReaderFor(std::string_view file_name);

/// True when `bytes` start with a zip's local file header ("PK\3\4").
bool StartsAsZip(std::string_view bytes);

}  // namespace redovis

#endif  // REDOVIS_READ_REGISTRY_H_
