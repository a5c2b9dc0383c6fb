#include "redovis/catalogue.h"

#include <sstream>

#include "patterns/tsv.h"

namespace redovis {

namespace {

std::vector<std::string> SplitOn(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string part;
  while (std::getline(ss, part, sep)) out.push_back(part);
  return out;
}

}  // namespace

bool ParseFieldType(const std::string& name, FieldSpec* spec) {
  spec->type_name = name;
  std::string inner = name;
  bool list = false;
  if (name.rfind("list<", 0) == 0 && name.back() == '>') {
    list = true;
    inner = name.substr(5, name.size() - 6);
  }
  if (inner.rfind("enum(", 0) == 0 && inner.back() == ')') {
    spec->enum_values = SplitOn(inner.substr(5, inner.size() - 6), '|');
    spec->type = list ? FieldType::kEnumList : FieldType::kEnum;
    return !spec->enum_values.empty();
  }
  if (list) {
    if (inner != "text") return false;
    spec->type = FieldType::kTextList;
    return true;
  }
  if (inner == "int")
    spec->type = FieldType::kInt;
  else if (inner == "decimal")
    spec->type = FieldType::kDecimal;
  else if (inner == "bool")
    spec->type = FieldType::kBool;
  else if (inner == "text")
    spec->type = FieldType::kText;
  else if (inner == "date")
    spec->type = FieldType::kDate;
  else
    return false;
  return true;
}

Status Catalogue::Load(const std::string& path, Catalogue* out) {
  *out = Catalogue();
  Status read = ReadTsv(path, "key", [&](const TsvRow& row) {
    const std::vector<std::string>& cols = row.cells;
    std::string where = row.where + ": ";
    if (cols.size() < 3)
      return Status::Error("pattern_error", where + "expected at least 3 tab-separated columns");
    FieldSpec spec;
    spec.key = cols[0];
    if (spec.key.empty()) return Status::Error("pattern_error", where + "empty key");
    if (!ParseFieldType(cols[1], &spec))
      return Status::Error("pattern_error", where + "unknown type '" + cols[1] + "'");
    for (const std::string& e : SplitOn(cols[2], ',')) spec.editions.insert(e);
    if (cols.size() > 3) spec.label_sv = cols[3];
    if (cols.size() > 4) spec.note = cols[4];
    if (cols.size() > 5 && !cols[5].empty()) {
      spec.role = cols[5];
      if (!out->role_index_.emplace(spec.role, spec.key).second)
        return Status::Error("pattern_error", where + "role '" + spec.role + "' given twice");
      out->role_keys_.push_back(spec.key);
    }
    if (out->index_.count(spec.key))
      return Status::Error("pattern_error", where + "duplicate key " + spec.key);
    out->index_[spec.key] = out->fields_.size();
    out->fields_.push_back(std::move(spec));
    return Status();
  });
  if (!read.ok()) return read;
  if (out->fields_.empty())
    return Status::Error("pattern_error", path + ": the catalogue is empty");
  return Status();
}

const FieldSpec* Catalogue::Find(const std::string& key) const {
  auto it = index_.find(key);
  return it == index_.end() ? nullptr : &fields_[it->second];
}

const std::string& Catalogue::KeyWithRole(const std::string& role) const {
  static const std::string kNone;
  auto it = role_index_.find(role);
  return it == role_index_.end() ? kNone : it->second;
}

std::vector<std::string> Catalogue::KeysFor(const std::string& tag) const {
  std::vector<std::string> keys;
  for (const FieldSpec& f : fields_)
    if (f.editions.count(tag)) keys.push_back(f.key);
  return keys;
}

}  // namespace redovis
