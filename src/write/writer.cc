// The public face of the write stage: format names and the factory.
#include "redovis/writer.h"

#include "write/csv_writer.h"
#include "write/json_writer.h"

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
  else
    return false;
  return true;
}

std::unique_ptr<RecordWriter> RecordWriter::Create(OutputFormat format, std::ostream& out,
                                                   const Catalogue& catalogue,
                                                   const WriterOptions& options) {
  if (format == OutputFormat::kJson || format == OutputFormat::kJsonl)
    return CreateJsonWriter(format == OutputFormat::kJsonl, out, catalogue);
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
