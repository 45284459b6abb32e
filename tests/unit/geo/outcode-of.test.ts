import { describe, expect, it } from 'vitest';
import { outcodeOf } from '../../../utils/geo/outcode-of.ts';

describe('outcodeOf', () => {
  it.each([
    ['N7 6QQ', 'N7'],
    ['n7 6qq', 'N7'],
    ['N76QQ', 'N7'],
    ['EC1A 1BB', 'EC1A'],
    ['EC1A1BB', 'EC1A'],
    ['SW1A', 'SW1A'],
    ['  m1  ', 'M1'],
    ['B33 8TH', 'B33'],
    ['CR2 6XH', 'CR2'],
    ['DN55 1PT', 'DN55'],
    ['W1A 1AA', 'W1A'],
    ['N7 6', 'N7'],
    ['GIR 0AA', 'GIR'],
    ['BT35', 'BT35'],
  ])('%s → %s', (input, expected) => {
    expect(outcodeOf(input)).toBe(expected);
  });

  it.each(['', 'London', '12345', 'N7 6QQ X', 'NN', '7N', 'ABC1 2DE'])('rejects %j', (input) => {
    expect(outcodeOf(input)).toBeUndefined();
  });
});
