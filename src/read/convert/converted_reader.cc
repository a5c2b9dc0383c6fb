#include "read/convert/converted_reader.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <new>
#include <thread>
#include <vector>

#include "read/office/docx_reader.h"
#include "read/text/html_markup.h"
#include "read/text/pdf_markup.h"
#include "read/text/text_reader.h"

namespace redovis {

namespace {

namespace fs = std::filesystem;

constexpr const char* kPackage = "libreoffice-writer-nogui";

/// A private directory, removed with all it holds when this goes.
class TempDir {
 public:
  TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string templ = std::string(base && *base ? base : "/tmp") + "/redovis-convert-XXXXXX";
    std::vector<char> buf(templ.begin(), templ.end());
    buf.push_back('\0');
    if (mkdtemp(buf.data()) != nullptr) path_ = buf.data();
  }
  ~TempDir() {
    if (path_.empty()) return;
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

/// The program to run: soffice.bin beside the `soffice` found on PATH
/// (symbolic links followed), else that `soffice`; "" when there is none.
std::string FindConverter() {
  const char* path = std::getenv("PATH");
  if (path == nullptr) return "";
  std::string_view rest = path;
  while (true) {
    size_t colon = rest.find(':');
    std::string dir(rest.substr(0, colon));
    if (!dir.empty()) {
      std::string candidate = dir + "/soffice";
      if (access(candidate.c_str(), X_OK) == 0) {
        std::error_code ec;
        fs::path real = fs::canonical(candidate, ec);
        if (!ec) {
          fs::path bin = real.parent_path() / "soffice.bin";
          if (access(bin.c_str(), X_OK) == 0) return bin.string();
        }
        return candidate;
      }
    }
    if (colon == std::string_view::npos) break;
    rest.remove_prefix(colon + 1);
  }
  return "";
}

bool WriteFile(const std::string& path, std::string_view bytes) {
  std::ofstream f(path, std::ios::binary);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(f);
}

enum class RunResult { kExited, kTimedOut, kNotStarted };

/// Runs argv in its own process group with stdio on /dev/null; waits until
/// `deadline` (time_point::max(): no limit), then kills the group.
/// `*exit_code` is the exit status, or 128 + signal.
RunResult Run(const std::vector<std::string>& args, std::chrono::steady_clock::time_point deadline,
              int* exit_code) {
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t parent = getpid();
  pid_t pid = fork();
  if (pid < 0) return RunResult::kNotStarted;
  if (pid == 0) {
    // Only async-signal-safe calls from here to exec.
    setpgid(0, 0);
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(127);
    int null = open("/dev/null", O_RDWR);
    if (null >= 0) {
      dup2(null, 0);
      dup2(null, 1);
      dup2(null, 2);
    }
    execv(argv[0], argv.data());
    _exit(127);
  }
  setpgid(pid, pid);  // either side may win the race; both ask the same
  int status = 0;
  while (true) {
    pid_t r = waitpid(pid, &status, WNOHANG);
    if (r == pid) break;
    if (r < 0 && errno != EINTR) {
      kill(-pid, SIGKILL);
      *exit_code = 127;
      return RunResult::kExited;
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      kill(-pid, SIGKILL);
      kill(pid, SIGKILL);
      while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
      return RunResult::kTimedOut;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill(-pid, SIGKILL);  // anything it left behind in its group
  *exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return RunResult::kExited;
}

bool HasUtf16Name(std::string_view bytes, std::string_view ascii) {
  std::string wide;
  for (char c : ascii) {
    wide.push_back(c);
    wide.push_back('\0');
  }
  return bytes.find(wide) != std::string_view::npos;
}

/// `bytes` converted (as a file named input.`extension`) and read by the
/// Word reader, `*out`'s format set to `format`.
Status ReadConverted(std::string_view bytes, const char* extension, const char* format,
                     const ReadOptions& options, Document* out) {
  *out = Document();
  std::string docx;
  Status s = ConvertToDocx(bytes, extension, options, &docx);
  if (!s.ok()) return s;
  s = ReadDocx(docx, options, out);
  if (!s.ok()) return s;
  out->format = format;
  return s;
}

}  // namespace

double ConversionTimeLimit(double file_timeout) {
  if (file_timeout <= 0) return 0;
  return file_timeout - std::min(10.0, file_timeout / 5);
}

Status ConvertToDocx(std::string_view bytes, const char* extension, const ReadOptions& options,
                     std::string* docx) {
  try {
    docx->clear();
    std::string program = FindConverter();
    if (program.empty())
      return Status::Error("converter_missing",
                           std::string("reading .") + extension +
                               " needs LibreOffice (soffice) on PATH: apt-get install " + kPackage);
    TempDir dir;
    if (dir.path().empty())
      return Status::Error("cannot_open", "no private temporary directory could be made");
    std::string input = dir.path() + "/input." + extension;
    std::string out_dir = dir.path() + "/out";
    if (!WriteFile(input, bytes) || mkdir(out_dir.c_str(), 0700) != 0)
      return Status::Error("cannot_open", "cannot write into " + dir.path());
    std::vector<std::string> args = {program,
                                     "--headless",
                                     "--norestore",
                                     "--nologo",
                                     "--nodefault",
                                     "--nolockcheck",
                                     "-env:UserInstallation=file://" + dir.path() + "/profile"};
    // Named so that no other filter's guess stands in the way (an .xml file
    // is claimed by several of LibreOffice's XML imports).
    if (std::string_view(extension) == "html") args.push_back("--infilter=HTML (StarWriter)");
    if (std::string_view(extension) == "xml") args.push_back("--infilter=MS Word 2003 XML");
    for (const char* a : {"--convert-to", "docx:MS Word 2007 XML", "--outdir"}) args.push_back(a);
    args.push_back(out_dir);
    args.push_back(input);
    const double seconds = options.convert_timeout_seconds;
    auto deadline = std::chrono::steady_clock::time_point::max();
    if (seconds > 0)
      deadline = std::chrono::steady_clock::now() +
                 std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                     std::chrono::duration<double>(seconds));
    int code = 0;
    // A fresh profile makes soffice.bin ask for one restart (exit 81), as
    // its launcher would do; both runs share the one deadline.
    for (int attempt = 0; attempt < 2; ++attempt) {
      RunResult r = Run(args, deadline, &code);
      if (r == RunResult::kNotStarted)
        return Status::Error("converter_missing", "cannot start " + program);
      if (r == RunResult::kTimedOut) {
        char limit[32];  // as given: 2.4, 50
        std::snprintf(limit, sizeof limit, "%g", seconds);
        return Status::Error(
            "timeout", "LibreOffice did not convert the ." + std::string(extension) + " within " +
                           limit +
                           " s, the converter's share of --timeout, and was stopped; the file "
                           "itself may be fine: a busy machine or a long document can take "
                           "longer, so try it again with a larger --timeout");
      }
      if (code != 81) break;
    }
    std::string produced = out_dir + "/input.docx";
    std::error_code ec;
    auto size = fs::file_size(produced, ec);
    if (ec)
      return Status::Error("conversion_failed",
                           std::string("LibreOffice could not convert the .") + extension +
                               " (exit " + std::to_string(code) +
                               "): a damaged, password-protected or foreign file");
    if (size > options.max_total_bytes)
      return Status::Error("too_large", "the converted .docx is " + std::to_string(size) +
                                            " bytes, above the limit");
    std::ifstream f(produced, std::ios::binary);
    docx->resize(size);
    if (!f.read(docx->data(), static_cast<std::streamsize>(size)))
      return Status::Error("conversion_failed", "cannot read back the converted .docx");
    return Status();
  } catch (const std::bad_alloc&) {
    return Status::Error("out_of_memory", "out of memory while converting");
  } catch (const std::exception& e) {
    return Status::Error("conversion_failed", std::string("converting failed: ") + e.what());
  }
}

Status ReadDoc(std::string_view bytes, const ReadOptions& options, Document* out) {
  *out = Document();
  if (HasUtf16Name(bytes, "EncryptedPackage"))
    return Status::Error("encrypted",
                         "a password-protected Office file (an OLE2 EncryptedPackage); save it "
                         "without a password");
  if (!HasUtf16Name(bytes, "WordDocument"))
    return Status::Error("legacy_word",
                         "an OLE2 container with no Word document in it (an Excel, PowerPoint "
                         "or Outlook file?), which redovis cannot read");
  return ReadConverted(bytes, "doc", "doc", options, out);
}

Status ReadRtf(std::string_view bytes, const ReadOptions& options, Document* out) {
  return ReadConverted(bytes, "rtf", "rtf", options, out);
}

Status ReadHtml(std::string_view bytes, const ReadOptions& options, Document* out) {
  // A PDF's text as pdftohtml -noframes or -s or pdftotext -bbox write it:
  // the text reader's (pdf_markup.h), not converted.
  std::string text;
  if (PdfMarkupText(bytes, &text) != PdfMarkup::kNone) return ReadText(bytes, out);
  // Form check boxes as their glyphs first: the converter drops them.
  return ReadConverted(CheckboxInputsAsGlyphs(bytes), "html", "html", options, out);
}

Status ReadWordXml(std::string_view bytes, const ReadOptions& options, Document* out) {
  return ReadConverted(bytes, "xml", "wordml", options, out);
}

}  // namespace redovis
