#include "inspect/explain.h"

#include <algorithm>
#include <map>
#include <set>

#include "base/text_util.h"
#include "inspect/trace.h"
#include "patterns/regex.h"
#include "patterns/rule_keys.h"

namespace redovis {

namespace {

const char* KindName(RuleKind kind) {
  switch (kind) {
    case RuleKind::kField:
      return "field";
    case RuleKind::kRow:
      return "row";
    case RuleKind::kOption:
      return "option";
    case RuleKind::kText:
      return "text";
    case RuleKind::kIgnore:
      return "ignore";
  }
  return "ignore";
}

/// A line that reads like a label or an answer: it ends in ':' or '?', holds
/// "label: answer", has two or more filled cells or a check box.
bool LooksLikeLabel(const Line& line) {
  size_t filled = 0;
  for (const Cell& c : line.cells) {
    if (c.checkbox != CheckboxState::kNone) return true;
    if (!Trim(c.text).empty()) ++filled;
  }
  if (filled >= 2) return true;
  std::string t = Trim(line.Text());
  if (t.empty()) return false;
  if (t.back() == ':' || t.back() == '?') return true;
  size_t colon = t.find(": ");
  return colon != std::string::npos && colon > 0;
}

std::string CheckboxName(CheckboxState s) {
  return s == CheckboxState::kChecked     ? "checked"
         : s == CheckboxState::kUnchecked ? "unchecked"
                                          : "";
}

class Explainer {
 public:
  Explainer(const PatternSet& ps, const Trace& trace, Explanation* out)
      : ps_(ps), t_(trace), out_(out) {}

  void Run(const std::string& only_key) {
    for (size_t i = 0; i < t_.doc.lines.size(); ++i)
      index_[{t_.doc.lines[i].page, t_.doc.lines[i].number}] = i;
    for (size_t r = 0; r < t_.records.size(); ++r) {
      const Record& rec = t_.records[r];
      if (r >= t_.reports.size()) break;
      ExplainedReport rep;
      rep.edition = rec.edition;
      rep.status = rec.status;
      rep.first_line = rec.source.first_line;
      rep.last_line = rec.source.last_line;
      rep.first_page = rec.source.first_page;
      rep.last_page = rec.source.last_page;
      rep.values = rec.values.size();
      rep.asked = rec.asked.size();
      out_->reports.push_back(rep);
    }
    Lines();
    std::set<size_t> about_key;  // lines shown with --key
    for (size_t r = 0; r < out_->reports.size(); ++r) {
      const Record& rec = t_.records[r];
      for (const std::string& key : rec.asked) {
        if (!only_key.empty() && key != only_key) continue;
        if (rec.Has(key)) {
          auto p = rec.provenance.find(key);
          GivenValue g{key, rec.Get(key).ToDisplay(),
                       p == rec.provenance.end() ? "" : p->second.rule};
          out_->found.push_back(g);
          if (p != rec.provenance.end()) {
            auto at = index_.find({p->second.page, p->second.line});
            if (at != index_.end()) about_key.insert(at->second);
          }
          continue;
        }
        NullKey n = WhyNull(static_cast<int>(r), key);
        for (const Candidate& c : n.candidates) {
          auto at = index_.find({c.page, c.number});
          if (at != index_.end()) about_key.insert(at->second);
        }
        out_->nulls.push_back(std::move(n));
      }
    }
    if (!only_key.empty()) {
      std::vector<ExplainedLine> kept;
      for (size_t i : about_key) kept.push_back(out_->lines[i]);
      for (ExplainedLine& l : kept) {
        std::vector<GivenValue> mine;
        for (const GivenValue& g : l.values)
          if (g.key == only_key) mine.push_back(g);
        l.values = mine;
      }
      out_->lines = std::move(kept);
    }
  }

 private:
  void Lines() {
    for (size_t i = 0; i < t_.doc.lines.size(); ++i) {
      const Line& line = t_.doc.lines[i];
      const TracedLine& tl = t_.lines[i];
      ExplainedLine e;
      e.page = line.page;
      e.number = line.number;
      e.origin = line.origin;
      for (const Cell& c : line.cells)
        e.cells.push_back({c.text, c.x0, c.x1, CheckboxName(c.checkbox)});
      e.report = tl.report < static_cast<int>(t_.reports.size()) ? tl.report : -1;
      if (tl.read) {
        e.section = tl.section;
        e.use = UseName(tl.use);
      }
      for (const auto& [cell, rule] : tl.rules)
        e.rules.push_back({rule->id, KindName(rule->kind), cell});
      e.unread = tl.read && tl.use == LineUse::kUnmatched && LooksLikeLabel(line);
      out_->lines.push_back(std::move(e));
    }
    for (size_t r = 0; r < out_->reports.size(); ++r)
      for (const auto& [key, p] : t_.records[r].provenance) {
        auto at = index_.find({p.page, p.line});
        if (at == index_.end() || !t_.records[r].Has(key)) continue;
        out_->lines[at->second].values.push_back({key, t_.records[r].Get(key).ToDisplay(), p.rule});
      }
  }

  NullKey WhyNull(int report, const std::string& key) {
    const Record& rec = t_.records[report];
    const Segment& seg = t_.reports[report];
    const Edition& ed = *seg.edition;
    NullKey n;
    n.report = report;
    n.key = key;
    if (const FieldSpec* f = ps_.catalogue().Find(key)) n.label_sv = f->label_sv;
    // The matcher's findings about a value it saw and could not take
    // (src/match/value_assigner.cc, match_run.cc); the checks' findings
    // (a required key missing) say only that it is null.
    static const std::set<std::string> kMarkCodes = {"ambiguous_column", "conflicting_marks",
                                                     "unreadable_mark"};
    static const std::set<std::string> kValueCodes = {
        "unreadable_number",  "not_whole_number",       "unreadable_date",      "unreadable_choice",
        "conflicting_values", "ambiguous_municipality", "unknown_municipality", "table_debris",
        "value_unreadable",   "value_out_of_range"};
    // Text the matcher saw where the answer would stand and did not take: where
    // it ends, or whether it is the answer, could not be told (never a blank).
    static const std::set<std::string> kUndecidedCodes = {"wrapped_value",  "ambiguous_label",
                                                          "label_as_value", "lost_hyphen",
                                                          "ocr_garbage",    "pages_out_of_order"};
    for (const Finding& f : rec.findings) {
      // A table of choices in a text that shows no mark at all (unshown_marks.h).
      const bool unshown = f.code == "value_unreadable" && f.message_id == "choice_marks_not_shown";
      if ((!kMarkCodes.count(f.code) && !kValueCodes.count(f.code) &&
           !kUndecidedCodes.count(f.code)) ||
          std::find(f.keys.begin(), f.keys.end(), key) == f.keys.end())
        continue;
      n.reason = kMarkCodes.count(f.code) || unshown ? NullReason::kMarkAmbiguous
                 : kUndecidedCodes.count(f.code)     ? NullReason::kValueUndecided
                                                     : NullReason::kValueUnparseable;
      n.detail = f.code + " at line " + std::to_string(f.line) + ": " + f.message;
      return n;
    }
    std::vector<const Rule*> rules = RulesFilling(ed, key);
    if (rules.empty()) {
      n.reason = NullReason::kNoRule;
      n.detail = "no rule of " + ed.name + " fills this key";
      return n;
    }
    // The sections those rules are in, and whether the report reached one.
    std::vector<std::string> filling = SectionsFilling(ed, key);
    std::set<std::string> sections(filling.begin(), filling.end());
    std::set<std::string> seen;
    for (size_t i = seg.begin; i < seg.end; ++i)
      if (t_.lines[i].read) seen.insert(t_.lines[i].section);
    bool reached = sections.count("*") > 0;
    for (const std::string& s : sections)
      if (seen.count(s)) reached = true;
    std::string rule_ids;
    std::vector<Label> labels;
    for (const Rule* r : rules) {
      rule_ids += (rule_ids.empty() ? "" : ", ") + r->id;
      labels.push_back({r->id, &r->regex});
    }
    if (!reached) {
      std::string names, headings;
      for (const std::string& s : sections) {
        names += (names.empty() ? "" : ", ") + s;
        for (const SectionHeading& h : ed.sections)
          if (h.name == s) {
            headings += (headings.empty() ? "" : ", ") + h.id;
            labels.push_back({h.id, &h.regex});
          }
      }
      n.reason = NullReason::kSectionNotFound;
      n.detail = "its rules (" + rule_ids + ") are in section " + names +
                 ", and no line matched that section's heading" +
                 (headings.empty() ? "" : " (" + headings + ")");
    } else {
      n.reason = NullReason::kLabelNotFound;
      n.detail = "no line matched its rules (" + rule_ids + ") in section " + Join(sections);
      for (size_t i = seg.begin; i < seg.end; ++i)
        for (const auto& [cell, r] : t_.lines[i].rules)
          if (std::find(rules.begin(), rules.end(), r) != rules.end()) {
            n.reason = NullReason::kNoValue;
            n.detail = r->id + " matched line " + std::to_string(t_.doc.lines[i].number) +
                       " in section " + t_.lines[i].section + ", and no value was found beside it";
            i = seg.end - 1;
            break;
          }
    }
    n.candidates = Nearest(seg, labels);
    return n;
  }

  static std::string Join(const std::set<std::string>& s) {
    std::string out;
    for (const std::string& x : s) out += (out.empty() ? "" : ", ") + x;
    return out;
  }

  /// A pattern whose label a line may be near: a rule's or a section heading's.
  struct Label {
    std::string id;
    const Pattern* pattern;
  };

  /// The three lines of the report nearest to an example of one of `labels`.
  std::vector<Candidate> Nearest(const Segment& seg, const std::vector<Label>& labels) {
    std::vector<std::pair<std::string, std::string>> examples;  // id, example
    for (const Label& l : labels) {
      std::string ex = ExampleText(*l.pattern);
      if (!ex.empty()) examples.emplace_back(l.id, ex);
    }
    std::vector<Candidate> all;
    for (size_t i = seg.begin; i < seg.end; ++i) {
      const Line& line = t_.doc.lines[i];
      if (line.Blank()) continue;
      std::vector<std::string> texts = {line.Text()};
      for (const Cell& c : line.cells)
        if (!c.text.empty() && line.cells.size() > 1) texts.push_back(c.text);
      Candidate best;
      for (const auto& [id, label] : examples)
        for (const std::string& text : texts) {
          double s = WordSimilarity(label, text);
          if (s > best.similarity) best = {line.page, line.number, line.Text(), s, id, label};
        }
      if (best.similarity > 0) all.push_back(best);
    }
    std::stable_sort(all.begin(), all.end(), [](const Candidate& a, const Candidate& b) {
      return a.similarity > b.similarity;
    });
    if (all.size() > 3) all.resize(3);
    return all;
  }

  const PatternSet& ps_;
  const Trace& t_;
  Explanation* out_;
  std::map<std::pair<int, int>, size_t> index_;  ///< (page, line number) -> line index
};

}  // namespace

const char* NullReasonName(NullReason reason) {
  switch (reason) {
    case NullReason::kMarkAmbiguous:
      return "mark_ambiguous";
    case NullReason::kValueUnparseable:
      return "value_unparseable";
    case NullReason::kValueUndecided:
      return "value_undecided";
    case NullReason::kNoRule:
      return "no_rule";
    case NullReason::kSectionNotFound:
      return "section_not_found";
    case NullReason::kLabelNotFound:
      return "label_not_found";
    case NullReason::kNoValue:
      return "no_value";
  }
  return "label_not_found";
}

Status Explain(const std::string& path, const PatternSet& patterns, const ExplainOptions& options,
               Explanation* out) {
  *out = Explanation();
  out->file = path;
  out->key = options.key;
  if (!options.key.empty() && !patterns.catalogue().Find(options.key))
    return Status::Error("usage",
                         "unknown key '" + options.key + "' (redovis fields lists the keys)");
  Trace trace;
  Status s = TraceFile(path, patterns, options.extract, &trace);
  if (!s.ok()) return s;
  out->format = trace.doc.format;
  Explainer(patterns, trace, out).Run(options.key);
  return Status();
}

}  // namespace redovis
