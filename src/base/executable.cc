// See executable.h.
#include "base/executable.h"

#include <filesystem>
#include <system_error>

namespace redovis {

std::string ExecutableDir() {
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::canonical("/proc/self/exe", ec);
  return ec ? std::string() : exe.parent_path().string();
}

}  // namespace redovis
