// The writer module's side (built into redovis-writers.so only): the table
// of SQLite's and libxlsxwriter's functions. See writer_module.h.
#include "write/writer_module.h"

extern "C" __attribute__((visibility("default"))) const redovis::WriterModule*
RedovisWriterModule() {
  static const redovis::WriterModule module{
      .abi = REDOVIS_WRITERS_ABI,
      .sqlite = {.open_v2 = sqlite3_open_v2,
                 .close = sqlite3_close,
                 .busy_timeout = sqlite3_busy_timeout,
                 .errmsg = sqlite3_errmsg,
                 .exec = sqlite3_exec,
                 .prepare_v2 = sqlite3_prepare_v2,
                 .finalize = sqlite3_finalize,
                 .bind_null = sqlite3_bind_null,
                 .bind_int64 = sqlite3_bind_int64,
                 .bind_double = sqlite3_bind_double,
                 .bind_text = sqlite3_bind_text,
                 .clear_bindings = sqlite3_clear_bindings,
                 .step = sqlite3_step,
                 .reset = sqlite3_reset,
                 .column_text = sqlite3_column_text,
                 .last_insert_rowid = sqlite3_last_insert_rowid},
      .xlsx = {.workbook_new_opt = workbook_new_opt,
               .workbook_add_format = workbook_add_format,
               .workbook_add_worksheet = workbook_add_worksheet,
               .workbook_close = workbook_close,
               .format_set_bold = format_set_bold,
               .format_set_num_format = format_set_num_format,
               .worksheet_write_string = worksheet_write_string,
               .worksheet_write_number = worksheet_write_number,
               .worksheet_write_boolean = worksheet_write_boolean,
               .worksheet_freeze_panes = worksheet_freeze_panes,
               .worksheet_autofilter = worksheet_autofilter,
               .worksheet_set_column = worksheet_set_column,
               .lxw_strerror = lxw_strerror},
  };
  return &module;
}
