// The boundary between the program and its PDF module, redovis-pdf.so
// (Poppler, built from pdf_page_pass.cc), which is loaded with dlopen the
// first time a PDF is opened, so that a run that opens no PDF never loads
// Poppler and its libraries (they were half of the program's start-up).
//
// The module exports one C symbol, RedovisPdfModule, returning a table of its
// entry points; everything else crosses as the C++ types of pdf_page_pass.h
// (the module and the program are built together, by one compiler). The
// table carries an ABI stamp (the build's version and a hash of the headers
// of this boundary, set by CMakeLists.txt); a module whose stamp differs is
// refused, not called.
//
// Where the module is looked for, in order (PdfModuleCandidates, through
// base/module_loader.h): the installed place relative to the executable's
// directory (REDOVIS_PDF_FROM_BINDIR, e.g.
// ../lib/x86_64-linux-gnu/redovis/redovis-pdf.so), then the executable's own
// directory (the build tree).
//
// The loader keeps one process-wide, write-once state: the loaded module
// (loaded once, thread-safe, never unloaded: Poppler keeps static state).
// It never prints and never throws.
#ifndef REDOVIS_READ_PDF_PDF_MODULE_H_
#define REDOVIS_READ_PDF_PDF_MODULE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "read/pdf/pdf_page_pass.h"
#include "redovis/status.h"

namespace redovis {

/// The module's entry points.
struct PdfModule {
  const char* abi;  // REDOVIS_PDF_ABI of the module's build
  /// PdfFile::Open's work (see pdf_page_pass.h), in the module.
  Status (*open)(std::string_view bytes, std::unique_ptr<PdfFile>* out);
};

/// The file name of the module.
inline constexpr const char* kPdfModuleFile = "redovis-pdf.so";

/// The paths the module is looked for at, in order, for an executable in
/// `exe_dir`; empty when `exe_dir` is empty.
std::vector<std::string> PdfModuleCandidates(const std::string& exe_dir);

/// The module, loaded on the first call from the first of
/// PdfModuleCandidates(ExecutableDir()) that exists. Thread-safe; the answer
/// (module or failure) is kept for the process's life. Fails with
/// "pdf_unavailable" when no candidate exists, one cannot be loaded, or its
/// ABI stamp differs; the message names the paths and the reason.
Status LoadPdfModule(const PdfModule** out);

/// As LoadPdfModule, from `candidates` instead, and not kept: each call
/// opens anew (for tests of a missing or foreign module).
Status LoadPdfModuleFrom(const std::vector<std::string>& candidates, const PdfModule** out);

/// The ABI stamp this program expects of the module (REDOVIS_PDF_ABI).
const char* PdfModuleAbi();

/// True when this process has loaded the module (for tests and diagnostics).
bool PdfModuleLoaded();

}  // namespace redovis

/// The module's one exported symbol.
extern "C" const redovis::PdfModule* RedovisPdfModule();

#endif  // REDOVIS_READ_PDF_PDF_MODULE_H_
