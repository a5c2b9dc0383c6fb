#include "cli/atomic_output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <streambuf>

#include "cli/interrupts.h"

namespace redovis {

namespace fs = std::filesystem;

/// A stream buffer writing to a file descriptor, keeping the errno of the
/// first write that failed (after which it writes nothing more).
class FdBuffer : public std::streambuf {
 public:
  explicit FdBuffer(int fd) : fd_(fd) { setp(buf_, buf_ + sizeof buf_); }
  /// The errno of the first failed write; 0 when none failed.
  int error() const { return error_; }
  /// Writes out what is buffered; false when a write failed, now or before.
  bool Drain() {
    if (error_) return false;
    const char* p = pbase();
    while (p < pptr()) {
      ssize_t n = ::write(fd_, p, static_cast<size_t>(pptr() - p));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        error_ = n < 0 ? errno : EIO;
        return false;
      }
      p += n;
    }
    setp(buf_, buf_ + sizeof buf_);
    return true;
  }

 protected:
  int_type overflow(int_type c) override {
    if (!Drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return Drain() ? 0 : -1; }

 private:
  int fd_;
  int error_ = 0;
  char buf_[1 << 16];
};

AtomicOutput::AtomicOutput() = default;

std::string AtomicOutput::Message(int err) const {
  return shown_ + ": cannot write (" + std::strerror(err) + ")";
}

std::string AtomicOutput::Failure(const std::string& fallback) const {
  if (buffer_ && buffer_->error()) return Message(buffer_->error());
  return shown_ + ": cannot write (" + fallback + ")";
}

bool AtomicOutput::Open(const std::string& path, std::string* error) {
  shown_ = path;
  if (path.empty() || path == "-") {
    shown_ = "standard output";
    fd_ = STDOUT_FILENO;
  } else {
    std::error_code ec;
    fs::path target = path;
    for (int hops = 0; hops < 40 && fs::is_symlink(fs::symlink_status(target, ec)); ++hops) {
      fs::path next = fs::read_symlink(target, ec);
      if (ec) break;
      target = next.is_absolute() ? next : target.parent_path() / next;
    }
    if (fs::is_symlink(fs::symlink_status(target, ec))) {
      *error = path + ": cannot write (a loop of symbolic links)";
      return false;
    }
    target_ = target.string();
    struct stat st;
    if (::stat(target_.c_str(), &st) == 0) {
      target_exists_ = true;
      target_dev_ = st.st_dev;
      target_ino_ = st.st_ino;
    }
    if (target_exists_ && !S_ISREG(st.st_mode)) {
      if (S_ISDIR(st.st_mode)) {
        *error = Message(EISDIR);
        return false;
      }
      fd_ = ::open(target_.c_str(), O_WRONLY | O_NOCTTY | O_NOFOLLOW | O_CLOEXEC);
      if (fd_ < 0) {
        *error = Message(errno);
        return false;
      }
      in_place_ = true;
    } else {
      std::string templ = target_ + ".tmp-XXXXXX";
      SignalsHeld held;  // no signal between creating the file and registering it
      fd_ = ::mkostemp(templ.data(), O_CLOEXEC);
      if (fd_ < 0) {
        *error = Message(errno);
        return false;
      }
      tmp_ = templ;
      RegisterTemporaryFile(tmp_);
      mode_t mode;
      if (target_exists_) {
        mode = st.st_mode & 07777;
      } else {
        mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
      }
      if (::fchmod(fd_, mode) != 0) {
        *error = Message(errno);
        Discard();
        return false;
      }
    }
  }
  buffer_ = std::make_unique<FdBuffer>(fd_);
  stream_ = std::make_unique<std::ostream>(buffer_.get());
  return true;
}

std::ostream& AtomicOutput::stream() {
  return *stream_;
}

bool AtomicOutput::Commit(std::string* error) {
  bool ok = buffer_->Drain() && static_cast<bool>(*stream_);
  int err = ok ? 0 : (buffer_->error() ? buffer_->error() : EIO);
  if (is_stdout()) {
    if (!ok) *error = Message(err);
    return ok;
  }
  if (ok && !in_place_ && ::fsync(fd_) != 0) ok = false, err = errno;
  int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0 && ok) ok = false, err = errno;
  if (ok && !in_place_ && ::rename(tmp_.c_str(), target_.c_str()) != 0) ok = false, err = errno;
  if (!ok) {
    *error = Message(err);
    Discard();
    return false;
  }
  ForgetTemporaryFile(tmp_);
  tmp_.clear();
  in_place_ = false;
  fd_ = -2;  // committed: neither standard output nor a file any more
  return true;
}

bool AtomicOutput::CheckNotAnInput(const std::vector<std::string>& inputs,
                                   std::string* error) const {
  if (tmp_.empty() || !target_exists_) return true;
  for (const std::string& input : inputs) {
    struct stat st;
    if (input == "-" || ::stat(input.c_str(), &st) != 0) continue;
    if (st.st_dev == target_dev_ && st.st_ino == target_ino_) {
      *error = shown_ + ": is also an input (" + input +
               "); refusing to overwrite it: write to another file";
      return false;
    }
  }
  return true;
}

void AtomicOutput::Discard() {
  if (fd_ >= 0 && fd_ != STDOUT_FILENO) ::close(fd_);
  fd_ = -1;
  if (!tmp_.empty()) {
    ::unlink(tmp_.c_str());
    ForgetTemporaryFile(tmp_);
  }
  tmp_.clear();
}

AtomicOutput::~AtomicOutput() {
  if (stream_) stream_->rdbuf(nullptr);
  if (fd_ == STDOUT_FILENO) {
    buffer_->Drain();
    fd_ = -1;
  }
  if (in_place_ && fd_ >= 0) {
    buffer_->Drain();
    ::close(fd_);
    fd_ = -1;
  }
  Discard();
}

}  // namespace redovis
