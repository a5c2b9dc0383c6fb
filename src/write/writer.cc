// The public face of the write stage: format names and the factory.
#include "redovis/writer.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <vector>

#include "write/csv_writer.h"
#include "write/json_writer.h"
#include "write/xlsx_writer.h"

namespace redovis {

bool ParseOutputFormat(const std::string& name, OutputFormat* out) {
  if (name == "json")
    *out = OutputFormat::kJson;
  else if (name == "jsonl")
    *out = OutputFormat::kJsonl;
  else if (name == "csv")
    *out = OutputFormat::kCsv;
  else if (name == "csv-long")
    *out = OutputFormat::kCsvLong;
  else if (name == "sqlite")
    *out = OutputFormat::kSqlite;
  else if (name == "xlsx")
    *out = OutputFormat::kXlsx;
  else
    return false;
  return true;
}

std::string OutputFormatName(OutputFormat format) {
  switch (format) {
    case OutputFormat::kJson:
      return "json";
    case OutputFormat::kJsonl:
      return "jsonl";
    case OutputFormat::kCsv:
      return "csv";
    case OutputFormat::kCsvLong:
      return "csv-long";
    case OutputFormat::kSqlite:
      return "sqlite";
    case OutputFormat::kXlsx:
      return "xlsx";
  }
  return "";
}

namespace {

/// The formats the extension of `path` names, the first the one it means
/// alone; empty when it names none.
std::vector<OutputFormat> FormatsOfExtension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".json") return {OutputFormat::kJson};
  if (ext == ".jsonl") return {OutputFormat::kJsonl};
  if (ext == ".csv") return {OutputFormat::kCsv, OutputFormat::kCsvLong};
  if (ext == ".sqlite" || ext == ".sqlite3" || ext == ".db") return {OutputFormat::kSqlite};
  if (ext == ".xlsx") return {OutputFormat::kXlsx};
  return {};
}

}  // namespace

Status ChooseOutputFormat(const std::string& named, const std::string& path, OutputFormat* out) {
  std::vector<OutputFormat> by_name =
      path.empty() || path == "-" ? std::vector<OutputFormat>() : FormatsOfExtension(path);
  if (named.empty()) {
    *out = by_name.empty() ? OutputFormat::kJsonl : by_name.front();
    return Status();
  }
  OutputFormat flag;
  if (!ParseOutputFormat(named, &flag))
    return Status::Error("usage", "unknown output format '" + named + "'");
  if (!by_name.empty() && std::find(by_name.begin(), by_name.end(), flag) == by_name.end())
    return Status::Error("usage", "--format " + named + " clashes with the output name " + path +
                                      " (a " + OutputFormatName(by_name.front()) +
                                      " name); drop --format or rename the output");
  *out = flag;
  return Status();
}

std::unique_ptr<RecordWriter> RecordWriter::Create(OutputFormat format, std::ostream& out,
                                                   const Catalogue& catalogue,
                                                   const WriterOptions& options) {
  if (format == OutputFormat::kSqlite) return nullptr;
  if (format == OutputFormat::kJson || format == OutputFormat::kJsonl)
    return CreateJsonWriter(format == OutputFormat::kJsonl, out, catalogue);
  if (format == OutputFormat::kXlsx) return CreateXlsxWriter(out, catalogue, options);
  return CreateCsvWriter(format, out, catalogue, options);
}

Status RecordWriter::WriteRendered(std::string_view) {
  return Status::Error("write_error", "this output takes records, not rendered bytes");
}

std::unique_ptr<RecordWriter> CreateFindingsWriter(bool lines, std::ostream& out,
                                                   const Catalogue& catalogue) {
  return CreateFindingsJsonWriter(lines, out, catalogue);
}

}  // namespace redovis
