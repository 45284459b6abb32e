import { describe, expect, it } from 'vitest';
import { ACTIVITY_LIST } from '../../../utils/directory/openactive/activity-list.ts';
import { expandActivityTerm } from '../../../utils/directory/openactive/expand-activity-term.ts';
import { matchActivity } from '../../../utils/directory/openactive/match-activity.ts';

describe('activity list', () => {
  it('covers the common activities, with unique ids and known broader links', () => {
    expect(ACTIVITY_LIST.length).toBeGreaterThanOrEqual(150);
    const ids = new Set(ACTIVITY_LIST.map((c) => c.id));
    expect(ids.size).toBe(ACTIVITY_LIST.length);
    for (const concept of ACTIVITY_LIST) for (const parent of concept.broader) expect(ids, `${concept.id} → ${parent}`).toContain(parent);
  });

  it.each([
    ['Yoga', 'yoga'],
    ['yoga class', 'yoga'],
    ['Hatha yoga', 'hatha-yoga'],
    ['Tai-Chi', 'tai-chi'],
    ['TAI CHI ', 'tai-chi'],
    ['Aquafit', 'aqua-aerobics'],
    ['parkrun', '5k-run'],
    ['Chair based exercise', 'chair-based-exercise'],
    ['Seated exercise class', 'chair-based-exercise'],
    ['Walking Football', 'walking-football'],
    ['5-a-side', 'small-sided-football'],
    ['Legs, Bums & Tums', 'body-conditioning'],
    ['Ping pong', 'table-tennis'],
    ['Boxercise', 'boxercise'],
    ['Green Gym', 'green-gym'],
    ['Nordic walks', 'nordic-walking'],
    ['Beginners Pilates', 'pilates'],
    ['Zumba Gold', 'zumba-gold'],
    ['Strength & Conditioning', 'strength-and-conditioning'],
  ])('matches %j to %s', (label, id) => {
    expect(matchActivity(label)?.id).toBe(id);
  });

  it('does not match unknown labels', () => {
    expect(matchActivity('Underwater basket weaving')).toBeUndefined();
    expect(matchActivity('')).toBeUndefined();
  });

  it('expands a term to synonyms and narrower activities', () => {
    const yoga = expandActivityTerm('yoga');
    expect(yoga[0]).toBe('yoga');
    expect(yoga).toEqual(expect.arrayContaining(['Yoga', 'Hatha Yoga', 'Vinyasa Yoga', 'flow yoga', 'Chair Yoga', 'Yin Yoga']));
    expect(yoga).not.toContain('Pilates');
    expect(expandActivityTerm('swimming')).toEqual(expect.arrayContaining(['Aqua Aerobics', 'Aqua Zumba', 'Aquanatal', 'wild swimming']));
    expect(expandActivityTerm('walking')).toEqual(expect.arrayContaining(['Nordic Walking', 'Health Walks', 'rambling']));
    expect(expandActivityTerm('quidditch')).toEqual(['quidditch']);
  });
});
