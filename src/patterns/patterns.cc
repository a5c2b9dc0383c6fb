// Loads patterns/: the catalogue, the shared vocabulary and one rule file per
// form edition. See patterns/README.md for the rule language.
#include "redovis/patterns.h"

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "base/text_util.h"
#include "base/utf8.h"
#include "patterns/label.h"
#include "patterns/regex.h"

namespace redovis {

namespace {

/// The literal a "^..." pattern's every match starts with, case-folded; ""
/// when the pattern has an alternation or does not start with "^" + literal.
std::string LiteralPrefix(const std::string& source) {
  if (source.empty() || source.find('|') != std::string::npos) return "";
  std::string prefix;
  for (size_t i = source[0] == '^' ? 1 : 0; i < source.size(); ++i) {
    unsigned char c = source[i];
    if (std::string("\\.[]()|^$?*+{}").find(static_cast<char>(c)) != std::string::npos) break;
    // A character followed by a quantifier is optional or repeated: stop before it.
    size_t next = i;
    NextCodePoint(source, &next);
    size_t len = next - i;
    if (next < source.size() && std::string("?*{").find(source[next]) != std::string::npos) break;
    if (next < source.size() && source[next] == '+') {
      prefix += source.substr(i, len);
      break;
    }
    prefix += source.substr(i, len);
    i = next - 1;
  }
  // Spaces in a pattern match exactly one space, as written; keep them.
  return Fold(prefix);
}

struct CheckKindInfo {
  const char* name;
  CheckKind kind;
  size_t min_keys, max_keys;  ///< positional keys (excluded: its value counts as one)
  std::vector<std::string> placeholders;
};

const std::vector<CheckKindInfo>& CheckKinds() {
  static const std::vector<CheckKindInfo> kKinds = {
      {"sum", CheckKind::kSum, 2, 99, {"total", "total_label", "sum"}},
      {"at_most", CheckKind::kAtMost, 2, 99, {"part", "part_label", "total", "total_label"}},
      {"counted", CheckKind::kCounted, 2, 99, {"total", "total_label", "sum"}},
      {"equal", CheckKind::kEqual, 2, 2, {"a", "a_label", "b", "b_label"}},
      {"excluded", CheckKind::kExcluded, 3, 99, {"answer_label", "choice_label", "value"}},
      {"year_range", CheckKind::kYearRange, 1, 1, {"value", "label", "min", "max"}},
      {"missing", CheckKind::kMissing, 1, 1, {"label"}},
      {"date_after_year_end", CheckKind::kDateAfterYearEnd, 2, 2, {"date", "year"}},
      {"required", CheckKind::kRequired, 0, 0, {"label"}},
      {"unplaced", CheckKind::kUnplaced, 0, 0, {"label", "text"}},
      {"not_found", CheckKind::kNotFound, 0, 0, {"label"}},
      {"ocr", CheckKind::kOcr, 0, 0, {"count"}},
      {"ocr_confidence", CheckKind::kOcrConfidence, 0, 0, {"label", "value", "confidence"}},
      {"per_unit",
       CheckKind::kPerUnit,
       3,
       3,
       {"amount", "amount_label", "count", "count_label", "rate", "year", "expected"}},
  };
  return kKinds;
}

bool IsNumeric(const FieldSpec* f) {
  return f && (f->type == FieldType::kInt || f->type == FieldType::kDecimal);
}

/// Parses all of `text` as a finite number; false when it is not one.
bool ParseDouble(const std::string& text, double* out) {
  if (text.empty()) return false;
  char* end = nullptr;
  *out = std::strtod(text.c_str(), &end);
  return end && *end == '\0' && std::isfinite(*out);
}

}  // namespace

const std::vector<std::string>& CheckPlaceholders(CheckKind kind) {
  for (const CheckKindInfo& k : CheckKinds())
    if (k.kind == kind) return k.placeholders;
  static const std::vector<std::string> kNone;
  return kNone;
}

bool CompilePattern(const std::string& source, Pattern* out, std::string* error) {
  // The source is checked here, so that a bad one is an error naming its file
  // and line; the case-insensitive compilation the matcher runs is left to
  // the first match (CompiledRegex), as most rules of a run are never tried.
  // Without case folding, ICU checks the same syntax at a fraction of the
  // cost (case-closing \p{L} alone is most of a rule's compilation).
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(source);
  std::unique_ptr<icu::RegexPattern> p(
      icu::RegexPattern::compile(u, kCheckFlags, parse_error, status));
  if (U_FAILURE(status) || !p) {
    *error = std::string("bad regular expression (") + u_errorName(status) + ") at offset " +
             std::to_string(parse_error.offset) + ": " + source;
    return false;
  }
  {
    UErrorCode st = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> m(p->matcher(st));
    out->groups = U_SUCCESS(st) && m ? m->groupCount() : 0;
  }
  out->compiled = std::make_shared<const CompiledRegex>(u);
  out->source = source;
  out->folded_prefix = LiteralPrefix(source);
  out->anchored = !source.empty() && source[0] == '^';
  return true;
}

std::vector<const Rule*> Edition::RulesIn(const std::string& section) const {
  std::vector<const Rule*> out;
  auto own = rules_by_section.find(section);
  if (own != rules_by_section.end()) out = own->second;
  auto all = rules_by_section.find("*");
  if (all != rules_by_section.end()) out.insert(out.end(), all->second.begin(), all->second.end());
  return out;
}

const Edition* PatternSet::FindEdition(const std::string& name) const {
  for (const auto& e : editions_)
    if (e->name == name) return e.get();
  return nullptr;
}

/// Parses one .rules file into the pattern set; errors name file and line.
class PatternLoader {
 public:
  explicit PatternLoader(PatternSet* set) : set_(set) {}

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
    set_->editions_.push_back(std::move(edition));
    return Status();
  }

 private:
  struct Token {
    std::string text;
    bool quoted = false;        ///< the whole token was quoted
    bool value_quoted = false;  ///< NAME="...": the value was quoted
  };

  static bool Tokenize(const std::string& line, std::vector<Token>* out, std::string* error) {
    size_t i = 0;
    while (i < line.size()) {
      if (line[i] == ' ' || line[i] == '\t' || line[i] == '\r') {
        ++i;
        continue;
      }
      if (line[i] == '#') break;
      Token t;
      // A token is a run of non-space characters, where a double-quoted part may hold spaces.
      while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') {
        if (line[i] == '"') {
          if (t.text.empty())
            t.quoted = true;  // a quoted token, not NAME="..."
          else
            t.value_quoted = true;
          ++i;
          bool closed = false;
          while (i < line.size()) {
            if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '"') {
              t.text += '"';
              i += 2;
            } else if (line[i] == '"') {
              ++i;
              closed = true;
              break;
            } else {
              t.text += line[i++];
            }
          }
          if (!closed) {
            *error = "unterminated quoted string";
            return false;
          }
        } else {
          t.text += line[i++];
        }
      }
      out->push_back(std::move(t));
    }
    return true;
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
      std::string where = path + ":" + std::to_string(number);
      std::vector<Token> tokens;
      std::string error;
      if (!Tokenize(line, &tokens, &error)) return Error(where, error);
      if (tokens.empty()) continue;
      Status s =
          Directive(tokens, edition, path, base + ":" + std::to_string(number), where, depth);
      if (!s.ok()) return s;
    }
    scope_ = saved_scope;
    return Status();
  }

  Status Compile(const Token& t, const std::string& where, Pattern* out) {
    if (!t.quoted)
      return Error(where, "expected a quoted regular expression, got '" + t.text + "'");
    std::string error;
    if (!CompilePattern(t.text, out, &error)) return Error(where, error);
    return Status();
  }

  Status Directive(const std::vector<Token>& tk, Edition* ed, const std::string& path,
                   const std::string& id, const std::string& where, int depth) {
    const std::string& d = tk[0].text;
    auto need = [&](size_t n) { return tk.size() >= n; };
    Vocabulary& voc = set_->vocabulary_;

    // --- checks.rules ---
    if (d == "check" || d == "derived" || d == "rate") {
      if (!in_checks_) return Error(where, "'" + d + "' belongs in checks.rules");
      if (d == "check") return CheckDirective(tk, id, where);
      if (d == "rate") {
        // rate TABLE YEAR AMOUNT: the amount of TABLE for YEAR.
        double year = 0, amount = 0;
        if (tk.size() != 4 || !ParseDouble(tk[2].text, &year) || year != std::floor(year) ||
            year < 1900 || year > 2999 || !ParseDouble(tk[3].text, &amount) || amount <= 0)
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
        d == "number_unit" || d == "blank_answer" || d == "bullet" || d == "contact_word") {
      if (tk.size() != 2) return Error(where, d + " takes one quoted regular expression");
      Pattern p;
      Status s = Compile(tk[1], where, &p);
      if (!s.ok()) return s;
      if (d == "mark") voc.marks.push_back(p);
      if (d == "furniture") voc.furniture.push_back(p);
      if (d == "keep_hyphen") voc.keep_hyphen.push_back(p);
      if (d == "municipality_affix") voc.municipality_affixes.push_back(p);
      if (d == "name_suffix") voc.name_suffixes.push_back(p);
      if (d == "list_separator") voc.list_separators.push_back(p);
      if (d == "number_unit") voc.number_units.push_back(p);
      if (d == "blank_answer") voc.blank_answers.push_back(p);
      if (d == "bullet") voc.bullets.push_back(p);
      if (d == "contact_word") voc.contact_words.push_back(p);
      if (d == "county_mention") {
        if (p.groups < 1) return Error(where, "county_mention needs a capture group");
        voc.county_mentions.push_back(p);
      }
      return Status();
    }
    if (d == "column" || d == "month") {
      if (tk.size() != 3) return Error(where, d + " takes a name and a quoted regular expression");
      Pattern p;
      Status s = Compile(tk[2], where, &p);
      if (!s.ok()) return s;
      if (d == "column") {
        voc.columns.emplace_back(tk[1].text, p);
      } else {
        int m = std::atoi(tk[1].text.c_str());
        if (m < 1 || m > 12) return Error(where, "month number must be 1-12");
        voc.months.emplace_back(m, p);
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
    if (d == "ocr_language") {
      if (tk.size() != 2 || tk[1].quoted || tk[1].text.empty() ||
          tk[1].text.find_first_not_of("abcdefghijklmnopqrstuvwxyz_+") != std::string::npos)
        return Error(where, "ocr_language takes one Tesseract language code (swe, eng+swe)");
      voc.ocr_language = tk[1].text;
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
            !ParseDouble(opt.substr(eq + 1), &n) || n < 0 || n > 10 || n != std::floor(n))
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
    if (!ed) return Error(where, "'" + d + "' belongs in an edition file, not the vocabulary");

    if (d == "edition" || d == "tag" || d == "title") {
      if (tk.size() < 2) return Error(where, d + " needs a value");
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
      if (tk.size() < 2) return Error(where, d + " takes one or more keys");
      for (size_t i = 1; i < tk.size(); ++i) {
        if (!KnownKey(tk[i].text)) return Error(where, "unknown key '" + tk[i].text + "'");
        (d == "require"      ? ed->required
         : d == "preprinted" ? ed->preprinted
                             : ed->not_on_form)
            .push_back(tk[i].text);
      }
      return Status();
    }
    if (d == "section") {
      if (tk.size() != 3)
        return Error(where, "section takes a name and a quoted regular expression");
      SectionHeading h;
      h.name = tk[1].text;
      h.id = id;
      Status s = Compile(tk[2], where, &h.regex);
      if (!s.ok()) return s;
      ed->sections.push_back(h);
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
    if (d == "field") {
      rule->kind = RuleKind::kField;
      if (!need(3)) return Error(where, "field takes KEY[,KEY...] and a quoted regular expression");
      std::string keys = tk[1].text;
      size_t pos = 0;
      while (pos <= keys.size()) {
        size_t comma = keys.find(',', pos);
        if (comma == std::string::npos) comma = keys.size();
        rule->keys.push_back(keys.substr(pos, comma - pos));
        pos = comma + 1;
      }
      Status s = Compile(tk[2], where, &rule->regex);
      if (!s.ok()) return s;
      next = 3;
    } else if (d == "row") {
      rule->kind = RuleKind::kRow;
      if (!need(2)) return Error(where, "row takes a quoted regular expression");
      Status s = Compile(tk[1], where, &rule->regex);
      if (!s.ok()) return s;
      next = 2;
    } else if (d == "option") {
      rule->kind = RuleKind::kOption;
      if (!need(4)) return Error(where, "option takes KEY VALUE and a quoted regular expression");
      rule->keys.push_back(tk[1].text);
      rule->option_value = tk[2].text;
      Status s = Compile(tk[3], where, &rule->regex);
      if (!s.ok()) return s;
      next = 4;
    } else if (d == "text") {
      rule->kind = RuleKind::kText;
      if (!need(3)) return Error(where, "text takes KEY and a quoted regular expression");
      rule->keys.push_back(tk[1].text);
      Status s = Compile(tk[2], where, &rule->regex);
      if (!s.ok()) return s;
      next = 3;
    } else if (d == "ignore") {
      rule->kind = RuleKind::kIgnore;
      if (!need(2)) return Error(where, "ignore takes a quoted regular expression");
      Status s = Compile(tk[1], where, &rule->regex);
      if (!s.ok()) return s;
      next = 2;
    } else {
      return Error(where, "unknown directive '" + d + "'");
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
            "person", "name",  "municipality", "municipalities", "county", "postcode",
            "phone",  "email", "days"};
        if (value.find(',') == std::string::npos) {
          if (!kTransforms.count(value)) return Error(where, "unknown transform as=" + value);
          rule->transform = value;
        } else {  // one per key, "-" for none
          size_t pos = 0;
          while (pos <= value.size()) {
            size_t comma = std::min(value.find(',', pos), value.size());
            std::string one = value.substr(pos, comma - pos);
            if (one != "-" && !kTransforms.count(one))
              return Error(where, "unknown transform as=" + one);
            rule->key_transforms.push_back(one == "-" ? "" : one);
            pos = comma + 1;
          }
          if (rule->key_transforms.size() != rule->keys.size())
            return Error(where, "as= names " + std::to_string(rule->key_transforms.size()) +
                                    " transforms for " + std::to_string(rule->keys.size()) +
                                    " keys");
        }
      } else if (name == "split") {
        std::string error;
        if (!CompilePattern(value, &rule->split, &error)) return Error(where, error);
      } else if (name == "choice") {
        if (!KnownKey(value)) return Error(where, "unknown key '" + value + "'");
        rule->choice_key = value;
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
    SetLabel(rule.get());
    for (const std::string& s : scope_) ed->rules_by_section[s].push_back(rule.get());
    ed->rules.push_back(std::move(rule));
    return Status();
  }

  /// The rule's label for matching with tolerance (patterns/label.h): only
  /// for a rule of at most one group, matched cell by cell, whose regex
  /// matches the wording it spells from the start.
  static void SetLabel(Rule* rule) {
    if (rule->whole_line || rule->regex.groups > 1) return;
    bool closed = false;
    std::string label = DeriveLabel(rule->regex.source, &closed);
    if (label.empty()) return;
    RegexMatch m;
    if (!RegexFind(rule->regex, label, &m) || m.start != 0) return;
    std::vector<std::u32string> words = LabelWords(U(label));
    if (words.empty()) return;
    rule->label = label;
    rule->label_words = std::move(words);
    rule->label_closed = closed;
  }

  /// check CODE SEVERITY KIND ARG... [NAME=VALUE...] message="..."
  Status CheckDirective(const std::vector<Token>& tk, const std::string& id,
                        const std::string& where) {
    if (tk.size() < 4) return Error(where, "check takes CODE SEVERITY KIND, its keys and message=");
    CheckRule c;
    c.id = id;
    c.code = tk[1].text;
    c.severity = tk[2].text;
    if (c.code.empty() || tk[1].quoted ||
        c.code.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos)
      return Error(where, "a check's code is lower-case letters, digits and _");
    if (c.severity != "error" && c.severity != "warning" && c.severity != "info")
      return Error(where, "severity must be error, warning or info, not '" + c.severity + "'");
    const CheckKindInfo* info = nullptr;
    for (const CheckKindInfo& k : CheckKinds())
      if (tk[3].text == k.name) info = &k;
    if (!info) return Error(where, "unknown check kind '" + tk[3].text + "'");
    c.kind = info->kind;
    bool has_message = false, has_min = false;
    std::vector<std::string> args;
    for (size_t i = 4; i < tk.size(); ++i) {
      const std::string& t = tk[i].text;
      size_t eq = t.find('=');
      if (tk[i].quoted || eq == std::string::npos) {
        if (tk[i].quoted) return Error(where, "unexpected quoted text; options are NAME=VALUE");
        args.push_back(t);
        continue;
      }
      std::string name = t.substr(0, eq), value = t.substr(eq + 1);
      double n = 0;
      if (name == "message") {
        // message=ID names a line of messages.tsv; message="..." is a text of
        // its own, the same in every language.
        (tk[i].value_quoted ? c.message_text : c.message) = value;
        has_message = true;
      } else if (name == "answers" && c.kind == CheckKind::kExcluded) {
        std::string error;
        if (!CompilePattern(value, &c.answers, &error)) return Error(where, error);
      } else if (name == "rates" && c.kind == CheckKind::kPerUnit) {
        if (!set_->rates_.count(value))
          return Error(where, "no rate table '" + value + "' (a `rate` line must come first)");
        c.rates = value;
      } else if (name == "tolerance" && c.kind == CheckKind::kPerUnit) {
        if (!ParseDouble(value, &n) || n < 0 || n >= 1)
          return Error(where, "tolerance= takes a share of the expected amount (0.01 is 1%)");
        c.tolerance = n;
      } else if (name == "unless" && c.kind == CheckKind::kEqual) {
        if (!set_->catalogue_.Find(value)) return Error(where, "unknown key '" + value + "'");
        c.unless = value;
      } else if (name == "tolerance" && c.kind == CheckKind::kEqual) {
        if (!ParseDouble(value, &n) || n < 0) return Error(where, "tolerance= takes a number");
        c.tolerance = n;
      } else if ((name == "min" || name == "ahead") && c.kind == CheckKind::kYearRange) {
        if (!ParseDouble(value, &n) || n != std::floor(n) || n < 0 || n > 9999)
          return Error(where, name + "= takes a whole number of years");
        (name == "min" ? c.min_year : c.years_ahead) = static_cast<int>(n);
        has_min |= name == "min";
      } else if (name == "below" && c.kind == CheckKind::kOcrConfidence) {
        if (!ParseDouble(value, &n) || n != std::floor(n) || n < 1 || n > 100)
          return Error(where, "below= takes a confidence from 1 to 100");
        c.below = static_cast<int>(n);
      } else if (name == "last_month" && c.kind == CheckKind::kDateAfterYearEnd) {
        if (value != "error" && value != "warning" && value != "info")
          return Error(where, "last_month= takes error, warning or info");
        c.last_month_severity = value;
      } else {
        return Error(where, "unknown option '" + name + "' for " + info->name);
      }
    }
    if (args.size() < info->min_keys || args.size() > info->max_keys)
      return Error(where, std::string(info->name) + " takes " +
                              (info->min_keys == info->max_keys
                                   ? std::to_string(info->min_keys)
                                   : "at least " + std::to_string(info->min_keys)) +
                              " arguments, not " + std::to_string(args.size()));
    if (c.kind == CheckKind::kYearRange && !has_min) return Error(where, "year_range needs min=");
    if (c.kind == CheckKind::kOcrConfidence && c.below == 0)
      return Error(where, "ocr_confidence needs below=");
    if (!has_message) c.message = c.code;
    if (c.message.empty() && c.message_text.empty()) return Error(where, "message= is empty");
    if (c.kind == CheckKind::kPerUnit && c.rates.empty())
      return Error(where, "per_unit needs rates=");
    if (!c.message.empty() && !set_->messages_.Has(c.message))
      return Error(where, "messages.tsv has no message '" + c.message + "'");
    for (size_t i = 0; i < args.size(); ++i) {
      if (c.kind == CheckKind::kExcluded && i == 1) {
        c.value = args[i];
        continue;
      }
      const FieldSpec* f = set_->catalogue_.Find(args[i]);
      if (!f) return Error(where, "unknown key '" + args[i] + "'");
      bool ok = true;
      switch (c.kind) {
        case CheckKind::kSum:
        case CheckKind::kAtMost:
        case CheckKind::kCounted:
        case CheckKind::kEqual:
        case CheckKind::kYearRange:
          ok = IsNumeric(f);
          break;
        case CheckKind::kDateAfterYearEnd:
          ok = i == 0 ? f->type == FieldType::kDate : IsNumeric(f);
          break;
        case CheckKind::kPerUnit:
          ok = IsNumeric(f);
          break;
        case CheckKind::kExcluded:
          ok = i > 0 || f->type == FieldType::kBool || f->type == FieldType::kEnum;
          break;
        default:
          break;
      }
      if (!ok)
        return Error(where, "'" + args[i] + "' (" + f->type_name + ") is not the type " +
                                info->name + " needs there");
      c.keys.push_back(args[i]);
    }
    if (c.kind == CheckKind::kExcluded) {
      const FieldSpec* choice = set_->catalogue_.Find(c.keys[0]);
      bool known = choice->type == FieldType::kBool
                       ? (c.value == "yes" || c.value == "no")
                       : std::find(choice->enum_values.begin(), choice->enum_values.end(),
                                   c.value) != choice->enum_values.end();
      if (!known)
        return Error(where, "'" + c.value + "' is not a value of " + c.keys[0] + " (" +
                                choice->type_name + ")");
    }
    // Every {NAME} in the message must be one the kind fills in.
    const std::vector<std::string>& names = info->placeholders;
    std::vector<std::string> used = set_->messages_.Placeholders(c.message);
    for (size_t open = c.message_text.find('{'); open != std::string::npos;
         open = c.message_text.find('{', open + 1)) {
      size_t close = c.message_text.find('}', open);
      if (close == std::string::npos) return Error(where, "message has an unclosed '{'");
      used.push_back(c.message_text.substr(open + 1, close - open - 1));
    }
    for (const std::string& name : used) {
      if (std::find(names.begin(), names.end(), name) == names.end()) {
        std::string known;
        for (const std::string& n : names) known += (known.empty() ? "{" : ", {") + n + "}";
        return Error(where, "the message of " + std::string(info->name) + " cannot use {" + name +
                                "} (it can use " + known + ")");
      }
    }
    set_->checks_.push_back(std::move(c));
    return Status();
  }

  PatternSet* set_;
  std::vector<std::string> scope_{"*"};
  bool in_checks_ = false;  ///< parsing checks.rules
};

bool PatternSet::Rate(const std::string& table, int year, double* amount) const {
  auto t = rates_.find(table);
  if (t == rates_.end()) return false;
  auto it = t->second.find(year);
  if (it == t->second.end()) return false;
  *amount = it->second;
  return true;
}

Status PatternSet::Load(const std::string& dir, std::unique_ptr<PatternSet>* out) {
  auto set = std::make_unique<PatternSet>();
  set->dir_ = dir;
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return Status::Error("pattern_error", dir + ": not a patterns directory");
  Status s = Catalogue::Load((fs::path(dir) / "catalogue.tsv").string(), &set->catalogue_);
  if (!s.ok()) return s;
  s = set->messages_.Load((fs::path(dir) / "messages.tsv").string());
  if (!s.ok()) return s;
  PatternLoader loader(set.get());
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
  *out = std::move(set);
  return Status();
}

}  // namespace redovis
