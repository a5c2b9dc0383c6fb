// A PDF's text in Poppler's markups made plain text. See pdf_markup.h.
#include "read/text/pdf_markup.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "base/text_util.h"
#include "read/text/html_markup.h"
#include "read/text/positioned_runs.h"

namespace redovis {
namespace {

constexpr size_t kSniffBytes = 4096;  // where a markup's root must stand
constexpr size_t kMinBreaks = 8;      // fewer <br>: no page of lines
constexpr size_t kMaxTag = 4096;      // a longer tag is text, as in html_markup
// A font's size from a box's height (its ascent and descent): Poppler's
// boxes are about 1.33 sizes high.
constexpr double kSizePerHeight = 0.75;
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
  if (head.find("<doc>") != std::string_view::npos &&
      head.find("<page width=") != std::string_view::npos &&
      head.find("<word xMin=") != std::string_view::npos)
    return PdfMarkup::kBbox;
  // pdftohtml's page of <br> lines: an anchor a page (`<a name=1>`), and in
  // its body none of the elements that word processors and browsers lay
  // text out with. pdftohtml -s's page: its body's first such element a
  // division a page (`<div id="page1-div" style="position:relative;...">`),
  // the next a paragraph placed absolutely (`<p
  // style="position:absolute;top:...;left:...">`).
  size_t breaks = 0, anchors = 0;
  bool body = false;
  bool page_division = false;
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

}  // namespace

PdfMarkup PdfMarkupText(std::string_view text, std::string* out) {
  out->clear();
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
  auto add_run = [&] {
    run.text = RunText(raw);
    if (!run.text.empty()) runs.push_back(run);
    raw.clear();
    has_words = false;
  };
  auto end_page = [&] {
    if (!page_open) return;
    add_run();
    LayOutPage(std::move(runs), out);
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
                         : Attribute(tag.attributes, "height", 0) * kSizePerHeight;
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
                            2 * (word_left - last_right) >= word_bottom - word_top))
            add_run();
          if (!has_words) {
            run.top = word_top;
            run.left = word_left;
            run.size = (word_bottom - word_top) * kSizePerHeight;
          }
          raw += (has_words ? " " : "") + word;
          has_words = true;
          last_top = word_top;
          last_right = word_right;
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
