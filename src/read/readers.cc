// Format sniffing, dispatch and the readable extensions, all from the reader
// registry (read/registry.h).
#include "redovis/readers.h"

#include <algorithm>

#include "read/registry.h"

namespace redovis {

const char* FormatName(InputFormat f) {
  if (const ReaderEntry* r = ReaderFor(f)) return r->name;
  switch (f) {
    case InputFormat::kZip:
      return "zip";
    case InputFormat::kEmpty:
      return "empty";
    case InputFormat::kBinary:
      return "binary";
    default:
      return "unknown";
  }
}

InputFormat SniffFormat(std::string_view b, const std::string& name) {
  if (b.empty()) return InputFormat::kEmpty;
  const ReaderEntry* best = nullptr;
  Evidence best_evidence = Evidence::kNone;
  for (const ReaderEntry& r : Readers()) {
    if (r.sniff == nullptr) continue;
    Evidence e = r.sniff(b);
    if (e > best_evidence) {
      best = &r;
      best_evidence = e;
    }
  }
  if (best) return best->format;
  // The content names no format: a zip-packed format's extension decides.
  const ReaderEntry* named = ReaderNamedBy(name);
  bool named_zip = named && named->package == Package::kZip;
  if (StartsAsZip(b)) return named_zip ? named->format : InputFormat::kZip;
  if (named_zip && b.substr(0, 2) == "PK") return InputFormat::kZip;  // a damaged zip
  return FallbackReader().format;  // the text reader decides whether it is binary
}

Status ReadDocument(std::string_view bytes, const std::string& name, const ReadOptions& options,
                    Document* out) {
  InputFormat f = SniffFormat(bytes, name);
  if (f == InputFormat::kEmpty) return Status::Error("empty_file", "the file is empty (0 bytes)");
  const ReaderEntry* reader = f == InputFormat::kZip ? &ZipReaderFor(name) : ReaderFor(f);
  if (reader == nullptr) reader = &FallbackReader();
  if (reader == &FallbackReader()) {
    const ReaderEntry* named = ReaderNamedBy(name);
    if (named != nullptr && named != reader) {
      // Named as a document but not one: say so rather than reading bytes as text.
      return Status::Error("wrong_format", "the name says " + name.substr(name.rfind('.') + 1) +
                                               " but the content is not that format");
    }
  }
  return reader->read(bytes, options, out);
}

std::vector<std::string> ReadableExtensions() {
  std::vector<std::string> out;
  for (const ReaderEntry& r : Readers())
    for (std::string_view ext : r.extensions) out.emplace_back(ext);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool IsReadableExtension(std::string_view extension) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  for (const ReaderEntry& r : Readers()) {
    for (std::string_view ext : r.extensions) {
      if (ext.size() == extension.size() &&
          std::equal(ext.begin(), ext.end(), extension.begin(),
                     [&](char a, char b) { return a == lower(b); }))
        return true;
    }
  }
  return false;
}

bool IsWalkedExtension(std::string_view extension) {
  if (IsReadableExtension(extension)) return true;
  return extension.size() == kArchiveExtension.size() &&
         std::equal(extension.begin(), extension.end(), kArchiveExtension.begin(),
                    [](char a, char b) { return (a >= 'A' && a <= 'Z' ? a - 'A' + 'a' : a) == b; });
}

}  // namespace redovis
