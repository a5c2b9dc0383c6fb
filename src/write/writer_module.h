// The boundary between the program and its writer module, redovis-writers.so
// (SQLite and libxlsxwriter, built from writer_module_entry.cc), which is
// loaded with dlopen the first time a run writes an SQLite archive or a
// workbook, so that every other run (--version, JSON, CSV, check) never
// loads those two libraries nor what they bring (the dynamic loader's work
// for them was about a third of --version).
//
// The module exports one C symbol, RedovisWriterModule, returning a table of
// the C functions of the two libraries that the archive
// (write/sqlite_writer.cc) and the workbook (write/xlsx_writer.cc) call;
// those writers keep all their logic in the program and call the libraries
// through the table (the libraries' headers give the types; nothing of
// theirs is linked into the program). The table carries an ABI stamp (the
// build's version and a hash of this header, set by CMakeLists.txt); a
// module whose stamp differs is refused, not called.
//
// Where the module is looked for, in order (WriterModuleCandidates, through
// base/module_loader.h): the installed place relative to the executable's
// directory (REDOVIS_WRITERS_FROM_BINDIR, e.g.
// ../lib/x86_64-linux-gnu/redovis/redovis-writers.so), then the executable's
// own directory (the build tree).
//
// The loader keeps one process-wide, write-once state: the loaded module
// (loaded once, thread-safe, never unloaded). It never prints and never
// throws.
#ifndef REDOVIS_WRITE_WRITER_MODULE_H_
#define REDOVIS_WRITE_WRITER_MODULE_H_

#include <sqlite3.h>
#include <xlsxwriter.h>

#include <string>
#include <vector>

#include "redovis/status.h"

namespace redovis {

/// The SQLite calls the archive makes, each the function of the same name
/// without its `sqlite3_` prefix.
struct SqliteCalls {
  decltype(&::sqlite3_open_v2) open_v2;
  decltype(&::sqlite3_close) close;
  decltype(&::sqlite3_busy_timeout) busy_timeout;
  decltype(&::sqlite3_errmsg) errmsg;
  decltype(&::sqlite3_exec) exec;
  decltype(&::sqlite3_prepare_v2) prepare_v2;
  decltype(&::sqlite3_finalize) finalize;
  decltype(&::sqlite3_bind_null) bind_null;
  decltype(&::sqlite3_bind_int64) bind_int64;
  decltype(&::sqlite3_bind_double) bind_double;
  decltype(&::sqlite3_bind_text) bind_text;
  decltype(&::sqlite3_clear_bindings) clear_bindings;
  decltype(&::sqlite3_step) step;
  decltype(&::sqlite3_reset) reset;
  decltype(&::sqlite3_column_text) column_text;
  decltype(&::sqlite3_last_insert_rowid) last_insert_rowid;
};

/// The libxlsxwriter calls the workbook makes, each the function of the same
/// name.
struct XlsxCalls {
  decltype(&::workbook_new_opt) workbook_new_opt;
  decltype(&::workbook_add_format) workbook_add_format;
  decltype(&::workbook_add_worksheet) workbook_add_worksheet;
  decltype(&::workbook_close) workbook_close;
  decltype(&::format_set_bold) format_set_bold;
  decltype(&::format_set_num_format) format_set_num_format;
  decltype(&::worksheet_write_string) worksheet_write_string;
  decltype(&::worksheet_write_number) worksheet_write_number;
  decltype(&::worksheet_write_boolean) worksheet_write_boolean;
  decltype(&::worksheet_freeze_panes) worksheet_freeze_panes;
  decltype(&::worksheet_autofilter) worksheet_autofilter;
  decltype(&::worksheet_set_column) worksheet_set_column;
  decltype(&::lxw_strerror) lxw_strerror;
};

/// The module's table.
struct WriterModule {
  const char* abi;  // REDOVIS_WRITERS_ABI of the module's build
  SqliteCalls sqlite;
  XlsxCalls xlsx;
};

/// The file name of the module.
inline constexpr const char* kWriterModuleFile = "redovis-writers.so";

/// The paths the module is looked for at, in order, for an executable in
/// `exe_dir`; empty when `exe_dir` is empty.
std::vector<std::string> WriterModuleCandidates(const std::string& exe_dir);

/// The module, loaded on the first call from the first of
/// WriterModuleCandidates(ExecutableDir()) that exists. Thread-safe; the
/// answer (module or failure) is kept for the process's life. Fails with
/// "write_error" when no candidate exists, one cannot be loaded, or its ABI
/// stamp differs; the message names the paths and the reason.
Status LoadWriterModule(const WriterModule** out);

/// As LoadWriterModule, from `candidates` instead, and not kept: each call
/// opens anew (for tests of a missing or foreign module).
Status LoadWriterModuleFrom(const std::vector<std::string>& candidates, const WriterModule** out);

/// True when this process has loaded the module (for tests and diagnostics).
bool WriterModuleLoaded();

}  // namespace redovis

/// The module's one exported symbol.
extern "C" const redovis::WriterModule* RedovisWriterModule();

#endif  // REDOVIS_WRITE_WRITER_MODULE_H_
