#include "cli/cli.h"

#include <fnmatch.h>
#include <sys/stat.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <thread>

#include "batch/batch.h"
#include "redovis/extractor.h"
#include "redovis/patterns.h"
#include "redovis/writer.h"
#include "write/html_report.h"

namespace redovis {

namespace {

namespace fs = std::filesystem;

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

/// One input: a path, or "-" for standard input.
struct Input {
  std::string path;
};

/// Which files found in directories are inputs: --include / --exclude globs,
/// matched against the file's name and its whole path.
struct InputFilter {
  std::vector<std::string> include, exclude;
  bool Accepts(const fs::path& p) const {
    std::string name = p.filename().string(), full = p.string();
    auto hit = [&](const std::string& g) {
      return fnmatch(g.c_str(), name.c_str(), 0) == 0 || fnmatch(g.c_str(), full.c_str(), 0) == 0;
    };
    for (const auto& g : exclude)
      if (hit(g)) return false;
    if (include.empty()) return IsReadableExtension(Lower(p.extension().string()));
    for (const auto& g : include)
      if (hit(g)) return true;
    return false;
  }
};

/// Expands files and directories (recursively, by extension or the filter's
/// globs, symbolic links to directories not followed) in a deterministic
/// order. Problems are returned as messages; the paths that are fine are kept.
std::vector<Input> ExpandInputs(const std::vector<std::string>& args, const InputFilter& filter,
                                std::vector<std::string>* problems) {
  std::vector<Input> out;
  for (const std::string& a : args) {
    if (a == "-") {
      out.push_back({a});
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(a, ec)) {
      std::vector<std::string> found;
      fs::recursive_directory_iterator it(a, fs::directory_options::skip_permission_denied, ec),
          end;
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
        if (filter.Accepts(it->path())) found.push_back(it->path().string());
      }
      std::sort(found.begin(), found.end());
      for (auto& f : found) out.push_back({std::move(f)});
    } else {
      out.push_back({a});  // a missing file becomes an `unreadable` record
    }
  }
  return out;
}

/// The batch options shared by extract and check.
struct BatchFlags {
  int jobs = 0;
  double timeout = 60;
  size_t max_memory_mb = 2048;
  bool in_process = false;
  std::string ocr = "auto";
  std::string files_from;
  std::string shard;
  InputFilter filter;
  bool quiet = false;
};

void AddBatchFlags(CLI::App* cmd, BatchFlags* f) {
  cmd->add_option("-j,--jobs", f->jobs,
                  "files read in parallel, in worker processes (default: cores)")
      ->check(CLI::Range(1, 256));
  cmd->add_option("--timeout", f->timeout,
                  "seconds one file may take before it is stopped (0: none)")
      ->check(CLI::Range(0.0, 86400.0));
  cmd->add_option("--max-memory", f->max_memory_mb,
                  "MiB of address space per worker (0: no limit)");
  cmd->add_flag("--in-process", f->in_process,
                "read files in this process, one at a time (debugging)");
  cmd->add_option("--ocr", f->ocr, "OCR for PDF pages: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->add_option("--files-from", f->files_from,
                  "read input paths from FILE, one per line (- for stdin)");
  cmd->add_option("--include", f->filter.include,
                  "in directories, only files matching this glob (repeatable)");
  cmd->add_option("--exclude", f->filter.exclude,
                  "in directories, skip files matching this glob (repeatable)");
  cmd->add_option("--shard", f->shard, "K/N: only the K-th of N equal shares of the inputs");
  cmd->add_flag("-q,--quiet", f->quiet, "no progress or summary on stderr");
}

/// Parses "K/N" into 0-based k and n; false when malformed.
bool ParseShard(const std::string& s, size_t* k, size_t* n) {
  size_t slash = s.find('/');
  if (slash == std::string::npos) return false;
  try {
    long kk = std::stol(s.substr(0, slash)), nn = std::stol(s.substr(slash + 1));
    if (nn < 1 || kk < 1 || kk > nn) return false;
    *k = static_cast<size_t>(kk - 1);
    *n = static_cast<size_t>(nn);
    return true;
  } catch (...) {
    return false;
  }
}

std::string FindPatternsDir(const std::string& given, const char* argv0) {
  if (!given.empty()) return given;
  if (const char* env = std::getenv("REDOVIS_PATTERNS")) return env;
  std::error_code ec;
  fs::path exe = fs::canonical("/proc/self/exe", ec);
  if (!ec) {
    for (const fs::path& candidate :
         {exe.parent_path() / "../share/redovis/patterns", exe.parent_path() / "../patterns",
          exe.parent_path() / "patterns"})
      if (fs::exists(candidate / "common.rules", ec)) return candidate.string();
  }
  (void)argv0;
  return REDOVIS_DEFAULT_PATTERNS;
}

/// An output stream: stdout; or a regular file, written to a temporary file
/// beside it and renamed into place on Commit(), so that a failed run never
/// leaves half a file; or anything else that exists and is not a regular file
/// (a device such as /dev/null, a FIFO), written in place, because renaming
/// over it would replace it. A symbolic link is followed to its target.
class AtomicOutput {
 public:
  bool Open(const std::string& path, std::string* error) {
    path_ = path;
    if (path.empty() || path == "-") return true;
    std::error_code ec;
    fs::path target = path;
    for (int hops = 0; hops < 40 && fs::is_symlink(fs::symlink_status(target, ec)); ++hops) {
      fs::path next = fs::read_symlink(target, ec);
      if (ec) break;
      target = next.is_absolute() ? next : target.parent_path() / next;
    }
    if (fs::is_symlink(fs::symlink_status(target, ec))) {
      *error = path + ": cannot write (a loop of symbolic links)";
      return false;
    }
    fs::file_status st = fs::status(target, ec);
    if (fs::exists(st) && !fs::is_regular_file(st)) {
      file_.open(target, std::ios::binary);
      if (!file_) {
        *error = path + ": cannot write (" + std::strerror(errno) + ")";
        return false;
      }
      in_place_ = true;
      return true;
    }
    path_ = target.string();
    tmp_ = path_ + ".tmp-" + std::to_string(getpid());
    file_.open(tmp_, std::ios::binary | std::ios::trunc);
    if (!file_) {
      *error = path + ": cannot write (" + std::strerror(errno) + ")";
      tmp_.clear();
      return false;
    }
    return true;
  }
  std::ostream& stream() { return tmp_.empty() && !in_place_ ? std::cout : file_; }
  bool Commit(std::string* error) {
    if (in_place_) {
      file_.close();
      if (!file_) *error = path_ + ": cannot write (" + std::strerror(errno) + ")";
      return static_cast<bool>(file_);
    }
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
  bool in_place_ = false;
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
  CLI::App app{
      "redovis: turns municipalities' annual reports on the personligt ombud grant into "
      "checked data"};
  app.require_subcommand(0, 1);
  app.set_version_flag("--version", std::string("redovis ") + REDOVIS_VERSION);
  std::string patterns_dir;
  app.add_option("--patterns", patterns_dir,
                 "pattern directory (default: the installed patterns/)");

  // extract
  auto* extract = app.add_subcommand("extract", "extract records from report files");
  std::vector<std::string> inputs;
  std::string format = "jsonl", output;
  BatchFlags extract_flags;
  extract->add_option("inputs", inputs, "files or directories; - for standard input");
  extract->add_option("--format,-f", format, "json, jsonl, csv or csv-long")
      ->check(CLI::IsMember({"json", "jsonl", "csv", "csv-long"}));
  extract->add_option("-o,--output", output, "write to FILE (atomically) instead of stdout");
  AddBatchFlags(extract, &extract_flags);

  // check
  auto* check =
      app.add_subcommand("check", "report what is unreadable, incomplete or inconsistent");
  std::vector<std::string> check_inputs;
  std::string check_format = "text", check_output;
  BatchFlags check_flags;
  check->add_option("inputs", check_inputs, "files or directories; - for standard input");
  check->add_option("--format,-f", check_format, "text, json or jsonl")
      ->check(CLI::IsMember({"text", "json", "jsonl"}));
  check->add_option("-o,--output", check_output, "write to FILE (atomically) instead of stdout");
  std::string html_path;
  check->add_option("--html", html_path, "also write a self-contained HTML report to FILE");
  AddBatchFlags(check, &check_flags);

  // fields
  auto* fields =
      app.add_subcommand("fields", "list the catalogue: key, type, editions, Swedish label");
  std::string fields_edition, fields_format = "tsv";
  fields->add_option("--edition", fields_edition,
                     "only the keys this edition asks for (e.g. po-2021)");
  fields->add_option("--format,-f", fields_format, "tsv or json")
      ->check(CLI::IsMember({"tsv", "json"}));

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
  BatchFlags& flags = is_check ? check_flags : extract_flags;
  std::vector<std::string>& args = is_check ? check_inputs : inputs;
  std::string stdin_bytes;
  bool stdin_used = false;
  if (!flags.files_from.empty()) {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (flags.files_from != "-") {
      file.open(flags.files_from);
      if (!file) {
        std::cerr << "redovis: " << flags.files_from << ": cannot read the list of files\n";
        return 2;
      }
      in = &file;
    } else {
      stdin_used = true;
    }
    std::string line;
    while (std::getline(*in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty()) args.push_back(line);
    }
  }
  if (args.empty()) {
    std::cerr
        << "redovis: no inputs: name files or directories, - for standard input, or --files-from\n";
    return 2;
  }
  size_t shard_k = 0, shard_n = 1;
  if (!flags.shard.empty() && !ParseShard(flags.shard, &shard_k, &shard_n)) {
    std::cerr << "redovis: --shard takes K/N with 1 <= K <= N, e.g. 2/8\n";
    return 2;
  }
  std::vector<std::string> problems;
  std::vector<Input> expanded = ExpandInputs(args, flags.filter, &problems);
  for (const std::string& p : problems) std::cerr << "redovis: " << p << "\n";
  if (shard_n > 1) {
    std::vector<Input> mine;
    for (size_t i = 0; i < expanded.size(); ++i)
      if (i % shard_n == shard_k) mine.push_back(std::move(expanded[i]));
    expanded.swap(mine);
  }
  // One copy of each path is kept for the whole run, whatever the batch size.
  std::vector<std::string> paths;
  paths.reserve(expanded.size());
  for (Input& i : expanded) paths.push_back(std::move(i.path));
  std::vector<Input>().swap(expanded);
  std::vector<std::string>().swap(args);
  if (std::find(paths.begin(), paths.end(), "-") != paths.end()) {
    if (stdin_used) {
      std::cerr << "redovis: standard input cannot be both the list of files and an input\n";
      return 2;
    }
    stdin_bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  }
  BatchOptions batch;
  batch.jobs = flags.jobs > 0 ? flags.jobs : DefaultJobs();
  batch.timeout_seconds = flags.timeout;
  batch.max_memory_mb = flags.max_memory_mb;
  batch.isolate = !flags.in_process;
  batch.extract.read.ocr = flags.ocr;
  BatchRunner runner(*patterns, batch);
  bool quiet = flags.quiet;
  auto started = std::chrono::steady_clock::now();

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
    WriterOptions options;
    options.header = shard_k == 0;  // so that shards' CSV outputs concatenate
    writer = RecordWriter::Create(f, out.stream(), patterns->catalogue(), options);
  } else if (check_format != "text") {
    writer = CreateFindingsWriter(check_format == "jsonl", out.stream(), patterns->catalogue());
  }
  Status written = writer ? writer->Begin() : Status();
  std::vector<Record> for_html;  // summaries only: values are not kept
  bool progress_shown = false;
  auto last_progress = started;
  auto progress = [&](size_t done, size_t total) {
    if (quiet || !isatty(STDERR_FILENO)) return;
    auto now = std::chrono::steady_clock::now();
    if (done < total && now - last_progress < std::chrono::milliseconds(200)) return;
    last_progress = now;
    double secs = std::chrono::duration<double>(now - started).count();
    double rate = secs > 0 ? done / secs : 0;
    double eta = rate > 0 ? (total - done) / rate : 0;
    char line[160];
    std::snprintf(line, sizeof line, "\r%zu/%zu files  %.1f files/s  ETA %d:%02d   ", done, total,
                  rate, static_cast<int>(eta) / 60, static_cast<int>(eta) % 60);
    std::cerr << line << std::flush;
    progress_shown = true;
  };
  runner.Run(
      paths, stdin_bytes, writer ? writer->renderer() : nullptr,
      [&](std::vector<BatchRecord> recs) {
        ++files;
        for (BatchRecord& br : recs) {
          const Record& r = br.record;
          ++records;
          ++by_status[r.status];
          if (r.status == "unreadable") ++unreadable;
          if (r.HasError()) ++with_errors;
          if (is_check && !html_path.empty()) for_html.push_back(r);
          if (!writer) {
            PrintCheckSummary(out.stream(), r);
            continue;
          }
          if (written.ok()) written = writer->WriteRendered(br.rendered);
        }
      },
      progress);
  if (progress_shown) std::cerr << "\n";
  if (writer) {
    Status finished = writer->Finish();
    if (written.ok()) written = finished;
  }
  if (!written.ok()) {
    std::string to = is_check ? check_output : output;
    std::cerr << "redovis: " << (to.empty() || to == "-" ? "standard output" : to) << ": "
              << written.message() << "\n";
    return 2;
  }
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
    WriteHtmlReport(html.stream(), for_html, "redovis check", patterns->catalogue());
    if (!html.Commit(&error)) {
      std::cerr << "redovis: " << error << "\n";
      return 2;
    }
  }
  if (!quiet) {
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::ostringstream summary;
    summary << "redovis: " << files << " files, " << records << " reports (";
    bool first = true;
    for (const auto& [status, n] : by_status) {
      summary << (first ? "" : ", ") << status << " " << n;
      first = false;
    }
    char t[32];
    std::snprintf(t, sizeof t, "%.1f", secs);
    summary << "), " << unreadable << " unreadable, " << t << " s";
    std::cerr << summary.str() << "\n";
  }
  if (!problems.empty() || unreadable > 0) return 1;
  if (is_check && with_errors > 0) return 1;
  return 0;
}

}  // namespace redovis
