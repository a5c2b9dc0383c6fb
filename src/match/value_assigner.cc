#include "match/value_assigner.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>

#include "base/text_util.h"
#include "base/utf8.h"
#include "match/contact_cell.h"
#include "match/folded_answer.h"
#include "match/identity.h"
#include "match/ocr_class_fit.h"
#include "match/ocr_names.h"
#include "patterns/list_pieces.h"
#include "patterns/regex.h"
#include "read/text/cut_lines.h"

namespace redovis {

namespace {

// True when a word of `text` (between spaces) is digits, or digits and
// hyphens: a number or a piece of one ("021-39"), never a name's word.
bool HasNumberWord(const std::string& text) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = std::min(text.find(' ', start), text.size());
    bool digit = false, only = end > start;
    for (size_t k = start; k < end && only; ++k) {
      digit = digit || IsAsciiDigit(text[k]);
      only = IsAsciiDigit(text[k]) || text[k] == '-';
    }
    if (only && digit) return true;
    start = end + 1;
  }
  return false;
}

// A free-text answer read by OCR that ends in a word cut at a hyphen
// ("Arbetsmarknads-"): the word's rest, on the next line, was not joined to
// it (a stamp's scraps on that line kept it apart), so the answer read is
// the head of a longer one. A letter before the hyphen: "1990-" is a range.
bool EndsInCutWord(const std::string& text) {
  if (text.size() < 2 || text.back() != '-') return false;
  const size_t hyphen = text.size() - 1, start = CodePointStart(text, hyphen - 1);
  return LetterCount(std::string_view(text).substr(start, hyphen - start), 1) > 0;
}

// The scrap that ends a short free-text answer read by OCR: its last word
// one or two capitals, with or without a full stop ("Enhetschef FL."),
// after a word of three letters or more, in an answer of two to four
// words on one line. What OCR makes of a pen's stroke or a stamp's edge
// beside the answer reads so; "" when the answer does not end so.
std::string EndingScrap(const std::string& text) {
  if (text.find('\n') != std::string::npos) return "";
  std::vector<std::string> words;
  size_t b = 0;
  while (b < text.size()) {
    size_t e = text.find(' ', b);
    if (e == std::string::npos) e = text.size();
    if (e > b) words.push_back(text.substr(b, e - b));
    b = e + 1;
  }
  if (words.size() < 2 || words.size() > 4) return "";
  std::string last = words.back();
  if (last.back() == '.') last.pop_back();
  const std::vector<UChar32> cps = DecodeUtf8(last);
  if (cps.empty() || cps.size() > 2) return "";
  for (UChar32 c : cps)
    if (!u_isupper(c)) return "";
  if (LetterCount(words[words.size() - 2], 3) < 3) return "";
  return words.back();
}

// A free-text answer read by OCR is taken for what OCR made of a sideways
// page or of noise when under half of its tokens are word-like
// (WordLikeShare; a number glued to a unit of the vocabulary, "30dagar", is
// word-like), or under 0.9 with the least sure of its words under 50.
// Measured on a page of sample 003 read by Tesseract upright and turned a
// quarter: of its 39 lines read sideways these flag 32, of the 37 read
// upright none (README.md, "Scanned pages").
constexpr double kLeastWordShare = 0.5;
constexpr double kSureWordShare = 0.9;
constexpr int kGarbageConfidence = 50;

}  // namespace

bool IsShortValueTransform(std::string_view transform) {
  static constexpr std::string_view kShort[] = {"person", "name",     "phone",
                                                "email",  "postcode", "place"};
  return std::find(std::begin(kShort), std::end(kShort), transform) != std::end(kShort);
}

bool ValueAssigner::Asked(const std::string& key) const {
  return std::find(record_->asked.begin(), record_->asked.end(), key) != record_->asked.end();
}

void ValueAssigner::AddFinding(const std::string& severity, const std::string& code,
                               std::vector<std::string> keys, const std::string& message_id,
                               MessageArgs args, const Line& line, std::vector<MessagePart> parts) {
  Finding f;
  f.severity = severity;
  f.code = code;
  if (!keys.empty()) {
    const FieldSpec* spec = patterns_.catalogue().Find(keys[0]);
    args.emplace("label", spec && !spec->label_sv.empty() ? spec->label_sv : keys[0]);
    auto place = record_->places.find(keys[0]);
    if (place != record_->places.end()) f.label = place->second.label;
  }
  f.message_id = message_id;
  f.message = patterns_.messages().Render(message_id, args, parts, "en");
  f.args = std::move(args);
  f.parts = std::move(parts);
  f.keys = std::move(keys);
  f.page = line.page;
  f.line = line.number;
  f.text = line.Text();
  f.origin = line.origin;
  record_->findings.push_back(std::move(f));
}

void ValueAssigner::NotePlace(const std::string& key, const std::string& label, const Line& line) {
  if (!Asked(key) || record_->places.count(key)) return;
  Place& p = record_->places[key];
  p.at.page = line.page;
  p.at.line = line.number;
  p.at.text = line.Text();
  p.at.origin = line.origin;
  p.at.ocr = line.ocr;
  p.label = label;
}

void ValueAssigner::MarkUnplaced(const std::string& key, const Line& line) {
  auto it = record_->places.find(key);
  if (it != record_->places.end() && it->second.at.page == line.page &&
      it->second.at.line == line.number && it->second.at.origin == line.origin)
    it->second.unplaced = true;
}

int ValueAssigner::OcrConfidence(const Line& line, const std::string& raw, bool marks) const {
  if (!line.ocr) return -1;
  // The cells the value was read from: the cells that are the raw text
  // when there are such (a label holding the value's digits, "18-25 år"
  // beside "2", is not where "2" was read), else those holding the raw text
  // or held in it (a mark: those holding a check box or a mark); when none
  // is found, every cell of the line, so that the value is never surer than
  // what it came from.
  //
  // A value without letters that ends a cell as whole words after its
  // label ("decimaler!: 1,0") is as sure as those words
  // (Cell::ocr_tail_confidence), not as the label's least sure word.
  std::string want = Trim(raw);
  int exact = -1, tail = -1, from = -1, any = -1;
  auto lower = [](int* at, int c) {
    if (c >= 0 && (*at < 0 || c < *at)) *at = c;
  };
  const bool letters = LetterCount(want, 1) > 0;
  for (const Cell& c : line.cells) {
    lower(&any, c.ocr_confidence);
    std::string text = Trim(c.text);
    if (!marks && !text.empty() && text == want) lower(&exact, c.ocr_confidence);
    if (!marks && !letters && !want.empty() && text.size() > want.size() &&
        text.compare(text.size() - want.size(), want.size(), want) == 0 &&
        text[text.size() - want.size() - 1] == ' ')
      lower(&tail, c.ocr_tail_confidence);
    bool holds =
        marks ? c.checkbox != CheckboxState::kNone || (!text.empty() && parser_.IsMark(text))
              : !text.empty() && !want.empty() &&
                    (text.find(want) != std::string::npos || want.find(text) != std::string::npos);
    if (holds) lower(&from, c.ocr_confidence);
  }
  return exact >= 0 ? exact : tail >= 0 ? tail : from >= 0 ? from : any;
}

void ValueAssigner::Store(const std::string& key, Value value, const Rule& rule, const Line& line,
                          int ocr_confidence) {
  // Two different answers to one key: which is the answer is not told (the
  // first may be another edition's question under the same words), so
  // neither is taken, nor any later one.
  if (conflicted_.count(key)) return;
  auto it = record_->values.find(key);
  if (it != record_->values.end()) {
    if (it->second == value) return;
    const int first_line = record_->provenance[key].line;
    const std::string first = Withdraw(key);
    conflicted_.insert(key);
    AddFinding("warning", "conflicting_values", {key}, "conflicting_values",
               {{"first", first},
                {"first_line", std::to_string(first_line)},
                {"second", value.ToDisplay()},
                {"second_line", std::to_string(line.number)}},
               line);
    return;
  }
  record_->values[key] = std::move(value);
  Provenance p;
  p.page = line.page;
  p.line = line.number;
  p.rule = rule.id;
  p.text = line.Text();
  p.origin = line.origin;
  p.ocr = line.ocr;
  p.ocr_confidence = line.ocr ? ocr_confidence : -1;
  record_->provenance[key] = std::move(p);
}

void ValueAssigner::AddressStartUnclear(const std::string& key, const std::string& raw,
                                        const std::string& word, const Line& line) {
  AddFinding("warning", line.ocr ? "ocr_uncertain" : "value_unreadable", {key},
             "address_start_unclear", {{"raw", Trim(raw)}, {"word", word}}, line);
}

std::string ValueAssigner::Withdraw(const std::string& key) {
  auto it = record_->values.find(key);
  if (it == record_->values.end()) return "";
  std::string shown = it->second.ToDisplay();
  record_->values.erase(it);
  record_->provenance.erase(key);
  return shown;
}

bool EndsInListSeparator(const std::vector<std::string>& pieces) {
  return pieces.size() > 1 && Trim(pieces.back()).empty();
}

std::vector<std::string> ListItems(const std::vector<std::string>& pieces) {
  std::vector<std::string> out;
  for (std::string p : pieces) {
    p = Trim(p);
    while (!p.empty() && (p.back() == '.' || p.back() == ',' || p.back() == ';')) p.pop_back();
    p = Trim(p);
    if (!p.empty()) out.push_back(p);
  }
  return out;
}

std::string ValueAssigner::CanonicalMunicipality(const std::string& key, const std::string& written,
                                                 const Line& line) {
  const MunicipalityRegistry& reg = patterns_.municipalities();
  if (const Municipality* m = reg.Find(written)) return m->name;
  // A name inside more words ("Västerås stad, vård och omsorg"): one is the
  // municipality; two are neither.
  std::vector<const Municipality*> candidates;
  if (const Municipality* m = reg.FindInText(written, &candidates)) return m->name;
  if (candidates.size() > 1) {
    std::string names;
    for (const Municipality* c : candidates) names += (names.empty() ? "" : ", ") + c->name;
    AddFinding("warning", "ambiguous_municipality", {key}, "ambiguous_municipality",
               {{"raw", written}, {"names", names}}, line);
    return "";
  }
  if (std::string snapped = SnappedPlace(key, written, line); snapped != written) return snapped;
  int distance = 0;
  const Municipality* near = reg.Nearest(written, &distance);
  if (near && distance <= 3)
    AddFinding("warning", "unknown_municipality", {key}, "unknown_municipality_near",
               {{"raw", written}, {"near", near->name}}, line);
  else
    AddFinding("warning", "unknown_municipality", {key}, "unknown_municipality", {{"raw", written}},
               line);
  // A name the table does not know is no canonical name: "PERSONLIGA OMBUD"
  // under an empty "Kommun/kommuner" is the next section's heading, and a
  // misspelt one is not the name the output promises. The finding keeps
  // what was written.
  return "";
}

std::string ValueAssigner::SnappedPlace(const std::string& key, const std::string& written,
                                        const Line& line) {
  const MunicipalityRegistry& reg = patterns_.municipalities();
  // A name broken in its narrow cell, its last letter or two on the next
  // line and joined with a space ("SKINNSKATTEBER" / "G", MuPDF's text):
  // the name the pieces make where it is a municipality's; a last letter
  // alone that makes none is no value (a place's name ends in no letter
  // alone).
  if (const size_t sp = written.rfind(' '); sp != std::string::npos && !reg.Find(written)) {
    const std::string tail = written.substr(sp + 1);
    const size_t letters = LetterCount(tail, 3);
    if (letters >= 1 && letters <= 2 && CodePointCount(tail) == letters) {
      const std::string joined = written.substr(0, sp) + tail;
      if (reg.Find(joined)) return joined;
      if (letters == 1) {
        AddFinding("warning", "value_unreadable", {key}, "broken_name", {{"raw", written}}, line);
        return "";
      }
    }
  }
  if (!line.ocr) return written;
  if (reg.Find(written)) return written;
  const Municipality* m = SnapMisreadMunicipality(reg, written);
  if (!m) return written;
  AddFinding("warning", "ocr_uncertain", {key}, "ocr_name_snapped",
             {{"raw", written}, {"value", m->name}}, line);
  return m->name;
}

bool ValueAssigner::ReadJustAbove(const std::vector<std::string>& keys, const Line& line) const {
  return std::any_of(keys.begin(), keys.end(), [&](const std::string& k) {
    auto it = record_->provenance.find(k);
    if (it == record_->provenance.end() || it->second.page != line.page) return false;
    const int above = line.number - it->second.line;
    return above >= 1 && above <= 3;
  });
}

void ValueAssigner::Assign(const std::string& key, const std::string& raw_in, const Rule& rule,
                           const Line& line, size_t key_index, const Line* read_from) {
  if (!Asked(key)) return;
  const FieldSpec* spec = patterns_.catalogue().Find(key);
  if (!spec) return;
  std::string raw = Trim(raw_in);
  if (raw.empty() || AnyFind(patterns_.vocabulary().blank_answers, raw)) return;
  if (!rule.after_keys.empty() && !ReadJustAbove(rule.after_keys, line)) {
    AddFinding("warning", "ambiguous_label", {key}, "label_away_from_its_block", {{"raw", raw}},
               line);
    return;
  }
  if (!line.ocr) {
    AssignRead(key, *spec, raw, rule, line, key_index, -1);
    return;
  }
  // Read by OCR: the value is as sure as the words it was read from, and
  // what the field wants undoes OCR's usual misreadings (a digit read as a
  // letter, an '@' as "(Q"); a value so repaired gets a finding.
  const int conf = OcrConfidence(read_from ? *read_from : line, raw, false);
  const std::string& t = rule.TransformOf(key_index);
  std::string repaired = raw;
  bool digits = spec->type == FieldType::kInt || spec->type == FieldType::kDecimal ||
                spec->type == FieldType::kDate || t == "phone" || t == "postcode" || t == "days" ||
                t == "person";
  // The field's character classes (patterns/common.rules), in turn: an
  // address's '@' and a number's digits repaired where one repair fits, the
  // whole value's shape held. Two repairs that fit, or a value that breaks
  // its class, give no value and a finding saying what was read.
  std::vector<std::string> classes;
  if (t == "email" || t == "person") classes.push_back("email");
  if (digits) classes.push_back("digits");
  if (t == "phone" || t == "postcode") classes.push_back(t);
  for (const std::string& name : classes) {
    const OcrClass* cls = FindOcrClass(patterns_.vocabulary(), name);
    if (!cls) continue;
    std::string fixed;
    ClassFit fit = FitOcrClass(*cls, repaired, &fixed);
    if (fit == ClassFit::kRepaired) repaired = fixed;
    if (fit == ClassFit::kAmbiguous || (fit == ClassFit::kBroken && cls->whole_value) ||
        (name == "email" && t == "email" && FindClassWord(*cls, repaired).empty())) {
      AddFinding("warning", "ocr_uncertain", {key},
                 fit == ClassFit::kAmbiguous ? "ocr_class_ambiguous" : "ocr_class_broken",
                 {{"raw", raw}}, line);
      return;
    }
  }
  // A count or amount with the marks OCR reads off its cell's rules or its
  // label's note mark ("(0)", "!: 10,00"): the number alone.
  bool marks_off = false;
  if (spec->type == FieldType::kInt || spec->type == FieldType::kDecimal) {
    std::string fixed;
    if (RepairOcrNumberMarks(repaired, &fixed)) {
      repaired = fixed;
      marks_off = true;
    }
  }
  std::map<std::string, Value> before = record_->values;
  AssignRead(key, *spec, repaired, rule, line, key_index, conf);
  // A number the form asks with decimals, read as digits with no comma or
  // point: OCR may have dropped the comma ("1,0" read "10"), and nothing in
  // the reading tells the two apart. Not taken: no value, and a finding.
  if (spec->type == FieldType::kDecimal && !before.count(key) && record_->Has(key) &&
      MayHaveLostDecimalMark(repaired)) {
    std::string read = Withdraw(key);
    AddFinding("warning", "ocr_uncertain", {key}, "ocr_no_decimal_mark",
               {{"raw", raw}, {"value", read}}, line);
    return;
  }
  if (repaired == raw) return;
  // The values the repair made (a name beside a repaired address is as written).
  for (const auto& [k, v] : record_->values)
    if (!before.count(k) &&
        (raw.find(v.ToDisplay()) == std::string::npos || (marks_off && k == key)))
      AddFinding("warning", "ocr_uncertain", {k}, "ocr_repaired",
                 {{"raw", raw}, {"value", v.ToDisplay()}}, line);
}

void ValueAssigner::AssignRead(const std::string& key, const FieldSpec& field,
                               const std::string& raw_in, const Rule& rule, const Line& line,
                               size_t key_index, int conf) {
  const FieldSpec* spec = &field;
  std::string raw = raw_in;
  const std::string& t = rule.TransformOf(key_index);
  // A word cut over a cell's lines that the reader could not join for
  // certain (kUndecidedCut): no value, and a finding showing the pieces.
  if (raw.find(kUndecidedCut) != std::string::npos) {
    std::string pieces;
    for (size_t b = 0, e; b <= raw.size(); b = e + sizeof kUndecidedCut - 1) {
      e = raw.find(kUndecidedCut, b);
      if (e == std::string::npos) e = raw.size();
      pieces += (pieces.empty() ? "" : " / ") + raw.substr(b, e - b);
    }
    AddFinding("warning", "value_unreadable", {key}, "cut_word", {{"raw", pieces}}, line);
    return;
  }
  // A line fmt ended inside a paragraph (kRefilledBreak): the answer's
  // words may go on at the next line, or the next label's have run on into
  // it; right after the label, the label's own words may go on there
  // ("Om ja, ange vilken/vilka" / "utbildningar.").
  if (size_t at = raw.find(kRefilledBreak); at != std::string::npos) {
    AddFinding("warning", "value_unreadable", {key}, "refilled_line",
               {{"raw", Trim(raw.substr(0, at))}}, line);
    return;
  }
  // A line a mail's re-wrap may have broken inside this cell
  // (kUndecidedWrap): its words may go on at the next line's start.
  if (size_t at = raw.find(kUndecidedWrap); at != std::string::npos) {
    AddFinding("warning", "value_unreadable", {key}, "rewrapped_line",
               {{"raw", Trim(raw.substr(0, at))}}, line);
    return;
  }
  // A line of a text cut at one column (kCutLine) that reaches the cut: the
  // value may be cut short, and its rest (a count, a mark) is gone. Folded
  // there instead, nothing is gone: a free-text answer is its lines, each
  // line that ends in a word at the width (kFoldBreak) joined to its rest as
  // the fold broke it, inside a word ("Motiveran" / "de": "Motiverande"),
  // with a finding that names the joins.
  if (raw.find(kCutLine) != std::string::npos) {
    std::string seen = raw;
    EraseCutMarks(&seen);
    std::string joined, joins;
    if (!folded_text_ || rule.kind != RuleKind::kText || spec->type != FieldType::kText ||
        !t.empty() || !language_word_ || !*language_word_ || !FoldedLinesAreProse(raw) ||
        !JoinFoldBreaks(
            raw, [&](std::string_view w) { return (*language_word_)(w); },
            [&](std::string_view w) {
              return LanguageKnows(w, *language_word_, patterns_.vocabulary().compound_joins);
            },
            &joined, &joins)) {
      AddFinding("warning", "value_unreadable", {key}, "cut_line", {{"raw", Trim(seen)}}, line);
      return;
    }
    // The answer ran on into a question the fold broke (a free-text
    // question's label unread): whose lines are whose is not told. (A row's
    // label, "Psykiatri", may open an answer's line: "Psykiatrin: ...".)
    const bool runs_on = OpensAnyLine(joined, [&](const std::string& text) {
      for (const auto& edition : patterns_.editions())
        for (const auto& r : edition->rules)
          if (r.get() != &rule && r->kind == RuleKind::kText && RegexFind(r->regex, text))
            return true;
      return false;
    });
    if (runs_on) {
      AddFinding("warning", "value_unreadable", {key}, "cut_line", {{"raw", Trim(seen)}}, line);
      return;
    }
    AddFinding("warning", "lines_cut", {key}, "text_over_fold", {{"raw", joins}}, line);
    raw = joined;
  }
  // Cells run together by a reader: no value, and a finding saying what was
  // seen, rather than a name with the next cell's label glued on.
  bool free_text = rule.kind == RuleKind::kText && spec->type == FieldType::kText && t.empty();
  std::string debris = TableDebris(raw, free_text);
  if (!debris.empty()) {
    AddFinding("warning", "table_debris", {key}, "table_debris", {{"raw", raw}, {"debris", debris}},
               line);
    return;
  }
  if (t == "person") {
    const ContactDetails details = SplitContactCell(raw, patterns_.vocabulary(), line.ocr);
    auto pe = rule.params.find("email");
    if (!details.email.empty() && pe != rule.params.end() && Asked(pe->second)) {
      if (!details.address_start.empty()) {
        AddressStartUnclear(pe->second, raw, details.address_start, line);
      } else {
        Store(pe->second, Value::Text(details.email), rule, line, conf);
        if (line.ocr) ocr_texts_.push_back({pe->second, "email", line});
      }
    }
    auto pp = rule.params.find("phone");
    if (!details.phone.empty() && pp != rule.params.end() && Asked(pp->second))
      Store(pp->second, Value::Text(TidyPhone(details.phone)), rule, line, conf);
    raw = details.name;
    if (raw.empty()) return;
    // A word of digits left in the name once its phone and address are
    // taken out is a piece of a number run into it ("Anna Berg 021-39": a
    // phone of too few digits to be one, its rest moved by a re-wrap): no
    // name has such a word, and where the name ends is not told.
    if (HasNumberWord(raw)) {
      AddFinding("warning", "value_unreadable", {key}, "digits_in_name", {{"raw", raw}}, line);
      return;
    }
  }
  // A name read by OCR held to the name class: a signature's stroke read as
  // a word ("N:-->3-") is no part of a name.
  if ((t == "person" || t == "name") && line.ocr)
    if (const OcrClass* cls = FindOcrClass(patterns_.vocabulary(), "name")) {
      std::string same;
      if (FitOcrClass(*cls, raw, &same) == ClassFit::kBroken) {
        AddFinding("warning", "ocr_uncertain", {key}, "ocr_class_broken", {{"raw", raw}}, line);
        return;
      }
    }
  if (t == "name") {
    for (const Pattern& p : patterns_.vocabulary().name_suffixes)
      raw = Trim(RegexReplace(p, raw, ""));
  } else if (t == "phone") {
    // Fewer than six digits are a piece of a phone number (its cell wrapped
    // and a reading-order text wrote the rest elsewhere: "021-39" of
    // "021-39 00 00"): nothing rather than a wrong number, and a finding.
    if (FindPhone(raw).empty() && raw.find_first_of("0123456789") != std::string::npos) {
      AddFinding("warning", "value_unreadable", {key}, "value_unreadable", {{"text", raw}}, line);
      return;
    }
    raw = TidyPhone(raw);
    // The number's end on a line the reader did not join: no number rather
    // than a wrong one.
    if (PhoneCutShort(raw)) {
      AddFinding("warning", "unreadable_number", {key}, "unreadable_number", {{"raw", raw_in}},
                 line);
      return;
    }
  } else if (t == "email") {
    // Text without a whole address (a piece of one broken over lines) is no
    // e-mail address: nothing rather than a wrong one, and a finding saying
    // what was written (OCR's class fit above has said it for a scan).
    // An address the normaliser left in pieces: its hyphens may be its own.
    if (!line.ocr && BrokenAddress(raw)) {
      AddFinding("warning", "lost_hyphen", {key}, "address_broken_at_hyphen", {{"raw", Trim(raw)}},
                 line);
      return;
    }
    const OcrClass* cls = FindOcrClass(patterns_.vocabulary(), "email");
    std::string address = cls ? FindClassWord(*cls, raw) : "";
    if (address.empty() && cls && !line.ocr && !Trim(raw).empty()) {
      AddFinding("warning", "value_unreadable", {key}, "not_an_email", {{"raw", Trim(raw)}}, line);
      return;
    }
    // A word right before the address that may be its own first part: the
    // address may start there. Nothing rather than its tail.
    if (std::string start = AddressStartBefore(raw, address, patterns_.vocabulary(), line.ocr);
        !start.empty()) {
      AddressStartUnclear(key, raw, start, line);
      return;
    }
    raw = address;
  } else if (t == "postcode") {
    std::string digits;
    for (char c : raw)
      if (c >= '0' && c <= '9') digits += c;
    if (digits.size() == 5) raw = digits;
  } else if (t == "municipality") {
    raw = CanonicalMunicipality(key, raw, line);
  } else if (t == "place") {
    raw = SnappedPlace(key, raw, line);
  } else if (t == "county") {
    std::string county, code;
    if (patterns_.municipalities().FindCounty(raw, &county, &code)) raw = county;
  } else if (t == "days") {
    std::vector<std::string> numbers;
    std::string cur;
    for (char c : raw + " ") {
      if (c >= '0' && c <= '9')
        cur += c;
      else if (!cur.empty()) {
        numbers.push_back(cur);
        cur.clear();
      }
    }
    if (numbers.size() != 1) return;  // only a single number of days is a value
    raw = numbers[0];
  }
  if (raw.empty()) return;
  if (t == "municipalities" || spec->type == FieldType::kTextList) {
    // A list that ends in its separator, a comma or a word ("..., Fagersta
    // och"), goes on past the text read (a paragraph refilled short of its
    // width, or wrapped, its next line taken for none of it): no value,
    // rather than its first names for all of it. A separator's match may
    // take the spaces after it: one is put after the list, so that a word
    // separator ends a match there as inside the list.
    std::vector<std::string> pieces =
        ListPieces(patterns_.vocabulary().list_separators, Trim(raw) + " ");
    if (EndsInListSeparator(pieces)) {
      AddFinding("warning", "value_unreadable", {key}, "list_goes_on", {{"raw", Trim(raw)}}, line);
      return;
    }
    std::vector<std::string> items = ListItems(pieces);
    if (t == "municipalities") {
      // An item that names no one municipality (its finding says which) leaves
      // the list unknown: the rest is not all it names.
      bool whole = true;
      for (std::string& item : items) {
        item = CanonicalMunicipality(key, item, line);
        whole = whole && !item.empty();
      }
      if (!whole) return;
    }
    if (!items.empty()) Store(key, Value::MakeList(items), rule, line, conf);
    return;
  }
  switch (spec->type) {
    case FieldType::kInt:
    case FieldType::kDecimal: {
      double v;
      // No number the forms ask for is below zero (counts, kronor, FTEs,
      // days, a year): a minus before one is a dash or a bullet the writer
      // put there, not a sign, and what it means cannot be told.
      if (!parser_.ParseNumber(raw, &v) || v < 0) {
        AddFinding("warning", "unreadable_number", {key}, "unreadable_number", {{"raw", raw}},
                   line);
        return;
      }
      // Larger than the key may hold (common.rules' `most`): another
      // answer's number run into its cell, never this one.
      if (const auto most = patterns_.vocabulary().key_most.find(key);
          most != patterns_.vocabulary().key_most.end() && v > most->second) {
        AddFinding("warning", "value_out_of_range", {key}, "value_out_of_range", {{"raw", raw}},
                   line);
        return;
      }
      if (spec->type == FieldType::kInt) {
        if (std::fabs(v - std::round(v)) > 1e-9) {
          AddFinding("warning", "not_whole_number", {key}, "not_whole_number", {{"raw", raw}},
                     line);
          return;
        }
        Store(key, Value::Int(static_cast<int64_t>(std::llround(v))), rule, line, conf);
      } else {
        Store(key, Value::Decimal(v), rule, line, conf);
      }
      return;
    }
    case FieldType::kBool: {
      std::string col = parser_.ColumnOf(raw);
      if (parser_.IsMark(raw) || col == "yes")
        Store(key, Value::Bool(true), rule, line, conf);
      else if (col == "no")
        Store(key, Value::Bool(false), rule, line, conf);
      else
        AddFinding("warning", "unreadable_mark", {key}, "unreadable_mark", {{"raw", raw}}, line);
      return;
    }
    case FieldType::kEnum: {
      std::string v = raw;
      if (std::find(spec->enum_values.begin(), spec->enum_values.end(), v) ==
          spec->enum_values.end())
        v = parser_.ColumnOf(raw);
      if (std::find(spec->enum_values.begin(), spec->enum_values.end(), v) !=
          spec->enum_values.end())
        Store(key, Value::Text(v), rule, line, conf);
      else
        AddFinding("warning", "unreadable_choice", {key}, "unreadable_choice", {{"raw", raw}},
                   line);
      return;
    }
    case FieldType::kDate: {
      std::string iso;
      if (parser_.ParseDate(raw, &iso))
        Store(key, Value::Text(iso), rule, line, conf);
      else
        AddFinding("warning", "unreadable_date", {key}, "unreadable_date", {{"raw", raw}}, line);
      return;
    }
    case FieldType::kText: {
      std::string tidy;
      size_t b = 0;
      while (b <= raw.size()) {
        size_t nl = raw.find('\n', b);
        if (nl == std::string::npos) nl = raw.size();
        std::string part = Trim(Squeeze(raw.substr(b, nl - b)));
        // A row's empty cells joined by a separator no reader took for one
        // ("4-6 veckor.,,,": a script's CSV read as prose): not the answer's.
        if (const size_t end = part.find_last_not_of(",; "); end != std::string::npos) {
          const std::string tail = part.substr(end + 1);
          if (std::count_if(tail.begin(), tail.end(), [](char c) { return c != ' '; }) >= 2)
            part.erase(end + 1);
        }
        if (!part.empty()) tidy += (tidy.empty() ? "" : "\n") + part;
        b = nl + 1;
      }
      if (tidy.empty()) return;
      // A text answer holds a letter or a digit: punctuation alone ("/" of a
      // label "Avdelning/" broken over lines in a narrow dump) is a piece of
      // the form, never what someone wrote.
      if (LetterCount(tidy, 1) == 0 && std::none_of(tidy.begin(), tidy.end(), IsAsciiDigit)) {
        AddFinding("warning", "value_unreadable", {key}, "no_letter_or_digit", {{"raw", tidy}},
                   line);
        return;
      }
      // What OCR made of a sideways page or of noise is no answer: mostly
      // tokens that are not words, or some such read with little confidence.
      if (line.ocr && (t.empty() || t == "name")) {
        double share = WordLikeShare(tidy, &parser_);
        if (share < kLeastWordShare ||
            (share < kSureWordShare && conf >= 0 && conf < kGarbageConfidence)) {
          std::string shown = tidy.size() > 60 ? tidy.substr(0, 60) + "..." : tidy;
          AddFinding("warning", "ocr_garbage", {key}, "ocr_garbage", {{"raw", shown}}, line);
          return;
        }
      }
      // A free-text answer whose end OCR cut off, or ended with a scrap of
      // ink read as capitals where it read the answer unsurely, is not the
      // answer: no value, and a finding saying what was read.
      if (line.ocr && t.empty() && EndsInCutWord(tidy)) {
        AddFinding("warning", "ocr_uncertain", {key}, "ocr_cut_off", {{"raw", tidy}}, line);
        return;
      }
      if (line.ocr && t.empty() && conf >= 0 && conf < patterns_.TrustedOcrConfidence()) {
        const std::string scrap = EndingScrap(tidy);
        if (!scrap.empty()) {
          AddFinding("warning", "ocr_uncertain", {key}, "ocr_scrap",
                     {{"raw", tidy}, {"scrap", scrap}, {"confidence", std::to_string(conf)}}, line);
          return;
        }
      }
      Store(key, Value::Text(tidy), rule, line, conf);
      if (t == "person" || t == "name") names_.push_back(tidy);
      if (line.ocr) ocr_texts_.push_back({key, t, line});
      return;
    }
    case FieldType::kTextList:
    case FieldType::kEnumList:
      return;
  }
}

void ValueAssigner::AssignChoice(const std::string& key, const std::vector<std::string>& marked,
                                 const Rule& rule, const Line& line, bool from_options) {
  if (!Asked(key)) return;
  const FieldSpec* spec = patterns_.catalogue().Find(key);
  if (!spec) return;
  const int conf = OcrConfidence(line, "", true);
  if (spec->type == FieldType::kEnumList || spec->type == FieldType::kTextList) {
    if (marked.empty() && !from_options) return;
    Store(key, Value::MakeList(marked), rule, line, conf);
    return;
  }
  if (marked.empty()) return;
  if (spec->type == FieldType::kBool) {
    if (marked.size() == 1 && (marked[0] == "yes" || marked[0] == "no")) {
      Store(key, Value::Bool(marked[0] == "yes"), rule, line, conf);
      return;
    }
  } else if (spec->type == FieldType::kEnum) {
    const auto& ev = spec->enum_values;
    auto allowed = [&](const std::string& v) {
      return std::find(ev.begin(), ev.end(), v) != ev.end();
    };
    if (marked.size() == 1 && allowed(marked[0])) {
      Store(key, Value::Text(marked[0]), rule, line, conf);
      return;
    }
    // The rule may give a meaning to several marks (the 2023 queue: some
    // units with a queue and some without is "partly").
    if (marked.size() > 1 && !rule.several_value.empty() && allowed(rule.several_value)) {
      Store(key, Value::Text(rule.several_value), rule, line, conf);
      return;
    }
  }
  std::string list;
  for (const std::string& m : marked) list += (list.empty() ? "" : ", ") + m;
  AddFinding("warning", "conflicting_marks", {key}, "conflicting_marks", {{"marked", list}}, line);
}

}  // namespace redovis
