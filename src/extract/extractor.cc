#include "redovis/extractor.h"

// SHA-256 from nettle (GnuTLS's cryptographic library), linked statically:
// its hash is a few functions, and a shared library for it would be one more
// for the dynamic loader at every start. OpenSSL's libcrypto was used
// before; it binds about 3,000 symbols when loaded, and since libzip (its
// other user) moved into the office module, a run without a Word or
// OpenDocument file no longer loads it. See README, Dependencies.
#include <nettle/sha2.h>
#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <mutex>
#include <new>

#include "base/utf8.h"
#include "check/checker.h"
#include "check/finding_text.h"
#include "match/cell_lines.h"
#include "match/detached_tables.h"
#include "match/form_matcher.h"
#include "match/identity.h"
#include "match/inline_fields.h"
#include "match/run_rests.h"
#include "normalise/lost_marks.h"
#include "normalise/normaliser.h"
#include "normalise/word_list.h"
#include "patterns/form_labels.h"
#include "read/office/archive_members.h"
#include "read/office/placed_boxes.h"
#include "read/pdf/page_notes.h"
#include "read/pdf/pdf_reader.h"
#include "read/pdf/printed_text.h"
#include "read/text/cut_lines.h"
#include "read/text/drawn_tables.h"
#include "read/text/folded_lines.h"
#include "read/text/text_reader.h"
#include "read/text/wide_gaps.h"
#include "segment/page_order.h"
#include "segment/segmenter.h"

namespace redovis {

std::string Sha256Hex(std::string_view bytes) {
  sha256_ctx ctx;
  uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_init(&ctx);
  sha256_update(&ctx, bytes.size(), reinterpret_cast<const uint8_t*>(bytes.data()));
  sha256_digest(&ctx, sizeof digest, digest);
  static const char* kHex = "0123456789abcdef";
  std::string out;
  out.reserve(2 * SHA256_DIGEST_SIZE);
  for (unsigned char byte : digest) {
    out += kHex[byte >> 4];
    out += kHex[byte & 15];
  }
  return out;
}

Record Extractor::Unreadable(const Source& source, const std::string& code,
                             const std::string& message) {
  Record r;
  r.source = source;
  r.status = "unreadable";
  r.AddFinding("error", code, {}, source.file + ": " + message);
  r.findings.back().message_id = "file_unreadable";
  r.findings.back().args = {{"file", source.file}, {"detail", message}};
  return r;
}

namespace {

// `r` without the readers' marks (redovis/document.h's EraseReaderMarks) in the lines' texts its
// findings, provenance and places show.
void EraseReaderMarks(Record* r) {
  for (Finding& f : r->findings) {
    for (std::string* s : {&f.message, &f.text, &f.label}) redovis::EraseReaderMarks(s);
    for (auto& [name, arg] : f.args) redovis::EraseReaderMarks(&arg);
  }
  for (auto& [key, p] : r->provenance) redovis::EraseReaderMarks(&p.text);
  for (auto& [key, p] : r->places) {
    redovis::EraseReaderMarks(&p.at.text);
    redovis::EraseReaderMarks(&p.label);
  }
}

// The most text (bytes of the cells) a document may hold to be folded
// before it is segmented.
constexpr size_t kFoldFirstBytes = size_t{1} << 20;

// The bytes of `doc`'s cells' text.
size_t TextBytes(const Document& doc) {
  size_t n = 0;
  for (const Line& line : doc.lines)
    for (const Cell& cell : line.cells) n += cell.text.size();
  return n;
}

// True when a cell of `doc` holds a superscript digit (¹, ², ...).
bool HoldsSuperscriptDigit(const Document& doc) {
  for (const Line& line : doc.lines)
    for (const Cell& cell : line.cells)
      for (UChar32 c : DecodeUtf8(cell.text))
        if (IsSuperscriptDigit(c)) return true;
  return false;
}

// In a document whose marks were given back (normalise/lost_marks.h), the
// free-text values as the document wrote them: every text value but the
// municipality's and the county's (known names, read from the registry).
void TextAsWritten(const Catalogue& catalogue, const MarksGivenBack& back, Record* r) {
  if (back.empty()) return;
  for (auto& [key, value] : r->values) {
    const FieldSpec* spec = catalogue.Find(key);
    if (!value.is_text() || !spec || spec->type != FieldType::kText ||
        spec->role.rfind("municipality", 0) == 0 || spec->role.rfind("county", 0) == 0)
      continue;
    value = Value::Text(AsWritten(value.as_text(), back));
  }
}

}  // namespace

struct LostMarksOnce {
  std::once_flag once;
  std::unique_ptr<LostMarks> marks;
  std::once_flag words_once;
  WordList words;  ///< empty when the patterns name none or it cannot be read
  std::once_flag mark_free_once;
  std::unique_ptr<PatternSet> mark_free;  ///< null when it could not be loaded
};

Extractor::Extractor(const PatternSet& patterns)
    : patterns_(patterns), lost_marks_(std::make_shared<LostMarksOnce>()) {}

const LostMarks& Extractor::Vocabulary() const {
  std::call_once(lost_marks_->once, [this] {
    lost_marks_->marks = std::make_unique<LostMarks>(LostMarks::PatternTexts(patterns_));
  });
  return *lost_marks_->marks;
}

const WordList& Extractor::LanguageWords() const {
  std::call_once(lost_marks_->words_once, [this] {
    const auto& v = patterns_.vocabulary();
    // A missing or unreadable list proves nothing: the cuts stay unproven.
    if (!v.wordlist.empty())
      (void)WordList::Load(v.wordlist, v.wordlist_encoding, &lost_marks_->words);
  });
  return lost_marks_->words;
}

const PatternSet& Extractor::MarkFreePatterns() const {
  std::call_once(lost_marks_->mark_free_once, [this] {
    // The same directory loaded a moment ago; should it fail now, the
    // patterns as written still read the text.
    if (!PatternSet::LoadMarkFree(patterns_.dir(), &lost_marks_->mark_free).ok())
      lost_marks_->mark_free.reset();
  });
  return lost_marks_->mark_free ? *lost_marks_->mark_free : patterns_;
}

ReadOptions Extractor::ReadOptionsFor(const ExtractOptions& options) const {
  ReadOptions read = options.read;
  if (read.ocr_language.empty()) read.ocr_language = patterns_.vocabulary().ocr_language;
  // A copy of this extractor may read with it: the vocabulary is held by
  // the shared state, the patterns outlive every copy.
  read.known_word = [self = *this](std::string_view word) { return self.Vocabulary().Knows(word); };
  // The language's word list, read on the first word a hard fold asks of it.
  if (!patterns_.vocabulary().wordlist.empty())
    read.language_word = [self = *this](std::string_view word) {
      return self.LanguageWords().Knows(word);
    };
  // The form's labels, for a text reader that gives back a refilled page's
  // rows (read/text/refilled_layout.h): made on first use.
  // (one FormLabels for both, made on first use).
  auto labels = std::make_shared<std::unique_ptr<FormLabels>>();
  if (!read.label_at)
    read.label_at = [patterns = &patterns_, labels](std::string_view text) {
      if (!*labels) *labels = std::make_unique<FormLabels>(*patterns);
      return (*labels)->At(text);
    };
  // Its section headings, with which a refilled page's headings are given back.
  if (!read.heading_at)
    read.heading_at = [patterns = &patterns_, labels](std::string_view text) {
      if (!*labels) *labels = std::make_unique<FormLabels>(*patterns);
      return (*labels)->HeadingAt(text);
    };
  return read;
}

std::vector<Record> Extractor::ExtractDocument(Document doc, const Source& source_in,
                                               MatchObserver* observer, Document* seen) const {
  Source source = source_in;
  // A PDF read as the text it prints (printed_text.h) is still a PDF; a
  // document of placed text boxes read by their places (placed_boxes.h)
  // is still its format.
  const bool printed = std::any_of(doc.warnings.begin(), doc.warnings.end(), IsPrintedTextNote);
  source.format = printed ? "pdf" : doc.format;
  for (const std::string& w : doc.warnings) IsPlacedBoxesNote(w, &source.format);
  if (source.format == "text") source.encoding = doc.encoding;
  Normaliser normaliser(patterns_.vocabulary());
  normaliser.NormaliseLines(&doc);
  // A text whose diacritics were stripped gets its words' marks back from
  // the patterns' vocabulary, before anything is folded or matched.
  // A text with its marks never builds the vocabulary.
  MarksGivenBack marks_given_back;
  size_t restored = 0;
  if (!LostMarks::HoldsManyMarks(doc)) restored = Vocabulary().Restore(&doc, &marks_given_back);
  // Such a text's labels, column words and choice words are matched with
  // their marks left out or written '?' (PatternSet::LoadMarkFree).
  const PatternSet& patterns = restored > 0 ? MarkFreePatterns() : patterns_;
  if (restored > 0) {
    doc.warnings.push_back(DiacriticsLostNote(restored));
    // Transliteration wrote a footnote's mark as a plain digit too.
    if (doc.format == "text" && !HoldsSuperscriptDigit(doc)) MarkPlainFootnoteMarks(&doc.lines);
  }
  // The folded copies are what the segmenter and the matcher read. A file of
  // up to kFoldFirstBytes of text is folded once, before segmenting (the
  // segmenter would otherwise fold the lines it reads itself, some twice);
  // a larger one only when it holds a report: a file that holds none is
  // never matched, so a large one is not held twice over.
  const bool fold_first = TextBytes(doc) <= kFoldFirstBytes;
  if (fold_first) normaliser.FoldLines(&doc);
  // Pages out of order are read in the order their own evidence proves
  // (segment/page_order.h), before the document is cut into reports. Not a
  // PDF's here: its reader joins what a page break cut in two, so Extract
  // reads it again in that order (ReadPdfInOrder).
  if (doc.format != "pdf") {
    bool out_of_order = false;
    const std::vector<int> order = ProvenPageOrder(patterns, doc, &out_of_order);
    if (!order.empty()) {
      PutPagesInOrder(order, &doc);
      doc.warnings.push_back(PageOrderNote(order));
    } else if (out_of_order) {
      doc.warnings.push_back(PagesOutOfOrderNote());
    }
  }
  std::string page_order;  // as the note writes it; empty: read in the file's order
  for (const std::string& w : doc.warnings)
    if (IsPageOrderNote(w, &page_order)) break;
  ReportSegmenter segmenter(patterns);
  std::vector<Segment> segments = segmenter.Find(doc);
  if (!fold_first && !segments.empty()) normaliser.FoldLines(&doc);
  if (doc.format == "text" && !segments.empty()) {
    // A dump of a Word form's paragraphs, then its tables: the tables' rows
    // put back into their sections (detached_tables.h).
    ValueParser parser(patterns.vocabulary());
    for (const Segment& seg : segments)
      if (seg.edition) PutDetachedTablesBack(*seg.edition, parser, seg.begin, seg.end, &doc);
    // Tables a text export wrote one cell per line become rows (cell_lines.h).
    for (const Segment& seg : segments) RebuildCellLines(parser, seg.begin, seg.end, &doc);
    // A dump of pdftohtml's runs: a row's wrapped runs given their rests
    // (run_rests.h); then a row's fields run together on one line, a field
    // a cell (inline_fields.h).
    for (const Segment& seg : segments)
      if (seg.edition) {
        JoinRunRestsByLabels(*seg.edition, seg.begin, seg.end, &doc);
        SplitInlineFields(patterns.vocabulary(), *seg.edition, seg.begin, seg.end, &doc);
      }
  }
  // Running headers are judged within each report of a bundle (a form's
  // printed wording repeats once per report); in a single report, over the
  // whole file.
  if (segments.size() > 1) {
    for (const Segment& seg : segments) normaliser.MarkRepeatedLines(&doc, seg.begin, seg.end);
  } else {
    normaliser.MarkRepeatedLines(&doc, 0, doc.lines.size());
  }
  // The reader left part of the document unread (pages left out, lines cut
  // or folded unproven, a refilled page's rows, a table a reflow broke): a
  // key with no value may be the tool's loss, which no check that compares
  // numbers may blame on the municipality, and a record with no answer is
  // no blank form (checker.h).
  std::string unread_note;
  for (const std::string& w : doc.warnings) {
    LeftOutPage why;
    int page = 0, width = 0;
    size_t column = 0;
    bool folded = false;
    if (IsLeftOutPageNote(w, &why, &page) || IsCutLinesNote(w, &column, &folded) ||
        IsRefilledParagraphsNote(w, &width) || IsUnreadTableNote(w)) {
      unread_note = w;
      break;
    }
  }
  const bool read_in_part = !unread_note.empty();
  std::vector<Record> out;
  if (segments.empty() && read_in_part) {
    // No report in what was read, but the reader left part of the text
    // unread: the report may stand there, so the file is the tool's
    // failure, never a file without a report.
    out.push_back(Unreadable(source, "text_unread", unread_note));
    if (seen) *seen = std::move(doc);
    return out;
  }
  if (segments.empty()) {
    Record r;
    r.source = source;
    r.status = "no_report";
    r.AddFinding("info", "no_report", {},
                 source.file + ": the file was read but holds no report of a known form");
    r.findings.back().message_id = "no_report";
    r.findings.back().args = {{"file", source.file}};
    out.push_back(std::move(r));
    if (seen) *seen = std::move(doc);
    return out;
  }
  // The language's word list, read on the first word OCR misread in a free
  // text that the matcher asks of it.
  KnownWord language_word;
  if (!patterns.vocabulary().wordlist.empty())
    language_word = [self = *this](std::string_view word) {
      return self.LanguageWords().Knows(word);
    };
  FormMatcher matcher(patterns, normaliser, std::move(language_word));
  IdentityResolver identity(patterns);
  Checker checker(patterns);
  for (const Segment& seg : segments) {
    Record r;
    r.source = source;
    r.edition = seg.edition->name;
    r.asked = patterns.catalogue().KeysFor(seg.edition->tag);
    const Line& first = doc.lines[seg.begin];
    const Line& last = doc.lines[seg.end - 1];
    r.source.first_line = first.number;
    r.source.last_line = last.number;
    if (first.page > 0) {
      r.source.first_page = first.page;
      r.source.last_page = last.page;
    }
    if (!page_order.empty()) {
      // Pages read out of their file order: the report's extent in the file.
      for (size_t i = seg.begin; i < seg.end; ++i) {
        const Line& line = doc.lines[i];
        r.source.first_line = std::min(r.source.first_line, line.number);
        r.source.last_line = std::max(r.source.last_line, line.number);
        r.source.first_page = std::min(r.source.first_page, line.page);
        r.source.last_page = std::max(r.source.last_page, line.page);
      }
    }
    if (!seg.edition_known)
      r.AddFinding(
          "warning", "unknown_edition", {},
          "the report does not match a known form edition clearly (best: " + seg.edition->name +
              ", score " + std::to_string(seg.score) + "); only what its rules can read was read",
          first.page, first.number, first.Text());
    if (!seg.edition_known) {
      r.findings.back().message_id = "unknown_edition";
      r.findings.back().args = {{"edition", seg.edition->name},
                                {"score", std::to_string(seg.score)}};
    }
    matcher.Match(doc, seg, &r, observer);
    identity.Resolve(doc, seg, &r);
    TextAsWritten(patterns.catalogue(), marks_given_back, &r);
    checker.Check(*seg.edition, &r, read_in_part);
    identity.NameDerivedKeys(&r);
    for (const std::string& w : doc.warnings) {
      std::string note;
      bool folded = false;
      int page = 0;
      LeftOutPage why;
      if (IsLeftOutPageNote(w, &why, &page)) {
        // A page left out, OCR could not read it or it is cut at its edge
        // (cut_pages.h), within the report's pages (or after them: the
        // report may run on): its answers are unknown, never the
        // municipality's omission, and the report is not complete.
        if (r.source.first_page > 0 && page < r.source.first_page) continue;
        if (r.source.last_page > 0 && page > r.source.last_page && &seg != &segments.back())
          continue;
        const char* code = LeftOutPageCode(why);
        r.AddFinding("warning", code, {}, w, page);
        r.findings.back().message_id = code;
        r.findings.back().args = {{"page", std::to_string(page)}};
        if (r.status == "complete") r.status = "incomplete";
      } else if (IsPageOrderNote(w, &note)) {
        r.AddFinding(
            "info", "pages_reordered", {},
            "the pages were read in the order " + note +
                ", which the form's sections and questions or the printed page numbers prove",
            first.page, first.number, first.Text());
        r.findings.back().message_id = "pages_reordered";
        r.findings.back().args = {{"pages", note}};
      } else if (IsPagesOutOfOrderNote(w)) {
        r.AddFinding("warning", "pages_out_of_order", {},
                     "the pages are out of order and no order was proven: read as they lie",
                     first.page, first.number, first.Text());
        r.findings.back().message_id = "pages_out_of_order";
      } else if (IsDiacriticsLostNote(w, &note)) {
        r.AddFinding(
            "info", "diacritics_lost", {},
            "the text holds none of the marked letters the form writes: its diacritics were "
            "lost; " +
                note + " words the patterns know were read with their marks, the rest as written");
        r.findings.back().message_id = "diacritics_lost";
        r.findings.back().args = {{"words", note}};
      } else if (size_t column = 0; IsCutLinesNote(w, &column, &folded)) {
        // The text's lines were cut at one column, or folded there with no
        // proof of where the rows ended (cut_lines.h): what stood right of
        // it is gone or unplaced, never the municipality's omission.
        r.AddFinding("warning", "lines_cut", {}, w, first.page, first.number, first.Text());
        r.findings.back().message_id = folded ? "lines_cut.folded" : "lines_cut";
        r.findings.back().args = {{"column", std::to_string(column)}};
        // A folded line's value is left for a fold's reason, not a cut's:
        // nothing right of the width is gone, the line's rest may open the
        // next one.
        if (folded)
          for (Finding& f : r.findings)
            if (f.message_id == "cut_line") f.message_id = "folded_line";
        if (r.status == "complete") r.status = "incomplete";
      } else if (int width = 0; IsRefilledParagraphsNote(w, &width)) {
        // The text's paragraphs were refilled (folded_lines.h): values that
        // reach a line the refill ended were left empty, the tool's doing.
        r.AddFinding("warning", "refilled_text", {}, w, first.page, first.number, first.Text());
        r.findings.back().message_id = "refilled_text";
        r.findings.back().args = {{"width", std::to_string(width)}};
        if (r.status == "complete") r.status = "incomplete";
      } else if (IsWideGapsNote(w)) {
        // Words as far apart as columns (wide_gaps.h): the text was read
        // without its columns, as reading-order text is.
        r.AddFinding("warning", "wide_word_gaps", {}, w, first.page, first.number, first.Text());
        r.findings.back().message_id = "wide_word_gaps";
      } else if (IsEncodingNote(w, &note)) {
        r.AddFinding("info", "encoding", {}, note);
        r.findings.back().message_id = "encoding";
        r.findings.back().args = {{"note", note}};
      } else
        r.AddFinding("info", "reader_note", {}, w);
    }
    EraseReaderMarks(&r);
    LocaliseFindings(&r, patterns_.messages(), "en");
    out.push_back(std::move(r));
  }
  if (seen) *seen = std::move(doc);
  return out;
}

std::vector<Record> Extractor::Localised(std::vector<Record> records,
                                         const std::string& language) const {
  if (language != "en")
    for (Record& r : records) LocaliseFindings(&r, patterns_.messages(), language);
  return records;
}

std::vector<Record> Extractor::ExtractBytes(std::string_view bytes, const std::string& name,
                                            const ExtractOptions& options) const {
  return Localised(Extract(bytes, name, options, nullptr), options.language);
}

std::vector<Record> Extractor::ExtractFile(const std::string& path,
                                           const ExtractOptions& options) const {
  return Localised(ReadAndExtract(path, options), options.language);
}

std::vector<Record> Extractor::Extract(std::string_view bytes, const std::string& name,
                                       const ExtractOptions& options, std::string* owned) const {
  Source source;
  source.file = name;
  source.sha256 = Sha256Hex(bytes);
  try {
    Document doc;
    const ReadOptions read = ReadOptionsFor(options);
    if (IsArchiveOfFiles(bytes, name, read)) return ExtractArchive(bytes, name, options);
    Status s = ReadDocument(bytes, name, read, &doc);
    if (!s.ok()) {
      source.format = FormatName(SniffFormat(bytes, name));
      return {Unreadable(source, s.code(), s.message())};
    }
    if (doc.format == "pdf") {
      // A PDF whose pages came out of order is read again in the order they
      // prove (segment/page_order.h), so that its reader joins what a page
      // break cut in two between the pages as they now follow each other.
      // Its text as read, not normalised: what that leaves unrecognised
      // proves nothing, and the PDF is read as it lies.
      bool out_of_order = false;
      const std::vector<int> order = ProvenPageOrder(patterns_, doc, &out_of_order);
      Document again;
      if (!order.empty() && ReadPdfInOrder(bytes, read, order, &again).ok()) {
        doc = std::move(again);
        doc.warnings.push_back(PageOrderNote(order));
      } else if (out_of_order) {
        doc.warnings.push_back(PagesOutOfOrderNote());
      }
    }
    if (owned) std::string().swap(*owned);  // `bytes` views it: not used after this
    return ExtractDocument(std::move(doc), source);
  } catch (const std::bad_alloc&) {
    return {Unreadable(source, "out_of_memory", "reading the file ran out of memory")};
  } catch (const std::exception& e) {
    return {Unreadable(source, "internal_error", std::string("internal error: ") + e.what())};
  }
}

std::vector<Record> Extractor::ExtractArchive(std::string_view bytes, const std::string& name,
                                              const ExtractOptions& options) const {
  Source source;
  source.file = name;
  source.sha256 = Sha256Hex(bytes);
  source.format = "zip";
  const ReadOptions read = ReadOptionsFor(options);
  std::vector<ArchiveMember> members;
  std::vector<std::string> left_out;
  if (Status s = ReadArchiveMembers(bytes, read, &members, &left_out); !s.ok())
    return {Unreadable(source, s.code(), s.message())};
  if (members.empty()) {
    std::string held;
    for (size_t i = 0; i < left_out.size() && i < 10; ++i)
      held += (held.empty() ? "" : ", ") + left_out[i];
    if (left_out.size() > 10) held += ", ...";
    return {Unreadable(source, "archive_without_report",
                       "the zip archive holds no file of a format redovis reads" +
                           (held.empty() ? std::string(" (it holds no file)")
                                         : " (it holds " + std::to_string(left_out.size()) +
                                               " other files: " + held + ")"))};
  }
  std::vector<Record> out;
  for (ArchiveMember& m : members) {
    Source member;
    member.file = name + "/" + m.name;
    member.sha256 = Sha256Hex(m.bytes);
    std::vector<Record> records;
    if (!m.status.ok()) {
      records = {Unreadable(member, m.status.code(),
                            "cannot take it out of the zip archive: " + m.status.message())};
    } else if (IsArchiveOfFiles(m.bytes, m.name, read)) {
      member.format = "zip";
      records = {Unreadable(member, "nested_archive",
                            "a zip archive inside the zip archive is not opened: unzip it first")};
    } else {
      records = Extract(m.bytes, member.file, options, &m.bytes);
    }
    for (Record& r : records) {
      r.source.archive = name;
      r.source.archive_sha256 = source.sha256;
      out.push_back(std::move(r));
    }
  }
  return out;
}

std::vector<Record> Extractor::ReadAndExtract(const std::string& path,
                                              const ExtractOptions& options) const {
  Source source;
  source.file = path;
  struct stat st;
  if (stat(path.c_str(), &st) != 0)
    return {Unreadable(source, "cannot_open", "the file does not exist or cannot be reached")};
  if (S_ISDIR(st.st_mode)) return {Unreadable(source, "cannot_open", "this is a directory")};
  if (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode)) {
    // A pipe (bash's <(...), /dev/stdin): read it to its end, within the limit.
    std::ifstream in(path, std::ios::binary);
    if (!in) return {Unreadable(source, "cannot_open", "the pipe cannot be opened")};
    std::string bytes;
    char buf[65536];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
      bytes.append(buf, static_cast<size_t>(in.gcount()));
      if (bytes.size() > options.max_file_bytes)
        return {Unreadable(source, "too_large",
                           "more than " + std::to_string(options.max_file_bytes) +
                               " bytes came through the pipe")};
    }
    return Extract(bytes, path, options, &bytes);
  }
  if (!S_ISREG(st.st_mode)) return {Unreadable(source, "cannot_open", "not a regular file")};
  if (static_cast<size_t>(st.st_size) > options.max_file_bytes)
    return {Unreadable(source, "too_large",
                       "the file is " + std::to_string(st.st_size) +
                           " bytes, more than the limit of " +
                           std::to_string(options.max_file_bytes))};
  std::ifstream in(path, std::ios::binary);
  if (!in) return {Unreadable(source, "cannot_open", "the file cannot be opened (permissions?)")};
  std::string bytes;
  try {
    bytes.resize(static_cast<size_t>(st.st_size));
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<size_t>(in.gcount()));
    if (in.bad()) return {Unreadable(source, "cannot_open", "reading the file failed")};
  } catch (const std::bad_alloc&) {
    return {Unreadable(source, "out_of_memory", "reading the file ran out of memory")};
  } catch (const std::exception&) {
    return {Unreadable(source, "cannot_open", "reading the file failed")};
  }
  return Extract(bytes, path, options, &bytes);
}

}  // namespace redovis
