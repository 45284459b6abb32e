import { describe, expect, it } from 'vitest';
import { baseContent } from '../../../utils/advice/base-content.ts';
import { composeScript } from '../../../utils/advice/compose-script.ts';
import { CONTENT_PACK_FORMAT, mergeContent, parseContentPack } from '../../../utils/advice/content-pack.ts';
import { scriptText } from '../../../utils/advice/script-text.ts';
import { ctx } from './fixtures.ts';

const header = { format: CONTENT_PACK_FORMAT, version: 1, name: 'Islington TT', publisher: 'Islington Talking Therapies' };
const source = { name: 'Local physical activity pathway', year: 2025 };

describe('content packs', () => {
  it('accepts a valid pack and overrides only what it names', () => {
    const result = parseContentPack({
      ...header,
      groups: {
        respiratory: {
          signposts: ['Islington Breathe Easy, Wednesdays'],
          scripts: { '30s': { ask: ['Mind if I mention your breathing?'], explain: ['Moving helps your lungs.'], invite: [{ text: 'Shall we talk next time?', confirm: true }], sources: [source] } },
        },
      },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const merged = mergeContent(baseContent(), result.pack);
    expect(merged.respiratory.signposts[0]?.text).toBe('Islington Breathe Easy, Wednesdays');
    expect(merged.respiratory.scripts['30s'].ask[0]?.text).toBe('Mind if I mention your breathing?');
    expect(merged.respiratory.scripts['2min']).toBe(baseContent().respiratory.scripts['2min']);
    expect(merged.respiratory.keyPoint).toBe(baseContent().respiratory.keyPoint);
    expect(merged.diabetes).toBe(baseContent().diabetes);
    const t = scriptText(composeScript(ctx([['copd', 'present']]), '30s', { content: merged }));
    expect(t).toMatch(/Mind if I mention your breathing\?/);
    expect(t).toMatch(/Shall we talk next time\? \[Confirm locally\]/);
  });

  it('refuses an invalid pack with path and message', () => {
    const result = parseContentPack({ ...header, version: 2, groups: { respiratory: { keyPoint: '' }, nonsense: {} } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    expect(paths).toContain('version');
    expect(paths.some((p) => p.startsWith('groups.respiratory.keyPoint'))).toBe(true);
    expect(result.errors.every((e) => e.message.length > 0)).toBe(true);
  });

  it('refuses a script missing its sources', () => {
    const result = parseContentPack({ ...header, groups: { anxiety: { scripts: { '30s': { ask: ['a'], explain: ['b'], invite: ['c'], sources: [] } } } } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toEqual({ path: 'groups.anxiety.scripts.30s.sources', message: expect.stringMatching(/at least one source/) });
  });

  it('refuses anything that tries to change safety rules', () => {
    const result = parseContentPack({ ...header, groups: {}, safety: { 'eating-disorder': false } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.message).toMatch(/safety rules cannot be changed/);
  });

  it('refuses eating-disorder and fatigue wording that breaks their rules', () => {
    const result = parseContentPack({
      ...header,
      groups: { 'eating-disorder': { keyPoint: 'Try the gym' }, fatigue: { reassurance: ['Build up gradually each week'] } },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: 'groups.eating-disorder.keyPoint.text', message: expect.stringMatching(/eating-disorder rule, found "gym"/) },
      { path: 'groups.fatigue.reassurance.0.text', message: expect.stringMatching(/pacing rule.*found "Build up"/) },
    ]);
  });

  it('cannot bring forbidden words back through another group shown alongside ME/CFS', () => {
    const result = parseContentPack({ ...header, groups: { depression: { keyPoint: 'Couch to 5K is a great graded plan.' } } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const merged = mergeContent(baseContent(), result.pack);
    const t = scriptText(composeScript(ctx([['depression', 'present'], ['me-cfs', 'present']]), '2min', { content: merged }));
    expect(t).not.toMatch(/graded|Couch to 5K/i);
  });

  it('refuses something that is not a pack at all', () => {
    const result = parseContentPack('hello');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.path).toBe('(root)');
  });
});
