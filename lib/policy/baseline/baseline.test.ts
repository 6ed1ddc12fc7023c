import { describe, it, expect } from 'vitest';
import { check } from '../../engine/check';
import type { CheckContext, Finding } from '../../engine/finding';
import { classifySituation } from '../../engine/situation';
import { baselinePolicy, compilePolicy } from '../compile';
import { baselinePack } from './index';
import { packSchemas, PACK_FORMAT } from '../schema';

/** Policy findings only, as [ruleId, matched text] pairs. */
function policy(text: string, context: CheckContext = {}): [string, string][] {
  return check(text, context)
    .filter((f) => f.category === 'policy')
    .map((f) => [f.ruleId, text.slice(f.start, f.end)]);
}

function ruleIds(text: string, context: CheckContext = {}): string[] {
  return policy(text, context).map(([id]) => id);
}

function finding(text: string, ruleId: string, context: CheckContext = {}): Finding | undefined {
  return check(text, context).find((f) => f.ruleId === ruleId);
}

const REPLY: CheckContext = { surface: 'reply' };
const POST: CheckContext = { surface: 'post' };

describe('baseline pack', () => {
  it('compiles with no problems', () => {
    expect(baselinePolicy().problems).toEqual([]);
  });

  it('only offers templates that exist', () => {
    const ids = new Set(baselinePolicy().templates.map((t) => t.id));
    for (const { rule } of baselinePolicy().rules) for (const t of rule.templates ?? []) expect(ids).toContain(t);
  });

  it('has a template for every situation it recognises', () => {
    const covered = new Set(baselinePolicy().templates.flatMap((t) => t.situations));
    for (const s of baselinePolicy().situations) expect(covered).toContain(s.situation.id);
  });

  it('writes templates that never acknowledge a visit or use an unknown placeholder syntax', () => {
    for (const t of baselinePolicy().templates) {
      expect(t.body).not.toMatch(/your (visit|stay|appointment on|results|records)/i);
      expect(t.body.replace(/\{\{[A-Za-z][A-Za-z0-9_]*\}\}/g, '')).not.toMatch(/[{}]/);
    }
  });
});

describe('misinformation', () => {
  it('flags cure claims and offers a softer wording for absolutes', () => {
    expect(ruleIds('This tea cures cancer, trust me.')).toContain('policy.misinformation.cure-claim');
    const f = finding('Our new supplement is 100% effective.', 'policy.misinformation.cure-claim');
    expect(f?.fixes?.[0]?.replacement).toBe('highly effective');
    expect(finding('Meet the miracle drug of the decade', 'policy.misinformation.cure-claim')?.fixes?.[0]?.replacement)
      .toBe('promising drug');
  });

  it('leaves mission statements, stories and denials of a cure alone', () => {
    expect(ruleIds('Our researchers are working to cure cancer.')).toEqual([]);
    expect(ruleIds('There is no miracle cure for back pain, but physio helps.')).toEqual([]);
    expect(ruleIds('Surgery cured her tumour last spring.')).not.toContain('policy.misinformation.cure-claim');
  });

  it('flags well-known myths stated as fact', () => {
    expect(policy('Honestly, vaccines cause autism in boys.')).toContainEqual([
      'policy.misinformation.known-myth',
      'vaccines cause autism',
    ]);
    expect(ruleIds('The 5G towers are what spread the coronavirus.')).toContain('policy.misinformation.known-myth');
    expect(ruleIds('Face masks cause CO2 poisoning in kids.')).toContain('policy.misinformation.known-myth');
    expect(ruleIds('Ivermectin cures COVID, my uncle says.')).toContain('policy.misinformation.known-myth');
    expect(ruleIds('COVID is just the flu.')).toContain('policy.misinformation.known-myth');
    expect(ruleIds('Natural immunity is better than the vaccine.')).toContain('policy.misinformation.known-myth');
  });

  it('does not flag the same myths when they are debunked or asked about', () => {
    expect(ruleIds('Vaccines do not cause autism: dozens of studies agree.')).toEqual([]);
    expect(ruleIds('Myth: 5G spreads the coronavirus. Fact: viruses cannot travel on radio waves.')).toEqual([]);
    expect(ruleIds('Do masks cause CO2 poisoning? No.')).toEqual([]);
    expect(ruleIds('Ivermectin has not been shown to cure COVID.')).toEqual([]);
  });

  it('blocks advice to swallow disinfectant, but not a warning against it', () => {
    expect(finding('Drinking bleach kills the virus.', 'policy.misinformation.dangerous-remedy')?.severity).toBe('block');
    expect(ruleIds('Never drink bleach to cure anything.')).toEqual([]);
    expect(ruleIds('Keep disinfectant sprays away from children.')).toEqual([]);
  });

  it('flags home-remedy claims only when they claim an effect on a disease', () => {
    expect(ruleIds('Gargling warm salt water every morning kills the coronavirus.')).toContain(
      'policy.misinformation.known-myth',
    );
    expect(ruleIds('Warm salt water soothes a sore throat.')).toEqual([]);
  });

  it('flags conspiracy framing but not ordinary phrases with the same words', () => {
    expect(ruleIds("What they don't want you to know about statins")).toContain(
      'policy.misinformation.conspiracy-framing',
    );
    expect(ruleIds('Big pharma is hiding the cure. Wake up, people!')).toEqual([
      'policy.misinformation.conspiracy-framing',
      'policy.misinformation.conspiracy-framing',
    ]);
    expect(ruleIds('The plandemic is over.')).toContain('policy.misinformation.conspiracy-framing');
    expect(ruleIds('Wake up early for the 7am fun run!')).toEqual([]);
    expect(ruleIds('Bill Gates says the virus was patented.')).toContain('policy.misinformation.conspiracy-theory');
  });

  it('flags a statistic with no source, and not one with a link or a named source', () => {
    expect(policy('9 out of 10 nurses skip lunch.')).toEqual([
      ['policy.misinformation.unsourced-statistic', '9 out of 10'],
    ]);
    expect(ruleIds('According to the CDC, 1 in 4 adults has a chronic condition.')).toEqual([]);
    expect(ruleIds('40% of adults get too little sleep: https://www.cdc.gov/sleep')).not.toContain(
      'policy.misinformation.unsourced-statistic',
    );
    expect(ruleIds('Today only: 20% off at the gift shop.')).toEqual([]);
    expect(ruleIds('The clinic opens at 8 in 2027.')).toEqual([]);
  });

  it('flags conspiracy theories about where a virus came from, but not lab news', () => {
    expect(ruleIds('The coronavirus was made in a lab in 2019, wake up.')).toContain(
      'policy.misinformation.conspiracy-theory',
    );
    expect(ruleIds('COVID is a bioweapon, plain and simple.')).toContain('policy.misinformation.conspiracy-theory');
    expect(ruleIds('Our new lab processes COVID tests in a day.')).toEqual([]);
  });

  it('flags further myths: bacteria, immunity, vaccines killing people', () => {
    expect(ruleIds('COVID-19 is caused by a bacterium, so take aspirin.')).toContain('policy.misinformation.known-myth');
    expect(ruleIds('Young people are immune to the coronavirus.')).toContain('policy.misinformation.known-myth');
    expect(ruleIds('That vaccine killed my neighbour.')).toContain('policy.misinformation.known-myth');
    expect(ruleIds('Vaccine-preventable diseases kill thousands every year.')).toEqual([]);
    expect(ruleIds('Without the vaccine, measles kills.')).toEqual([]);
  });

  it('does not read recoveries as cure claims', () => {
    expect(ruleIds('Over 900 patients were cured of COVID and went home.')).toEqual([]);
  });

  it('flags claims credited to unnamed experts, unless a source is given', () => {
    expect(ruleIds('Japanese doctors advise sipping warm tea.')).toContain('policy.misinformation.vague-authority');
    expect(ruleIds('Canadian researchers found, in a study published in JAMA, that sleep helps.')).toEqual([]);
  });

  it('flags chain-message wording', () => {
    expect(ruleIds('Forwarded as received: hot lemon water every hour!')).toContain(
      'policy.misinformation.chain-message',
    );
  });
});

describe('consent', () => {
  it('reminds about consent for a patient story', () => {
    const f = finding('My patient today finally walked again after months of rehab.', 'policy.consent.patient-story');
    expect(f?.severity).toBe('info');
  });

  it('stays quiet when consent is mentioned or when no patient is described', () => {
    expect(ruleIds('My patient today finally walked again. Shared with her permission.')).toEqual([]);
    expect(ruleIds('Our patients deserve shorter waits, so we added evening hours.')).toEqual([]);
  });
});

describe('reply-only rules', () => {
  it('flags medical advice to one person in a reply', () => {
    expect(ruleIds('You should stop taking your blood pressure pills.', REPLY)).toContain(
      'policy.medical-advice.individual',
    );
    expect(ruleIds('Sounds like you have a sinus infection, honestly.', REPLY)).toContain(
      'policy.medical-advice.individual',
    );
    expect(ruleIds('Just double your insulin tonight.', { surface: 'comment' })).toContain(
      'policy.medical-advice.individual',
    );
  });

  it('does not treat ordinary replies as advice', () => {
    expect(ruleIds('You should take a look at our new clinic hours.', REPLY)).toEqual([]);
    expect(ruleIds('You have a great day too!', REPLY)).toEqual([]);
  });

  it('flags replies that confirm someone is a patient', () => {
    expect(policy("We're so sorry about your visit.", REPLY)).toContainEqual([
      'policy.patient-confirmation.reply',
      'sorry about your visit',
    ]);
    expect(ruleIds('Your doctor will call you tomorrow.', REPLY)).toContain('policy.patient-confirmation.reply');
    expect(ruleIds('We have your records and will fix it.', REPLY)).toContain('policy.patient-confirmation.reply');
    expect(ruleIds('When you were here on Tuesday the lab was closed.', REPLY)).toContain(
      'policy.patient-confirmation.reply',
    );
  });

  it('leaves privacy-safe replies alone', () => {
    expect(ruleIds("We're sorry to hear this. Please call us so we can talk privately.", REPLY)).toEqual([]);
  });

  it('is silent on posts and when the surface is unknown', () => {
    const advice = 'You should stop taking your blood pressure pills.';
    const confirmation = 'Your doctor will call you tomorrow.';
    for (const context of [POST, {}]) {
      expect(ruleIds(advice, context)).toEqual([]);
      expect(ruleIds(confirmation, context)).toEqual([]);
    }
  });
});

describe('professionalism', () => {
  it('flags disparaging slang about patients and colleagues', () => {
    expect(policy('Another frequent flyer in bed 2 tonight.')).toContainEqual([
      'policy.professionalism.disparaging',
      'frequent flyer',
    ]);
    expect(ruleIds('Classic drug seeker behaviour.')).toContain('policy.professionalism.disparaging');
    expect(ruleIds('That noncompliant idiot again.')).toContain('policy.professionalism.disparaging');
    expect(ruleIds('Night shift with lazy residents, again.')).toContain('policy.professionalism.disparaging');
  });

  it('does not flag the same words in other senses', () => {
    expect(ruleIds('Frequent handwashing keeps patients safe.')).toEqual([]);
    expect(ruleIds('We are seeking drug safety pharmacists.')).toEqual([]);
  });

  it('blocks slurs and warns on profanity, as whole words only', () => {
    expect(finding('What a retard move.', 'policy.professionalism.slur')?.severity).toBe('block');
    expect(finding('This shift was shit.', 'policy.professionalism.profanity')?.severity).toBe('warn');
    expect(ruleIds('Shiitake mushrooms and a scunthorpe trip.')).toEqual([]);
    expect(ruleIds('Flame retardant gowns are in stock.')).toEqual([]);
  });
});

describe('promotion', () => {
  it('flags superlatives and guaranteed outcomes', () => {
    expect(ruleIds('The best hospital in the state for heart care.')).toContain('policy.promotion.superlative');
    expect(ruleIds("We're the #1 cancer center around.")).toContain('policy.promotion.superlative');
    expect(ruleIds('Guaranteed results or your money back.')).toContain('policy.promotion.guaranteed-outcome');
    expect(ruleIds('A 100% success rate for knee surgery.')).toContain('policy.promotion.guaranteed-outcome');
  });

  it('offers "gentle" for pain-free', () => {
    expect(finding('Pain-free dentistry for the whole family.', 'policy.promotion.pain-free')?.fixes?.[0]?.replacement)
      .toBe('gentle');
  });

  it('leaves ordinary praise and rankings with a source alone', () => {
    expect(ruleIds('We did our best to shorten wait times.')).toEqual([]);
    expect(ruleIds('Our nurses are the heart of this hospital.')).toEqual([]);
  });
});

describe('crisis language in the draft', () => {
  it('flags self-harm and emergencies, offering the crisis template', () => {
    const f = finding('Some days I want to die.', 'policy.crisis.self-harm');
    expect(f?.type).toBe('crisis');
    expect(f?.templates).toEqual(['crisis-support']);
    expect(ruleIds("I can't breathe and my lips are blue")).toContain('policy.crisis.medical-emergency');
  });

  it('does not flag awareness posts about the same topics', () => {
    expect(ruleIds('Our suicide prevention training starts Monday. Call or text 988 any time.')).toEqual([]);
    expect(ruleIds('Breathe easy: allergy season tips.')).toEqual([]);
  });
});

describe('accessibility', () => {
  it('suggests CamelCase for one-case hashtags', () => {
    const f = finding('Proud to support #mentalhealthawareness', 'policy.accessibility.hashtag-case');
    expect(f?.fixes?.[0]?.replacement).toBe('#MentalHealthAwareness');
    expect(ruleIds('Proud to support #MentalHealthAwareness')).toEqual([]);
  });

  it('flags long all-caps runs but not acronyms', () => {
    expect(policy('PLEASE GET YOUR FLU SHOT TODAY at the clinic')).toEqual([
      ['policy.accessibility.all-caps', 'PLEASE GET YOUR FLU SHOT TODAY'],
    ]);
    expect(ruleIds('The ICU and ER teams at UCSF met the CDC today.')).toEqual([]);
    expect(ruleIds('Open in AK AL AR CA GA ID KY and MN.')).toEqual([]);
  });

  it('flags a wall of emoji but not one or two', () => {
    expect(ruleIds('Thank you nurses 🎉🎉🎉🎉🎉🎉')).toEqual(['policy.accessibility.emoji-wall']);
    expect(ruleIds('Thank you nurses 🎉❤️')).toEqual([]);
  });
});

describe('platform limits', () => {
  it("applies X's weighted limit on X only", () => {
    const text = 'a'.repeat(290);
    expect(policy(text, { site: 'x' })).toEqual([['policy.platform-limit.x', 'a'.repeat(10)]]);
    expect(policy(text, { site: 'linkedin', surface: 'post' })).toEqual([]);
  });

  it('counts a link as 23 on X', () => {
    const link = `https://example.org/${'p'.repeat(300)}`;
    expect(ruleIds(`Read this: ${link}`, { site: 'x' })).not.toContain('policy.platform-limit.x');
  });

  it('applies LinkedIn and Facebook limits per surface', () => {
    const comment = 'b'.repeat(1300);
    expect(policy(comment, { site: 'linkedin', surface: 'comment' })).toEqual([
      ['policy.platform-limit.linkedin-comment', 'b'.repeat(50)],
    ]);
    expect(ruleIds(comment, { site: 'linkedin', surface: 'post' })).toEqual([]);
    expect(ruleIds('c'.repeat(3001), { site: 'linkedin', surface: 'post' })).toEqual([
      'policy.platform-limit.linkedin-post',
    ]);
    expect(ruleIds('d'.repeat(63_207), { site: 'facebook', surface: 'post' })).toEqual([
      'policy.platform-limit.facebook-post',
    ]);
  });
});

describe('links', () => {
  it('warns about shortened links', () => {
    const f = finding('Details: bit.ly/3flu', 'policy.link.shortened');
    expect(f?.severity).toBe('warn');
    expect(f?.message).toBe('Shortened link hides its destination');
  });

  it('notes unapproved domains and stays quiet on approved ones', () => {
    const org = packSchemas().pack.parse({
      format: PACK_FORMAT,
      id: 'org.example',
      name: 'Example Health',
      version: 1,
      publishedAt: '2026-11-24T00:00:00Z',
      publisher: { name: 'Example Health' },
      extends: baselinePack().id,
      allowLists: { approvedDomains: ['example.org'] },
    });
    const withOrg = compilePolicy([org]);
    const linkRules = (text: string) =>
      check(text, {}, withOrg).filter((f) => f.type === 'link').map((f) => [f.ruleId, f.severity]);
    expect(linkRules('See https://news.example.org/flu')).toEqual([]);
    expect(linkRules('See https://elsewhere.test.com/flu')).toEqual([['policy.link.unapproved', 'info']]);
  });
});

describe('adversarial input', () => {
  it('keeps findings bounded on 100,000 characters of repeated claims, hashtags, caps and emoji', () => {
    for (const unit of ['vaccines cause autism ', '#mentalhealthawareness ', 'ABC DEF ', '😀', 'a.', '9 out of 10 ']) {
      const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
      const found = check(text, { site: 'x', surface: 'reply' }).filter((f) => f.category === 'policy');
      expect(found.length).toBeLessThanOrEqual(1000);
    }
  });
});

describe('situations of the comment being replied to', () => {
  const classify = (comment: string) => classifySituation(comment, baselinePolicy());
  const cases: [string, string][] = [
    ['Can you check why my biopsy results are not in the portal yet', 'phi-inquiry'],
    ['How do I book an appointment with a dermatologist?', 'appointment'],
    ['I was charged twice for the same thing, who do I talk to about the bill', 'billing'],
    ['Worst experience ever, the front desk staff were rude', 'negative-experience'],
    ['Thank you to the amazing maternity nurses!', 'praise'],
    ['Everyone knows vaccines cause autism, do your own research', 'misinformation'],
    ["I don't want to be here anymore", 'crisis'],
    ['I am a reporter with the Daily Ledger working on a story about ER waits', 'media-inquiry'],
    ['Are you hiring nurses for the night shift', 'job-inquiry'],
    ['What time does the cafeteria open on weekends?', 'general-question'],
  ];
  for (const [comment, situation] of cases) {
    it(`recognises ${situation}`, () => {
      expect(classify(comment)[0]).toBe(situation);
    });
  }

  it('puts crisis first even when other situations match', () => {
    expect(classify('Thanks for nothing, your bill is why I want to die, chest pain right now?')[0]).toBe('crisis');
    expect(classify("I can't breathe, can I get an appointment today?")[0]).toBe('crisis');
  });

  it('recognises nothing in a plain remark', () => {
    expect(classify('Nice photo of the new building')).toEqual([]);
  });
});
