#include "cli/atomic_output.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "cli/interrupts.h"

namespace redovis {

namespace fs = std::filesystem;

bool AtomicOutput::Open(const std::string& path, std::string* error) {
  path_ = path;
  if (path.empty() || path == "-") return true;
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
  fs::file_status st = fs::status(target, ec);
  if (fs::exists(st) && !fs::is_regular_file(st)) {
    file_.open(target, std::ios::binary);
    if (!file_) {
      *error = path + ": cannot write (" + std::strerror(errno) + ")";
      return false;
    }
    in_place_ = true;
    return true;
  }
  path_ = target.string();
  tmp_ = path_ + ".tmp-" + std::to_string(getpid());
  SignalsHeld held;  // no signal between creating the file and registering it
  file_.open(tmp_, std::ios::binary | std::ios::trunc);
  if (!file_) {
    *error = path + ": cannot write (" + std::strerror(errno) + ")";
    tmp_.clear();
    return false;
  }
  RegisterTemporaryFile(tmp_);
  return true;
}

std::ostream& AtomicOutput::stream() {
  return tmp_.empty() && !in_place_ ? std::cout : file_;
}

bool AtomicOutput::Commit(std::string* error) {
  if (in_place_) {
    file_.close();
    if (!file_) *error = path_ + ": cannot write (" + std::strerror(errno) + ")";
    return static_cast<bool>(file_);
  }
  if (tmp_.empty()) {
    std::cout.flush();
    return static_cast<bool>(std::cout);
  }
  file_.close();
  if (!file_ || std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    *error = path_ + ": cannot write (" + std::strerror(errno) + ")";
    std::remove(tmp_.c_str());
    ForgetTemporaryFile(tmp_);
    return false;
  }
  ForgetTemporaryFile(tmp_);
  tmp_.clear();
  return true;
}

AtomicOutput::~AtomicOutput() {
  if (tmp_.empty()) return;
  std::remove(tmp_.c_str());
  ForgetTemporaryFile(tmp_);
}

}  // namespace redovis
