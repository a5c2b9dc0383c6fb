// Running headers and footers: the key and the repetition. See running_lines.h.
#include "base/running_lines.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <utility>
#include <vector>

#include "base/text_util.h"
#include "base/utf8.h"

namespace redovis {

bool HasRunningLineWords(std::string_view text) {
  return LetterCount(text, 6) >= 6;
}

int PageNumberAt(std::string_view text, size_t at, size_t most, size_t* end) {
  size_t j = at;
  while (j < text.size() && IsAsciiDigit(text[j])) ++j;
  *end = j;
  if (j == at || j - at > most) return -1;
  int v = 0;
  for (size_t k = at; k < j; ++k) v = v * 10 + (text[k] - '0');
  return v;
}

int BarePageNumber(std::string_view text) {
  const std::string_view t = TrimBlanks(text);
  size_t end = 0;
  if (t.empty() || t[0] == '0') return 0;
  const int v = PageNumberAt(t, 0, 3, &end);
  return v > 0 && end == t.size() ? v : 0;
}

std::optional<PageCount> LeadingPageCount(std::string_view text, size_t* length) {
  // A number of one to three digits at `i`, its end in `*end`; -1 if none.
  auto number = [&](size_t i, size_t* end) { return PageNumberAt(text, i, 3, end); };
  size_t slash = 0, end = 0;
  const int n = number(0, &slash);
  if (n < 0 || slash >= text.size() || text[slash] != '/') return std::nullopt;
  const int m = number(slash + 1, &end);
  if (m < 0 || n < 1 || n > m) return std::nullopt;
  if (length != nullptr) *length = end;
  return PageCount{n, m};
}

std::optional<PageCount> TrailingPageCount(std::string_view text, size_t* start) {
  size_t end = text.size();
  while (end > 0 && text[end - 1] == ' ') --end;
  // Back over "m", the '/', and "n"; then the count must run to `end`.
  size_t a = end;
  while (a > 0 && IsAsciiDigit(text[a - 1])) --a;
  if (a == 0 || text[a - 1] != '/') return std::nullopt;
  --a;
  while (a > 0 && IsAsciiDigit(text[a - 1])) --a;
  if (a > 0 && text[a - 1] != ' ') return std::nullopt;
  size_t length = 0;
  auto count = LeadingPageCount(text.substr(a, end - a), &length);
  if (!count || a + length != end) return std::nullopt;
  if (start != nullptr) *start = a;
  return count;
}

std::optional<PageCount> NumberedPageLine(std::string_view text) {
  text = TrimBlanks(text);
  if (text.empty() || text.size() > 40) return std::nullopt;
  std::vector<int> numbers;
  bool other = false;
  for (size_t i = 0; i < text.size();) {
    if (!IsAsciiDigit(text[i])) {
      other = other || text[i] != ' ';
      ++i;
      continue;
    }
    size_t j = i;
    const int v = PageNumberAt(text, i, 3, &j);
    auto letter = [&](size_t k) {
      return std::isalpha(static_cast<unsigned char>(text[k])) != 0 ||
             static_cast<unsigned char>(text[k]) >= 0x80;
    };
    if (v < 0 || (i > 0 && letter(i - 1)) || (j < text.size() && letter(j)) ||
        (i > 0 && (text[i - 1] == '/' || text[i - 1] == ',' || text[i - 1] == '.')) ||
        (j < text.size() && (text[j] == '/' || text[j] == ',')) ||
        (i == 0 && j < text.size() && (text[j] == '.' || text[j] == ')' || text[j] == ':')))
      return std::nullopt;
    numbers.push_back(v);
    i = j;
  }
  if (!other || numbers.empty() || numbers.size() > 2 || numbers[0] < 1) return std::nullopt;
  // Words with one number may be a question's own ("Fråga 3" opening each
  // page): words need the count of pages too.
  if (numbers.size() == 1 && LetterCount(text, 1) > 0) return std::nullopt;
  if (numbers.size() == 2 && numbers[1] < numbers[0]) return std::nullopt;
  return PageCount{numbers[0], numbers.size() == 2 ? numbers[1] : 0};
}

std::vector<size_t> RisingPageNumbers(const std::vector<EdgeNumber>& numbers) {
  constexpr size_t kLeast = 3;  // pages a run needs
  constexpr int kGap = 2;       // pages from one of a run's numbers to the next, at most
  std::map<std::pair<int, int>, std::vector<size_t>> groups;  // (edge, offset)
  for (size_t i = 0; i < numbers.size(); ++i)
    groups[{numbers[i].edge, numbers[i].number - numbers[i].page}].push_back(i);
  std::vector<size_t> out;
  for (auto& [where, at] : groups) {
    std::sort(at.begin(), at.end(),
              [&](size_t a, size_t b) { return numbers[a].page < numbers[b].page; });
    size_t from = 0;
    for (size_t i = 1; i <= at.size(); ++i) {
      if (i < at.size() && numbers[at[i]].page - numbers[at[i - 1]].page >= 1 &&
          numbers[at[i]].page - numbers[at[i - 1]].page <= kGap)
        continue;
      if (i - from >= kLeast) out.insert(out.end(), at.begin() + from, at.begin() + i);
      from = i;
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string RunningLineKey(std::string_view text) {
  std::string k;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (static_cast<unsigned char>(c) >= 0x80) {  // a soft hyphen one page has: the same line
      size_t next = i;
      const UChar32 u = NextCodePoint(text, &next);
      if (IsInvisible(u)) {
        i = next - 1;
        continue;
      }
    }
    if (c == '/' && !k.empty() && k.back() == '#' && i + 1 < text.size() &&
        IsAsciiDigit(text[i + 1]))
      continue;  // "2/7" is one number to the key, as OCR may read it ("217")
    if (IsAsciiDigit(c)) {
      if (k.empty() || k.back() != '#') k += '#';
    } else if (c == ' ') {
      if (!k.empty() && k.back() != ' ') k += ' ';
    } else {
      k += c;
    }
  }
  return k;
}

std::vector<size_t> RunningLines(const std::vector<EdgeLine>& lines, size_t needed,
                                 double tolerance) {
  std::map<std::pair<int, std::string>, std::vector<size_t>> groups;
  for (size_t i = 0; i < lines.size(); ++i) groups[{lines[i].edge, lines[i].key}].push_back(i);
  std::vector<size_t> out;
  for (const auto& [key, at] : groups) {
    if (at.size() < needed) continue;
    if (tolerance < 0) {
      out.insert(out.end(), at.begin(), at.end());
      continue;
    }
    std::vector<double> pos;
    for (size_t i : at) pos.push_back(lines[i].pos);
    std::nth_element(pos.begin(), pos.begin() + pos.size() / 2, pos.end());
    double mid = pos[pos.size() / 2];
    std::vector<size_t> near;
    for (size_t i : at)
      if (std::fabs(lines[i].pos - mid) <= tolerance) near.push_back(i);
    if (near.size() >= needed) out.insert(out.end(), near.begin(), near.end());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<size_t> RunningLinesInRuns(const std::vector<EdgeLine>& lines, double tolerance) {
  constexpr size_t kLeast = 3;  // pages a run needs
  constexpr int kGap = 2;       // pages from one of a run's lines to the next, at most
  std::map<std::pair<int, std::string>, std::vector<size_t>> groups;
  for (size_t i = 0; i < lines.size(); ++i) groups[{lines[i].edge, lines[i].key}].push_back(i);
  std::vector<size_t> out;
  auto take = [&](const std::vector<size_t>& run) {
    if (run.size() < kLeast) return;
    std::vector<size_t> near = run;
    if (tolerance >= 0) {
      std::vector<double> pos;
      for (size_t i : run) pos.push_back(lines[i].pos);
      std::nth_element(pos.begin(), pos.begin() + pos.size() / 2, pos.end());
      const double mid = pos[pos.size() / 2];
      near.clear();
      for (size_t i : run)
        if (std::fabs(lines[i].pos - mid) <= tolerance) near.push_back(i);
    }
    std::set<int> pages;
    for (size_t i : near) pages.insert(lines[i].page);
    if (pages.size() < kLeast) return;
    // The tolerance may have left gaps wider than the run allows.
    for (auto it = std::next(pages.begin()); it != pages.end(); ++it)
      if (*it - *std::prev(it) > kGap) return;
    out.insert(out.end(), near.begin(), near.end());
  };
  for (auto& [key, at] : groups) {
    std::stable_sort(at.begin(), at.end(),
                     [&](size_t a, size_t b) { return lines[a].page < lines[b].page; });
    std::vector<size_t> run;
    for (size_t i : at) {
      if (!run.empty() && lines[i].page - lines[run.back()].page > kGap) {
        take(run);
        run.clear();
      }
      run.push_back(i);
    }
    take(run);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<size_t> StrayFootLines(const std::vector<FootLine>& lowest, double gap_heights) {
  std::vector<size_t> out;
  if (lowest.size() < 3) return out;
  for (size_t i = 0; i < lowest.size(); ++i) {
    const FootLine& l = lowest[i];
    if (l.depth + l.height > l.band || !l.gap || *l.gap <= gap_heights * l.height) continue;
    bool lower = true;
    for (size_t j = 0; j < lowest.size() && lower; ++j)
      if (j != i) lower = l.depth + l.height < lowest[j].depth;
    if (lower) out.push_back(i);
  }
  return out;
}

}  // namespace redovis
