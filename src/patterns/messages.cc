#include "redovis/messages.h"

#include <set>

#include "patterns/tsv.h"

namespace redovis {

namespace {

/// The {NAME}s of `text`, in order.
void CollectPlaceholders(const std::string& text, std::set<std::string>* out) {
  for (size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
    size_t close = text.find('}', open);
    if (close == std::string::npos) return;
    out->insert(text.substr(open + 1, close - open - 1));
  }
}

bool IsDecimal(const std::string& s) {
  size_t i = s.size() > 1 && s[0] == '-' ? 1 : 0;
  size_t point = s.find('.', i);
  if (point == std::string::npos || point == i || point + 1 == s.size()) return false;
  for (size_t k = i; k < s.size(); ++k)
    if (k != point && (s[k] < '0' || s[k] > '9')) return false;
  return true;
}

}  // namespace

bool IsDocumentText(const std::string& name) {
  static const std::set<std::string> kAsWritten = {"raw",    "text",   "first", "second",
                                                   "marked", "column", "label"};
  return kAsWritten.count(name) > 0;
}

std::string FillPlaceholders(const std::string& text, const MessageArgs& fill) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    size_t open = text.find('{', i);
    size_t close = open == std::string::npos ? open : text.find('}', open);
    if (close == std::string::npos) break;
    out += text.substr(i, open - i);
    auto it = fill.find(text.substr(open + 1, close - open - 1));
    out += it != fill.end() ? it->second : text.substr(open, close - open + 1);
    i = close + 1;
  }
  if (i < text.size()) out += text.substr(i);
  return out;
}

std::string LocalNumber(const std::string& value, const std::string& language) {
  if (language != "sv" || !IsDecimal(value)) return value;
  std::string out = value;
  out[out.find('.')] = ',';
  return out;
}

Status Messages::Load(const std::string& path) {
  return ReadTsv(path, "id", [&](const TsvRow& row) {
    const std::string& where = row.where;
    if (row.cells.size() != 3)
      return Status::Error("pattern_error",
                           where + ": a message is ID, Swedish and English, tab-separated");
    const std::string& id = row.cells[0];
    Text text{row.cells[1], row.cells[2]};
    if (id.empty() || text.sv.empty() || text.en.empty())
      return Status::Error("pattern_error", where + ": a message needs an id and both texts");
    std::set<std::string> sv, en;
    CollectPlaceholders(text.sv, &sv);
    CollectPlaceholders(text.en, &en);
    if (sv != en)
      return Status::Error("pattern_error", where + ": the Swedish and English texts of '" + id +
                                                "' use different {NAME}s");
    if (!table_.emplace(id, std::move(text)).second)
      return Status::Error("pattern_error", where + ": '" + id + "' is listed twice");
    return Status();
  });
}

const std::string* Messages::Find(const std::string& id, const std::string& language) const {
  auto it = table_.find(id);
  if (it == table_.end()) return nullptr;
  return language == "sv" ? &it->second.sv : &it->second.en;
}

std::vector<std::string> Messages::Placeholders(const std::string& id) const {
  auto it = table_.find(id);
  if (it == table_.end()) return {};
  std::set<std::string> names;
  CollectPlaceholders(it->second.sv, &names);
  return std::vector<std::string>(names.begin(), names.end());
}

std::string Messages::Render(const std::string& id, const MessageArgs& args,
                             const std::string& language) const {
  auto it = table_.find(id);
  if (it == table_.end()) return id;
  return Fill(language == "sv" ? it->second.sv : it->second.en, args, language);
}

std::string Messages::Render(const std::string& id, const MessageArgs& args,
                             const std::vector<MessagePart>& parts,
                             const std::string& language) const {
  if (parts.empty()) return Render(id, args, language);
  std::string joined;
  for (const MessagePart& part : parts)
    joined += (joined.empty() ? "" : "; ") + Render(part.id, part.args, language);
  MessageArgs with = args;
  with["parts"] = joined;
  return Render(id, with, language);
}

std::string Messages::Fill(const std::string& text, const MessageArgs& args,
                           const std::string& language) const {
  MessageArgs local;
  for (const auto& [name, value] : args) {
    if (!value.empty() && value[0] == '@') {
      // "@ID": a word of the table (a choice's yes/no), or what follows the @.
      auto word = table_.find(value.substr(1));
      size_t dot = value.find('.');
      local[name] = word != table_.end() ? (language == "sv" ? word->second.sv : word->second.en)
                    : dot != std::string::npos ? value.substr(dot + 1)
                                               : value.substr(1);
      continue;
    }
    local[name] = IsDocumentText(name) ? value : LocalNumber(value, language);
  }
  return FillPlaceholders(text, local);
}

}  // namespace redovis
