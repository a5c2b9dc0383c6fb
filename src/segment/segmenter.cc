#include "segment/segmenter.h"

#include <algorithm>
#include <set>

#include "base/text_util.h"
#include "patterns/regex.h"

namespace redovis {

namespace {

constexpr int kMinHeadingsForReport = 2;

// A line's text as a form's wording is read for its edition: without the
// readers' marks (a line `fmt` ended inside the year line, "Statsbidrag
// avseende" / "år 2021", holds kRefilledBreak where its pieces were joined:
// the words are the form's all the same, only a value there is uncertain).
std::string WordingOf(const Line& line) {
  std::string text = line.Text();
  EraseReaderMarks(&text);
  return text;
}

}  // namespace

const Cell* FirstCell(const Line& line) {
  for (const Cell& c : line.cells)
    if (!c.text.empty()) return &c;
  return nullptr;
}

std::vector<LineHeading> LineHeadings(const PatternSet& patterns, const Edition* only,
                                      const Line& line, MatcherCache* cache) {
  std::vector<LineHeading> found;
  const Cell* first = FirstCell(line);
  if (!first) return found;
  icu::UnicodeString t;  // converted for the first heading past the prefilter
  std::string fold = first->Folded();
  const BytePairs pairs(fold);
  auto in_edition = [&](const Edition& edition) {
    FindByLead(edition.section_index.get(), edition.sections.size(), fold, [&](size_t i) {
      const SectionHeading& h = edition.sections[i];
      if (!MayMatch(h.regex, fold, &pairs)) return false;
      if (t.isEmpty()) t = U(first->text);
      if (RegexFind(h.regex, t, nullptr, cache)) found.push_back({&edition, i});
      return false;
    });
  };
  if (only) {
    in_edition(*only);
  } else {
    for (const auto& edition : patterns.editions()) in_edition(*edition);
  }
  return found;
}

bool OpensReport(const PatternSet& patterns, const Line& line, MatcherCache* cache) {
  // A title repeated as a running header is still a start candidate.
  if (line.role == LineRole::kFootnote) return false;
  const Cell* first = FirstCell(line);
  if (!first) return false;
  icu::UnicodeString t;  // converted for the first start past the prefilter
  std::string fold = first->Folded();
  for (const auto& edition : patterns.editions()) {
    bool opens =
        FindByLead(edition->start_index.get(), edition->starts.size(), fold, [&](size_t i) {
          const Pattern& p = edition->starts[i];
          if (!MayMatch(p, fold)) return false;
          if (t.isEmpty()) t = U(first->text);
          return RegexFind(p, t, nullptr, cache);
        });
    if (opens) return true;
  }
  return false;
}

size_t ReportSegmenter::EndBefore(const Document& doc, size_t begin, size_t opening) const {
  int page = doc.lines[opening].page;
  if (page <= 0) return opening;
  size_t first = opening;
  while (first > begin && doc.lines[first - 1].page == page) --first;
  if (first == begin || CountHeadings(doc, first, opening) > 0) return opening;
  return first;
}

std::vector<int> ReportSegmenter::Scores(const Document& doc, size_t begin, size_t end) const {
  // Line by line, so that only one line's texts are held at a time (a long
  // document is not copied): each detector counts once, at the first line
  // it matches.
  const auto& editions = patterns_.editions();
  std::vector<std::vector<char>> found(editions.size());
  std::vector<int> scores(editions.size(), 0);
  for (size_t e = 0; e < editions.size(); ++e) found[e].assign(editions[e]->detectors.size(), 0);
  for (size_t i = begin; i < end; ++i) {
    std::string fold = doc.lines[i].FoldedText();
    EraseReaderMarks(&fold);
    icu::UnicodeString text;
    bool converted = false;
    for (size_t e = 0; e < editions.size(); ++e) {
      const auto& detectors = editions[e]->detectors;
      FindByLead(editions[e]->detector_index.get(), detectors.size(), fold, [&](size_t j) {
        if (found[e][j] || !MayMatch(detectors[j].regex, fold)) return false;
        if (!converted) {
          text = U(WordingOf(doc.lines[i]));
          converted = true;
        }
        if (RegexFind(detectors[j].regex, text, nullptr, &cache_)) {
          found[e][j] = 1;
          scores[e] += detectors[j].weight;
        }
        return false;
      });
    }
  }
  return scores;
}

const Edition* ReportSegmenter::Detect(const Document& doc, size_t begin, size_t end, int* score,
                                       bool* known) const {
  const Edition* best = nullptr;
  int best_score = 0, second = 0;
  std::vector<int> scores = Scores(doc, begin, end);
  for (size_t e = 0; e < scores.size(); ++e) {
    int s = scores[e];
    if (s > best_score) {
      second = best_score;
      best_score = s;
      best = patterns_.editions()[e].get();
    } else if (s > second) {
      second = s;
    }
  }
  *score = best_score;
  *known = best && best_score >= patterns_.vocabulary().min_detect_score && best_score > second;
  return best;
}

const Edition* ReportSegmenter::ByYear(const Document& doc, size_t begin, size_t end) const {
  const std::string& year_key = patterns_.catalogue().KeyWithRole("year");
  if (year_key.empty()) return nullptr;
  // Each distinct rule source once (the 2020s editions share theirs).
  std::vector<const Pattern*> rules;
  std::set<std::string> sources;
  for (const auto& edition : patterns_.editions())
    for (const auto& rule : edition->rules)
      if (rule->kind == RuleKind::kField && rule->keys.size() == 1 && rule->keys[0] == year_key &&
          sources.insert(rule->regex.source).second)
        rules.push_back(&rule->regex);
  std::set<int> years;
  // A line's year, or where it has none, that of the line and the next one
  // together: a wrap broke the year line ("Statsbidrag" / "avseende år
  // 2021", fmt at 20 columns).
  auto read_year = [&](const std::string& fold, const std::string& text) {
    bool read = false;
    for (const Pattern* p : rules) {
      RegexMatch m;
      if (!MayMatch(*p, fold) || !RegexFind(*p, U(text), &m, &cache_)) continue;
      if (m.groups.size() < 2 || m.groups[1].size() != 4 ||
          m.groups[1].find_first_not_of("0123456789") != std::string::npos)
        continue;
      years.insert(std::stoi(m.groups[1]));
      read = true;
    }
    return read;
  };
  for (size_t i = begin; i < end; ++i) {
    std::string fold = doc.lines[i].FoldedText();
    EraseReaderMarks(&fold);
    if (read_year(fold, WordingOf(doc.lines[i])) || i + 1 >= end) continue;
    std::string next = doc.lines[i + 1].FoldedText();
    EraseReaderMarks(&next);
    read_year(fold + " " + next, WordingOf(doc.lines[i]) + " " + WordingOf(doc.lines[i + 1]));
  }
  if (years.size() != 1) return nullptr;  // none read, or two: no one year
  const Edition* claims = nullptr;
  for (const auto& edition : patterns_.editions()) {
    const std::vector<int>& ys = edition->years;
    if (std::find(ys.begin(), ys.end(), *years.begin()) == ys.end()) continue;
    if (claims) return nullptr;  // two editions claim the year
    claims = edition.get();
  }
  return claims;
}

void ReportSegmenter::ChooseByYear(const Document& doc, Segment* s) const {
  const Edition* by_year = ByYear(doc, s->begin, s->end);
  if (!by_year) return;
  const auto& editions = patterns_.editions();
  std::vector<int> scores = Scores(doc, s->begin, s->end);
  for (size_t e = 0; e < editions.size(); ++e) {
    // The year's edition must have the words' evidence too (a score above
    // zero): a year alone does not make a report of another form.
    if (editions[e].get() != by_year || scores[e] <= 0) continue;
    s->edition = by_year;
    s->score = scores[e];
    s->edition_known = true;
  }
}

int ReportSegmenter::CountHeadings(const Document& doc, size_t begin, size_t end) const {
  return static_cast<int>(Headings(doc, begin, end).size());
}

std::set<std::string> ReportSegmenter::Headings(const Document& doc, size_t begin,
                                                size_t end) const {
  std::set<std::string> seen;
  for (size_t i = begin; i < end; ++i)
    for (const LineHeading& h : LineHeadings(patterns_, nullptr, doc.lines[i], &cache_))
      seen.insert(h.edition->name + "/" + h.edition->sections[h.section].name);
  return seen;
}

bool ReportSegmenter::StartsAnother(const Document& doc, size_t current, size_t opening,
                                    size_t next) const {
  std::set<std::string> before = Headings(doc, current, opening);
  std::set<std::string> after = Headings(doc, opening, next);
  if (static_cast<int>(before.size()) < kMinHeadingsForReport ||
      static_cast<int>(after.size()) < kMinHeadingsForReport)
    return false;
  for (const std::string& h : after)
    if (before.count(h)) return true;  // the form begins again
  // Another edition's form, both clearly recognised (a part of one report
  // alone may look like another edition).
  int score = 0;
  bool was_known = false, now_known = false;
  const Edition* was = Detect(doc, current, opening, &score, &was_known);
  const Edition* now = Detect(doc, opening, next, &score, &now_known);
  return was && now && was_known && now_known && now != was;
}

std::vector<Segment> ReportSegmenter::Find(const Document& doc) const {
  std::vector<size_t> starts;
  for (size_t i = 0; i < doc.lines.size(); ++i)
    if (OpensReport(patterns_, doc.lines[i], &cache_)) starts.push_back(i);
  std::vector<Segment> out;
  if (starts.empty()) {
    Segment s;
    s.begin = 0;
    s.end = doc.lines.size();
    s.edition = Detect(doc, s.begin, s.end, &s.score, &s.edition_known);
    if (s.edition && !s.edition_known) ChooseByYear(doc, &s);
    if (s.edition && s.edition_known) out.push_back(s);
    return out;
  }
  // Starts with no section heading between them are one opening (the title,
  // the county board's address and the year line of one heading block); the
  // opening begins at its first start.
  std::vector<size_t> openings;
  for (size_t k = 0; k < starts.size(); ++k)
    if (openings.empty() || CountHeadings(doc, starts[k - 1], starts[k]) > 0)
      openings.push_back(starts[k]);
  // An opening followed too soon by another (a title repeated on every page,
  // a title page) or met inside a report (an answer that starts with the
  // year line's words) does not split the report: see StartsAnother.
  std::vector<size_t> kept;
  for (size_t k = 0; k < openings.size(); ++k) {
    if (!kept.empty()) {
      size_t next = k + 1 < openings.size() ? openings[k + 1] : doc.lines.size();
      if (!StartsAnother(doc, kept.back(), openings[k], next)) continue;
    }
    kept.push_back(openings[k]);
  }
  for (size_t k = 0; k < kept.size(); ++k) {
    Segment s;
    s.begin = kept[k];
    s.end = k + 1 < kept.size() ? EndBefore(doc, s.begin, kept[k + 1]) : doc.lines.size();
    s.preamble = out.empty() ? 0 : out.back().end;
    s.edition = Detect(doc, s.begin, s.end, &s.score, &s.edition_known);
    if (s.edition && !s.edition_known) ChooseByYear(doc, &s);
    if (!s.edition) {
      // A title but nothing of any form after it: not a report.
      continue;
    }
    out.push_back(s);
  }
  return out;
}

}  // namespace redovis
