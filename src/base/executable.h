// Where the running program is: the one place that asks, for the pattern
// directory (cli/options.h) and the program's modules (base/module_loader.h:
// the PDF and OCR modules), all found relative to the executable.
#ifndef REDOVIS_BASE_EXECUTABLE_H_
#define REDOVIS_BASE_EXECUTABLE_H_

#include <string>

namespace redovis {

/// The directory of the running executable (from /proc/self/exe, links
/// resolved); "" when unknown. Never throws.
std::string ExecutableDir();

}  // namespace redovis

#endif  // REDOVIS_BASE_EXECUTABLE_H_
