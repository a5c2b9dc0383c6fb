#include "cli/inputs.h"

#include <fnmatch.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <set>

#include "redovis/readers.h"

namespace redovis {

namespace {

namespace fs = std::filesystem;

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

Status Usage(std::string message) {
  return Status::Error("usage", std::move(message));
}

}  // namespace

bool InputFilter::Accepts(const fs::path& p) const {
  std::string name = p.filename().string(), full = p.string();
  auto hit = [&](const std::string& g) {
    return fnmatch(g.c_str(), name.c_str(), 0) == 0 || fnmatch(g.c_str(), full.c_str(), 0) == 0;
  };
  for (const auto& g : exclude)
    if (hit(g)) return false;
  if (include.empty()) return IsWalkedExtension(p.extension().string());
  for (const auto& g : include)
    if (hit(g)) return true;
  return false;
}

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

void TakeShard(size_t k, size_t n, std::vector<std::string>* paths) {
  if (n <= 1) return;
  std::vector<std::string> mine;
  for (size_t i = 0; i < paths->size(); ++i)
    if (i % n == k) mine.push_back(std::move((*paths)[i]));
  paths->swap(mine);
}

std::vector<std::string> ExpandInputs(const std::vector<std::string>& args,
                                      const InputFilter& filter, std::vector<std::string>* problems,
                                      std::map<std::string, size_t>* skipped) {
  std::vector<std::string> out;
  for (const std::string& a : args) {
    if (a == "-") {
      out.push_back(a);
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
        if (filter.Accepts(it->path()))
          found.push_back(it->path().string());
        else if (skipped)
          ++(*skipped)[Lower(it->path().extension().string())];
      }
      std::sort(found.begin(), found.end());
      for (auto& f : found) out.push_back(std::move(f));
    } else {
      out.push_back(a);  // a missing file becomes an `unreadable` record
    }
  }
  return out;
}

void ReadFileList(std::istream& in, std::vector<std::string>* paths) {
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) paths->push_back(line);
  }
}

Status GatherInputs(InputRequest request, std::istream& stdin_stream, Inputs* out) {
  std::vector<std::string>& args = request.args;
  bool stdin_used = false;
  if (!request.files_from.empty()) {
    if (request.files_from == "-") {
      stdin_used = true;
      ReadFileList(stdin_stream, &args);
    } else {
      std::ifstream file(request.files_from);
      if (!file) return Usage(request.files_from + ": cannot read the list of files");
      ReadFileList(file, &args);
    }
  }
  if (args.empty())
    return Usage("no inputs: name files or directories, - for standard input, or --files-from");
  if (!request.shard.empty() && !ParseShard(request.shard, &out->shard_k, &out->shard_n))
    return Usage("--shard takes K/N with 1 <= K <= N, e.g. 2/8");
  // One copy of each path is kept for the whole run, whatever the batch size.
  out->paths = ExpandInputs(args, request.filter, &out->problems, &out->skipped);
  if (out->paths.empty() && out->problems.empty()) {
    std::string what;
    for (const auto& [ext, n] : out->skipped)
      what += (what.empty() ? "" : ", ") + std::to_string(n) + " " +
              (ext.empty() ? "without extension" : ext);
    return Usage("no files were read: the directories hold no file of a readable format" +
                 (what.empty() ? std::string() : " (skipped: " + what + ")"));
  }
  std::vector<std::string>().swap(args);
  TakeShard(out->shard_k, out->shard_n, &out->paths);
  if (std::find(out->paths.begin(), out->paths.end(), "-") != out->paths.end()) {
    if (stdin_used) return Usage("standard input cannot be both the list of files and an input");
    out->stdin_bytes.assign(std::istreambuf_iterator<char>(stdin_stream),
                            std::istreambuf_iterator<char>());
  }
  return Status();
}

}  // namespace redovis
