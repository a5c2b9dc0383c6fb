// match/value_assigner: values read by OCR (confidence, repairs by class,
// the registry's and the report's own spelling, withdrawn addresses).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "match/value_assigner.h"
#include "test_support.h"
#include "value_assigner_test_support.h"

namespace value_assigner_ocr_test {

using namespace redovis;
using redovis::testing::Rig;

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

TEST_CASE("OCR: a number after its label in one cell is as sure as its own words") {
  // "Ange antal tjänster med 2 decimaler!: 1,0" read as one cell, its label's
  // "decimaler!:" at 74 and "1,0" at 96 (never-seen 003 through ps2pdf).
  auto one_cell = [](const std::string& text, int conf, int tail) {
    Line line;
    line.page = 1;
    line.number = 15;
    line.ocr = true;
    Cell c;
    c.text = text;
    c.ocr_confidence = static_cast<signed char>(conf);
    c.ocr_tail_confidence = static_cast<signed char>(tail);
    line.cells = {c};
    return line;
  };
  Rig rig;
  ValueAssigner a = rig.assigner();
  a.Assign("ombud.fte", "1,0", rig.rule,
           one_cell("Ange antal tjänster med 2 decimaler!: 1,0", 74, 96));
  CHECK(rig.record.provenance["ombud.fte"].ocr_confidence == 96);
  // Not at the cell's end as whole words ("1" glued to the label), or in a
  // cell that ends in a word with a letter: the cell's least sure word counts.
  a.Assign("clients.total.women", "1", rig.rule, one_cell("kvinnor:1", 74, 96));
  CHECK(rig.record.provenance["clients.total.women"].ocr_confidence == 74);
  a.Assign("clients.new.women", "4", rig.rule, one_cell("4 nya klienter", 61, -1));
  CHECK(rig.record.provenance["clients.new.women"].ocr_confidence == 61);
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

TEST_CASE("OCR: an address after a lower-case word that may be its start is no value") {
  // OCR read the address's first point as a blank ("susanne
  // aspling.bjorkstenQvasteras.se"): the address found after the blank is
  // only its tail, and the word before it no part of the person's name.
  Rule email = Rig().rule, person = Rig().rule;
  email.transform = "email";
  person.transform = "person";
  person.params = {{"phone", "contact.person_phone"}, {"email", "contact.person_email"}};
  const std::string cell =
      "Susanne Aspling Björkstén 021-39 20 82 susanne aspling.bjorkstenQvasteras.se";
  Rig rig;
  ValueAssigner a = rig.assigner();
  a.Assign("contact.person", cell, person, OcrLine("Kontaktperson", cell, 90, 90));
  CHECK(rig.record.Get("contact.person").as_text() == "Susanne Aspling Björkstén");
  CHECK(rig.record.Get("contact.person_phone").as_text() == "021-392082");
  CHECK_FALSE(rig.record.Has("contact.person_email"));
  const Finding* start = nullptr;
  for (const Finding& f : rig.record.findings)
    if (f.message_id == "address_start_unclear") start = &f;
  REQUIRE(start != nullptr);
  CHECK(start->code == "ocr_uncertain");
  CHECK(start->keys == std::vector<std::string>{"contact.person_email"});
  // An e-mail field alike.
  Rig field;
  ValueAssigner b = field.assigner();
  b.Assign("signature.email", "susanne aspling.bjorkstenQvasteras.se", email,
           OcrLine("E-postadress", "susanne aspling.bjorkstenQvasteras.se", 90, 90));
  CHECK_FALSE(field.record.Has("signature.email"));
  // A word that introduces the address, or a name's word, before it: taken.
  for (const char* whole : {"Anna Berg mejl: anna.bergQtyreso.se", "Anna Berg anna.bergQtyreso.se",
                            "Anna Berg, e-postadress anna.bergQtyreso.se"}) {
    Rig r;
    ValueAssigner c = r.assigner();
    c.Assign("contact.person", whole, person, OcrLine("Kontaktperson", whole, 90, 90));
    CHECK_MESSAGE(r.record.Get("contact.person").as_text() == "Anna Berg", whole);
    CHECK_MESSAGE(r.record.Get("contact.person_email").as_text() == "anna.berg@tyreso.se", whole);
  }
  // Typed, not read by OCR: a blank is a blank, and the address is taken.
  Rig typed;
  ValueAssigner d = typed.assigner();
  d.Assign("signature.email", "via susanne.aspling@vasteras.se", email, typed.line);
  CHECK(typed.record.Get("signature.email").as_text() == "susanne.aspling@vasteras.se");
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

TEST_CASE("OCR: a name holding a signature's stroke read as a word is not taken") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  Rule person = rig.rule, name = rig.rule;
  person.transform = "person";
  person.params["phone"] = "contact.person_phone";
  name.transform = "name";
  // A blue signature over the contact cell: "N:-->3-" is no part of a name.
  a.Assign("contact.person", "Inga-Lill N:-->3-", person,
           OcrLine("Kontaktperson", "Inga-Lill N:-->3-", 90, 85));
  a.Assign("signature.name", "Anna B3r:g", name,
           OcrLine("Namnförtydligande", "Anna B3r:g", 90, 85));
  CHECK_FALSE(rig.record.Has("contact.person"));
  CHECK_FALSE(rig.record.Has("signature.name"));
  std::vector<std::string> ids;
  for (const Finding& f : rig.record.findings)
    if (f.code == "ocr_uncertain") ids.push_back(f.message_id + ":" + f.keys[0]);
  CHECK(ids == std::vector<std::string>{"ocr_class_broken:contact.person",
                                        "ocr_class_broken:signature.name"});
  // A name as names are written, a phone taken out first, stands.
  a.Assign("contact.person", "Anna-Lena O'Brien (vik.) 08-578 291 00", person,
           OcrLine("Kontaktperson", "Anna-Lena O'Brien (vik.) 08-578 291 00", 90, 85));
  CHECK(rig.record.Get("contact.person").ToDisplay() == "Anna-Lena O'Brien (vik.)");
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

TEST_CASE(
    "OCR: a free-text answer cut at a hyphen, or ending in a scrap read unsurely, is withdrawn") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  // Its rest ("och socialnämnden") on the next line, kept apart by a stamp.
  a.Assign("contact.committee", "Arbetsmarknads-", rig.rule,
           OcrLine("Nämnd", "Arbetsmarknads-", 91, 91));
  // A signature's stroke beside the title read as capitals, the cell unsure.
  a.Assign("signature.title", "Enhetschef FL.", rig.rule,
           OcrLine("Titel", "Enhetschef FL.", 90, 52));
  CHECK_FALSE(rig.record.Has("contact.committee"));
  CHECK_FALSE(rig.record.Has("signature.title"));
  std::vector<std::string> ids;
  for (const Finding& f : rig.record.findings)
    if (f.code == "ocr_uncertain") ids.push_back(f.message_id + ":" + f.keys[0]);
  REQUIRE(ids ==
          std::vector<std::string>{"ocr_cut_off:contact.committee", "ocr_scrap:signature.title"});
  CHECK(rig.record.findings[1].args.at("scrap") == "FL.");
  // The same read surely, a hyphen after digits, a wrapped answer joined, a
  // longer answer or a last word of three letters: as read.
  Rig other;
  ValueAssigner b = other.assigner();
  b.Assign("signature.title", "Enhetschef FL.", rig.rule,
           OcrLine("Titel", "Enhetschef FL.", 90, 92));
  b.Assign("contact.department", "Socialförvaltningen IFO", rig.rule,
           OcrLine("Avdelning/Enhet", "Socialförvaltningen IFO", 90, 40));
  b.Assign("contact.committee", "Arbetsmarknads- och socialnämnden", rig.rule,
           OcrLine("Nämnd", "Arbetsmarknads- och socialnämnden", 91, 91));
  b.Assign("signature.workplace", "Öppenvården 2019-", rig.rule,
           OcrLine("Tjänsteställe", "Öppenvården 2019-", 91, 91));
  CHECK(other.record.Get("signature.title").as_text() == "Enhetschef FL.");
  CHECK(other.record.Get("contact.department").as_text() == "Socialförvaltningen IFO");
  CHECK(other.record.Get("contact.committee").as_text() == "Arbetsmarknads- och socialnämnden");
  CHECK(other.record.Get("signature.workplace").as_text() == "Öppenvården 2019-");
  CHECK(other.record.findings.empty());
  // Typed in a document: the municipality's own text.
  Rig word;
  ValueAssigner w = word.assigner();
  w.Assign("contact.committee", "Arbetsmarknads-", word.rule, word.line);
  w.Assign("signature.title", "Enhetschef FL.", word.rule, word.line);
  CHECK(word.record.Get("contact.committee").as_text() == "Arbetsmarknads-");
  CHECK(word.record.Get("signature.title").as_text() == "Enhetschef FL.");
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

TEST_CASE("OCR: a free text's word OCR misread, set right by the language's word list, flagged") {
  Rig rig;
  // The language's words, as the extractor's list answers (any case).
  const KnownWord words = [](std::string_view w) {
    return w == "förvaltning" || w == "chef" || w == "Förvaltning";
  };
  ValueAssigner a(rig.ps, rig.normaliser, rig.parser, &rig.record, &words);
  Rule name = rig.rule;
  name.transform = "name";
  const Line title = OcrLine("Titel", "Förvaltningschet", 90, 86);
  a.Assign("signature.title", "Förvaltningschet", rig.rule, title);
  // A name is no word of the language: as read.
  a.Assign("signature.name", "Karin Förvaltningschet", name,
           OcrLine("Namnförtydligande", "Karin Förvaltningschet", 90, 90));
  Document doc;
  doc.lines = {title};
  a.SetRightByDocument(doc, 0, doc.lines.size());
  CHECK(rig.record.Get("signature.title").as_text() == "Förvaltningschef");
  CHECK(rig.record.Get("signature.name").as_text() == "Karin Förvaltningschet");
  REQUIRE(rig.record.findings.size() == 1);
  CHECK(rig.record.findings[0].message_id == "ocr_word_list_snapped");
  CHECK(rig.record.findings[0].code == "ocr_uncertain");
  CHECK(rig.record.findings[0].args.at("raw") == "Förvaltningschet");
  CHECK(rig.record.findings[0].args.at("value") == "Förvaltningschef");
  // Without a word list, or typed in a document: as read.
  Rig none;
  ValueAssigner n = none.assigner();
  n.Assign("signature.title", "Förvaltningschet", none.rule, title);
  n.SetRightByDocument(doc, 0, doc.lines.size());
  CHECK(none.record.Get("signature.title").as_text() == "Förvaltningschet");
  Rig typed;
  ValueAssigner t(typed.ps, typed.normaliser, typed.parser, &typed.record, &words);
  t.Assign("signature.title", "Förvaltningschet", typed.rule, typed.line);
  t.SetRightByDocument(doc, 0, doc.lines.size());
  CHECK(typed.record.Get("signature.title").as_text() == "Förvaltningschet");
}

TEST_CASE("OCR: a mark OCR added to a word the report writes without it, set right and flagged") {
  Rig rig;
  ValueAssigner a = rig.assigner();
  const std::string read = "Personligt Ombud Västmanland / Psykiätriboende Öster";
  a.Assign("signature.workplace", read, rig.rule, OcrLine("Tjänsteställe", read, 90, 77));
  Document doc;
  doc.lines = {OcrLine("Landstingets psykiatri", "", 90, 90),
               OcrLine("Tjänsteställe", read, 90, 77)};
  a.SetRightByDocument(doc, 0, doc.lines.size());
  CHECK(rig.record.Get("signature.workplace").as_text() ==
        "Personligt Ombud Västmanland / Psykiatriboende Öster");
  REQUIRE(rig.record.findings.size() == 1);
  CHECK(rig.record.findings[0].message_id == "ocr_word_mark_dropped");
  CHECK(rig.record.findings[0].args.at("raw") == "Psykiätriboende");
  // Typed in a document: as written.
  Rig word;
  ValueAssigner w = word.assigner();
  w.Assign("signature.workplace", read, word.rule, word.line);
  w.SetRightByDocument(doc, 0, doc.lines.size());
  CHECK(word.record.Get("signature.workplace").as_text() == read);
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

}  // namespace value_assigner_ocr_test
