// See module_loader.h.
#include "base/module_loader.h"

#include <dlfcn.h>

#include <filesystem>
#include <system_error>

namespace redovis {

std::vector<std::string> ModuleCandidates(const ModuleSpec& spec, const std::string& exe_dir) {
  if (exe_dir.empty()) return {};
  return {exe_dir + "/" + spec.from_bindir, exe_dir + "/" + spec.file};
}

Status OpenModule(const ModuleSpec& spec, const std::vector<std::string>& candidates, void** entry,
                  std::string* path) {
  *entry = nullptr;
  path->clear();
  std::string looked;
  for (const std::string& candidate : candidates) {
    std::error_code ec;
    if (!std::filesystem::exists(candidate, ec)) {
      looked += (looked.empty() ? "" : ", ") + candidate;
      continue;
    }
    *path = candidate;
    void* handle = dlopen(candidate.c_str(), RTLD_NOW | RTLD_GLOBAL);
    if (handle == nullptr) {
      const char* why = dlerror();
      return Status::Error(spec.code,
                           std::string(spec.what) + " " + candidate +
                               " could not be loaded: " + (why ? why : "unknown reason"));
    }
    *entry = dlsym(handle, spec.entry);
    if (*entry == nullptr) return ForeignModule(spec, candidate);
    return Status();
  }
  return Status::Error(
      spec.code, std::string(spec.what) + " " + spec.file + " was not found (looked at " +
                     (looked.empty() ? "nothing: the program's directory is unknown" : looked) +
                     "); reinstall redovis");
}

Status ForeignModule(const ModuleSpec& spec, const std::string& path) {
  return Status::Error(spec.code, std::string(spec.what) + " " + path +
                                      " is from another build of redovis; reinstall redovis");
}

}  // namespace redovis
