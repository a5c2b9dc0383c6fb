// A language's word list. See word_list.h.
#include "normalise/word_list.h"

#include <unicode/unistr.h>

#include <fstream>
#include <sstream>

#include "base/text_util.h"
#include "base/utf8.h"

namespace redovis {
namespace {

// `word` case-folded, as UTF-8.
std::string Folded(std::string_view word) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace

Status WordList::Load(const std::string& path, const std::string& encoding, WordList* out) {
  out->words_.clear();
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  if (!in || !(bytes << in.rdbuf()))
    return Status::Error("wordlist_unreadable", path + ": the word list cannot be read");
  std::string text;
  if (!ConvertToUtf8(bytes.str(), encoding.c_str(), &text) ||
      text.find("\xEF\xBF\xBD") != std::string::npos)
    return Status::Error("wordlist_encoding",
                         path + ": the word list does not decode as " + encoding);
  WordList list;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    const std::string word = Trim(text.substr(at, end - at));
    if (CodePointCount(word) >= 2) list.words_.insert(Folded(word));
    at = end + 1;
  }
  *out = std::move(list);
  return Status();
}

bool WordList::Knows(std::string_view word) const {
  return !words_.empty() && CodePointCount(word) >= 2 && words_.count(Folded(word)) > 0;
}

}  // namespace redovis
