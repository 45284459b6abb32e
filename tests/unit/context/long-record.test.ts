import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../utils/context/build-context.ts';
import { contextualise, startMerge } from '../../../utils/context/contextualise.ts';
import { readText } from '../../../utils/context/read-text.ts';
import { textToSeg } from '../../../utils/context/text-blocks.ts';

const NOW = new Date('2026-11-27T12:00:00Z');

// Three hundred sessions that each repeat the same standing facts, then one that changes them.
function record(last: string): string {
  const sessions = Array.from(
    { length: 300 },
    (_, i) => `Session ${i + 1}: no chest pain. Denies heart disease. Asthma well controlled. Takes metformin. Mother had a stroke. PHQ-9 ${i % 20}.`,
  );
  return [...sessions, last].join('\n\n');
}

describe('a long record', () => {
  it('keeps one piece of evidence per settled fact, not one per session', () => {
    const evidence = contextualise(textToSeg(record('Session 301: reviewed.')));
    // asthma, heart disease, stroke, and the chest-pain mention; metformin once; every score kept.
    expect(evidence.mentions.length).toBeLessThanOrEqual(6);
    expect(evidence.medications).toHaveLength(1);
    expect(evidence.measures).toHaveLength(300);
  });

  it('still lets a later, stronger statement win', () => {
    const context = readText(record('Session 301: new exertional chest pain; known ischaemic heart disease; ?COPD.'), { now: NOW });
    const status = Object.fromEntries(context.conditions.map((c) => [c.id, c.status]));
    expect(status).toMatchObject({ asthma: 'present', 'coronary-heart-disease': 'present', stroke: 'family', copd: 'possible' });
    expect(context.flags).toContain('cardiac-symptoms');
    expect(context.measures.phq9?.value).toBe(299 % 20);
  });

  it('lets a form value settle a bare term after hundreds of repeats of it', () => {
    // "Asthma" alone, then "No": the bare term is still open when the value comes, so it is kept.
    const context = readText(record('Session 301:\nDiabetes\nNo\nAsthma\nNo'), { now: NOW });
    const status = Object.fromEntries(context.conditions.map((c) => [c.id, c.status]));
    expect(status).toMatchObject({ diabetes: 'negated', asthma: 'present' });
    expect(buildContext(contextualise(textToSeg('Diabetes\nNo')), NOW).conditions).toEqual([{ id: 'diabetes', status: 'negated', text: 'Diabetes' }]);
  });

  it('merges a slice at a time to the same evidence as in one go', () => {
    const text = record('Session 301:\nDiabetes\nNo');
    const merge = startMerge(textToSeg(text));
    let slices = 1;
    while (!merge.step(() => true)) slices++;
    // About 600 items, 64 a slice.
    expect(slices).toBeGreaterThan(5);
    expect(merge.evidence).toEqual(contextualise(textToSeg(text)));
  });
});
