// XmlStream over libxml2's xmlTextReader, and the LineBuilder.
#include "read/office/xml_stream.h"

#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <mutex>

#include "read/glyphs.h"
#include "read/office/office_module.h"

namespace redovis {

namespace {

// ---------------------------------------------------------------- XmlStream

xmlParserInputPtr DenyExternalEntity(const char*, const char*, xmlParserCtxtPtr) {
  return nullptr;  // no external DTD, entity or XInclude is ever loaded
}

void InitLibxmlOnce(const XmlCalls& x) {
  static std::once_flag once;
  std::call_once(once, [&x] {
    x.xmlInitParser();
    x.xmlSetExternalEntityLoader(DenyExternalEntity);
  });
}

void SilentGenericError(void*, const char*, ...) {}
void SilentStructuredError(void*, xmlErrorPtr) {}

xmlTextReaderPtr R(void* p) {
  return static_cast<xmlTextReaderPtr>(p);
}

std::string_view View(const xmlChar* s) {
  return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

/// True when the prolog of `xml` (before the first element) holds a document
/// type declaration. NUL bytes are dropped so that UTF-16 prologs are seen too.
bool PrologHasDoctype(std::string_view xml) {
  std::string_view p = xml.substr(0, std::min<size_t>(xml.size(), 64u << 10));
  std::string dropped;  // a copy only when there is a NUL byte to drop
  if (!p.empty() && std::memchr(p.data(), '\0', p.size()) != nullptr) {
    dropped.reserve(p.size());
    for (char c : p)
      if (c != '\0') dropped.push_back(c);
    p = dropped;
  }
  size_t i = 0;
  if (p.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;
  if (p.compare(0, 2, "\xFF\xFE") == 0 || p.compare(0, 2, "\xFE\xFF") == 0) i = 2;
  while (i < p.size()) {
    char c = p[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      ++i;
    } else if (p.compare(i, 2, "<?") == 0) {
      size_t e = p.find("?>", i + 2);
      if (e == std::string::npos) return false;
      i = e + 2;
    } else if (p.compare(i, 4, "<!--") == 0) {
      size_t e = p.find("-->", i + 4);
      if (e == std::string::npos) return false;
      i = e + 3;
    } else {
      return p.compare(i, 9, "<!DOCTYPE") == 0;
    }
  }
  return false;
}

}  // namespace

bool OnOffValue(bool present, const std::string& v) {
  if (!present) return true;
  return v == "1" || v == "true" || v == "on" || v.empty();
}

void XmlStream::OnError(void* self, void* error) {
  auto* stream = static_cast<XmlStream*>(self);
  auto* e = static_cast<xmlErrorPtr>(error);
  if (!stream || !e || e->level < XML_ERR_FATAL || !stream->first_error_.empty()) return;
  std::string m = e->message ? e->message : "unknown XML error";
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
  stream->first_error_ = m.empty() ? "unknown XML error" : m;
  stream->first_error_line_ = e->line;
}

// Saved per-thread libxml2 error hooks, silenced while a stream lives.
namespace {
struct SavedHooks {
  xmlGenericErrorFunc generic;
  void* generic_context;
  xmlStructuredErrorFunc structured;
  void* structured_context;
};
thread_local std::vector<SavedHooks> saved_hooks;
}  // namespace

XmlStream::XmlStream(std::string_view xml, std::string part_name, int max_depth)
    : part_(std::move(part_name)), max_depth_(max_depth) {
  // libxml2 is the office module's (loaded here, on the first XML part).
  const OfficeModule* module = nullptr;
  if (Status loaded = LoadOfficeModule(&module); !loaded.ok()) {
    Fail(loaded.code(), loaded.message());
    return;
  }
  x_ = &module->xml;
  const XmlCalls& x = *x_;
  InitLibxmlOnce(x);
  saved_hooks.push_back({*x.generic_error(), *x.generic_error_context(), *x.structured_error(),
                         *x.structured_error_context()});
  x.xmlSetGenericErrorFunc(nullptr, SilentGenericError);
  x.xmlSetStructuredErrorFunc(nullptr, SilentStructuredError);
  if (xml.size() > static_cast<size_t>(INT_MAX)) {
    Fail("xml_error", "the part is too large to parse");
    return;
  }
  if (PrologHasDoctype(xml)) {
    Fail("xml_dtd",
         "the part has a document type declaration (DOCTYPE), which no Office part "
         "has; it is refused so that no entity is expanded or loaded");
    return;
  }
  xmlTextReaderPtr reader = x.xmlReaderForMemory(xml.data(), static_cast<int>(xml.size()),
                                                 part_.c_str(), nullptr, XML_PARSE_NONET);
  if (!reader) {
    Fail("xml_error", "libxml2 could not start parsing the part");
    return;
  }
  reader_ = reader;
  x.xmlTextReaderSetStructuredErrorHandler(
      reader, [](void* self, xmlErrorPtr e) { XmlStream::OnError(self, e); }, this);
}

XmlStream::~XmlStream() {
  if (!x_) return;  // the module was not loaded: nothing was opened or silenced
  const XmlCalls& x = *x_;
  if (reader_) x.xmlFreeTextReader(R(reader_));
  if (doc_) x.xmlFreeDoc(static_cast<xmlDocPtr>(doc_));
  if (!saved_hooks.empty()) {
    SavedHooks h = saved_hooks.back();
    saved_hooks.pop_back();
    x.xmlSetGenericErrorFunc(h.generic_context, h.generic);
    x.xmlSetStructuredErrorFunc(h.structured_context, h.structured);
  }
}

void XmlStream::Fail(const std::string& code, const std::string& message) {
  done_ = true;
  if (status_.ok()) status_ = Status::Error(code, part_ + ": " + message);
}

void XmlStream::SetName(const XmlCalls& x, void* reader) {
  xmlTextReaderPtr r = R(reader);
  // The element's own name and namespace, read off its node: the reader's
  // xmlTextReaderConstNamespaceUri looks the URI up in its dictionary (hashing
  // it whole) on every call, a sixth of what Next cost on a Word file.
  xmlNodePtr node = x.xmlTextReaderCurrentNode(r);
  if (node && node->type == XML_ELEMENT_NODE) {
    local_ = View(node->name);
    ns_ = node->ns ? View(node->ns->href) : std::string_view();
    return;
  }
  local_ = View(x.xmlTextReaderConstLocalName(r));
  ns_ = View(x.xmlTextReaderConstNamespaceUri(r));
}

bool XmlStream::Next() {
  if (done_) return false;
  if (pending_end_) {
    pending_end_ = false;
    event_ = Event::kEnd;
    return true;
  }
  const XmlCalls& x = *x_;
  xmlTextReaderPtr r = R(reader_);
  for (;;) {
    int got = x.xmlTextReaderRead(r);
    if (got == 0) {
      done_ = true;
      return false;
    }
    if (got < 0) {
      // x.xmlTextReaderCurrentDoc() hands the document over to us (the reader no
      // longer frees it): it is freed in the destructor, after the reader.
      xmlDocPtr doc = x.xmlTextReaderCurrentDoc(r);
      doc_ = doc;
      if (doc && doc->intSubset) {
        Fail("xml_dtd", "the part has a document type declaration (DOCTYPE), which is refused");
      } else if (first_error_.find("Excessive depth") != std::string::npos) {
        // libxml2 stops at its own depth limit with a message that suggests an
        // option redovis never uses (XML_PARSE_HUGE); ours says what happened.
        int limit = std::min(max_depth_, static_cast<int>(*x.xmlParserMaxDepth));
        Fail("xml_too_deep",
             "elements nest deeper than the limit of " + std::to_string(limit) + " levels");
      } else if (!first_error_.empty()) {
        Fail("xml_error",
             "malformed XML at line " + std::to_string(first_error_line_) + ": " + first_error_);
      } else {
        Fail("xml_error", "malformed XML");
      }
      return false;
    }
    switch (x.xmlTextReaderNodeType(r)) {
      case XML_READER_TYPE_ELEMENT: {
        depth_ = x.xmlTextReaderDepth(r) + 1;
        if (depth_ > max_depth_) {
          Fail("xml_too_deep",
               "elements nest deeper than the limit of " + std::to_string(max_depth_) + " levels");
          return false;
        }
        SetName(x, r);
        event_ = Event::kStart;
        pending_end_ = x.xmlTextReaderIsEmptyElement(r) == 1;
        return true;
      }
      case XML_READER_TYPE_END_ELEMENT:
        depth_ = x.xmlTextReaderDepth(r) + 1;
        SetName(x, r);
        event_ = Event::kEnd;
        return true;
      case XML_READER_TYPE_TEXT:
      case XML_READER_TYPE_CDATA:
      case XML_READER_TYPE_WHITESPACE:
      case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
        text_ = View(x.xmlTextReaderConstValue(r));
        event_ = Event::kText;
        return true;
      case XML_READER_TYPE_DOCUMENT_TYPE:
        Fail("xml_dtd", "the part has a document type declaration (DOCTYPE), which is refused");
        return false;
      case XML_READER_TYPE_ENTITY_REFERENCE:
        Fail("xml_error", "an entity reference without a declaration");
        return false;
      default:
        break;  // comments, processing instructions
    }
  }
}

bool XmlStream::Attribute(std::string_view ns, std::string_view local, std::string* value) const {
  if (!reader_ || event_ != Event::kStart) return false;
  const XmlCalls& x = *x_;
  xmlTextReaderPtr r = R(reader_);
  bool found = false;
  if (x.xmlTextReaderMoveToFirstAttribute(r) == 1) {
    do {
      if (View(x.xmlTextReaderConstLocalName(r)) == local &&
          View(x.xmlTextReaderConstNamespaceUri(r)) == ns) {
        *value = std::string(View(x.xmlTextReaderConstValue(r)));
        found = true;
        break;
      }
    } while (x.xmlTextReaderMoveToNextAttribute(r) == 1);
    x.xmlTextReaderMoveToElement(r);
  }
  return found;
}

// -------------------------------------------------------------- LineBuilder

namespace {

constexpr int kMaxColumns = 1024;      // cells kept per row
constexpr int kMaxRepeat = 1024;       // spans and repeats
constexpr size_t kMaxEarlyBoxes = 64;  // check boxes waiting for a paragraph

bool IsEdgeSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string TrimEdges(std::string s) {
  size_t b = 0, e = s.size();
  while (b < e && IsEdgeSpace(s[b])) ++b;
  while (e > b && IsEdgeSpace(s[e - 1])) --e;
  return s.substr(b, e - b);
}

int Clamp(int n) {
  return std::max(1, std::min(n, kMaxRepeat));
}

}  // namespace

LineBuilder::LineBuilder(Document* doc) : doc_(doc) {
  Frame body;
  body.kind = Kind::kBody;
  frames_.push_back(std::move(body));
}

void LineBuilder::Emit(Line line, std::vector<Line> pending) {
  cells_ += line.cells.size();
  if (cells_ > kMaxCells) overflowed_ = true;
  if (overflowed_) return;
  std::vector<Line>* target = &doc_->lines;
  for (size_t i = frames_.size(); i-- > 0;) {
    const Frame& f = frames_[i];
    if (f.kind == Kind::kRow || (f.kind == Kind::kParagraph && f.own_line)) {
      target = &frames_[i].pending;
      break;
    }
  }
  target->push_back(std::move(line));
  for (Line& l : pending) target->push_back(std::move(l));
}

void LineBuilder::AppendSegments(std::vector<Segment>* to, std::vector<Segment>&& from,
                                 const char* separator) {
  if (from.empty()) return;
  if (to->empty()) {
    *to = std::move(from);
    return;
  }
  to->back().text += separator;
  to->back().text += from[0].text;
  for (size_t i = 1; i < from.size(); ++i) to->push_back(std::move(from[i]));
}

void LineBuilder::SegmentsToCells(std::vector<Segment>&& segments, std::vector<Cell>* out) {
  int boxes = 0;
  for (const Segment& s : segments)
    if (s.box != CheckboxState::kNone) ++boxes;
  if (boxes <= 1) {
    Cell c;
    for (Segment& s : segments) {
      c.text += s.text;
      if (s.box != CheckboxState::kNone) c.checkbox = s.box;
    }
    if (boxes == 1) c.text = TrimEdges(std::move(c.text));
    out->push_back(std::move(c));
    return;
  }
  // Several check boxes: one cell per box, holding the text that follows it;
  // any text before the first box keeps a cell of its own.
  for (Segment& s : segments) {
    std::string t = TrimEdges(std::move(s.text));
    if (s.box == CheckboxState::kNone && t.empty()) continue;
    Cell c;
    c.text = std::move(t);
    c.checkbox = s.box;
    out->push_back(std::move(c));
  }
}

void LineBuilder::BeginParagraph() {
  Frame f;
  f.kind = Kind::kParagraph;
  f.number = ++paragraph_count_;
  Frame* top = Top();
  f.own_line = !(top && top->kind == Kind::kCell);
  if (top && (top->kind == Kind::kCell || top->kind == Kind::kBody) && !top->carry.empty()) {
    f.segments = std::move(top->carry);
    top->carry.clear();
  } else {
    f.segments.emplace_back();
  }
  for (CheckboxState box : early_boxes_) f.segments.push_back(Segment{box, {}});
  early_boxes_.clear();
  frames_.push_back(std::move(f));
}

void LineBuilder::JoinNextParagraph() {
  Frame* top = Top();
  if (top && top->kind == Kind::kParagraph) top->join_next = true;
}

void LineBuilder::EndParagraph() {
  Frame* top = Top();
  if (!top || top->kind != Kind::kParagraph) return;
  Frame f = std::move(*top);
  frames_.pop_back();
  Frame* parent = Top();
  if (f.join_next && parent && (parent->kind == Kind::kCell || parent->kind == Kind::kBody)) {
    // The paragraph mark was deleted: its text runs on into the next paragraph.
    AppendSegments(&parent->carry, std::move(f.segments), "");
    for (Line& l : f.pending) Emit(std::move(l), {});
    return;
  }
  if (!f.own_line && parent && parent->kind == Kind::kCell) {
    AppendSegments(&parent->segments, std::move(f.segments), parent->paragraphs > 0 ? "\n" : "");
    ++parent->paragraphs;
    return;
  }
  Line line;
  line.origin = "paragraph " + std::to_string(f.number);
  SegmentsToCells(std::move(f.segments), &line.cells);
  Emit(std::move(line), std::move(f.pending));
}

void LineBuilder::BeginTable() {
  Frame f;
  f.kind = Kind::kTable;
  f.number = ++table_count_;
  frames_.push_back(std::move(f));
}

void LineBuilder::AddGridColumns(int n) {
  Frame* top = Top();
  if (top && top->kind == Kind::kTable)
    top->columns = std::min(kMaxColumns, top->columns + std::max(0, std::min(n, kMaxColumns)));
}

void LineBuilder::EndTable() {
  Frame* top = Top();
  if (top && top->kind == Kind::kTable) frames_.pop_back();
}

bool LineBuilder::BeginRow() {
  Frame* top = Top();
  if (!top || top->kind != Kind::kTable) return false;
  Frame f;
  f.kind = Kind::kRow;
  f.number = ++top->rows;
  frames_.push_back(std::move(f));
  return true;
}

void LineBuilder::SetRowRepeat(int n) {
  Frame* top = Top();
  if (top && top->kind == Kind::kRow) top->repeat = std::min(Clamp(n), 100);
}

void LineBuilder::DropRow() {
  Frame* top = Top();
  if (top && top->kind == Kind::kRow) top->dropped = true;
}

void LineBuilder::EndRow() {
  Frame* top = Top();
  if (!top || top->kind != Kind::kRow) return;
  Frame f = std::move(*top);
  frames_.pop_back();
  Frame* table = Top();
  if (f.dropped || !table || table->kind != Kind::kTable) return;
  while (static_cast<int>(f.cells.size()) < table->columns) f.cells.emplace_back();
  if (f.cells.empty()) f.cells.emplace_back();
  Line line;
  line.origin = "table " + std::to_string(table->number) + " row " + std::to_string(f.number);
  int repeat = f.repeat;
  // Repeated rows are copied only while they are small.
  if (f.cells.size() > 64) repeat = 1;
  line.cells = std::move(f.cells);
  Line copy;
  if (repeat > 1) copy = line;
  Emit(std::move(line), std::move(f.pending));
  for (int k = 1; k < repeat; ++k) Emit(copy, {});
}

bool LineBuilder::BeginCell() {
  Frame* top = Top();
  if (!top || top->kind != Kind::kRow) return false;
  Frame f;
  f.kind = Kind::kCell;
  frames_.push_back(std::move(f));
  return true;
}

void LineBuilder::SetCellSpan(int n) {
  Frame* top = Top();
  if (top && top->kind == Kind::kCell) top->span = Clamp(n);
}

void LineBuilder::SetCellRepeat(int n) {
  Frame* top = Top();
  if (top && top->kind == Kind::kCell) top->repeat = Clamp(n);
}

void LineBuilder::SetCellCovered() {
  Frame* top = Top();
  if (top && top->kind == Kind::kCell) top->covered = true;
}

void LineBuilder::EndCell() {
  Frame* top = Top();
  if (!top || top->kind != Kind::kCell) return;
  Frame f = std::move(*top);
  frames_.pop_back();
  Frame* row = Top();
  if (!row || row->kind != Kind::kRow) return;
  if (!f.carry.empty())
    AppendSegments(&f.segments, std::move(f.carry), f.paragraphs > 0 ? "\n" : "");
  // A check box that never found a paragraph in the cell still belongs to it.
  if (!early_boxes_.empty()) {
    if (f.segments.empty()) f.segments.emplace_back();
    for (CheckboxState box : early_boxes_) f.segments.push_back(Segment{box, {}});
    early_boxes_.clear();
  }
  std::vector<Cell> cells;
  if (f.covered || f.segments.empty()) {
    cells.emplace_back();
  } else {
    SegmentsToCells(std::move(f.segments), &cells);
  }
  for (int k = 0; k < f.repeat; ++k) {
    for (const Cell& c : cells) {
      if (static_cast<int>(row->cells.size()) >= kMaxColumns) return;
      row->cells.push_back(c);
    }
    for (int s = 1; s < f.span; ++s) {
      if (static_cast<int>(row->cells.size()) >= kMaxColumns) return;
      row->cells.emplace_back();
    }
  }
}

void LineBuilder::AddEmptyCells(int n) {
  Frame* top = Top();
  if (!top || top->kind != Kind::kRow) return;
  for (int k = 0; k < n && static_cast<int>(top->cells.size()) < kMaxColumns; ++k)
    top->cells.emplace_back();
}

bool LineBuilder::InParagraph() const {
  return !frames_.empty() && frames_.back().kind == Kind::kParagraph;
}

void LineBuilder::AddText(std::string_view t) {
  if (!InParagraph() || t.empty()) return;
  std::vector<Segment>& segs = frames_.back().segments;
  size_t start = 0;
  for (FoundBoxGlyph g = FindBoxGlyph(t, 0); g.offset != std::string_view::npos;
       g = FindBoxGlyph(t, start)) {
    segs.back().text.append(t.substr(start, g.offset - start));
    segs.push_back(Segment{g.state, {}});
    start = g.offset + g.length;
  }
  segs.back().text.append(t.substr(start));
}

void LineBuilder::AddCheckbox(CheckboxState state) {
  if (InParagraph()) {
    frames_.back().segments.push_back(Segment{state, {}});
  } else if (early_boxes_.size() < kMaxEarlyBoxes) {
    early_boxes_.push_back(state);
  }
}

void LineBuilder::Finish() {
  while (frames_.size() > 1) {
    switch (frames_.back().kind) {
      case Kind::kParagraph:
        frames_.back().join_next = false;
        EndParagraph();
        break;
      case Kind::kTable:
        EndTable();
        break;
      case Kind::kRow:
        EndRow();
        break;
      case Kind::kCell:
        EndCell();
        break;
      case Kind::kBody:
        break;
    }
  }
  if (!frames_.empty() && !frames_[0].carry.empty()) {
    Line line;
    line.origin = "paragraph " + std::to_string(paragraph_count_);
    SegmentsToCells(std::move(frames_[0].carry), &line.cells);
    frames_[0].carry.clear();
    doc_->lines.push_back(std::move(line));
  }
  for (size_t i = 0; i < doc_->lines.size(); ++i) {
    doc_->lines[i].number = static_cast<int>(i) + 1;
    doc_->lines[i].page = 0;
  }
}

}  // namespace redovis
