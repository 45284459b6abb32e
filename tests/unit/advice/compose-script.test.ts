import { describe, expect, it } from 'vitest';
import { composeScript } from '../../../utils/advice/compose-script.ts';
import { SCRIPT_LENGTHS, ACTIVITY_LEVELS } from '../../../utils/advice/content-schema.ts';
import { scriptText } from '../../../utils/advice/script-text.ts';
import { ctx } from './fixtures.ts';

const text = (s: ReturnType<typeof composeScript>) => scriptText(s);

describe('composeScript', () => {
  it('uses general wellbeing content when nothing is on the record', () => {
    const script = composeScript(ctx(), '30s');
    expect(script.groups.map((g) => g.group)).toEqual(['general']);
    expect(script.mode).toBe('advice');
  });

  it('combines COPD + depression + hypo risk into one script: safety first, one opening, both key points, one plan', () => {
    const script = composeScript(ctx([['copd', 'present'], ['depression', 'present']], ['hypo-risk']), '2min', { activityLevel: 'inactive' });
    expect(script.safety[0]?.id).toBe('hypo-risk');
    const t = text(script);
    expect(t.indexOf('Risk of hypos')).toBeLessThan(t.indexOf('Ask:'));
    const ask = script.sections.find((s) => s.stage === 'ask')!;
    expect(ask.lines).toHaveLength(1);
    expect(ask.lines[0]?.text).toMatch(/your breathing and your mood/);
    const explain = script.sections.find((s) => s.stage === 'explain')!.lines.map((l) => l.text).join(' ');
    expect(explain).toMatch(/lungs and breathing/);
    expect(explain).toMatch(/low mood/);
    const firstSteps = script.sections.flatMap((s) => s.lines).filter((l) => l.text.startsWith('A first step'));
    expect(firstSteps).toHaveLength(1);
    expect(t.match(/Would it be OK/g)).toHaveLength(1);
  });

  it('counts only present conditions: negated and family never, possible as a check prompt', () => {
    const script = composeScript(ctx([['copd', 'negated'], ['diabetes', 'family'], ['asthma', 'possible']]), '2min');
    expect(script.groups.map((g) => g.group)).toEqual(['general']);
    expect(script.checks.map((l) => l.text)).toEqual([expect.stringMatching(/possible asthma: check with the person/)]);
    expect(text(script)).not.toMatch(/lungs/);
  });

  it('uses PHQ-9 and GAD-7 caseness to inform, without diagnosing', () => {
    const script = composeScript(ctx([], [], { measures: { phq9: { value: 16, band: 'moderately severe' }, gad7: { value: 9, band: 'mild' } } }), '2min');
    const groups = script.groups.map((g) => [g.group, g.via]);
    expect(groups).toEqual([['depression', 'score'], ['anxiety', 'score']]);
    expect(script.groups[0]?.note).toMatch(/not a diagnosis/);
    expect(text(script)).not.toMatch(/you have depression/i);
  });

  it('ignores scores below caseness', () => {
    const script = composeScript(ctx([], [], { measures: { phq9: { value: 9, band: 'mild' }, gad7: { value: 7, band: 'mild' } } }), '2min');
    expect(script.groups.map((g) => g.group)).toEqual(['general']);
  });

  it('tunes the first step to the activity level', () => {
    const steps = ACTIVITY_LEVELS.map((level) =>
      composeScript(ctx([['copd', 'present']]), '2min', { activityLevel: level })
        .sections.flatMap((s) => s.lines)
        .find((l) => l.text.startsWith('A first step'))?.text,
    );
    expect(new Set(steps).size).toBe(3);
  });

  it('keeps the 30-second script short: at most three condition points', () => {
    const many = ctx([['copd', 'present'], ['depression', 'present'], ['osteoarthritis', 'present'], ['type-2-diabetes', 'present'], ['insomnia', 'present']]);
    const script = composeScript(many, '30s');
    expect(script.sections.find((s) => s.stage === 'explain')?.lines).toHaveLength(3);
    expect(script.groups.filter((g) => !g.inScript)).toHaveLength(2);
    expect(composeScript(many, '5min').groups.every((g) => g.inScript)).toBe(true);
  });

  it('adds condition notes for the specific condition (long COVID is marked confirm)', () => {
    const script = composeScript(ctx([['long-covid', 'present']]), '2min');
    const note = script.sections.flatMap((s) => s.lines).find((l) => /long COVID we use the same pacing/.test(l.text));
    expect(note?.confirm).toBe(true);
    expect(text(script)).toMatch(/\[Confirm locally\]/);
  });

  it('eating disorder: the caution script alone, other conditions named for the team', () => {
    const script = composeScript(ctx([['eating-disorder', 'present'], ['type-2-diabetes', 'present']]), '2min');
    expect(script.mode).toBe('caution');
    expect(script.groups.filter((g) => g.inScript).map((g) => g.group)).toEqual(['eating-disorder']);
    expect(text(script)).toMatch(/eating-disorder team to weigh/);
    expect(text(script)).not.toMatch(/blood sugar/);
  });

  it('eating disorder from the flag alone still gives the caution script', () => {
    expect(composeScript(ctx([['copd', 'present']], ['eating-disorder']), '30s').mode).toBe('caution');
  });

  it('ME/CFS: pacing leads, other conditions contribute key points only', () => {
    const script = composeScript(ctx([['depression', 'present'], ['me-cfs', 'present']]), '5min');
    expect(script.mode).toBe('pacing');
    expect(script.groups[0]?.group).toBe('fatigue');
    expect(text(script)).toMatch(/within your energy limits/);
    expect(script.signposts.map((l) => l.text).join(' ')).not.toMatch(/exercise group/);
  });

  it('lists sources from scripts and cards', () => {
    const script = composeScript(ctx([['copd', 'present']], ['cardiac-symptoms']), '5min');
    const names = script.sources.map((s) => s.name).join(' | ');
    expect(names).toMatch(/Moving Medicine/);
    expect(names).toMatch(/Reid/);
  });

  it.each(SCRIPT_LENGTHS)('never drops the safety cards (%s)', (length) => {
    expect(composeScript(ctx([], ['phq9-item9']), length).safety[0]?.severity).toBe('stop');
  });
});
