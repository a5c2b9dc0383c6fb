// PLACEHOLDER until the Word reader lands (issue 3): reports the format as unsupported.
#include "redovis/readers.h"
namespace redovis {
Status ReadDocx(std::string_view, const ReadOptions&, Document*) {
  return Status::Error("unsupported_format", "Word (.docx) files are not read yet");
}
}  // namespace redovis
