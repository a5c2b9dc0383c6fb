// Opening one of the program's own modules: a shared object of redovis's
// build (redovis-pdf.so: Poppler; redovis-ocr.so: Tesseract) that the program
// loads with dlopen on first use, so that a run which never needs it never
// loads it nor the libraries it links.
//
// Where a module is looked for, in order (ModuleCandidates): its installed
// place relative to the executable's directory (e.g.
// ../lib/x86_64-linux-gnu/redovis/redovis-pdf.so, set by CMakeLists.txt), then
// the executable's own directory (the build tree). No RPATH or
// LD_LIBRARY_PATH is involved: the module is opened by its full path.
//
// A module is opened RTLD_NOW | RTLD_GLOBAL (every symbol bound at once, so
// a broken module fails here and not mid-read; its libraries joined to the
// global scope, which libgomp's settings and the program's libjpeg message
// hook need) and never closed: its libraries keep static state.
//
// In: a ModuleSpec (static strings). Out: the address of the module's one
// exported entry symbol, or (OpenModuleTable) the table that entry answers,
// its build's ABI stamp checked. The
// loader keeps no state of its own (the caller keeps the answer, once per
// process), never prints and never throws.
#ifndef REDOVIS_BASE_MODULE_LOADER_H_
#define REDOVIS_BASE_MODULE_LOADER_H_

#include <mutex>
#include <string>
#include <vector>

#include "base/executable.h"
#include "redovis/status.h"

namespace redovis {

/// What names a module and the failure to load it.
struct ModuleSpec {
  const char* file;         // the file name, e.g. "redovis-pdf.so"
  const char* from_bindir;  // the installed path from the executable's directory
  const char* entry;        // the one exported symbol
  const char* code;         // the Status code of every failure, e.g. "pdf_unavailable"
  const char* what;         // a failure message's opening, e.g. "... unavailable: the PDF module"
};

/// The paths `spec`'s module is looked for at, in order, for an executable
/// in `exe_dir`; empty when `exe_dir` is empty.
std::vector<std::string> ModuleCandidates(const ModuleSpec& spec, const std::string& exe_dir);

/// Opens the first of `candidates` that exists and sets `*entry` to the
/// address of its symbol `spec.entry` and `*path` to the file opened. Fails
/// with `spec.code` when no candidate exists (the message lists where it
/// looked), the file cannot be loaded (the dynamic loader's reason), or it
/// lacks the symbol (a foreign file); every message names the path.
Status OpenModule(const ModuleSpec& spec, const std::vector<std::string>& candidates, void** entry,
                  std::string* path);

/// The failure for the module at `path` whose table is not this build's (its
/// ABI stamp differs, or an entry point is missing): `spec.code`, naming
/// the path.
Status ForeignModule(const ModuleSpec& spec, const std::string& path);

/// Opens the module as OpenModule does, calls its entry symbol (a function
/// of no arguments returning a `const Table*`) and sets `*out` to the table
/// it answers. Fails as OpenModule does, and as ForeignModule when the table
/// is null, its `abi` member is not `abi` (another build), or `complete`
/// (when given) says an entry point is missing.
template <typename Table>
Status OpenModuleTable(const ModuleSpec& spec, const std::vector<std::string>& candidates,
                       const char* abi, bool (*complete)(const Table&), const Table** out) {
  *out = nullptr;
  void* entry = nullptr;
  std::string path;
  Status s = OpenModule(spec, candidates, &entry, &path);
  if (!s.ok()) return s;
  using Entry = const Table* (*)();
  const Table* table = reinterpret_cast<Entry>(entry)();
  if (table == nullptr || table->abi == nullptr || std::string(table->abi) != abi ||
      (complete != nullptr && !complete(*table)))
    return ForeignModule(spec, path);
  *out = table;
  return Status();
}

/// The module of `spec`, whose entry answers a `const Table*`: opened with
/// OpenModuleTable from ModuleCandidates(spec, ExecutableDir()) on the first
/// call, and that answer (table or failure) kept for the process's life.
/// One per Table type (a module has its own table type); thread-safe, and
/// written once.
template <typename Table>
Status LoadModuleOnce(const ModuleSpec& spec, const char* abi, bool (*complete)(const Table&),
                      const Table** out) {
  static std::once_flag once;
  static const Table* table = nullptr;
  static Status status;
  std::call_once(once, [&] {
    status = OpenModuleTable<Table>(spec, ModuleCandidates(spec, ExecutableDir()), abi, complete,
                                    &table);
  });
  *out = table;
  return status;
}

}  // namespace redovis

#endif  // REDOVIS_BASE_MODULE_LOADER_H_
