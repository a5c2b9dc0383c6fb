#include "match/contact_cell.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "base/text_util.h"
#include "base/utf8.h"
#include "match/ocr_class_fit.h"
#include "match/value_parser.h"
#include "patterns/regex.h"

namespace redovis {

namespace {

// True when `word` introduces a detail ("tel", "e-post:"): the vocabulary's
// contact words, anchored at the text's end, find it whole.
bool IntroducesDetail(const std::string& word, const Vocabulary& vocabulary) {
  for (const Pattern& p : vocabulary.contact_words)
    if (Trim(RegexReplace(p, word, "")).empty()) return true;
  return false;
}

}  // namespace

std::string AddressStartBefore(const std::string& text, const std::string& address,
                               const Vocabulary& vocabulary, bool ocr) {
  const size_t at = address.empty() ? std::string::npos : text.find(address);
  if (at == std::string::npos || at < 2 || text[at - 1] != ' ') return "";
  const size_t space = text.find_last_of(' ', at - 2);
  const size_t start = space == std::string::npos ? 0 : space + 1;
  const std::string before = text.substr(start, at - 1 - start);
  if (LetterCount(before, 1) == 0) return "";
  const char last = before.back();
  if (last == '.' || last == '-' || last == '_') return before;
  if (!ocr) return "";
  size_t i = 0;
  const UChar32 first = NextCodePoint(before, &i);
  if (!u_islower(first) || IntroducesDetail(before, vocabulary)) return "";
  // A word of letters and an address's marks only: "susanne", "anna.maria".
  for (size_t j = 0; j < before.size();) {
    const UChar32 c = NextCodePoint(before, &j);
    if (!u_isalpha(c) && c != '.' && c != '-' && c != '_') return "";
  }
  return before;
}

ContactDetails SplitContactCell(const std::string& raw, const Vocabulary& vocabulary, bool ocr) {
  ContactDetails out;
  const OcrClass* cls = FindOcrClass(vocabulary, "email");
  out.email = cls ? FindClassWord(*cls, raw) : "";
  out.phone = FindPhone(raw);
  // Each detail taken out leaves kTaken in its place, until the name is
  // told from the words around them.
  static constexpr char kTaken = '\x01';
  std::string name = raw;
  if (!out.email.empty()) {
    out.address_start = AddressStartBefore(raw, out.email, vocabulary, ocr);
    const size_t at = name.find(out.email);
    const size_t from = out.address_start.empty() ? at : at - 1 - out.address_start.size();
    name.replace(from, at + out.email.size() - from, 1, kTaken);
  }
  if (!out.phone.empty() && name.find(out.phone) != std::string::npos)
    name.replace(name.find(out.phone), out.phone.size(), 1, kTaken);
  // An address whose '@' OCR misread, or one the class refuses, is no
  // e-mail, and no part of a name.
  if (cls)
    if (std::string address = FindMisreadWord(*cls, name); !address.empty())
      name.replace(name.find(address), address.size(), 1, kTaken);
  // Words before the details and words after them: the name is those
  // before; those after are the next cell's ("Susanne Aspling Björkstén
  // 021-39 20 82 susanne...@vasteras.se Ombud": a narrow dump's next
  // column's word run on after the address). Only the words that
  // introduce a detail before it: the name is after ("tel 0920-12345
  // Anna Berg").
  // Words between the details as well: which are the name is not told,
  // and the text stays as it is.
  if (size_t first = name.find(kTaken); first != std::string::npos) {
    const size_t last = name.rfind(kTaken);
    if (std::string tail = name.substr(last + 1); LetterCount(tail, 1) > 0) {
      std::string head = Trim(name.substr(0, first));
      for (const Pattern& p : vocabulary.contact_words) head = Trim(RegexReplace(p, head, ""));
      if (LetterCount(head, 1) > 0)
        name = head;
      else if (LetterCount(name.substr(first + 1, last - first), 1) == 0)
        name = tail;
    }
  }
  std::replace(name.begin(), name.end(), kTaken, ' ');
  name = Trim(Squeeze(name));
  // What is left of "Anna Berg, tel 0920-12345, e-post anna@...": the
  // separators and the words that introduced the number and the address.
  for (std::string before; before != name;) {
    before = name;
    while (!name.empty() && (name.back() == ',' || name.back() == ';' || name.back() == '('))
      name = Trim(name.substr(0, name.size() - 1));
    if (out.email.empty() && out.phone.empty()) break;
    for (const Pattern& p : vocabulary.contact_words) name = Trim(RegexReplace(p, name, ""));
  }
  out.name = name;
  return out;
}

}  // namespace redovis
