// Loading the PDF module and PdfFile::Open's program side. See pdf_module.h.
#include <atomic>
#include <string>

#include "base/module_loader.h"
#include "read/pdf/pdf_module.h"
#include "read/pdf/pdf_page_pass.h"

namespace redovis {

namespace {

std::atomic<bool> loaded{false};

/// What names the module and the failure to load it.
const ModuleSpec kPdfSpec{kPdfModuleFile, REDOVIS_PDF_FROM_BINDIR, "RedovisPdfModule",
                          "pdf_unavailable", "PDF reading is unavailable: the PDF module"};

}  // namespace

std::vector<std::string> PdfModuleCandidates(const std::string& exe_dir) {
  return ModuleCandidates(kPdfSpec, exe_dir);
}

Status LoadPdfModuleFrom(const std::vector<std::string>& candidates, const PdfModule** out) {
  return OpenModuleTable<PdfModule>(
      kPdfSpec, candidates, REDOVIS_PDF_ABI, [](const PdfModule& m) { return m.open != nullptr; },
      out);
}

Status LoadPdfModule(const PdfModule** out) {
  Status s = LoadModuleOnce<PdfModule>(
      kPdfSpec, REDOVIS_PDF_ABI, [](const PdfModule& m) { return m.open != nullptr; }, out);
  if (s.ok()) loaded = true;
  return s;
}

const char* PdfModuleAbi() {
  return REDOVIS_PDF_ABI;
}

bool PdfModuleLoaded() {
  return loaded;
}

Status PdfFile::Open(std::string_view bytes, std::unique_ptr<PdfFile>* out) {
  out->reset();
  const PdfModule* module = nullptr;
  Status s = LoadPdfModule(&module);
  if (!s.ok()) return s;
  return module->open(bytes, out);
}

}  // namespace redovis
