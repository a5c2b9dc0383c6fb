// Where a command's output goes: standard output, or a file written
// atomically.
//
// In: a path given with -o (or --html); "" or "-" means standard output.
// Out: a stream to write to, and Commit() to put the result in place. A
// regular file (or a path that does not exist yet) is written to a temporary
// file beside it ("PATH.tmp-PID") and renamed over PATH on Commit(), so a
// failed or interrupted run never leaves half a file; the temporary file is
// removed when the object dies uncommitted, and by the signal handler when a
// signal ends the process first (cli/interrupts.h). A symbolic link is followed to
// its target (the link stays a link). Anything else that exists and is not a
// regular file (a device such as /dev/null, a FIFO) is written in place,
// because renaming over it would replace it.
//
// Never throws; errors are messages that name the path as given. Open()
// creates the temporary file at once, so a path that cannot be written is
// found before any work starts.
#ifndef REDOVIS_CLI_ATOMIC_OUTPUT_H_
#define REDOVIS_CLI_ATOMIC_OUTPUT_H_

#include <fstream>
#include <ostream>
#include <string>

namespace redovis {

class AtomicOutput {
 public:
  AtomicOutput() = default;
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;
  /// Removes the temporary file when Commit() did not succeed.
  ~AtomicOutput();

  /// Prepares `path` for writing; false with `*error` set ("PATH: cannot
  /// write (reason)") when it cannot be: a missing directory, no permission,
  /// a loop of symbolic links.
  bool Open(const std::string& path, std::string* error);

  /// The stream to write to: std::cout for "" and "-", else the file.
  std::ostream& stream();

  /// Flushes and puts the output in place (the rename, for a regular file);
  /// false with `*error` set when writing or renaming failed, in which case
  /// the temporary file is removed and the target left as it was.
  bool Commit(std::string* error);

  /// True when the output is standard output.
  bool is_stdout() const { return tmp_.empty() && !in_place_; }

 private:
  std::string path_, tmp_;
  bool in_place_ = false;
  std::ofstream file_;
};

}  // namespace redovis

#endif  // REDOVIS_CLI_ATOMIC_OUTPUT_H_
