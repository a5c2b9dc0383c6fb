#include "write/html_report.h"

#include <doctest/doctest.h>

#include <sstream>

#include "test_support.h"
#include "write_samples.h"

namespace html_report_test {

using namespace redovis;
using testing::Sample;

namespace {

CheckUi Ui(const std::string& lang) {
  CheckUi ui;
  REQUIRE(
      ui.Load(testing::ProjectPatterns().messages(), testing::ProjectPatterns().dir(), lang).ok());
  return ui;
}

size_t Count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("HTML report: escaped, every record in the files table, findings with their text") {
  Record r = Sample();
  r.source.file = "<script>alert(1)</script>.txt";
  r.AddFinding("warning", "sum_mismatch", {"clients.total.women"}, "267 & 265", 4, 12,
               "Totalt\t267");
  std::ostringstream out;
  CheckPage page;
  page.date = "2026-11-29";
  page.inbox = "in<box>/";
  WriteHtmlReport(out, {r, Sample()}, page, Ui("en"), testing::ProjectPatterns().catalogue());
  std::string html = out.str();
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;.txt") != std::string::npos);
  CHECK(html.find("267 &amp; 265") != std::string::npos);
  CHECK(html.find("page 4, line 12") != std::string::npos);
  CHECK(html.find("<code>Totalt\t267</code>") != std::string::npos);
  CHECK(html.find("<code>in&lt;box&gt;/</code>") != std::string::npos);
  CHECK(html.find("<html lang=\"en\">") != std::string::npos);
  CHECK(Count(html, "<tr><td><a href=\"#r") == 2);
}

TEST_CASE("HTML report: Swedish, the date and inbox, contacts, the action list, files counted") {
  const Catalogue& c = testing::ProjectPatterns().catalogue();
  CheckUi ui = Ui("sv");
  Record good = Sample();
  good.source.file = "good.docx";
  Record asks = Sample();
  asks.source.file = "asks.docx";
  asks.values[c.KeyWithRole("contact_person")] = Value::Text("Anna Berg");
  asks.values[c.KeyWithRole("contact_person_email")] = Value::Text("anna@ex.se");
  asks.AddFinding("warning", "sum_mismatch", {}, "åldersgrupperna ger 30", 2, 4, "");
  asks.AddFinding("warning", "sum_mismatch", {}, "åldersgrupperna ger 31", 2, 5, "");
  Record blank;
  blank.source.file = "blank.pdf";
  blank.status = "blank";
  CheckPage page;
  page.date = "2026-11-29";
  page.inbox = "inkorg/";
  page.county = "Västmanlands län";
  page.not_reported = {"Arboga", "Sala"};
  std::ostringstream out;
  WriteHtmlReport(out, {good, asks, blank}, page, ui, c);
  std::string html = out.str();
  CHECK(html.find("<html lang=\"sv\">") != std::string::npos);
  CHECK(html.find("<time>2026-11-29</time>") != std::string::npos);
  CHECK(html.find("<code>inkorg/</code>") != std::string::npos);
  // Files needing action, not findings: 3 files, 2 to act on, 1 without remarks.
  CHECK(html.find(ui.Text("html.summary", {{"files", "3"}, {"action", "2"}, {"ok", "1"}})) !=
        std::string::npos);
  CHECK(html.find("<a href=\"mailto:anna@ex.se\">anna@ex.se</a>") != std::string::npos);
  CHECK(html.find("Anna Berg") != std::string::npos);
  CHECK(html.find("<li>åldersgrupperna ger 30 (sidan 2, rad 4)</li>") != std::string::npos);
  CHECK(html.find("<li>" + HtmlEscape(ui.Text("action.blank")) + "</li>") != std::string::npos);
  CHECK(html.find(HtmlEscape(ui.StatusWord("blank"))) != std::string::npos);
  CHECK(html.find("<li>Arboga</li><li>Sala</li>") != std::string::npos);
  CHECK(html.find(">varning<") != std::string::npos);
}

}  // namespace html_report_test
