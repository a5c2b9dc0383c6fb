#include "redovis/status.h"

namespace redovis {

std::string Status::ToString() const {
  return ok() ? "ok" : code_ + ": " + message_;
}

}  // namespace redovis
