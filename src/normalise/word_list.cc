// A language's word list. See word_list.h.
#include "normalise/word_list.h"

#include <fstream>
#include <sstream>

#include "base/text_util.h"
#include "base/utf8.h"

namespace redovis {

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
  // Folded once, the whole list (folding is letter by letter).
  const std::string folded = Fold(text);
  WordList list;
  for (size_t at = 0; at < folded.size();) {
    size_t end = folded.find('\n', at);
    if (end == std::string::npos) end = folded.size();
    const std::string word = Trim(folded.substr(at, end - at));
    if (CodePointCount(word) >= 2) list.words_.insert(word);
    at = end + 1;
  }
  *out = std::move(list);
  return Status();
}

bool WordList::Knows(std::string_view word) const {
  return !words_.empty() && CodePointCount(word) >= 2 && words_.count(Fold(std::string(word))) > 0;
}

}  // namespace redovis
