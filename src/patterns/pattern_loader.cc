#include "patterns/pattern_loader.h"

#include <unicode/regex.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <string_view>
#include <unordered_map>

#include "base/text_util.h"
#include "base/utf8.h"
#include "patterns/check_rules.h"
#include "patterns/label.h"
#include "patterns/mark_free.h"
#include "patterns/regex.h"
#include "patterns/regex_table.h"
#include "patterns/rule_tokens.h"

namespace redovis {

/// Parses one .rules file into the pattern set; errors name file and line.
class PatternLoader::Impl {
  /// A rule label's answer (LabelOf), once known.
  struct Label {
    bool known = false;
    std::string text;
    bool closed = false;
  };
  /// A distinct regex source's check: the pattern it made, its
  /// case-sensitive compilation (null when the table answered) and its
  /// rule label.
  struct CheckedSource {
    Pattern pattern;
    std::unique_ptr<icu::RegexPattern> regex;
    Label label;
    const KnownRegex* known = nullptr;  ///< the table's entry, when it answered
  };

 public:
  Impl(PatternSet* set, const RegexTable& known) : set_(set), known_(known) {}

  /// How many regexes were read, and how many distinct ones had their syntax
  /// checked (PatternLoader::RegexCounts).
  std::pair<int, int> RegexCounts() const {
    return {regexes_, static_cast<int>(checked_sources_.size()) - from_table_};
  }
  int FromTable() const { return from_table_; }

  /// Each distinct regex's answers (PatternLoader::Answers); the rule label
  /// worked out here for those no rule asked for.
  std::vector<RegexAnswer> Answers() {
    std::vector<RegexAnswer> out;
    for (auto& [source, c] : checked_sources_) {
      const Label& label = LabelOf(c);
      out.push_back({source, c.pattern.groups, label.text, label.closed, c.regex != nullptr});
    }
    return out;
  }

  Status LoadVocabulary(const std::string& path) { return ParseFile(path, nullptr, 0); }

  Status LoadChecks(const std::string& path) {
    in_checks_ = true;
    Status s = ParseFile(path, nullptr, 0);
    in_checks_ = false;
    return s;
  }

  Status LoadEdition(const std::string& path) {
    auto edition = std::make_unique<Edition>();
    edition->file = std::filesystem::path(path).filename().string();
    Status s = ParseFile(path, edition.get(), 0);
    if (!s.ok()) return s;
    if (edition->name.empty())
      return Status::Error("pattern_error",
                           path + ": an edition file needs an 'edition NAME' line");
    if (edition->tag.empty())
      return Status::Error("pattern_error",
                           path + ": edition " + edition->name + " needs a 'tag' line");
    if (set_->FindEdition(edition->name))
      return Status::Error("pattern_error",
                           path + ": edition " + edition->name + " is defined twice");
    IndexByLead(edition.get());
    set_->editions_.push_back(std::move(edition));
    return Status();
  }

 private:
  using Token = RuleToken;

  /// The edition's section, detector and start regexes indexed by first byte.
  static void IndexByLead(Edition* edition) {
    std::vector<const Pattern*> sections, detectors, starts;
    for (const SectionHeading& h : edition->sections) sections.push_back(&h.regex);
    for (const Detector& d : edition->detectors) detectors.push_back(&d.regex);
    for (const Pattern& p : edition->starts) starts.push_back(&p);
    edition->section_index = std::make_shared<const LeadIndex>(IndexByFirstBytes(sections));
    edition->detector_index = std::make_shared<const LeadIndex>(IndexByFirstBytes(detectors));
    edition->start_index = std::make_shared<const LeadIndex>(IndexByFirstBytes(starts));
  }

  Status Error(const std::string& where, const std::string& what) {
    return Status::Error("pattern_error", where + ": " + what);
  }

  bool KnownKey(const std::string& key) const {
    if (key.find('{') != std::string::npos) return true;  // checked when interpolated
    return set_->catalogue_.Find(key) != nullptr;
  }

  bool KnownColumn(const std::string& name) const {
    for (const auto& c : set_->vocabulary_.columns)
      if (c.first == name) return true;
    return false;
  }

  Status ParseFile(const std::string& path, Edition* edition, int depth) {
    if (depth > 8) return Status::Error("pattern_error", path + ": includes nest too deeply");
    std::ifstream in(path);
    if (!in) return Status::Error("pattern_error", path + ": cannot open");
    std::string base = std::filesystem::path(path).filename().string();
    std::vector<std::string> saved_scope = scope_;
    scope_ = {"*"};
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
      ++number;
      std::vector<Token> tokens;
      std::string error;
      // A line's place is spelled out only for a line with a directive: a
      // comment or a blank line needs none.
      if (!TokenizeRuleLine(line, &tokens, &error))
        return Error(path + ":" + std::to_string(number), error);
      if (tokens.empty()) continue;
      std::string where = path + ":" + std::to_string(number);
      Status s =
          Directive(tokens, edition, path, base + ":" + std::to_string(number), where, depth);
      if (!s.ok()) return s;
    }
    scope_ = saved_scope;
    return Status();
  }

  /// `*out` for the quoted regex `t` (CompileSource).
  Status Compile(const Token& t, const std::string& where, Pattern* out,
                 CheckedSource** checked = nullptr) {
    if (!t.quoted)
      return Error(where, "expected a quoted regular expression, got '" + t.text + "'");
    return CompileSource(t.text, where, out, checked);
  }

  /// `*out` for the regex `source`, its syntax checked once per distinct
  /// source in this load: by the table of known answers (known_) when it
  /// holds exactly this text, else by ICU (CompilePattern). An included
  /// file's regexes (_po-2020s.rules in three editions) are checked the
  /// first time only, and later copies take that check's answers (the
  /// groups; `*checked`, the source's entry, kept until the loader ends)
  /// and its compilation for matching: a regex is compiled once a run
  /// however many editions include it. A bad source
  /// fails where it is first read, naming that file and line.
  Status CompileSource(const std::string& source, const std::string& where, Pattern* out,
                       CheckedSource** checked = nullptr) {
    ++regexes_;
    auto known = checked_sources_.find(source);
    bool first = known == checked_sources_.end();
    if (first) {
      CheckedSource c;
      if (const KnownRegex* k = known_.Find(source)) {
        KnownGoodPattern(source, k->groups, &c.pattern, k);
        c.label = Label{true, std::string(k->label), k->label_closed};
        c.known = k;
        ++from_table_;
      } else {
        std::string error;
        if (!CompilePattern(source, &c.pattern, &error, &c.regex)) return Error(where, error);
      }
      if (set_->mark_free_) {
        // The mark-free set (PatternSet::LoadMarkFree) matches with the
        // widened regex; the rule's label is the form's wording as written.
        std::string wide = MarkFreeSource(source);
        if (wide != source) {
          LabelOf(c);
          KnownGoodPattern(wide, c.pattern.groups, &c.pattern);
        }
      }
      known = checked_sources_.emplace(source, std::move(c)).first;
    }
    // A copy shares the first's compilation for matching (compiled once, on
    // first use, whichever copy is used first).
    *out = known->second.pattern;
    if (checked) *checked = &known->second;
    return Status();
  }

  Status Directive(const std::vector<Token>& tk, Edition* ed, const std::string& path,
                   const std::string& id, const std::string& where, int depth) {
    // A view: its comparisons with the directives' names test the length first.
    std::string_view d = tk[0].text;
    auto need = [&](size_t n) { return tk.size() >= n; };
    Vocabulary& voc = set_->vocabulary_;

    // --- checks.rules ---
    if (d == "check" || d == "derived" || d == "rate") {
      if (!in_checks_) return Error(where, "'" + tk[0].text + "' belongs in checks.rules");
      if (d == "check") {
        CheckRule c;
        Status s = ParseCheckRule(
            tk, id, where, set_->catalogue_, set_->messages_, set_->rates_, &c,
            [&](const std::string& source, Pattern* p) { return CompileSource(source, where, p); });
        if (s.ok()) set_->checks_.push_back(std::move(c));
        return s;
      }
      if (d == "rate") {
        // rate TABLE YEAR AMOUNT: the amount of TABLE for YEAR.
        double year = 0, amount = 0;
        if (tk.size() != 4 || !ParseRuleNumber(tk[2].text, &year) || year != std::floor(year) ||
            year < 1900 || year > 2999 || !ParseRuleNumber(tk[3].text, &amount) || amount <= 0)
          return Error(where, "rate takes TABLE YEAR AMOUNT (a year and a positive number)");
        if (!set_->rates_[tk[1].text].emplace(static_cast<int>(year), amount).second)
          return Error(where, "rate " + tk[1].text + " lists " + tk[2].text + " twice");
        return Status();
      }
      if (tk.size() < 2) return Error(where, "derived takes one or more keys");
      for (size_t i = 1; i < tk.size(); ++i) {
        if (!set_->catalogue_.Find(tk[i].text))
          return Error(where, "unknown key '" + tk[i].text + "'");
        set_->derived_keys_.push_back(tk[i].text);
      }
      return Status();
    }
    if (in_checks_)
      return Error(where, "checks.rules holds only 'check', 'derived' and 'rate' lines");

    // --- vocabulary (common.rules) ---
    if (d == "mark" || d == "furniture" || d == "keep_hyphen" || d == "municipality_affix" ||
        d == "name_suffix" || d == "list_separator" || d == "county_mention" ||
        d == "number_unit" || d == "blank_answer" || d == "bullet" || d == "contact_word" ||
        d == "question_number" || d == "list_number" || d == "answer_prefix" ||
        d == "section_number" || d == "lost_table" || d == "question") {
      if (tk.size() != 2) return Error(where, tk[0].text + " takes one quoted regular expression");
      Pattern p;
      Status s = Compile(tk[1], where, &p);
      if (!s.ok()) return s;
      if (d == "mark") voc.marks.push_back(p);
      if (d == "furniture" || d == "lost_table") voc.furniture.push_back(p);
      if (d == "lost_table") voc.lost_tables.push_back(p);
      if (d == "question") voc.questions.push_back(p);
      if (d == "keep_hyphen") voc.keep_hyphen.push_back(p);
      if (d == "municipality_affix") voc.municipality_affixes.push_back(p);
      if (d == "name_suffix") voc.name_suffixes.push_back(p);
      if (d == "list_separator") voc.list_separators.push_back(p);
      if (d == "number_unit") voc.number_units.push_back(p);
      if (d == "blank_answer") voc.blank_answers.push_back(p);
      if (d == "bullet") voc.bullets.push_back(p);
      if (d == "contact_word") voc.contact_words.push_back(p);
      if (d == "question_number") voc.question_numbers.push_back(p);
      if (d == "list_number") voc.list_numbers.push_back(p);
      if (d == "section_number") voc.section_numbers.push_back(p);
      if (d == "answer_prefix") voc.answer_prefixes.push_back(p);
      if (d == "county_mention") {
        if (p.groups < 1) return Error(where, "county_mention needs a capture group");
        voc.county_mentions.push_back(p);
      }
      return Status();
    }
    if (d == "column" || d == "month") {
      const bool most = d == "column" && tk.size() == 4;
      if (tk.size() != 3 && !most)
        return Error(where, tk[0].text + " takes a name and a quoted regular expression" +
                                (d == "column" ? ", then most=N if it likes" : ""));
      Pattern p;
      Status s = Compile(tk[2], where, &p);
      if (!s.ok()) return s;
      if (d == "column") {
        voc.columns.emplace_back(tk[1].text, p);
        if (most) {
          const std::string& t = tk[3].text;
          if (tk[3].quoted || t.rfind("most=", 0) != 0 || t.size() == 5 || t.size() > 5 + 18 ||
              t.find_first_not_of("0123456789", 5) != std::string::npos)
            return Error(where, "column's last word is most=N, N a whole number: '" + t + "'");
          voc.column_most[tk[1].text] = std::stoull(t.substr(5));
        }
      } else {
        int m = std::atoi(tk[1].text.c_str());
        if (m < 1 || m > 12) return Error(where, "month number must be 1-12");
        voc.months.emplace_back(m, p);
      }
      return Status();
    }
    if (d == "most") {
      // most N KEY ...: the largest value each number key may hold.
      if (tk.size() < 3 || tk[1].quoted || tk[1].text.empty() || tk[1].text.size() > 15 ||
          tk[1].text.find_first_not_of("0123456789") != std::string::npos)
        return Error(where, "most takes a whole number, then one or more number keys");
      const double most = std::stod(tk[1].text);
      for (size_t i = 2; i < tk.size(); ++i) {
        const FieldSpec* f = tk[i].quoted ? nullptr : set_->catalogue_.Find(tk[i].text);
        if (!f) return Error(where, "unknown key '" + tk[i].text + "'");
        if (f->type != FieldType::kInt && f->type != FieldType::kDecimal)
          return Error(where, "most names a key that is no number: '" + tk[i].text + "'");
        voc.key_most[tk[i].text] = most;
      }
      return Status();
    }
    if (d == "municipality_clue") {
      if (tk.size() < 2) return Error(where, "municipality_clue takes one or more keys");
      for (size_t i = 1; i < tk.size(); ++i) {
        if (tk[i].quoted || !set_->catalogue_.Find(tk[i].text))
          return Error(where, "unknown key '" + tk[i].text + "'");
        voc.municipality_clues.push_back(tk[i].text);
      }
      return Status();
    }
    if (d == "sheet_name") {
      static const std::set<std::string> kParts = {"reports", "values", "findings", "fields"};
      if (tk.size() != 3 || tk[1].quoted || !kParts.count(tk[1].text) || tk[2].text.empty() ||
          tk[2].text.size() > 31 * 4 || tk[2].text.find_first_of("[]:*?/\\'") != std::string::npos)
        return Error(where,
                     "sheet_name takes a part (reports, values, findings, fields) and a sheet "
                     "name (at most 31 characters, none of []:*?/\\')");
      voc.sheet_names[tk[1].text] = tk[2].text;
      return Status();
    }
    if (d == "ocr_class") {
      // ocr_class NAME "SHAPE" [value] [split] [own="RE"]
      if (tk.size() < 3 || tk[1].quoted || tk[1].text.empty() || !tk[2].quoted)
        return Error(where,
                     "ocr_class takes a name, a quoted shape, and value, split or own=\"re\"");
      for (const OcrClass& c : voc.ocr_classes)
        if (c.name == tk[1].text) return Error(where, "ocr_class " + c.name + " is defined twice");
      OcrClass c;
      c.name = tk[1].text;
      Status s = Compile(tk[2], where, &c.shape);
      if (!s.ok()) return s;
      for (size_t i = 3; i < tk.size(); ++i) {
        if (tk[i].text == "value" && !tk[i].quoted) {
          c.whole_value = true;
        } else if (tk[i].text == "split" && !tk[i].quoted) {
          c.split = true;
        } else if (tk[i].text.rfind("own=", 0) == 0 && tk[i].value_quoted) {
          s = CompileSource(tk[i].text.substr(4), where, &c.own);
          if (!s.ok()) return s;
        } else {
          return Error(where,
                       "ocr_class: unknown option '" + tk[i].text + "' (value, split, own=\"re\")");
        }
      }
      voc.ocr_classes.push_back(std::move(c));
      return Status();
    }
    if (d == "ocr_misread") {
      // ocr_misread NAME RIGHT "WRONG"...: OCR reads each WRONG for RIGHT in class NAME.
      OcrClass* c = nullptr;
      for (OcrClass& k : voc.ocr_classes)
        if (tk.size() > 1 && k.name == tk[1].text) c = &k;
      if (tk.size() < 4 || !c)
        return Error(where,
                     "ocr_misread takes a class an ocr_class line defined before, the character "
                     "read wrong, and one or more quoted readings of it");
      for (size_t i = 3; i < tk.size(); ++i) {
        if (!tk[i].quoted || tk[i].text.empty() || tk[i].text == tk[2].text)
          return Error(where, "ocr_misread: each reading is quoted, not empty, not the character");
        c->misreadings.emplace_back(tk[i].text, tk[2].text);
      }
      std::stable_sort(
          c->misreadings.begin(), c->misreadings.end(),
          [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
      return Status();
    }
    if (d == "ocr_word_misread") {
      // ocr_word_misread RIGHT "WRONG"...: OCR reads each WRONG for RIGHT in a free text's word.
      if (tk.size() < 3 || tk[1].quoted || tk[1].text.empty())
        return Error(where,
                     "ocr_word_misread takes the letters read wrong and one or more quoted "
                     "readings of them");
      for (size_t i = 2; i < tk.size(); ++i) {
        if (!tk[i].quoted || tk[i].text.empty() || tk[i].text == tk[1].text)
          return Error(where,
                       "ocr_word_misread: each reading is quoted, not empty, not the letters");
        voc.ocr_word_misreadings.emplace_back(tk[i].text, tk[1].text);
      }
      std::stable_sort(
          voc.ocr_word_misreadings.begin(), voc.ocr_word_misreadings.end(),
          [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
      return Status();
    }
    if (d == "ocr_language") {
      if (tk.size() != 2 || tk[1].quoted || tk[1].text.empty() ||
          tk[1].text.find_first_not_of("abcdefghijklmnopqrstuvwxyz_+") != std::string::npos)
        return Error(where, "ocr_language takes one Tesseract language code (swe, eng+swe)");
      voc.ocr_language = tk[1].text;
      return Status();
    }
    if (d == "wordlist") {
      if (tk.size() != 3 || tk[1].text.empty() || tk[1].text[0] != '/' || tk[2].text.empty())
        return Error(where,
                     "wordlist takes a word list's absolute path and its encoding "
                     "(/usr/share/dict/swedish ISO-8859-1)");
      voc.wordlist = tk[1].text;
      voc.wordlist_encoding = tk[2].text;
      return Status();
    }
    if (d == "compound_join") {
      // compound_join "JOIN"...: what may stand between a compound's two words.
      if (tk.size() < 2)
        return Error(where, "compound_join takes one or more quoted joins (\"s\")");
      for (size_t i = 1; i < tk.size(); ++i) {
        if (!tk[i].quoted || tk[i].text.empty())
          return Error(where, "compound_join: each join is quoted and not empty");
        voc.compound_joins.push_back(tk[i].text);
      }
      return Status();
    }
    if (d == "label_tolerance") {
      // label_tolerance words=N min_words=N chars=N
      LabelTolerance t;
      for (size_t i = 1; i < tk.size(); ++i) {
        const std::string& opt = tk[i].text;
        size_t eq = opt.find('=');
        std::string name = eq == std::string::npos ? opt : opt.substr(0, eq);
        int* slot = name == "words"       ? &t.words
                    : name == "min_words" ? &t.min_words
                    : name == "chars"     ? &t.chars
                                          : nullptr;
        double n;
        if (tk[i].quoted || !slot || eq == std::string::npos ||
            !ParseRuleNumber(opt.substr(eq + 1), &n) || n < 0 || n > 10 || n != std::floor(n))
          return Error(where, "label_tolerance takes words=N min_words=N chars=N (0-10)");
        *slot = static_cast<int>(n);
      }
      voc.label_tolerance = t;
      return Status();
    }
    if (d == "min_detect_score") {
      if (tk.size() != 2) return Error(where, "min_detect_score takes a number");
      voc.min_detect_score = std::atoi(tk[1].text.c_str());
      return Status();
    }

    // --- everything below belongs to an edition ---
    if (!ed)
      return Error(where, "'" + tk[0].text + "' belongs in an edition file, not the vocabulary");

    if (d == "edition" || d == "tag" || d == "title") {
      if (tk.size() < 2) return Error(where, tk[0].text + " needs a value");
      std::string v = tk[1].text;
      for (size_t i = 2; i < tk.size(); ++i) v += " " + tk[i].text;
      if (d == "edition") {
        if (depth > 0) return Error(where, "'edition' cannot stand in an included file");
        ed->name = v;
      }
      if (d == "tag") ed->tag = v;
      if (d == "title") ed->title = v;
      return Status();
    }
    if (d == "years") {
      if (tk.size() < 2) return Error(where, "years takes one or more years");
      for (size_t i = 1; i < tk.size(); ++i) {
        const std::string& y = tk[i].text;
        if (y.size() != 4 || y.find_first_not_of("0123456789") != std::string::npos)
          return Error(where, "'" + y + "' is not a year");
        ed->years.push_back(std::stoi(y));
      }
      return Status();
    }
    if (d == "include") {
      if (tk.size() != 2) return Error(where, "include takes one file name");
      std::string name = tk[1].text;
      if (name.find('/') != std::string::npos)
        return Error(where, "include names a file in the same folder");
      std::string target = (std::filesystem::path(path).parent_path() / name).string();
      return ParseFile(target, ed, depth + 1);
    }
    if (d == "detect") {
      if (tk.size() != 3)
        return Error(where, "detect takes a weight and a quoted regular expression");
      Detector det;
      det.id = id;
      det.weight = std::atoi(tk[1].text.c_str());
      if (det.weight == 0) return Error(where, "detect weight must be a non-zero number");
      Status s = Compile(tk[2], where, &det.regex);
      if (!s.ok()) return s;
      ed->detectors.push_back(det);
      return Status();
    }
    if (d == "start") {
      if (tk.size() != 2) return Error(where, "start takes one quoted regular expression");
      Pattern p;
      Status s = Compile(tk[1], where, &p);
      if (!s.ok()) return s;
      ed->starts.push_back(p);
      return Status();
    }
    if (d == "require" || d == "preprinted" || d == "not_on_form") {
      if (tk.size() < 2) return Error(where, tk[0].text + " takes one or more keys");
      for (size_t i = 1; i < tk.size(); ++i) {
        if (!KnownKey(tk[i].text)) return Error(where, "unknown key '" + tk[i].text + "'");
        (d == "require"      ? ed->required
         : d == "preprinted" ? ed->preprinted
                             : ed->not_on_form)
            .push_back(tk[i].text);
      }
      return Status();
    }
    if (d == "section" || d == "section_title") {
      if (tk.size() != 3)
        return Error(where, d == "section"
                                ? "section takes a name and a quoted regular expression"
                                : "section_title takes a section's name and a quoted regular "
                                  "expression");
      // A title names a section its edition declared before it.
      const bool known = std::any_of(ed->sections.begin(), ed->sections.end(),
                                     [&](const SectionHeading& h) { return h.name == tk[1].text; });
      if (d == "section_title" && !known)
        return Error(where, "section_title names '" + tk[1].text +
                                "', which no section line before it declares");
      SectionHeading h;
      h.name = tk[1].text;
      h.id = id;
      Status s = Compile(tk[2], where, &h.regex);
      if (!s.ok()) return s;
      (d == "section" ? ed->sections : ed->titles).push_back(h);
      return Status();
    }
    if (d == "in") {
      if (tk.size() < 2) return Error(where, "in takes one or more section names (or *)");
      scope_.clear();
      for (size_t i = 1; i < tk.size(); ++i) scope_.push_back(tk[i].text);
      return Status();
    }

    auto rule = std::make_unique<Rule>();
    rule->id = id;
    size_t next = 1;
    // The rule's regex's check (its answers, or its case-sensitive compilation), for SetLabel.
    CheckedSource* checked = nullptr;
    if (d == "field") {
      rule->kind = RuleKind::kField;
      if (!need(3)) return Error(where, "field takes KEY[,KEY...] and a quoted regular expression");
      rule->keys = SplitAt(tk[1].text, ',');
      Status s = Compile(tk[2], where, &rule->regex, &checked);
      if (!s.ok()) return s;
      next = 3;
    } else if (d == "row") {
      rule->kind = RuleKind::kRow;
      if (!need(2)) return Error(where, "row takes a quoted regular expression");
      Status s = Compile(tk[1], where, &rule->regex, &checked);
      if (!s.ok()) return s;
      next = 2;
    } else if (d == "option") {
      rule->kind = RuleKind::kOption;
      if (!need(4)) return Error(where, "option takes KEY VALUE and a quoted regular expression");
      rule->keys.push_back(tk[1].text);
      rule->option_value = tk[2].text;
      Status s = Compile(tk[3], where, &rule->regex, &checked);
      if (!s.ok()) return s;
      next = 4;
    } else if (d == "text") {
      rule->kind = RuleKind::kText;
      if (!need(3)) return Error(where, "text takes KEY and a quoted regular expression");
      rule->keys.push_back(tk[1].text);
      Status s = Compile(tk[2], where, &rule->regex, &checked);
      if (!s.ok()) return s;
      next = 3;
    } else if (d == "ignore") {
      rule->kind = RuleKind::kIgnore;
      if (!need(2)) return Error(where, "ignore takes a quoted regular expression");
      Status s = Compile(tk[1], where, &rule->regex, &checked);
      if (!s.ok()) return s;
      next = 2;
    } else {
      return Error(where, "unknown directive '" + tk[0].text + "'");
    }

    for (size_t i = next; i < tk.size(); ++i) {
      const std::string& opt = tk[i].text;
      if (tk[i].quoted) return Error(where, "unexpected quoted text; options are NAME=VALUE");
      if (opt == "same_cell") {
        rule->same_cell_only = true;
        continue;
      }
      if (opt == "line") {
        rule->whole_line = true;
        continue;
      }
      size_t eq = opt.find('=');
      if (eq == std::string::npos) return Error(where, "unknown option '" + opt + "'");
      std::string name = opt.substr(0, eq), value = opt.substr(eq + 1);
      if (name == "set") {
        size_t colon = value.find(':');
        if (colon == std::string::npos) return Error(where, "set= takes VAR:VALUE");
        rule->sets.emplace_back(value.substr(0, colon), value.substr(colon + 1));
      } else if (name == "as") {
        static const std::set<std::string> kTransforms = {
            "person",   "name",  "municipality", "municipalities", "county",
            "postcode", "phone", "email",        "days",           "place"};
        if (value.find(',') == std::string::npos) {
          if (!kTransforms.count(value)) return Error(where, "unknown transform as=" + value);
          rule->transform = value;
        } else {  // one per key, "-" for none
          for (const std::string& one : SplitAt(value, ',')) {
            if (one != "-" && !kTransforms.count(one))
              return Error(where, "unknown transform as=" + one);
            rule->key_transforms.push_back(one == "-" ? "" : one);
          }
          if (rule->key_transforms.size() != rule->keys.size())
            return Error(where, "as= names " + std::to_string(rule->key_transforms.size()) +
                                    " transforms for " + std::to_string(rule->keys.size()) +
                                    " keys");
        }
      } else if (name == "split") {
        std::string error;
        Status s = CompileSource(value, where, &rule->split);
        if (!s.ok()) return s;
      } else if (name == "choice") {
        if (!KnownKey(value)) return Error(where, "unknown key '" + value + "'");
        rule->choice_key = value;
      } else if (name == "unlisted" && rule->kind == RuleKind::kIgnore) {
        if (value != "no") return Error(where, "unlisted= takes only 'no'");
        rule->unlisted_no = true;
      } else if (name == "after" && rule->kind == RuleKind::kField) {
        for (const std::string& key : SplitAt(value, ',')) {
          if (!KnownKey(key)) return Error(where, "unknown key '" + key + "'");
          rule->after_keys.push_back(key);
        }
      } else if (name == "several" && rule->kind == RuleKind::kRow) {
        rule->several_value = value;
      } else if (rule->kind == RuleKind::kRow && KnownColumn(name)) {
        if (!KnownKey(value)) return Error(where, "unknown key '" + value + "'");
        rule->column_keys[name] = value;
      } else if (name == "phone" || name == "email" || name == "postcode" || name == "city") {
        if (!KnownKey(value)) return Error(where, "unknown key '" + value + "'");
        rule->params[name] = value;
      } else {
        return Error(where, "unknown option '" + name + "'");
      }
    }
    for (const std::string& k : rule->keys)
      if (!KnownKey(k)) return Error(where, "unknown key '" + k + "'");
    if (rule->kind == RuleKind::kField && rule->keys.size() > 1 && rule->split.groups == 0 &&
        rule->regex.groups < static_cast<int>(rule->keys.size()))
      return Error(where, "field names more keys than its regular expression has groups");
    if (!rule->several_value.empty() && rule->choice_key.empty())
      return Error(where, "several= needs choice=KEY");
    if (rule->kind == RuleKind::kRow && rule->column_keys.empty() && rule->choice_key.empty())
      return Error(where, "row needs COLUMN=KEY or choice=KEY");
    SetLabel(rule.get(), *checked);
    for (const std::string& s : scope_) ed->rules_by_section[s].push_back(rule.get());
    ed->rules.push_back(std::move(rule));
    return Status();
  }

  /// The rule's label for matching with tolerance (patterns/label.h): only
  /// for a rule of at most one group, matched cell by cell, whose regex
  /// matches the wording it spells from the start (LabelOf).
  static void SetLabel(Rule* rule, CheckedSource& checked) {
    if (rule->whole_line || rule->regex.groups > 1) return;
    const Label& label = LabelOf(checked);
    if (label.text.empty()) return;
    std::vector<std::u32string> words = LabelWords(U(label.text));
    if (words.empty()) return;
    rule->label = label.text;
    rule->label_words = std::move(words);
    rule->label_closed = label.closed;
  }

  /// The label DeriveLabel spells from a checked source, kept where the
  /// regex matches it at its start, else ""; worked out on the first call
  /// (with the check's case-sensitive compilation where it has one) unless
  /// the table gave it.
  static const Label& LabelOf(CheckedSource& c) {
    if (!c.label.known) {
      c.label.known = true;
      c.label.text = DeriveLabel(c.pattern.source, &c.label.closed);
      if (!c.label.text.empty() && !MatchesAtStart(c.pattern, c.regex.get(), c.label.text)) {
        c.label.text.clear();
        c.label.closed = false;
      }
    }
    return c.label;
  }

  PatternSet* set_;
  const RegexTable& known_;
  int from_table_ = 0;  ///< distinct regexes whose answers the table gave
  std::unordered_map<std::string, CheckedSource> checked_sources_;
  int regexes_ = 0;
  std::vector<std::string> scope_{"*"};
  bool in_checks_ = false;  ///< parsing checks.rules
};

namespace {
const RegexTable& NoTable() {
  static const RegexTable none;
  return none;
}
}  // namespace

PatternLoader::PatternLoader(PatternSet* set, const RegexTable* known)
    : impl_(std::make_unique<Impl>(set, known ? *known : NoTable())) {}

Status PatternLoader::LoadSet(const std::string& dir, const RegexTable& known,
                              std::unique_ptr<PatternSet>* out, std::vector<RegexAnswer>* answers,
                              bool mark_free) {
  auto set = std::make_unique<PatternSet>();
  set->dir_ = dir;
  set->mark_free_ = mark_free;
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return Status::Error("pattern_error", dir + ": not a patterns directory");
  Status s = Catalogue::Load((fs::path(dir) / "catalogue.tsv").string(), &set->catalogue_);
  if (!s.ok()) return s;
  s = set->messages_.Load((fs::path(dir) / "messages.tsv").string());
  if (!s.ok()) return s;
  PatternLoader loader(set.get(), &known);
  s = loader.LoadVocabulary((fs::path(dir) / "common.rules").string());
  if (!s.ok()) return s;
  s = loader.LoadChecks((fs::path(dir) / "checks.rules").string());
  if (!s.ok()) return s;
  s = set->municipalities_.Load((fs::path(dir) / "municipalities.tsv").string(), &set->vocabulary_);
  if (!s.ok()) return s;
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".rules" && name != "common.rules" && name != "checks.rules" &&
        name[0] != '_')
      files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) return Status::Error("pattern_error", dir + ": no edition .rules files");
  for (const std::string& f : files) {
    s = loader.LoadEdition(f);
    if (!s.ok()) return s;
  }
  if (answers) *answers = loader.impl_->Answers();
  *out = std::move(set);
  return Status();
}

PatternLoader::~PatternLoader() = default;

Status PatternLoader::LoadVocabulary(const std::string& path) {
  return impl_->LoadVocabulary(path);
}

Status PatternLoader::LoadChecks(const std::string& path) {
  return impl_->LoadChecks(path);
}

Status PatternLoader::LoadEdition(const std::string& path) {
  return impl_->LoadEdition(path);
}

std::pair<int, int> PatternLoader::RegexCounts() const {
  return impl_->RegexCounts();
}

int PatternLoader::FromTable() const {
  return impl_->FromTable();
}

}  // namespace redovis
