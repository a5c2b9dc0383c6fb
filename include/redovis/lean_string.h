// A string that costs one pointer when it is empty.
//
// The document model keeps a few strings beside every cell and line that are
// often empty: a plain-text line has no origin, and a cell of a file that
// holds no report has no folded copy. A std::string costs 32 bytes even
// then; a LeanString costs 8 (a null pointer), and a std::string on the heap
// only when it holds text.
//
// It reads and assigns like the std::string it replaces: it converts to
// `const std::string&` and to `std::string_view`, compares with strings and
// string literals, and is assigned from them (`line.origin = "page 3"`,
// `const std::string& f = cell.fold`, `cell.fold.find("x")`). Copies are
// deep; moves steal the pointer and never throw. A reference or view taken
// from it is valid until it is next assigned, cleared or destroyed.
// Knows nothing about documents; never fails except by bad_alloc.
#ifndef REDOVIS_LEAN_STRING_H_
#define REDOVIS_LEAN_STRING_H_

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

namespace redovis {

class LeanString {
 public:
  LeanString() noexcept = default;
  LeanString(const std::string& s) { Set(std::string(s)); }  // NOLINT: implicit, as std::string
  LeanString(std::string&& s) { Set(std::move(s)); }         // NOLINT
  LeanString(const char* s) { Set(std::string(s)); }         // NOLINT
  LeanString(const LeanString& other) { *this = other; }
  LeanString(LeanString&&) noexcept = default;
  ~LeanString() = default;

  LeanString& operator=(const LeanString& other);
  LeanString& operator=(LeanString&&) noexcept = default;
  LeanString& operator=(const std::string& s) { return *this = std::string(s); }
  LeanString& operator=(std::string&& s);
  LeanString& operator=(const char* s) { return *this = std::string(s); }

  /// The text; a shared empty string when there is none. Never fails.
  const std::string& str() const noexcept { return text_ ? *text_ : Empty(); }
  operator const std::string&() const noexcept { return str(); }  // NOLINT: implicit on purpose
  operator std::string_view() const noexcept { return str(); }    // NOLINT

  /// True when it holds no text.
  bool empty() const noexcept { return !text_; }
  /// Its length in bytes.
  std::size_t size() const noexcept { return text_ ? text_->size() : 0; }
  /// The text's bytes, NUL-terminated; "" when empty.
  const char* c_str() const noexcept { return str().c_str(); }
  /// std::string::find on the text: the position of `what` from `from`, or npos.
  template <typename T>
  std::size_t find(const T& what, std::size_t from = 0) const {
    return str().find(what, from);
  }
  /// Empties it and frees its text.
  void clear() noexcept { text_.reset(); }

  bool operator==(const LeanString& other) const noexcept { return str() == other.str(); }
  bool operator==(const std::string& s) const noexcept { return str() == s; }
  bool operator==(const char* s) const noexcept { return str() == s; }

 private:
  /// Keeps `s` (no heap at all when it is empty), without spare capacity.
  void Set(std::string&& s);
  static const std::string& Empty() noexcept;

  std::unique_ptr<std::string> text_;  ///< null when empty; never an empty string
};

/// Writes the text (for test messages and logs).
std::ostream& operator<<(std::ostream& out, const LeanString& s);

}  // namespace redovis

#endif  // REDOVIS_LEAN_STRING_H_
