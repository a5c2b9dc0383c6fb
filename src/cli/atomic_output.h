// Where a command's output goes: standard output, or a file written
// atomically.
//
// In: a path given with -o (or --html); "" or "-" means standard output.
// Out: a stream to write to, and Commit() to put the result in place. A
// regular file (or a path that does not exist yet) is written to a new
// temporary file beside it, "PATH.tmp-XXXXXX" with an unpredictable suffix,
// created exclusively (mkstemp: never through an existing name or a planted
// symbolic link), and renamed over PATH on Commit(), so a failed or
// interrupted run never leaves half a file; the temporary file is removed
// when the object dies uncommitted, and by the signal handler when a
// signal ends the process first (cli/interrupts.h). A symbolic link given as PATH is the
// user's choice and is followed to its target (the link stays a link).
// Anything else that exists and is not a regular file (a device such as
// /dev/null, a FIFO) is opened in place (O_NOFOLLOW: a link swapped in
// after the check is not followed), because renaming over it would replace
// it. The file gets the target's permissions, or 0666 less the umask.
//
// Every write, flush, fsync, close and rename keeps the operating system's
// reason (errno) when it fails, and the messages say it: "PATH: cannot
// write (No space left on device)"; standard output is named "standard
// output". A failed write leaves an existing target as it was.
//
// Never throws; errors are messages that name the path as given. Open()
// creates the temporary file at once, so a path that cannot be written is
// found before any work starts. The caller prints the messages (they may
// hold a file name's control characters: pass them through DisplayText).
#ifndef REDOVIS_CLI_ATOMIC_OUTPUT_H_
#define REDOVIS_CLI_ATOMIC_OUTPUT_H_

#include <sys/types.h>

#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace redovis {

class FdBuffer;

class AtomicOutput {
 public:
  AtomicOutput();
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;
  /// Removes the temporary file when Commit() did not succeed.
  ~AtomicOutput();

  /// Prepares `path` for writing; false with `*error` set ("PATH: cannot
  /// write (reason)") when it cannot be: a missing directory, no permission,
  /// a loop of symbolic links.
  bool Open(const std::string& path, std::string* error);

  /// The stream to write to: standard output for "" and "-", else the file.
  std::ostream& stream();

  /// Flushes and puts the output in place (fsync and the rename, for a
  /// regular file); false with `*error` set ("PATH: cannot write (reason)")
  /// when any write, the flush, fsync, close or rename failed, in which case
  /// the temporary file is removed and the target left as it was.
  bool Commit(std::string* error);

  /// "PATH: cannot write (reason)" for the first write that failed, with the
  /// operating system's reason; `fallback` as the reason when none was kept.
  std::string Failure(const std::string& fallback) const;

  /// False with `*error` set ("PATH: is also an input (INPUT); ...") when
  /// the file this output replaces is one of `inputs` (same device and
  /// inode, through any link); true for standard output and devices.
  bool CheckNotAnInput(const std::vector<std::string>& inputs, std::string* error) const;

  /// True when the output is standard output.
  bool is_stdout() const { return fd_ == 1; }

 private:
  /// "PATH: cannot write (strerror(err))".
  std::string Message(int err) const;
  /// Removes the temporary file, if any.
  void Discard();

  std::string shown_;   // the path as given, or "standard output"
  std::string target_;  // the file renamed over (links resolved)
  std::string tmp_;
  bool in_place_ = false;
  bool target_exists_ = false;
  dev_t target_dev_ = 0;
  ino_t target_ino_ = 0;
  int fd_ = -1;
  std::unique_ptr<FdBuffer> buffer_;
  std::unique_ptr<std::ostream> stream_;
};

}  // namespace redovis

#endif  // REDOVIS_CLI_ATOMIC_OUTPUT_H_
