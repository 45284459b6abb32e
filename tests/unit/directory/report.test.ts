import { describe, expect, it } from 'vitest';
import type { ImportIssue, ImportResult } from '../../../utils/directory/import-result.ts';
import { reportToCsv } from '../../../utils/directory/report-to-csv.ts';
import { summarise } from '../../../utils/directory/summarise.ts';

const issue = (level: ImportIssue['level'], row: number, message: string, extra: Partial<ImportIssue> = {}): ImportIssue => ({ file: 'a.csv', row, level, message, ...extra });

describe('summarise', () => {
  it('says how many rows are ready, rejected and warned about', () => {
    const issues = [...Array.from({ length: 25 }, (_, i) => issue('error', i + 2, 'x')), ...Array.from({ length: 41 }, (_, i) => issue('warning', i + 2, 'y'))];
    const result: Pick<ImportResult, 'stats' | 'issues'> = { stats: { rows: 812, valid: 790, errors: 25, warnings: 41 }, issues };
    expect(summarise(result)).toBe('812 rows: 790 ready to publish, 22 with errors (not imported), 41 warnings.');
  });

  it('handles singulars, clean files and file-level failures', () => {
    expect(summarise({ stats: { rows: 1, valid: 1, errors: 0, warnings: 0 }, issues: [] })).toBe('1 row: 1 ready to publish, 0 warnings.');
    expect(summarise({ stats: { rows: 0, valid: 0, errors: 1, warnings: 0 }, issues: [{ file: 'a.json', level: 'error', message: 'truncated' }] })).toBe(
      '0 rows: 0 ready to publish, 0 warnings. 1 problem with the file itself stopped the import.',
    );
    expect(summarise({ stats: { rows: 1200, valid: 0, errors: 1200, warnings: 0 }, issues: [] })).toMatch(/^1,200 rows: 0 ready to publish, 1,200 with errors .* Nothing can be published/);
  });
});

describe('reportToCsv', () => {
  it('lists errors before warnings with every column, quoting what needs it', () => {
    const csv = reportToCsv([
      issue('warning', 3, 'unknown activity "Hockey, underwater"', { field: 'Activity', value: 'Hockey, underwater' }),
      issue('error', 5, 'expected a value, found nothing', { field: 'name' }),
    ]);
    const lines = csv.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toBe('level,file,row,item,field,value,message');
    expect(lines[1]).toBe('error,a.csv,5,,name,,"expected a value, found nothing"');
    expect(lines[2]).toBe('warning,a.csv,3,,Activity,"Hockey, underwater","unknown activity ""Hockey, underwater"""');
  });

  it('defuses spreadsheet formulas from untrusted values', () => {
    const csv = reportToCsv([issue('warning', 2, 'bad link', { value: '=HYPERLINK("http://x")' })]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});
