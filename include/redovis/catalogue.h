// The field catalogue: every output key, its type, the form editions that ask
// for it and its Swedish label. Loaded from patterns/catalogue.tsv (the same
// columns as the spec's fields.tsv, and a sixth, `role`, that names what a
// key is for code that must find it without spelling it: `municipality`,
// `municipality_code`, `year` for the keys that identify a report, used by
// the batch's summaries and the writers' identity columns).
//
// In: a TSV file. Out: an immutable Catalogue, shared read-only by every
// document. It never reads documents.
#ifndef REDOVIS_CATALOGUE_H_
#define REDOVIS_CATALOGUE_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include "redovis/status.h"

namespace redovis {

/// The base type of a field.
enum class FieldType { kInt, kDecimal, kBool, kEnum, kText, kDate, kTextList, kEnumList };

/// One catalogue entry.
struct FieldSpec {
  std::string key;
  FieldType type = FieldType::kText;
  std::string type_name;                 ///< as written, e.g. "enum(yes|partly|no)"
  std::vector<std::string> enum_values;  ///< for kEnum and kEnumList
  std::set<std::string> editions;        ///< catalogue edition tags, e.g. "2020"
  std::string label_sv;
  std::string note;
  std::string role;  ///< what the key is for ("year", "municipality"); "" for most
};

class Catalogue {
 public:
  /// Loads `path`. Fails with "pattern_error" naming the file and line.
  static Status Load(const std::string& path, Catalogue* out);

  /// All fields in file order.
  const std::vector<FieldSpec>& fields() const { return fields_; }
  /// The field for `key`, or nullptr.
  const FieldSpec* Find(const std::string& key) const;
  /// Keys whose editions include `tag`, in catalogue order.
  std::vector<std::string> KeysFor(const std::string& tag) const;
  /// The key whose role is `role`, or "" when no key has it.
  const std::string& KeyWithRole(const std::string& role) const;
  /// Every key that has a role, in catalogue order: what identifies a report
  /// and what the outputs' summaries and views need (a batch's summaries keep
  /// these values).
  const std::vector<std::string>& RoleKeys() const { return role_keys_; }

 private:
  std::vector<FieldSpec> fields_;
  std::map<std::string, size_t> index_;
  std::map<std::string, std::string> role_index_;  ///< role -> key
  std::vector<std::string> role_keys_;
};

/// Parses a type name such as "list<enum(a|b)>" into `spec`. False when unknown.
bool ParseFieldType(const std::string& name, FieldSpec* spec);

}  // namespace redovis

#endif  // REDOVIS_CATALOGUE_H_
