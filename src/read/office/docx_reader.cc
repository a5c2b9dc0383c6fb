// The Word (.docx) reader: word/document.xml streamed into lines.
//
// Paragraphs become lines, table rows become lines of cells (grid columns kept
// with gridSpan, gridBefore/After and vMerge), legacy form fields and content
// controls give their results and check-box states (a check-box control whose
// content a tracked change deleted gives none), tracked changes are read as
// accepted, and nothing outside the main story (headers, footers, notes,
// comments) is read; an embedded document (w:altChunk) is noted, not read.
#include "read/office/docx_reader.h"

#include <array>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "read/glyphs.h"
#include "read/office/office_package.h"
#include "read/office/placed_boxes.h"

namespace redovis {

namespace {

constexpr std::string_view kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr std::string_view kW14 = "http://schemas.microsoft.com/office/word/2010/wordml";
constexpr std::string_view kMc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
constexpr std::string_view kWp =
    "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
/// English Metric Units a point.
constexpr double kEmuPerPoint = 12700;
/// Sets `*points` to the length `s` in English Metric Units (a whole number,
/// as DrawingML writes them) in points and returns true; false (`*points`
/// 0) for no number or one past a million points.
bool EmuInPoints(const std::string& s, double* points) {
  *points = 0;
  char* end = nullptr;
  const double emu = std::strtod(s.c_str(), &end);
  if (end == s.c_str() || !std::isfinite(emu) || std::fabs(emu) > 1e6 * kEmuPerPoint) return false;
  *points = emu / kEmuPerPoint;
  return true;
}

/// The note a document with text boxes gets when they are read in its flow.
constexpr char kTextboxNote[] =
    "text boxes are read as lines after the paragraph or row that holds them";
constexpr std::string_view kRelNs =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr std::string_view kRelNsStrict = "http://purl.oclc.org/ooxml/officeDocument/relationships";
constexpr std::string_view kRels = "http://schemas.openxmlformats.org/package/2006/relationships";

enum class Tag : unsigned char {
  kOther,
  kBody,
  kP,
  kPPr,
  kR,
  kRPr,
  kT,
  kTab,
  kPTab,
  kBr,
  kCr,
  kNoBreakHyphen,
  kSym,
  kVanish,
  kFldChar,
  kFfData,
  kCheckBox,
  kDefault,
  kChecked,
  kDdList,
  kResult,
  kListEntry,
  kDel,
  kMoveFrom,
  kIns,
  kMoveTo,
  kTbl,
  kTblGrid,
  kGridCol,
  kTr,
  kTrPr,
  kGridBefore,
  kGridAfter,
  kTc,
  kTcPr,
  kGridSpan,
  kVMerge,
  kHMerge,
  kSdt,
  kSdtPr,
  kSdtContent,
  kShowingPlcHdr,
  kTxbxContent,
  kActiveX,
  kSkip,
  kW14Checkbox,
  kW14Checked,
  kAlternateContent,
  kChoice,
  kFallback,
  kAltChunk,
  kAnchor,
  kPositionH,
  kPositionV,
  kPosOffset,
  kExtent,
};

struct NameTag {
  std::string_view name;
  Tag tag;
};

// Word elements that matter; everything else is walked through (its w:t
// descendants still count) or, for kSkip, skipped with all it holds.
constexpr NameTag kWordTags[] = {
    {"body", Tag::kBody},
    {"p", Tag::kP},
    {"pPr", Tag::kPPr},
    {"r", Tag::kR},
    {"rPr", Tag::kRPr},
    {"t", Tag::kT},
    {"tab", Tag::kTab},
    {"ptab", Tag::kPTab},
    {"br", Tag::kBr},
    {"cr", Tag::kCr},
    {"noBreakHyphen", Tag::kNoBreakHyphen},
    {"sym", Tag::kSym},
    {"vanish", Tag::kVanish},
    {"fldChar", Tag::kFldChar},
    {"ffData", Tag::kFfData},
    {"checkBox", Tag::kCheckBox},
    {"default", Tag::kDefault},
    {"checked", Tag::kChecked},
    {"ddList", Tag::kDdList},
    {"result", Tag::kResult},
    {"listEntry", Tag::kListEntry},
    {"del", Tag::kDel},
    {"moveFrom", Tag::kMoveFrom},
    {"ins", Tag::kIns},
    {"moveTo", Tag::kMoveTo},
    {"tbl", Tag::kTbl},
    {"tblGrid", Tag::kTblGrid},
    {"gridCol", Tag::kGridCol},
    {"tr", Tag::kTr},
    {"trPr", Tag::kTrPr},
    {"gridBefore", Tag::kGridBefore},
    {"gridAfter", Tag::kGridAfter},
    {"tc", Tag::kTc},
    {"tcPr", Tag::kTcPr},
    {"gridSpan", Tag::kGridSpan},
    {"vMerge", Tag::kVMerge},
    {"hMerge", Tag::kHMerge},
    {"sdt", Tag::kSdt},
    {"sdtPr", Tag::kSdtPr},
    {"sdtContent", Tag::kSdtContent},
    {"showingPlcHdr", Tag::kShowingPlcHdr},
    {"txbxContent", Tag::kTxbxContent},
    {"control", Tag::kActiveX},
    {"altChunk", Tag::kAltChunk},
    // Skipped: ruby guide text, section properties (header/footer references),
    // the text of deleted runs and field instructions.
    {"rt", Tag::kSkip},
    {"sectPr", Tag::kSkip},
    {"delText", Tag::kSkip},
    {"instrText", Tag::kSkip},
    {"delInstrText", Tag::kSkip},
    {"tblPr", Tag::kSkip},
    {"customXmlPr", Tag::kSkip},
    {"sdtEndPr", Tag::kSkip},
};

/// The kWordTags whose names start with `c`, in the table's order, sorted
/// out once: an element's name is compared only with those (a Word part has
/// tens of thousands of elements, the table fifty names).
const std::vector<NameTag>& WordTagsStartingWith(char c) {
  static const std::array<std::vector<NameTag>, 128> kByFirst = [] {
    std::array<std::vector<NameTag>, 128> by_first;
    for (const NameTag& nt : kWordTags)
      by_first[static_cast<unsigned char>(nt.name[0]) & 0x7F].push_back(nt);
    return by_first;
  }();
  static const std::vector<NameTag> kNone;
  auto u = static_cast<unsigned char>(c);
  return u < 128 ? kByFirst[u] : kNone;
}

Tag Classify(std::string_view ns, std::string_view local) {
  if (ns == kW || ns == kWStrict) {
    if (local.empty()) return Tag::kOther;
    for (const NameTag& nt : WordTagsStartingWith(local[0]))
      if (nt.name == local) return nt.tag;
    return Tag::kOther;
  }
  if (ns == kW14) {
    if (local == "checkbox") return Tag::kW14Checkbox;
    if (local == "checked") return Tag::kW14Checked;
    return Tag::kOther;
  }
  if (ns == kMc) {
    if (local == "AlternateContent") return Tag::kAlternateContent;
    if (local == "Choice") return Tag::kChoice;
    if (local == "Fallback") return Tag::kFallback;
  }
  if (ns == kWp) {
    if (local == "anchor") return Tag::kAnchor;
    if (local == "positionH") return Tag::kPositionH;
    if (local == "positionV") return Tag::kPositionV;
    if (local == "posOffset") return Tag::kPosOffset;
    if (local == "extent") return Tag::kExtent;
  }
  return Tag::kOther;
}

class DocxParser : public PartParser<DocxParser, Tag> {
 public:
  using PartParser::PartParser;

  // The events of StreamPart (office_package.h) not PartParser's.
  bool OnStart(XmlStream& x);
  void OnText(std::string_view text) {
    if (tags_.empty()) return;
    if (tags_.back() == Tag::kT) Text(text);
    if (tags_.back() == Tag::kPosOffset && offset_.size() < 32) offset_.append(text);
  }

 private:
  struct Field {
    bool instruction = true;  // between begin and separate
    bool begin_open = true;   // the begin fldChar element has not ended yet
    bool checkbox = false, checked_set = false, checked = false, default_on = false;
    bool dropdown = false;
    int result = -1, dd_default = -1;
    std::vector<std::string> entries;
  };
  struct Sdt {
    bool checkbox = false, checked = false, placeholder = false, suppressing = false;
    // A check-box control's content: a run shown, a run hidden (w:vanish) or
    // deleted by a tracked change. A control that shows nothing is not there.
    bool shown_run = false, unshown_run = false;
  };

  Tag Parent(size_t up = 1) const {
    return tags_.size() > up ? tags_[tags_.size() - 1 - up] : Tag::kOther;
  }
  bool Suppressed() const {
    if (run_hidden_ || suppress_ > 0) return true;
    for (const Field& f : fields_)
      if (f.instruction) return true;
    return false;
  }
  void Text(std::string_view t) {
    if (Suppressed()) return;
    builder_.AddText(t);
    boxes_.Add(t.size());
    placed_.Add(t);
  }
  /// A drawing anchored in the text (wp:anchor): where it stands, in points
  /// from what it is placed relative to, and how high; placed once both
  /// offsets and the height are read (the `_set` flags).
  struct Anchor {
    std::string relative_h, relative_v;
    bool h_set = false, v_set = false, height_set = false;
    double left = 0, top = 0, height = 0;
    int paragraph = 0;  // the body paragraph it is anchored in
  };
  /// Opens a text box's content in `placed_`: placed where the drawing
  /// anchored last says, when it says; notes whether every placed box is
  /// anchored alike, in one paragraph (`one_anchoring_`).
  void StartTextBox();
  std::string Val(const XmlStream& x) const {
    std::string v;
    if (!x.Attribute(ns_, "val", &v)) v.clear();
    return v;
  }
  bool OnOff(const XmlStream& x) const {
    std::string v;
    bool present = x.Attribute(ns_, "val", &v);
    return OnOffValue(present, v);
  }
  void Start(XmlStream& x, Tag tag);
  void End(Tag tag);  // PartParser::OnEnd calls it
  friend class PartParser<DocxParser, Tag>;

  bool saw_root_ = false;
  std::string_view ns_ = kW;  // the namespace of the document's w: elements
  std::vector<Field> fields_;
  int field_overflow_ = 0;
  std::vector<Sdt> sdts_;
  std::vector<bool> alternate_taken_;
  std::vector<bool> rows_open_, cells_open_;
  std::vector<int> grid_after_;
  bool run_hidden_ = false;
  int suppress_ = 0;
  TextBoxTally boxes_;
  std::vector<Anchor> anchors_;  // the wp:anchor elements open
  std::string offset_;           // the text of the wp:posOffset open
  int body_paragraphs_ = 0;      // paragraphs begun outside text boxes
  PlacedBoxTally placed_;        // the text boxes anchored at a known place
  size_t placed_count_ = 0;      // how many of them
  bool one_anchoring_ = true;    // every placed box anchored alike, in one paragraph
  Anchor first_;

 public:
  /// The "placed_text_boxes" error for a document of text boxes placed on
  /// its pages (TextBoxTally), else OK: once Parse has run.
  Status PlacedBoxes() const { return boxes_.Refusal("Word document"); }
  /// The text boxes anchored at a known place (wp:anchor's offsets and
  /// extent), their pages numbered from the order they are written in
  /// (PagesFromOrder), when the document's text is theirs alone, every box
  /// is anchored in one paragraph relative to the same things, and that
  /// order is a page order; else none: once Parse has run.
  std::vector<PlacedBox> PlacedAlone() const {
    std::vector<PlacedBox> boxes = placed_.Alone();
    if (!one_anchoring_ || !PagesFromOrder(&boxes)) return {};
    return boxes;
  }
};

void DocxParser::StartTextBox() {
  // A text box of the drawing anchored last, where it says it stands.
  if (anchors_.empty() || !anchors_.back().h_set || !anchors_.back().v_set ||
      !anchors_.back().height_set) {
    placed_.Open(nullptr);
    return;
  }
  const Anchor& a = anchors_.back();
  if (placed_count_++ == 0) {
    first_ = a;
  } else if (a.relative_h != first_.relative_h || a.relative_v != first_.relative_v ||
             a.paragraph != first_.paragraph) {
    one_anchoring_ = false;
  }
  PlacedBox box;
  box.left = a.left, box.top = a.top, box.height = a.height;
  placed_.Open(&box);
}

void DocxParser::Start(XmlStream& x, Tag tag) {
  switch (tag) {
    case Tag::kP:
      builder_.BeginParagraph();
      if (!placed_.InBox()) ++body_paragraphs_;
      placed_.BeginParagraph();
      break;
    case Tag::kR:
      run_hidden_ = false;
      break;
    case Tag::kAnchor:
      // (Nesting is bounded by the part's depth limit, as every stack here.)
      anchors_.emplace_back().paragraph = body_paragraphs_;
      break;
    case Tag::kPositionH:
    case Tag::kPositionV:
      if (!anchors_.empty() && Parent() == Tag::kAnchor) {
        std::string from;
        x.Attribute("", "relativeFrom", &from);
        (tag == Tag::kPositionH ? anchors_.back().relative_h : anchors_.back().relative_v) = from;
      }
      break;
    case Tag::kPosOffset:
      offset_.clear();
      break;
    case Tag::kExtent:
      if (std::string cy;
          !anchors_.empty() && Parent() == Tag::kAnchor && x.Attribute("", "cy", &cy)) {
        anchors_.back().height_set =
            EmuInPoints(cy, &anchors_.back().height) && anchors_.back().height >= 0;
      }
      break;
    case Tag::kVanish:
      if (Parent() == Tag::kRPr && Parent(2) == Tag::kR) run_hidden_ = OnOff(x);
      break;
    case Tag::kTab:
    case Tag::kPTab:
      if (Parent() == Tag::kR && !Suppressed()) builder_.AddTab();
      break;
    case Tag::kBr:
    case Tag::kCr:
      if (Parent() == Tag::kR) Text("\n");
      break;
    case Tag::kNoBreakHyphen:
      if (Parent() == Tag::kR) Text("-");
      break;
    case Tag::kSym: {
      if (Parent() != Tag::kR || Suppressed()) break;
      std::string font, code;
      x.Attribute(ns_, "font", &font);
      x.Attribute(ns_, "char", &code);
      unsigned long value = std::strtoul(code.c_str(), nullptr, 16);
      UChar32 cp = value > 0x10FFFF ? kReplacementCharacter : static_cast<UChar32>(value);
      // A check box of the glyph table; else the character as text, unless it
      // is a symbol font's private-use code, which means nothing as text.
      CheckboxState box = SymbolBoxState(font, cp);
      if (box != CheckboxState::kNone) {
        builder_.AddCheckbox(box);
      } else if (cp != 0 && !(cp >= 0xF000 && cp <= 0xF0FF)) {
        builder_.AddText(EncodeUtf8(cp));
      }
      break;
    }
    case Tag::kFldChar: {
      std::string type;
      x.Attribute(ns_, "fldCharType", &type);
      if (type == "begin") {
        if (fields_.size() < 64) {
          fields_.emplace_back();
        } else {
          ++field_overflow_;
        }
      } else if (type == "separate") {
        if (!fields_.empty() && field_overflow_ == 0) fields_.back().instruction = false;
      } else if (type == "end") {
        if (field_overflow_ > 0) {
          --field_overflow_;
        } else if (!fields_.empty()) {
          fields_.pop_back();
        }
      }
      break;
    }
    case Tag::kCheckBox:
      if (Parent() == Tag::kFfData && !fields_.empty()) fields_.back().checkbox = true;
      break;
    case Tag::kDdList:
      if (Parent() == Tag::kFfData && !fields_.empty()) fields_.back().dropdown = true;
      break;
    case Tag::kDefault:
      if (fields_.empty()) break;
      if (Parent() == Tag::kCheckBox) fields_.back().default_on = OnOff(x);
      if (Parent() == Tag::kDdList) fields_.back().dd_default = ParseCount(Val(x), -1);
      break;
    case Tag::kChecked:
      if (Parent() == Tag::kCheckBox && !fields_.empty()) {
        fields_.back().checked_set = true;
        fields_.back().checked = OnOff(x);
      }
      break;
    case Tag::kResult:
      if (Parent() == Tag::kDdList && !fields_.empty())
        fields_.back().result = ParseCount(Val(x), -1);
      break;
    case Tag::kListEntry:
      if (Parent() == Tag::kDdList && !fields_.empty() && fields_.back().entries.size() < 256)
        fields_.back().entries.push_back(Val(x));
      break;
    case Tag::kIns:
    case Tag::kMoveTo:
      if (Parent() != Tag::kRPr && Parent() != Tag::kTrPr && Parent() != Tag::kTcPr)
        warnings_.TrackedChanges();
      break;
    case Tag::kTbl:
      builder_.BeginTable();
      break;
    case Tag::kGridCol:
      if (Parent() == Tag::kTblGrid) builder_.AddGridColumns(1);
      break;
    case Tag::kTr:
      rows_open_.push_back(builder_.BeginRow());
      grid_after_.push_back(0);
      break;
    case Tag::kGridBefore:
      if (Parent() == Tag::kTrPr) builder_.AddEmptyCells(ParseCount(Val(x), 0));
      break;
    case Tag::kGridAfter:
      if (Parent() == Tag::kTrPr && !grid_after_.empty())
        grid_after_.back() = ParseCount(Val(x), 0);
      break;
    case Tag::kTc:
      cells_open_.push_back(builder_.BeginCell());
      break;
    case Tag::kGridSpan:
      if (Parent() == Tag::kTcPr) builder_.SetCellSpan(ParseCount(Val(x), 1));
      break;
    case Tag::kVMerge:
      // A vMerge without a value, or "continue", continues the cell above.
      if (Parent() == Tag::kTcPr) {
        std::string v;
        if (!x.Attribute(ns_, "val", &v) || v == "continue") builder_.SetCellCovered();
      }
      break;
    case Tag::kHMerge:
      if (Parent() == Tag::kTcPr && Val(x) == "continue") builder_.SetCellCovered();
      break;
    case Tag::kSdt:
      sdts_.emplace_back();
      break;
    case Tag::kShowingPlcHdr:
      if (Parent() == Tag::kSdtPr && !sdts_.empty()) sdts_.back().placeholder = OnOff(x);
      break;
    case Tag::kW14Checkbox:
      if (Parent() == Tag::kSdtPr && !sdts_.empty()) sdts_.back().checkbox = true;
      break;
    case Tag::kW14Checked:
      if (Parent() == Tag::kW14Checkbox && !sdts_.empty()) {
        std::string v;
        bool present = x.Attribute(kW14, "val", &v);
        sdts_.back().checked = OnOffValue(present, v);
      }
      break;
    case Tag::kSdtContent:
      if (!sdts_.empty() && (sdts_.back().checkbox || sdts_.back().placeholder)) {
        sdts_.back().suppressing = true;
        ++suppress_;
        if (sdts_.back().placeholder)
          warnings_.Add("placeholder", "content-control placeholder text was left out");
      }
      break;
    case Tag::kTxbxContent:
      boxes_.Open();
      warnings_.Add("textbox", kTextboxNote);
      StartTextBox();
      break;
    case Tag::kAlternateContent:
      alternate_taken_.push_back(false);
      break;
    case Tag::kAltChunk: {
      // Word shows another document here (HTML, RTF, a .docx) imported when
      // it opens; its answers are not in this part.
      std::string id;
      if (!x.Attribute(kRelNs, "id", &id)) x.Attribute(kRelNsStrict, "id", &id);
      warnings_.Add("altchunk", "the document embeds another document (w:altChunk " +
                                    id.substr(0, 40) + ") that Word shows in its place; " +
                                    "what it holds is not read");
      break;
    }
    case Tag::kActiveX:
      warnings_.Add(
          "activex",
          "the document has ActiveX controls; their values are not read (their state is unknown)");
      break;
    default:
      break;
  }
}

void DocxParser::End(Tag tag) {
  switch (tag) {
    case Tag::kP:
      // A field instruction never crosses a paragraph mark: whatever follows is result.
      for (Field& f : fields_) f.instruction = false;
      builder_.EndParagraph();
      break;
    case Tag::kR:
      if (!sdts_.empty()) (run_hidden_ ? sdts_.back().unshown_run : sdts_.back().shown_run) = true;
      run_hidden_ = false;
      break;
    case Tag::kFldChar: {
      if (fields_.empty() || !fields_.back().begin_open) break;
      Field& f = fields_.back();
      f.begin_open = false;
      bool outer_instruction = false;
      for (size_t i = 0; i + 1 < fields_.size(); ++i)
        if (fields_[i].instruction) outer_instruction = true;
      if (outer_instruction || run_hidden_ || suppress_ > 0) break;
      if (f.checkbox) {
        bool on = f.checked_set ? f.checked : f.default_on;
        builder_.AddCheckbox(on ? CheckboxState::kChecked : CheckboxState::kUnchecked);
      } else if (f.dropdown) {
        int i = f.result >= 0 ? f.result : (f.dd_default >= 0 ? f.dd_default : 0);
        if (i >= 0 && static_cast<size_t>(i) < f.entries.size()) builder_.AddText(f.entries[i]);
      }
      break;
    }
    case Tag::kTbl:
      builder_.EndTable();
      break;
    case Tag::kTr:
      if (!rows_open_.empty()) {
        if (rows_open_.back()) {
          if (!grid_after_.empty()) builder_.AddEmptyCells(grid_after_.back());
          builder_.EndRow();
        }
        rows_open_.pop_back();
      }
      if (!grid_after_.empty()) grid_after_.pop_back();
      break;
    case Tag::kTc:
      if (!cells_open_.empty()) {
        if (cells_open_.back()) builder_.EndCell();
        cells_open_.pop_back();
      }
      break;
    case Tag::kSdtContent:
      if (!sdts_.empty() && sdts_.back().suppressing) {
        sdts_.back().suppressing = false;
        --suppress_;
      }
      break;
    case Tag::kSdt:
      if (sdts_.empty()) break;
      // Its content suppressed, a check-box control is its state, at its place;
      // unless all it showed was deleted (a tracked change) or hidden.
      if (const Sdt& c = sdts_.back();
          c.checkbox && !Suppressed() && (c.shown_run || !c.unshown_run))
        builder_.AddCheckbox(c.checked ? CheckboxState::kChecked : CheckboxState::kUnchecked);
      sdts_.pop_back();
      break;
    case Tag::kAlternateContent:
      if (!alternate_taken_.empty()) alternate_taken_.pop_back();
      break;
    case Tag::kTxbxContent:
      boxes_.Close();
      placed_.Close();
      break;
    case Tag::kAnchor:
      if (!anchors_.empty()) anchors_.pop_back();
      break;
    case Tag::kPosOffset:
      // An offset in EMU, relative to what its positionH or positionV names.
      // (The element is popped: its parent is the innermost open.)
      if (!anchors_.empty() && (Parent(0) == Tag::kPositionH || Parent(0) == Tag::kPositionV)) {
        Anchor& a = anchors_.back();
        const bool h = Parent(0) == Tag::kPositionH;
        (h ? a.h_set : a.v_set) = EmuInPoints(offset_, h ? &a.left : &a.top);
      }
      break;
    default:
      break;
  }
}

bool DocxParser::OnStart(XmlStream& x) {
  if (!saw_root_) {
    saw_root_ = true;
    if (x.ns() == kWStrict) ns_ = kWStrict;
  }
  Tag tag = Classify(x.ns(), x.local_name());
  bool skip = tag == Tag::kSkip;
  if (tag == Tag::kDel || tag == Tag::kMoveFrom) {
    if (Parent(0) == Tag::kRPr && Parent(1) == Tag::kPPr) {
      builder_.JoinNextParagraph();  // the paragraph mark itself was deleted
    } else if (Parent(0) == Tag::kTrPr) {
      builder_.DropRow();
    } else if (Parent(0) != Tag::kRPr && Parent(0) != Tag::kTcPr) {
      skip = true;  // deleted or moved-away content
      if (!sdts_.empty()) sdts_.back().unshown_run = true;
    }
    warnings_.TrackedChanges();
  } else if (tag == Tag::kChoice || tag == Tag::kFallback) {
    // Of alternative renderings (e.g. a text box as DrawingML and as VML) read one.
    if (alternate_taken_.empty() || alternate_taken_.back()) {
      skip = true;
    } else {
      alternate_taken_.back() = true;
    }
  }
  if (skip) return true;
  tags_.push_back(tag);
  Start(x, tag);
  return false;
}

/// The main document part named by the package relationships, or "".
std::string MainPartFromRels(ZipArchive* zip, int max_depth) {
  std::string rels;
  if (!zip->Contains("_rels/.rels") || !zip->Read("_rels/.rels", &rels).ok()) return "";
  XmlStream x(rels, "_rels/.rels", max_depth);
  while (x.Next()) {
    if (x.event() != XmlStream::Event::kStart || x.local_name() != "Relationship" ||
        x.ns() != kRels)
      continue;
    std::string type, target;
    x.Attribute("", "Type", &type);
    x.Attribute("", "Target", &target);
    if (type.size() >= 15 && type.compare(type.size() - 15, 15, "/officeDocument") == 0) {
      while (!target.empty() && target[0] == '/') target.erase(0, 1);
      return target;
    }
  }
  return "";
}

Status ReadDocxImpl(std::string_view bytes, const ReadOptions& options, Document* out) {
  std::unique_ptr<ZipArchive> zip;
  Status s = OpenPackage(bytes, options, &zip);
  if (!s.ok()) return s;
  std::string part = "word/document.xml";
  if (!zip->Contains(part)) {
    std::string main = MainPartFromRels(zip.get(), options.max_xml_depth);
    if (main.empty() || !zip->Contains(main)) {
      return Status::Error("missing_part",
                           "the zip archive has no word/document.xml: it is not a Word document");
    }
    part = main;
  }
  std::string xml;
  s = zip->Read(part, &xml);
  if (!s.ok()) return s;
  Document doc;
  doc.format = "docx";
  doc.lines.reserve(xml.size() / 1500 + 16);
  DocxParser parser(&doc, options.max_xml_depth);
  s = parser.Parse(xml, part);
  if (!s.ok()) return s;
  s = parser.PlacedBoxes();
  if (!s.ok()) {
    // A PDF converted by its positions: its lines are read by their places
    // when every piece of its text stands in a box placed so.
    std::vector<PlacedBox> placed = parser.PlacedAlone();
    if (placed.empty()) return s;
    Document laid_out;
    Status read = ReadPlacedBoxes(placed, doc.format, &laid_out);
    if (!read.ok()) return read;
    for (std::string& w : doc.warnings)
      if (w != kTextboxNote) laid_out.warnings.insert(laid_out.warnings.end() - 1, std::move(w));
    doc = std::move(laid_out);
  }
  *out = std::move(doc);
  return Status();
}

}  // namespace

Status ReadDocx(std::string_view bytes, const ReadOptions& options, Document* out) {
  return ReadAtBoundary("docx", "Word document", out,
                        [&] { return ReadDocxImpl(bytes, options, out); });
}

}  // namespace redovis
