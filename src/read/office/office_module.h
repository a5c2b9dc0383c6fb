// The boundary between the program and its office module, redovis-office.so
// (libxml2 and libzip, built from office_module_entry.cc), which is loaded
// with dlopen the first time a Word or OpenDocument file is read, so that a
// run that reads none (--version, text, PDF) never loads those two libraries
// nor what they bring: libzip links OpenSSL's libcrypto, whose 3,000 symbols
// bound at load were half of the dynamic loader's work at every start.
//
// The module exports one C symbol, RedovisOfficeModule, returning a table of
// the C functions of the two libraries that XmlStream (xml_stream.cc) and
// ZipArchive (zip_archive.cc) call; those keep all their logic in the
// program and call the libraries through the table (the libraries' headers
// give the types; nothing of theirs is linked into the program). The table
// carries an ABI stamp (the build's version and a hash of this header, set
// by CMakeLists.txt); a module whose stamp differs is refused, not called.
//
// Where the module is looked for, in order (OfficeModuleCandidates, through
// base/module_loader.h): the installed place relative to the executable's
// directory (REDOVIS_OFFICE_FROM_BINDIR, e.g.
// ../lib/x86_64-linux-gnu/redovis/redovis-office.so), then the executable's
// own directory (the build tree).
//
// The loader keeps one process-wide, write-once state: the loaded module
// (loaded once, thread-safe, never unloaded: libxml2 keeps static state). It
// never prints and never throws.
#ifndef REDOVIS_READ_OFFICE_OFFICE_MODULE_H_
#define REDOVIS_READ_OFFICE_OFFICE_MODULE_H_

#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <zip.h>

#include <string>
#include <vector>

#include "redovis/status.h"

namespace redovis {

/// The libxml2 calls XmlStream makes, each the function of the same name
/// (the four error-hook accessors are what libxml2's macros
/// xmlGenericError and its kin expand to), and its parser depth limit.
struct XmlCalls {
  decltype(&::xmlInitParser) xmlInitParser;
  decltype(&::xmlSetExternalEntityLoader) xmlSetExternalEntityLoader;
  decltype(&::xmlSetGenericErrorFunc) xmlSetGenericErrorFunc;
  decltype(&::xmlSetStructuredErrorFunc) xmlSetStructuredErrorFunc;
  decltype(&::__xmlGenericError) generic_error;
  decltype(&::__xmlGenericErrorContext) generic_error_context;
  decltype(&::__xmlStructuredError) structured_error;
  decltype(&::__xmlStructuredErrorContext) structured_error_context;
  decltype(&::xmlCreatePushParserCtxt) xmlCreatePushParserCtxt;
  decltype(&::xmlCtxtUseOptions) xmlCtxtUseOptions;
  decltype(&::xmlParseChunk) xmlParseChunk;
  decltype(&::xmlStopParser) xmlStopParser;
  decltype(&::xmlFreeParserCtxt) xmlFreeParserCtxt;
  decltype(&::xmlFreeDoc) xmlFreeDoc;
  const unsigned int* xmlParserMaxDepth;  ///< libxml2's own depth limit
};

/// The libzip calls ZipArchive makes, each the function of the same name.
struct ZipCalls {
  decltype(&::zip_error_init) zip_error_init;
  decltype(&::zip_error_fini) zip_error_fini;
  decltype(&::zip_error_code_zip) zip_error_code_zip;
  decltype(&::zip_error_strerror) zip_error_strerror;
  decltype(&::zip_source_buffer_create) zip_source_buffer_create;
  decltype(&::zip_source_free) zip_source_free;
  decltype(&::zip_open_from_source) zip_open_from_source;
  decltype(&::zip_get_num_entries) zip_get_num_entries;
  decltype(&::zip_discard) zip_discard;
  decltype(&::zip_name_locate) zip_name_locate;
  decltype(&::zip_stat_init) zip_stat_init;
  decltype(&::zip_stat_index) zip_stat_index;
  decltype(&::zip_get_error) zip_get_error;
  decltype(&::zip_fopen_index) zip_fopen_index;
  decltype(&::zip_fread) zip_fread;
  decltype(&::zip_file_get_error) zip_file_get_error;
  decltype(&::zip_fclose) zip_fclose;
};

/// The module's table.
struct OfficeModule {
  const char* abi;  // REDOVIS_OFFICE_ABI of the module's build
  XmlCalls xml;
  ZipCalls zip;
};

/// The file name of the module.
inline constexpr const char* kOfficeModuleFile = "redovis-office.so";

/// The paths the module is looked for at, in order, for an executable in
/// `exe_dir`; empty when `exe_dir` is empty.
std::vector<std::string> OfficeModuleCandidates(const std::string& exe_dir);

/// The module, loaded on the first call from the first of
/// OfficeModuleCandidates(ExecutableDir()) that exists. Thread-safe; the
/// answer (module or failure) is kept for the process's life. Fails with
/// "office_unavailable" when no candidate exists, one cannot be loaded, or
/// its ABI stamp differs; the message names the paths and the reason.
Status LoadOfficeModule(const OfficeModule** out);

/// As LoadOfficeModule, from `candidates` instead, and not kept: each call
/// opens anew (for tests of a missing or foreign module).
Status LoadOfficeModuleFrom(const std::vector<std::string>& candidates, const OfficeModule** out);

/// True when this process has loaded the module (for tests and diagnostics).
bool OfficeModuleLoaded();

}  // namespace redovis

/// The module's one exported symbol.
extern "C" const redovis::OfficeModule* RedovisOfficeModule();

#endif  // REDOVIS_READ_OFFICE_OFFICE_MODULE_H_
