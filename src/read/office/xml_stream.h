// Two pieces shared by the Word and OpenDocument readers.
//
// XmlStream: a guarded pull parser over one XML package part held in memory
// (libxml2's SAX2 push parser, fed the part a slice at a time: the events of
// each slice are queued and handed out one by one, adjacent character data
// joined into one text event, as a tree's text node would hold it; no
// node is built). In: the part's bytes, its name (for messages)
// and a depth limit. Out: start-element, end-element and text events, or a
// Status with a stable code:
//   "xml_dtd"       the part has a DOCTYPE (no Office part has one; refusing
//                   it is what stops external and recursive entities)
//   "xml_too_deep"  elements nest deeper than the limit
//   "xml_error"     the XML is malformed; libxml2's message is included
//   "office_unavailable" libxml2's module (read/office/office_module.h),
//                   which the first stream loads, is missing, broken or
//                   from another build
// It never loads anything from the network or the file system (a deny-all
// external entity loader is installed once per process), never substitutes
// entities, never builds a tree, and never prints libxml2's complaints.
//
// LineBuilder: turns paragraph/table/cell/check-box events into Document
// lines as the document model describes them (one line per paragraph outside
// tables, one line per table row with one cell per grid column, nested
// tables and text boxes after the line that holds them, check boxes as cell
// states). It knows no file format and never fails.
#ifndef REDOVIS_READ_OFFICE_XML_STREAM_H_
#define REDOVIS_READ_OFFICE_XML_STREAM_H_

#include <string>
#include <string_view>
#include <vector>

#include "redovis/document.h"
#include "redovis/status.h"

namespace redovis {

struct XmlCalls;

class XmlStream {
 public:
  enum class Event { kStart, kEnd, kText };

  /// Prepares to parse `xml` (which must outlive the stream). Never fails
  /// here; problems are reported by Next() and status().
  XmlStream(std::string_view xml, std::string part_name, int max_depth);
  /// Frees the parser and restores this thread's libxml2 error hooks.
  ~XmlStream();
  XmlStream(const XmlStream&) = delete;
  XmlStream& operator=(const XmlStream&) = delete;

  /// Advances to the next event. Returns false at the end of the part or on
  /// an error; status() tells which.
  bool Next();
  /// The kind of the current event.
  Event event() const { return event_; }
  /// The local name of the current element (start and end events; valid
  /// until the next call to Next).
  std::string_view local_name() const { return local_; }
  /// The namespace URI of the current element ("" when none; valid until
  /// the next call to Next).
  std::string_view ns() const { return ns_; }
  /// The character data of a text event (valid until the next call to Next).
  std::string_view text() const { return text_; }
  /// The nesting depth of the current element; the root element is 1.
  int depth() const { return depth_; }
  /// On a start event: the value of the attribute `local` in namespace `ns`
  /// ("" for no namespace). Returns false when the element has no such attribute.
  bool Attribute(std::string_view ns, std::string_view local, std::string* value) const;
  /// Ok while parsing goes well and at a clean end; else the error.
  const Status& status() const { return status_; }

 private:
  friend struct XmlSax;  // libxml2's callbacks (xml_stream.cc) queue the events
  /// One queued event. Names are libxml2's dictionary's (alive as long as
  /// the parser); text and attribute values are in `arena_`.
  struct Queued {
    Event event;
    int depth;  // the element's; -1 for text (depth() keeps the element's)
    const char* local;
    const char* ns;
    size_t text_at, text_size;     // kText: in arena_
    size_t attrs_at, attrs_count;  // kStart: in attrs_
    bool joinable;                 // kText: character data (not CDATA) that more may join
  };
  struct QueuedAttribute {
    const char* local;
    const char* ns;
    size_t value_at, value_size;  // in arena_
  };
  /// Ends the stream with the first error seen (later ones are dropped).
  void Fail(const std::string& code, const std::string& message);
  /// Feeds the parser the next slice of the part (the last one ends it) after
  /// dropping the events handed out; false when nothing is left to feed.
  bool Feed();
  /// Turns the parser's failure into status_ (called once, when it failed).
  void FailFromParser();

  const XmlCalls* x_ = nullptr;  // libxml2, from the office module (office_module.h)
  void* ctxt_ = nullptr;         // xmlParserCtxtPtr, kept opaque here
  std::string_view xml_;
  size_t fed_ = 0;  // bytes of xml_ given to the parser
  std::string part_;
  int max_depth_;
  Status status_;
  bool done_ = false;
  bool fed_all_ = false;        // the last slice was fed: no more events will come
  bool parser_failed_ = false;  // the parser stopped; reported once the queued events are out
  Status stop_;                 // why a callback stopped the parser, when one did
  std::vector<Queued> queue_;
  std::vector<QueuedAttribute> attrs_;
  std::string arena_;
  size_t next_ = 0;     // the next queued event to hand out
  int open_depth_ = 0;  // elements open in the parser's events
  Event event_ = Event::kText;
  std::string_view local_, ns_, text_;
  size_t attrs_at_ = 0, attrs_count_ = 0;  // the current start event's attributes
  int depth_ = 0;
  std::string first_error_;  // libxml2's first error message for this part
  int first_error_line_ = 0;
  /// libxml2's per-parser error callback: keeps the first fatal message.
  static void OnError(void* self, void* error);
};

/// True for the Office "on/off" attribute values that mean on: "1", "true",
/// "on" (and an absent value, which the caller passes as `present` false).
bool OnOffValue(bool present, const std::string& value);

class LineBuilder {
 public:
  /// Lines are appended to `doc->lines`; the builder does not own `doc`.
  explicit LineBuilder(Document* doc);

  /// Starts a paragraph. Inside a table cell it adds to the cell; anywhere
  /// else it becomes a line of its own ("paragraph N").
  void BeginParagraph();
  /// Ends the innermost paragraph. Does nothing when none is open.
  void EndParagraph();
  /// Joins the innermost paragraph to the next one in the same place (a
  /// deleted paragraph mark in a tracked change).
  void JoinNextParagraph();

  /// Starts a table ("table N", numbered in document order).
  void BeginTable();
  /// Declares one more grid column of the innermost table.
  void AddGridColumns(int n);
  /// Ends the innermost table. Does nothing when the top is not a table.
  void EndTable();

  /// Starts a row. Returns false (and opens nothing) unless directly inside a table.
  bool BeginRow();
  /// Repeats the row's line `n` times in total (ODF number-rows-repeated).
  void SetRowRepeat(int n);
  /// Drops the row (a tracked row deletion).
  void DropRow();
  /// Ends the row: emits its line, padded to the table's grid, then the lines
  /// of tables and text boxes nested in it.
  void EndRow();

  /// Starts a cell. Returns false (and opens nothing) unless directly inside a row.
  bool BeginCell();
  /// The cell covers `n` grid columns: n-1 empty cells follow it.
  void SetCellSpan(int n);
  /// The cell is repeated `n` times in total (ODF number-columns-repeated).
  void SetCellRepeat(int n);
  /// The cell continues a merge from above: it is emitted empty.
  void SetCellCovered();
  /// Ends the cell, adding one or more cells to the row (several when it holds
  /// more than one check box).
  void EndCell();
  /// Adds `n` empty cells to the current row (when directly inside one).
  void AddEmptyCells(int n);

  /// Adds text to the innermost paragraph; its Unicode check-box glyphs
  /// (read/glyphs.h: ☒ ☑ ✓ ✔ ☐) become check boxes. Text outside any
  /// paragraph is ignored.
  void AddText(std::string_view utf8);
  /// Adds a check box at this point of the innermost paragraph (or of the
  /// next paragraph to open, when none is open).
  void AddCheckbox(CheckboxState state);
  /// A tab in the innermost paragraph. In a paragraph of its own (not in a
  /// table cell) it parts cells, as a text's tab does: the line gets a cell
  /// for each stretch of text between tabs (trimmed; an empty stretch an
  /// empty cell, which keeps the columns after it in place), so that a
  /// table a writer turned into text with tabs ("Kontaktperson A.
  /// B.<tab>Avdelning ...") keeps its columns. In a cell it is a space.
  void AddTab();

  /// True when a paragraph is open.
  bool InParagraph() const;
  /// True when the document grew past the builder's cell budget (a hostile
  /// file); lines past that point were dropped and the caller should fail.
  bool overflowed() const { return overflowed_; }
  /// The most cells one document may hold.
  static constexpr size_t kMaxCells = 2'000'000;
  /// Closes whatever is still open and numbers the lines in reading order.
  void Finish();

 private:
  struct Segment {
    CheckboxState box = CheckboxState::kNone;
    std::string text;
    bool after_tab = false;  // starts a cell: a tab stands before it (AddTab)
  };
  enum class Kind { kBody, kParagraph, kTable, kRow, kCell };
  struct Frame {
    Kind kind;
    bool own_line = false;   // paragraph: a line of its own (not in a cell)
    bool join_next = false;  // paragraph: deleted mark, joins the next one
    bool covered = false;    // cell: continuation of a merge
    bool dropped = false;    // row: deleted
    int number = 0;          // paragraph, table or row number
    int columns = 0;         // table: grid columns
    int rows = 0;            // table: rows begun
    int span = 1, repeat = 1;
    int paragraphs = 0;             // cell: paragraphs ended in it
    std::vector<Segment> segments;  // paragraph or cell text
    std::vector<Segment> carry;     // body/cell: a joined paragraph's text
    std::vector<Cell> cells;        // row
    std::vector<Line> pending;      // own-line paragraph or row: nested lines
  };

  /// The innermost open frame, or null.
  Frame* Top() { return frames_.empty() ? nullptr : &frames_.back(); }
  /// Appends a finished line and the lines nested in it to the innermost open
  /// paragraph line or row (they follow it), or to the document.
  void Emit(Line line, std::vector<Line> pending);
  /// True when the segments' text holds two spaces in a row between words
  /// (Line::spaced; a box counts as a word, spaces at the edges as no gap).
  static bool HoldsSpacedGap(const std::vector<Segment>& segments);
  /// Appends paragraph text `from` to `to`, joining the touching segments with `separator`.
  static void AppendSegments(std::vector<Segment>* to, std::vector<Segment>&& from,
                             const char* separator);
  /// One cell for text with at most one check box; else one cell per check box.
  static void SegmentsToCells(std::vector<Segment>&& segments, std::vector<Cell>* out);
  /// SegmentsToCells for each stretch between tabs of an own-line paragraph,
  /// each cell trimmed.
  static void TabbedSegmentsToCells(std::vector<Segment>&& segments, std::vector<Cell>* out);

  Document* doc_;
  std::vector<Frame> frames_;
  int paragraph_count_ = 0;
  int table_count_ = 0;
  std::vector<CheckboxState> early_boxes_;  // check boxes seen before their paragraph
  size_t cells_ = 0;                        // cells emitted so far
  bool overflowed_ = false;
};

}  // namespace redovis

#endif  // REDOVIS_READ_OFFICE_XML_STREAM_H_
