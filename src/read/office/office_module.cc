// Loading the office module (the program's side). See office_module.h.
#include "read/office/office_module.h"

#include <atomic>

#include "base/module_loader.h"

namespace redovis {

namespace {

std::atomic<bool> loaded{false};

/// What names the module and the failure to load it.
const ModuleSpec kOfficeSpec{kOfficeModuleFile, REDOVIS_OFFICE_FROM_BINDIR, "RedovisOfficeModule",
                             "office_unavailable",
                             "Word and OpenDocument reading is unavailable: the office module"};

}  // namespace

std::vector<std::string> OfficeModuleCandidates(const std::string& exe_dir) {
  return ModuleCandidates(kOfficeSpec, exe_dir);
}

Status LoadOfficeModuleFrom(const std::vector<std::string>& candidates, const OfficeModule** out) {
  return OpenModuleTable<OfficeModule>(kOfficeSpec, candidates, REDOVIS_OFFICE_ABI, nullptr, out);
}

Status LoadOfficeModule(const OfficeModule** out) {
  Status s = LoadModuleOnce<OfficeModule>(kOfficeSpec, REDOVIS_OFFICE_ABI, nullptr, out);
  if (s.ok()) loaded = true;
  return s;
}

bool OfficeModuleLoaded() {
  return loaded;
}

}  // namespace redovis
