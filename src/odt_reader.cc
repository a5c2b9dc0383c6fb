// PLACEHOLDER until the OpenDocument reader lands (issue 3).
#include "redovis/readers.h"
namespace redovis {
Status ReadOdt(std::string_view, const ReadOptions&, Document*) {
  return Status::Error("unsupported_format", "OpenDocument (.odt) files are not read yet");
}
}  // namespace redovis
