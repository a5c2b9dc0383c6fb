// An Office package (a zip of XML parts: .docx, .odt) and how its main part
// is read: what the Word and OpenDocument readers share.
//
//   OpenPackage     the zip opened under the ReadOptions' limits
//   StreamPart      the event loop over one XML part: start, end and text
//                   events handed to the format's parser, elements it asks to
//                   skip skipped with all they hold, the LineBuilder's cell
//                   budget enforced, the lines finished
//   OnceWarnings    a document's reader notes, each kind given once
//   PartParser      what a format's parser keeps around StreamPart: its
//                   LineBuilder and notes, the stack of the elements open,
//                   an end event's element handed back to it
//   ParseCount      the small non-negative numbers of attributes (spans,
//                   repeats, list indices)
//   ReadAtBoundary  a reader's boundary: exceptions become a typed Status
//   TextBoxTally    how much of a document's text stands in text boxes: a
//                   PDF converted to a word processor's document by its
//                   positions (LibreOffice's PDF import saved as .docx or
//                   .odt: each line of each page a text box placed where it
//                   stood) is refused, "placed_text_boxes", unless its
//                   reader can place every box (the .odt's frames, the
//                   .docx's anchors: placed_boxes.h)
//
// Formats' own knowledge (element names, namespaces, what a check box looks
// like) stays in each reader. Nothing here prints, touches the file system or
// keeps state beyond one document.
#ifndef REDOVIS_READ_OFFICE_OFFICE_PACKAGE_H_
#define REDOVIS_READ_OFFICE_OFFICE_PACKAGE_H_

#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "read/office/xml_stream.h"
#include "read/office/zip_archive.h"
#include "redovis/document.h"
#include "redovis/readers.h"
#include "redovis/status.h"

namespace redovis {

/// Opens the package in `bytes` (which must outlive it) with the zip limits
/// of `options`. Fails as ZipArchive::Open ("not_a_zip", "zip_limits").
Status OpenPackage(std::string_view bytes, const ReadOptions& options,
                   std::unique_ptr<ZipArchive>* zip);

/// The non-negative number `s` starts with (after optional white space, as
/// strtol reads it), or `fallback` when it starts with none, is negative or
/// is above 100000.
int ParseCount(const std::string& s, int fallback);

/// A document's reader notes, each kind (a short key) given at most once.
class OnceWarnings {
 public:
  /// Notes go to `doc->warnings`; `doc` must outlive this.
  explicit OnceWarnings(Document* doc) : doc_(doc) {}
  /// Adds `message` unless a note of kind `key` was already added.
  void Add(const char* key, const std::string& message);
  /// The note both formats give for tracked changes (read as accepted).
  void TrackedChanges();

 private:
  Document* doc_;
  std::vector<std::string> given_;
};

/// Streams the XML part `xml` (named `part` in messages) through `parser`:
///   bool OnStart(XmlStream& x)  a start event; true skips the element with
///                               all it holds (no OnEnd comes for it)
///   void OnEnd()                an end event of an element not skipped
///   void OnText(std::string_view text)  character data outside skipped elements
/// then finishes `builder`'s lines. Returns the XmlStream's error, or
/// "zip_limits" when the document grew past LineBuilder::kMaxCells.
template <typename Parser>
Status StreamPart(std::string_view xml, const std::string& part, int max_depth,
                  LineBuilder* builder, Parser* parser) {
  XmlStream x(xml, part, max_depth);
  int skip_depth = 0;  // inside a skipped element at this depth
  while (x.Next()) {
    if (builder->overflowed()) break;
    if (skip_depth > 0) {
      if (x.event() == XmlStream::Event::kEnd && x.depth() == skip_depth) skip_depth = 0;
      continue;
    }
    switch (x.event()) {
      case XmlStream::Event::kStart:
        if (parser->OnStart(x)) skip_depth = x.depth();
        break;
      case XmlStream::Event::kEnd:
        parser->OnEnd();
        break;
      case XmlStream::Event::kText:
        parser->OnText(x.text());
        break;
    }
  }
  if (!x.status().ok()) return x.status();
  if (builder->overflowed()) {
    return Status::Error("zip_limits", part + ": the document holds more than " +
                                           std::to_string(LineBuilder::kMaxCells) +
                                           " table cells and paragraphs");
  }
  builder->Finish();
  return Status();
}

/// How much of a document's text stands in text boxes (Word's
/// w:txbxContent, OpenDocument's draw:text-box), told as the parser streams
/// it: Open and Close around a box's content, Add for each piece of text the
/// document gives.
class TextBoxTally {
 public:
  void Open() { ++boxes_, ++depth_; }
  void Close() {
    if (depth_ > 0) --depth_;
  }
  void Add(size_t bytes) { (depth_ > 0 ? boxed_ : other_) += bytes; }
  /// The "placed_text_boxes" error when the document is text boxes placed
  /// on its pages: kPlacedBoxes boxes or more holding four fifths of its
  /// text or more (a form's own text boxes, a logo's caption, hold a little
  /// of it). Read in the order they are written, a wrapped cell's lines and
  /// a table's cells stand apart and out of order: a value's first line was
  /// read as the whole value (LibreOffice's PDF import of the 33 never-seen
  /// PDFs: 91 wrong values as .docx, 27 as .odt). OK otherwise.
  Status Refusal(const char* what) const {
    if (boxes_ < kPlacedBoxes || boxed_ < 4 * other_) return Status();
    return Status::Error(
        "placed_text_boxes",
        std::string("the ") + what + "'s text stands in " + std::to_string(boxes_) +
            " text boxes placed on its pages (a PDF converted to a word processor's document "
            "by its positions): in what order its lines and cells go cannot be told; read "
            "the PDF itself");
  }

  /// The fewest text boxes a document of placed boxes holds (a page of the
  /// form is fifty lines or more).
  static constexpr size_t kPlacedBoxes = 20;

 private:
  size_t boxes_ = 0, depth_ = 0, boxed_ = 0, other_ = 0;
};

/// The base of a format's parser (`Parser`, which derives from it, naming
/// itself) over StreamPart: the document's LineBuilder and reader notes, and
/// `tags_`, the elements open and not skipped as the format's own `Tag`s,
/// outermost first. The parser's OnStart pushes an element's Tag when it
/// keeps it; OnEnd, here, pops the innermost and hands it to the parser's
/// `void End(Tag)`. The parser provides OnStart, OnText and End.
template <typename Parser, typename Tag>
class PartParser {
 public:
  PartParser(Document* doc, int max_depth) : builder_(doc), warnings_(doc), max_depth_(max_depth) {}

  /// Reads the part `xml` (named `part` in messages) with StreamPart.
  Status Parse(std::string_view xml, const std::string& part) {
    tags_.reserve(64);
    return StreamPart(xml, part, max_depth_, &builder_, static_cast<Parser*>(this));
  }
  /// StreamPart's end event: the innermost open element's Tag, to End.
  void OnEnd() {
    if (tags_.empty()) return;
    Tag tag = tags_.back();
    tags_.pop_back();
    static_cast<Parser*>(this)->End(tag);
  }

 protected:
  LineBuilder builder_;
  OnceWarnings warnings_;
  std::vector<Tag> tags_;

 private:
  int max_depth_;
};

/// Runs `read` at a reader's boundary: any exception becomes a typed Status
/// ("out_of_memory", "corrupt") naming `what`, and `out` is left empty with
/// `format` set. Returns what `read` returns otherwise.
template <typename Read>
Status ReadAtBoundary(const char* format, const std::string& what, Document* out, Read&& read) {
  auto reset = [&] {
    *out = Document();
    out->format = format;
  };
  reset();
  try {
    return read();
  } catch (const std::bad_alloc&) {
    reset();
    return Status::Error("out_of_memory", "ran out of memory reading the " + what);
  } catch (const std::exception& e) {
    reset();
    return Status::Error("corrupt", "the " + what + " could not be read: " + e.what());
  } catch (...) {
    reset();
    return Status::Error("corrupt", "the " + what + " could not be read");
  }
}

}  // namespace redovis

#endif  // REDOVIS_READ_OFFICE_OFFICE_PACKAGE_H_
