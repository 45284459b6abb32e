import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../utils/directory/import-csv.ts';

describe('unknown CSV columns', () => {
  it('are listed for mapping, and a mapping puts them to use', async () => {
    const csv = 'Activity Name,Notes for staff,Post Code\nWalk,Morning walk,N7 6RT\n';
    const first = await importCsv(csv, { file: 'x.csv' });
    expect(first.unknownColumns).toEqual(['Notes for staff']);
    const mapped = await importCsv(csv, { file: 'x.csv', map: { 'Notes for staff': 'description' } });
    expect(mapped.unknownColumns).toBeUndefined();
    expect(mapped.activities[0]!.description).toBe('Morning walk');
  });
});
