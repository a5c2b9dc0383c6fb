#include "write/xlsx_writer.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "write/report_table.h"
#include "write/writer_module.h"

namespace redovis {

namespace {

/// The most characters a cell holds.
constexpr size_t kMaxCellChars = 32767;
constexpr double kMinWidth = 8, kMaxWidth = 50;

/// `text` cut to at most kMaxCellChars code points.
std::string FitCell(const std::string& text) {
  if (text.size() <= kMaxCellChars) return text;
  size_t chars = 0, i = 0;
  while (i < text.size() && chars < kMaxCellChars) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    ++chars;
  }
  return text.substr(0, std::min(i, text.size()));
}

/// One sheet being filled: the next row and each column's widest text.
struct Sheet {
  lxw_worksheet* ws = nullptr;
  lxw_row_t next = 0;
  std::vector<double> widths;
};

class XlsxWriter : public RecordWriter {
 public:
  XlsxWriter(std::ostream& out, const Catalogue& catalogue, const WriterOptions& options)
      : out_(out), options_(options), table_(catalogue, options_) {}
  ~XlsxWriter() override {
    if (wb_) x_->workbook_close(wb_);  // only after a failure in Finish
    RemoveTemporary();
  }

  /// Loads the writer module (libxlsxwriter); nothing is written before
  /// Finish. Fails when the module cannot be loaded, naming it.
  Status Begin() override { return Keep(Load()); }

  /// Keeps the record's rows for Finish.
  Status Write(const Record& r) override {
    wide_.push_back(table_.WideRow(r));
    for (Row& row : table_.LongRows(r)) long_.push_back(std::move(row));
    for (Row& row : table_.FindingsRows(r)) findings_rows_.push_back(std::move(row));
    return Status();
  }

  /// Builds the workbook in a private temporary directory (it lives only
  /// this long, so a signal mid-run leaves nothing behind), then copies its
  /// bytes to the stream.
  Status Finish() override {
    if (!error_.ok()) return error_;
    if (Status loaded = Load(); !loaded.ok()) return Keep(loaded);
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/redovis-xlsx-XXXXXX";
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    if (!mkdtemp(name.data()))
      return Keep(Status::Error("write_error", "cannot make a temporary directory " + pattern));
    dir_ = name.data();
    path_ = dir_ + "/workbook.xlsx";
    lxw_workbook_options o = {};
    wb_ = x_->workbook_new_opt(path_.c_str(), &o);
    if (!wb_) return Keep(Status::Error("write_error", "cannot start the workbook"));
    header_ = x_->workbook_add_format(wb_);
    x_->format_set_bold(header_);
    text_ = x_->workbook_add_format(wb_);
    x_->format_set_num_format(text_, "@");
    Status st = AddSheet("reports", table_.WideHeader(), &reports_);
    if (st.ok()) st = AddSheet("values", table_.LongHeader(), &values_);
    if (st.ok()) st = AddSheet("findings", table_.FindingsHeader(), &findings_);
    if (st.ok()) st = AddSheet("fields", table_.FieldsHeader(), &fields_);
    for (const Row& row : table_.FieldsRows())
      if (st.ok()) st = Put(&fields_, row);
    for (const Row& row : wide_)
      if (st.ok()) st = Put(&reports_, row);
    for (const Row& row : long_)
      if (st.ok()) st = Put(&values_, row);
    for (const Row& row : findings_rows_)
      if (st.ok()) st = Put(&findings_, row);
    if (!st.ok()) return Keep(st);
    for (Sheet* s : {&reports_, &values_, &findings_, &fields_}) {
      lxw_col_t last = static_cast<lxw_col_t>(s->widths.size() - 1);
      x_->worksheet_freeze_panes(s->ws, 1, 0);
      lxw_error e = x_->worksheet_autofilter(s->ws, 0, 0, s->next - 1, last);
      for (lxw_col_t c = 0; e == LXW_NO_ERROR && c <= last; ++c)
        e = x_->worksheet_set_column(s->ws, c, c,
                                     std::clamp(s->widths[c] + 1, kMinWidth, kMaxWidth), nullptr);
      if (e != LXW_NO_ERROR) return Keep(Failed("cannot lay out a sheet", e));
    }
    lxw_error e = x_->workbook_close(wb_);
    wb_ = nullptr;
    if (e != LXW_NO_ERROR) return Keep(Failed("cannot write the workbook", e));
    {
      std::ifstream in(path_, std::ios::binary);
      if (!in) return Keep(Status::Error("write_error", "cannot read back the workbook " + path_));
      out_ << in.rdbuf();
    }
    RemoveTemporary();
    out_.flush();
    if (!out_) return Keep(Status::Error("write_error", "cannot write the workbook"));
    return Status();
  }

 private:
  /// libxlsxwriter's calls, from the writer module (loaded once a process).
  Status Load() {
    if (x_) return Status();
    const WriterModule* module = nullptr;
    Status s = LoadWriterModule(&module);
    if (!s.ok()) return Status::Error("write_error", "cannot write the workbook: " + s.message());
    x_ = &module->xlsx;
    return Status();
  }
  void RemoveTemporary() {
    if (!path_.empty()) std::remove(path_.c_str());
    if (!dir_.empty()) rmdir(dir_.c_str());
    path_.clear();
    dir_.clear();
  }
  Status Failed(const std::string& what, lxw_error e) const {
    return Status::Error("write_error", what + " (" + x_->lxw_strerror(e) + ")");
  }
  Status Keep(Status s) {
    if (error_.ok() && !s.ok()) error_ = s;
    return s;
  }

  Status AddSheet(const std::string& part, const std::vector<std::string>& header, Sheet* s) {
    auto named = options_.sheet_names.find(part);
    std::string name = named != options_.sheet_names.end() ? named->second : part;
    s->ws = x_->workbook_add_worksheet(wb_, name.c_str());
    if (!s->ws) return Status::Error("write_error", "cannot add the sheet " + name);
    s->widths.assign(header.size(), 0);
    for (size_t c = 0; c < header.size(); ++c) {
      lxw_error e = x_->worksheet_write_string(s->ws, 0, static_cast<lxw_col_t>(c),
                                               header[c].c_str(), header_);
      if (e != LXW_NO_ERROR) return Failed("cannot write the header of " + name, e);
      Widen(s, c, header[c]);
    }
    s->next = 1;
    return Status();
  }

  static void Widen(Sheet* s, size_t c, const std::string& text) {
    size_t chars = 0;
    for (unsigned char ch : text) chars += (ch & 0xC0) != 0x80;
    s->widths[c] = std::max(s->widths[c], static_cast<double>(chars));
  }

  Status Put(Sheet* s, const Row& row) {
    if (s->next >= LXW_ROW_MAX)
      return Status::Error("write_error", "more rows than a sheet holds (1,048,576)");
    for (size_t c = 0; c < row.size(); ++c) {
      const TableCell& cell = row[c];
      lxw_col_t col = static_cast<lxw_col_t>(c);
      lxw_error e = LXW_NO_ERROR;
      switch (cell.kind) {
        case TableCell::Kind::kEmpty:
          continue;
        case TableCell::Kind::kText:
        case TableCell::Kind::kWord:
          e = x_->worksheet_write_string(s->ws, s->next, col, FitCell(cell.text).c_str(), text_);
          break;
        case TableCell::Kind::kInt:
          e = x_->worksheet_write_number(s->ws, s->next, col, static_cast<double>(cell.integer),
                                         nullptr);
          break;
        case TableCell::Kind::kDecimal:
          e = x_->worksheet_write_number(s->ws, s->next, col, cell.decimal, nullptr);
          break;
        case TableCell::Kind::kBool:
          e = x_->worksheet_write_boolean(s->ws, s->next, col, cell.boolean ? 1 : 0, nullptr);
          break;
      }
      if (e != LXW_NO_ERROR) return Failed("cannot write a cell", e);
      Widen(s, c, cell.Display().substr(0, 64));
    }
    ++s->next;
    return Status();
  }

  std::ostream& out_;
  WriterOptions options_;  // a copy: the table refers to it
  ReportTable table_;
  std::vector<Row> wide_, long_, findings_rows_;
  std::string dir_, path_;
  const XlsxCalls* x_ = nullptr;  // set by Load
  lxw_workbook* wb_ = nullptr;
  lxw_format* header_ = nullptr;
  lxw_format* text_ = nullptr;
  Sheet reports_, values_, findings_, fields_;
  Status error_;
};

}  // namespace

std::unique_ptr<RecordWriter> CreateXlsxWriter(std::ostream& out, const Catalogue& catalogue,
                                               const WriterOptions& options) {
  return std::make_unique<XlsxWriter>(out, catalogue, options);
}

}  // namespace redovis
