#include "redovis/lean_string.h"

#include <ostream>

namespace redovis {

LeanString& LeanString::operator=(const LeanString& other) {
  if (this != &other) Set(std::string(other.str()));
  return *this;
}

LeanString& LeanString::operator=(std::string&& s) {
  Set(std::move(s));
  return *this;
}

void LeanString::Set(std::string&& s) {
  if (s.empty()) {
    text_.reset();
    return;
  }
  s.shrink_to_fit();  // kept beside every cell or line: no spare capacity
  if (text_) {
    *text_ = std::move(s);
  } else {
    text_ = std::make_unique<std::string>(std::move(s));
  }
}

const std::string& LeanString::Empty() noexcept {
  static const std::string empty;
  return empty;
}

std::ostream& operator<<(std::ostream& out, const LeanString& s) {
  return out << s.str();
}

}  // namespace redovis
