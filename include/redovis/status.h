// Status: the result of an operation that can fail, returned across every
// module boundary instead of an exception (after LevelDB's Status).
//
// A Status is either ok() or carries a stable machine code (used as the
// `code` of a finding, e.g. "encrypted", "not_a_zip") and a human message that
// names what was wrong. It never throws.
#ifndef REDOVIS_STATUS_H_
#define REDOVIS_STATUS_H_

#include <string>
#include <utility>

namespace redovis {

class Status {
 public:
  /// An ok status.
  Status() = default;

  /// A failed status with a stable `code` and a readable `message`.
  static Status Error(std::string code, std::string message) {
    return Status(std::move(code), std::move(message));
  }

  /// True when the operation succeeded.
  bool ok() const { return code_.empty(); }
  /// The stable code ("" when ok).
  const std::string& code() const { return code_; }
  /// The human message ("" when ok).
  const std::string& message() const { return message_; }
  /// "code: message", or "ok".
  std::string ToString() const;

 private:
  Status(std::string code, std::string message)
      : code_(std::move(code)), message_(std::move(message)) {}
  std::string code_;
  std::string message_;
};

}  // namespace redovis

#endif  // REDOVIS_STATUS_H_
