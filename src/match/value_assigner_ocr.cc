// ValueAssigner's work on values read by OCR once the report is read
// (value_assigner.h's SetRightByDocument): e-mail addresses set right by a
// person's name or withdrawn when nothing supports them, and words set right
// by the report's own spelling, the municipality registry's names and the
// language's word list (ocr_names.h).
#include <algorithm>
#include <string>
#include <vector>

#include "base/text_util.h"
#include "match/ocr_class_fit.h"
#include "match/ocr_names.h"
#include "match/value_assigner.h"

namespace redovis {

bool ValueAssigner::WrittenTwice(const std::string& address, const Document& doc, size_t begin,
                                 size_t end) const {
  const size_t at = address.find('@');
  if (at == std::string::npos) return false;
  const std::string domain = AsciiFold(address.substr(at + 1)), want = AsciiFold(address);
  const OcrClass* cls = FindOcrClass(patterns_.vocabulary(), "email");
  int lines = 0;
  for (size_t i = begin; i < end && i < doc.lines.size(); ++i) {
    const std::string text = doc.lines[i].Text();
    if (AsciiFold(text).find(domain) == std::string::npos) continue;
    std::string fixed = text;
    if (cls) FitOcrClass(*cls, text, &fixed);
    if (AsciiFold(fixed).find(want) != std::string::npos && ++lines == 2) return true;
  }
  return false;
}

void ValueAssigner::WithdrawUnsupportedAddress(const OcrText& read, const std::string& was,
                                               const Document& doc, size_t begin, size_t end) {
  auto p = record_->provenance.find(read.key);
  if (p == record_->provenance.end()) return;
  const int conf = p->second.ocr_confidence;
  if (conf < 0 || conf >= patterns_.TrustedOcrConfidence()) return;
  if (SpellsName(was, names_) || WrittenTwice(was, doc, begin, end)) return;
  std::vector<std::string> texts;
  for (size_t i = begin; i < end && i < doc.lines.size(); ++i) texts.push_back(doc.lines[i].Text());
  if (NamePartWritten(was, texts)) return;
  Withdraw(read.key);
  // What the repair said it took is not taken now.
  auto& fs = record_->findings;
  fs.erase(std::remove_if(fs.begin(), fs.end(),
                          [&](const Finding& f) {
                            return f.message_id == "ocr_repaired" && f.keys.size() == 1 &&
                                   f.keys[0] == read.key;
                          }),
           fs.end());
  AddFinding("warning", "ocr_uncertain", {read.key}, "ocr_address_unsupported",
             {{"raw", was}, {"confidence", std::to_string(conf)}}, read.line);
}

void ValueAssigner::SetRightByDocument(const Document& doc, size_t begin, size_t end) {
  std::vector<std::string> lines, registry;
  for (const OcrText& read : ocr_texts_) {
    auto it = record_->values.find(read.key);
    if (it == record_->values.end() || !it->second.is_text()) continue;
    const std::string was = it->second.as_text();
    if (read.transform == "email") {
      std::string name;
      std::string address = AddressByName(was, names_, &name);
      if (address.empty()) {
        WithdrawUnsupportedAddress(read, was, doc, begin, end);
        continue;
      }
      it->second = Value::Text(address);
      AddFinding("warning", "ocr_uncertain", {read.key}, "ocr_address_snapped",
                 {{"raw", was}, {"value", address}, {"name", name}}, read.line);
    } else if (read.transform.empty() || read.transform == "name" || read.transform == "person") {
      if (lines.empty())
        for (size_t i = begin; i < end && i < doc.lines.size(); ++i)
          lines.push_back(doc.lines[i].Text());
      std::vector<WordSnap> snaps, by_registry, marks;
      std::string text = WordsByDocument(was, lines, &snaps);
      text = MarksByDocument(text, lines, &marks);
      // A word the report writes nowhere else, set right by the registry's.
      if (registry.empty()) {
        std::vector<std::string> names;
        for (const Municipality& m : patterns_.municipalities().all()) {
          names.insert(names.end(), {m.name, m.official, m.county});
          names.insert(names.end(), m.other_names.begin(), m.other_names.end());
        }
        registry = NameWords(names);
      }
      text = WordsByRegistry(text, registry, &by_registry);
      // A free text's word misread, set right by the language's word list.
      std::vector<WordSnap> by_language;
      if (read.transform.empty() && language_word_)
        text = WordsByWordList(text, patterns_.vocabulary(), *language_word_, lines, &by_language);
      if (snaps.empty() && by_registry.empty() && marks.empty() && by_language.empty()) continue;
      it->second = Value::Text(text);
      for (const WordSnap& snap : snaps)
        AddFinding("warning", "ocr_uncertain", {read.key}, "ocr_word_snapped",
                   {{"raw", snap.read}, {"value", snap.written}}, read.line);
      for (const WordSnap& snap : by_registry)
        AddFinding("warning", "ocr_uncertain", {read.key}, "ocr_word_registry_snapped",
                   {{"raw", snap.read}, {"value", snap.written}}, read.line);
      for (const WordSnap& snap : marks)
        AddFinding("warning", "ocr_uncertain", {read.key}, "ocr_word_mark_dropped",
                   {{"raw", snap.read}, {"value", snap.written}}, read.line);
      for (const WordSnap& snap : by_language)
        AddFinding("warning", "ocr_uncertain", {read.key}, "ocr_word_list_snapped",
                   {{"raw", snap.read}, {"value", snap.written}}, read.line);
    }
  }
}

}  // namespace redovis
