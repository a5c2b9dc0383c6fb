// JSON text written straight into one string, without building a tree: the
// hot path of a batch's records (JSON Lines). Compact, as nlohmann's
// `dump()` writes it (no spaces; strings with `"`, `\` and control
// characters escaped, the rest of UTF-8 as is; text that is not valid UTF-8
// with U+FFFD in place of its bad bytes, as nlohmann's `replace` handler
// does; numbers as nlohmann writes them), so the two give the same bytes.
//
// In: values one by one, in document order. Out: the text, appended to the
// caller's string (reused from record to record, so its capacity is kept).
// Commas are placed by the writer; the caller opens and closes what it
// opened. Never throws for any text.
#ifndef REDOVIS_WRITE_JSON_TEXT_H_
#define REDOVIS_WRITE_JSON_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace redovis {

/// A compact JSON writer into `*out`.
class JsonText {
 public:
  explicit JsonText(std::string* out) : out_(*out) {}

  /// Opens an object `{`.
  void BeginObject() { Open('{'); }
  /// Closes the innermost object `}`.
  void EndObject() { Close('}'); }
  /// Opens an array `[`.
  void BeginArray() { Open('['); }
  /// Closes the innermost array `]`.
  void EndArray() { Close(']'); }
  /// A member's name inside an object; its value comes next.
  void Key(std::string_view key);
  /// A string value.
  void String(std::string_view s);
  /// An integer value.
  void Int(int64_t v);
  /// A number with a fraction, written as nlohmann writes a double.
  void Double(double v);
  /// `true` or `false`.
  void Bool(bool v);
  /// `null`.
  void Null();
  /// An array of strings.
  void Strings(const std::vector<std::string>& list);

 private:
  void Open(char c);
  void Close(char c);
  /// A comma before a value that is not its container's first.
  void Separate();

  std::string& out_;
  bool first_ = true;       ///< nothing written yet in the innermost container
  bool after_key_ = false;  ///< a member's name was just written
};

/// `s` as a JSON string, quotes included, appended to `*out` (JsonText's rules).
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace redovis

#endif  // REDOVIS_WRITE_JSON_TEXT_H_
