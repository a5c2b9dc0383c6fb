// A PDF's text in Poppler's markups made plain text. See pdf_markup.h.
#include "read/text/pdf_markup.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "base/text_util.h"
#include "base/utf8.h"
#include "read/text/html_markup.h"
#include "read/text/positioned_runs.h"

namespace redovis {
namespace {

constexpr size_t kSniffBytes = 4096;  // where a markup's root must stand
constexpr size_t kMinBreaks = 8;      // fewer <br>: no page of lines
constexpr size_t kMaxTag = 4096;      // a longer tag is text, as in html_markup
// pdftohtml -s: a merged paragraph's line height when its class gives none.
constexpr double kLinesPerSize = 1.4;

// One tag of the markup: its name (lower case, no '/'), whether it closes,
// and its attributes' text.
struct Tag {
  std::string name;
  bool closing = false;
  std::string_view attributes;
};

// The tag opening at text[i] ('<'); sets *next past its '>'. False when no
// '>' follows within kMaxTag bytes (the '<' is then text).
bool ReadTag(std::string_view text, size_t i, Tag* tag, size_t* next) {
  size_t end = text.find('>', i);
  if (end == std::string_view::npos || end - i > kMaxTag) return false;
  size_t p = i + 1;
  tag->closing = p < end && text[p] == '/';
  if (tag->closing) ++p;
  size_t name_end = p;
  while (name_end < end &&
         (std::isalnum(static_cast<unsigned char>(text[name_end])) || text[name_end] == ':'))
    ++name_end;
  tag->name.assign(text.substr(p, name_end - p));
  for (char& c : tag->name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  tag->attributes = text.substr(name_end, end - name_end);
  *next = end + 1;
  return true;
}

// The number in attribute `name="..."` of `attributes`; `fallback` when none.
double Attribute(std::string_view attributes, std::string_view name, double fallback) {
  std::string key = " " + std::string(name) + "=\"";
  size_t at = attributes.find(key);
  if (at == std::string_view::npos) return fallback;
  return std::strtod(std::string(attributes.substr(at + key.size(), 32)).c_str(), nullptr);
}

// A run's text as a line: character references decoded, a no-break space
// and a control character a space, trimmed.
std::string RunText(std::string_view raw) {
  std::string line = DecodeHtmlEntities(raw);
  for (size_t at = line.find("\xC2\xA0"); at != std::string::npos; at = line.find("\xC2\xA0", at))
    line.replace(at, 2, " ");
  for (char& c : line)
    if (c == '\n' || c == '\r' || c == '\t' || c == '\f') c = ' ';
  return Trim(line);
}

// The number after `property:` in a style attribute's text ("top:173px");
// `fallback` when none.
double StyleNumber(std::string_view style, std::string_view property, double fallback) {
  std::string key = std::string(property) + ":";
  for (size_t at = style.find(key); at != std::string_view::npos; at = style.find(key, at + 1)) {
    if (at > 0 && (std::isalnum(static_cast<unsigned char>(style[at - 1])) || style[at - 1] == '-'))
      continue;  // "line-height:" is not "height:"
    return std::strtod(std::string(style.substr(at + key.size(), 32)).c_str(), nullptr);
  }
  return fallback;
}

// The text of attribute `name="..."` of `attributes`; empty when none.
std::string_view AttributeText(std::string_view attributes, std::string_view name) {
  std::string key = " " + std::string(name) + "=\"";
  size_t at = attributes.find(key);
  if (at == std::string_view::npos) return {};
  size_t from = at + key.size();
  size_t end = attributes.find('"', from);
  return end == std::string_view::npos ? std::string_view() : attributes.substr(from, end - from);
}

// pdftohtml -s's font classes, `.ft10{font-size:15px;line-height:22px;...}`
// in the pages' style elements: a class's size and its line height (0 when
// it has none).
struct FontClass {
  double size = 0;
  double line_height = 0;
};

std::map<std::string, FontClass, std::less<>> FontClasses(std::string_view text) {
  std::map<std::string, FontClass, std::less<>> classes;
  for (size_t at = text.find("{font-size:"); at != std::string_view::npos;
       at = text.find("{font-size:", at + 1)) {
    size_t dot = text.rfind('.', at);
    if (dot == std::string_view::npos || at - dot > 64) continue;
    size_t close = text.find('}', at);
    if (close == std::string_view::npos) break;
    std::string_view rule = text.substr(at + 1, close - at - 1);
    FontClass& c = classes[std::string(text.substr(dot + 1, at - dot - 1))];
    c.size = StyleNumber(rule, "font-size", 0);
    c.line_height = StyleNumber(rule, "line-height", 0);
  }
  return classes;
}

// The text inside a page whose body is one <pre> element and nothing else
// (`pdftotext -htmlmeta`): what follows `<body>` and white space is `<pre>`,
// and what follows its last `</pre>` is white space and `</body>`. The line
// break right after `<pre>` is the markup's, not the text's (as in HTML).
bool PreBody(std::string_view text, std::string_view* inside) {
  size_t body = text.find("<body>");
  if (body == std::string_view::npos) return false;
  size_t pre = text.find_first_not_of(" \t\r\n", body + 6);
  if (pre == std::string_view::npos || text.compare(pre, 5, "<pre>") != 0) return false;
  size_t from = pre + 5;
  if (text.compare(from, 2, "\r\n") == 0)
    from += 2;
  else if (from < text.size() && text[from] == '\n')
    ++from;
  size_t end = text.rfind("</pre>");
  if (end == std::string_view::npos || end < from) return false;
  size_t after = text.find_first_not_of(" \t\r\n", end + 6);
  if (after == std::string_view::npos || text.compare(after, 7, "</body>") != 0) return false;
  *inside = text.substr(from, end - from);
  return true;
}

PdfMarkup Which(std::string_view text) {
  std::string_view head = text.substr(0, kSniffBytes);
  if (std::string_view inside; PreBody(text, &inside)) return PdfMarkup::kTextPage;
  if (head.find("<pdf2xml") != std::string_view::npos) return PdfMarkup::kPdf2Xml;
  // MuPDF's structured text: its root `<document name=`, a page's
  // `<page id="page`, and a character's `<char quad=` anywhere (a first
  // page of images holds none).
  if (head.find("<document name=\"") != std::string_view::npos &&
      head.find("<page id=\"page") != std::string_view::npos &&
      text.find("<char quad=\"") != std::string_view::npos)
    return PdfMarkup::kMuPdfStext;
  if (head.find("<doc>") != std::string_view::npos &&
      head.find("<page width=") != std::string_view::npos &&
      head.find("<word xMin=") != std::string_view::npos)
    return PdfMarkup::kBbox;
  // pdftohtml's page of <br> lines: an anchor a page (`<a name=1>`), and in
  // its body none of the elements that word processors and browsers lay
  // text out with. pdftohtml -s's page: its body's first such element a
  // division a page (`<div id="page1-div" style="position:relative;...">`),
  // the next a paragraph placed absolutely (`<p
  // style="position:absolute;top:...;left:...">`). MuPDF's page: its body's
  // first such element a division a page (`<div id="page1"
  // style="width:...pt;...">`, further pages' divisions and images before
  // any text), the next a paragraph placed by its style (`<p
  // style="top:...pt;left:...pt;...">`).
  size_t breaks = 0, anchors = 0;
  bool body = false;
  bool page_division = false;
  bool mupdf_division = false;
  Tag tag;
  for (size_t i = text.find('<'); i != std::string_view::npos; i = text.find('<', i)) {
    size_t next;
    if (!ReadTag(text, i, &tag, &next)) {
      ++i;
      continue;
    }
    i = next;
    if (tag.name == "body") body = !tag.closing;
    if (!body) continue;
    if (tag.name == "br") ++breaks;
    if (tag.name == "a" && tag.attributes.find(" name=") != std::string_view::npos) ++anchors;
    if (tag.name == "div" && !page_division &&
        tag.attributes.substr(0, 41) == " id=\"page1-div\" style=\"position:relative;") {
      page_division = true;
      continue;
    }
    if (tag.name == "div" && !tag.closing && !page_division &&
        (mupdf_division ? AttributeText(tag.attributes, "id").substr(0, 4) == "page" &&
                              AttributeText(tag.attributes, "style").substr(0, 6) == "width:"
                        : tag.attributes.substr(0, 25) == " id=\"page1\" style=\"width:")) {
      mupdf_division = true;
      continue;
    }
    if (mupdf_division && (tag.name == "img" || (tag.name == "div" && tag.closing))) continue;
    if (tag.name == "p" && mupdf_division)
      return tag.attributes.substr(0, 12) == " style=\"top:" &&
                     tag.attributes.find("pt;left:") != std::string_view::npos
                 ? PdfMarkup::kMuPdfHtml
                 : PdfMarkup::kNone;
    if (tag.name == "p" && page_division)
      return tag.attributes.substr(0, 30) == " style=\"position:absolute;top:"
                 ? PdfMarkup::kRunsPage
                 : PdfMarkup::kNone;
    for (const char* layout : {"p", "div", "table", "td", "li", "span", "pre"})
      if (tag.name == layout) return PdfMarkup::kNone;
  }
  return breaks >= kMinBreaks && anchors > 0 ? PdfMarkup::kLinesPage : PdfMarkup::kNone;
}

// The font of class `name` on page `page` (its number as written): the
// class's rule, else, when the name is "ft", the page's number and a font's
// index (pdftohtml names a page's classes so but writes a rule only for a
// font new on its page), the rule of that index on an earlier page
// ("ft20" on page 2 is "ft10"'s font). A size of 0 when none is found.
FontClass PageFontClass(const std::map<std::string, FontClass, std::less<>>& classes,
                        std::string_view name, const std::string& page) {
  if (auto c = classes.find(name); c != classes.end()) return c->second;
  std::string prefix = "ft" + page;
  if (page.empty() || name.substr(0, prefix.size()) != prefix) return FontClass();
  std::string_view index = name.substr(prefix.size());
  long pages = std::strtol(page.c_str(), nullptr, 10);
  for (long earlier = pages - 1; earlier >= 1; --earlier) {
    std::string key = "ft" + std::to_string(earlier) + std::string(index);
    if (auto c = classes.find(key); c != classes.end()) return c->second;
  }
  return FontClass();
}

// The first `n` numbers of a list parted by spaces (`bbox="1 2 3 4"`); 0
// for a number missing.
template <size_t n>
std::array<double, n> Numbers(std::string_view list) {
  std::array<double, n> v{};
  std::string s(list);
  char* at = s.data();
  for (double& x : v) {
    char* end = nullptr;
    x = std::strtod(at, &end);
    if (end == at) break;
    at = end;
  }
  return v;
}

// MuPDF's structured text: a line's direction, one of the four along the
// page's axes (right, down, left, up: 0 to 3), -1 for any other.
int AxisDirection(std::string_view dir) {
  auto [dx, dy] = Numbers<2>(dir);
  constexpr double kNear = 0.01;
  if (std::fabs(dy) < kNear && std::fabs(dx - 1) < kNear) return 0;
  if (std::fabs(dx) < kNear && std::fabs(dy - 1) < kNear) return 1;
  if (std::fabs(dy) < kNear && std::fabs(dx + 1) < kNear) return 2;
  if (std::fabs(dx) < kNear && std::fabs(dy + 1) < kNear) return 3;
  return -1;
}

// A box's edges on a page (points, y downwards).
struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// Where a structured text's run stands: its line's box and direction and
// its first character's box, until its page's reading direction is known.
struct StextPlace {
  Box line;
  Box first;
  int direction = 0;
};

// A character's box from its quad (its four corners, x y each).
Box QuadBox(std::string_view quad) {
  std::array<double, 8> q = Numbers<8>(quad);
  Box b{q[0], q[1], q[0], q[1]};
  for (size_t i = 2; i < 8; i += 2) {
    b.x0 = std::fmin(b.x0, q[i]);
    b.x1 = std::fmax(b.x1, q[i]);
    b.y0 = std::fmin(b.y0, q[i + 1]);
    b.y1 = std::fmax(b.y1, q[i + 1]);
  }
  return b;
}

// A box's extent along direction `d` (0 to 3) and across it, in the frame
// of a page turned so that `d` reads left to right: {start, end} of each.
struct Extent {
  double start = 0, end = 0, top = 0, bottom = 0;
};

Extent Along(const Box& b, int d, double width, double height) {
  switch (d) {
    case 1:
      return {b.y0, b.y1, width - b.x1, width - b.x0};
    case 2:
      return {width - b.x1, width - b.x0, height - b.y1, height - b.y0};
    case 3:
      return {height - b.y1, height - b.y0, b.x0, b.x1};
    default:
      return {b.x0, b.x1, b.y0, b.y1};
  }
}

// A structured text page's runs placed in the frame of its reading
// direction (the direction most of its runs' lines read in: a page MuPDF
// turned by its rotation reads down or up); the runs of lines in another
// direction (a margin's note turned on its side) are left out: placed in
// the page's frame they would stand in no line of it.
void PlaceStextRuns(std::vector<PositionedRun>* runs, const std::vector<StextPlace>& places,
                    double width, double height) {
  std::array<size_t, 4> count{};
  for (const StextPlace& p : places)
    if (p.direction >= 0) ++count[static_cast<size_t>(p.direction)];
  int d = static_cast<int>(std::max_element(count.begin(), count.end()) - count.begin());
  std::vector<PositionedRun> placed;
  for (size_t i = 0; i < runs->size() && i < places.size(); ++i) {
    if (places[i].direction != d) continue;
    PositionedRun r = std::move((*runs)[i]);
    r.top = Along(places[i].line, d, width, height).top;
    r.left = Along(places[i].first, d, width, height).start;
    placed.push_back(std::move(r));
  }
  *runs = std::move(placed);
}

// MuPDF's HTML of a page it turned by its rotation: its lines read down or
// up the page, but each is written as a paragraph at its top and left with
// no direction, so that the lines of one column share a top and stand side
// by side a line's height apart. Told by runs of one top that overlap: the
// first's text, at kNarrowWidthPerSize of its size a character (narrower
// than any font's), reaching past the next one's left by more than its size,
// for kTurnedOverlaps pairs or more and a quarter of the page's neighbours
// on a line (none on the 244 upright pages of the 33 never-seen PDFs; 266 of
// 577 and more on their turned pages).
constexpr double kNarrowWidthPerSize = 0.4;
constexpr size_t kTurnedOverlaps = 3;

bool TurnedPage(std::vector<PositionedRun> runs) {
  std::stable_sort(runs.begin(), runs.end(), [](const PositionedRun& a, const PositionedRun& b) {
    return a.top != b.top ? a.top < b.top : a.left < b.left;
  });
  size_t pairs = 0, overlaps = 0;
  for (size_t i = 0; i < runs.size();) {
    size_t end = i + 1;
    while (end < runs.size() && runs[end].top - runs[i].top <= runs[i].size * 0.3) ++end;
    std::stable_sort(
        runs.begin() + static_cast<std::ptrdiff_t>(i),
        runs.begin() + static_cast<std::ptrdiff_t>(end),
        [](const PositionedRun& a, const PositionedRun& b) { return a.left < b.left; });
    for (size_t j = i + 1; j < end; ++j, ++pairs) {
      const PositionedRun& a = runs[j - 1];
      double width = kNarrowWidthPerSize * a.size * static_cast<double>(CodePointCount(a.text));
      if (a.left + width > runs[j].left + a.size) ++overlaps;
    }
    i = end;
  }
  return overlaps >= kTurnedOverlaps && 4 * overlaps >= pairs;
}

}  // namespace

PdfMarkup PdfMarkupText(std::string_view text, std::string* out, std::vector<int>* turned) {
  out->clear();
  if (turned != nullptr) turned->clear();
  PdfMarkup kind = Which(text);
  if (kind == PdfMarkup::kNone || kind == PdfMarkup::kLinesPage) return kind;
  if (std::string_view inside; kind == PdfMarkup::kTextPage && PreBody(text, &inside)) {
    *out = DecodeHtmlEntities(inside);
    return kind;
  }
  std::map<std::string, FontClass, std::less<>> classes;  // pdftohtml -s
  if (kind == PdfMarkup::kRunsPage) classes = FontClasses(text);
  std::map<long, double> font_sizes;  // pdf2xml: a <fontspec>'s id, its size
  std::vector<PositionedRun> runs;    // the open page's
  PositionedRun run;                  // the run being gathered
  std::string raw;                    // its text so far, as written
  std::string word;                   // bbox: the open <word>'s text
  bool in_text = false;               // inside <text> (pdf2xml), <p> (-s), <word> (bbox)
  bool in_line = false;               // bbox: inside <line>
  bool has_words = false;             // bbox: the run holds a word
  bool page_open = false;
  double line_height = 0;  // -s: the open <p>'s
  std::string page;        // -s: the open page's number, as its division's id writes it
  double word_top = -1, word_bottom = -1, word_left = -1, word_right = -1;
  double last_top = -1, last_right = -1;
  bool sized = false;                      // MuPDF's page: the open <p> has its font's size
  std::vector<StextPlace> places;          // stext: where the open page's runs stand
  StextPlace place;                        // stext: the open run's
  Box line_box;                            // stext: the open <line>'s
  int line_direction = 0;                  // stext: the open <line>'s
  double font_size = 0;                    // stext: the open <font>'s
  double page_width = 0, page_height = 0;  // stext: the open page's
  int pages_written = 0;                   // pages with text (or turned) so far
  auto add_run = [&] {
    run.text = RunText(raw);
    if (!run.text.empty()) {
      runs.push_back(run);
      if (kind == PdfMarkup::kMuPdfStext) places.push_back(place);
    }
    raw.clear();
    has_words = false;
  };
  auto end_page = [&] {
    if (!page_open) return;
    add_run();
    if (kind == PdfMarkup::kMuPdfStext) {
      PlaceStextRuns(&runs, places, page_width, page_height);
      places.clear();
    }
    // A page MuPDF turned: where its lines and cells stand cannot be told.
    // Left out, an empty page in its place so that the pages after it keep
    // their numbers.
    size_t before = out->size();
    if (kind == PdfMarkup::kMuPdfHtml && TurnedPage(runs)) {
      runs.clear();
      out->push_back('\f');
      if (turned != nullptr) turned->push_back(pages_written + 1);
    }
    LayOutPage(std::move(runs), out);
    if (out->size() > before) ++pages_written;
    runs.clear();
    page_open = false;
  };
  Tag tag;
  size_t i = 0;
  while (i < text.size()) {
    size_t lt = text.find('<', i);
    std::string_view between =
        text.substr(i, (lt == std::string_view::npos ? text.size() : lt) - i);
    if (in_text) (kind == PdfMarkup::kBbox ? word : raw).append(between);
    if (lt == std::string_view::npos) break;
    size_t next;
    if (!ReadTag(text, lt, &tag, &next)) {
      if (in_text) (kind == PdfMarkup::kBbox ? word : raw) += '<';
      i = lt + 1;
      continue;
    }
    i = next;
    switch (kind) {
      case PdfMarkup::kPdf2Xml:
        if (tag.name == "page") {
          end_page();
          page_open = !tag.closing;
        } else if (tag.name == "fontspec" && !tag.closing) {
          font_sizes[std::lround(Attribute(tag.attributes, "id", -1))] =
              Attribute(tag.attributes, "size", 0);
        } else if (tag.name == "text") {
          if (tag.closing && in_text) add_run();
          raw.clear();
          in_text = !tag.closing;
          if (!in_text) break;
          run.top = Attribute(tag.attributes, "top", 0);
          run.left = Attribute(tag.attributes, "left", 0);
          auto font = font_sizes.find(std::lround(Attribute(tag.attributes, "font", -1)));
          run.size = font != font_sizes.end() && font->second > 0
                         ? font->second
                         : Attribute(tag.attributes, "height", 0) * kSizePerBoxHeight;
        }
        break;
      case PdfMarkup::kRunsPage:
        if (std::string_view id = AttributeText(tag.attributes, "id");
            tag.name == "div" && !tag.closing && id.substr(0, 4) == "page") {
          end_page();
          page_open = true;
          page = std::string(id.substr(4, id.find('-') == std::string_view::npos
                                              ? std::string_view::npos
                                              : id.find('-') - 4));
        } else if (tag.name == "p" && page_open) {
          if (tag.closing && in_text) add_run();
          raw.clear();
          in_text = !tag.closing;
          if (!in_text) break;
          std::string_view style = AttributeText(tag.attributes, "style");
          run.top = StyleNumber(style, "top", 0);
          run.left = StyleNumber(style, "left", 0);
          FontClass c = PageFontClass(classes, AttributeText(tag.attributes, "class"), page);
          run.size = c.size;
          line_height = c.line_height > 0 ? c.line_height : c.size * kLinesPerSize;
        } else if (tag.name == "br" && in_text) {
          // A paragraph pdftohtml merged from lines: each line a run, one
          // line height below the last, at the paragraph's left.
          add_run();
          run.top += line_height;
        }
        break;
      case PdfMarkup::kBbox:
        if (tag.name == "page") {
          end_page();
          page_open = !tag.closing;
        } else if (tag.name == "line") {
          add_run();
          in_line = !tag.closing;
        } else if (tag.name == "word") {
          if (!tag.closing) {
            word.clear();
            in_text = true;
            word_top = Attribute(tag.attributes, "yMin", -1);
            word_bottom = Attribute(tag.attributes, "yMax", -1);
            word_left = Attribute(tag.attributes, "xMin", -1);
            word_right = Attribute(tag.attributes, "xMax", -1);
            break;
          }
          in_text = false;
          // The words of one line (without <line>s, of one top) a word's
          // space from the last are a run; a gap of half the line's height
          // or more (a word space is a quarter) parts two cells.
          if (has_words && ((!in_line && word_top != last_top) ||
                            PartsCells(word_left - last_right, word_bottom - word_top)))
            add_run();
          if (!has_words) {
            run.top = word_top;
            run.left = word_left;
            run.size = (word_bottom - word_top) * kSizePerBoxHeight;
          }
          raw += (has_words ? " " : "") + word;
          has_words = true;
          last_top = word_top;
          last_right = word_right;
        }
        break;
      case PdfMarkup::kMuPdfHtml:
        if (tag.name == "div" && !tag.closing &&
            AttributeText(tag.attributes, "id").substr(0, 4) == "page") {
          end_page();
          page_open = true;
        } else if (tag.name == "p" && page_open) {
          // A line of MuPDF's a run, at its top and left, its size its
          // first span's font's (else its line height).
          if (tag.closing && in_text) add_run();
          raw.clear();
          in_text = !tag.closing;
          if (!in_text) break;
          std::string_view style = AttributeText(tag.attributes, "style");
          run.top = StyleNumber(style, "top", 0);
          run.left = StyleNumber(style, "left", 0);
          run.size = StyleNumber(style, "line-height", 0);
          sized = false;
        } else if (tag.name == "span" && in_text && !tag.closing && !sized) {
          double size = StyleNumber(AttributeText(tag.attributes, "style"), "font-size", 0);
          if (size > 0) run.size = size;
          sized = size > 0;
        }
        break;
      case PdfMarkup::kMuPdfStext:
        if (tag.name == "page") {
          end_page();
          page_open = !tag.closing;
          page_width = Attribute(tag.attributes, "width", 0);
          page_height = Attribute(tag.attributes, "height", 0);
        } else if (tag.name == "line") {
          add_run();
          if (tag.closing) break;
          auto [x0, y0, x1, y1] = Numbers<4>(AttributeText(tag.attributes, "bbox"));
          line_box = {x0, y0, x1, y1};
          line_direction = AxisDirection(AttributeText(tag.attributes, "dir"));
        } else if (tag.name == "font" && !tag.closing) {
          font_size = Attribute(tag.attributes, "size", 0);
        } else if (tag.name == "char" && !tag.closing && page_open) {
          // A line's characters a run, but where the gap from the last
          // (along the line) is half a character's height or more: the
          // next cell's, as -bbox's words.
          std::string_view c = AttributeText(tag.attributes, "c");
          if (RunText(c).empty()) {
            if (has_words) raw += ' ';
            break;
          }
          Box box = QuadBox(AttributeText(tag.attributes, "quad"));
          Extent e = Along(box, std::max(line_direction, 0), page_width, page_height);
          if (has_words && PartsCells(e.start - last_right, e.bottom - e.top)) add_run();
          if (!has_words) {
            run.size = font_size;
            place = {line_box, box, line_direction};
          }
          raw.append(c);
          has_words = true;
          last_right = e.end;
        }
        break;
      case PdfMarkup::kLinesPage:
      case PdfMarkup::kTextPage:
      case PdfMarkup::kNone:
        break;
    }
  }
  end_page();
  return kind;
}

}  // namespace redovis
