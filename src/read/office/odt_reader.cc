// The OpenDocument text (.odt) reader: content.xml streamed into lines; a
// flat OpenDocument text (.fodt, the same XML as one file) the same way.
//
// Paragraphs and headings become lines, table rows become lines of cells
// (spanned, covered and repeated cells kept as grid columns), form controls
// and imported Word form fields give their values and check-box states,
// white space is collapsed as ODF prescribes, and notes, annotations and the
// tracked-changes region (deleted text) are not read.
#include "read/office/odt_reader.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include "read/office/office_package.h"
#include "read/office/placed_boxes.h"

namespace redovis {

namespace {

constexpr std::string_view kOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr std::string_view kText = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr std::string_view kTable = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr std::string_view kDraw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
constexpr std::string_view kForm = "urn:oasis:names:tc:opendocument:xmlns:form:1.0";
constexpr std::string_view kSvg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
constexpr std::string_view kXml = "http://www.w3.org/XML/1998/namespace";
constexpr std::string_view kField =
    "urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0";
constexpr std::string_view kLoext =
    "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0";

enum class Tag : unsigned char {
  kOther,
  kSkip,
  kBody,
  kP,
  kS,
  kTab,
  kLineBreak,
  kTable,
  kTableColumn,
  kRow,
  kCell,
  kCoveredCell,
  kForms,
  kFormCheckbox,
  kFormText,
  kControl,
  kFieldmark,
  kFieldmarkStart,
  kFieldmarkSeparator,
  kFieldmarkEnd,
  kFieldParam,
  kContentControl,
  kSection,
  kTextBox,
  kFrame,
};

Tag Classify(std::string_view ns, std::string_view n) {
  if (ns == kText) {
    if (n == "p" || n == "h") return Tag::kP;
    if (n == "s") return Tag::kS;
    if (n == "tab") return Tag::kTab;
    if (n == "line-break") return Tag::kLineBreak;
    if (n == "section") return Tag::kSection;
    // Notes, ruby guide text, the deleted text of tracked changes, placeholders
    // and index templates are not the document's visible text.
    if (n == "note" || n == "ruby-text" || n == "tracked-changes" || n == "placeholder" ||
        n == "sequence-decls" || n == "variable-decls" || n == "user-field-decls" ||
        (n.size() > 7 && n.substr(n.size() - 7) == "-source"))
      return Tag::kSkip;
    return Tag::kOther;
  }
  if (ns == kTable) {
    if (n == "table") return Tag::kTable;
    if (n == "table-column") return Tag::kTableColumn;
    if (n == "table-row") return Tag::kRow;
    if (n == "table-cell") return Tag::kCell;
    if (n == "covered-table-cell") return Tag::kCoveredCell;
    return Tag::kOther;
  }
  if (ns == kOffice) {
    if (n == "body") return Tag::kBody;
    if (n == "forms") return Tag::kForms;
    if (n == "annotation" || n == "event-listeners" || n == "binary-data") return Tag::kSkip;
    return Tag::kOther;
  }
  if (ns == kForm) {
    if (n == "checkbox") return Tag::kFormCheckbox;
    if (n == "text" || n == "textarea" || n == "formatted-text" || n == "combobox")
      return Tag::kFormText;
    return Tag::kOther;
  }
  if (ns == kDraw) {
    if (n == "control") return Tag::kControl;
    if (n == "text-box") return Tag::kTextBox;
    if (n == "frame") return Tag::kFrame;
    return Tag::kOther;
  }
  if (ns == kSvg) {
    if (n == "title" || n == "desc") return Tag::kSkip;
    return Tag::kOther;
  }
  if (ns == kField) {
    if (n == "fieldmark") return Tag::kFieldmark;
    if (n == "fieldmark-start") return Tag::kFieldmarkStart;
    if (n == "fieldmark-separator") return Tag::kFieldmarkSeparator;
    if (n == "fieldmark-end") return Tag::kFieldmarkEnd;
    if (n == "param") return Tag::kFieldParam;
    return Tag::kOther;
  }
  if (ns == kLoext && n == "content-control") return Tag::kContentControl;
  return Tag::kOther;
}

bool IsXmlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

class OdtParser : public PartParser<OdtParser, Tag> {
 public:
  using PartParser::PartParser;

  // The events of StreamPart (office_package.h) not PartParser's.
  bool OnStart(XmlStream& x);
  void OnText(std::string_view text) {
    if (body_depth_ > 0) Text(text);
  }

 private:
  struct Control {
    bool checkbox = false;
    bool checked = false;
    std::string text;  // a check box's label, or a text control's value
  };
  struct Fieldmark {
    std::string type;
    bool checked = false;
    int selected = -1;
    std::vector<std::string> entries;
  };
  struct ContentControl {
    bool suppressing = false;
  };

  void Start(XmlStream& x, Tag tag, bool* skip);
  void End(Tag tag);  // PartParser::OnEnd calls it
  friend class PartParser<OdtParser, Tag>;
  void Text(std::string_view t);
  void Literal(std::string_view t) {
    Out(t);
    if (!space_.empty()) space_.back() = true;
  }
  void Out(std::string_view t) {
    if (suppress_ > 0 || t.empty()) return;
    for (size_t i = held_.size(); i-- > 0;) {
      if (!held_[i].holding) continue;
      if (held_[i].text.size() < (1u << 20)) held_[i].text.append(t);
      return;
    }
    builder_.AddText(t);
    boxes_.Add(t.size());
    placed_.Add(t);
  }
  void ReleaseHeld() {  // at a paragraph end: held text was result after all
    for (Held& h : held_) {
      if (h.holding && suppress_ == 0)
        builder_.AddText(h.text), boxes_.Add(h.text.size()), placed_.Add(h.text);
      h.holding = false;
      h.text.clear();
    }
  }
  std::string Attr(const XmlStream& x, std::string_view ns, std::string_view local) const {
    std::string v;
    if (!x.Attribute(ns, local, &v)) v.clear();
    return v;
  }

  int body_depth_ = 0;  // depth of office:body once inside it
  std::map<std::string, Control> controls_;
  std::string control_id_;   // the form control being read in office:forms
  std::vector<bool> space_;  // per open paragraph: last character was white space
  std::vector<bool> rows_open_, cells_open_;
  std::vector<int> cover_left_;  // per open row: covered cells owed to a span
  std::vector<Fieldmark> fieldmarks_;
  struct Held {
    bool holding = true;  // before the fieldmark's separator
    std::string text;     // text not yet known to be command or result
  };
  std::vector<Held> held_;              // per open fieldmark-start
  std::vector<bool> content_controls_;  // per content control: suppressing its text
  int suppress_ = 0;
  TextBoxTally boxes_;
  PlacedBoxTally placed_;  // the frames anchored to a page at a known place

 public:
  /// The "placed_text_boxes" error for a document of text boxes placed on
  /// its pages (TextBoxTally), else OK: once Parse has run.
  Status PlacedBoxes() const { return boxes_.Refusal("OpenDocument file"); }
  /// The boxes placed on a page (draw:frame anchored to a page, at its
  /// svg:x and svg:y, of its svg:height) when the document's text is theirs
  /// alone (none outside them); else none: once Parse has run.
  std::vector<PlacedBox> PlacedAlone() const { return placed_.Alone(); }
};

void OdtParser::Text(std::string_view t) {
  if (!builder_.InParagraph() || space_.empty()) return;
  // ODF white space: TAB, LF, CR and SPACE collapse to one space, and white
  // space at the start of a paragraph is dropped (text:s and text:tab are literal).
  std::string out;
  out.reserve(t.size());
  bool space = space_.back();
  for (char c : t) {
    if (IsXmlSpace(c)) {
      if (!space) out.push_back(' ');
      space = true;
    } else {
      out.push_back(c);
      space = false;
    }
  }
  space_.back() = space;
  Out(out);
}

void OdtParser::Start(XmlStream& x, Tag tag, bool* skip) {
  switch (tag) {
    case Tag::kTextBox:
      boxes_.Open();
      break;
    case Tag::kFrame: {
      // A frame anchored to a page stands where its svg:x and svg:y say.
      std::string anchor, page, x_at, y_at, height;
      PlacedBox box;
      const bool placed = x.Attribute(kText, "anchor-type", &anchor) && anchor == "page" &&
                          x.Attribute(kSvg, "x", &x_at) && LengthInPoints(x_at, &box.left) &&
                          x.Attribute(kSvg, "y", &y_at) && LengthInPoints(y_at, &box.top) &&
                          x.Attribute(kSvg, "height", &height) &&
                          LengthInPoints(height, &box.height);
      box.page = x.Attribute(kText, "anchor-page-number", &page) ? ParseCount(page, 0) : 1;
      placed_.Open(placed ? &box : nullptr);
      break;
    }
    case Tag::kP:
      builder_.BeginParagraph();
      space_.push_back(true);
      placed_.BeginParagraph();
      break;
    case Tag::kS: {
      std::string c;
      int n = x.Attribute(kText, "c", &c) ? ParseCount(c, 1) : 1;
      Literal(std::string(std::min(std::max(n, 1), 1024), ' '));
      break;
    }
    case Tag::kTab:
      // A tab parts a paragraph of its own into cells (LineBuilder::AddTab);
      // inside a field's text not yet known to be its result it is a space.
      if (std::any_of(held_.begin(), held_.end(), [](const Held& h) { return h.holding; })) {
        Literal(" ");
      } else if (suppress_ == 0) {
        builder_.AddTab();
        placed_.Add(" ");
        if (!space_.empty()) space_.back() = true;
      }
      break;
    case Tag::kLineBreak:
      Literal("\n");
      break;
    case Tag::kSection: {
      std::string display;
      if (x.Attribute(kText, "display", &display) && display == "none") *skip = true;
      break;
    }
    case Tag::kTable:
      builder_.BeginTable();
      break;
    case Tag::kTableColumn: {
      std::string r;
      builder_.AddGridColumns(x.Attribute(kTable, "number-columns-repeated", &r) ? ParseCount(r, 1)
                                                                                 : 1);
      break;
    }
    case Tag::kRow: {
      bool open = builder_.BeginRow();
      rows_open_.push_back(open);
      cover_left_.push_back(0);
      std::string r;
      if (open && x.Attribute(kTable, "number-rows-repeated", &r))
        builder_.SetRowRepeat(ParseCount(r, 1));
      break;
    }
    case Tag::kCell: {
      bool open = builder_.BeginCell();
      cells_open_.push_back(open);
      std::string v;
      int span = x.Attribute(kTable, "number-columns-spanned", &v) ? ParseCount(v, 1) : 1;
      if (span < 1) span = 1;
      if (open) {
        builder_.SetCellSpan(span);
        if (x.Attribute(kTable, "number-columns-repeated", &v))
          builder_.SetCellRepeat(ParseCount(v, 1));
      }
      if (!cover_left_.empty()) cover_left_.back() = span - 1;
      break;
    }
    case Tag::kCoveredCell: {
      // Cells covered by a span to their left were already added with the
      // spanning cell; cells covered from above are empty cells here.
      std::string v;
      int n = x.Attribute(kTable, "number-columns-repeated", &v) ? ParseCount(v, 1) : 1;
      if (n < 1) n = 1;
      if (!cover_left_.empty()) {
        int owed = std::min(n, cover_left_.back());
        cover_left_.back() -= owed;
        n -= owed;
      }
      builder_.AddEmptyCells(std::min(n, 1024));
      *skip = true;  // its content is hidden under the spanning cell
      break;
    }
    case Tag::kFormCheckbox:
    case Tag::kFormText: {
      if (tags_.size() < 2) break;
      std::string id;
      if (!x.Attribute(kXml, "id", &id)) x.Attribute(kForm, "id", &id);
      if (id.empty() || controls_.size() >= 10000) break;
      Control c;
      if (tag == Tag::kFormCheckbox) {
        c.checkbox = true;
        std::string state;
        if (x.Attribute(kForm, "current-state", &state)) {
          c.checked = state == "checked";
        } else if (x.Attribute(kForm, "state", &state)) {
          c.checked = state == "checked";
        }
        x.Attribute(kForm, "label", &c.text);
      } else {
        if (!x.Attribute(kForm, "current-value", &c.text)) x.Attribute(kForm, "value", &c.text);
      }
      controls_[id] = std::move(c);
      break;
    }
    case Tag::kControl: {
      std::string id;
      x.Attribute(kDraw, "control", &id);
      auto it = controls_.find(id);
      if (it == controls_.end() || suppress_ > 0) break;
      if (it->second.checkbox) {
        builder_.AddCheckbox(it->second.checked ? CheckboxState::kChecked
                                                : CheckboxState::kUnchecked);
        if (!it->second.text.empty()) builder_.AddText(" " + it->second.text);
      } else if (!it->second.text.empty()) {
        builder_.AddText(it->second.text);
      }
      if (!space_.empty()) space_.back() = false;
      break;
    }
    case Tag::kFieldmark: {
      Fieldmark f;
      x.Attribute(kField, "type", &f.type);
      if (fieldmarks_.size() < 64) fieldmarks_.push_back(std::move(f));
      break;
    }
    case Tag::kFieldmarkStart:
      // Until its separator (if any) the text of a fieldmark may be its command:
      // it is held back, then dropped at a separator or kept at the end.
      if (held_.size() < 64) held_.emplace_back();
      break;
    case Tag::kFieldmarkSeparator:
      if (!held_.empty()) {
        held_.back().holding = false;
        held_.back().text.clear();
      }
      break;
    case Tag::kFieldmarkEnd:
      if (!held_.empty()) {
        Held h = std::move(held_.back());
        held_.pop_back();
        if (h.holding) Out(h.text);
      }
      break;
    case Tag::kFieldParam: {
      if (fieldmarks_.empty() || tags_.size() < 2 || tags_[tags_.size() - 2] != Tag::kFieldmark)
        break;
      std::string name, value;
      x.Attribute(kField, "name", &name);
      x.Attribute(kField, "value", &value);
      Fieldmark& f = fieldmarks_.back();
      if (name == "Checkbox_Checked") f.checked = value == "true" || value == "1";
      if (name == "Dropdown_Selected") f.selected = ParseCount(value, -1);
      if (name == "Dropdown_ListEntry" && f.entries.size() < 256) f.entries.push_back(value);
      break;
    }
    case Tag::kContentControl: {
      std::string v;
      bool checkbox = x.Attribute(kLoext, "checkbox", &v) && v == "true";
      bool placeholder = x.Attribute(kLoext, "showing-place-holder", &v) && v == "true";
      if (checkbox) {
        bool checked = x.Attribute(kLoext, "checked", &v) && v == "true";
        if (suppress_ == 0)
          builder_.AddCheckbox(checked ? CheckboxState::kChecked : CheckboxState::kUnchecked);
      }
      content_controls_.push_back(checkbox || placeholder);
      if (checkbox || placeholder) ++suppress_;
      break;
    }
    default:
      break;
  }
}

void OdtParser::End(Tag tag) {
  switch (tag) {
    case Tag::kTextBox:
      boxes_.Close();
      break;
    case Tag::kFrame:
      placed_.Close();
      break;
    case Tag::kP:
      ReleaseHeld();  // a command never crosses a paragraph end
      builder_.EndParagraph();
      if (!space_.empty()) space_.pop_back();
      break;
    case Tag::kTable:
      builder_.EndTable();
      break;
    case Tag::kRow:
      if (!rows_open_.empty()) {
        if (rows_open_.back()) builder_.EndRow();
        rows_open_.pop_back();
      }
      if (!cover_left_.empty()) cover_left_.pop_back();
      break;
    case Tag::kCell:
      if (!cells_open_.empty()) {
        if (cells_open_.back()) builder_.EndCell();
        cells_open_.pop_back();
      }
      break;
    case Tag::kFieldmark: {
      if (fieldmarks_.empty()) break;
      Fieldmark f = std::move(fieldmarks_.back());
      fieldmarks_.pop_back();
      if (suppress_ > 0) break;
      if (f.type.find("FORMCHECKBOX") != std::string::npos) {
        builder_.AddCheckbox(f.checked ? CheckboxState::kChecked : CheckboxState::kUnchecked);
      } else if (f.type.find("FORMDROPDOWN") != std::string::npos) {
        int i = f.selected >= 0 ? f.selected : 0;
        if (static_cast<size_t>(i) < f.entries.size()) builder_.AddText(f.entries[i]);
      }
      break;
    }
    case Tag::kContentControl:
      if (!content_controls_.empty()) {
        if (content_controls_.back()) --suppress_;
        content_controls_.pop_back();
      }
      break;
    default:
      break;
  }
}

bool OdtParser::OnStart(XmlStream& x) {
  Tag tag = Classify(x.ns(), x.local_name());
  // Only office:body holds content; styles, fonts and scripts are skipped.
  if (x.depth() == 2 && tag != Tag::kBody) tag = Tag::kSkip;
  if (tag == Tag::kBody) body_depth_ = x.depth();
  bool skip = tag == Tag::kSkip;
  if (!skip) {
    tags_.push_back(tag);
    Start(x, tag, &skip);
    if (skip) tags_.pop_back();
  }
  if (skip && tag == Tag::kSkip && x.local_name() == "tracked-changes") warnings_.TrackedChanges();
  return skip;
}

/// The document body of the content part `xml` (named `part`) into `*out`,
/// whose format is already set; what both ReadOdt and ReadFlatOdt share.
Status ReadContent(std::string_view xml, const std::string& part, const ReadOptions& options,
                   Document* doc) {
  doc->lines.reserve(xml.size() / 1500 + 16);
  OdtParser parser(doc, options.max_xml_depth);
  Status s = parser.Parse(xml, part);
  if (!s.ok()) return s;
  s = parser.PlacedBoxes();
  if (s.ok()) return s;
  // A PDF converted by its positions: its lines are read by their places
  // when every piece of its text stands in a box placed on a page.
  std::vector<PlacedBox> placed = parser.PlacedAlone();
  if (placed.empty()) return s;
  Document laid_out;
  Status read = ReadPlacedBoxes(placed, doc->format, &laid_out);
  if (!read.ok()) return read;
  laid_out.warnings.insert(laid_out.warnings.begin(), doc->warnings.begin(), doc->warnings.end());
  *doc = std::move(laid_out);
  return Status();
}

Status ReadOdtImpl(std::string_view bytes, const ReadOptions& options, Document* out) {
  std::unique_ptr<ZipArchive> zip;
  Status s = OpenPackage(bytes, options, &zip);
  if (!s.ok()) return s;
  const std::string part = "content.xml";
  if (!zip->Contains(part)) {
    return Status::Error("missing_part",
                         "the zip archive has no content.xml: it is not an OpenDocument file");
  }
  Document doc;
  doc.format = "odt";
  std::string mimetype;
  if (zip->Contains("mimetype") && zip->Read("mimetype", &mimetype).ok() &&
      mimetype.rfind("application/vnd.oasis.opendocument.text", 0) != 0) {
    doc.warnings.push_back("the package says it is " + mimetype.substr(0, 100) +
                           ", not an OpenDocument text; its text body is read if it has one");
  }
  std::string xml;
  s = zip->Read(part, &xml);
  if (!s.ok()) return s;
  s = ReadContent(xml, part, options, &doc);
  if (!s.ok()) return s;
  *out = std::move(doc);
  return Status();
}

Status ReadFlatOdtImpl(std::string_view bytes, const ReadOptions& options, Document* out) {
  if (bytes.size() > options.max_part_bytes) {
    return Status::Error("zip_limits", "the flat OpenDocument file is larger than " +
                                           std::to_string(options.max_part_bytes) + " bytes");
  }
  Document doc;
  doc.format = "fodt";
  Status s = ReadContent(bytes, "the flat OpenDocument file", options, &doc);
  if (!s.ok()) return s;
  *out = std::move(doc);
  return Status();
}

}  // namespace

Status ReadOdt(std::string_view bytes, const ReadOptions& options, Document* out) {
  return ReadAtBoundary("odt", "OpenDocument file", out,
                        [&] { return ReadOdtImpl(bytes, options, out); });
}

Status ReadFlatOdt(std::string_view bytes, const ReadOptions& options, Document* out) {
  return ReadAtBoundary("fodt", "flat OpenDocument file", out,
                        [&] { return ReadFlatOdtImpl(bytes, options, out); });
}

}  // namespace redovis
