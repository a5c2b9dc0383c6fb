#include "match/identity.h"

#include <algorithm>
#include <cstdlib>

#include "base/text_util.h"
#include "match/ocr_names.h"
#include "patterns/regex.h"

namespace redovis {

namespace {

bool Asked(const Record& r, const std::string& key) {
  return std::find(r.asked.begin(), r.asked.end(), key) != r.asked.end();
}

void Set(Record* r, const std::string& key, const std::string& value, const Provenance& from,
         const std::string& rule) {
  if (!Asked(*r, key) || value.empty()) return;
  r->values[key] = Value::Text(value);
  Provenance p = from;
  p.rule = rule;
  r->provenance[key] = p;
}

/// True when the tool did not read `key`'s answer: it has no value, and its
/// label was not found, or was found with an answer that could not be read
/// (unplaced), on a line OCR read (a scan's empty answer may be handwriting
/// OCR could not read), or a finding of the reading names it (an ambiguous
/// column, a value cut or run together, nulled by a precision rule). A key
/// that another field's answer gives (`email=`, `phone=`: the contact
/// person's address in the person's cell) has no label of its own: it is
/// read when that field's answer was.
bool NotRead(const Record& r, const Edition& edition, const std::string& key, int depth = 0) {
  if (r.Has(key)) return false;
  auto place = r.places.find(key);
  if (place == r.places.end()) {
    for (const auto& rule : edition.rules)
      for (const auto& [name, target] : rule->params)
        if (target == key && !rule->keys.empty() && rule->keys[0] != key && depth < 2)
          return NotRead(r, edition, rule->keys[0], depth + 1);
    return true;
  }
  if (place->second.unplaced || place->second.at.ocr) return true;
  return std::any_of(r.findings.begin(), r.findings.end(), [&](const Finding& f) {
    return std::find(f.keys.begin(), f.keys.end(), key) != f.keys.end();
  });
}

std::string Names(const std::vector<const Municipality*>& list) {
  std::string out;
  for (size_t i = 0; i < list.size(); ++i) out += (i ? ", " : "") + list[i]->name;
  return out;
}

/// The county a county board's mention names: group 1 of a `county_mention`
/// pattern, shortened word by word from its end until it is a county
/// ("Stockholm Box 22067" -> Stockholm). A pattern is tried only where the
/// prefilter (MayMatch) passes the line's fold, with `cache`'s matchers.
bool CountyInLine(const PatternSet& patterns, const std::string& text, MatcherCache* cache,
                  std::string* county, std::string* code) {
  const std::string folded = Fold(text);
  icu::UnicodeString u;
  for (const Pattern& p : patterns.vocabulary().county_mentions) {
    if (!MayMatch(p, folded)) continue;
    if (u.isEmpty()) u = U(text);
    RegexMatch match;
    if (!RegexFind(p, u, &match, cache) || match.groups.size() < 2) continue;
    std::string written = Trim(match.groups[1]);
    while (!written.empty()) {
      if (patterns.municipalities().FindCounty(written, county, code)) return true;
      size_t space = written.find_last_of(" \t\r\n");
      if (space == std::string::npos) break;
      written = Trim(written.substr(0, space));
    }
  }
  return false;
}

/// `written` as SnapMisreadMunicipality compares it: the registry's key
/// (case-folded, the affix off), ASCII-folded, without spaces and hyphens.
std::string SnapKey(const MunicipalityRegistry& registry, const std::string& written) {
  std::string out;
  for (char c : AsciiFold(registry.Key(written)))
    if (c != ' ' && c != '-') out += c;
  return out;
}

}  // namespace

const Municipality* SnapMisreadMunicipality(const MunicipalityRegistry& registry,
                                            const std::string& written, int* distance) {
  const std::string folded = SnapKey(registry, written);
  const int letters = static_cast<int>(folded.size());
  const int reach = MisreadReach(letters);
  const Municipality* found = nullptr;
  int found_d = 0;
  for (const Municipality& m : registry.all()) {
    std::vector<std::string> names = {m.name, m.official};
    names.insert(names.end(), m.other_names.begin(), m.other_names.end());
    for (const std::string& name : names) {
      const std::string key = SnapKey(registry, name);
      if (std::abs(static_cast<int>(key.size()) - letters) > reach) continue;
      const int d = EditDistance(folded, key);
      if (d > reach) continue;
      if (found && found != &m) return nullptr;  // two within reach: neither
      found_d = found ? std::min(found_d, d) : d;
      found = &m;
    }
  }
  if (found && distance) *distance = found_d;
  return found;
}

void IdentityResolver::NameDerivedKeys(Record* record) const {
  const Catalogue& cat = patterns_.catalogue();
  const std::string& source = cat.KeyWithRole("municipality");
  if (record->Has(source) && patterns_.municipalities().Find(record->Get(source).as_text())) return;
  std::vector<std::string> unknown;
  for (const std::string& role : DerivedRoles()) {
    const std::string& key = cat.KeyWithRole(role);
    if (Asked(*record, key) && !record->Has(key)) unknown.push_back(key);
  }
  for (Finding& f : record->findings) {
    if (std::find(f.keys.begin(), f.keys.end(), source) == f.keys.end()) continue;
    for (const std::string& key : unknown)
      if (std::find(f.keys.begin(), f.keys.end(), key) == f.keys.end()) f.keys.push_back(key);
  }
}

const std::vector<std::string>& IdentityResolver::DerivedRoles() {
  static const std::vector<std::string> kRoles = {"municipality_code", "county", "county_code"};
  return kRoles;
}

void IdentityResolver::Resolve(const Document& doc, const Segment& segment, Record* record) const {
  const MunicipalityRegistry& reg = patterns_.municipalities();
  // The keys identity fills, by their roles in catalogue.tsv.
  const Catalogue& cat = patterns_.catalogue();
  const std::string& kMunicipality = cat.KeyWithRole("municipality");
  const std::string& kCode = cat.KeyWithRole("municipality_code");
  const std::string& kCounty = cat.KeyWithRole("county");
  const std::string& kCountyCode = cat.KeyWithRole("county_code");
  const std::string& kCo = cat.KeyWithRole("co_municipalities");
  const Municipality* m = nullptr;
  Provenance where;
  std::string how;
  // What the Kommun cell holds when it names no municipality ("" when empty).
  std::string cell;
  if (record->Has(kMunicipality)) {
    cell = record->Get(kMunicipality).as_text();
    m = reg.Find(cell);
    where = record->provenance[kMunicipality];
  }
  if (!m) {
    // The Kommun cell is empty or names no municipality: the post town, the
    // workplace, the e-mail domain.
    const std::string what_cell = cell.empty()
                                      ? "the Kommun cell is empty"
                                      : "the Kommun cell '" + cell + "' names no municipality";
    // A clue that could name two municipalities names neither; the first
    // such clue is reported when no other clue settles the question.
    std::vector<const Municipality*> ambiguous;
    std::string ambiguous_key;
    for (const std::string& key : patterns_.vocabulary().municipality_clues) {
      if (!record->Has(key) || !record->Get(key).is_text()) continue;
      const std::string& v = record->Get(key).as_text();
      const Municipality* found = nullptr;
      std::vector<const Municipality*> candidates;
      size_t at = v.find('@');
      if (at != std::string::npos) {
        std::string domain = v.substr(at + 1);
        found = reg.FindAscii(domain.substr(0, domain.find('.')), &candidates);
      } else {
        found = reg.Find(v);
        if (!found) found = reg.FindInText(v, &candidates);
      }
      if (found) {
        m = found;
        how = key;
        where = record->provenance[key];
        break;
      }
      if (candidates.size() > 1 && ambiguous.empty()) {
        ambiguous = candidates;
        ambiguous_key = key;
      }
    }
    if (!m && !ambiguous.empty()) {
      const Provenance& at = record->provenance[ambiguous_key];
      record->AddFinding(
          "warning", "ambiguous_municipality", {kMunicipality},
          what_cell + " and " + ambiguous_key + " could name " + Names(ambiguous) +
              (cell.empty() ? "; the municipality is left empty" : "; the cell is kept as written"),
          at.page, at.line, at.text);
      record->findings.back().message_id =
          cell.empty() ? "ambiguous_municipality.empty" : "ambiguous_municipality.cell";
      record->findings.back().args = {
          {"raw", cell}, {"clue", ambiguous_key}, {"names", Names(ambiguous)}};
    }
    // The Kommun cell found empty, but some clue's answer not read: the
    // municipality may be named where the tool could not read, so the cell's
    // blank is not the municipality's omission (never `required_missing`).
    auto place = record->places.find(kMunicipality);
    if (!m && ambiguous.empty() && cell.empty() && segment.edition &&
        place != record->places.end() && !place->second.unplaced && !place->second.at.ocr) {
      std::string unread;
      for (const std::string& key : patterns_.vocabulary().municipality_clues)
        if (Asked(*record, key) && NotRead(*record, *segment.edition, key))
          unread += (unread.empty() ? "" : ", ") + key;
      if (!unread.empty()) {
        const Provenance& at = place->second.at;
        record->AddFinding("warning", "ambiguous_municipality", {kMunicipality},
                           "the Kommun cell is empty and the answers the municipality could be "
                           "inferred from (" +
                               unread + ") could not be read; the municipality is left empty",
                           at.page, at.line, at.text);
        record->findings.back().origin = at.origin;
        record->findings.back().label = place->second.label;
        record->findings.back().message_id = "ambiguous_municipality.unread";
        record->findings.back().args = {{"clues", unread}};
      }
    }
    if (m) {
      Set(record, kMunicipality, m->name, where, "inferred:" + how);
      record->AddFinding("info", "municipality_inferred", {kMunicipality},
                         what_cell + "; the municipality " + m->name + " was inferred from " + how,
                         where.page, where.line, where.text);
      record->findings.back().message_id =
          cell.empty() ? "municipality_inferred.empty" : "municipality_inferred.cell";
      record->findings.back().args = {{"raw", cell}, {"name", m->name}, {"clue", how}};
    }
  }
  // The county named in the document (the county board's address or e-mail).
  std::string written_county, written_code;
  Provenance county_where;
  // The report's own lines first, then those before it that belong to no
  // other report (a cover letter addressed to the county board).
  std::vector<size_t> order;
  for (size_t i = segment.begin; i < segment.end; ++i) order.push_back(i);
  for (size_t i = segment.preamble; i < segment.begin; ++i) order.push_back(i);
  MatcherCache cache;
  for (size_t i : order) {
    if (!written_county.empty()) break;
    const Line& line = doc.lines[i];
    if (CountyInLine(patterns_, line.Text(), &cache, &written_county, &written_code)) {
      county_where.page = line.page;
      county_where.line = line.number;
      county_where.text = line.Text();
      county_where.rule = "county_mention";
    }
  }
  if (m) {
    where.rule = where.rule.empty() ? "municipalities.tsv" : where.rule;
    Set(record, kCode, m->code, where, "municipalities.tsv");
    Set(record, kCounty, m->county, where, "municipalities.tsv");
    Set(record, kCountyCode, m->county_code, where, "municipalities.tsv");
    if (!written_county.empty() && written_code != m->county_code)
      record->AddFinding(
          "warning", "county_mismatch", {kCounty},
          "the report is sent to " + written_county + " but " + m->name + " lies in " + m->county,
          county_where.page, county_where.line, county_where.text);
    if (!written_county.empty() && written_code != m->county_code) {
      record->findings.back().message_id = "county_mismatch";
      record->findings.back().args = {
          {"written", written_county}, {"name", m->name}, {"county", m->county}};
    }
  } else if (!written_county.empty()) {
    Set(record, kCounty, written_county, county_where, county_where.rule);
    Set(record, kCountyCode, written_code, county_where, county_where.rule);
  }
  // A co-municipality list that repeats the reporting municipality.
  if (m && record->Has(kCo)) {
    Value::List list = record->Get(kCo).as_list();
    list.erase(std::remove(list.begin(), list.end(), m->name), list.end());
    if (list.empty()) {
      record->values.erase(kCo);
      record->provenance.erase(kCo);
    } else {
      record->values[kCo] = Value::MakeList(list);
    }
  }
}

}  // namespace redovis
