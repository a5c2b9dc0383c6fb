#include "patterns/check_rules.h"

#include <algorithm>
#include <cmath>

namespace redovis {

namespace {

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
      {"unfound", CheckKind::kUnfound, 0, 0, {"count", "labels"}},
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

Status Error(const std::string& where, const std::string& what) {
  return Status::Error("pattern_error", where + ": " + what);
}

}  // namespace

const std::vector<std::string>& CheckPlaceholders(CheckKind kind) {
  for (const CheckKindInfo& k : CheckKinds())
    if (k.kind == kind) return k.placeholders;
  static const std::vector<std::string> kNone;
  return kNone;
}

Status ParseCheckRule(
    const std::vector<RuleToken>& tk, const std::string& id, const std::string& where,
    const Catalogue& catalogue, const Messages& messages, const RateTables& rates, CheckRule* out,
    const std::function<Status(const std::string& source, Pattern* out)>& compile) {
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
      if (compile) {
        Status s = compile(value, &c.answers);
        if (!s.ok()) return s;
      } else {
        std::string error;
        if (!CompilePattern(value, &c.answers, &error)) return Error(where, error);
      }
    } else if (name == "rates" && c.kind == CheckKind::kPerUnit) {
      if (!rates.count(value))
        return Error(where, "no rate table '" + value + "' (a `rate` line must come first)");
      c.rates = value;
    } else if (name == "tolerance" && c.kind == CheckKind::kPerUnit) {
      if (!ParseRuleNumber(value, &n) || n < 0 || n >= 1)
        return Error(where, "tolerance= takes a share of the expected amount (0.01 is 1%)");
      c.tolerance = n;
    } else if (name == "unless" && c.kind == CheckKind::kEqual) {
      if (!catalogue.Find(value)) return Error(where, "unknown key '" + value + "'");
      c.unless = value;
    } else if (name == "tolerance" && c.kind == CheckKind::kEqual) {
      if (!ParseRuleNumber(value, &n) || n < 0) return Error(where, "tolerance= takes a number");
      c.tolerance = n;
    } else if ((name == "min" || name == "ahead") && c.kind == CheckKind::kYearRange) {
      if (!ParseRuleNumber(value, &n) || n != std::floor(n) || n < 0 || n > 9999)
        return Error(where, name + "= takes a whole number of years");
      (name == "min" ? c.min_year : c.years_ahead) = static_cast<int>(n);
      has_min |= name == "min";
    } else if (name == "below" && c.kind == CheckKind::kOcrConfidence) {
      if (!ParseRuleNumber(value, &n) || n != std::floor(n) || n < 1 || n > 100)
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
  if (!c.message.empty() && !messages.Has(c.message))
    return Error(where, "messages.tsv has no message '" + c.message + "'");
  for (size_t i = 0; i < args.size(); ++i) {
    if (c.kind == CheckKind::kExcluded && i == 1) {
      c.value = args[i];
      continue;
    }
    const FieldSpec* f = catalogue.Find(args[i]);
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
      return Error(where, "'" + args[i] + "' (" + f->type_name + ") is not the type " + info->name +
                              " needs there");
    c.keys.push_back(args[i]);
  }
  if (c.kind == CheckKind::kExcluded) {
    const FieldSpec* choice = catalogue.Find(c.keys[0]);
    bool known = choice->type == FieldType::kBool
                     ? (c.value == "yes" || c.value == "no")
                     : std::find(choice->enum_values.begin(), choice->enum_values.end(), c.value) !=
                           choice->enum_values.end();
    if (!known)
      return Error(where, "'" + c.value + "' is not a value of " + c.keys[0] + " (" +
                              choice->type_name + ")");
  }
  // Every {NAME} in the message must be one the kind fills in.
  const std::vector<std::string>& names = info->placeholders;
  std::vector<std::string> used = messages.Placeholders(c.message);
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
  *out = std::move(c);
  return Status();
}

}  // namespace redovis
