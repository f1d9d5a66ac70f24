import { describe, expect, it } from "vitest";
import { parseEventAnchors } from "./event-anchors.ts";
import { agreedSpan } from "./agreed-span.ts";
import { eventWindows } from "./event-windows.ts";
import { windowFromSentence } from "./sentence-window.ts";
import { inferPublished } from "./published-date.ts";

// Event dates as given by the pages named in `source` (facts used for a test fixture).
const CSV = `id,start,end,name,patterns,kind,source
congress-2018,2018-01-29,2018-01-30,Syrian National Dialogue Congress,National Dialogue Congress&Sochi,summit,en.wikipedia Syrian National Dialogue Congress
sochi-2018,2018-09-17,,Sochi memorandum on Idlib,Sochi agreement|Sochi deal,agreement,en.wikipedia Idlib demilitarization (2018–2019)
moscow-2020,2020-03-05,,Moscow protocol,ceasefire&March 5|Moscow protocol,ceasefire,en.wikipedia 2020 Idlib ceasefire
eid-2013,2013-10-15,2013-10-18,Eid al-Adha 2013,Eid al-Adha,holiday,test
eid-2021,2021-07-20,2021-07-23,Eid al-Adha 2021,Eid al-Adha,holiday,test
hts-formed,2017-01-28,,Hayat Tahrir al-Sham formed,Hayat Tahrir al-Sham,era,en.wikipedia Tahrir al-Sham
mogherini,2014-11-01,2019-11-30,Federica Mogherini as EU High Representative,Mogherini,office,en.wikipedia Federica Mogherini
biden,2021-01-20,2025-01-20,Joe Biden as US president,President Joe Biden|President Biden,office,en.wikipedia Joe Biden
offensive-2024,2024-11-27,,Deterrence of Aggression offensive,Deterrence of Aggression,offensive,test
hts-era,2017-01-28,,HTS exists,HTS,era,test
dawn-2,2019-12-19,2020-03-06,Dawn of Idlib 2,campaign&Maarat al-Numan&Saraqib,offensive,en.wikipedia Northwestern Syria offensive (2019–2020)
`;
const { anchors } = parseEventAnchors(CSV, "events.csv");
const event = (id: string) => anchors.find((a) => a.id === id)!;

describe("windowFromSentence", () => {
  it("reads an event still to come this month as the days of that month before it", () => {
    const w = windowFromSentence(
      "The National Dialogue Congress in Sochi will be held at the end of this month.",
      event("congress-2018"),
    );
    expect([w.from, w.to]).toEqual(["2018-01-01", "2018-01-28"]);
  });

  it("reads 'last September' and 'last year' from the event's own month and year", () => {
    const sep = windowFromSentence(
      "They signed the Sochi deal last September.",
      event("sochi-2018"),
    );
    expect([sep.from, sep.to]).toEqual(["2018-10-01", "2019-09-30"]);
    const year = windowFromSentence("Under the Sochi deal, signed last year.", event("sochi-2018"));
    expect([year.from, year.to]).toEqual(["2019-01-01", "2019-12-31"]);
  });

  it("reads an anniversary as that many years to the day, before any weekday", () => {
    const w = windowFromSentence(
      "On Tuesday, Syrians marked the second anniversary of the Moscow protocol.",
      event("moscow-2020"),
    );
    expect([w.from, w.to]).toEqual(["2022-03-02", "2022-03-12"]);
  });

  it("reads 'two years ago' from the event", () => {
    const w = windowFromSentence(
      "The Sochi deal, signed two years ago, has collapsed.",
      event("sochi-2018"),
    );
    expect([w.from, w.to]).toEqual(["2020-03-17", "2021-03-18"]);
  });

  it("counts the days of an event in force ('the 77-day ceasefire')", () => {
    const w = windowFromSentence(
      "This comes with the entry into the 77-day ceasefire announced on March 5.",
      event("moscow-2020"),
    );
    expect([w.from, w.to]).toEqual(["2020-05-19", "2020-05-21"]);
  });

  it("ties a holiday's ordinal day to the weekday of the article's lead", () => {
    const sentence = "The attack took place on the third day of Eid al-Adha.";
    const thursday = 4;
    const w2021 = windowFromSentence(sentence, event("eid-2021"), thursday);
    expect([w2021.from, w2021.weight]).toEqual(["2021-07-22", 1]);
    // Without a weekday anywhere, an ordinal day alone places nothing.
    expect(windowFromSentence(sentence, event("eid-2021")).to).toBeNull();
  });

  it("lets the weekday named be the day after a one-day event ('took most of Aleppo on Saturday')", () => {
    // 17 September 2018 was a Monday; a report of it "on Tuesday" is the day after.
    const w = windowFromSentence("The Sochi deal was welcomed on Tuesday.", event("sochi-2018"));
    expect([w.from, w.weight]).toEqual(["2018-09-18", 1.5]);
  });

  it("takes a one-day event on the weekday the lead names as the news", () => {
    const sochiDay = 1; // 17 September 2018 was a Monday
    const w = windowFromSentence(
      "The Sochi deal set up a buffer zone.",
      event("sochi-2018"),
      sochiDay,
    );
    expect([w.from, w.to, w.weight]).toEqual(["2018-09-17", "2018-09-23", 1]);
  });

  it("matches plurals and words set apart ('rebel forces entered the city of Hama')", () => {
    const { anchors: hama } = parseEventAnchors(
      "id,start,end,name,patterns,kind,source\nhama-2024,2024-12-05,,Hama taken,rebels&entered Hama,event,test\n",
      "t.csv",
    );
    const sentences = ["Syrian rebel forces entered the central city of Hama on Thursday."];
    expect(eventWindows(sentences, hama)[0]).toMatchObject({ from: "2024-12-05", weight: 1.5 });
    // A name bound by "of" stays whole: "dawn ... of ... Idlib" is not "Dawn of Idlib".
    expect(
      eventWindows(
        ["At dawn the shelling of villages in Idlib resumed."],
        parseEventAnchors(
          "id,start,end,name,patterns,kind,source\ndawn,2019-04-30,,Dawn of Idlib,Dawn of Idlib,offensive,test\n",
          "t.csv",
        ).anchors,
      ),
    ).toEqual([]);
  });

  it("leaves an event named only as past open-ended and light", () => {
    const w = windowFromSentence("HTS, or Hayat Tahrir al-Sham, holds Idlib.", event("hts-formed"));
    expect(w).toMatchObject({ from: "2017-01-28", to: null, weight: 0.25 });
  });
});

describe("eras", () => {
  it("reads a state of affairs named as current as its own span of time", () => {
    const { anchors: sole } = parseEventAnchors(
      "id,start,end,name,patterns,kind,source\nsole,2020-07-11,2023-02-13,Bab al-Hawa only crossing,only crossing&Bab al-Hawa,era,test\n",
      "t.csv",
    );
    const w = windowFromSentence("Bab al-Hawa is the only crossing open to UN aid.", sole[0]!);
    expect([w.from, w.to, w.weight]).toEqual(["2020-07-11", "2023-02-13", 0.25]);
  });

  it("reads a group named in a dated sentence as existing, not as news of its founding", () => {
    const w = windowFromSentence("HTS took most of Aleppo on Saturday.", event("hts-era"));
    expect(w).toMatchObject({ from: "2017-01-28", to: null, weight: 0.25 });
  });
});

describe("news of the weekend", () => {
  it("reads 'over the weekend' as the days just before the report", () => {
    const w = windowFromSentence(
      "The zone came under fire over the weekend, after the Sochi deal.",
      event("sochi-2018"),
    );
    expect([w.from, w.to, w.weight]).toEqual(["2018-09-17", "2018-09-20", 1]);
  });
});

describe("news of the lead", () => {
  it("reads a short event named in the title or lead, with nothing setting it in the past, as the news", () => {
    const csv =
      "id,start,end,name,patterns,kind,source\n" +
      "kuweires-2015,2015-11-10,,Siege of Kuweires broken,siege&Kuweires,event,test\n";
    const { anchors: kuweires } = parseEventAnchors(csv, "t.csv");
    const lead = eventWindows(
      ["Syrian army breaks the siege of Kuweires air base", "Troops reached the base."],
      kuweires,
    );
    expect(lead[0]).toMatchObject({ from: "2015-11-10", to: "2015-11-13", weight: 1 });
    // The same words later in the story, or after "following", are background.
    const later = eventWindows(["A.", "B.", "The siege of Kuweires was broken."], kuweires);
    expect(later[0]).toMatchObject({ to: null, weight: 0.25 });
    const after = eventWindows(["Following the broken siege of Kuweires, cadets rest."], kuweires);
    expect(after[0]).toMatchObject({ to: null });
  });
});

describe("news of the hour", () => {
  it("reads 'in the past couple of hours' and 'a few hours ago' as the day's news", () => {
    const w = windowFromSentence(
      "Rebels retreated a few hours ago from the zone of the Sochi deal.",
      event("sochi-2018"),
    );
    expect([w.from, w.to, w.weight]).toEqual(["2018-09-17", "2018-09-18", 1.5]);
  });
});

describe("news of the night", () => {
  it("reads 'the overnight raid' as last night's news", () => {
    const w = windowFromSentence(
      "The house targeted in the overnight raid that killed him was on the edge of the Sochi deal zone.",
      event("sochi-2018"),
    );
    expect([w.from, w.to, w.weight]).toEqual(["2018-09-17", "2018-09-18", 1.5]);
  });
});

describe("officeholders", () => {
  it("places the article in the term, or after it when the text says former", () => {
    const inOffice = windowFromSentence(
      "EU foreign policy chief Federica Mogherini said.",
      event("mogherini"),
    );
    expect(inOffice).toMatchObject({ from: "2014-11-01", to: "2019-12-31", weight: 0.25 });
    const former = windowFromSentence(
      "Former EU foreign policy chief Federica Mogherini said.",
      event("mogherini"),
    );
    expect(former).toMatchObject({ from: "2019-11-30", to: null });
  });

  it("does not take a deputy's title for the office it names", () => {
    const president = windowFromSentence("President Joe Biden said on Monday.", event("biden"));
    expect(president).toMatchObject({ from: "2021-01-20", weight: 0.25 });
    const vice = windowFromSentence("Vice President Joe Biden said on Monday.", event("biden"));
    expect(vice.weight).toBe(0);
    expect(eventWindows(["Vice President Joe Biden visited Ankara."], anchors)).toEqual([]);
  });

  it("counts an event named in many sentences once, by its tightest sentence", () => {
    const windows = eventWindows(
      ["Mogherini spoke.", "Mogherini spoke again.", "Mogherini left."],
      anchors,
    );
    expect(windows).toHaveLength(1);
  });
});

describe("agreedSpan", () => {
  it("takes the stretch most windows agree on and flags an equal rival as ambiguous", () => {
    const sentences = ["Shelling on Thursday, the third day of Eid al-Adha, killed seven."];
    const both = agreedSpan(eventWindows(sentences, anchors));
    expect(both?.ambiguous).toBe(true);
    // A group that exists only since 2017 rules out the 2013 reading.
    const withHts = agreedSpan(
      eventWindows([...sentences, "Hayat Tahrir al-Sham controls the area."], anchors),
    );
    expect(withHts).toMatchObject({ from: "2021-07-22", to: "2021-07-28", ambiguous: false });
  });

  it("keeps only the year's holiday that falls on the day and month the sentence gives", () => {
    const windows = eventWindows(
      ["The truce covers Eid al-Adha, starting on October 15."],
      anchors,
    );
    expect(windows.map((w) => w.from)).toEqual(["2013-10-15"]);
  });

  it("never lets a recurring holiday named in passing count", () => {
    expect(
      agreedSpan(eventWindows(["Families marked Eid al-Adha in the camps."], anchors)),
    ).toBeNull();
  });
});

describe("inferPublished from known events", () => {
  it("dates a yearless report from its holiday, its lead weekday and the era it names", () => {
    const text =
      "Shelling kills seven in Idlib\n\nGovernment shelling killed seven civilians on Thursday. " +
      "The attack took place on the third day of Eid al-Adha. Hayat Tahrir al-Sham holds the area.";
    const r = inferPublished(text, anchors);
    expect(r.published).toBe("2021-07-22");
    expect(r.basis).toMatch(/Eid al-Adha 2021/);
  });

  it("says which periods the events allow when they do not settle the date", () => {
    const r = inferPublished("Talks\n\nThe Sochi deal still holds, officials said.", anchors);
    expect(r.published).toBeNull();
    expect(r.basis).toMatch(/only place it after 2018-09-17/);
  });

  it("estimates a report as soon after the short fight it names last, saying so", () => {
    const csv =
      "id,start,end,name,patterns,kind,source\n" +
      "town-falls,2020-02-23,,Army takes Kafr Sijnah,Kafr Sijnah&army&captured,event,test\n";
    const text =
      "Families flee again\n\nThousands fled on Tuesday, aid workers said. " +
      "The army captured Kafr Sijnah after heavy shelling.";
    const r = inferPublished(text, parseEventAnchors(csv, "t.csv").anchors);
    // On or after the capture (a Sunday), the first Tuesday.
    expect(r.published).toBe("2020-02-25");
    expect(r.basis).toMatch(/estimated as soon after the latest short event named/);
  });

  it("estimates inside a span of a week that the events give, however lightly", () => {
    const csv =
      "id,start,end,name,patterns,kind,source\n" +
      "town-falls,2020-02-23,,Army takes Kafr Sijnah,Kafr Sijnah&army&captured,event,test\n";
    const text =
      "Families flee again\n\nThousands fled on Tuesday after the army captured Kafr Sijnah " +
      "last week, aid workers said.";
    const r = inferPublished(text, parseEventAnchors(csv, "t.csv").anchors);
    expect(r.published).toBe("2020-02-25");
    expect(r.basis).toMatch(/estimated inside 2020-02-23\.\.2020-03-01/);
  });

  it("takes a short fight it names, later than any date it gives, as the lower bound", () => {
    const csv =
      "id,start,end,name,patterns,kind,source\n" +
      "market-strike,2021-03-21,,Strike on the Sarmada fuel market,Sarmada&fuel market&strike,attack,test\n";
    const text =
      "Fuel market burns\n\nPrices have risen since March 2020, traders say. " +
      "A missile strike hit the fuel market near Sarmada, killing a driver.";
    const r = inferPublished(text, parseEventAnchors(csv, "t.csv").anchors);
    expect(r.published).toBe("2021-03-21");
    expect(r.basis).toMatch(/later than the latest dated reference "March 2020"/);
  });

  it("makes no such estimate when a term of office opens the same day", () => {
    const csv =
      "id,start,end,name,patterns,kind,source\n" +
      "sworn-in,2025-03-29,,Government sworn in,Saleh&minister,event,test\n" +
      "saleh-minister,2025-03-29,,Saleh as minister,Saleh&minister,office,test\n";
    const text =
      "Fires\n\nCrews fought the fires on Friday. Minister Raed al-Saleh said help was coming.";
    const r = inferPublished(text, parseEventAnchors(csv, "t.csv").anchors);
    expect(r.published).toBeNull();
  });

  it("picks the lead's weekday inside the agreed span", () => {
    const text =
      "Minister speaks\n\nThe minister on Wednesday urged restraint. " +
      "On Tuesday, envoys were summoned. The National Dialogue Congress in Sochi will be held at the end of this month.";
    const r = inferPublished(text, anchors);
    // January 2018 before the 29th: the first Wednesday with a Tuesday in the week before.
    expect(r.published).toBe("2018-01-03");
  });

  it("reads the text's bare dates in the first weeks after an open-ended event", () => {
    const text =
      "Return home\n\nOn November 27, factions launched Deterrence of Aggression. " +
      "Families went back on December 8.";
    const r = inferPublished(text, anchors);
    expect(r.published).toBe("2024-12-08");
    expect(r.basis).toMatch(/first year the events named allow/);
  });

  it("does not read bare dates long after the event (they may be older than it)", () => {
    const text =
      "Life in Idlib\n\nHe left his town in August. Deterrence of Aggression changed the front.";
    expect(inferPublished(text, anchors).published).toBeNull();
  });

  it("takes a day and month that agree with a named event as that event's year", () => {
    const text =
      "215,000 flee Idlib\n\nSince November, civilians have fled. " +
      "On Dec. 20, the regime launched a military campaign on Maarat al-Numan and Saraqib. " +
      "Some 10,000 fled in two days, an official said on Dec. 24.";
    const r = inferPublished(text, anchors);
    // "since November" is the November before the campaign, not the one after it.
    expect(r.published).toBe("2019-12-24");
  });

  it("reads a future cue far from the event's name as about something else", () => {
    const { anchors: cholera } = parseEventAnchors(
      "id,start,end,name,patterns,kind,source\ncholera-2022,2022-08-25,,Cholera outbreak,cholera outbreak,disaster,test\n",
      "t.csv",
    );
    const w = windowFromSentence(
      "As a deadly cholera outbreak spreads in Syria, doctors and aid workers in the rebel-held " +
        "northwest are bracing for impact, worried that cramped camps will provide a fertile " +
        "breeding ground for the disease.",
      cholera[0]!,
    );
    expect(w.from >= "2022-08-25").toBe(true);
    expect(w.why).not.toMatch(/still to come/);
  });

  it("speaks of a long offensive that 'began last week' from its start", () => {
    const w = windowFromSentence(
      "Since the campaign began last week, Maarat al-Numan and Saraqib were shelled.",
      event("dawn-2"),
    );
    expect([w.from, w.to]).toEqual(["2019-12-20", "2020-01-01"]);
  });

  it("lets the named events overrule a year borrowed from the war's start", () => {
    const text =
      "Envoy's truce call\n\nThe envoy called for a truce during Eid al-Adha starting on October 15. " +
      "The conflict began in March 2011. Hayat Tahrir al-Sham is not party to it.";
    // "October 15" would read as 2011 after "March 2011"; Eid al-Adha started on 15 October
    // only in 2013 among the rows here, and HTS rules that out too, so no date at all.
    const r = inferPublished(text, anchors);
    expect(r.published).not.toMatch(/^2011/);
  });

  it("lets news of a known event overrule an older date the text gives as background", () => {
    const text =
      "Rebels push on\n\nRebels entered Aleppo on Friday after a lightning offensive. " +
      "It is the largest offensive since March 2020, when a ceasefire was agreed.";
    const { anchors: aleppo } = parseEventAnchors(
      "id,start,end,name,patterns,kind,source\naleppo-2024,2024-11-29,,Rebels enter Aleppo,rebels&entered Aleppo,event,test\n",
      "t.csv",
    );
    expect(inferPublished(text, aleppo).published).toBe("2024-11-29");
  });

  it("does not let a yearly event's wording overrule the text's own date", () => {
    const csv =
      "id,start,end,name,patterns,kind,source\n" +
      "vote-2022,2022-07-12,,July 2022 vote,Security Council&cross-border&extend,resolution,test\n" +
      "vote-2023,2023-01-09,,January 2023 vote,Security Council&cross-border&extend,resolution,test\n";
    const text =
      "Aid vote\n\nThe Security Council voted on Monday to extend cross-border aid. " +
      "The current authorisation runs until January 10, 2022.";
    expect(inferPublished(text, parseEventAnchors(csv, "t.csv").anchors).published).toBe(
      "2022-01-10",
    );
  });
  it("picks, of campaigns worded alike, the one the other cues agree on, counted from its start", () => {
    // Reporters name an Idlib offensive by its sides, not its name: every campaign row carries
    // the same wording, and so does every Russia-Turkey truce. "Since last year" and the
    // distance from the campaign's start then choose between them.
    const csv =
      "id,start,end,name,patterns,kind,source\n" +
      "campaign-2017,2017-10-09,2018-02-13,Campaign A,battle&Idlib&regime&Russian,offensive,test\n" +
      "campaign-2019,2019-04-30,2019-08-31,Campaign B,battle&Idlib&regime&Russian,offensive,test\n" +
      "campaign-2019b,2019-12-19,2020-03-06,Campaign C,battle&Idlib&regime&Russian,offensive,test\n" +
      "truce-2018,2018-09-17,,Truce A,truce&Idlib&Russia&Turkey&brokered,agreement,test\n" +
      "truce-2020,2020-03-06,,Truce B,truce&Idlib&Russia&Turkey&brokered,ceasefire,test\n";
    const text =
      "Calls for calm\n\nOfficials called for calm on Wednesday. Thousands have fled as a battle erupted " +
      "between rebels and the regime with its ally Russian forces in Idlib in the past three weeks. " +
      "Idlib has been shielded by a truce since last year, brokered by Russia and Turkey.";
    const r = inferPublished(text, parseEventAnchors(csv, "t.csv").anchors);
    // Three weeks after 30 April 2019, in 2019 (the year after the 2018 truce): a Wednesday.
    expect(r.published).toBe("2019-05-22");
    expect(r.basis).toMatch(/Campaign B \(2019-04-30\) was in the past three weeks/);
    expect(r.basis).toMatch(/Truce A \(2018-09-17\) was last year/);
  });
});
