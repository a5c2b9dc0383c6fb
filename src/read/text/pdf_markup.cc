// A PDF's text in Poppler's markups made plain text. See pdf_markup.h.
#include "read/text/pdf_markup.h"

#include <cctype>
#include <cstdlib>
#include <string>
#include <vector>

#include "base/text_util.h"
#include "read/text/html_markup.h"

namespace redovis {
namespace {

constexpr size_t kSniffBytes = 4096;  // where a markup's root must stand
constexpr size_t kMinBreaks = 8;      // fewer <br>: no page of lines
constexpr size_t kMaxTag = 4096;      // a longer tag is text, as in html_markup

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

// Lines gathered into the plain text: each trimmed, decoded, a no-break
// space a space; an empty one is left out (pdftotext writes none).
class PlainText {
 public:
  void Add(std::string_view raw) {
    std::string line = DecodeHtmlEntities(raw);
    for (size_t at = line.find("\xC2\xA0"); at != std::string::npos; at = line.find("\xC2\xA0", at))
      line.replace(at, 2, " ");
    for (char& c : line)
      if (c == '\n' || c == '\r' || c == '\t' || c == '\f') c = ' ';
    std::string t = Trim(line);
    if (t.empty()) return;
    out_ += t;
    out_ += '\n';
    page_has_text_ = true;
  }
  // A form feed after a page that holds text (an <hr/> before </body> ends
  // no page of its own).
  void EndPage() {
    if (page_has_text_) out_ += '\f';
    page_has_text_ = false;
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
  bool page_has_text_ = false;
};

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
  // text out with.
  size_t breaks = 0, anchors = 0;
  bool body = false;
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
    for (const char* layout : {"p", "div", "table", "td", "li", "span", "pre"})
      if (tag.name == layout) return PdfMarkup::kNone;
  }
  return breaks >= kMinBreaks && anchors > 0 ? PdfMarkup::kLinesPage : PdfMarkup::kNone;
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
  PlainText plain;
  std::string run;       // the text of the open run (a <text>, a <word>)
  bool in_run = false;   // pdf2xml: inside <text>; bbox: inside <word>
  bool in_line = false;  // bbox: inside <line>
  bool page_open = false;
  std::vector<std::string> words;  // bbox: the words of the line being gathered
  double word_top = -1, word_bottom = -1, word_left = -1, word_right = -1;
  double last_top = -1, last_right = -1;
  auto flush_words = [&] {
    std::string line;
    for (const std::string& w : words) line += (line.empty() ? "" : " ") + w;
    plain.Add(line);
    words.clear();
  };
  auto end_page = [&] {
    if (!page_open) return;
    flush_words();
    plain.Add(run);
    run.clear();
    plain.EndPage();
    page_open = false;
  };
  Tag tag;
  size_t i = 0;
  while (i < text.size()) {
    size_t lt = text.find('<', i);
    std::string_view between =
        text.substr(i, (lt == std::string_view::npos ? text.size() : lt) - i);
    if (in_run) run.append(between);
    if (lt == std::string_view::npos) break;
    size_t next;
    if (!ReadTag(text, lt, &tag, &next)) {
      if (in_run) run += '<';
      i = lt + 1;
      continue;
    }
    i = next;
    switch (kind) {
      case PdfMarkup::kPdf2Xml:
        if (tag.name == "page") {
          if (tag.closing)
            end_page();
          else
            page_open = true;
        } else if (tag.name == "text") {
          if (tag.closing && in_run) plain.Add(run);
          run.clear();
          in_run = !tag.closing;
        }
        break;
      case PdfMarkup::kBbox:
        if (tag.name == "page") {
          if (tag.closing)
            end_page();
          else
            page_open = true;
        } else if (tag.name == "line") {
          flush_words();
          in_line = !tag.closing;
        } else if (tag.name == "word") {
          if (!tag.closing) {
            run.clear();
            in_run = true;
            word_top = Attribute(tag.attributes, "yMin", -1);
            word_bottom = Attribute(tag.attributes, "yMax", -1);
            word_left = Attribute(tag.attributes, "xMin", -1);
            word_right = Attribute(tag.attributes, "xMax", -1);
            break;
          }
          in_run = false;
          // Without <line>s a line is the words of one top, each a word's
          // space from the last: a gap of half the line's height or more
          // (a word space is a quarter) parts two cells, as a line break.
          if (!in_line && !words.empty() &&
              (word_top != last_top || 2 * (word_left - last_right) >= word_bottom - word_top))
            flush_words();
          words.push_back(DecodeHtmlEntities(run));
          run.clear();
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
  *out = plain.Take();
  return kind;
}

}  // namespace redovis
