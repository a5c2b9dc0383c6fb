#include "cli.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include <CLI/CLI.hpp>

#include "redovis/extractor.h"
#include "redovis/html_report.h"
#include "redovis/patterns.h"
#include "redovis/writer.h"

namespace redovis {

namespace {

namespace fs = std::filesystem;

const std::set<std::string> kExtensions = {".txt", ".text", ".docx", ".odt", ".pdf"};

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

/// One input: a path, or "-" for standard input.
struct Input {
  std::string path;
};

/// Expands files and directories (recursively, by extension) in a deterministic order.
/// Problems are returned as messages; the paths that are fine are kept.
std::vector<Input> ExpandInputs(const std::vector<std::string>& args, std::vector<std::string>* problems) {
  std::vector<Input> out;
  for (const std::string& a : args) {
    if (a == "-") {
      out.push_back({a});
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(a, ec)) {
      std::vector<std::string> found;
      fs::recursive_directory_iterator it(a, fs::directory_options::skip_permission_denied, ec), end;
      if (ec) {
        problems->push_back(a + ": cannot list the directory (" + ec.message() + ")");
        continue;
      }
      for (; it != end; it.increment(ec)) {
        if (ec) {
          problems->push_back(a + ": " + ec.message());
          break;
        }
        std::error_code fec;
        if (!it->is_regular_file(fec)) continue;
        if (kExtensions.count(Lower(it->path().extension().string())))
          found.push_back(it->path().string());
      }
      std::sort(found.begin(), found.end());
      for (auto& f : found) out.push_back({f});
    } else {
      out.push_back({a});  // a missing file becomes an `unreadable` record
    }
  }
  return out;
}

std::string FindPatternsDir(const std::string& given, const char* argv0) {
  if (!given.empty()) return given;
  if (const char* env = std::getenv("REDOVIS_PATTERNS")) return env;
  std::error_code ec;
  fs::path exe = fs::canonical("/proc/self/exe", ec);
  if (!ec) {
    for (const fs::path& candidate : {exe.parent_path() / "../share/redovis/patterns",
                                      exe.parent_path() / "../patterns", exe.parent_path() / "patterns"})
      if (fs::exists(candidate / "common.rules", ec)) return candidate.string();
  }
  (void)argv0;
  return REDOVIS_DEFAULT_PATTERNS;
}

/// Runs `extract` over `inputs` with `jobs` threads; calls `sink` with each
/// input's records in input order, as soon as they are ready.
template <typename Sink>
void RunBatch(const Extractor& extractor, const ExtractOptions& options, const std::vector<Input>& inputs,
              int jobs, Sink sink) {
  std::string stdin_bytes;
  bool has_stdin = std::any_of(inputs.begin(), inputs.end(), [](const Input& i) { return i.path == "-"; });
  if (has_stdin) stdin_bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  auto run_one = [&](size_t i) {
    if (inputs[i].path == "-") return extractor.ExtractBytes(stdin_bytes, "-", options);
    return extractor.ExtractFile(inputs[i].path, options);
  };
  if (jobs <= 1 || inputs.size() <= 1) {
    for (size_t i = 0; i < inputs.size(); ++i) sink(run_one(i));
    return;
  }
  std::mutex mu;
  std::condition_variable cv;
  std::map<size_t, std::vector<Record>> ready;
  std::atomic<size_t> next{0};
  size_t written = 0;
  const size_t window = static_cast<size_t>(jobs) * 4;  // bounds memory held for ordering
  std::vector<std::thread> workers;
  for (int w = 0; w < jobs; ++w) {
    workers.emplace_back([&] {
      for (;;) {
        size_t i;
        {
          std::unique_lock<std::mutex> lock(mu);
          cv.wait(lock, [&] { return next.load() < written + window || next.load() >= inputs.size(); });
          i = next.fetch_add(1);
        }
        if (i >= inputs.size()) return;
        std::vector<Record> records = run_one(i);
        {
          std::lock_guard<std::mutex> lock(mu);
          ready[i] = std::move(records);
        }
        cv.notify_all();
      }
    });
  }
  while (written < inputs.size()) {
    std::vector<Record> records;
    {
      std::unique_lock<std::mutex> lock(mu);
      cv.wait(lock, [&] { return ready.count(written) > 0; });
      records = std::move(ready[written]);
      ready.erase(written);
    }
    sink(std::move(records));
    {
      std::lock_guard<std::mutex> lock(mu);
      ++written;
    }
    cv.notify_all();
  }
  for (auto& t : workers) t.join();
}

/// An output stream that is either stdout or a temporary file renamed into
/// place on Commit(), so a failed run never leaves half a file.
class AtomicOutput {
 public:
  bool Open(const std::string& path, std::string* error) {
    path_ = path;
    if (path.empty() || path == "-") return true;
    tmp_ = path + ".tmp-" + std::to_string(getpid());
    file_.open(tmp_, std::ios::binary | std::ios::trunc);
    if (!file_) {
      *error = path + ": cannot write (" + std::strerror(errno) + ")";
      return false;
    }
    return true;
  }
  std::ostream& stream() { return tmp_.empty() ? std::cout : file_; }
  bool Commit(std::string* error) {
    if (tmp_.empty()) {
      std::cout.flush();
      return static_cast<bool>(std::cout);
    }
    file_.close();
    if (!file_ || std::rename(tmp_.c_str(), path_.c_str()) != 0) {
      *error = path_ + ": cannot write (" + std::strerror(errno) + ")";
      std::remove(tmp_.c_str());
      return false;
    }
    tmp_.clear();
    return true;
  }
  ~AtomicOutput() {
    if (!tmp_.empty()) std::remove(tmp_.c_str());
  }

 private:
  std::string path_, tmp_;
  std::ofstream file_;
};

int DefaultJobs() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

std::string Describe(const Record& r) {
  std::string who = r.Get("report.municipality").ToDisplay();
  std::string year = r.Get("report.year").ToDisplay();
  std::string s = r.status;
  if (!r.edition.empty()) s += "  " + r.edition;
  if (!who.empty() || !year.empty()) s += "  " + who + (year.empty() ? "" : " " + year);
  return s;
}

void PrintCheckSummary(std::ostream& out, const Record& r) {
  int errors = 0, warnings = 0;
  for (const Finding& f : r.findings) {
    if (f.severity == "error") ++errors;
    if (f.severity == "warning") ++warnings;
  }
  std::string where = r.source.file;
  if (r.source.first_line > 0)
    where += r.source.first_page > 0 ? " (pages " + std::to_string(r.source.first_page) + "-" +
                                            std::to_string(r.source.last_page) + ")"
                                      : " (lines " + std::to_string(r.source.first_line) + "-" +
                                            std::to_string(r.source.last_line) + ")";
  out << where << "  " << Describe(r) << "  errors " << errors << ", warnings " << warnings << "\n";
  for (const Finding& f : r.findings) {
    if (f.severity == "info" && f.code == "reader_note") continue;
    out << "  " << f.severity << " " << f.code;
    if (!f.keys.empty()) {
      out << " [";
      for (size_t i = 0; i < f.keys.size(); ++i) out << (i ? ", " : "") << f.keys[i];
      out << "]";
    }
    if (f.page) out << " page " << f.page;
    if (f.line) out << " line " << f.line;
    out << ": " << f.message << "\n";
  }
}

}  // namespace

int RunCli(int argc, char** argv) {
  CLI::App app{"redovis: turns municipalities' annual reports on the personligt ombud grant into "
               "checked data"};
  app.require_subcommand(0, 1);
  app.set_version_flag("--version", std::string("redovis ") + REDOVIS_VERSION);
  std::string patterns_dir;
  app.add_option("--patterns", patterns_dir, "pattern directory (default: the installed patterns/)");

  // extract
  auto* extract = app.add_subcommand("extract", "extract records from report files");
  std::vector<std::string> inputs;
  std::string format = "jsonl", output;
  int jobs = DefaultJobs();
  std::string ocr = "auto";
  bool quiet = false;
  extract->add_option("inputs", inputs, "files or directories; - for standard input")->required();
  extract->add_option("--format,-f", format, "json, jsonl, csv or csv-long")
      ->check(CLI::IsMember({"json", "jsonl", "csv", "csv-long"}));
  extract->add_option("-o,--output", output, "write to FILE (atomically) instead of stdout");
  extract->add_option("-j,--jobs", jobs, "files read in parallel (default: cores)")->check(CLI::Range(1, 256));
  extract->add_option("--ocr", ocr, "OCR for PDF pages: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  extract->add_flag("-q,--quiet", quiet, "no summary on stderr");

  // check
  auto* check = app.add_subcommand("check", "report what is unreadable, incomplete or inconsistent");
  std::vector<std::string> check_inputs;
  std::string check_format = "text", check_output;
  int check_jobs = DefaultJobs();
  check->add_option("inputs", check_inputs, "files or directories; - for standard input")->required();
  check->add_option("--format,-f", check_format, "text, json or jsonl")
      ->check(CLI::IsMember({"text", "json", "jsonl"}));
  check->add_option("-o,--output", check_output, "write to FILE (atomically) instead of stdout");
  std::string html_path;
  check->add_option("--html", html_path, "also write a self-contained HTML report to FILE");
  check->add_option("-j,--jobs", check_jobs, "files read in parallel (default: cores)")->check(CLI::Range(1, 256));
  check->add_option("--ocr", ocr, "OCR for PDF pages: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));

  // fields
  auto* fields = app.add_subcommand("fields", "list the catalogue: key, type, editions, Swedish label");
  std::string fields_edition, fields_format = "tsv";
  fields->add_option("--edition", fields_edition, "only the keys this edition asks for (e.g. po-2021)");
  fields->add_option("--format,-f", fields_format, "tsv or json")->check(CLI::IsMember({"tsv", "json"}));

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }
  if (!extract->parsed() && !check->parsed() && !fields->parsed()) {
    std::cerr << app.help();
    return 2;
  }

  std::unique_ptr<PatternSet> patterns;
  Status s = PatternSet::Load(FindPatternsDir(patterns_dir, argv[0]), &patterns);
  if (!s.ok()) {
    std::cerr << "redovis: " << s.message() << "\n";
    return 2;
  }

  if (fields->parsed()) {
    const Catalogue& cat = patterns->catalogue();
    std::string tag;
    if (!fields_edition.empty()) {
      const Edition* e = patterns->FindEdition(fields_edition);
      if (!e) {
        std::cerr << "redovis: unknown edition '" << fields_edition << "'; known:";
        for (const auto& ed : patterns->editions()) std::cerr << " " << ed->name;
        std::cerr << "\n";
        return 2;
      }
      tag = e->tag;
    }
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    if (fields_format == "tsv") std::cout << "key\ttype\teditions\tlabel_sv\n";
    for (const FieldSpec& f : cat.fields()) {
      if (!tag.empty() && !f.editions.count(tag)) continue;
      std::string eds;
      for (const auto& e : patterns->editions())
        if (f.editions.count(e->tag)) eds += (eds.empty() ? "" : ",") + e->name;
      if (fields_format == "tsv") {
        std::cout << f.key << "\t" << f.type_name << "\t" << eds << "\t" << f.label_sv << "\n";
      } else {
        nlohmann::ordered_json j;
        j["key"] = f.key;
        j["type"] = f.type_name;
        j["editions"] = eds;
        j["label_sv"] = f.label_sv;
        list.push_back(j);
      }
    }
    if (fields_format == "json") std::cout << list.dump(2) << "\n";
    return 0;
  }

  bool is_check = check->parsed();
  std::vector<std::string> problems;
  std::vector<Input> expanded = ExpandInputs(is_check ? check_inputs : inputs, &problems);
  for (const std::string& p : problems) std::cerr << "redovis: " << p << "\n";
  if (expanded.empty()) {
    std::cerr << "redovis: no input files found\n";
    return problems.empty() ? 2 : 1;
  }
  ExtractOptions options;
  options.read.ocr = ocr;
  Extractor extractor(*patterns);

  AtomicOutput out;
  std::string error;
  if (!out.Open(is_check ? check_output : output, &error)) {
    std::cerr << "redovis: " << error << "\n";
    return 2;
  }
  size_t files = 0, records = 0, unreadable = 0, with_errors = 0;
  std::map<std::string, size_t> by_status;
  std::unique_ptr<RecordWriter> writer;
  if (!is_check) {
    OutputFormat f;
    ParseOutputFormat(format, &f);
    writer = RecordWriter::Create(f, out.stream(), patterns->catalogue());
    writer->Begin();
  }
  bool check_json_first = true;
  std::vector<Record> for_html;  // summaries only: values are not kept
  if (is_check && check_format == "json") out.stream() << "[";
  RunBatch(extractor, options, expanded, is_check ? check_jobs : jobs, [&](std::vector<Record> recs) {
    ++files;
    for (const Record& r : recs) {
      ++records;
      ++by_status[r.status];
      if (r.status == "unreadable") ++unreadable;
      if (r.HasError()) ++with_errors;
      if (is_check && !html_path.empty()) {
        Record summary;
        summary.source = r.source;
        summary.status = r.status;
        summary.edition = r.edition;
        summary.findings = r.findings;
        for (const char* k : {"report.municipality", "report.year"})
          if (r.Has(k)) summary.values[k] = r.Get(k);
        for_html.push_back(std::move(summary));
      }
      if (!is_check) {
        writer->Write(r);
        continue;
      }
      if (check_format == "text") {
        PrintCheckSummary(out.stream(), r);
        continue;
      }
      nlohmann::ordered_json j;
      j["file"] = r.source.file;
      j["status"] = r.status;
      j["edition"] = r.edition.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(r.edition);
      j["municipality"] = r.Has("report.municipality") ? nlohmann::ordered_json(r.Get("report.municipality").ToDisplay()) : nlohmann::ordered_json(nullptr);
      j["year"] = r.Has("report.year") ? nlohmann::ordered_json(r.Get("report.year").as_number()) : nlohmann::ordered_json(nullptr);
      nlohmann::ordered_json fs = nlohmann::ordered_json::array();
      for (const Finding& f : r.findings) fs.push_back(FindingToJson(f));
      j["findings"] = fs;
      std::string dumped = j.dump(check_format == "json" ? 2 : -1, ' ', false,
                                  nlohmann::ordered_json::error_handler_t::replace);
      if (check_format == "jsonl") out.stream() << dumped << "\n";
      else out.stream() << (check_json_first ? "\n" : ",\n") << dumped;
      check_json_first = false;
    }
  });
  if (writer) writer->End();
  if (is_check && check_format == "json") out.stream() << (check_json_first ? "]\n" : "\n]\n");
  if (!out.Commit(&error)) {
    std::cerr << "redovis: " << error << "\n";
    return 2;
  }
  if (is_check && !html_path.empty()) {
    AtomicOutput html;
    if (!html.Open(html_path, &error)) {
      std::cerr << "redovis: " << error << "\n";
      return 2;
    }
    WriteHtmlReport(html.stream(), for_html, "redovis check");
    if (!html.Commit(&error)) {
      std::cerr << "redovis: " << error << "\n";
      return 2;
    }
  }
  if (!quiet && (is_check || isatty(STDERR_FILENO) || !output.empty())) {
    std::ostringstream summary;
    summary << "redovis: " << files << " files, " << records << " records (";
    bool first = true;
    for (const auto& [status, n] : by_status) {
      summary << (first ? "" : ", ") << status << " " << n;
      first = false;
    }
    summary << ")";
    std::cerr << summary.str() << "\n";
  }
  if (!problems.empty() || unreadable > 0) return 1;
  if (is_check && with_errors > 0) return 1;
  return 0;
}

}  // namespace redovis
