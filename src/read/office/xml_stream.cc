// XmlStream over libxml2's SAX2 push parser, and the LineBuilder.
#include "read/office/xml_stream.h"

#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

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

/// The bytes fed to the parser at a time: a slice's events are queued.
constexpr size_t kSlice = 16 << 10;

xmlParserCtxtPtr Ctxt(void* p) {
  return static_cast<xmlParserCtxtPtr>(p);
}

const char* Chars(const xmlChar* s) {
  return s ? reinterpret_cast<const char*>(s) : "";
}

}  // namespace

/// libxml2's SAX2 callbacks: each queues its event on the XmlStream that is
/// the parser's user data.
struct XmlSax {
  static XmlStream* S(void* ctx) { return static_cast<XmlStream*>(ctx); }
  /// Stops the parser with `code` and `message`, the stream's answer once
  /// the events queued before are out.
  static void Stop(XmlStream* s, const std::string& code, const std::string& message) {
    if (s->stop_.ok()) s->stop_ = Status::Error(code, s->part_ + ": " + message);
    s->x_->xmlStopParser(Ctxt(s->ctxt_));
  }
  static void StartElement(void* ctx, const xmlChar* local, const xmlChar*, const xmlChar* uri, int,
                           const xmlChar**, int count, int, const xmlChar** attributes) {
    XmlStream* s = S(ctx);
    int depth = ++s->open_depth_;
    if (depth > s->max_depth_) {
      Stop(s, "xml_too_deep",
           "elements nest deeper than the limit of " + std::to_string(s->max_depth_) + " levels");
      return;
    }
    size_t at = s->attrs_.size();
    for (int i = 0; i < count; ++i) {
      const xmlChar* const* a = attributes + 5 * i;  // local, prefix, URI, value, end
      const char* value = Chars(a[3]);
      size_t size = a[3] ? static_cast<size_t>(a[4] - a[3]) : 0;
      size_t value_at = s->arena_.size();
      if (std::memchr(value, '&', size) == nullptr) {
        s->arena_.append(value, size);
      } else {
        // Without entity substitution libxml2 leaves `&amp;` (and `&#38;`)
        // in a value as `&#38;`: the one reference left, read here.
        std::string_view v(value, size);
        for (size_t i2 = 0; i2 < v.size();) {
          if (v.compare(i2, 5, "&#38;") == 0) {
            s->arena_ += '&';
            i2 += 5;
          } else {
            s->arena_ += v[i2++];
          }
        }
      }
      s->attrs_.push_back({Chars(a[0]), Chars(a[2]), value_at, s->arena_.size() - value_at});
    }
    s->queue_.push_back({XmlStream::Event::kStart, depth, Chars(local), Chars(uri), 0, 0, at,
                         s->attrs_.size() - at, false});
  }
  static void EndElement(void* ctx, const xmlChar* local, const xmlChar*, const xmlChar* uri) {
    XmlStream* s = S(ctx);
    s->queue_.push_back(
        {XmlStream::Event::kEnd, s->open_depth_--, Chars(local), Chars(uri), 0, 0, 0, 0, false});
  }
  /// Character data, joined to the text just before it (a tree's text node
  /// holds the pieces of one run of text as one).
  static void Text(XmlStream* s, const xmlChar* text, int size, bool joinable) {
    if (size <= 0) return;
    if (joinable && !s->queue_.empty() && s->queue_.back().event == XmlStream::Event::kText &&
        s->queue_.back().joinable) {
      s->arena_.append(reinterpret_cast<const char*>(text), static_cast<size_t>(size));
      s->queue_.back().text_size += static_cast<size_t>(size);
      return;
    }
    s->queue_.push_back({XmlStream::Event::kText, -1, nullptr, nullptr, s->arena_.size(),
                         static_cast<size_t>(size), 0, 0, joinable});
    s->arena_.append(reinterpret_cast<const char*>(text), static_cast<size_t>(size));
  }
  static void Characters(void* ctx, const xmlChar* text, int size) {
    Text(S(ctx), text, size, true);
  }
  static void Cdata(void* ctx, const xmlChar* text, int size) { Text(S(ctx), text, size, false); }
  /// A comment or processing instruction: no event, but the text around it
  /// is two runs.
  static void Break(XmlStream* s) {
    if (!s->queue_.empty()) s->queue_.back().joinable = false;
  }
  static void Comment(void* ctx, const xmlChar*) { Break(S(ctx)); }
  static void Instruction(void* ctx, const xmlChar*, const xmlChar*) { Break(S(ctx)); }
  static void Subset(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
    Stop(S(ctx), "xml_dtd", "the part has a document type declaration (DOCTYPE), which is refused");
  }
  static void Reference(void* ctx, const xmlChar*) {
    Stop(S(ctx), "xml_error", "an entity reference without a declaration");
  }
  static void Error(void* ctx, xmlErrorPtr e) { XmlStream::OnError(ctx, e); }
};

XmlStream::XmlStream(std::string_view xml, std::string part_name, int max_depth)
    : xml_(xml), part_(std::move(part_name)), max_depth_(max_depth) {
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
  xmlSAXHandler sax;
  std::memset(&sax, 0, sizeof sax);
  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = XmlSax::StartElement;
  sax.endElementNs = XmlSax::EndElement;
  sax.characters = XmlSax::Characters;
  sax.ignorableWhitespace = XmlSax::Characters;
  sax.cdataBlock = XmlSax::Cdata;
  sax.comment = XmlSax::Comment;
  sax.processingInstruction = XmlSax::Instruction;
  sax.internalSubset = XmlSax::Subset;
  sax.reference = XmlSax::Reference;
  sax.serror = XmlSax::Error;
  // The first bytes tell the parser the encoding (a UTF-16 part's mark).
  fed_ = std::min<size_t>(xml.size(), 4);
  xmlParserCtxtPtr ctxt =
      x.xmlCreatePushParserCtxt(&sax, this, xml.data(), static_cast<int>(fed_), part_.c_str());
  if (!ctxt) {
    Fail("xml_error", "libxml2 could not start parsing the part");
    return;
  }
  ctxt_ = ctxt;
  x.xmlCtxtUseOptions(ctxt, XML_PARSE_NONET);
}

XmlStream::~XmlStream() {
  if (!x_) return;  // the module was not loaded: nothing was opened or silenced
  const XmlCalls& x = *x_;
  if (ctxt_) {
    xmlParserCtxtPtr ctxt = Ctxt(ctxt_);
    if (ctxt->myDoc) x.xmlFreeDoc(ctxt->myDoc);  // none is built; freed all the same
    ctxt->myDoc = nullptr;
    x.xmlFreeParserCtxt(ctxt);
  }
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

void XmlStream::FailFromParser() {
  done_ = true;
  if (!status_.ok()) return;
  if (!stop_.ok()) {
    status_ = stop_;
  } else if (first_error_.find("Excessive depth") != std::string::npos) {
    // libxml2 stops at its own depth limit with a message that suggests an
    // option redovis never uses (XML_PARSE_HUGE); ours says what happened.
    int limit = std::min(max_depth_, static_cast<int>(*x_->xmlParserMaxDepth));
    Fail("xml_too_deep",
         "elements nest deeper than the limit of " + std::to_string(limit) + " levels");
  } else if (!first_error_.empty()) {
    Fail("xml_error",
         "malformed XML at line " + std::to_string(first_error_line_) + ": " + first_error_);
  } else {
    Fail("xml_error", "malformed XML");
  }
}

bool XmlStream::Feed() {
  if (fed_all_ || !ctxt_) return false;
  // Only a run of text still open at the end of the last slice is kept: the
  // next slice may add to it.
  if (next_ < queue_.size()) {
    Queued open = queue_[next_];
    arena_.erase(0, open.text_at);
    arena_.resize(open.text_size);
    open.text_at = 0;
    queue_.assign(1, open);
  } else {
    queue_.clear();
    arena_.clear();
  }
  attrs_.clear();
  next_ = 0;
  size_t n = std::min(kSlice, xml_.size() - fed_);
  bool last = fed_ + n == xml_.size();
  xmlParserCtxtPtr ctxt = Ctxt(ctxt_);
  int got = x_->xmlParseChunk(ctxt, xml_.data() + fed_, static_cast<int>(n), last ? 1 : 0);
  fed_ += n;
  if (last) fed_all_ = true;
  if (got != 0 || !ctxt->wellFormed || !stop_.ok()) {
    parser_failed_ = true;
    fed_all_ = true;
  }
  return true;
}

bool XmlStream::Next() {
  if (done_) return false;
  for (;;) {
    if (next_ < queue_.size()) {
      const Queued& q = queue_[next_];
      // A run of text at the end of what was fed may go on in the next slice.
      bool open_text = q.event == Event::kText && q.joinable && next_ + 1 == queue_.size();
      if (!open_text || fed_all_) {
        ++next_;
        event_ = q.event;
        if (q.event == Event::kText) {
          text_ = std::string_view(arena_).substr(q.text_at, q.text_size);
          return true;
        }
        depth_ = q.depth;
        local_ = q.local;
        ns_ = q.ns;
        attrs_at_ = q.attrs_at;
        attrs_count_ = q.attrs_count;
        return true;
      }
    }
    if (parser_failed_ && next_ >= queue_.size()) {
      FailFromParser();
      return false;
    }
    if (!Feed()) {
      done_ = true;
      return false;
    }
  }
}

bool XmlStream::Attribute(std::string_view ns, std::string_view local, std::string* value) const {
  if (event_ != Event::kStart) return false;
  for (size_t i = attrs_at_; i < attrs_at_ + attrs_count_; ++i) {
    const QueuedAttribute& a = attrs_[i];
    if (local == a.local && ns == a.ns) {
      value->assign(arena_, a.value_at, a.value_size);
      return true;
    }
  }
  return false;
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

bool LineBuilder::HoldsSpacedGap(const std::vector<Segment>& segments) {
  std::string t;
  for (const Segment& seg : segments) t += seg.box == CheckboxState::kNone ? seg.text : "x";
  const size_t first = t.find_first_not_of(' ');
  const size_t gap = first == std::string::npos ? first : t.find("  ", first);
  return gap != std::string::npos && t.find_first_not_of(' ', gap) != std::string::npos;
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

void LineBuilder::TabbedSegmentsToCells(std::vector<Segment>&& segments, std::vector<Cell>* out) {
  std::vector<Segment> stretch;
  auto flush = [&] {
    size_t first = out->size();
    SegmentsToCells(std::move(stretch), out);
    stretch.clear();
    for (size_t i = first; i < out->size(); ++i)
      (*out)[i].text = TrimEdges(std::move((*out)[i].text));
  };
  for (Segment& seg : segments) {
    if (seg.after_tab) flush();
    stretch.push_back(std::move(seg));
  }
  flush();
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
  line.spaced = HoldsSpacedGap(f.segments);
  bool tabbed = std::any_of(f.segments.begin(), f.segments.end(),
                            [](const Segment& seg) { return seg.after_tab; });
  if (tabbed)
    TabbedSegmentsToCells(std::move(f.segments), &line.cells);
  else
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

void LineBuilder::AddTab() {
  if (!InParagraph()) return;
  Frame& f = frames_.back();
  if (!f.own_line) {
    AddText(" ");
    return;
  }
  f.segments.push_back(Segment{CheckboxState::kNone, {}, true});
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
