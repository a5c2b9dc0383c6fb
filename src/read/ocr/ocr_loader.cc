// Loading the OCR module and OcrEngine's program side. See ocr_module.h.
#include <dlfcn.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <mutex>
#include <string>
#include <system_error>

#include "base/executable.h"
#include "read/ocr/ocr.h"
#include "read/ocr/ocr_module.h"

namespace redovis {

namespace {

std::atomic<bool> loaded{false};

/// Loads the module once; the result stays for the process's life.
Status LoadOnce(const OcrModule** out) {
  std::vector<std::string> candidates = OcrModuleCandidates(ExecutableDir());
  std::string looked;
  for (const std::string& path : candidates) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
      looked += (looked.empty() ? "" : ", ") + path;
      continue;
    }
    // RTLD_GLOBAL: the module finds libgomp's settings through the global
    // scope (ocr.cc's OneOpenMpThread); its own symbols are hidden.
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_GLOBAL);
    if (handle == nullptr) {
      const char* why = dlerror();
      return Status::Error("ocr_unavailable",
                           "OCR is unavailable: the OCR module " + path +
                               " could not be loaded: " + (why ? why : "unknown reason"));
    }
    using Entry = const OcrModule* (*)();
    auto entry = reinterpret_cast<Entry>(dlsym(handle, "RedovisOcrModule"));
    const OcrModule* module = entry ? entry() : nullptr;
    if (module == nullptr || module->abi == nullptr ||
        std::string(module->abi) != REDOVIS_OCR_ABI || !module->create || !module->deskew) {
      return Status::Error("ocr_unavailable", "OCR is unavailable: the OCR module " + path +
                                                  " is from another build of redovis; "
                                                  "reinstall redovis");
    }
    *out = module;
    loaded = true;
    return Status();
  }
  return Status::Error(
      "ocr_unavailable",
      std::string("OCR is unavailable: the OCR module ") + kOcrModuleFile +
          " was not found (looked at " +
          (looked.empty() ? "nothing: the program's directory is unknown" : looked) +
          "); reinstall redovis");
}

}  // namespace

std::vector<std::string> OcrModuleCandidates(const std::string& exe_dir) {
  if (exe_dir.empty()) return {};
  return {exe_dir + "/" + REDOVIS_OCR_FROM_BINDIR, exe_dir + "/" + kOcrModuleFile};
}

Status LoadOcrModule(const OcrModule** out) {
  static std::once_flag once;
  static const OcrModule* module = nullptr;
  static Status status;
  std::call_once(once, [] { status = LoadOnce(&module); });
  *out = module;
  return status;
}

const char* OcrModuleAbi() {
  return REDOVIS_OCR_ABI;
}

bool OcrModuleLoaded() {
  return loaded;
}

Status OcrEngine::Create(const std::string& language, std::unique_ptr<OcrEngine>* out) {
  out->reset();
  if (language.empty())
    return Status::Error("ocr_unavailable", "OCR is unavailable: no OCR language is configured");
  const OcrModule* module = nullptr;
  Status s = LoadOcrModule(&module);
  if (!s.ok()) return s;
  return module->create(language, out);
}

std::vector<unsigned char> Deskew(const GreyImage& image, GreyImage* out) {
  const OcrModule* module = nullptr;
  if (LoadOcrModule(&module).ok()) return module->deskew(image, out);
  // Without the module nothing is straightened: a plain copy.
  *out = GreyImage();
  std::vector<unsigned char> pixels;
  if (image.pixels == nullptr || image.width <= 0 || image.height <= 0 ||
      image.stride < image.width)
    return pixels;
  pixels.resize(static_cast<size_t>(image.width) * image.height);
  for (int y = 0; y < image.height; ++y)
    std::copy_n(image.pixels + static_cast<size_t>(y) * image.stride, image.width,
                pixels.begin() + static_cast<size_t>(y) * image.width);
  *out = image;
  out->stride = image.width;
  out->pixels = pixels.data();
  return pixels;
}

}  // namespace redovis
