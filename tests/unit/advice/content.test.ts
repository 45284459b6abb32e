import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { baseContent } from '../../../utils/advice/base-content.ts';
import { composeScript } from '../../../utils/advice/compose-script.ts';
import { CONTENT_KEYS, ContentSchema, SCRIPT_LENGTHS } from '../../../utils/advice/content-schema.ts';
import { RAW_CONTENT } from '../../../utils/advice/content/index.ts';
import { EATING_DISORDER_FORBIDDEN, PACING_FORBIDDEN, findForbidden } from '../../../utils/advice/forbidden-words.ts';
import { CONDITION_GROUP_IDS } from '../../../utils/context/condition-ids.ts';
import { ONE_PER_GROUP, ctx } from './fixtures.ts';

function allTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allTexts);
  if (value && typeof value === 'object') return Object.entries(value).filter(([k]) => k !== 'sources').flatMap(([, v]) => allTexts(v));
  return [];
}

describe('built-in content', () => {
  it('validates against the schema', () => {
    const result = v.safeParse(ContentSchema, RAW_CONTENT);
    expect(result.issues).toBeUndefined();
    expect(result.success).toBe(true);
  });

  it('covers every condition group in the vocabulary, plus general', () => {
    const content = baseContent();
    for (const group of CONDITION_GROUP_IDS) expect(content[group], group).toBeDefined();
    expect(Object.keys(content).sort()).toEqual([...CONTENT_KEYS].sort());
  });

  it('gives every script and every group at least one source with a name and year', () => {
    for (const [key, group] of Object.entries(baseContent())) {
      expect(group.sources.length, key).toBeGreaterThan(0);
      for (const length of SCRIPT_LENGTHS) {
        for (const source of group.scripts[length].sources) {
          expect(source.name, `${key} ${length}`).not.toBe('');
          expect(source.year, `${key} ${length}`).toBeGreaterThan(1990);
        }
      }
    }
  });

  it('keeps the eating-disorder content free of forbidden framing', () => {
    for (const text of allTexts(RAW_CONTENT['eating-disorder'])) expect(findForbidden(text, EATING_DISORDER_FORBIDDEN), text).toBeUndefined();
  });

  it('keeps the fatigue (ME/CFS, long COVID) content to pacing wording', () => {
    for (const text of allTexts(RAW_CONTENT.fatigue)) expect(findForbidden(text, PACING_FORBIDDEN), text).toBeUndefined();
  });

  it('marks long COVID pacing, hypos and pregnancy lines for local confirmation', () => {
    const content = baseContent();
    expect(content.fatigue.conditionNotes['long-covid']?.confirm).toBe(true);
    expect(content.diabetes.reassurance[0]?.confirm).toBe(true);
    expect(content.pregnancy.keyPoint.confirm).toBe(true);
  });

  it('gives condition-specific reassurance for COPD breathlessness, arthritis pain and diabetes hypos', () => {
    const content = baseContent();
    expect(content.respiratory.reassurance.map((l) => l.text).join(' ')).toMatch(/breathless.*not harming/i);
    expect(content.musculoskeletal.reassurance.map((l) => l.text).join(' ')).toMatch(/hurt does not mean harm/i);
    expect(content.diabetes.reassurance.map((l) => l.text).join(' ')).toMatch(/fast-acting sugar/);
    expect(content.fatigue.keyPoint.text).toMatch(/pacing/);
  });
});

describe('every condition group yields valid scripts of each length', () => {
  for (const [group, id] of ONE_PER_GROUP) {
    for (const length of SCRIPT_LENGTHS) {
      it(`${group} (${id}), ${length}`, () => {
        const script = composeScript(ctx([[id, 'present']]), length);
        const stages = script.sections.map((s) => s.stage);
        expect(stages).toEqual(length === '5min' ? ['engage', 'explore', 'decide'] : ['ask', 'explain', 'invite']);
        for (const s of script.sections) {
          expect(s.lines.length).toBeGreaterThan(0);
          for (const l of s.lines) expect(l.text.trim()).not.toBe('');
        }
        expect(script.groups.map((g) => g.group)).toContain(group);
        expect(script.sources.length).toBeGreaterThan(0);
      });
    }
  }
});
