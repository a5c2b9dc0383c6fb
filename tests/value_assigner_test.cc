#include "match/value_assigner.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>

#include "read/text/cut_lines.h"
#include "test_paths.h"
#include "test_support.h"

using namespace redovis;
using redovis::testing::ExtractText;
using redovis::testing::SampleFile;

namespace {

/// One ValueAssigner over a 2021 record, with the project's patterns.
struct Rig {
  Rig() : normaliser(ps.vocabulary()), parser(ps.vocabulary()) {
    record.asked = ps.catalogue().KeysFor("2021");
    rule.id = "test.rules:4";
    line.page = 2;
    line.number = 31;
    Cell label, value;
    label.text = "Kommun";
    value.text = "Västerås";
    line.cells = {label, value};
  }
  ValueAssigner assigner() { return ValueAssigner(ps, normaliser, parser, &record); }
  std::vector<std::string> codes() const {
    std::vector<std::string> out;
    for (const Finding& f : record.findings) out.push_back(f.code);
    return out;
  }

  const PatternSet& ps = testing::ProjectPatterns();
  Normaliser normaliser;
  ValueParser parser;
  Record record;
  Rule rule;
  Line line;
};

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

TEST_CASE("Assign: an address cut in its top-level domain is no address") {
  // "nf@vasteras.s": the last letter on a line the reader did not join.
  Rig rig;
  ValueAssigner a = rig.assigner();
  Rule email = rig.rule;
  email.transform = "email";
  a.Assign("contact.email", "nf@vasteras.s", email, rig.line);
  CHECK(!rig.record.Has("contact.email"));
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

TEST_CASE("Assign: a second, different value keeps the first and says so") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  a.Assign("clients.total.women", "12", rig.rule, rig.line);
  a.Assign("clients.total.women", "12", rig.rule, rig.line);
  CHECK(rig.record.findings.empty());
  a.Assign("clients.total.women", "13", rig.rule, rig.line);
  CHECK(rig.record.Get("clients.total.women").as_int() == 12);
  CHECK(rig.codes() == std::vector<std::string>{"conflicting_values"});
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

namespace {

/// A line read by OCR: a label cell and an answer cell with their confidences.
Line OcrLine(const std::string& label, const std::string& answer, int label_conf, int answer_conf) {
  Line line;
  line.page = 3;
  line.number = 12;
  line.ocr = true;
  Cell l, a;
  l.text = label;
  l.ocr_confidence = static_cast<signed char>(label_conf);
  a.text = answer;
  a.ocr_confidence = static_cast<signed char>(answer_conf);
  line.cells = {l, a};
  return line;
}

}  // namespace

TEST_CASE("OCR: a value's provenance carries the confidence of the cell it was read from") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  a.Assign("clients.total.women", "30", rig.rule, OcrLine("Totalt antal klienter", "30", 96, 41));
  a.Assign("ombud.fte", "1,0", rig.rule, OcrLine("Ange antal tjänster", "1,0", 38, 88));
  a.Assign("grant.awarded_sek", "804 246", rig.rule, rig.line);  // not OCR
  CHECK(rig.record.provenance["clients.total.women"].ocr);
  CHECK(rig.record.provenance["clients.total.women"].ocr_confidence == 41);
  CHECK(rig.record.provenance["ombud.fte"].ocr_confidence == 88);  // not the label's
  CHECK(rig.record.provenance["grant.awarded_sek"].ocr_confidence == -1);
  // A mark: the confidence of the cell holding it.
  Line marks = OcrLine("Ombuden har erbjudits utbildning.", "X", 90, 57);
  a.AssignChoice("training.offered", {"yes"}, rig.rule, marks);
  CHECK(rig.record.provenance["training.offered"].ocr_confidence == 57);
  CHECK(rig.record.findings.empty());
}

TEST_CASE("OCR: a value's confidence is its own cell's, not that of a label holding its digits") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  // "2" stands in the label's "18-25", read unsurely; the answer cell is sure.
  a.Assign("clients.total.women", "2", rig.rule, OcrLine("Unga 18-25 år", "2", 40, 95));
  CHECK(rig.record.provenance["clients.total.women"].ocr_confidence == 95);
  // No cell is the value: the cells holding it count, the label's too.
  a.Assign("clients.total.men", "5", rig.rule, OcrLine("Varav män 5", "", 40, 95));
  CHECK(rig.record.provenance["clients.total.men"].ocr_confidence == 40);
}

TEST_CASE("OCR: a count read in brackets or after a note mark is repaired, with a finding") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  a.Assign("clients.total.women", "(0)", rig.rule, OcrLine("Totalt", "(0)", 95, 90));
  a.Assign("clients.total.men", "!: 12", rig.rule, OcrLine("Totalt", "!: 12", 95, 90));
  a.Assign("clients.new.women", "(1 2)", rig.rule, OcrLine("Nya", "(1 2)", 95, 90));
  a.Assign("clients.new.men", "()", rig.rule, OcrLine("Nya", "()", 95, 90));
  CHECK(rig.record.Get("clients.total.women") == Value::Int(0));
  CHECK(rig.record.Get("clients.total.men") == Value::Int(12));
  CHECK_FALSE(rig.record.Has("clients.new.women"));  // only digits inside
  CHECK_FALSE(rig.record.Has("clients.new.men"));
  REQUIRE(rig.codes() == std::vector<std::string>{"ocr_uncertain", "ocr_uncertain",
                                                  "unreadable_number", "unreadable_number"});
  // Typed so in a Word file: not repaired.
  Rig word;
  ValueAssigner w = word.assigner();
  w.Assign("clients.total.women", "(0)", word.rule, word.line);
  CHECK_FALSE(word.record.Has("clients.total.women"));
}

TEST_CASE("OCR: a count with letters OCR takes for digits is repaired, with a finding") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  a.Assign("clients.total.women", "3O", rig.rule, OcrLine("Totalt", "3O", 95, 70));
  a.Assign("clients.total.men", "l7", rig.rule, OcrLine("Totalt", "l7", 95, 70));
  a.Assign("clients.new.women", "1S", rig.rule, OcrLine("Nya", "1S", 95, 70));
  a.Assign("clients.new.men", "B", rig.rule, OcrLine("Nya", "B", 95, 70));  // no digit: no guess
  CHECK(rig.record.Get("clients.total.women") == Value::Int(30));
  CHECK(rig.record.Get("clients.total.men") == Value::Int(17));
  CHECK(rig.record.Get("clients.new.women") == Value::Int(15));
  CHECK_FALSE(rig.record.Has("clients.new.men"));
  REQUIRE(rig.codes() == std::vector<std::string>{"ocr_uncertain", "ocr_uncertain", "ocr_uncertain",
                                                  "unreadable_number"});
  CHECK(rig.record.findings[0].keys == std::vector<std::string>{"clients.total.women"});
  CHECK(rig.record.findings[0].message.find("'3O'") != std::string::npos);
  CHECK(rig.record.findings[0].page == 3);
  // The same text in a Word file is not repaired: it was typed so.
  Rig word;
  ValueAssigner w = word.assigner();
  w.Assign("clients.total.women", "3O", word.rule, word.line);
  CHECK_FALSE(word.record.Has("clients.total.women"));
}

TEST_CASE("OCR: phone, postcode, date and e-mail repaired only when unambiguous") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  Rule phone = rig.rule, postcode = rig.rule, email = rig.rule, person = rig.rule;
  phone.transform = "phone";
  postcode.transform = "postcode";
  email.transform = "email";
  person.transform = "person";
  person.params = {{"phone", "contact.person_phone"}, {"email", "contact.person_email"}};
  a.Assign("contact.phone", "08- 5782 94 9l", phone, OcrLine("Telefon", "08- 5782 94 9l", 90, 80));
  a.Assign("contact.postcode", "l3581", postcode, OcrLine("Postnummer", "l3581", 90, 80));
  a.Assign("signature.date", "2O21-01-l4", rig.rule, OcrLine("Datum", "2O21-01-l4", 90, 80));
  a.Assign("contact.email", "anna.berg(Qtyreso.se", email,
           OcrLine("E-post", "anna.berg(Qtyreso.se", 90, 80));
  a.Assign("contact.person", "Anna Berg anna.berg©tyreso.se", person,
           OcrLine("Kontaktperson", "Anna Berg anna.berg©tyreso.se", 90, 80));
  CHECK(rig.record.Get("contact.phone").as_text() == "08-57829491");
  CHECK(rig.record.Get("contact.postcode").as_text() == "13581");
  CHECK(rig.record.Get("signature.date").as_text() == "2021-01-14");
  CHECK(rig.record.Get("contact.email").as_text() == "anna.berg@tyreso.se");
  CHECK(rig.record.Get("contact.person").as_text() == "Anna Berg");
  CHECK(rig.record.Get("contact.person_email").as_text() == "anna.berg@tyreso.se");
  int repaired = 0;
  for (const Finding& f : rig.record.findings) repaired += f.code == "ocr_uncertain";
  CHECK(repaired == 5);  // not the person's name, read as written beside the address
  // Two places that might be the '@': no guess.
  Rig two;
  ValueAssigner b = two.assigner();
  b.Assign("contact.email", "a(Qb(Qtyreso.se", email, OcrLine("E-post", "a(Qb(Qtyreso.se", 90, 80));
  CHECK_FALSE(two.record.Has("contact.email"));
}

TEST_CASE("OCR: a value that breaks its character class is repaired where one repair fits") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  Rule phone = rig.rule, email = rig.rule;
  phone.transform = "phone";
  email.transform = "email";
  // A bare 'Q' where the '@' belongs, one place: repaired, with a finding.
  a.Assign("contact.email", "eva.ekQvasteras.se", email,
           OcrLine("E-post", "eva.ekQvasteras.se", 90, 80));
  CHECK(rig.record.Get("contact.email").as_text() == "eva.ek@vasteras.se");
  // A phone number with a mark OCR read inside it: no value, never its digits.
  a.Assign("contact.phone", "060-16 3? 00", phone, OcrLine("Telefon", "060-16 3? 00", 90, 80));
  CHECK_FALSE(rig.record.Has("contact.phone"));
  // An e-mail field with no address in it: no value, and a finding says so.
  a.Assign("contact.person_email", "evaekvasteras.se", email,
           OcrLine("E-post", "evaekvasteras.se", 90, 80));
  CHECK_FALSE(rig.record.Has("contact.person_email"));
  std::vector<std::string> ids;
  for (const Finding& f : rig.record.findings)
    if (f.code == "ocr_uncertain") ids.push_back(f.message_id + ":" + f.keys[0]);
  CHECK(ids == std::vector<std::string>{"ocr_repaired:contact.email",
                                        "ocr_class_broken:contact.phone",
                                        "ocr_class_broken:contact.person_email"});
}

TEST_CASE("OCR: a number asked with decimals read with no decimal mark is not taken") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  // "1,0" with its comma lost, or 10 as written: no telling which, so no
  // value, and a finding naming what was read.
  a.Assign("ombud.women", "10", rig.rule, OcrLine("Ange antalet personliga ombud", "10", 96, 96));
  CHECK_FALSE(rig.record.Has("ombud.women"));
  CHECK(rig.record.provenance.count("ombud.women") == 0);
  REQUIRE(rig.codes() == std::vector<std::string>{"ocr_uncertain"});
  CHECK(rig.record.findings[0].message_id == "ocr_no_decimal_mark");
  CHECK(rig.record.findings[0].keys == std::vector<std::string>{"ombud.women"});
  // With its comma, a lone digit, a count (not asked with decimals), or
  // typed in a document: no finding.
  a.Assign("ombud.fte", "1,0", rig.rule, OcrLine("Ange antal tjänster", "1,0", 96, 96));
  a.Assign("grant.awarded_fte", "2", rig.rule, OcrLine("Årsanställningar", "2", 96, 96));
  a.Assign("clients.total.women", "30", rig.rule, OcrLine("Totalt antal klienter", "30", 96, 96));
  CHECK(rig.record.findings.size() == 1);
  Rig word;
  ValueAssigner w = word.assigner();
  w.Assign("ombud.women", "10", word.rule, word.line);
  CHECK(word.record.Get("ombud.women").as_number() == 10);
  CHECK(word.record.findings.empty());
}

TEST_CASE("OCR: a place name misread is the one municipality within its reach, flagged") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  Rule place = rig.rule, municipality = rig.rule;
  place.transform = "place";
  municipality.transform = "municipality";
  a.Assign("contact.city", "VÄS I ERÅS", place, OcrLine("Postort", "VÄS I ERÅS", 91, 91));
  a.Assign("report.municipality", "Vasteras stad", municipality,
           OcrLine("Kommun", "Vasteras stad", 91, 91));
  CHECK(rig.record.Get("contact.city").as_text() == "Västerås");
  CHECK(rig.record.Get("report.municipality").as_text() == "Västerås");
  std::vector<std::string> ids;
  for (const Finding& f : rig.record.findings) ids.push_back(f.message_id + ":" + f.keys[0]);
  CHECK(ids == std::vector<std::string>{"ocr_name_snapped:contact.city",
                                        "ocr_name_snapped:report.municipality"});
  CHECK(rig.record.findings[0].args.at("raw") == "VÄS I ERÅS");
  // A town that is no municipality's name, one read right, or one typed:
  // as written, no finding.
  Rig other;
  ValueAssigner b = other.assigner();
  b.Assign("contact.city", "Kista", place, OcrLine("Postort", "Kista", 91, 91));
  b.Assign("contact.address", "VASTERAS", rig.rule,
           OcrLine("Utdelningsadress", "VASTERAS", 91, 91));
  CHECK(other.record.Get("contact.city").as_text() == "Kista");
  CHECK(other.record.Get("contact.address").as_text() == "VASTERAS");
  Rig word;
  ValueAssigner w = word.assigner();
  w.Assign("contact.city", "VASTERAS", place, word.line);
  CHECK(word.record.Get("contact.city").as_text() == "VASTERAS");
  CHECK(other.record.findings.empty());
  CHECK(word.record.findings.empty());
}

TEST_CASE("OCR: a free-text answer that is mostly not words is no value, but a finding") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  const std::string sideways = "\"uossad 1ad saBue uey 1ayes.so Paj BuJSYeSsJO/USyeSsJsO buy";
  a.Assign("training.description", sideways, rig.rule,
           OcrLine("Om ja, ange vilken/vilka utbildningar.", sideways, 90, 12));
  CHECK_FALSE(rig.record.Has("training.description"));
  REQUIRE(rig.codes() == std::vector<std::string>{"ocr_garbage"});
  CHECK(rig.record.findings[0].keys == std::vector<std::string>{"training.description"});
  CHECK(rig.record.findings[0].page == 3);
  // Real answers stay, however they are listed; the same garbage typed in a
  // Word file is the municipality's own text.
  const std::string list = "Aktion Livräddning 21 okt, Forskningsdag socialpsykiatri 11 feb";
  a.Assign("supervision.description", list, rig.rule, OcrLine("Om ja", list, 90, 45));
  CHECK(rig.record.Get("supervision.description").as_text() == list);
  Rig word;
  ValueAssigner w = word.assigner();
  w.Assign("training.description", sideways, word.rule, word.line);
  CHECK(word.record.Has("training.description"));
}

TEST_CASE("OCR: a word the report writes nowhere else set right by the registry, flagged") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  // "Östra" read "Ostra" wherever the report writes it: the registry's
  // "Östra Göinge" holds the word; "Oster" is no registry word but the head
  // of its "Österåker" and "Östersund"; "Psykiatriboende" is neither and
  // stays as read.
  a.Assign("steering_group.other_org_names", "Samordningsförbundet Ostra Södertörn", rig.rule,
           OcrLine("Annan organisation", "Samordningsförbundet Ostra Södertörn", 91, 91));
  a.Assign("signature.workplace", "Psykiatriboende Oster", rig.rule,
           OcrLine("Arbetsplats", "Psykiatriboende Oster", 91, 91));
  Document doc;
  doc.lines = {OcrLine("Annan organisation", "Samordningsförbundet Ostra Södertörn", 91, 91)};
  a.SetRightByDocument(doc, 0, doc.lines.size());
  CHECK(rig.record.Get("steering_group.other_org_names").as_text() ==
        "Samordningsförbundet Östra Södertörn");
  CHECK(rig.record.Get("signature.workplace").as_text() == "Psykiatriboende Öster");
  REQUIRE(rig.record.findings.size() == 2);
  CHECK(rig.record.findings[0].message_id == "ocr_word_registry_snapped");
  CHECK(rig.record.findings[0].args.at("raw") == "Ostra");
  CHECK(rig.record.findings[1].message_id == "ocr_word_registry_snapped");
  CHECK(rig.record.findings[1].args.at("raw") == "Oster");
  // Typed in a document: as written.
  Rig word;
  ValueAssigner w = word.assigner();
  w.Assign("steering_group.other_org_names", "Samordningsförbundet Ostra Södertörn", word.rule,
           word.line);
  w.SetRightByDocument(doc, 0, doc.lines.size());
  CHECK(word.record.Get("steering_group.other_org_names").as_text() ==
        "Samordningsförbundet Ostra Södertörn");
}

TEST_CASE("OCR: an address or a word set right by the report's own spelling, flagged") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  Rule name = rig.rule, email = rig.rule;
  name.transform = "name";
  email.transform = "email";
  a.Assign("signature.name", "Inga-Lill Nilsson", name,
           OcrLine("Namnförtydligande", "Inga-Lill Nilsson", 91, 91));
  a.Assign("signature.email", "ingar-ill.nilsson@timra.se", email,
           OcrLine("E-postadress", "ingar-ill.nilsson@timra.se", 91, 91));
  a.Assign("steering_group.other_org_names", "Samordningsförbundet Ostra Södertörn", rig.rule,
           OcrLine("Annan organisation", "Samordningsförbundet Ostra Södertörn", 91, 91));
  Document doc;
  Line said;
  Cell cell;
  cell.text = "Samordningsförbundet Östra Södertörn olika kunskapsseminarier";
  said.cells = {cell};
  doc.lines = {said, OcrLine("Annan organisation", "Samordningsförbundet Ostra Södertörn", 91, 91)};
  a.SetRightByDocument(doc, 0, doc.lines.size());
  CHECK(rig.record.Get("signature.email").as_text() == "inga-lill.nilsson@timra.se");
  CHECK(rig.record.Get("steering_group.other_org_names").as_text() ==
        "Samordningsförbundet Östra Södertörn");
  std::vector<std::string> ids;
  for (const Finding& f : rig.record.findings) ids.push_back(f.message_id + ":" + f.keys[0]);
  CHECK(ids == std::vector<std::string>{"ocr_address_snapped:signature.email",
                                        "ocr_word_snapped:steering_group.other_org_names"});
  CHECK(rig.record.findings[0].args.at("raw") == "ingar-ill.nilsson@timra.se");
  CHECK(rig.record.findings[0].page == 3);  // where the address was read
  CHECK(rig.record.findings[1].args.at("raw") == "Ostra");
  // Typed in a document: as written.
  Rig word;
  ValueAssigner w = word.assigner();
  w.Assign("signature.name", "Inga-Lill Nilsson", name, word.line);
  w.Assign("signature.email", "ingar-ill.nilsson@timra.se", email, word.line);
  w.SetRightByDocument(doc, 0, doc.lines.size());
  CHECK(word.record.Get("signature.email").as_text() == "ingar-ill.nilsson@timra.se");
  CHECK(word.record.findings.empty());
}

TEST_CASE("OCR: an address read unsurely that nothing in the report supports is withdrawn") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  Rule name = rig.rule, email = rig.rule;
  name.transform = "name";
  email.transform = "email";
  const Line unsure = OcrLine("E-postadress", "niQvasteras.se", 91, 18);
  a.Assign("contact.email", "niQvasteras.se", email, unsure);
  // Under the trusted confidence too, but supported: its name part spells
  // the person's name, or another line writes the same address.
  a.Assign("signature.name", "Susanne Aspling", name, OcrLine("Namn", "Susanne Aspling", 91, 91));
  a.Assign("signature.email", "susanne.aspling@vasteras.se", email,
           OcrLine("E-postadress", "susanne.aspling@vasteras.se", 91, 30));
  a.Assign("contact.person_email", "ombudQvasteras.se", email,
           OcrLine("E-post", "ombudQvasteras.se", 91, 40));
  Document doc;
  doc.lines = {unsure, OcrLine("E-post", "ombudQvasteras.se", 91, 40),
               OcrLine("Kontakt", "ombud@vasteras.se", 91, 95)};
  a.SetRightByDocument(doc, 0, doc.lines.size());
  CHECK(rig.record.Get("contact.email").is_null());
  CHECK(rig.record.Get("signature.email").as_text() == "susanne.aspling@vasteras.se");
  CHECK(rig.record.Get("contact.person_email").as_text() == "ombud@vasteras.se");
  std::vector<std::string> ids;
  for (const Finding& f : rig.record.findings)
    if (f.keys.size() == 1 && f.keys[0] == "contact.email") ids.push_back(f.message_id);
  CHECK(ids == std::vector<std::string>{"ocr_address_unsupported"});  // the repair's goes
  const Finding& f = *std::find_if(rig.record.findings.begin(), rig.record.findings.end(),
                                   [](const Finding& x) { return x.keys[0] == "contact.email"; });
  CHECK(f.args.at("raw") == "ni@vasteras.se");
  CHECK(f.args.at("confidence") == "18");
  // Under the trusted confidence, its name part a word the report writes
  // (the workplace's): kept.
  Rig word;
  ValueAssigner w = word.assigner();
  const Line office = OcrLine("E-postadress", "socialforvaltningenQlindesberg.se", 91, 40);
  w.Assign("contact.email", "socialforvaltningenQlindesberg.se", email, office);
  Document with_word;
  with_word.lines = {office, OcrLine("Arbetsplats", "Socialförvaltningen Lindesberg", 91, 90)};
  w.SetRightByDocument(with_word, 0, with_word.lines.size());
  CHECK(word.record.Get("contact.email").as_text() == "socialforvaltningen@lindesberg.se");
  // Read surely, or typed: kept as read.
  Rig sure;
  ValueAssigner s = sure.assigner();
  s.Assign("contact.email", "niQvasteras.se", email,
           OcrLine("E-postadress", "niQvasteras.se", 91, 85));
  s.Assign("signature.email", "ni@vasteras.se", email, sure.line);
  s.SetRightByDocument(Document(), 0, 0);
  CHECK(sure.record.Get("contact.email").as_text() == "ni@vasteras.se");
  CHECK(sure.record.Get("signature.email").as_text() == "ni@vasteras.se");
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
