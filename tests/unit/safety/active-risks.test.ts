import { describe, expect, it } from 'vitest';
import { activeRisks, possibleRisks } from '../../../utils/safety/active-risks.ts';
import { ctx } from './fixtures.ts';

describe('activeRisks', () => {
  it('takes flags and present conditions only', () => {
    const risks = activeRisks(ctx([['me-cfs', 'present'], ['dementia', 'negated'], ['pregnancy', 'family'], ['frailty', 'possible']], ['falls']));
    expect([...risks].sort()).toEqual(['falls', 'me-cfs']);
  });
  it('lists possible safety-relevant conditions separately', () => {
    expect([...possibleRisks(ctx([['frailty', 'possible'], ['copd', 'possible']]))]).toEqual(['frailty']);
  });
});
