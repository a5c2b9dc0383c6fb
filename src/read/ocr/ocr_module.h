// The boundary between the program and its OCR module, redovis-ocr.so
// (Tesseract and Leptonica, built from ocr.cc), which is loaded with dlopen
// the first time OCR is needed, so that a run that reads no scan never loads
// those libraries.
//
// The module exports one C symbol, RedovisOcrModule, returning a table of its
// entry points; everything else crosses as the C++ types of ocr.h (the module
// and the program are built together, by one compiler). The table carries an
// ABI stamp (the build's version and a hash of the headers of this boundary,
// set by CMakeLists.txt); a module whose stamp differs is refused, not called.
//
// Where the module is looked for, in order (OcrModuleCandidates): the
// installed place relative to the executable's directory
// (REDOVIS_OCR_FROM_BINDIR, e.g. ../lib/x86_64-linux-gnu/redovis/redovis-ocr.so),
// then the executable's own directory (the build tree). No RPATH or
// LD_LIBRARY_PATH is involved: the module is opened by its full path.
//
// The loader keeps one process-wide, write-once state: the loaded module
// (loaded once, thread-safe, never unloaded: Tesseract keeps static state).
// It never prints and never throws.
#ifndef REDOVIS_READ_OCR_OCR_MODULE_H_
#define REDOVIS_READ_OCR_OCR_MODULE_H_

#include <memory>
#include <string>
#include <vector>

#include "read/ocr/ocr.h"
#include "redovis/status.h"

namespace redovis {

/// The module's entry points (see ocr.h for what each does).
struct OcrModule {
  const char* abi;  // REDOVIS_OCR_ABI of the module's build
  Status (*create)(const std::string& language, std::unique_ptr<OcrEngine>* out);
  std::vector<unsigned char> (*deskew)(const GreyImage& image, GreyImage* out);
};

/// The file name of the module.
inline constexpr const char* kOcrModuleFile = "redovis-ocr.so";

/// The paths the module is looked for at, in order, for an executable in
/// `exe_dir`; empty when `exe_dir` is empty.
std::vector<std::string> OcrModuleCandidates(const std::string& exe_dir);

/// The module, loaded on the first call from the first of
/// OcrModuleCandidates(ExecutableDir()) that exists. Thread-safe; the answer
/// (module or failure) is kept for the process's life. Fails with
/// "ocr_unavailable" when no candidate exists, one cannot be loaded, or its
/// ABI stamp differs; the message names the paths and the reason.
Status LoadOcrModule(const OcrModule** out);

/// The ABI stamp this program expects of the module (REDOVIS_OCR_ABI).
const char* OcrModuleAbi();

/// True when this process has loaded the module (for tests and diagnostics).
bool OcrModuleLoaded();

}  // namespace redovis

/// The module's one exported symbol.
extern "C" const redovis::OcrModule* RedovisOcrModule();

#endif  // REDOVIS_READ_OCR_OCR_MODULE_H_
