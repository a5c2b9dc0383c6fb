// PLACEHOLDER until the PDF reader lands (issue 4).
#include "redovis/readers.h"
namespace redovis {
Status ReadPdf(std::string_view, const ReadOptions&, Document*) {
  return Status::Error("unsupported_format", "PDF files are not read yet");
}
}  // namespace redovis
