// ZipArchive over libzip, reading from memory with our own byte accounting.
#include "read/office/zip_archive.h"

#include <zip.h>

#include <algorithm>
#include <cstring>

#include "read/office/office_module.h"

namespace redovis {

namespace {

constexpr size_t kEocdSize = 22;       // end of central directory record, no comment
constexpr size_t kMaxComment = 65535;  // the longest archive comment
constexpr size_t kChunk = 64u << 10;   // bytes inflated per zip_fread call

uint16_t Le16(const char* p) {
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  return static_cast<uint16_t>(u[0] | (u[1] << 8));
}

std::string LibzipMessage(const ZipCalls& z, zip_error_t* error) {
  const char* m = z.zip_error_strerror(error);
  return m ? std::string(m) : std::string("unknown libzip error");
}

Status OpenError(const ZipCalls& z, zip_error_t* error) {
  int code = z.zip_error_code_zip(error);
  std::string detail = LibzipMessage(z, error);
  switch (code) {
    case ZIP_ER_NOZIP:
      return Status::Error("not_a_zip",
                           "not a zip archive: no end-of-central-directory record was found "
                           "(not an Office package, or the file is truncated)");
    case ZIP_ER_INCONS:
      return Status::Error("not_a_zip", "a damaged zip archive: its directory is inconsistent (" +
                                            detail + "); the file may be truncated");
    case ZIP_ER_MEMORY:
      return Status::Error("out_of_memory", "out of memory opening the zip archive");
    default:
      return Status::Error("not_a_zip", "cannot open the zip archive: " + detail);
  }
}

}  // namespace

int64_t DeclaredZipEntries(std::string_view bytes) {
  if (bytes.size() < kEocdSize) return -1;
  size_t last = bytes.size() - kEocdSize;
  size_t first = last > kMaxComment ? last - kMaxComment : 0;
  for (size_t i = last + 1; i-- > first;) {
    if (bytes[i] != 'P' || std::memcmp(bytes.data() + i, "PK\x05\x06", 4) != 0) continue;
    // A ZIP64 locator right before the record means the 16-bit counts are placeholders.
    if (i >= 20 && std::memcmp(bytes.data() + i - 20, "PK\x06\x07", 4) == 0) return -1;
    uint16_t total = Le16(bytes.data() + i + 10);
    if (total == 0xFFFF) return -1;
    return total;
  }
  return -1;
}

ZipArchive::ZipArchive(const ZipCalls* calls, zip* archive, size_t entries, size_t archive_size,
                       const ZipLimits& limits)
    : z_(calls),
      archive_(archive),
      entries_(entries),
      archive_size_(archive_size),
      limits_(limits) {}

ZipArchive::~ZipArchive() {
  if (archive_) z_->zip_discard(archive_);
}

Status ZipArchive::Open(std::string_view bytes, const ZipLimits& limits,
                        std::unique_ptr<ZipArchive>* out) {
  out->reset();
  if (bytes.size() < kEocdSize) {
    return Status::Error("not_a_zip", "not a zip archive: " + std::to_string(bytes.size()) +
                                          " bytes is shorter than any zip file");
  }
  // Refuse an archive with too many entries before libzip allocates for them.
  int64_t declared = DeclaredZipEntries(bytes);
  if (declared >= 0 && static_cast<size_t>(declared) > limits.max_entries) {
    return Status::Error("zip_limits", "the zip archive declares " + std::to_string(declared) +
                                           " entries; the limit is " +
                                           std::to_string(limits.max_entries));
  }
  // libzip is the office module's (loaded here, on the first package).
  const OfficeModule* module = nullptr;
  if (Status loaded = LoadOfficeModule(&module); !loaded.ok()) return loaded;
  const ZipCalls& z = module->zip;
  zip_error_t error;
  z.zip_error_init(&error);
  zip_source_t* source = z.zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) {
    Status s = OpenError(z, &error);
    z.zip_error_fini(&error);
    return s;
  }
  zip_t* archive = z.zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (!archive) {
    z.zip_source_free(source);
    Status s = OpenError(z, &error);
    z.zip_error_fini(&error);
    return s;
  }
  z.zip_error_fini(&error);
  zip_int64_t n = z.zip_get_num_entries(archive, 0);
  if (n < 0) n = 0;
  if (static_cast<uint64_t>(n) > limits.max_entries) {
    z.zip_discard(archive);
    return Status::Error("zip_limits", "the zip archive holds " + std::to_string(n) +
                                           " entries; the limit is " +
                                           std::to_string(limits.max_entries));
  }
  out->reset(new ZipArchive(&z, archive, static_cast<size_t>(n), bytes.size(), limits));
  return Status();
}

Status ZipArchive::OverLimit(const std::string& name, uint64_t bytes, uint64_t compressed,
                             const std::string& what) const {
  double ratio = static_cast<double>(bytes) / static_cast<double>(compressed);
  if (ratio > limits_.max_ratio) {
    return Status::Error(
        "zip_bomb", "the part " + name + " " + what + "; " + std::to_string(bytes) +
                        " bytes from " + std::to_string(compressed) +
                        " compressed bytes is more than " +
                        std::to_string(static_cast<int>(limits_.max_ratio)) + ":1, a zip bomb");
  }
  return Status::Error("zip_limits", "the part " + name + " " + what);
}

std::string ZipArchive::EntryName(size_t index) const {
  zip_stat_t st;
  z_->zip_stat_init(&st);
  if (z_->zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &st) != 0 ||
      !(st.valid & ZIP_STAT_NAME) || st.name == nullptr)
    return "";
  return st.name;
}

bool ZipArchive::Contains(const std::string& name) const {
  return z_->zip_name_locate(archive_, name.c_str(), 0) >= 0;
}

Status ZipArchive::Read(const std::string& name, std::string* out) {
  const ZipCalls& z = *z_;
  out->clear();
  zip_int64_t index = z.zip_name_locate(archive_, name.c_str(), 0);
  if (index < 0) return Status::Error("missing_part", "the package has no part " + name);
  zip_stat_t st;
  z.zip_stat_init(&st);
  if (z.zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &st) != 0) {
    return Status::Error("not_a_zip", "cannot read the directory entry of " + name + ": " +
                                          LibzipMessage(z, z.zip_get_error(archive_)));
  }
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
    return Status::Error("encrypted",
                         "the part " + name + " is encrypted (password-protected zip)");
  }
  // The compressed size bounds the ratio; a lying directory cannot claim more
  // compressed bytes than the file holds.
  uint64_t compressed = archive_size_;
  if ((st.valid & ZIP_STAT_COMP_SIZE) && st.comp_size < compressed) compressed = st.comp_size;
  if (compressed == 0) compressed = 1;
  bool declared = (st.valid & ZIP_STAT_SIZE) != 0;

  // A part that declares more than the limits allow is refused before it is
  // inflated: a bomb when it declares that from very few bytes, else too large.
  if (declared && st.size > limits_.max_part_bytes) {
    return OverLimit(name, st.size, compressed,
                     "declares " + std::to_string(st.size) + " bytes; the limit for one part is " +
                         std::to_string(limits_.max_part_bytes));
  }
  if (declared && total_read_ + st.size > limits_.max_total_bytes) {
    return OverLimit(name, st.size, compressed,
                     "declares " + std::to_string(st.size) + " bytes, which with the " +
                         std::to_string(total_read_) +
                         " already read passes the package's limit of " +
                         std::to_string(limits_.max_total_bytes));
  }
  zip_file_t* file = z.zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0);
  if (!file) {
    zip_error_t* e = z.zip_get_error(archive_);
    int code = z.zip_error_code_zip(e);
    if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP)
      return Status::Error("encrypted",
                           "the part " + name + " is encrypted: " + LibzipMessage(z, e));
    if (code == ZIP_ER_COMPNOTSUPP)
      return Status::Error("corrupt", "the part " + name + " uses a compression method (" +
                                          std::to_string(st.comp_method) + ") that cannot be read");
    return Status::Error("corrupt", "cannot open the part " + name + ": " + LibzipMessage(z, e));
  }
  // Declared sizes are not trusted: reserve a bounded amount and count what arrives.
  if (st.valid & ZIP_STAT_SIZE)
    out->reserve(static_cast<size_t>(
        std::min<uint64_t>(st.size, std::min<size_t>(limits_.max_part_bytes, 16u << 20))));
  Status result;
  size_t part_read = 0;
  // Past its declared size an entry does not match its directory: its bytes
  // are no longer kept, only counted, until the stream ends (damaged: corrupt)
  // or passes a limit (a bomb that lied about its size).
  bool overrun = false;
  std::string discard;
  for (;;) {
    size_t old = out->size();
    if (overrun && discard.empty()) discard.resize(kChunk);
    char* into = discard.data();
    size_t room = discard.size();
    if (!overrun) {
      out->resize(old + kChunk);
      into = out->data() + old;
      room = kChunk;
    }
    zip_int64_t got = z.zip_fread(file, into, room);
    if (!overrun) out->resize(old + static_cast<size_t>(std::max<zip_int64_t>(got, 0)));
    if (got < 0) {
      zip_error_t* e = z.zip_file_get_error(file);
      int code = z.zip_error_code_zip(e);
      if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD)
        result = Status::Error("encrypted", "the part " + name + " is encrypted");
      else
        result =
            Status::Error("corrupt", "the part " + name + " is damaged: " + LibzipMessage(z, e));
      break;
    }
    if (got == 0) {
      if (overrun)
        result =
            Status::Error("corrupt", "the part " + name + " is damaged: it inflates to " +
                                         std::to_string(part_read) + " bytes where it declares " +
                                         std::to_string(st.size));
      break;
    }
    part_read += static_cast<size_t>(got);
    total_read_ += static_cast<size_t>(got);
    if (declared && part_read > st.size && !overrun) {
      overrun = true;
      out->clear();
      out->shrink_to_fit();
    }
    if (part_read > limits_.max_part_bytes) {
      result = overrun ? Status::Error("zip_bomb", "the part " + name + " declares " +
                                                       std::to_string(st.size) +
                                                       " bytes but inflates past the limit of " +
                                                       std::to_string(limits_.max_part_bytes))
                       : OverLimit(name, part_read, compressed,
                                   "inflates past the limit for one part of " +
                                       std::to_string(limits_.max_part_bytes) + " bytes");
      break;
    }
    if (total_read_ > limits_.max_total_bytes) {
      result = overrun ? Status::Error("zip_bomb", "the part " + name + " declares " +
                                                       std::to_string(st.size) +
                                                       " bytes but inflates past the package's "
                                                       "limit of " +
                                                       std::to_string(limits_.max_total_bytes))
                       : OverLimit(name, part_read, compressed,
                                   "takes the package past its limit of " +
                                       std::to_string(limits_.max_total_bytes) + " bytes");
      break;
    }
  }
  z.zip_fclose(file);
  if (!result.ok()) out->clear();
  return result;
}

}  // namespace redovis
