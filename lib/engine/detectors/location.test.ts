import { describe, it, expect } from 'vitest';
import { locationDetector } from './location';
import { RESTRICTED_ZIP3, safeHarborZip } from './location/zip';

const allow = { names: new Set<string>(), domains: new Set<string>(), terms: new Set<string>() };

/** The reported spans (confidence ≥ 0.5, as the engine keeps them), as the text they cover. */
function found(text: string): string[] {
  return locationDetector
    .detect({ text, context: {}, allow, options: {} })
    .filter((c) => c.confidence >= 0.5)
    .map((c) => text.slice(c.start, c.end));
}

function foundAny(text: string, part: string): boolean {
  return found(text).some((span) => span.includes(part));
}

describe('street addresses', () => {
  it('takes in the town, a region field however written and the postal code that end the block', () => {
    expect(found('Ship to: 12 Kirkeveien 40\nHAMAR nk 2317')).toEqual(['12 Kirkeveien 40\nHAMAR nk 2317']);
    expect(found('Bill to:\n  9 Via Lunga 3 Suite 12\n  Brenno\n  ti\n  6500')).toEqual(['9 Via Lunga 3 Suite 12\n  Brenno\n  ti\n  6500']);
    expect(found('Send to 40 Long Lane Apt. 2, Fernby 34-112.')).toEqual(['40 Long Lane Apt. 2, Fernby 34-112']);
  });

  it('does not take the sentence after an address for its town line', () => {
    expect(found('She lives at 14 Brightwater Lane. Doing well after 3 weeks.')).toEqual(['14 Brightwater Lane']);
  });

  it('leaves the full stop that ends the sentence, and the next sentence, out of the address', () => {
    expect(found('She lives at 14 Brightwater Lane.\nHe moved away in spring.')).toEqual(['14 Brightwater Lane']);
    expect(found('Drop it at 9 Elm Road. Thanks!')).toEqual(['9 Elm Road']);
  });

  it('keeps the abbreviation dot and a town line that a state and ZIP confirm', () => {
    expect(found('Meet at 22 Harbor St. after work')).toEqual(['22 Harbor St.']);
    expect(found('Send it to 12 Oak Street\nSpringfield, IL 62704')).toEqual(['12 Oak Street\nSpringfield, IL 62704']);
  });

  it('finds a number, street name and suffix in Title Case and in capitals', () => {
    expect(found('We visited her at 742 Evergreen Terrace yesterday.')).toEqual(['742 Evergreen Terrace']);
    expect(found('PT LIVES AT 88 WILLOW BROOK ROAD WITH SPOUSE.')).toEqual(['88 WILLOW BROOK ROAD']);
    expect(found('Drop the forms at 12 Juniper St. before noon')).toEqual(['12 Juniper St.']);
  });

  it('takes in the unit, town, state and ZIP+4 that complete the address', () => {
    expect(found('Send it to 4100 Larkspur Ave, Apt 5B, Frostburg, MD 21532-1234 please')).toEqual([
      '4100 Larkspur Ave, Apt 5B, Frostburg, MD 21532-1234',
    ]);
  });

  it('finds post-office boxes and military mail', () => {
    expect(found('Mail the refill to P.O. Box 4471 and not to the clinic')).toEqual(['P.O. Box 4471']);
    expect(found('MAILING ADDRESS PO BOX 912')).toEqual(['PO BOX 912']);
    expect(foundAny('Ship it to PSC 4410, Box 27, APO AE 09011', 'PSC 4410, Box 27')).toBe(true);
  });

  it('finds a unit number written with its keyword', () => {
    expect(found('She moved into Apt. 12C last spring')).toEqual(['Apt. 12C']);
    expect(found('The office is in Suite 300')).toEqual(['Suite 300']);
  });

  it('starts a street after a name line, not at the name', () => {
    expect(foundAny('Rosa Amberly\n\n4417 Tannery 12\n Suite 9\n Lindow', '4417 Tannery 12')).toBe(true);
    expect(found('Rosa Amberly\n\n4417 Tannery 12\n Suite 9\n Lindow')[0]).not.toContain('Amberly');
  });

  it('finds a street name and number after "lives on" or before "street", and lower-case after a cue', () => {
    expect(found('My cousin lives on Birkenweg 41 these days')).toEqual(['Birkenweg 41']);
    expect(found('The bakery on Moorland 16 street closed')).toEqual(['Moorland 16']);
    expect(found('he lives at 31 kestrel 7, far from town')).toEqual(['31 kestrel 7']);
  });

  it('finds a house number before a street word and its name, up to the sentence going on', () => {
    expect(found('We will meet at 12 Rue Lepine tonight for dinner')).toEqual(['12 Rue Lepine']);
    expect(found('Parcel for 4410 18 Via delle Rose')).toEqual(['4410 18 Via delle Rose']);
    expect(found('I had 2 via the IV')).toEqual([]);
  });

  it('takes in a unit line after separators such as "???"', () => {
    expect(found('??? Ilse Varnum\n??? 5120 Grenivik 45\n??? Suite 12')).toEqual(['5120 Grenivik 45\n??? Suite 12']);
  });

  it('finds a street corner', () => {
    expect(found('Meet at the corner of Aldridge Lane and 5th Avenue.')).toEqual(['the corner of Aldridge Lane and 5th Avenue']);
    expect(found('address: the corner of Tannery 3 and Osprey Greens')).toEqual(['the corner of Tannery 3 and Osprey Greens']);
  });

  it('finds European street order', () => {
    expect(foundAny('Our new flat is on Via Garibaldi 27, Torino', 'Via Garibaldi 27')).toBe(true);
    expect(foundAny('Write to Kirkkokatu 14, Oulu', 'Kirkkokatu 14')).toBe(true);
  });
});

describe('ZIP codes', () => {
  it('finds a ZIP after a cue or after a state, with its Safe Harbor form', () => {
    const text = 'Her zip code is 02139.';
    const [c] = locationDetector.detect({ text, context: {}, allow, options: {} });
    expect(text.slice(c!.start, c!.end)).toBe('02139');
    expect(c!.fixes?.[0]?.replacement).toBe('021xx');
    expect(found('Lives near Eugene, OR 97401 with her sister')).toContain('97401');
    expect(found('ZIP: 21204-3310')).toEqual(['21204-3310']);
  });

  it('turns a restricted ZIP3 into 000 (HHS 2012 guidance list of 17)', () => {
    expect(RESTRICTED_ZIP3.size).toBe(17);
    expect(safeHarborZip('69201')).toBe('000');
    expect(safeHarborZip('89301')).toBe('000');
    expect(safeHarborZip('21204')).toBe('212xx');
    const text = 'zip 82301';
    const [c] = locationDetector.detect({ text, context: {}, allow, options: {} });
    expect(c!.fixes?.[0]?.replacement).toBe('000');
  });

  it('leaves a bare five-digit number alone', () => {
    expect(found('Order 55812 shipped with 12000 units')).toEqual([]);
  });
});

describe('towns, cities and counties', () => {
  it('finds a city in Title Case and after a cue in capitals', () => {
    expect(found('My aunt just got back from Sacramento.')).toEqual(['Sacramento']);
    expect(found('TRANSFERRED FROM ANNAPOLIS LAST NIGHT.')).toEqual(['ANNAPOLIS']);
    expect(found('transferred from Frederick for a higher level of care')).toEqual(['Frederick']);
  });

  it('finds a town in lower-case notes after a residence cue', () => {
    expect(found('pt lives in towson with wife')).toEqual(['towson']);
  });

  it('finds counties', () => {
    expect(found('He farms out in Garrett County most of the year')).toEqual(['Garrett County']);
    expect(found('RESIDENT OF CECIL COUNTY')).toEqual(['CECIL COUNTY']);
  });

  it('reads a town named like a word when a bare preposition puts it in place', () => {
    expect(found('The surgeon drove over from Mobile this evening.')).toEqual(['Mobile']);
    expect(found('Weaned from the mask to Mobile Neb overnight.')).toEqual([]);
    expect(found('She was praying and talking to God all night.')).toEqual([]);
    expect(found('MOVED FROM MOBILE TO BED')).toEqual([]);
  });

  it('needs a cue for names that are also words', () => {
    expect(found('Grew up in Mobile and still roots for the team')).toEqual(['Mobile']);
    expect(found('Mobile phone number is on the chart')).toEqual([]);
    expect(found('I was reading about Reading glasses')).toEqual([]);
  });

  it('finds a home named in lower-case notes, and a town with its state spelled out', () => {
    expect(found('social: lives alone in glen hollow, son visits daily')).toEqual(['glen hollow']);
    expect(found('she lives in senior housing, no stairs')).toEqual([]);
    expect(found('he lives in fear of falling.')).toEqual([]);
    expect(found('gave an overview of this towson maryland facility')).toEqual(['towson maryland']);
  });

  it('finds an unknown town after a residence cue', () => {
    expect(found('She grew up in Little Pemberton before the war')).toEqual(['Little Pemberton']);
  });

  it('does not report a state or country standing alone, which Safe Harbor allows', () => {
    expect(found('Finland has long winters; we drove through Ohio.')).toEqual([]);
    expect(found('Acme Health, 200 Main Street, Suite 4, Columbus, Ohio is hiring.').some((s) => s === 'Ohio')).toBe(false);
    expect(found('Guidance from Canada and Norway agrees on this.')).toEqual([]);
  });

  it('warns about a state or country given as someone\'s home, origin or destination', () => {
    const warned = (text: string) =>
      locationDetector
        .detect({ text, context: {}, allow, options: {} })
        .filter((c) => c.confidence >= 0.5 && c.confidence < 0.8)
        .map((c) => text.slice(c.start, c.end));
    expect(warned('My patient with the rare syndrome moved here from Latvia last year.')).toEqual(['Latvia']);
    expect(warned("I'm originally from Portugal")).toEqual(['Portugal']);
    expect(warned('Her son lives in Montana and calls daily.')).toEqual(['Montana']);
    expect(warned('The aunt lives in NJ, the nephew nearby.')).toEqual(['NJ']);
    expect(warned("Who's coming to Peru with me after my shift?")).toEqual(['Peru']);
    expect(warned('Iceland was so much fun to visit!')).toEqual(['Iceland']);
    expect(warned('Her daughter is heading back to Oregon tomorrow.')).toEqual(['Oregon']);
  });

  it('leaves a state or country that is no one\'s home or journey alone', () => {
    expect(found('Peru is the largest producer of this vaccine.')).toEqual([]);
    expect(found('Guidelines going to the board from Canada were updated.')).toEqual([]);
  });

  it('does not take a continent, the US or a clinical abbreviation for a home', () => {
    expect(found('She moved here from Europe and lives in the United States.')).toEqual([]);
    expect(found('Returned from CT at noon; traveling to MRI next.')).toEqual([]);
  });

  it('covers the state or country written right after a town', () => {
    expect(found('She was born in Springfield, Illinois and later moved')).toEqual(['Springfield, Illinois']);
    expect(found('Our cousins live in Lyon, France')).toEqual(['Lyon, France']);
  });

  it('finds an unknown town before its postal code after "in"', () => {
    expect(found('The firm opened an office in Kelmarsh Vale 4821 last year')).toEqual(['Kelmarsh Vale 4821']);
    expect(found('We met in March 2021 in Room 1204')).toEqual([]);
  });

  it('finds the town line above a country line in a postal address', () => {
    expect(found('Ines Quellbrandt\n\nSanta Olalla del Monte\nSpain')).toEqual(['Santa Olalla del Monte\nSpain']);
    expect(found('Dear team,\nThanks for the visit.\nCanada')).toEqual([]);
  });
});

describe('facility names', () => {
  it('finds a second facility named in the same list', () => {
    expect(found('AWAITING A BED AT TOWSON REHAB OR HALVERSTON REHAB. VSS.')).toEqual(['TOWSON REHAB', 'HALVERSTON REHAB']);
    expect(found('SCREENED BY TOWSON REHAB AND HALVERSTON. WILL FOLLOW.')).toEqual(['TOWSON REHAB', 'HALVERSTON']);
    expect(found('Seen at Mercy Hospital and then sent home.')).toEqual(['Mercy Hospital']);
  });

  it('reads a name in capitals before a lower-case facility word after a cue', () => {
    expect(found('Pt admitted from PELLWOOD rehab, where she was recovering')).toEqual(['PELLWOOD rehab']);
    expect(found('Plan to transfer to LTAC rehab next week')).toEqual([]);
    expect(found('Back to cardiac rehab on Monday')).toEqual([]);
  });

  it('finds a ward moved to without its floor, a campus named by its side, and a rehab facility in lower case', () => {
    expect(found('pt transferred to 310 pellham. family aware')).toEqual(['pellham']);
    expect(found('c/o to pellham if remains stable')).toEqual(['pellham']);
    expect(found('pt transferred to hospice. family aware')).toEqual([]);
    expect(found('Off the unit for planning on South Campus, back at noon')).toEqual(['South Campus']);
    expect(found('Parking on the West House lot is closed')).toEqual([]);
    expect(found('sent by ambulance to brantley-grove rehab facility at noon')).toEqual(['brantley-grove rehab']);
    expect(found('plan for acute rehab facility next week')).toEqual([]);
  });

  it('finds a saint\'s hospital shortened to an initial after a cue', () => {
    expect(found('Had a bed @ St B. but needs a new screen')).toEqual(['St B']);
    expect(found('Per St B. Carter the plan is unchanged')).toEqual([]);
  });

  it('finds a later mention of a ward written against the next word', () => {
    expect(found('Transferred to Pellham 4 today. Knows he is in "PellhamBuilding".')).toEqual(['Pellham 4', 'Pellham']);
  });

  it('finds a hospital named before its emergency department', () => {
    expect(found('He was sent to Calder Hill EW where labs were drawn')).toEqual(['Calder Hill']);
    expect(found('transferred from er fenwick campus. pt is')).toEqual(['fenwick campus']);
    expect(found('Seen in Adult ED, then went to Triage ER')).toEqual([]);
  });

  it('finds hospitals, clinics, nursing homes and rehab by their proper names', () => {
    expect(found('She was treated at Calvert Memorial Hospital last week')).toEqual(['Calvert Memorial Hospital']);
    expect(found('Follow up at Mercy Clinic on Monday')).toEqual(['Mercy Clinic']);
    expect(found('He went to Lakeside Medical Center by ambulance')).toEqual(['Lakeside Medical Center']);
    expect(found('Discharged to Brookhaven Nursing Home today')).toEqual(['Brookhaven Nursing Home']);
    expect(found('ADMITTED TO PINECREST HOSPITAL FOR CHEST PAIN')).toEqual(['PINECREST HOSPITAL']);
    expect(found('PLAN: TRANSFER TO BALTIMORE REHAB')).toEqual(['BALTIMORE REHAB']);
  });

  it('finds hurried spellings, buildings and employers in capitals-only and lower-case notes', () => {
    expect(found('ADMITTED TO BRANWELL HOSPITOL AFTER A FALL')).toEqual(['BRANWELL HOSPITOL']);
    expect(found('BROUGHT FROM THE ODELL HOUSE BY MEDICS')).toEqual(['ODELL HOUSE']);
    expect(found('LIVES AT ODELL HOUSE WITH STAFF')).toEqual(['ODELL HOUSE']);
    expect(found('PLAN- TRANSFER TO HADLOW 2 IN AM.')).toEqual(['HADLOW 2']);
    expect(found('TRANSFERRED TO THE PRATTLE CAMPUS FOR ERCP')).toEqual(['PRATTLE CAMPUS']);
    expect(found('son is a nurse, works at dunmore memorial. wife at bedside')).toEqual(['dunmore memorial']);
    expect(found('came to us from annapolis rehab last week')).toEqual(['annapolis rehab']);
    expect(found('pt hospitalized for 3 days, then to acute rehab')).toEqual([]);
    expect(found('Pt received from university of annapolis hospital')).toEqual(['university of annapolis hospital']);
    expect(found('DAUGHTER WORKS @ DUNMORE MEMORIAL')).toEqual(['DUNMORE MEMORIAL']);
    expect(found('His wife works for lindale health. A: stable')).toEqual(['lindale health']);
    expect(found('Seen at Holy Cross Hospital, came from frederick rehab')).toEqual(['Holy Cross Hospital', 'frederick rehab']);
    expect(found('has been in poor health and needs outpt rehab; cont to offer supportive medical care')).toEqual([]);
  });

  it("finds saints' names and hospital initials after a cue", () => {
    expect(found("Her baby was born at St. Mary's last night")).toEqual(["St. Mary's"]);
    expect(found('FOUND DOWN AND BROUGHT TO ST AGNES')).toEqual(['ST AGNES']);
    expect(found('Transferred to MGH for cath')).toEqual(['MGH']);
  });

  it('finds a named ward after a transfer', () => {
    expect(found('Plan: transfer to Whitcomb 4 when a bed opens')).toEqual(['Whitcomb 4']);
    expect(found('will transfer to pellinore 3 tomorrow')).toEqual(['pellinore 3']);
  });

  it('finds a named ward with its floor after "on", "from" or "back to"', () => {
    expect(found('HR DROPPED TO 40S ON HADLOW 5 LAST NIGHT')).toEqual(['HADLOW 5']);
    expect(found('Came up from Whitcomb 2 with chest pain')).toEqual(['Whitcomb 2']);
  });

  it('finds a part of a state named by its direction after a cue', () => {
    expect(found('Was on vacation on the Eastern Shore, then home')).toEqual(['Eastern Shore']);
    expect(found('FAMILY DROVE IN FROM THE WESTERN SHORE LAST NIGHT')).toEqual(['WESTERN SHORE']);
    expect(found('TUBE MOVED TO THE LEFT SIDE; pain on the lower end of the bed')).toEqual([]);
  });

  it('finds a town after a travel cue, a home-town cue or a firm', () => {
    expect(found('We returned to Deanwick by helicopter')).toEqual(['Deanwick']);
    expect(found('the economy of their home city Varnaholm: mostly fishing')).toEqual(['Varnaholm']);
    expect(found('a year at Brightwell Inc in Kestermoor, which later closed')).toEqual(['Kestermoor']);
    expect(found('daughter Jo returned to new haven today')).toEqual(['new haven']);
    expect(found('He returned to Work today')).toEqual([]);
  });

  it('finds later bare mentions of a ward or hospital found once with a cue', () => {
    expect(found('ADMITTED TO HADLOW 3. HADLOW3 STAFF CALLED, HADLOW TEAM AWARE')).toEqual(['HADLOW 3', 'HADLOW3', 'HADLOW']);
    expect(found('Sent from Ferncliff Hospital. Records from Ferncliff are pending.')).toEqual([
      'Ferncliff Hospital',
      'Ferncliff',
    ]);
    expect(found('Seen at Mercy Clinic; the staff there have mercy on no one')).toEqual(['Mercy Clinic']);
    expect(found('The Union budget, said the Union Health office, is fine')).toEqual(['Union Health']);
  });

  it('ignores facilities without a proper name', () => {
    expect(found('Pt transferred from outside hospital to the ICU')).toEqual([]);
    expect(found('She went home from the hospital')).toEqual([]);
    expect(found('Needs cardiac rehab after discharge')).toEqual([]);
  });
});

describe('venue names', () => {
  it('finds the proper name before a club, park, school or church word', () => {
    expect(found('Kids go to Maple Hollow Elementary now')).toEqual(['Maple Hollow Elementary']);
    expect(found('Where: BRAMBLEDOWN Country Club.')).toEqual(['BRAMBLEDOWN Country Club']);
    expect(found('where: little fenwick golf club')).toEqual(['little fenwick golf club']);
    expect(found('Brought in from Ashcombe Park by EMS')).toEqual(['Ashcombe Park']);
  });

  it('leaves a venue word without a name alone', () => {
    expect(found('We went to the water park')).toEqual([]);
    expect(found('I love our local country club')).toEqual([]);
    expect(found('SHE WALKED TO THE PARK')).toEqual([]);
  });
});

describe('near-misses', () => {
  it.each([
    "History of Parkinson's disease",
    'Moved to ICU bed 4 overnight',
    'Patient in room 12 is stable',
    'Type 2 diabetes, diet controlled',
    'Mobile phone on the bedside table',
    'I was reading in bed',
    'Apt',
    'Give 2 mg q4h prn',
    'ST ELEVATION IN V2-V4, TO CATH LAB',
    'PT TO OR AT 0800, THEN TO CCU. FLOOR 5 BED AVAILABLE.',
    'TITRATE TO MAP > 65, WEAN TO PSV 10',
    'Lasix 40 mg IV, heparin 1000 units/hr',
    'CONT TO COUGH UP THICK SECRETIONS, SATS TO HIGH 90S',
    'Received 2U PRBC tonight',
    'She sat in the corner of the room and the door',
    'PAsat 84. ST 120s with dopamine',
    'New clot sent to BB. Pt has 5 u ready',
    'pt on Lasix 40 and Coumadin 5 today',
    'TO RECEIVE 2 MORE UNITS THIS AM',
    'She misses the old campus and the rehab gym',
    'OK TO GO TO CARDIAC REHAB. REGIONAL ANESTHESIA PLANNED',
    'weaned down from 10 to currently 8',
    'in the last 7 months she was intubated 4 times',
    'ON PRESSURE SUPPORT 5, UP TO CHAIR X2, TO BED 2',
    'I got a new iPhone 8 on July 4',
    'Tested 511 samples on 10 July 2020',
    'The fans went to Tigerbrook 5 of them by bus',
  ])('reports nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('adversarial input', () => {
  it('completes on 100,000 characters of digit runs and capitalised words', () => {
    const parts = ['123 123 123 ', '9'.repeat(500), ' Apt ', 'Saint Saint Saint ', 'New York New ', 'To Hospital ', 'P.O. Box '];
    let text = '';
    for (let i = 0; text.length < 100_000; i++) text += parts[i % parts.length]! + 'Zz'.repeat(i % 7) + ' ';
    text = text.slice(0, 100_000);
    const candidates = locationDetector.detect({ text, context: {}, allow, options: {} });
    expect(Array.isArray(candidates)).toBe(true);
  });
});
