// Loading the OCR module and OcrEngine's program side. See ocr_module.h.
#include <algorithm>
#include <atomic>
#include <string>

#include "base/module_loader.h"
#include "read/ocr/ocr.h"
#include "read/ocr/ocr_module.h"

namespace redovis {

namespace {

std::atomic<bool> loaded{false};

/// What names the module and the failure to load it.
const ModuleSpec kOcrSpec{kOcrModuleFile, REDOVIS_OCR_FROM_BINDIR, "RedovisOcrModule",
                          "ocr_unavailable", "OCR is unavailable: the OCR module"};

}  // namespace

std::vector<std::string> OcrModuleCandidates(const std::string& exe_dir) {
  return ModuleCandidates(kOcrSpec, exe_dir);
}

Status LoadOcrModule(const OcrModule** out) {
  Status s = LoadModuleOnce<OcrModule>(
      kOcrSpec, REDOVIS_OCR_ABI,
      [](const OcrModule& m) { return m.create != nullptr && m.deskew != nullptr; }, out);
  if (s.ok()) loaded = true;
  return s;
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
