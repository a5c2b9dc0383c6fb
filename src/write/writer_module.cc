// Loading the writer module (the program's side). See writer_module.h.
#include "write/writer_module.h"

#include <atomic>

#include "base/module_loader.h"

namespace redovis {

namespace {

std::atomic<bool> loaded{false};

/// What names the module and the failure to load it.
const ModuleSpec kWritersSpec{kWriterModuleFile, REDOVIS_WRITERS_FROM_BINDIR, "RedovisWriterModule",
                              "write_error",
                              "SQLite and workbook output are unavailable: the writer module"};

}  // namespace

std::vector<std::string> WriterModuleCandidates(const std::string& exe_dir) {
  return ModuleCandidates(kWritersSpec, exe_dir);
}

Status LoadWriterModuleFrom(const std::vector<std::string>& candidates, const WriterModule** out) {
  return OpenModuleTable<WriterModule>(kWritersSpec, candidates, REDOVIS_WRITERS_ABI, nullptr, out);
}

Status LoadWriterModule(const WriterModule** out) {
  Status s = LoadModuleOnce<WriterModule>(kWritersSpec, REDOVIS_WRITERS_ABI, nullptr, out);
  if (s.ok()) loaded = true;
  return s;
}

bool WriterModuleLoaded() {
  return loaded;
}

}  // namespace redovis
