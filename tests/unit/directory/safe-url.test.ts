import { describe, expect, it } from 'vitest';
import { bareWebLink } from '../../../utils/directory/safe-url.ts';

describe('bareWebLink: a web address a spreadsheet holds without its scheme', () => {
  it.each([
    ['www.walkingforhealth.org.uk', 'https://www.walkingforhealth.org.uk'],
    ['  example.org/yoga?day=tue#times ', 'https://example.org/yoga?day=tue#times'],
    ['parkrun.org.uk/highbury-fields/', 'https://parkrun.org.uk/highbury-fields/'],
  ])('reads %j as %j', (value, link) => expect(bareWebLink(value)).toBe(link));

  it.each([
    'javascript:alert(1)',
    'https://example.org',
    'walks@example.org',
    'example',
    'www.example.org/a b',
    'Call 020 7946 0001',
    '1.2.3.4',
    'example.org:8080/x',
    'data:text/html,<b>x</b>',
    '',
  ])('leaves %j alone', (value) => expect(bareWebLink(value)).toBeUndefined());
});
