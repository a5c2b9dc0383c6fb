#include "redovis/segmenter.h"

#include <set>

#include "text_util.h"

namespace redovis {

namespace {

/// The first non-blank cell's text of a line, or "".
const std::string& FirstText(const Line& line) {
  static const std::string kEmpty;
  for (const Cell& c : line.cells)
    if (!c.text.empty()) return c.text;
  return kEmpty;
}

constexpr int kMinHeadingsForReport = 2;

}  // namespace

const Edition* ReportSegmenter::Detect(const Document& doc, size_t begin, size_t end, int* score,
                                       bool* known) const {
  const Edition* best = nullptr;
  int best_score = 0, second = 0;
  std::vector<icu::UnicodeString> texts;
  texts.reserve(end - begin);
  for (size_t i = begin; i < end; ++i) texts.push_back(U(doc.lines[i].Text()));
  for (const auto& edition : patterns_.editions()) {
    int s = 0;
    for (const Detector& d : edition->detectors) {
      for (const icu::UnicodeString& t : texts) {
        if (RegexFind(d.regex, t)) {
          s += d.weight;
          break;
        }
      }
    }
    if (s > best_score) {
      second = best_score;
      best_score = s;
      best = edition.get();
    } else if (s > second) {
      second = s;
    }
  }
  *score = best_score;
  *known = best && best_score >= patterns_.vocabulary().min_detect_score && best_score > second;
  return best;
}

int ReportSegmenter::CountHeadings(const Document& doc, size_t begin, size_t end) const {
  std::set<std::string> seen;
  for (size_t i = begin; i < end; ++i) {
    icu::UnicodeString t = U(FirstText(doc.lines[i]));
    if (t.isEmpty()) continue;
    for (const auto& edition : patterns_.editions())
      for (const SectionHeading& h : edition->sections)
        if (RegexFind(h.regex, t)) seen.insert(edition->name + "/" + h.name);
  }
  return static_cast<int>(seen.size());
}

std::vector<Segment> ReportSegmenter::Find(const Document& doc) const {
  std::vector<size_t> starts;
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    const Line& line = doc.lines[i];
    // A title repeated as a running header is still a start candidate.
    if (line.role == LineRole::kFootnote) continue;
    const std::string& first = FirstText(line);
    if (first.empty()) continue;
    icu::UnicodeString t = U(first);
    bool is_start = false;
    for (const auto& edition : patterns_.editions()) {
      for (const Pattern& p : edition->starts)
        if (RegexFind(p, t)) is_start = true;
      if (is_start) break;
    }
    if (is_start) starts.push_back(i);
  }
  std::vector<Segment> out;
  if (starts.empty()) {
    Segment s;
    s.begin = 0;
    s.end = doc.lines.size();
    s.edition = Detect(doc, s.begin, s.end, &s.score, &s.edition_known);
    if (s.edition && s.edition_known) out.push_back(s);
    return out;
  }
  // A start followed too soon by another (a title repeated on every page, a
  // title page) does not split the report: drop the later start.
  // A start splits the document only when the part before it and the part
  // after it each hold a report's headings.
  std::vector<size_t> kept;
  for (size_t k = 0; k < starts.size(); ++k) {
    if (!kept.empty()) {
      size_t next = k + 1 < starts.size() ? starts[k + 1] : doc.lines.size();
      if (CountHeadings(doc, kept.back(), starts[k]) < kMinHeadingsForReport ||
          CountHeadings(doc, starts[k], next) < kMinHeadingsForReport)
        continue;
    }
    kept.push_back(starts[k]);
  }
  for (size_t k = 0; k < kept.size(); ++k) {
    Segment s;
    s.begin = kept[k];
    s.end = k + 1 < kept.size() ? kept[k + 1] : doc.lines.size();
    s.edition = Detect(doc, s.begin, s.end, &s.score, &s.edition_known);
    if (!s.edition) {
      // A title but nothing of any form after it: not a report.
      continue;
    }
    out.push_back(s);
  }
  return out;
}

}  // namespace redovis
