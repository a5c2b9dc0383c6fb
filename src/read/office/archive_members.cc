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

/// `name`'s extension, with its dot, as written ("" without one).
std::string_view Extension(std::string_view name) {
  const std::string_view base = BaseName(name);
  const size_t dot = base.rfind('.');
  return dot == std::string_view::npos || dot == 0 ? std::string_view() : base.substr(dot);
}

}  // namespace

bool IsOfficePackage(std::string_view bytes, const ReadOptions& options) {
  std::unique_ptr<ZipArchive> zip;
  if (!OpenPackage(bytes, options, &zip).ok()) return false;
  return zip->Contains("[Content_Types].xml") || zip->Contains("mimetype");
}

bool IsArchiveOfFiles(std::string_view bytes, const std::string& name, const ReadOptions& options) {
  return SniffFormat(bytes, name) == InputFormat::kZip && !IsOfficePackage(bytes, options);
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
    if (!IsWalkedExtension(Extension(name))) {
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
