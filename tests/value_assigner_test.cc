#include "match/value_assigner.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>

#include "read/text/cut_lines.h"
#include "test_paths.h"
#include "test_support.h"
#include "value_assigner_test_support.h"

namespace value_assigner_test {

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::Rig;
using redovis::testing::SampleFile;

namespace {

/// `rig`'s rule reading a list of municipalities.
Rule TownsRule(const Rig& rig) {
  Rule towns = rig.rule;
  towns.transform = "municipalities";
  return towns;
}

/// Assigns `list`, a list of municipalities ending in its separator, with
/// `a` (over `rig`'s record): no value, one `list_goes_on` finding showing
/// `shown`.
void CheckListGoesOn(ValueAssigner* a, const Rig& rig, const std::string& list,
                     const std::string& shown) {
  a->Assign("report.co_municipalities", list, TownsRule(rig), rig.line);
  CHECK(!rig.record.Has("report.co_municipalities"));
  REQUIRE(rig.codes() == std::vector<std::string>{"value_unreadable"});
  CHECK(rig.record.findings[0].message_id == "list_goes_on");
  CHECK(rig.record.findings[0].args.at("raw") == shown);
}

}  // namespace

TEST_CASE("Assign: text typed as the catalogue says, with provenance") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  a.Assign("grant.awarded_sek", "804 246:-", rig.rule, rig.line);
  a.Assign("ombud.fte", "1,50", rig.rule, rig.line);
  a.Assign("signature.date", "2021-12-16", rig.rule, rig.line);
  a.Assign("contact.department", "  Social   omsorg ", rig.rule, rig.line);
  CHECK(rig.record.Get("grant.awarded_sek") == Value::Int(804246));
  CHECK(rig.record.Get("ombud.fte") == Value::Decimal(1.5));
  CHECK(rig.record.Get("signature.date").as_text() == "2021-12-16");
  CHECK(rig.record.Get("contact.department").as_text() == "Social omsorg");
  const Provenance& p = rig.record.provenance.at("grant.awarded_sek");
  CHECK(p.rule == "test.rules:4");
  CHECK(p.page == 2);
  CHECK(p.line == 31);
  CHECK(p.text == "Kommun\tVästerås");
  CHECK(rig.record.findings.empty());
}

TEST_CASE("Assign: a number larger than its key may hold is no value and a finding") {
  // common.rules' `most 999 ... grant.used_fte`: a kronor amount run into
  // the FTE's cell ("... = 1,00 4 045 300") is never a number of posts.
  Rig rig;
  ValueAssigner a = rig.assigner();
  a.Assign("grant.used_fte", "4 045 300", rig.rule, rig.line);
  a.Assign("grant.awarded_fte", "10,00", rig.rule, rig.line);
  a.Assign("grant.used_sek", "4 045 300", rig.rule, rig.line);  // no bound
  CHECK(rig.record.Get("grant.used_fte").is_null());
  CHECK(rig.record.Get("grant.awarded_fte") == Value::Decimal(10));
  CHECK(rig.record.Get("grant.used_sek") == Value::Int(4045300));
  REQUIRE(rig.record.findings.size() == 1);
  CHECK(rig.record.findings[0].code == "value_out_of_range");
  CHECK(rig.record.findings[0].keys == std::vector<std::string>{"grant.used_fte"});
}

TEST_CASE("Assign: a text's trailing run of separators is a row's empty cells, not the answer's") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  a.Assign("contact.department", "4-6 veckor.,,,", rig.rule, rig.line);
  a.Assign("contact.committee", "Nämnden;; ", rig.rule, rig.line);
  a.Assign("contact.address", "Storgatan 1,", rig.rule, rig.line);  // one: the text's own
  CHECK(rig.record.Get("contact.department").as_text() == "4-6 veckor.");
  CHECK(rig.record.Get("contact.committee").as_text() == "Nämnden");
  CHECK(rig.record.Get("contact.address").as_text() == "Storgatan 1,");
}

TEST_CASE("Assign: a rule held to the lines under a key keeps its value only there") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  Rule email = rig.rule;
  email.transform = "email";
  email.after_keys = {"signature.phone"};
  // No phone read: a cover letter's "Epost:" is no value, and a finding.
  a.Assign("signature.email", "karin.bodlund@vasteras.se", email, rig.line);
  CHECK(!rig.record.Has("signature.email"));
  REQUIRE(rig.codes() == std::vector<std::string>{"ambiguous_label"});
  CHECK(rig.record.findings[0].message_id == "label_away_from_its_block");
  CHECK(rig.record.findings[0].args.at("raw") == "karin.bodlund@vasteras.se");
  // The phone read two lines above on the same page: the address is kept.
  Line phone = rig.line;
  phone.number = rig.line.number - 2;
  a.Assign("signature.phone", "060-16 34 92", rig.rule, phone);
  a.Assign("signature.email", "inga-lill.nilsson@timra.se", email, rig.line);
  CHECK(rig.record.Get("signature.email").as_text() == "inga-lill.nilsson@timra.se");
  // Four lines under it, or on another page: too far.
  Rig far;
  ValueAssigner b = far.assigner();
  Line before = far.line;
  before.number = far.line.number - 4;
  b.Assign("signature.phone", "060-16 34 92", far.rule, before);
  b.Assign("signature.email", "inga-lill.nilsson@timra.se", email, far.line);
  CHECK(!far.record.Has("signature.email"));
  Rig other_page;
  ValueAssigner c = other_page.assigner();
  Line page_before = other_page.line;
  page_before.page = other_page.line.page - 1;
  page_before.number = other_page.line.number - 1;
  c.Assign("signature.phone", "060-16 34 92", other_page.rule, page_before);
  c.Assign("signature.email", "inga-lill.nilsson@timra.se", email, other_page.line);
  CHECK(!other_page.record.Has("signature.email"));
}

TEST_CASE("Assign: what cannot be read is no value and a finding") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  a.Assign("clients.total.women", "ca tio", rig.rule, rig.line);
  a.Assign("clients.total.men", "4,5", rig.rule, rig.line);
  a.Assign("signature.date", "20/209", rig.rule, rig.line);
  a.Assign("training.offered", "kanske", rig.rule, rig.line);
  // A minus before a count or an amount: a dash or a bullet, not a sign.
  a.Assign("clients.new.women", "-29", rig.rule, rig.line);
  a.Assign("grant.used_sek", "\u2212804 246", rig.rule, rig.line);
  CHECK(rig.record.values.empty());
  CHECK(rig.codes() == std::vector<std::string>{"unreadable_number", "not_whole_number",
                                                "unreadable_date", "unreadable_mark",
                                                "unreadable_number", "unreadable_number"});
  CHECK(rig.record.findings[0].keys == std::vector<std::string>{"clients.total.women"});
  CHECK(rig.record.findings[0].line == 31);
}

TEST_CASE("Assign: text still holding a table's cell separator is no value and a finding") {
  // Cells a reader ran together (pandoc -t asciidoc read as plain lines):
  // never a name with the next cell's label glued on.
  Rig rig;
  ValueAssigner a = rig.assigner();
  Rule person = rig.rule;
  person.transform = "person";
  person.params["email"] = "contact.email";
  a.Assign("contact.person",
           "Susanne Aspling Björkstén 021-39 20 82 susanne.aspling.bjorksten@vasteras.se "
           "|Avdelning/Enhet Personligt Ombud",
           person, rig.line);
  a.Assign("contact.address", "Stadshuset |Postnummer 721 87", rig.rule, rig.line);
  a.Assign("clients.total.women", "7 | 3", rig.rule, rig.line);
  a.Assign("training.description", ". Mentorskap knutet till introduktion.", rig.rule, rig.line);
  a.Assign("supervision.description", "Extern handledning\n|===", rig.rule, rig.line);
  a.Assign("other.comments", "<td align=\"left\">Kommun</td>", rig.rule, rig.line);
  CHECK(rig.record.values.empty());  // the e-mail inside the person's text is not taken either
  REQUIRE(rig.codes() == std::vector<std::string>(6, "table_debris"));
  CHECK(rig.record.findings[0].keys == std::vector<std::string>{"contact.person"});
  CHECK(rig.record.findings[0].line == 31);
  CHECK(rig.record.findings[0].args.at("debris") == "|");
  CHECK(rig.record.findings[3].args.at("debris") == ". ");
  CHECK(rig.record.findings[4].args.at("debris") == "|===");
  CHECK(rig.record.findings[0].message.find("Avdelning/Enhet") != std::string::npos);
}

TEST_CASE("Assign: a person's name holding a piece of a number is no value") {
  // A mail's re-wrap moved the phone's rest: "021-39" is too short to be a
  // phone, and a name has no digits.
  Rig rig;
  ValueAssigner a = rig.assigner();
  Rule person = rig.rule;
  person.transform = "person";
  person.params["phone"] = "contact.person_phone";
  a.Assign("contact.person", "Susanne Aspling Björkstén 021-39", person, rig.line);
  CHECK(!rig.record.Has("contact.person"));
  REQUIRE(rig.codes() == std::vector<std::string>{"value_unreadable"});
  CHECK(rig.record.findings[0].args.at("raw") == "Susanne Aspling Björkstén 021-39");
  // A whole phone in the cell is taken out, and the name stands.
  a.Assign("contact.person", "Anna Berg 0920-123 45", person, rig.line);
  CHECK(rig.record.Get("contact.person").ToDisplay() == "Anna Berg");
  CHECK(rig.record.Get("contact.person_phone").ToDisplay() == "0920-12345");
  // A digit inside a word is no number's piece (a code a hostile text
  // planted stays the name's, shown by the writers as it is).
  Rig other;
  ValueAssigner b = other.assigner();
  b.Assign("contact.person", "Inga-Lill Nils2on", person, other.line);
  CHECK(other.record.Get("contact.person").ToDisplay() == "Inga-Lill Nils2on");
}

TEST_CASE("Assign: a word cut over a cell's lines that the reader could not join is no value") {
  // The reader's kUndecidedCut between the pieces ("VÄ" / "ST" / "ER" / "ÅS"
  // in a grid cell two columns wide): one word or four is not told.
  Rig rig;
  ValueAssigner a = rig.assigner();
  a.Assign("contact.city",
           std::string("VÄ") + kUndecidedCut + "ST" + kUndecidedCut + "ER" + kUndecidedCut + "ÅS",
           rig.rule, rig.line);
  CHECK(!rig.record.Has("contact.city"));
  REQUIRE(rig.codes() == std::vector<std::string>{"value_unreadable"});
  CHECK(rig.record.findings[0].keys == std::vector<std::string>{"contact.city"});
  CHECK(rig.record.findings[0].args.at("raw") == "VÄ / ST / ER / ÅS");
  a.Assign("contact.city", "VÄSTERÅS", rig.rule, rig.line);
  CHECK(rig.record.Get("contact.city").as_text() == "VÄSTERÅS");
}

TEST_CASE("Assign: a place's name broken before its last letters is the name they make") {
  // MuPDF's text of a narrow cell: "SKINNSKATTEBER" / "G", joined with a
  // space. Before, the value was "SKINNSKATTEBER G".
  Rig rig;
  rig.rule.transform = "place";
  ValueAssigner a = rig.assigner();
  a.Assign("contact.city", "SKINNSKATTEBER G", rig.rule, rig.line);
  CHECK(rig.record.Get("contact.city").as_text() == "SKINNSKATTEBERG");
  CHECK(rig.codes().empty());
  // A last letter alone that makes no municipality's name: no value.
  Rig other;
  other.rule.transform = "place";
  ValueAssigner b = other.assigner();
  b.Assign("contact.city", "KVICKSUN D", other.rule, other.line);
  CHECK(!other.record.Has("contact.city"));
  REQUIRE(other.codes() == std::vector<std::string>{"value_unreadable"});
  CHECK(other.record.findings[0].message_id == "broken_name");
  // A name of two words stays as written.
  b.Assign("contact.city", "Upplands Väsby", other.rule, other.line);
  CHECK(other.record.Get("contact.city").as_text() == "Upplands Väsby");
}

TEST_CASE("Assign: a cell a mail's re-wrap may have broken is no value and a finding") {
  // The reader's kUndecidedWrap ends a line the mail may have broken inside
  // its last cell ("Postnummer 721" / "87  Postort"): the rest is not told.
  Rig rig;
  ValueAssigner a = rig.assigner();
  a.Assign("contact.postcode", std::string("721") + kUndecidedWrap, rig.rule, rig.line);
  CHECK(!rig.record.Has("contact.postcode"));
  REQUIRE(rig.codes() == std::vector<std::string>{"value_unreadable"});
  CHECK(rig.record.findings[0].args.at("raw") == "721");
  CHECK(rig.record.findings[0].message.find("721") != std::string::npos);
}

TEST_CASE("Assign: a value reaching a line fmt ended inside a paragraph is no value") {
  // The reader's kRefilledBreak ends a line of a text a cell a line that
  // fmt refilled: "Socialnämnd Telefon" ran on into the next label, "Vård
  // och" was cut short; after the label alone, the label's own words may go
  // on at the next line ("Om ja, ange vilken/vilka" / "utbildningar.").
  Rig rig;
  ValueAssigner a = rig.assigner();
  a.Assign("contact.committee", std::string("Socialnämnd Telefon") + kRefilledBreak + " (inkl.",
           rig.rule, rig.line);
  CHECK(!rig.record.Has("contact.committee"));
  REQUIRE(rig.codes() == std::vector<std::string>{"value_unreadable"});
  CHECK(rig.record.findings[0].message_id == "refilled_line");
  CHECK(rig.record.findings[0].args.at("raw") == "Socialnämnd Telefon");
  a.Assign("contact.address", std::string(kRefilledBreak) + " utbildningar.", rig.rule, rig.line);
  CHECK(!rig.record.Has("contact.address"));
  a.Assign("contact.committee", "Socialnämnden", rig.rule, rig.line);
  CHECK(rig.record.Get("contact.committee").as_text() == "Socialnämnden");
}

TEST_CASE("Assign: a cell on a line that reaches a cut text's column is no value") {
  // The reader's kCutLine ends a line of a text cut at one column
  // ("Inga-Lill Nils" of "Inga-Lill Nilsson", "12" of "125"): the value may
  // be cut short, and what stood past the column is gone.
  Rig rig;
  ValueAssigner a = rig.assigner();
  a.Assign("contact.person", std::string("Inga-Lill Nils") + kCutLine, rig.rule, rig.line);
  CHECK(!rig.record.Has("contact.person"));
  REQUIRE(rig.codes() == std::vector<std::string>{"value_unreadable"});
  CHECK(rig.record.findings[0].message_id == "cut_line");
  CHECK(rig.record.findings[0].args.at("raw") == "Inga-Lill Nils");
  a.Assign("contact.person", "Inga-Lill Nilsson", rig.rule, rig.line);
  CHECK(rig.record.Get("contact.person").as_text() == "Inga-Lill Nilsson");
}

TEST_CASE("Assign: a free text over a fold's lines is read as they stand, with a finding") {
  // `pdftotext -layout | fold -w 80`: "... Hem" / "löshet." may be one word
  // broken at the width or two lines; nothing past the width is gone.
  const std::string text = std::string("Lågaffektivt bemötande. Hem") + kCutLine + kFoldBreak +
                           "\nlöshet." + kCutLine + "\nKronofogden.";
  Rig rig;
  // The language's words: "sina" and "olika", two words, are written apart.
  const KnownWord words = [](std::string_view w) {
    return w == "sina" || w == "olika" || w == "hem" || w == "Hem";
  };
  ValueAssigner a(rig.ps, rig.normaliser, rig.parser, &rig.record, &words);
  Rule question = rig.rule;
  question.kind = RuleKind::kText;
  a.set_folded_text(true);
  a.Assign("training.description", text, question, rig.line);
  CHECK(rig.record.Get("training.description").as_text() ==
        "Lågaffektivt bemötande. Hemlöshet.\nKronofogden.");
  REQUIRE(rig.codes() == std::vector<std::string>{"lines_cut"});
  CHECK(rig.record.findings[0].message_id == "text_over_fold");
  CHECK(rig.record.findings[0].args.at("raw") == "Hem|löshet.");
  // A line at the width that ends the answer: its rest is not in it.
  a.Assign("supervision.description",
           std::string("Extern handledning en gång i mån") + kCutLine + kFoldBreak, question,
           rig.line);
  CHECK(!rig.record.Has("supervision.description"));
  a.Assign("supervision.description",
           std::string("komplexitet i sina") + kCutLine + kFoldBreak + "\nolika ärenden", question,
           rig.line);
  CHECK(rig.record.Get("supervision.description").as_text() == "komplexitet i sina olika ärenden");
  CHECK(rig.record.findings[0].keys == std::vector<std::string>{"training.description"});
  // Any other value on such a line (a name, a field's text): unread.
  a.Assign("contact.person", std::string("Inga-Lill Nils") + kCutLine, rig.rule, rig.line);
  a.Assign("contact.committee", std::string("Social") + kCutLine, rig.rule, rig.line);
  CHECK(!rig.record.Has("contact.person"));
  CHECK(!rig.record.Has("contact.committee"));
  // A lone capitalised word on a folded line ("Ja" / "Nej": the next table's
  // column words, unread as its header) is no line of the answer: unread.
  a.Assign("access.waiting_time",
           std::string("3-4 månader\nJa") + kCutLine + "\n" + "Nej" + kCutLine, question, rig.line);
  CHECK(!rig.record.Has("access.waiting_time"));
  a.Assign("trends.client_groups", std::string("Fler unga.\nJa") + kCutLine + " Nej" + kCutLine,
           question, rig.line);
  CHECK(!rig.record.Has("trends.client_groups"));
  // The answer ran on into the next question, its label broken at the width
  // and unread: unread.
  a.Assign("steering_group.missing_members_reason",
           std::string("Ange hur kommunen har arbetat för att få representant") + kCutLine +
               kFoldBreak + "\n" + "er från nedanstående huvudmän att delta i ledningsgruppen?" +
               kCutLine + "\nKallelser skickas.",
           question, rig.line);
  CHECK(!rig.record.Has("steering_group.missing_members_reason"));
  // Cut, not folded (the default): what stood past the column is gone.
  Rig cut;
  ValueAssigner b(cut.ps, cut.normaliser, cut.parser, &cut.record, &words);
  b.Assign("training.description", text, question, cut.line);
  CHECK(!cut.record.Has("training.description"));
  CHECK(cut.codes() == std::vector<std::string>{"value_unreadable"});
  // Folded, but no word list to tell two words from one: unread.
  Rig bare;
  ValueAssigner c = bare.assigner();
  c.set_folded_text(true);
  c.Assign("training.description", text, question, bare.line);
  CHECK(!bare.record.Has("training.description"));
}

TEST_CASE("Assign: a list that ends in its separator goes on past what was read: no value") {
  // `fmt` refilled "Sala, Köping, Arboga, Kungsör," short of its width;
  // html2text wrapped "..., Fagersta och" / "Skinnskatteberg." at 79
  // columns: the list's next line was read as no part of it.
  for (const std::string listed :
       {"Sala, Köping, Arboga, Kungsör,", "Sala, Köping, Fagersta och"}) {
    CAPTURE(listed);
    Rig rig;
    ValueAssigner a = rig.assigner();
    CheckListGoesOn(&a, rig, listed + " ", listed);
  }
  // The separators inside the list end none of it.
  Rig rig;
  ValueAssigner a = rig.assigner();
  a.Assign("report.co_municipalities", "Sala, Köping, Arboga och Kungsör", TownsRule(rig),
           rig.line);
  CHECK(rig.record.Get("report.co_municipalities").as_list().size() == 4);
}

TEST_CASE("Assign: the separator a list ends in is one of the patterns' list_separator") {
  // The separators are the patterns' (common.rules' list_separator), the
  // ones that split the list: with "/" alone, a list ending in "/" goes on.
  testing::TempPatterns dir(
      std::map<std::string, std::string>{{"common.rules", "list_separator \"\\s*/\\s*\"\n"},
                                         {"checks.rules", "# none\n"},
                                         {"t.rules", "edition t\ntag 2021\n"}});
  std::unique_ptr<PatternSet> ps;
  Status loaded = dir.Load(&ps);
  REQUIRE_MESSAGE(loaded.ok(), loaded.ToString());
  Normaliser normaliser(ps->vocabulary());
  ValueParser parser(ps->vocabulary());
  Rig rig;
  ValueAssigner a(*ps, normaliser, parser, &rig.record);
  CheckListGoesOn(&a, rig, "Sala / Köping / ", "Sala / Köping /");
  a.Assign("report.co_municipalities", "Sala / Köping", TownsRule(rig), rig.line);
  CHECK(rig.record.Get("report.co_municipalities").as_list().size() == 2);
}

TEST_CASE("EndsInListSeparator and ListItems: a list's pieces") {
  CHECK(EndsInListSeparator({"Sala", " "}));
  CHECK(EndsInListSeparator({"", ""}));
  CHECK_FALSE(EndsInListSeparator({"Sala", "Köping"}));
  CHECK_FALSE(EndsInListSeparator({"Sala, "}));
  CHECK(ListItems({" Sala.", "", "Köping ;", " "}) == std::vector<std::string>{"Sala", "Köping"});
}

TEST_CASE("Assign: a phone number cut short where its cell wrapped is no value and a finding") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  Rule phone = rig.rule;
  phone.transform = "phone";
  a.Assign("contact.phone", "060- 16 31", phone, rig.line);
  CHECK(!rig.record.Has("contact.phone"));
  CHECK(rig.codes() == std::vector<std::string>{"unreadable_number"});
  a.Assign("contact.phone", "060- 16 31 00", phone, rig.line);
  CHECK(rig.record.Get("contact.phone").as_text() == "060-163100");
}

TEST_CASE("Assign: an address cut in its top-level domain is no address, and says so") {
  // "nf@vasteras.s": the last letter on a line the reader did not join; an
  // address cut at its hyphen over a cell's two lines ("anna-lena.engs-").
  // Not left blank: a finding says what was written.
  Rig rig;
  ValueAssigner a = rig.assigner();
  Rule email = rig.rule;
  email.transform = "email";
  a.Assign("contact.email", "nf@vasteras.s", email, rig.line);
  CHECK(!rig.record.Has("contact.email"));
  CHECK(rig.codes() == std::vector<std::string>{"value_unreadable"});
  a.Assign("contact.email", " anna-lena.engs- ", email, rig.line);
  CHECK(!rig.record.Has("contact.email"));
  REQUIRE(rig.record.findings.size() == 2);
  CHECK(rig.record.findings[1].message.find("'anna-lena.engs-'") != std::string::npos);
  a.Assign("contact.email", "  ", email, rig.line);  // left blank: no finding
  CHECK(rig.record.findings.size() == 2);
  a.Assign("contact.email", "nf@vasteras.se", email, rig.line);
  CHECK(rig.record.Get("contact.email").as_text() == "nf@vasteras.se");
}

TEST_CASE("Assign: a free-text answer may hold a '|' between words, a space on each side") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  Rule question = rig.rule;
  question.kind = RuleKind::kText;
  a.Assign("training.description", "Samtal | bemötande | MI", question, rig.line);
  CHECK(rig.record.Get("training.description").as_text() == "Samtal | bemötande | MI");
  // but not an answer of a kind that never holds one
  a.Assign("contact.address", "Storgatan 1 | 2 tr", rig.rule, rig.line);
  a.Assign("supervision.description", "Samtal |bemötande", question, rig.line);
  CHECK(!rig.record.Has("contact.address"));
  CHECK(rig.codes() == std::vector<std::string>{"table_debris", "table_debris"});
}

TEST_CASE("Assign: a key the edition does not ask for, or a blank answer, is ignored") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  a.Assign("clients.with_children.total", "3", rig.rule, rig.line);  // 2016 only
  a.Assign("access.waiting_time", "dagar", rig.rule, rig.line);      // printed on the form
  a.Assign("contact.address", "   ", rig.rule, rig.line);
  CHECK(rig.record.values.empty());
  CHECK(rig.record.findings.empty());
}

TEST_CASE("Assign: a second, different value takes neither, for good, and says so") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  a.Assign("clients.total.women", "12", rig.rule, rig.line);
  a.Assign("clients.total.women", "12", rig.rule, rig.line);
  CHECK(rig.record.findings.empty());
  Line second = rig.line;
  second.number = rig.line.number + 40;
  a.Assign("clients.total.women", "13", rig.rule, second);
  CHECK_FALSE(rig.record.Has("clients.total.women"));
  CHECK_FALSE(rig.record.provenance.count("clients.total.women"));
  CHECK(rig.codes() == std::vector<std::string>{"conflicting_values"});
  const Finding& f = rig.record.findings.back();
  CHECK(f.args.at("first") == "12");
  CHECK(f.args.at("second") == "13");
  CHECK(f.args.at("first_line") == std::to_string(rig.line.number));
  CHECK(f.args.at("second_line") == std::to_string(second.number));
  // Neither the first again nor a third is taken later; one finding says it.
  a.Assign("clients.total.women", "12", rig.rule, rig.line);
  a.Assign("clients.total.women", "14", rig.rule, rig.line);
  CHECK_FALSE(rig.record.Has("clients.total.women"));
  CHECK(rig.codes() == std::vector<std::string>{"conflicting_values"});
  // Another key is not touched.
  a.Assign("clients.total.men", "7", rig.rule, rig.line);
  CHECK(rig.record.Get("clients.total.men").as_int() == 7);
}

TEST_CASE("Assign: transforms from the rule") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  Rule person = rig.rule;
  person.transform = "person";
  person.params = {{"phone", "contact.person_phone"}, {"email", "contact.person_email"}};
  a.Assign("contact.person", "Anna Berg 08-123 456 78 anna.berg@tyreso.se", person, rig.line);
  CHECK(rig.record.Get("contact.person").as_text() == "Anna Berg");
  CHECK(rig.record.Get("contact.person_phone").as_text() == "08-12345678");
  CHECK(rig.record.Get("contact.person_email").as_text() == "anna.berg@tyreso.se");
  Rule postcode = rig.rule;
  postcode.transform = "postcode";
  a.Assign("contact.postcode", "721 87", postcode, rig.line);
  CHECK(rig.record.Get("contact.postcode").as_text() == "72187");
  Rule town = rig.rule;
  town.transform = "municipality";
  a.Assign("report.municipality", "Västerås stad", town, rig.line);
  CHECK(rig.record.Get("report.municipality").as_text() == "Västerås");
  Rule towns = rig.rule;
  towns.transform = "municipalities";
  a.Assign("report.co_municipalities", "Sala, Heby och Enköping", towns, rig.line);
  CHECK(rig.record.Get("report.co_municipalities").as_list() ==
        std::vector<std::string>{"Sala", "Heby", "Enköping"});
  CHECK(rig.record.findings.empty());
  a.Assign("contact.city", "Västerxs", town, rig.line);
  REQUIRE(rig.codes() == std::vector<std::string>{"unknown_municipality"});
  CHECK(rig.record.findings[0].message.find("did you mean Västerås?") != std::string::npos);
}

TEST_CASE("as=municipality/municipalities: a name the table does not know is none") {
  // The next section's heading under an empty "Kommun/kommuner": no name.
  Rig rig;
  ValueAssigner a = rig.assigner();
  Rule towns = rig.rule;
  towns.transform = "municipalities";
  a.Assign("report.co_municipalities", "PERSONLIGA OMBUD", towns, rig.line);
  CHECK(rig.record.Get("report.co_municipalities").is_null());
  REQUIRE(rig.codes() == std::vector<std::string>{"unknown_municipality"});
  CHECK(rig.record.findings[0].message_id == "unknown_municipality");
  CHECK(rig.record.findings[0].args.at("raw") == "PERSONLIGA OMBUD");
  // A list with one item unknown is not known whole: no value.
  a.Assign("report.co_municipalities", "Sala, Avdelning 3 och Heby", towns, rig.line);
  CHECK(rig.record.Get("report.co_municipalities").is_null());
  CHECK(rig.codes() == std::vector<std::string>{"unknown_municipality", "unknown_municipality"});
  // A name found in the words around it is read.
  Rule town = rig.rule;
  town.transform = "municipality";
  a.Assign("report.municipality", "Sala (0,5 tjänst)", town, rig.line);
  CHECK(rig.record.Get("report.municipality").as_text() == "Sala");
}

TEST_CASE("as=person: the words that introduce a phone or an address are no part of the name") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  Rule person = rig.rule;
  person.transform = "person";
  person.params = {{"phone", "contact.person_phone"}, {"email", "contact.person_email"}};
  a.Assign("contact.person", "Anna Berg, tel 0920-12345", person, rig.line);
  CHECK(rig.record.Get("contact.person").as_text() == "Anna Berg");
  CHECK(rig.record.Get("contact.person_phone").as_text() == "0920-12345");

  Rig both;
  ValueAssigner b = both.assigner();
  b.Assign("contact.person", "Per Ek; tfn: 08-123 456, e-post: per.ek@tyreso.se", person,
           both.line);
  CHECK(both.record.Get("contact.person").as_text() == "Per Ek");
  CHECK(both.record.Get("contact.person_email").as_text() == "per.ek@tyreso.se");

  // An address typed with its domain in capitals is an address, as typed;
  // one the class refuses for more than its case is no address, and no part
  // of the name either.
  Rig capital;
  ValueAssigner d = capital.assigner();
  d.Assign("contact.person", "Per Ek per.ek@TYRESO.se", person, capital.line);
  CHECK(capital.record.Get("contact.person").as_text() == "Per Ek");
  CHECK(capital.record.Get("contact.person_email").as_text() == "per.ek@TYRESO.se");
  Rig glued;
  ValueAssigner g = glued.assigner();
  g.Assign("contact.person", "Per Ek e-post:per.ek@tyreso.se", person, glued.line);
  CHECK(glued.record.Get("contact.person").as_text() == "Per Ek");
  CHECK(glued.record.Get("contact.person_email").is_null());

  // With no number and no address in the cell, a name's last word stays.
  Rig plain;
  ValueAssigner c = plain.assigner();
  c.Assign("contact.person", "Eva Mobil", person, plain.line);
  CHECK(plain.record.Get("contact.person").as_text() == "Eva Mobil");
}

TEST_CASE("as=person: words after the phone and the address are the next cell's, not the name's") {
  // w3m at 60 columns: the address fills its cell's width, one space
  // before the next column's word ("Ombud" of "Personligt Ombud").
  Rig rig;
  ValueAssigner a = rig.assigner();
  Rule person = rig.rule;
  person.transform = "person";
  person.params = {{"phone", "contact.person_phone"}, {"email", "contact.person_email"}};
  a.Assign("contact.person",
           "Susanne Aspling Björkstén 021-39 20 82 susanne.aspling.bjorksten@vasteras.se Ombud",
           person, rig.line);
  CHECK(rig.record.Get("contact.person").as_text() == "Susanne Aspling Björkstén");
  CHECK(rig.record.Get("contact.person_phone").as_text() == "021-392082");
  CHECK(rig.record.Get("contact.person_email").as_text() ==
        "susanne.aspling.bjorksten@vasteras.se");
  // Only the words that introduce the number before it: the name is after.
  Rig after;
  ValueAssigner b = after.assigner();
  b.Assign("contact.person", "tel 0920-12345 Anna Berg", person, after.line);
  CHECK(after.record.Get("contact.person").as_text() == "Anna Berg");
  // Words between the details too: which are the name is not told.
  Rig between;
  ValueAssigner c = between.assigner();
  c.Assign("contact.person", "0920-12345 Anna Berg anna.berg@timra.se handläggare", person,
           between.line);
  CHECK(between.record.Get("contact.person").as_text() == "Anna Berg handläggare");
}

TEST_CASE("Assign: a text answer with no letter or digit is no value and a finding") {
  // "Avdelning/" broken over two lines of a narrow dump: its "/" after the label.
  Rig rig;
  ValueAssigner a = rig.assigner();
  a.Assign("contact.department", "/", rig.rule, rig.line);
  a.Assign("contact.address", " - ", rig.rule, rig.line);
  CHECK(rig.record.values.empty());
  REQUIRE(rig.codes() == std::vector<std::string>{"value_unreadable", "value_unreadable"});
  CHECK(rig.record.findings[0].message_id == "no_letter_or_digit");
  CHECK(rig.record.findings[0].args.at("raw") == "/");
  CHECK(rig.record.findings[1].args.at("raw") == "-");
  // A letter or a digit is enough.
  a.Assign("contact.department", "Å/", rig.rule, rig.line);
  a.Assign("contact.address", "7", rig.rule, rig.line);
  CHECK(rig.record.Get("contact.department").as_text() == "Å/");
  CHECK(rig.record.Get("contact.address").as_text() == "7");
}

TEST_CASE("AssignChoice: one mark is the choice, none is null, two conflict") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  a.AssignChoice("training.offered", {"no"}, rig.rule, rig.line);
  CHECK(rig.record.Get("training.offered") == Value::Bool(false));
  a.AssignChoice("supervision.offered", {}, rig.rule, rig.line);
  CHECK(rig.record.Get("supervision.offered").is_null());
  a.AssignChoice("covid.affected", {"partly"}, rig.rule, rig.line);
  CHECK(rig.record.Get("covid.affected").as_text() == "partly");
  a.AssignChoice("access.queue", {"yes", "no"}, rig.rule, rig.line);
  CHECK(rig.record.Get("access.queue").is_null());
  REQUIRE(rig.codes() == std::vector<std::string>{"conflicting_marks"});
  CHECK(rig.record.findings[0].keys == std::vector<std::string>{"access.queue"});
  // several= gives two marks a meaning.
  Rule several = rig.rule;
  several.several_value = "partly";
  Rig other;
  ValueAssigner b = other.assigner();
  b.AssignChoice("access.queue", {"yes", "no"}, several, other.line);
  CHECK(other.record.Get("access.queue").as_text() == "partly");
  // A list from options: every marked one, and empty when none.
  b.AssignChoice("covid.effects", {}, other.rule, other.line, /*from_options=*/true);
  REQUIRE(other.record.Get("covid.effects").is_list());
  CHECK(other.record.Get("covid.effects").as_list().empty());
}

TEST_CASE("as=email: text without a whole address gives no value, never the text") {
  std::string text = SampleFile("000_2b37c49d4415161a.txt");
  REQUIRE(text.find("sociala@timra.se") != std::string::npos);
  auto recs = ExtractText(text);
  REQUIRE(!recs.empty());
  CHECK(recs[0].Get("contact.email").as_text() == "sociala@timra.se");
  // An OCR'd '@' read as 'Q', or the first half of an address broken over lines.
  text.replace(text.find("sociala@timra.se"), 16, "socialaQtimra.se");
  recs = ExtractText(text);
  REQUIRE(!recs.empty());
  CHECK(recs[0].Get("contact.email").is_null());
}

TEST_CASE("as=email: an address whose word before ends in a point or hyphen is no value") {
  // OCR wrote a space after the local part's point ("inga-lill. nilsson@..."):
  // the address found is its tail. Nothing rather than a wrong address.
  Rig rig;
  ValueAssigner a = rig.assigner();
  Rule email = rig.rule;
  email.transform = "email";
  a.Assign("signature.email", "inga-lill. nilsson@timra.se", email, rig.line);
  CHECK_FALSE(rig.record.Has("signature.email"));
  REQUIRE(!rig.record.findings.empty());
  CHECK(rig.record.findings.back().code == "value_unreadable");
  CHECK(rig.record.findings.back().message_id == "address_start_unclear");
  for (const char* cut : {"inga- nilsson@timra.se", "inga_ nilsson@timra.se"}) {
    Rig r;
    ValueAssigner b = r.assigner();
    b.Assign("signature.email", cut, email, r.line);
    CHECK_MESSAGE(!r.record.Has("signature.email"), cut);
  }
  // An address the normaliser left in pieces (its hyphens may be its own):
  // lost_hyphen, which says so, with the pieces as written.
  for (const char* pieces :
       {"inga- lill.nilsson@timra.se", "anna- lena.engs- tedt@solna.se", "nilsson@tim- ra.se"}) {
    Rig r;
    ValueAssigner b = r.assigner();
    b.Assign("signature.email", pieces, email, r.line);
    CHECK_MESSAGE(!r.record.Has("signature.email"), pieces);
    REQUIRE(!r.record.findings.empty());
    CHECK(r.record.findings.back().code == "lost_hyphen");
    CHECK(r.record.findings.back().message_id == "address_broken_at_hyphen");
  }
  // A name and its address, or an address alone, are read.
  for (const char* whole : {"Inga-Lill Nilsson inga-lill.nilsson@timra.se",
                            "inga-lill.nilsson@timra.se", "e-post: nilsson@timra.se"}) {
    Rig r;
    ValueAssigner b = r.assigner();
    b.Assign("signature.email", whole, email, r.line);
    CHECK_MESSAGE(
        r.record.Get("signature.email").ToDisplay().find("nilsson@timra.se") != std::string::npos,
        whole);
  }
}

TEST_CASE("Withdraw: a stored value taken back with its provenance") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  a.Assign("contact.department", "Socialförvaltningen", rig.rule, rig.line);
  REQUIRE(rig.record.Has("contact.department"));
  CHECK(a.Withdraw("contact.department") == "Socialförvaltningen");
  CHECK_FALSE(rig.record.Has("contact.department"));
  CHECK(rig.record.provenance.count("contact.department") == 0);
  // Nothing stored: nothing to take back.
  CHECK(a.Withdraw("contact.department").empty());
  CHECK(a.Withdraw("contact.phone").empty());
}

TEST_CASE("Assign: a phone of fewer than six digits is a piece of one") {
  // The phone's cell wrapped ("021-39" / "00 00") and the order wrote its
  // last digits elsewhere: no number rather than a wrong one.
  Rig rig;
  ValueAssigner a = rig.assigner();
  Rule phone = rig.rule;
  phone.transform = "phone";
  a.Assign("contact.phone", "021-39", phone, rig.line);
  CHECK_FALSE(rig.record.Has("contact.phone"));
  CHECK(rig.codes() == std::vector<std::string>{"value_unreadable"});
  a.Assign("contact.phone", "021-39 00 00", phone, rig.line);
  CHECK(rig.record.Get("contact.phone").as_text() == "021-390000");
}

TEST_CASE("IsShortValueTransform: names, phones, addresses and places, not free text or counts") {
  for (const char* t : {"person", "name", "phone", "email", "postcode", "place"})
    CHECK(IsShortValueTransform(t));
  for (const char* t : {"", "municipality", "municipalities", "county", "days", "Person"})
    CHECK_FALSE(IsShortValueTransform(t));
}

}  // namespace value_assigner_test
