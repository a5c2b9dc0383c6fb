// Helpers for tests that build small PDFs by hand.
#ifndef REDOVIS_TESTS_PDF_TEST_SUPPORT_H_
#define REDOVIS_TESTS_PDF_TEST_SUPPORT_H_

#include <cstdio>
#include <string>
#include <vector>

namespace redovis {
namespace testing {

/// A PDF of `objects` (numbered from 1 in order) with a correct xref table
/// and object `root` as its catalogue.
inline std::string AssemblePdf(const std::vector<std::string>& objects, int root) {
  std::string out = "%PDF-1.5\n%\xE2\xE3\xCF\xD3\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char buf[32];
    snprintf(buf, sizeof buf, "%010zu 00000 n \n", off);
    out += buf;
  }
  out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root " +
         std::to_string(root) + " 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return out;
}

}  // namespace testing
}  // namespace redovis

#endif  // REDOVIS_TESTS_PDF_TEST_SUPPORT_H_
