#include "read/office/archive_members.h"

#include <memory>

#include "read/office/office_package.h"

namespace redovis {

namespace {

/// The part of `name` after its last '/'.
std::string_view BaseName(std::string_view name) {
  const size_t slash = name.rfind('/');
  return slash == std::string_view::npos ? name : name.substr(slash + 1);
}

/// A folder, or a file a system leaves in archives of its own.
bool IsSystemEntry(std::string_view name) {
  const std::string_view base = BaseName(name);
  return name.empty() || name.back() == '/' || name.substr(0, 9) == "__MACOSX/" ||
         name.find("/__MACOSX/") != std::string_view::npos || base.substr(0, 2) == "._" ||
         base.substr(0, 2) == "~$" || base == ".DS_Store" || base == "Thumbs.db";
}

/// `name`'s extension, lower case, with its dot ("" without one).
std::string Extension(std::string_view name) {
  const std::string_view base = BaseName(name);
  const size_t dot = base.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  std::string ext(base.substr(dot));
  for (char& c : ext)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return ext;
}

}  // namespace

bool IsOfficePackage(std::string_view bytes, const ReadOptions& options) {
  std::unique_ptr<ZipArchive> zip;
  if (!OpenPackage(bytes, options, &zip).ok()) return false;
  return zip->Contains("[Content_Types].xml") || zip->Contains("mimetype");
}

Status ReadArchiveMembers(std::string_view bytes, const ReadOptions& options,
                          std::vector<ArchiveMember>* members, std::vector<std::string>* left_out) {
  members->clear();
  left_out->clear();
  std::unique_ptr<ZipArchive> zip;
  if (Status s = OpenPackage(bytes, options, &zip); !s.ok()) return s;
  for (size_t i = 0; i < zip->entry_count(); ++i) {
    const std::string name = zip->EntryName(i);
    if (IsSystemEntry(name)) continue;
    const std::string ext = Extension(name);
    if (!IsReadableExtension(ext) && ext != kArchiveExtension) {
      left_out->push_back(name);
      continue;
    }
    ArchiveMember m;
    m.name = name;
    m.status = zip->Read(name, &m.bytes);
    members->push_back(std::move(m));
  }
  return Status();
}

}  // namespace redovis
