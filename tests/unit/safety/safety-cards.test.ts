import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SafetyCardSchema } from '../../../utils/safety/safety-card.ts';
import { safetyCards } from '../../../utils/safety/safety-cards.ts';
import type { ConditionId } from '../../../utils/context/condition-ids.ts';
import type { SafetyFlag } from '../../../utils/context/schema.ts';
import { ctx } from './fixtures.ts';

const ids = (cards: { id: string }[]) => cards.map((c) => c.id);

// Each rule: what makes it fire from a present condition (if any) and from a flag (if any).
const CASES: Array<{ card: string; condition?: ConditionId; flag?: SafetyFlag }> = [
  { card: 'cardiac-symptoms', flag: 'cardiac-symptoms' },
  { card: 'eating-disorder', condition: 'eating-disorder', flag: 'eating-disorder' },
  { card: 'me-cfs', condition: 'me-cfs', flag: 'me-cfs' },
  { card: 'long-covid', condition: 'long-covid' },
  { card: 'hypo-risk', condition: 'type-1-diabetes', flag: 'hypo-risk' },
  { card: 'pregnancy', condition: 'pregnancy', flag: 'pregnancy' },
  { card: 'postnatal', condition: 'postnatal', flag: 'postnatal' },
  { card: 'strength-balance', condition: 'frailty', flag: 'falls' },
  { card: 'strength-balance', condition: 'dementia' },
  { card: 'phq9-item9', flag: 'phq9-item9' },
];

describe('safetyCards', () => {
  it('returns nothing for an empty context', () => {
    expect(safetyCards(ctx())).toEqual([]);
  });

  for (const c of CASES) {
    if (c.condition) {
      const condition = c.condition;
      it(`${c.card} fires for ${condition} present`, () => {
        expect(ids(safetyCards(ctx([[condition, 'present']])))).toContain(c.card);
      });
      it.each(['negated', 'family'] as const)(`${c.card} stays quiet for ${condition} %s`, (status) => {
        expect(safetyCards(ctx([[condition, status]]))).toEqual([]);
      });
      it(`${c.card} gives only a gentle check for ${condition} possible`, () => {
        const cards = safetyCards(ctx([[condition, 'possible']]));
        expect(ids(cards)).not.toContain(c.card);
        expect(cards.every((card) => card.severity === 'info' && card.id.startsWith('check-'))).toBe(true);
      });
    }
    if (c.flag) {
      const flag = c.flag;
      it(`${c.card} fires for the ${flag} flag`, () => {
        expect(ids(safetyCards(ctx([], [flag])))).toContain(c.card);
      });
    }
  }

  it('fires for PHQ-9 item 9 of 1 or more, and not for 0', () => {
    const withItem9 = (item9: number) => ctx([], [], { measures: { phq9: { value: 12, band: 'moderate', item9 } } });
    expect(safetyCards(withItem9(1))[0]).toMatchObject({ id: 'phq9-item9', severity: 'stop' });
    expect(safetyCards(withItem9(1))[0]?.whatToDo).toMatch(/scored 1/);
    expect(safetyCards(withItem9(0))).toEqual([]);
  });

  it('stays quiet for stable conditions that need no clearance', () => {
    expect(safetyCards(ctx([['coronary-heart-disease', 'present'], ['type-2-diabetes', 'present'], ['copd', 'present']]))).toEqual([]);
  });

  it('orders the most important first: risk, heart, eating disorder, ME/CFS, hypos, pregnancy, strength and balance', () => {
    const all = ctx(
      [['pregnancy', 'present'], ['frailty', 'present'], ['me-cfs', 'present'], ['eating-disorder', 'present']],
      ['hypo-risk', 'cardiac-symptoms', 'phq9-item9'],
    );
    expect(ids(safetyCards(all))).toEqual(['phq9-item9', 'cardiac-symptoms', 'eating-disorder', 'me-cfs', 'hypo-risk', 'pregnancy', 'strength-balance']);
  });

  it('merges falls, frailty and dementia into one card and adds carer advice for dementia', () => {
    const cards = safetyCards(ctx([['frailty', 'present'], ['dementia', 'present']], ['falls']));
    expect(cards).toHaveLength(1);
    expect(cards[0]?.title).toBe('Falls, frailty, dementia: strength and balance first');
    expect(cards[0]?.whatToDo).toMatch(/carer/);
  });

  it('shows one card for ME/CFS and long COVID together', () => {
    expect(ids(safetyCards(ctx([['me-cfs', 'present'], ['long-covid', 'present']])))).toEqual(['me-cfs']);
  });

  it('marks the brief\'s "confirm" items for local confirmation', () => {
    const cards = safetyCards(ctx([['pregnancy', 'present'], ['postnatal', 'present'], ['long-covid', 'present']], ['cardiac-symptoms', 'hypo-risk', 'phq9-item9']));
    for (const card of cards) expect(card.confirm, card.id).toBe(true);
    expect(cards.find((c) => c.id === 'cardiac-symptoms')?.title).toBe('Seek medical review before increasing activity');
  });

  it('gives every card a valid shape with severity and sources', () => {
    const cards = safetyCards(
      ctx([['pregnancy', 'present'], ['postnatal', 'present'], ['long-covid', 'present'], ['frailty', 'present'], ['eating-disorder', 'possible']], [
        'cardiac-symptoms', 'hypo-risk', 'phq9-item9', 'eating-disorder', 'me-cfs',
      ]),
    );
    for (const card of cards) {
      expect(() => v.parse(SafetyCardSchema, card)).not.toThrow();
      expect(card.sources.length).toBeGreaterThan(0);
    }
  });

  it('does not repeat a check for a condition that is also present', () => {
    const cards = safetyCards(ctx([['eating-disorder', 'present'], ['eating-disorder', 'possible']]));
    expect(ids(cards)).toEqual(['eating-disorder']);
  });
});
