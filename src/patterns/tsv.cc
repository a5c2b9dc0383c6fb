#include "patterns/tsv.h"

#include <fstream>

#include "base/text_util.h"

namespace redovis {

std::vector<std::string> SplitTsvLine(std::string_view line) {
  return SplitAt(line, '\t');
}

Status ReadTsv(const std::string& path, std::string_view header,
               const std::function<Status(const TsvRow&)>& row) {
  std::ifstream in(path);
  if (!in) return Status::Error("pattern_error", path + ": cannot open");
  std::string line;
  bool first = true;  // no row read yet: the header may come
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    TsvRow r{SplitTsvLine(line), number, path + ":" + std::to_string(number)};
    bool is_header = first && r.cells[0] == header;
    first = false;
    if (is_header) continue;
    if (Status s = row(r); !s.ok()) return s;
  }
  return Status();
}

}  // namespace redovis
