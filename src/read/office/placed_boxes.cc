// A document of text boxes placed on its pages, read by their places. See
// placed_boxes.h.
#include "read/office/placed_boxes.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <utility>

#include "read/text/positioned_runs.h"
#include "read/text/text_reader.h"

namespace redovis {

namespace {

/// A box's font size, as a share of the height LibreOffice grew it to.
constexpr double kSizeOfHeight = 0.85;
/// The note's words around the format and the number of boxes.
constexpr char kNoteHead[] = "the text of the ";
constexpr char kNoteTail[] =
    " text boxes placed on its pages (a PDF converted to a word processor's document by its "
    "positions); it was read by their places, as the text they lay out";

/// `s` with each run of ASCII white space (a line break, a tab) one space:
/// a run is one line of text.
std::string OneLine(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace

void PlacedBoxTally::Open(const PlacedBox* box) {
  if (box == nullptr || boxes_.size() >= 1000000) {
    open_.push_back(-1);
    return;
  }
  open_.push_back(static_cast<int>(boxes_.size()));
  boxes_.push_back(*box);
  boxes_.back().paragraphs.clear();
}

void PlacedBoxTally::Close() {
  if (!open_.empty()) open_.pop_back();
}

void PlacedBoxTally::BeginParagraph() {
  if (!open_.empty() && open_.back() >= 0 && boxes_[open_.back()].paragraphs.size() < 1000)
    boxes_[open_.back()].paragraphs.emplace_back();
}

void PlacedBoxTally::Add(std::string_view text) {
  PlacedBox* box = open_.empty() || open_.back() < 0 ? nullptr : &boxes_[open_.back()];
  if (box == nullptr || box->paragraphs.empty()) {
    outside_ += text.size();
  } else if (box->paragraphs.back().size() < (1u << 16)) {
    box->paragraphs.back().append(text);
  }
}

std::vector<PlacedBox> PlacedBoxTally::Alone() const {
  return outside_ == 0 ? boxes_ : std::vector<PlacedBox>();
}

bool LengthInPoints(std::string_view s, double* points) {
  *points = 0;
  const std::string text(s.substr(0, 64));
  const char* begin = text.c_str();
  char* end = nullptr;
  const double n = std::strtod(begin, &end);
  if (end == begin || !std::isfinite(n)) return false;
  const std::string_view unit(end);
  double per;
  if (unit == "in") {
    per = 72;
  } else if (unit == "cm") {
    per = 72 / 2.54;
  } else if (unit == "mm") {
    per = 72 / 25.4;
  } else if (unit == "pt") {
    per = 1;
  } else if (unit == "pc") {
    per = 12;
  } else if (unit == "px") {
    per = 0.75;
  } else {
    return false;
  }
  if (std::fabs(n * per) > 1e6) return false;
  *points = n * per;
  return true;
}

bool PagesFromOrder(std::vector<PlacedBox>* boxes) {
  if (boxes->empty()) return true;
  double low = (*boxes)[0].top, high = low;
  for (const PlacedBox& b : *boxes) low = std::min(low, b.top), high = std::max(high, b.top);
  const double foot = low + 0.6 * (high - low), head = low + 0.4 * (high - low);
  std::vector<int> pages(boxes->size(), 1);
  for (size_t i = 1; i < boxes->size(); ++i) {
    const PlacedBox &before = (*boxes)[i - 1], &box = (*boxes)[i];
    pages[i] = pages[i - 1];
    if (before.top - box.top <= std::max(box.height, 0.0)) continue;
    if (before.top < foot || box.top > head || pages[i] >= kMaxPlacedPages) return false;
    ++pages[i];
  }
  for (size_t i = 0; i < boxes->size(); ++i) (*boxes)[i].page = pages[i];
  return true;
}

Status ReadPlacedBoxes(const std::vector<PlacedBox>& boxes, const std::string& format,
                       Document* out) {
  std::map<int, std::vector<PositionedRun>> pages;
  size_t read = 0;
  for (const PlacedBox& box : boxes) {
    if (box.page <= 0 || box.page > kMaxPlacedPages || !(box.height > 0) || box.paragraphs.empty())
      continue;
    ++read;
    const double line = box.height / static_cast<double>(box.paragraphs.size());
    for (size_t k = 0; k < box.paragraphs.size(); ++k) {
      PositionedRun run;
      run.top = box.top + line * static_cast<double>(k);
      run.left = box.left;
      run.size = line * kSizeOfHeight;
      run.text = OneLine(box.paragraphs[k]);
      pages[box.page].push_back(std::move(run));
    }
  }
  std::string text;
  int last = 0;
  bool any = false;
  for (auto& [page, runs] : pages) {
    for (; last + 1 < page; ++last) text.push_back('\f');
    const size_t before = text.size();
    LayOutPage(std::move(runs), &text);
    if (text.size() == before) text.push_back('\f');  // a page of blank boxes
    any = any || text.size() > before + 1;
    last = page;
  }
  if (!any) return Status::Error("empty_file", "no text box placed on a page holds text");
  Status s = ReadText(text, out);
  if (s.ok()) out->warnings.push_back(PlacedBoxesNote(format, read));
  return s;
}

std::string PlacedBoxesNote(const std::string& format, size_t boxes) {
  return std::string(kNoteHead) + format + " file stands in " + std::to_string(boxes) + kNoteTail;
}

bool IsPlacedBoxesNote(const std::string& warning, std::string* format) {
  const std::string_view w(warning), head(kNoteHead), tail(kNoteTail);
  if (w.size() < head.size() + tail.size() || w.substr(0, head.size()) != head ||
      w.substr(w.size() - tail.size()) != tail)
    return false;
  const std::string_view rest = w.substr(head.size());
  const size_t end = rest.find(" file stands in ");
  if (end == std::string_view::npos) return false;
  *format = std::string(rest.substr(0, end));
  return true;
}

}  // namespace redovis
