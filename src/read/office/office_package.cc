#include "read/office/office_package.h"

#include <cstdlib>

namespace redovis {

Status OpenPackage(std::string_view bytes, const ReadOptions& options,
                   std::unique_ptr<ZipArchive>* zip) {
  ZipLimits limits;
  limits.max_entries = options.max_zip_entries;
  limits.max_part_bytes = options.max_part_bytes;
  limits.max_total_bytes = options.max_total_bytes;
  limits.max_ratio = options.max_ratio;
  return ZipArchive::Open(bytes, limits, zip);
}

int ParseCount(const std::string& s, int fallback) {
  char* end = nullptr;
  long v = std::strtol(s.c_str(), &end, 10);
  if (end == s.c_str() || v < 0 || v > 100000) return fallback;
  return static_cast<int>(v);
}

void OnceWarnings::Add(const char* key, const std::string& message) {
  for (const std::string& k : given_)
    if (k == key) return;
  given_.push_back(key);
  doc_->warnings.push_back(message);
}

void OnceWarnings::TrackedChanges() {
  Add("tracked", "the document has tracked changes; they are read as accepted");
}

}  // namespace redovis
