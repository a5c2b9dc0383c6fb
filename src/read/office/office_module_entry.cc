// The office module's side (built into redovis-office.so only): the table
// of libxml2's and libzip's functions. See office_module.h.
#include "read/office/office_module.h"

extern "C" __attribute__((visibility("default"))) const redovis::OfficeModule*
RedovisOfficeModule() {
  static const redovis::OfficeModule module{
      .abi = REDOVIS_OFFICE_ABI,
      .xml = {.xmlInitParser = xmlInitParser,
              .xmlSetExternalEntityLoader = xmlSetExternalEntityLoader,
              .xmlSetGenericErrorFunc = xmlSetGenericErrorFunc,
              .xmlSetStructuredErrorFunc = xmlSetStructuredErrorFunc,
              .generic_error = __xmlGenericError,
              .generic_error_context = __xmlGenericErrorContext,
              .structured_error = __xmlStructuredError,
              .structured_error_context = __xmlStructuredErrorContext,
              .xmlCreatePushParserCtxt = xmlCreatePushParserCtxt,
              .xmlCtxtUseOptions = xmlCtxtUseOptions,
              .xmlParseChunk = xmlParseChunk,
              .xmlStopParser = xmlStopParser,
              .xmlFreeParserCtxt = xmlFreeParserCtxt,
              .xmlFreeDoc = xmlFreeDoc,
              .xmlParserMaxDepth = &xmlParserMaxDepth},
      .zip = {.zip_error_init = zip_error_init,
              .zip_error_fini = zip_error_fini,
              .zip_error_code_zip = zip_error_code_zip,
              .zip_error_strerror = zip_error_strerror,
              .zip_source_buffer_create = zip_source_buffer_create,
              .zip_source_free = zip_source_free,
              .zip_open_from_source = zip_open_from_source,
              .zip_get_num_entries = zip_get_num_entries,
              .zip_discard = zip_discard,
              .zip_name_locate = zip_name_locate,
              .zip_stat_init = zip_stat_init,
              .zip_stat_index = zip_stat_index,
              .zip_get_error = zip_get_error,
              .zip_fopen_index = zip_fopen_index,
              .zip_fread = zip_fread,
              .zip_file_get_error = zip_file_get_error,
              .zip_fclose = zip_fclose},
  };
  return &module;
}
