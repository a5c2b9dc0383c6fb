#include "inspect/trace.h"

#include <fstream>
#include <iterator>

#include "redovis/readers.h"

namespace redovis {

namespace {

/// Collects the matcher's calls into a Trace.
class Collector : public MatchObserver {
 public:
  explicit Collector(Trace* trace) : trace_(trace) {}
  void OnReport(const Segment& segment) override {
    trace_->reports.push_back(segment);
    ++report_;
  }
  void OnLine(size_t line, const std::string& section, LineUse use) override {
    TracedLine& t = At(line);
    t.read = true;
    t.section = section;
    t.use = use;
  }
  void OnRule(size_t line, size_t cell, const Rule& rule) override {
    At(line).rules.emplace_back(cell, &rule);
  }

 private:
  TracedLine& At(size_t line) {
    if (trace_->lines.size() <= line) trace_->lines.resize(line + 1);
    TracedLine& t = trace_->lines[line];
    t.report = report_;
    return t;
  }
  Trace* trace_;
  int report_ = -1;
};

}  // namespace

const char* UseName(LineUse use) {
  switch (use) {
    case LineUse::kSkipped:
      return "skipped";
    case LineUse::kHeading:
      return "heading";
    case LineUse::kColumnHeader:
      return "header";
    case LineUse::kRule:
      return "rule";
    case LineUse::kAnswerText:
      return "answer";
    case LineUse::kConsumed:
      return "value";
    case LineUse::kUnmatched:
      return "unmatched";
  }
  return "unmatched";
}

void TraceDocument(Document doc, const std::string& name, const PatternSet& patterns, Trace* out) {
  *out = Trace();
  Source source;
  source.file = name;
  Collector collector(out);
  Extractor extractor(patterns);
  out->records = extractor.ExtractDocument(std::move(doc), source, &collector, &out->doc);
  out->lines.resize(out->doc.lines.size());
  // Lines the matcher skipped inside a report (blank ones) still belong to it.
  for (size_t r = 0; r < out->reports.size(); ++r)
    for (size_t i = out->reports[r].begin; i < out->reports[r].end && i < out->lines.size(); ++i)
      out->lines[i].report = static_cast<int>(r);
}

Status TraceFile(const std::string& path, const PatternSet& patterns, const ExtractOptions& options,
                 Trace* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error("cannot_open", path + ": the file cannot be opened");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::Error("cannot_open", path + ": reading the file failed");
  if (bytes.size() > options.max_file_bytes)
    return Status::Error("too_large", path + ": the file is larger than the limit");
  Document doc;
  Status s = ReadDocument(bytes, path, Extractor(patterns).ReadOptionsFor(options), &doc);
  if (!s.ok()) return Status::Error(s.code(), path + ": " + s.message());
  TraceDocument(std::move(doc), path, patterns, out);
  for (Record& r : out->records) r.source.sha256 = Sha256Hex(bytes);
  return Status();
}

}  // namespace redovis
