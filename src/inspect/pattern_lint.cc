#include "inspect/pattern_lint.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <set>

#include "inspect/trace.h"
#include "match/identity.h"
#include "patterns/regex.h"
#include "redovis/patterns.h"
#include "redovis/readers.h"
#include "segment/segmenter.h"

namespace redovis {

namespace {

namespace fs = std::filesystem;

const std::set<std::string> kBuiltinSections = {"head", "*"};

class Linter {
 public:
  Linter(const PatternSet& ps, std::vector<LintFinding>* out) : ps_(ps), out_(out) {}

  void Static() {
    for (const auto& ed : ps_.editions()) {
      SectionsWithoutHeading(*ed);
      Keys(*ed);
      LabelOverlaps(*ed);
    }
  }

  void Samples(const std::vector<Trace>& traces, const std::vector<std::string>& names) {
    ReportSegmenter segmenter(ps_);
    std::set<std::string> texts;
    std::set<std::pair<std::string, std::string>> pairs;
    for (size_t f = 0; f < traces.size(); ++f) {
      const Trace& t = traces[f];
      for (const Line& line : t.doc.lines) {
        texts.insert(line.Text());
        for (const Cell& c : line.cells)
          if (!c.text.empty()) texts.insert(c.text);
      }
      for (const Segment& seg : t.reports) DetectTie(segmenter, t, seg, names[f]);
      for (size_t i = 0; i < t.lines.size(); ++i) {
        // Two rules on one cell (rules on different cells of a row are the form's design).
        std::vector<std::pair<size_t, const Rule*>> hits;
        for (const auto& [cell, rule] : t.lines[i].rules)
          if (rule->kind != RuleKind::kIgnore) hits.emplace_back(cell, rule);
        for (size_t a = 0; a < hits.size(); ++a)
          for (size_t b = a + 1; b < hits.size(); ++b) {
            if (hits[a].first != hits[b].first) continue;
            const Rule* ra = hits[a].second;
            const Rule* rb = hits[b].second;
            if (pairs.count({rb->id, ra->id}) || !pairs.insert({ra->id, rb->id}).second) continue;
            Add("warning", ra->id, "overlap",
                "this rule and " + rb->id + " both match cell " + std::to_string(hits[a].first) +
                    " of line " + std::to_string(t.doc.lines[i].number) + " of " + names[f] +
                    " ('" + t.doc.lines[i].Text() + "') in section " + t.lines[i].section);
          }
      }
    }
    std::vector<std::pair<icu::UnicodeString, std::string>> lines;
    for (const std::string& s : texts) lines.emplace_back(U(s), Fold(s));
    auto matches_some = [&](const Pattern& p) {
      for (const auto& [text, fold] : lines)
        if (MayMatch(p, fold) && RegexFind(p, text, nullptr, &cache_)) return true;
      return false;
    };
    // Only the editions some sample is a report of: the others' rules have
    // nothing to match on these samples.
    std::set<const Edition*> sampled;
    for (const Trace& t : traces)
      for (const Segment& seg : t.reports) sampled.insert(seg.edition);
    std::set<std::string> seen;  // a shared file's rule is checked once
    for (const auto& ed : ps_.editions()) {
      if (!sampled.count(ed.get())) continue;
      for (const SectionHeading& h : ed->sections)
        if (seen.insert(h.id).second && !matches_some(h.regex))
          Add("warning", h.id, "never_matches",
              "the heading of section " + h.name + " matches no line of the samples");
      for (const Detector& d : ed->detectors)
        if (seen.insert(d.id).second && !matches_some(d.regex))
          Add("warning", d.id, "never_matches",
              "this detect pattern of " + ed->name + " matches no line of the samples");
      for (const auto& r : ed->rules)
        if (seen.insert(r->id).second && !matches_some(r->regex))
          Add("warning", r->id, "never_matches", "this rule matches no line of the samples");
    }
  }

 private:
  void Add(const std::string& severity, const std::string& where, const std::string& code,
           const std::string& message) {
    if (!said_.insert(where + "\t" + code + "\t" + message).second) return;
    out_->push_back({severity, where, code, message});
  }

  /// Sections named by `in` that no `section` line of the edition starts.
  void SectionsWithoutHeading(const Edition& ed) {
    std::set<std::string> known = kBuiltinSections;
    for (const SectionHeading& h : ed.sections) known.insert(h.name);
    for (const auto& [section, rules] : ed.rules_by_section) {
      if (known.count(section)) continue;
      for (const Rule* r : rules)
        Add("error", r->id, "no_section",
            "section " + section + " has no heading rule in " + ed.name + " ('section " + section +
                " \"...\"'): this rule can never match");
    }
  }

  /// The variables `set=` gives in the rules of one section, with their values.
  static std::map<std::string, std::set<std::string>> VarsOf(
      const std::vector<const Rule*>& rules) {
    std::map<std::string, std::set<std::string>> vars;
    for (const Rule* r : rules)
      for (const auto& [var, value] : r->sets) vars[var].insert(value);
    return vars;
  }

  /// Every key `tmpl` may stand for with `vars`; the variables it uses that
  /// none gives go to `*missing`.
  static std::vector<std::string> Expand(const std::string& tmpl,
                                         const std::map<std::string, std::set<std::string>>& vars,
                                         std::vector<std::string>* missing) {
    size_t open = tmpl.find('{');
    if (open == std::string::npos) return {tmpl};
    size_t close = tmpl.find('}', open);
    if (close == std::string::npos) return {tmpl};
    std::string var = tmpl.substr(open + 1, close - open - 1);
    auto it = vars.find(var);
    if (it == vars.end()) {
      missing->push_back(var);
      return {};
    }
    std::vector<std::string> out;
    for (const std::string& v : it->second)
      for (const std::string& k :
           Expand(tmpl.substr(0, open) + v + tmpl.substr(close + 1), vars, missing))
        out.push_back(k);
    return out;
  }

  /// The key templates a rule fills.
  std::vector<std::string> TemplatesOf(const Rule& r) const {
    std::vector<std::string> keys = r.keys;
    for (const auto& [column, key] : r.column_keys) keys.push_back(key);
    if (!r.choice_key.empty()) keys.push_back(r.choice_key);
    for (const auto& [name, key] : r.params)
      if (ps_.catalogue().Find(key)) keys.push_back(key);  // phone=KEY, email=KEY
    return keys;
  }

  void Keys(const Edition& ed) {
    std::vector<std::string> sections = {"head"};
    for (const SectionHeading& h : ed.sections) sections.push_back(h.name);
    std::set<std::string> filled;
    std::set<std::string> asked;
    for (const std::string& k : ps_.catalogue().KeysFor(ed.tag)) asked.insert(k);
    for (const std::string& section : sections) {
      std::vector<const Rule*> rules = ed.RulesIn(section);
      auto vars = VarsOf(rules);
      for (const Rule* r : rules) {
        for (const std::string& tmpl : TemplatesOf(*r)) {
          std::vector<std::string> missing;
          std::vector<std::string> keys = Expand(tmpl, vars, &missing);
          for (const std::string& var : missing)
            Add("error", r->id, "unknown_key",
                "key " + tmpl + " uses {" + var + "}, which no set= of section " + section +
                    " gives");
          for (const std::string& k : keys) {
            if (!ps_.catalogue().Find(k)) {
              Add("error", r->id, "unknown_key",
                  "key " + k + (k == tmpl ? "" : " (from " + tmpl + ")") +
                      " is not in catalogue.tsv");
              continue;
            }
            filled.insert(k);
            if (!asked.count(k))
              Add("warning", r->id, "unasked_key",
                  ed.name + " does not ask for " + k + " (catalogue.tsv: not tagged " + ed.tag +
                      "): its value is dropped");
          }
        }
      }
    }
    std::set<std::string> not_read(ps_.derived_keys().begin(), ps_.derived_keys().end());
    not_read.insert(ed.not_on_form.begin(), ed.not_on_form.end());
    for (const std::string& role : IdentityResolver::DerivedRoles())
      if (!ps_.catalogue().KeyWithRole(role).empty())
        not_read.insert(ps_.catalogue().KeyWithRole(role));
    for (const std::string& k : ps_.catalogue().KeysFor(ed.tag)) {
      if (filled.count(k) || not_read.count(k)) continue;
      Add("error", CatalogueLine(k), "unfilled_key",
          ed.name + " (" + fs::path(ed.file).filename().string() + ") asks for " + k +
              " but none of its rules fills it");
    }
  }

  /// "catalogue.tsv:LINE" of `key`.
  std::string CatalogueLine(const std::string& key) {
    if (catalogue_lines_.empty()) {
      std::ifstream in(fs::path(ps_.dir()) / "catalogue.tsv");
      std::string line;
      int n = 0;
      while (std::getline(in, line)) {
        ++n;
        size_t tab = line.find('\t');
        if (tab != std::string::npos) catalogue_lines_.emplace(line.substr(0, tab), n);
      }
    }
    auto it = catalogue_lines_.find(key);
    return "catalogue.tsv" + (it == catalogue_lines_.end() ? "" : ":" + std::to_string(it->second));
  }

  /// Two rules of one section whose patterns both match an example of one's label.
  void LabelOverlaps(const Edition& ed) {
    std::vector<std::string> sections = {"head"};
    for (const SectionHeading& h : ed.sections) sections.push_back(h.name);
    for (const std::string& section : sections) {
      std::vector<const Rule*> rules = ed.RulesIn(section);
      for (const Rule* a : rules) {
        if (a->kind == RuleKind::kIgnore) continue;
        std::string example = ExampleText(a->regex);
        if (example.empty()) continue;
        for (const Rule* b : rules) {
          if (b == a || b->kind == RuleKind::kIgnore) continue;
          if (!RegexFind(b->regex, U(example), nullptr, &cache_)) continue;
          if (overlaps_.count({b->id, a->id}) || !overlaps_.insert({a->id, b->id}).second) continue;
          Add("warning", a->id, "overlap",
              "'" + example + "' (this rule's label) is matched by " + b->id + " too, in section " +
                  section + " of " + ed.name);
        }
      }
    }
  }

  void DetectTie(const ReportSegmenter& segmenter, const Trace& t, const Segment& seg,
                 const std::string& name) {
    std::vector<int> scores = segmenter.Scores(t.doc, seg.begin, seg.end);
    const auto& eds = ps_.editions();
    size_t best = 0;
    for (size_t e = 1; e < scores.size(); ++e)
      if (scores[e] > scores[best]) best = e;
    std::string where = eds[best]->detectors.empty() ? fs::path(eds[best]->file).filename().string()
                                                     : eds[best]->detectors[0].id;
    std::string lines = name + " (lines " + std::to_string(t.doc.lines[seg.begin].number) + "-" +
                        std::to_string(t.doc.lines[seg.end - 1].number) + ")";
    for (size_t e = 0; e < scores.size(); ++e)
      if (e != best && scores[e] == scores[best] && scores[best] > 0)
        Add("warning", where, "detect_tie",
            lines + ": " + eds[best]->name + " and " + eds[e]->name + " both score " +
                std::to_string(scores[best]) + "; their detect weights cannot tell them apart");
    if (scores[best] < ps_.vocabulary().min_detect_score)
      Add("warning", where, "detect_tie",
          lines + ": the best edition, " + eds[best]->name + ", scores " +
              std::to_string(scores[best]) + ", below min_detect_score " +
              std::to_string(ps_.vocabulary().min_detect_score));
  }

  const PatternSet& ps_;
  std::vector<LintFinding>* out_;
  MatcherCache cache_;
  std::set<std::string> said_;
  std::set<std::pair<std::string, std::string>> overlaps_;
  std::map<std::string, int> catalogue_lines_;
};

/// "path:LINE" at the start of a loader message, or "".
std::string WhereOf(const std::string& message) {
  size_t pos = 0;
  while ((pos = message.find(": ", pos)) != std::string::npos) {
    size_t colon = message.rfind(':', pos - 1);
    if (colon != std::string::npos && colon + 1 < pos &&
        std::all_of(message.begin() + static_cast<long>(colon) + 1,
                    message.begin() + static_cast<long>(pos), ::isdigit))
      return message.substr(0, pos);
    ++pos;
  }
  return "";
}

}  // namespace

bool HasLintErrors(const std::vector<LintFinding>& findings) {
  for (const LintFinding& f : findings)
    if (f.severity == "error") return true;
  return false;
}

Status LintPatterns(const std::string& dir, const LintOptions& options,
                    std::vector<LintFinding>* out) {
  out->clear();
  std::unique_ptr<PatternSet> ps;
  Status s = PatternSet::Load(dir, &ps);
  if (!s.ok()) {
    std::string where = WhereOf(s.message());
    out->push_back({"error", where, "load",
                    where.empty() ? s.message() : s.message().substr(where.size() + 2)});
    return Status();
  }
  std::vector<LintFinding> found;
  Linter linter(*ps, &found);
  linter.Static();
  if (!options.samples_dir.empty()) {
    std::error_code ec;
    std::vector<std::string> files;
    for (fs::recursive_directory_iterator it(options.samples_dir, ec), end; !ec && it != end;
         it.increment(ec))
      if (it->is_regular_file() && IsReadableExtension(it->path().extension().string()))
        files.push_back(it->path().string());
    if (ec) return Status::Error("cannot_open", options.samples_dir + ": " + ec.message());
    std::sort(files.begin(), files.end());
    std::vector<Trace> traces;
    std::vector<std::string> names;
    for (const std::string& f : files) {
      Trace t;
      Status ts = TraceFile(f, *ps, ExtractOptions(), &t);
      if (!ts.ok()) {
        found.push_back({"warning", f, "sample_unreadable", ts.message()});
        continue;
      }
      traces.push_back(std::move(t));
      names.push_back(f);
    }
    linter.Samples(traces, names);
  }
  std::stable_partition(found.begin(), found.end(),
                        [](const LintFinding& f) { return f.severity == "error"; });
  *out = std::move(found);
  return Status();
}

}  // namespace redovis
