import { describe, expect, it } from "vitest";
import type { QuoteSpan } from "../model/analysis.js";
import { extractText } from "./testing.js";

const run = (text: string, times: Record<string, string> = {}) => extractText(text, { times });
const violent = (text: string, times: Record<string, string> = {}) => run(text, times).events.filter((e) => e.type === "ASSAULT" || e.type === "FIGHT");

describe("argument roles", () => {
  it("'it' takes the subject of the sentence before, not a member of a list", () => {
    const r = run("Any target in Iran, Iraq or Syria should be considered fair game. When rockets hit Kharkiv the Pentagon did exactly that. It bombed three sites.");
    const bombing = r.events.find((e) => e.trigger.text === "bombed");
    expect(bombing?.actors).toEqual(["pentagon"]);
  });

  it("a guarantee received 'from' someone is theirs, given to the receiver; a gerund after 'after' has the main clause's subject", () => {
    const r = run("The Houthis agreed to a truce after receiving guarantees from Saudi Arabia.");
    const g = r.events.find((e) => e.trigger.text === "guarantees");
    expect(g?.actors).toEqual(["saudi_arabia"]);
    expect(g?.targets).toEqual(["houthis"]);
    // with no giver named, the receiver is still not the one who gave it
    const warned = run("Israel had received warnings of an attack.");
    expect(warned.events.find((e) => e.trigger.text === "warnings")?.actors).toEqual([]);
    expect(warned.events.find((e) => e.trigger.text === "warnings")?.targets).toEqual(["israel"]);
    const b = run("Israel received guarantees from the European Union on Monday.");
    expect(b.events.find((e) => e.trigger.text === "guarantees")?.actors).toEqual(["european_union"]);
    expect(b.events.find((e) => e.trigger.text === "guarantees")?.targets).toEqual(["israel"]);
  });

  it("'it' after a verb of saying is the speaker, also before an irregular past ('said it shot down')", () => {
    expect(violent("Ukraine said it shot down 40 drones.")[0]?.actors).toEqual(["ukraine"]);
    // the speaker of a clause about some of the main act's object is that clause's subject
    const [hit, down] = violent("Hamas hit back with drones, most of which Israel says it shot down.");
    expect(hit?.actors).toEqual(["hamas"]);
    expect(down?.mode).toBe("shoot-down");
    expect(down?.actors).toEqual(["israel"]);
  });

  it("a passive reported after a verb of saying has its own subject, even with a place in it: the speaker suffers nothing", () => {
    const [e] = violent("Israel's army spokesman, Lt. Gen. Avi Cohen, said a mosque in Kharkiv was struck.");
    expect(e?.targets).toEqual([]);
    expect(e?.location).toBe("kharkiv");
    expect(violent("Hamas said Israel was attacked.")[0]?.targets).toEqual(["israel"]);
  });

  it("the names in a relative clause set off by commas are not the subject of a passive after it", () => {
    const [e] = violent("The Aramco refinery, which houses U.S. and Saudi Arabia forces, was hit by rockets on Thursday.");
    expect(e?.targets).toEqual(["aramco"]);
  });

  it("a relative clause whose 'who' or 'which' is its subject takes the name it describes as subject", () => {
    const a = run("The attack endangered the lives of Houthis in Gaza who have been present since 2014 to assist in the war against Israel.");
    const aid = a.events.find((e) => e.type === "AID");
    expect(aid?.actors).toEqual(["houthis"]);
    // one assists in a war against someone: the enemy is not the one helped
    expect(aid?.targets).toEqual([]);
    const [b] = violent("The Pentagon said Kataib Hezbollah, which attacked the base on Friday, was behind earlier strikes.");
    expect(b?.actors).toEqual(["kataib_hezbollah"]);
    // the clause names its own subject: the described name is its object
    const [c] = violent("Hamas, which Israel attacked on Monday, said it would answer.");
    expect(c?.actors).toEqual(["israel"]);
  });

  it("names after 'from' the one a demand is made of, or whose offer or demands are refused or met", () => {
    expect(run("Houthis are demanding autonomy from Saudi Arabia.").events[0]?.targets).toEqual(["saudi_arabia"]);
    expect(run("Putin rejected a fresh offer from Zelensky for direct talks.").events.find((e) => e.type === "REJECT")?.targets).toEqual(["volodymyr_zelensky"]);
    // elsewhere "from" says where: a strike from Gaza is not on Gaza
    expect(run("Hamas fired rockets from Gaza on Monday.").events[0]?.targets).toEqual([]);
  });

  it("takes the one named after a country's possessive and titles, not the country", () => {
    const e = run("Israel refused to meet Russia's visiting President Vladimir Putin in Gaza.").events.find((x) => x.type === "REJECT");
    expect(e?.targets).toEqual(["vladimir_putin"]);
  });

  it("a name inside an 'of' phrase is the subject only when no other is named", () => {
    const r = run("The Pentagon, its generals and the heads of major Russian parties have all condemned the attack.");
    expect(r.events.find((e) => e.type === "DISAPPROVE")?.actors).toEqual(["pentagon"]);
    const b = run("The heads of major Russian parties have condemned the attack.");
    expect(b.events.find((e) => e.type === "DISAPPROVE")?.actors).toEqual(["russia"]);
  });

  it("a verb joined by 'and' shares its subject: the object of the first verb is not the actor of the second", () => {
    const [e] = violent("On Sunday several missiles hit a Ukrainian base and killed one American contractor.");
    expect(e?.actors).toEqual([]);
    expect(e?.targets).toContain("ukraine");
  });

  it("a noun modifying another noun is not the actor of a trigger after a preposition", () => {
    const [e] = violent("Officials mourned the death of a Russian soldier in a rocket attack near Kharkiv.");
    expect(e?.actors).not.toContain("russia");
  });

  it("an attribution after the event names its reported actor, and the event is alleged", () => {
    const [e] = violent("They mourned the death of a U.S. contractor in a rocket attack which the Pentagon blamed on Hezbollah.");
    expect(e?.actors).toEqual(["hezbollah"]);
    expect(e?.modality).toBe("alleged");
    expect(e?.targets).toEqual(["united_states"]);
    expect(e?.victim).toBe("contractor");
  });

  it("the holder of the place attacked is the target, not the actor", () => {
    const [e] = violent("There were also drone attacks on positions held by Hamas near Gaza.");
    expect(e?.actors).toEqual([]);
    expect(e?.targets).toEqual(["hamas"]);
    expect(e?.distinct).toBe(true);
  });

  it("'separate' or 'another' before adjectives set off by commas still marks one more of its kind", () => {
    expect(violent("Hamas carried out a separate, well-planned attack on Sderot.")[0]?.distinct).toBe(true);
    expect(violent("Hamas carried out a well-planned attack on Sderot.")[0]?.distinct).toBeUndefined();
  });

  it("an act told as following another up ('then followed it up by ...') is one more, not the one before", () => {
    const [e] = violent("Hamas then followed it up by a rocket attack on Sderot.");
    expect(e?.distinct).toBe(true);
    const [f] = violent("Hamas fired a rocket at Sderot.");
    expect(f?.distinct).toBeUndefined();
  });

  it("a verb in a fronted clause takes its object before the comma where the main clause begins", () => {
    const r = run("When Hamas overran large parts of Gaza, Israel helped to stand up the Houthis.");
    expect(r.events.find((e) => e.trigger.text === "overran")?.targets).toEqual(["gaza"]);
    // a list after the verb is not a main clause
    const list = run("When Hamas attacked Israel, Iraq and Syria, the United States responded.");
    expect(list.events.find((e) => e.trigger.text === "attacked")?.targets).toEqual(["israel", "iraq", "syria"]);
  });

  it("a list of subjects ends with its conjunction: a name before a lone comma is not one of them", () => {
    const r = run("When Hamas overran large parts of Iraq, Israel helped to stand up the Houthis.");
    expect(r.events.find((e) => e.trigger.text === "helped")?.actors).toEqual(["israel"]);
    const list = run("Russia, Iran and Syria condemned the attack.");
    expect(list.events.find((e) => e.type === "DISAPPROVE")?.actors).toEqual(["syria", "iran", "russia"]);
  });

  it("a possessive before an event word names its actor; before any other noun it names nothing", () => {
    const r = run("The Pentagon did not apologize for its attack on Iraq.");
    const attack = r.events.find((e) => e.trigger.text === "attack");
    expect(attack?.actors).toEqual(["pentagon"]);
    const tents = run("Supporters of Kataib Hezbollah dismantled their tents and marched out.");
    expect(tents.events.find((e) => e.type === "RETREAT")?.targets).toEqual([]);
  });

  it("a country that modifies a noun before a name says whose; the name is the participant", () => {
    const strike = (text: string) => run(text).events.find((e) => e.type === "ASSAULT")?.targets;
    expect(strike("Some critics oppose the decision to strike Russian proxy Hezbollah.")).toEqual(["hezbollah"]);
    expect(strike("Israel attacked the Russian ally Hezbollah in Syria.")).toEqual(["hezbollah"]);
    // a country alone, or by its own name before a clause, stays the participant
    expect(strike("Israel attacked Russian positions in Syria.")).toEqual(["russia"]);
    expect(strike("Israel attacked Russia unless Hezbollah left.")).toEqual(["russia"]);
  });

  it("a verb that needs an object, followed at once by 'in', is passive: its subject is the victim", () => {
    const r = run("Two Ukrainian soldiers killed in Kharkiv by Russia.");
    const killed = r.events.find((e) => e.type === "ASSAULT");
    expect(killed?.targets).toContain("ukraine");
    expect(killed?.actors).not.toContain("ukraine");
    expect(run("Russia killed at least eight Ukrainian soldiers.").events[0]?.actors).toEqual(["russia"]);
  });

  it("a country that modifies a noun says whose, not where", () => {
    const [e] = violent("Houthi forces fired rockets on U.S. bases in Iraq.");
    expect(e?.location).toBe("iraq");
  });

  it("a phrase that introduces a place's name keeps the preposition before it: the event happened there", () => {
    const protest = run("Thousands of Ukrainian workers demonstrated in the northern city of Kharkiv on Sunday.").events[0];
    expect(protest?.location).toBe("kharkiv");
    expect(protest?.targets).not.toContain("kharkiv");
    expect(violent("A roadside bomb exploded near the town of Kharkiv.")[0]?.location).toBe("kharkiv");
    expect(violent("Rebels set off bombs in the capital Kyiv.")[0]?.location).toBe("kyiv");
    // "of" before the people of a country is no place phrase: the protest is still in Kharkiv
    expect(protest?.location).not.toBe("ukraine");
    // the city attacked is the attack's target, as before
    expect(violent("Russian forces attacked the city of Kharkiv.")[0]?.targets).toContain("kharkiv");
  });
});

describe("names in a relative clause after the object", () => {
  it("are not the object of the verb before it", () => {
    const e = run("Russian troops killed villagers who had sheltered Ukrainian soldiers.").events.find((x) => x.trigger.text === "killed");
    expect(e?.actors).toEqual(["russia"]);
    expect(e?.targets).toEqual([]);
  });
});

describe("the object in a phrase's gap", () => {
  it("is the target before any name after the phrase; a possessive in the gap is not", () => {
    const demand = run("We expect Sudan to use its forces to protect the embassy.").events.find((e) => e.type === "DEMAND");
    expect(demand?.targets).toEqual(["sudan"]);
    const meeting = run("Zelensky said Russian diplomats held their first meeting with Austin in Kyiv.").events.find((e) => e.type === "CONSULT");
    expect(meeting?.targets).toEqual(["lloyd_austin"]);
  });
});

describe("victims", () => {
  it("keeps the telling victim noun, not 'people'", () => {
    expect(violent("Iran killed an American contractor.")[0]?.victim).toBe("contractor");
    expect(violent("Hamas attacked the checkpoint and 25 people were killed.")[0]?.victim ?? null).toBeNull();
  });
});

describe("clauses beside the main one", () => {
  it("a relative clause after the object tells another act, by the object", () => {
    const events = violent("Houthi forces killed soldiers who fought Hamas in Gaza.");
    expect(events.map((e) => [e.trigger.text, e.actors, e.targets])).toEqual([
      ["killed", ["houthis"], []],
      ["fought", [], ["hamas"]],
    ]);
  });

  it("a relative clause set off by commas tells another act than the main verb after it", () => {
    const events = violent("Hamas, which had attacked Israel, was bombed by Russia.");
    expect(events.map((e) => e.trigger.text)).toEqual(["attacked", "bombed"]);
    expect(events[1]?.actors).toEqual(["russia"]);
  });

  it("a clause of contrast tells another act, with its own place; a clause of time may tell the same one", () => {
    const events = violent("Russian forces shelled Kharkiv while Hamas attacked Gaza.");
    expect(events.map((e) => [e.actors, e.location])).toEqual([
      [["russia"], "kharkiv"],
      [["hamas"], "gaza"],
    ]);
    expect(violent("Two Hamas bombers killed 23 people when they blew themselves up in Gaza.")).toHaveLength(1);
  });

  it("a fronted place phrase is where, not who", () => {
    const [e] = violent("In Sudan, Israeli and Russian forces fought against the Rapid Support Forces.");
    expect([...(e?.actors ?? [])].sort()).toEqual(["israel", "russia"]);
    expect(e?.location).toBe("sudan");
  });

  it("the names of a clause of time or reason are not the object or the place of the verb before it", () => {
    const r = run("The Pentagon dispatched troops to the region as Zelensky in a speech blamed Russia for the shelling of Kharkiv.");
    const sent = r.events.find((e) => e.type === "MOBILIZE");
    expect(sent?.targets).toEqual([]);
    expect(sent?.location ?? null).not.toBe("kharkiv");
    // "as" without a clause after it still introduces the object's complement
    expect(run("Russia designated Hamas as a terrorist group.").events[0]?.targets).toEqual(["hamas"]);
  });
});

describe("phrases with modifiers", () => {
  it("a phrase's gap holds a hyphenated modifier, which is no object ('waging a U.S.-backed proxy war')", () => {
    const [e] = violent("Saudi Arabia is waging a U.S.-backed proxy war with Iran in Yemen.");
    expect([e?.type, e?.actors, e?.targets, e?.location]).toEqual(["FIGHT", ["saudi_arabia"], ["iran"], "yemen"]);
    // the object in a phrase's gap is followed by a function word
    expect(run("Israel designated Hamas as a terrorist group.").events[0]?.targets).toEqual(["hamas"]);
  });

  it("a plural form a few words after 'these' is a noun, and refers back", () => {
    const [e] = violent("So Iran has been carrying out these low level attacks for months.", { "for months": "2019-09-30/2019-12-31" });
    expect(e?.anaphoric).toBe(true);
    const [v] = violent("These militias attack bases.");
    expect(v?.anaphoric).toBe(false);
  });

  it("an idiom that starts with a trigger word is no event, unless a trigger phrase spans it", () => {
    expect(run("It strikes me as odd that Israel stays quiet.").events).toHaveLength(0);
    expect(run("Israel and Hamas struck a deal.").events.map((e) => e.type)).toEqual(["AGREE"]);
  });

  it("'acts of war' are attacks; 'we expect X to' is a demand, what someone expected is not", () => {
    const [e] = violent("Russia carried out acts of war against Ukraine.");
    expect([e?.type, e?.actors, e?.targets]).toEqual(["ASSAULT", ["russia"], ["ukraine"]]);
    expect(run("We expect Iraq to protect the embassy.").events.map((x) => [x.type, x.targets])).toEqual([["DEMAND", ["iraq"]]]);
    // a participle after its noun is still a verb ("the woman accused of killing")
    expect(run("Hamas says the man accused of killing two Israeli soldiers is innocent.").events.map((x) => x.type)).toContain("ACCUSE");
  });

  it("a condition's subject is still a threat's target", () => {
    const t = run("Hamas threatened to strike Gaza unless Israel withdrew.").events.find((e) => e.type === "THREATEN");
    expect(t?.targets).toContain("israel");
  });
});

describe("narrative time", () => {
  it("an undated past-tense report takes the date of the event told just before it", () => {
    const r = run("On Sunday Houthi forces struck Abqaiq. They bombed two more sites.", { "On Sunday": "2019-09-15" });
    const second = r.events.find((e) => e.trigger.text === "bombed");
    expect(second?.date).toBe("2019-09-15");
    expect(second?.dateText).toBeNull();
  });

  it("a toll counted up to the time of telling ('have been killed') takes no date from the story", () => {
    const r = run("On Sunday Houthi forces struck Abqaiq. Officials say more than 300 people have been killed.", { "On Sunday": "2019-09-15" });
    expect(r.events.find((e) => e.fatalities === 300)?.date ?? null).toBeNull();
  });

  it("a reference back after 'from' is another act; one after 'in' is the act's own", () => {
    const r = run("On Sunday Houthi forces struck Abqaiq. They bombed two sites far from the original attack.", { "On Sunday": "2019-09-15" });
    expect(r.events.find((e) => e.trigger.text === "bombed")?.date).toBe("2019-09-15");
    const own = run("On Sunday Houthi forces struck Abqaiq. Five people were killed in the Israeli strike.", { "On Sunday": "2019-09-15" });
    expect(own.events.find((e) => e.fatalities === 5)?.date ?? null).toBeNull();
  });

  it("a gerund takes the tense of its clause ('completed it by bombing' is past, 'plan on bombing' is not)", () => {
    const past = run("On Sunday Houthi forces struck Abqaiq. They completed it by bombing two more sites.", { "On Sunday": "2019-09-15" });
    expect(past.events.find((e) => e.trigger.text === "bombing")?.date).toBe("2019-09-15");
    const plan = run("On Sunday Houthi forces struck Abqaiq. They plan on bombing two more sites.", { "On Sunday": "2019-09-15" });
    expect(plan.events.find((e) => e.trigger.text === "bombing")?.date ?? null).toBeNull();
  });

  it("one more of its kind ('also') inherits across a paragraph break; a plain report does not", () => {
    const also = run("During last summer Israel bombed Gaza.\n\nThere were also drone attacks on Hamas positions.", { "During last summer": "2019-06-01/2019-08-31" });
    expect(also.events.find((e) => e.trigger.text === "drone attacks")?.date).toBe("2019-06-01/2019-08-31");
    const plain = run("During last summer Israel bombed Gaza.\n\nHamas attacked a checkpoint.", { "During last summer": "2019-06-01/2019-08-31" });
    expect(plain.events.find((e) => e.trigger.text === "attacked")?.date).toBeNull();
  });

  it("a quotation keeps its own time: a speaker's past act takes no date from the words that attribute another quotation", () => {
    const text = '"Israel must leave Gaza," Hamas said on Wednesday. "They killed our brothers."';
    const span = (from: number, to: number): QuoteSpan => ({ start: from, end: to, text: text.slice(from, to), kind: "quotation", speakerText: null, handle: null, date: null });
    const quote = (q: string) => span(text.indexOf(q), text.indexOf(q) + q.length);
    const quotes = [quote('"Israel must leave Gaza,"'), quote('"They killed our brothers."')];
    const r = extractText(text, { times: { "on Wednesday": "2020-01-01" }, quotes });
    expect(r.events.find((e) => e.trigger.text === "killed")?.date ?? null).toBeNull();
    // within one quotation, its own narrative time holds
    const one = '"On Sunday Israel bombed Gaza. They killed our brothers," Hamas said.';
    const q1: QuoteSpan[] = [{ start: 0, end: one.indexOf(',"') + 2, text: one.slice(0, one.indexOf(',"') + 2), kind: "quotation", speakerText: null, handle: null, date: null }];
    const r1 = extractText(one, { times: { "On Sunday": "2020-01-05" }, quotes: q1 });
    expect(r1.events.find((e) => e.trigger.text === "killed")?.date).toBe("2020-01-05");
  });

  it("a clause that moves time on, or refers back, inherits nothing", () => {
    const later = run("On Sunday Houthi forces struck Abqaiq. Later they bombed two more sites.", { "On Sunday": "2019-09-15" });
    expect(later.events.find((e) => e.trigger.text === "bombed")?.date).toBeNull();
    const back = run("On Friday Hamas attacked a checkpoint. An estimated 25 people were killed in the Israeli strike.", { "On Friday": "2023-10-06" });
    expect(back.events.filter((e) => e.type === "ASSAULT").map((e) => e.date)).toEqual(["2023-10-06", null]);
  });
});

describe("acts suffered", () => {
  it("what comes under fire is the target; a name inside the phrase is the attacker; a town suffering it is where", () => {
    const [a] = violent("A U.S. diplomatic convoy came under fire on Monday.");
    expect([a?.actors, a?.targets]).toEqual([[], ["united_states"]]);
    const [b] = violent("Kharkiv came under heavy Russian shelling overnight.");
    expect([b?.actors, b?.location]).toEqual([["russia"], "kharkiv"]);
  });

  it("a speaker named before a report of deaths is not among the victims", () => {
    const [e] = violent("Hamas said 97 civilians had been killed since Saturday.");
    expect(e?.targets).toEqual([]);
    // a subject before a passive cue is no speaker
    const r = run("Putin has been accused of shelling Kharkiv by Zelensky.");
    expect(r.events.find((x) => x.type === "ACCUSE")?.targets).toEqual(["vladimir_putin"]);
  });
});

describe("modality and clauses", () => {
  it("an act the text says goes on has happened, whatever the modal before it", () => {
    const r = run("Hamas said they would instead continue to press for the withdrawal of Israeli troops.");
    expect(r.events.find((e) => e.type === "DEMAND")?.modality).toBe("asserted");
    expect(violent("Russia will attack Kyiv.")[0]?.modality).toBe("future");
  });

  it("being ready to exercise self-defence is a threat; being ready to exercise restraint is not", () => {
    expect(run("Israel said it is ready to exercise self-defense.").events.map((e) => e.type)).toEqual(["THREATEN"]);
    expect(run("Hamas is ready to exercise restraint.").events.map((e) => e.type)).not.toContain("THREATEN");
  });

  it("'their' after a sentence opened by a group of a named side refers to that side", () => {
    const r = run("Supporters of Hamas dismantled their tents, saying they would press for the withdrawal of Israeli troops. Their retreat ended the crisis.");
    expect(r.events.find((e) => e.trigger.text === "retreat")?.actors).toEqual(["hamas"]);
  });

  it("the parties 'between' whom an act happens: the first acts unless the act has an actor of its own", () => {
    const [clash] = violent("Clashes between Hamas and the Israeli army continued on Tuesday.");
    expect(clash?.actors).toEqual(["hamas"]);
    expect(clash?.targets).toEqual(["israel"]);
    const talks = run("Saudi Arabia launched a mediation effort on Saturday between Israel and Hamas.", { "on Saturday": "2020-01-04" }).events.find((e) => e.type === "CONSULT");
    expect(talks?.actors).toEqual(["saudi_arabia"]);
    expect(talks?.targets).toEqual(["israel", "hamas"]);
    // a verb with no object of its own takes them as targets
    const mediate = run("Belarus will mediate between Russia and Ukraine.").events.find((e) => e.type === "CONSULT");
    expect(mediate?.actors).toEqual(["belarus"]);
    expect(mediate?.targets).toEqual(["russia", "ukraine"]);
  });

  it("a verb in its base form in a demand's 'that' clause is wanted, not done", () => {
    const r = run("Protesters in Kyiv demanded that Zelensky resign.");
    expect(r.events.find((e) => e.type === "RETREAT")?.modality).toBe("future");
    expect(run("Zelensky resigned on Monday.").events.find((e) => e.type === "RETREAT")?.modality).toBe("asserted");
  });

  it("a device that explodes reports an explosion, with its toll apart from the act told before it", () => {
    const r = run("Russia shelled Kharkiv on Monday. Two soldiers died when landmines exploded near Kyiv.", { "on Monday": "2020-01-06" });
    const blast = r.events.find((e) => e.trigger.text === "exploded");
    expect(blast?.type).toBe("ASSAULT");
    expect(blast?.fatalities).toBe(2);
    expect(blast?.anaphoric).toBe(false);
  });

  it("a clause that names its own subject in common words takes no one named before it", () => {
    expect(violent("Iran said that the militia attacked the base.")[0]?.actors).toEqual([]);
    expect(violent("Russia said two soldiers died when landmines exploded near Kyiv.").find((e) => e.trigger.text === "exploded")?.actors).toEqual([]);
    // a pronoun in the clause, "once again": the subject is found as before
    expect(violent("Russia said that it struck Kyiv.")[0]?.actors).toEqual(["russia"]);
    expect(run("Hamas has once again rejected the offer.").events.find((e) => e.type === "REJECT")?.actors).toEqual(["hamas"]);
  });

  it("closing a border or an airspace restricts movement", () => {
    const e = run("Russia closed its borders with Ukraine and Belarus on Monday.", { "on Monday": "2020-01-06" }).events.find((x) => x.type === "COERCE");
    expect(e?.mode).toBe("restriction");
    expect(e?.actors).toEqual(["russia"]);
    expect(e?.targets).toEqual(["ukraine", "belarus"]);
  });

  it("a country across a border from where an act happened is no participant in it", () => {
    expect(violent("Rebels killed 17 soldiers in an ambush near the border with Ukraine.")[0]?.targets).toEqual([]);
    expect(violent("Rebels killed 17 Russian soldiers in an ambush near the border with Ukraine.")[0]?.targets).toEqual(["russia"]);
  });

  it("the one who condemns or names an attack is not its actor; a possessive a few modifiers before the noun is", () => {
    const r = run("Ukraine condemned the attack.");
    expect(r.events.find((e) => e.type === "ASSAULT")?.actors).toEqual([]);
    expect(r.events.find((e) => e.type === "DISAPPROVE")?.actors).toEqual(["ukraine"]);
    // the subject of an act of the same kind, or of no act of its own, is the noun's actor
    expect(run("The United States speeded up the withdrawal of its forces.").events[0]?.actors).toEqual(["united_states"]);
    // ... but not one who names or judges it
    expect(violent("Ukraine called the attacks a terrorist act.")[0]?.actors).toEqual([]);
    const [b] = violent("Iran's massive drone and missile barrage against Israel shocked the region.");
    expect(b?.actors).toEqual(["iran"]);
    expect(b?.targets).toEqual(["israel"]);
  });

  it("a speaker who reports what an attack did is not its actor", () => {
    const [a] = violent("Syria's state media said the strike had killed 13 people.");
    expect(a?.actors).toEqual([]);
    expect(a?.fatalities).toBe(13);
    // (a speaker just before the noun is no modifier of it either)
    expect(violent("Reuters said the strike killed 13 people.")[0]?.actors).toEqual([]);
    const [b] = violent("According to Reuters, 16 people died in the strike.");
    expect(b?.actors).toEqual([]);
    // a pronoun inside what is said still names the speaker's side
    expect(violent("Hezbollah said it fired rockets at Israel.")[0]?.actors).toEqual(["hezbollah"]);
    expect(violent("The Pentagon said US forces attacked five sites.")[0]?.actors).toEqual(["united_states"]);
  });

  it("'among them' counts part of the people just told, not an actor named before", () => {
    const [e] = violent("Israel denied it. The strike killed seven members of Hezbollah, among them two generals.");
    expect(e?.targets).toEqual(["hezbollah"]);
  });

  it("a visit 'to' a country is hosted by it; who cancels a visit is the visitor", () => {
    const e = run("A Russian minister has cancelled a planned visit to Ukraine.").events.find((x) => x.type === "CONSULT");
    expect(e?.actors).toEqual(["russia"]);
    expect(e?.targets).toEqual(["ukraine"]);
  });

  it("where and when a speaker spoke is not where and when the act they speak of was", () => {
    const [e] = violent("Zelensky, speaking in Kyiv on Wednesday, said the explosion was a Russian attack.", { "on Wednesday": "2024-04-17" });
    expect(e?.location).toBeNull();
    expect(e?.date).toBeNull();
    expect(violent("In Kyiv, Zelensky said Russia attacked the city overnight.")[0]?.location).toBe("kyiv");
  });

  it("an act in a relative clause after a comma takes neither the main clause's date nor its place", () => {
    const r = run("Austin arrived in Kyiv on Friday and visited Irpin, where officials say Russian troops killed dozens of civilians.", { "on Friday": "2022-04-08" });
    const killing = r.events.find((e) => e.trigger.text === "killed");
    expect(killing?.date ?? null).toBeNull();
    expect(killing?.location ?? null).toBeNull();
    // a relative clause about the place itself keeps it
    expect(violent("In Gaza, which Israel bombed on Monday, 20 people died.")[0]?.location).toBe("gaza");
  });

  it("a participle after a comma shares the subject of the clause before it, however long", () => {
    const [e] = violent("A missile struck a crowded railway station in the eastern Ukrainian city of Kharkiv on Friday, killing at least 50 people.");
    expect(e?.actors).toEqual([]);
  });

  it("the object of an act in a quotation ends with the quotation", () => {
    const r = run('Zelensky blamed Russia and called the strike "evil". "This is a deliberate strike on civilians," he said in a video address.');
    expect(r.events.find((e) => e.text.includes("deliberate"))?.targets).toEqual([]);
  });

  it("a cue of time only ('ahead of') sets an act apart without linking it; an expected act is not yet done", () => {
    const r = run("A missile struck Kharkiv on Friday as civilians fled ahead of an expected Russian offensive.");
    const offensive = r.events.find((e) => e.trigger.text === "offensive");
    expect(offensive?.modality).toBe("future");
    expect(r.events.find((e) => e.trigger.text === "struck")?.mode).not.toBe("offensive");
    expect(r.relations).toHaveLength(0);
  });

  it("'any' attack is no particular one", () => {
    expect(violent("Washington would not take part in any Israeli strike on Iran.")[0]?.modality).toBe("hypothetical");
    expect(violent("Russia attacked Kyiv without any warning.")[0]?.modality).toBe("asserted");
  });

  it("what something is used to do reports no particular act", () => {
    const [e] = violent("The targets included command posts that were used to attack American forces.");
    expect(e?.modality).toBe("hypothetical");
  });

  it("a label before a colon is no subject", () => {
    expect(violent("Ukraine: dozens killed as soldiers fire on protesters")[0]?.actors).toEqual([]);
    expect(violent("Zelensky said: Russia attacked Kharkiv.")[0]?.actors).toEqual(["russia"]);
  });

  it("opening fire on protesters or a crowd is a shooting, not a battle", () => {
    expect(violent("Police opened fire on unarmed protesters in Kyiv.").map((e) => [e.type, e.mode])).toEqual([["ASSAULT", "shooting"]]);
    expect(violent("Russian troops opened fire on Ukrainian positions.").map((e) => e.type)).toEqual(["FIGHT"]);
  });

  it("who names the object in a free relative ('struck what Ukraine called a camp') is not its target", () => {
    const [e] = violent("Russian warplanes struck what Ukraine called a refugee camp near the border.");
    expect(e?.targets).not.toContain("ukraine");
    expect(e?.targets ?? []).toEqual([]);
  });

  it("a possessive before the means or the men an actor acts through names the actor ('its jets had hit', 'its troops shelled')", () => {
    const [jets] = violent("Ukraine said on Tuesday that its jets had hit a depot near Izium.");
    expect(jets?.actors).toEqual(["ukraine"]);
    const [troops] = violent("Russia said its troops had shelled the town.");
    expect(troops?.actors).toEqual(["russia"]);
  });

  it("a passive's own clause after 'that' names its subject: no one before the clause is its target", () => {
    const e = violent("Ukraine said the Russian planes dropped their bombs in an empty field and that nobody was killed.");
    expect(e.find((x) => x.trigger.text === "killed")?.targets).toEqual([]);
  });

  it("'the fight' is a report of fighting", () => {
    const [e] = violent("The fight for Kharkiv lasted a week.");
    expect(e?.type).toBe("FIGHT");
  });

  it("a modal governs a bare verb further on in its clause", () => {
    const [e] = violent("The United States should wait, if need be, for the militia to regroup, not just strike empty buildings.");
    expect(e?.modality).toBe("hypothetical");
  });

  it("a cleft ('It was after X that Y') keeps cause and response apart and links them", () => {
    const r = run("It was after these attacks that a campaign of revenge attacks on Israel began.");
    expect(r.events.filter((e) => e.type === "ASSAULT")).toHaveLength(2);
    const rel = r.relations[0];
    expect(rel).toBeDefined();
    expect(r.events[rel!.from]?.trigger.text).toBe("attacks");
    expect(r.events[rel!.from]!.start).toBeGreaterThan(r.events[rel!.to]!.start);
  });
});
