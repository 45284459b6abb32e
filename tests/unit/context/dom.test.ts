import { describe, expect, it } from 'vitest';
import { createDomWalker } from '../../../utils/context/dom-blocks.ts';
import { readDocument } from '../../../utils/context/read-document.ts';
import { isSeg, type Seg } from '../../../utils/context/seg.ts';
import { loadHtml, parseHtml } from './load-html.ts';

const NOW = new Date('2026-11-27T12:00:00Z');
const read = (html: string) => readDocument(parseHtml(`<!doctype html><body>${html}</body>`), { now: NOW });
const status = (html: string, id: string) => read(html).conditions.find((c) => c.id === id)?.status ?? 'absent';
const flags = (html: string) => read(html).flags;

describe('reading the DOM', () => {
  it('reads "she" or "he" at the start of a block as someone the block before names', () => {
    expect(flags('<dl><dt>Mother</dt><dd>She fell twice this year</dd></dl>')).not.toContain('falls');
    expect(flags('<table><tr><td>Husband</td><td>He fell twice last month</td></tr></table>')).not.toContain('falls');
    expect(flags('<p>Cares for her father, 88, who has dementia.</p><p>He fell twice last month.</p>')).not.toContain('falls');
    expect(flags('<dl><dt>Sister</dt><dd>Her youngest is 10 weeks old</dd></dl>')).not.toContain('postnatal');
    expect(flags('<p>Mood low.</p><p>She fell twice last month.</p>')).toContain('falls');
    expect(flags('<p>Her youngest is 10 weeks old.</p>')).toContain('postnatal');
    expect(flags('<p>Referral for 79 year old lady with low mood.</p><p>She fell twice last month and broke her wrist.</p>')).toContain('falls');
    expect(flags('<dl><dt>Next of kin</dt><dd>Mr D Smith (husband)</dd></dl><p>She fell twice last month.</p>')).toContain('falls');
    expect(flags('<p>Lives with her husband and two daughters.</p><p>Her youngest is 10 weeks old.</p>')).toContain('postnatal');
    expect(flags('<p>Mr Hill, 34.</p><p>Son born 6 weeks ago.</p>')).not.toContain('postnatal');
  });

  it("leaves someone else's age and address to them, up to the next heading or line of anything else", () => {
    const nok = '<section><h3>Next of kin</h3><dl><dt>Name</dt><dd>Mrs Janet Cole</dd><dt>Relationship</dt><dd>Mother</dd><dt>Age</dt><dd>61</dd><dt>Address</dt><dd>3 Hoole Road, Chester CH1 3AB</dd></dl></section>';
    const ageAndDistrict = (html: string) => {
      const context = read(html);
      return [context.ageYears, context.postcodeDistrict];
    };
    expect(ageAndDistrict(nok)).toEqual([undefined, undefined]);
    expect(ageAndDistrict(`${nok}<section><h3>Patient details</h3><dl><dt>Age</dt><dd>35</dd><dt>Address</dt><dd>14 Wood Lane, Leeds LS17 7AA</dd></dl></section>`)).toEqual([35, 'LS17']);
    // Each line a container of its own: a heading that is not someone else's ends the details.
    const contact = '<div><h3>Emergency contact</h3></div><p>Mr Tom Hill</p><p>Age: 44</p><p>12 Park Road, Leeds LS6 2BB</p>';
    expect(ageAndDistrict(contact)).toEqual([undefined, undefined]);
    expect(ageAndDistrict(`${contact}<h3>Client</h3><p>Age: 38</p><p>Address: 4 Elm Road, Leeds LS7 3DD</p>`)).toEqual([38, 'LS7']);
    expect(read(`${contact}<p>Presenting problem: low mood</p><p>Age: 38</p>`).ageYears).toBe(38);
  });

  it('ends a relative\'s list and dates scores across blocks of their own', () => {
    // A <p> for each line under "<h3>Mother:</h3>": the list ends where a line is not hers.
    expect(status('<section><h3>Mother:</h3><p>Name: Kavita Shah</p><p>Age: 66</p><p>Has type 1 diabetes.</p><p>Priya has asthma.</p></section>', 'asthma')).toBe('present');
    expect(status('<section><h3>Mother:</h3><p>Name: Kavita Shah</p><p>Age: 66</p><p>Has type 1 diabetes.</p></section>', 'type-1-diabetes')).toBe('family');
    expect(status('<section><h3>Mother:</h3><p>Type 2 diabetes</p><p>Asthma</p></section>', 'asthma')).toBe('family');
    // "<dt>Date completed</dt><dd>20/11/2026</dd>" under the scores dates them.
    const scores = '<dl><dt>PHQ-9</dt><dd>12</dd><dt>GAD-7</dt><dd>9</dd><dt>Date completed</dt><dd>20/11/2026</dd></dl><p>PHQ-9 17 and GAD-7 15 on 01/09/2026.</p>';
    expect(read(scores).measures.phq9).toMatchObject({ value: 12, date: '2026-11-20' });
    expect(read('<table><tr><th>Patient DOB</th><td>03/04/1959</td></tr><tr><th>Address</th><td>2 Kentish Town Road, London NW5 2AA</td></tr></table>').ageYears).toBe(67);
    // A letter's "<p>Date: ...</p>" is the day its "today" means, for every score of the sentence.
    const letter = read('<p>Date: 16/11/2026</p><p>Re: Mrs Chloe Adams, DOB 09/08/1994</p><p>Dear colleague, PHQ-9 today 17, GAD-7 13.</p>');
    expect(letter.measures.phq9).toMatchObject({ value: 17, date: '2026-11-16' });
    expect(letter.measures.gad7).toMatchObject({ value: 13, date: '2026-11-16' });
    // So is a date field's value in the block after its label, or in the next cell.
    expect(read('<p>Date:</p><p>12/03/2026</p><p>PHQ-9 today 15</p>').measures.phq9).toMatchObject({ value: 15, date: '2026-03-12' });
    expect(read('<table><tr><td>Clinic date:</td><td>10/11/2026</td></tr></table><p>PHQ-9 today 15</p>').measures.phq9).toMatchObject({ value: 15, date: '2026-11-10' });
  });

  it('dates the columns of a table by a row of dates under its header', () => {
    const html = (dates: string) => `<table><thead><tr><th>Measure</th><th>Session A</th><th>Session B</th></tr></thead><tbody>
      <tr><td>Date</td><td>${dates}</td></tr><tr><td>PHQ-9</td><td>18</td><td>14</td></tr><tr><td>Item 9</td><td>2</td><td>0</td></tr></tbody></table>`;
    expect(read(html('13/11/2026</td><td>20/11/2026')).measures.phq9).toMatchObject({ value: 14, date: '2026-11-20', item9: 0 });
    expect(read(html('20/11/2026</td><td>13/11/2026')).measures.phq9).toMatchObject({ value: 18, date: '2026-11-20', item9: 2 });
  });

  it('answers a question with the block after it', () => {
    expect(flags('<dl><dt>Chest pain?</dt><dd>Only on exertion</dd></dl>')).toContain('cardiac-symptoms');
    expect(flags('<dl><dt>Chest pain?</dt><dd>Yes</dd></dl>')).toContain('cardiac-symptoms');
    expect(flags('<dl><dt>Falls?</dt><dd>Twice this year</dd></dl>')).toContain('falls');
    expect(flags('<dl><dt>Pregnant?</dt><dd>Yes - 20 weeks</dd></dl>')).toContain('pregnancy');
    expect(flags('<p>Chest pain?<br>Only on exertion</p>')).toContain('cardiac-symptoms');
    expect(flags('<dl><dt>Chest pain?</dt><dd>Only when anxious</dd></dl>')).not.toContain('cardiac-symptoms');
    expect(flags('<dl><dt>Chest pain?</dt><dd>No</dd></dl>')).not.toContain('cardiac-symptoms');
    expect(flags('<dl><dt>Pregnant?</dt><dd>Yes - previously</dd></dl>')).not.toContain('pregnancy');
    expect(flags('<dl><dt>Advice given re falls?</dt><dd>Yes</dd></dl>')).not.toContain('falls');
    expect(flags('<p>Falls?</p><p>No. of sessions attended: 6</p>')).not.toContain('falls');
    expect(flags('<table><tr><td>Chest pain?</td><td>Only on exertion</td></tr></table>')).toContain('cardiac-symptoms');
    expect(flags('<table><tr><th>Question</th><th>Answer</th></tr><tr><td>Falls?</td><td>Twice this year</td></tr></table>')).toContain('falls');
    expect(flags('<table><tr><td>Chest pain?</td><td>Only when anxious</td></tr></table>')).not.toContain('cardiac-symptoms');
  });

  it('lets a form answer a question about insulin withheld for weight', () => {
    expect(flags('<dl><dt>Insulin omission for weight</dt><dd>No</dd></dl>')).not.toContain('eating-disorder');
    expect(flags('<label>Insulin misuse for weight</label><input value="None reported">')).not.toContain('eating-disorder');
    expect(flags('<dl><dt>Insulin omission for weight</dt><dd>Yes</dd></dl>')).toContain('eating-disorder');
  });

  it('skips what is not visible', () => {
    expect(status('<script>var asthma = 1;</script><style>.copd{}</style><template><p>COPD</p></template>', 'asthma')).toBe('absent');
    expect(status('<p hidden>Asthma</p>', 'asthma')).toBe('absent');
    expect(status('<p aria-hidden="true">Asthma</p>', 'asthma')).toBe('absent');
    expect(status('<p style="display:none">Asthma</p>', 'asthma')).toBe('absent');
    expect(status('<p style="visibility: hidden">Asthma</p>', 'asthma')).toBe('absent');
    expect(status('<div data-pa-signpost-ui><p>Asthma</p></div>', 'asthma')).toBe('absent');
    expect(status('<details><summary>Summary</summary><p>Asthma</p></details>', 'asthma')).toBe('absent');
    expect(status('<details open><summary>Summary</summary><p>Asthma</p></details>', 'asthma')).toBe('present');
    // In a table cell too: a closed <details> shows its summary alone.
    expect(status('<table><tr><th>Problem</th></tr><tr><td>Notes<details>Asthma</details></td></tr></table>', 'asthma')).toBe('absent');
    expect(status('<table><tr><th>Problem</th></tr><tr><td><details><summary>Asthma</summary>since 2019</details></td></tr></table>', 'asthma')).toBe('present');
  });

  it('skips what the page renders hidden, when asked (a class hiding a tab, a row or a cell)', () => {
    const shown = (el: Element) => !el.classList.contains('gone');
    const readShown = (html: string) => readDocument(parseHtml(`<!doctype html><body>${html}</body>`), { now: NOW, shown });
    const ids = (html: string) => readShown(html).conditions.map((c) => c.id);
    expect(ids('<section class="gone"><p>Asthma</p></section><p>COPD</p>')).toEqual(['copd']);
    expect(ids('<p>Asthma <span class="gone">and COPD</span></p>')).toEqual(['asthma']);
    expect(ids('<table><tr><th>Problem</th><th>Status</th></tr><tr class="gone"><td>Asthma</td><td>Active</td></tr><tr><td>COPD</td><td>Active</td></tr></table>')).toEqual(['copd']);
    expect(ids('<table><tr><td>Asthma</td><td class="gone">No</td></tr></table>')).toEqual(['asthma']);
    // A checkbox hidden by CSS and drawn by its label still gives its tick.
    const box = '<p><label><input type="checkbox" class="gone" checked> Asthma</label></p><p><label><input type="checkbox" class="gone"> COPD</label></p>';
    expect(readShown(box)).toEqual(read(box));
    expect(readShown(box).conditions.map((c) => [c.id, c.status])).toEqual([['asthma', 'present'], ['copd', 'negated']]);
    // Without a `shown`, attributes alone decide: the class means nothing.
    expect(read('<section class="gone"><p>Asthma</p></section>').conditions.map((c) => c.id)).toEqual(['asthma']);
  });

  it('never lets a negation cross a block, cell or list item', () => {
    expect(status('<p>No diabetes</p><p>Asthma</p>', 'asthma')).toBe('present');
    expect(status('<ul><li>No chest pain</li><li>Asthma</li></ul>', 'asthma')).toBe('present');
    expect(status('<table><tr><td>Denies</td><td>Asthma</td><td>x</td></tr></table>', 'asthma')).toBe('present');
    expect(status('No diabetes<br>Asthma', 'asthma')).toBe('present');
    expect(status('<span>No</span> <span>asthma</span>', 'asthma')).toBe('negated');
  });

  it('keeps headings within their container', () => {
    const html = '<section><h2>Family history</h2><ul><li>Stroke</li></ul></section><section><h2>Problems</h2><ul><li>Asthma</li></ul></section>';
    expect(status(html, 'stroke')).toBe('family');
    expect(status(html, 'asthma')).toBe('present');
    expect(status('<div class="h"><h3>Family history</h3></div><div><p>Dementia</p></div>', 'dementia')).toBe('family');
  });

  it('reads definition lists and form rows', () => {
    expect(status('<dl><dt>Diabetes</dt><dd>No</dd><dt>Asthma</dt><dd>Yes</dd></dl>', 'diabetes')).toBe('negated');
    expect(status('<dl><dt>Diabetes</dt><dd>No</dd><dt>Asthma</dt><dd>Yes</dd></dl>', 'asthma')).toBe('present');
    expect(status('<label><input type="checkbox" checked> Asthma</label>', 'asthma')).toBe('present');
    expect(status('<label><input type="checkbox"> COPD</label>', 'copd')).toBe('negated');
    expect(status('<label>Problem <input value="Type 2 diabetes"></label>', 'type-2-diabetes')).toBe('present');
    expect(status('<select><option>Asthma</option><option selected>COPD</option></select>', 'asthma')).toBe('absent');
    const options = (question: string, answer: 'Yes' | 'No') =>
      `<fieldset><legend>${question}</legend>${['Yes', 'No'].map((o) => `<label><input type="radio" name="q"${o === answer ? ' checked' : ''}> ${o}</label>`).join(' ')}</fieldset>`;
    expect(status(options('Diabetes', 'No'), 'diabetes')).toBe('negated');
    expect(status(options('Diabetes', 'Yes'), 'diabetes')).toBe('present');
    expect(read(options('Chest pain on exertion?', 'No')).flags).toEqual([]);
    expect(read(options('Chest pain on exertion?', 'Yes')).flags).toEqual(['cardiac-symptoms']);
    expect(read('<p>Chest pain on exertion? <label><input type="radio" name="c"> Yes</label> <label><input type="radio" name="c" checked> No</label></p>').flags).toEqual([]);
    expect(read('<dl><dt>Chest pain on exertion</dt><dd>No</dd><dt>Falls</dt><dd>No</dd></dl>').flags).toEqual([]);
    const grid = (ticks: Record<string, 'Yes' | 'No'>) =>
      `<table><tr><th>Question</th><th>Yes</th><th>No</th></tr>${Object.entries(ticks).map(([q, a], i) =>
        `<tr><td>${q}</td>${['Yes', 'No'].map((o) => `<td><input type="radio" name="q${i}"${o === a ? ' checked' : ''}></td>`).join('')}</tr>`).join('')}</table>`;
    const answered = read(grid({ 'Chest pain on exertion': 'No', Diabetes: 'Yes', Asthma: 'No' }));
    expect(answered.flags).toEqual([]);
    expect(answered.conditions.map((c) => [c.id, c.status])).toEqual([['diabetes', 'present'], ['asthma', 'negated']]);
    expect(read(grid({ 'Chest pain on exertion': 'Yes' })).flags).toEqual(['cardiac-symptoms']);
    // One line, several questions: each answer is its own question's.
    expect(read('<div><label>Currently pregnant</label> <select><option selected>Yes</option><option>No</option></select> <label>Breastfeeding</label> <select><option>Yes</option><option selected>No</option></select></div>').flags).toEqual(['pregnancy']);
    expect(read('<li><input type="checkbox"> ECG requested for exertional chest pain</li>').flags).toEqual(['cardiac-symptoms']);
    // A question's own line, then a list with "Not known" or "Unknown" chosen: still a question.
    for (const answer of ['Not known', 'Unknown']) {
      expect(status(`<p>Pregnant?</p><select><option>Yes</option><option>No</option><option selected>${answer}</option></select>`, 'pregnancy')).toBe('possible');
    }
    expect(read('<dl><dt>Chest pain on exertion</dt><dd>Yes</dd></dl>').flags).toEqual(['cardiac-symptoms']);
    expect(read('<dl><dt>Chest pain on exertion</dt><dd>No</dd></dl><p>Chest pain walking uphill.</p>').flags).toEqual(['cardiac-symptoms']);
  });

  it('reads a journal table dated by its first cell, scores given in a definition list, and fields named for a term', () => {
    const journal = (rows: [string, string][]) => `<table><tr><th>Date</th><th>Entry</th></tr>${rows.map(([d, e]) => `<tr><td>${d}</td><td>${e}</td></tr>`).join('')}</table>`;
    const newestFirst = read(journal([['20/11/2026', 'Session 6. PHQ-9 11, GAD-7 9. Item 9 scored 0.'], ['02/10/2026', 'Initial assessment. PHQ-9 19, GAD-7 15. Item 9: 1.']]));
    expect(newestFirst.measures.phq9).toMatchObject({ value: 11, date: '2026-11-20', item9: 0 });
    expect(newestFirst.measures.gad7).toMatchObject({ value: 9, date: '2026-11-20' });
    expect(newestFirst.flags).not.toContain('phq9-item9');
    expect(read(journal([['02/10/2026 09:30', 'PHQ-9 19'], ['20/11/2026 14:00', 'PHQ-9 11']])).measures.phq9).toMatchObject({ value: 11, date: '2026-11-20' });
    // A first cell that is more than a date dates nothing.
    expect(read(journal([['Seen 20/11/2026 by JS', 'PHQ-9 11'], ['Seen 02/10/2026 by JS', 'PHQ-9 19']])).measures.phq9?.value).toBe(19);
    const scores = read('<dl><dt>PHQ-9</dt><dd>9</dd><dt>GAD-7</dt><dd>11 (moderate)</dd><dt>Sessions</dt><dd>6</dd></dl>');
    expect(scores.measures.phq9).toMatchObject({ value: 9 });
    expect(scores.measures.gad7).toMatchObject({ value: 11 });
    expect(read('<dl><dt>PHQ-9</dt><dd>9 items completed</dd></dl>').measures.phq9).toBeUndefined();
    // Only under the name alone: not a count or an interval named after it.
    for (const label of ['PHQ-9 sessions attended', 'PHQ-9 items answered', 'Weeks since last PHQ-9', 'PHQ-9 review due (weeks)']) {
      expect(read(`<dl><dt>${label}</dt><dd>6</dd></dl>`).measures.phq9).toBeUndefined();
    }
    expect(read('<dl><dt>GAD-7 total</dt><dd>11</dd></dl>').measures.gad7).toMatchObject({ value: 11 });
    // Item 9's own field raises its flag.
    expect(read('<dl><dt>PHQ-9 item 9</dt><dd>2</dd><dt>PHQ-9</dt><dd>17</dd></dl>').flags).toContain('phq9-item9');
    expect(read('<dl><dt>PHQ-9</dt><dd>17</dd><dt>Item 9</dt><dd>0</dd></dl>').measures.phq9).toMatchObject({ value: 17, item9: 0 });
    expect(read('<table><tr><th>DOB</th><th>Notes</th></tr><tr><td>12/03/1961</td><td>PHQ-9 20</td></tr></table>').measures.phq9?.date).toBeUndefined();
    expect(status('<dl><dt>Diabetes history</dt><dd>No</dd></dl>', 'diabetes')).toBe('negated');
    expect(status('<dl><dt>Cancer history</dt><dd>none</dd></dl>', 'cancer')).toBe('negated');
    expect(status('<dl><dt>Asthma diagnosis</dt><dd>Yes</dd></dl>', 'asthma')).toBe('present');
    // A score with the day it was taken; item 9 asked as a question and answered in words.
    const dated = read('<dl><dt>PHQ-9</dt><dd>7 (14/08/2025)</dd><dt>GAD-7</dt><dd>11 - 14/08/2025</dd></dl>').measures;
    expect(dated.phq9).toMatchObject({ value: 7, date: '2025-08-14' });
    expect(dated.gad7).toMatchObject({ value: 11, date: '2025-08-14' });
    const asked = (answer: string) => read(`<dl><dt>Thoughts that you would be better off dead or of hurting yourself in some way?</dt><dd>${answer}</dd></dl>`);
    expect(asked('Several days').flags).toContain('phq9-item9');
    expect(asked('Not at all').flags).not.toContain('phq9-item9');
    // A box left unticked answers no; a pregnancy under past problems is over.
    expect(read('<table><tr><td>Falls</td><td><input type="checkbox"> Yes</td></tr></table>').flags).not.toContain('falls');
    expect(read('<table><tr><td>Falls</td><td><input type="checkbox" checked> Yes</td></tr></table>').flags).toContain('falls');
    expect(read('<h3>Past problems</h3><table><tr><th>Date</th><th>Problem</th></tr><tr><td>Nov 2015</td><td>Pregnancy</td></tr></table>').flags).not.toContain('pregnancy');
    // A journal row's day is its "today"; a name with the relative in brackets heads a row of theirs.
    const rowToday = read('<table><tr><th>Date</th><th>Entry</th></tr><tr><td>27/11/2026</td><td>Review. PHQ-9 11.</td></tr><tr><td>02/10/2026</td><td>Assessment. PHQ-9 today 16.</td></tr></table>');
    expect(rowToday.measures.phq9).toMatchObject({ value: 11, date: '2026-11-27' });
    expect(status('<table><tr><td>Frank (husband)</td><td>Dementia</td></tr></table>', 'dementia')).toBe('family');
    // Answer words under the questionnaire's own name are no total.
    expect(read('<dl><dt>PHQ-9</dt><dd>Several days</dd></dl>').measures.phq9).toBeUndefined();
  });

  it('reads a field\'s value as the answer to the words before it', () => {
    const flags = (html: string) => read(html).flags;
    const select = (answer: string) =>
      `<p><label for="cp">Chest pain on exertion</label> <select id="cp"><option>Yes</option><option ${answer === 'No' ? 'selected' : ''}>No</option></select></p>`;
    expect(flags(select('No'))).toEqual([]);
    expect(flags(select('Yes'))).toEqual(['cardiac-symptoms']);
    expect(flags('<p><label>Any blackouts? <input value="No"></label></p>')).toEqual([]);
    const pregnant = (answer: string) =>
      `<p><label for="p">Are you pregnant?</label> <select id="p"><option>--</option>${['Yes', 'No'].map((o) => `<option${o === answer ? ' selected' : ''}>${o}</option>`).join('')}</select></p>`;
    expect(status(pregnant('No'), 'pregnancy')).toBe('negated');
    expect(status(pregnant('Yes'), 'pregnancy')).toBe('present');
    // Unanswered, the question stays a question.
    expect(status(pregnant(''), 'pregnancy')).toBe('possible');
    expect(read('<p>Problems <select multiple><option selected>Asthma</option><option>Angina</option><option selected>COPD</option></select></p>').conditions.map((c) => c.id)).toEqual(['asthma', 'copd']);
    expect(read('<p><label>PHQ-9 total <input value="21"></label></p>').measures.phq9?.value).toBe(21);
    expect(read('<p>Age <input value="54"></p>').ageYears).toBe(54);
  });

  it('does not read what someone searches for as what the record says', () => {
    expect(status('<p>Find <input type="search" value="diabetes"></p><p>Asthma</p>', 'diabetes')).toBe('absent');
    expect(status('<p>Find <input role="searchbox" value="diabetes"></p>', 'diabetes')).toBe('absent');
    expect(status('<search><p>Recent searches: diabetes</p></search><p>Asthma</p>', 'diabetes')).toBe('absent');
    expect(status('<form role="search"><label>Patients with <input value="COPD"></label></form>', 'copd')).toBe('absent');
    // A field of the record itself is still read.
    expect(status('<form><label>Problem <input value="COPD"></label></form>', 'copd')).toBe('present');
  });

  it('keeps column headers with each row', () => {
    const table = '<table><thead><tr><th>Date</th><th>PHQ-9</th><th>GAD-7</th></tr></thead><tbody>'
      + '<tr><td>01/09/2026</td><td>18</td><td>12</td></tr><tr><td>01/10/2026</td><td>14</td><td>9</td></tr></tbody></table>';
    expect(read(table).measures).toEqual({ phq9: { value: 14, band: 'moderate', date: '2026-10-01' }, gad7: { value: 9, band: 'mild', date: '2026-10-01' } });
    const codes = '<table><tr><th>Problem</th><th>ICD-10</th></tr><tr><td>Diabetes</td><td>E11</td></tr></table>';
    expect(status(codes, 'type-2-diabetes')).toBe('present');
    const family = '<table><tr><th>Relative</th><th>Family history</th></tr><tr><td>Father</td><td>Hypertension</td></tr></table>';
    expect(status(family, 'hypertension')).toBe('family');
  });

  it('gives each column of a table named by time its own item 9', () => {
    const table = (rows: string[][]) => `<table><thead><tr><th>Measure</th><th>Assessment</th><th>Today</th></tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    expect(read(table([['PHQ-9 total', '18', '12'], ['Item 9', '0', '2']])).measures.phq9).toEqual({ value: 12, band: 'moderate', item9: 2 });
    expect(read(table([['Item 9', '0', '2'], ['PHQ-9 total', '18', '12']])).measures.phq9).toEqual({ value: 12, band: 'moderate', item9: 2 });
    expect(read(table([['PHQ-9 total', '18', '12'], ['Item 9', '2', '0']])).flags).not.toContain('phq9-item9');
  });

  it('reads a questionnaire shown item by item in a table, never an item as its total', () => {
    const cells = (values: (number | string)[], tag = 'td') => values.map((v) => `<${tag}>${v}</${tag}>`).join('');
    const before = [3, 3, 2, 2, 2, 3, 2, 1, 1];
    const after = [2, 3, 1, 2, 1, 2, 1, 0, 0];
    // Items in columns, under a heading that names the questionnaire.
    const columns = `<h3>PHQ-9</h3><table><thead><tr>${cells(['Date', 'Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8', 'Q9', 'Total'], 'th')}</tr></thead><tbody>`
      + `<tr>${cells(['01/09/2026', ...before, 19])}</tr><tr>${cells(['01/10/2026', ...after, 12])}</tr></tbody></table>`;
    expect(read(columns).measures).toEqual({ phq9: { value: 12, band: 'moderate', date: '2026-10-01', item9: 0 } });
    // Items in rows by their wording, named by the caption, with a Total row.
    const words = ['Little interest or pleasure in doing things', 'Feeling down, depressed, or hopeless', 'Trouble falling or staying asleep', 'Feeling tired or having little energy',
      'Poor appetite or overeating', 'Feeling bad about yourself', 'Trouble concentrating on things', 'Moving or speaking so slowly',
      'Thoughts that you would be better off dead, or of hurting yourself in some way'];
    const rows = `<table><caption>PHQ-9 item scores</caption><tr>${cells(['Question', '01/09/2026', '01/10/2026'], 'th')}</tr>`
      + words.map((w, i) => `<tr>${cells([`${i + 1}. ${w}`, before[i]!, after[i]!])}</tr>`).join('') + '<tr><th>Total</th><td>19</td><td>12</td></tr></table>';
    expect(read(rows).measures).toEqual({ phq9: { value: 12, band: 'moderate', date: '2026-10-01', item9: 0 } });
    // Every item and no total: the sum.
    const gad = `<h4>GAD-7 (05/11/2026)</h4><table><tr><th>Item</th><th>Score</th></tr>${[2, 2, 1, 2, 1, 2, 1].map((v, i) => `<tr><td>Q${i + 1}</td><td>${v}</td></tr>`).join('')}</table>`;
    expect(read(gad).measures).toEqual({ gad7: { value: 11, band: 'moderate', date: '2026-11-05' } });
    // Only some items and no total: no score.
    expect(read(`<h3>PHQ-9</h3><table><tr><th>Item</th><th>Score</th></tr><tr><td>Q1</td><td>3</td></tr><tr><td>Q2</td><td>2</td></tr></table>`).measures).toEqual({});
  });

  it('dates the scores of a table or list by its date row, in each row\'s container', () => {
    expect(read('<table><tr><td>Date of session</td><td>13/11/2026</td></tr><tr><td>PHQ-9</td><td>11</td></tr></table><p>PHQ-9 18 on 01/06/2026</p>').measures.phq9).toMatchObject({ value: 11, date: '2026-11-13' });
    expect(read('<dl><dt>PHQ-9</dt><dd>11</dd><dt>Date</dt><dd>13/11/2026</dd></dl><p>PHQ-9 18 on 01/06/2026</p>').measures.phq9).toMatchObject({ value: 11, date: '2026-11-13' });
    // A date of birth under its label dates nothing.
    expect(read('<dl><dt>DOB</dt><dd>17/09/1999</dd><dt>PHQ-9</dt><dd>16</dd></dl>').measures.phq9?.date).toBeUndefined();
  });

  it('reads a questionnaire answered by radio buttons, and the options a form left unticked', () => {
    // "[x] Several days" in a cell of its own answers the item; the total after the table still reads.
    const radios = `<h3>PHQ-9 – completed 20/11/2026</h3><table><tr><td>9. Thoughts that you would be better off dead or of hurting yourself</td>
      <td><label><input type="radio" name="q9" value="0"> Not at all</label></td><td><label><input type="radio" name="q9" value="1" checked> Several days</label></td></tr></table>
      <p>Total score: 16</p><h3>Previous measures</h3><table><tr><th>Date</th><th>PHQ-9</th></tr><tr><td>18/10/2026</td><td>19</td></tr></table>`;
    expect(read(radios)).toMatchObject({ measures: { phq9: { value: 16, date: '2026-11-20', item9: 1 } }, flags: ['phq9-item9'] });
    // An unticked option answers all its label names; "None of the above" ticked.
    const options = read(`<fieldset><legend>Does any of the following apply?</legend><label><input type="checkbox"> Diabetes treated with insulin</label><br>
      <label><input type="checkbox"> Chest pain or palpitations on exertion</label><br><label><input type="checkbox" checked> None of the above</label></fieldset>`);
    expect(options.flags).toEqual([]);
    expect(read('<label><input type="checkbox" checked> Diabetes treated with insulin</label>').flags).toContain('hypo-risk');
    // A falls question left blank on a line of the screen that asks more.
    expect(read('<p>Physical health screen: Falls in last 12 months? [ ] Yes [ ] No &nbsp; Chest pain: [ ]</p>').flags).toEqual([]);
    expect(read('<p>Physical health screen: Falls in last 12 months? [x] Yes [ ] No &nbsp; Chest pain: [ ]</p>').flags).toContain('falls');
  });

  it("finds the person's address after a name and a Home label, and after a sentence that mentions a relative", () => {
    expect(read(`<div><h4>Next of kin</h4><p>Husband – Paul O'Neill, 4 Kingsdown Parade, Bristol BS2 8RE.</p></div>
      <div><span>Ms Karen O'NEILL</span> <span>Home: 18 Fernbank Road, Bristol BS6 6PZ</span></div>`).postcodeDistrict).toBe('BS6');
    expect(read('<div class="alert">ALERT: Lives with wife.</div><div><b>Mr Alan BRIGGS</b> | DOB 21/11/1949 | 3 Church Row, Norwich NR2 4AB</div>').postcodeDistrict).toBe('NR2');
  });

  it('reads a score under a label that says it is the latest', () => {
    expect(read('<dl><dt>Latest PHQ-9</dt><dd>10 (18/11/2026)</dd></dl>').measures.phq9).toEqual({ value: 10, band: 'moderate', date: '2026-11-18' });
    expect(read('<dl><dt>Current GAD-7</dt><dd>9</dd></dl>').measures.gad7).toEqual({ value: 9, band: 'mild' });
  });

  it('passes over a caseload or ward list beside the record, in an aside or a layout cell', () => {
    const aside = read(`<aside><h3>My caseload today</h3><ul><li>R. Hughes (29) BS3 1AA – perinatal, 32/40 pregnant</li><li>K. Brown (71) – COPD, recent falls</li></ul></aside>
      <main><dl><dt>Name</dt><dd>Sophie CARTER</dd><dt>Age</dt><dd>34</dd></dl><p>Panic attacks for 18 months.</p></main>`);
    expect(aside).toMatchObject({ conditions: [{ id: 'panic-disorder', status: 'present' }], flags: [], ageYears: 34 });
    // With a count after the heading.
    expect(read(`<nav><h4>My caseload (6)</h4><ol><li>KHAN, Rubina – pregnant 32 weeks</li></ol></nav><main><p>Problems: Panic disorder.</p></main>`).flags).toEqual([]);
    const cell = read(`<table class="layout"><tr><td><h4>Ward list / other clients</h4><p>Mr S. Okoro, 66 – COPD, insulin</p></td>
      <td><h2>Assessment: Mrs Margaret ELLIS</h2><p>Low mood.</p></td></tr></table>`);
    expect(cell).toMatchObject({ conditions: [{ id: 'depression', status: 'present' }], flags: [] });
  });

  it('passes over a record system\'s list of other patients beside the record', () => {
    const context = read(`<aside><h4>Recently viewed</h4><ul><li>OKONKWO, Frank &middot; DOB 01/01/1950 &middot; SE1 7PB</li></ul></aside>
      <main><h1>Ms Rebecca OWUSU</h1><p>Age: 27 &middot; Address: 5 Bellenden Road, London SE15 4RF</p></main>`);
    expect(context).toMatchObject({ ageYears: 27, postcodeDistrict: 'SE15' });
  });

  it('reads a questionnaire ticked in columns of answers, its total spanning them', () => {
    const context = read(`<h2>PHQ-9</h2><table>
      <tr><th>Question</th><th>Not at all (0)</th><th>Several days (1)</th><th>More than half the days (2)</th><th>Nearly every day (3)</th></tr>
      <tr><td>9. Thoughts that you would be better off dead, or of hurting yourself</td><td></td><td>&#10003;</td><td></td><td></td></tr>
      <tr><th>Total score</th><td colspan="4">17</td></tr></table>`);
    expect(context.measures.phq9).toMatchObject({ value: 17, item9: 1 });
    expect(context.flags).toContain('phq9-item9');
  });

  it('reads layout tables as containers, not data', () => {
    const html = '<table><tr><td><h2>Problems</h2><p>Asthma</p><p>No diabetes</p></td><td><h2>Family history</h2><p>Stroke</p></td></tr></table>';
    expect(status(html, 'asthma')).toBe('present');
    expect(status(html, 'diabetes')).toBe('negated');
    expect(status(html, 'stroke')).toBe('family');
  });

  it('takes the postcode from the person\'s address only', () => {
    const html = '<header>Whittington Health NHS Trust, Magdala Avenue, London N19 5NF</header>'
      + '<dl><dt>GP</dt><dd>Archway Surgery, 4 Junction Road, N19 5QT</dd><dt>Home address</dt><dd>27 Hornsey Road<br>London<br>N7 6RT</dd></dl>'
      + '<footer>Camden and Islington Talking Therapies, London NW1 0QS</footer>';
    expect(read(html).postcodeDistrict).toBe('N7');
    expect(read('<p>Camden Talking Therapies, 12 Pancras Square, London NW1 0QS</p>').postcodeDistrict).toBeUndefined();
  });

  it('reads preformatted text by its lines, as plain text', () => {
    const table = 'Date        PHQ-9  GAD-7\n01/09/2026  18     15\n29/09/2026  12     10';
    expect(read(`<pre>${table}</pre>`).measures).toMatchObject({ phq9: { value: 12, date: '2026-09-29' }, gad7: { value: 10, date: '2026-09-29' } });
    expect(read(`<div style="white-space: pre-wrap">${table}</div>`).measures.phq9).toMatchObject({ value: 12, date: '2026-09-29' });
    // A list under a heading keeps to its lines: the mother's cancer is hers, the asthma the person's.
    const note = '<pre>\nFamily history:\nMother - breast cancer\n\nPMH:\nAsthma\n</pre>';
    expect(status(note, 'cancer')).toBe('family');
    expect(status(note, 'asthma')).toBe('present');
    // A blank line ends a relative's section there, as in plain text.
    expect(status('<pre>Family history:\nMother - COPD\n\nAsthma since childhood</pre>', 'asthma')).toBe('present');
    // Markup inside keeps the lines too; without pre, the same text is one run of words.
    expect(read('<pre>Date        PHQ-9  GAD-7\n<b>01/09/2026</b>  18     15\n29/09/2026  12     10</pre>').measures.phq9).toMatchObject({ value: 12 });
    expect(read(`<div>${table}</div>`).measures.phq9).toBeUndefined();
  });

  it('reads by its lines the text a style sheet keeps the lines of, where the page says which', () => {
    const html = '<!doctype html><body><div class="typed-note">Family history:\nMother - COPD\n\nPMH:\nAsthma\nNo diabetes</div></body>';
    const keepsLines = (el: Element) => el.classList.contains('typed-note');
    const statuses = (context: ReturnType<typeof read>) => Object.fromEntries(context.conditions.map((c) => [c.id, c.status]));
    expect(statuses(readDocument(parseHtml(html), { now: NOW, keepsLines }))).toEqual({ copd: 'family', asthma: 'present', diabetes: 'negated' });
    // Not asked: the lines run together, and the list under "PMH:" is lost to the family's.
    expect(statuses(readDocument(parseHtml(html), { now: NOW })).asthma).not.toBe('present');
  });

  it('gives a relative\'s field or row to the relative, and their age too', () => {
    expect(status('<dl><dt>Mother</dt><dd>Type 2 diabetes</dd></dl><p>Asthma</p>', 'type-2-diabetes')).toBe('family');
    expect(status('<dl><dt>Mother</dt><dd>Type 2 diabetes</dd></dl><p>Asthma</p>', 'asthma')).toBe('present');
    expect(read('<table><tr><td>Father</td><td>Heart attack aged 60</td></tr></table>')).toMatchObject({ conditions: [{ id: 'coronary-heart-disease', status: 'family' }] });
    expect(read('<table><tr><td>Father</td><td>Heart attack aged 60</td></tr></table>').ageYears).toBeUndefined();
  });

  it('gives a household table\'s rows and a carer\'s cared-for person\'s conditions to them', () => {
    const html = `<h2>Household</h2>
      <table><thead><tr><th>Name</th><th>Relationship</th><th>Age</th><th>Health needs</th></tr></thead>
      <tbody><tr><td>Peter Shaw</td><td>Husband</td><td>67</td><td>COPD, heart failure</td></tr>
      <tr><td>Amy Shaw</td><td>Daughter</td><td>15</td><td>Anorexia nervosa</td></tr></tbody></table>
      <h2>Caring responsibilities</h2>
      <dl><dt>Cares for</dt><dd>Mother</dd><dt>Her conditions</dt><dd>Dementia, type 2 diabetes</dd></dl>
      <h2>Presenting problem</h2><p>Low mood and worry. Has asthma.</p>`;
    const context = read(html);
    expect(Object.fromEntries(context.conditions.map((c) => [c.id, c.status]))).toEqual({
      copd: 'family', 'heart-failure': 'family', 'eating-disorder': 'family', dementia: 'family', 'type-2-diabetes': 'family', depression: 'present', asthma: 'present',
    });
    expect(context.flags).toEqual([]);
    expect(context.ageYears).toBeUndefined();
  });

  it('reads a row of a label and its value, or a line in a container of its own, as the line it would be in plain text', () => {
    // A carer's own record: the carer's address is the person's, the cared-for person's conditions theirs.
    const carer = read(`<h2>Carer's Assessment</h2><table>
      <tr><td>Carer's address</td><td>14 Rose Street, Sheffield S11 8YT</td></tr>
      <tr><td>Person cared for</td><td>Husband, 74</td></tr>
      <tr><td>Their conditions</td><td>Parkinson's disease, depression</td></tr>
      <tr><td>Your health</td><td>Asthma, anxiety</td></tr></table>`);
    expect(Object.fromEntries(carer.conditions.map((c) => [c.id, c.status]))).toEqual({ parkinsons: 'family', depression: 'family', asthma: 'present', anxiety: 'present' });
    expect(carer.postcodeDistrict).toBe('S11');
    // "Referral reason:" ends the next of kin's details and label, in its own <div> as on its own line.
    const kin = read('<div>Next of kin:</div><div>Mark Jones</div><div>Age 45</div><div>BS7 8PL</div><div>Referral reason: OCD</div><div>Age 29</div><div>Postcode BA2 3DF</div>');
    expect(kin).toMatchObject({ ageYears: 29, postcodeDistrict: 'BA2' });
  });

  it("gives a parent's health to the parent in a young person's record, and to the person in a parent's own", () => {
    const row = `<table><tr><th>Parent's health</th><td>Type 1 diabetes (on insulin), MS</td></tr></table>`;
    const young = read(`<p>Young person: Leo, 16, low mood.</p>${row}`);
    expect(Object.fromEntries(young.conditions.map((c) => [c.id, c.status]))).toMatchObject({ depression: 'present', 'type-1-diabetes': 'family' });
    expect(young.flags).toEqual([]);
    const parent = read(`<table><tr><th>Parent</th><td>Ms Laura Carter</td></tr><tr><th>Age</th><td>39</td></tr></table>${row}`);
    expect(parent.conditions.find((c) => c.id === 'type-1-diabetes')?.status).toBe('present');
    expect(parent.flags).toEqual(['hypo-risk']);
    // In a carer's own record, the carer's own health row is the person's.
    const carer = read(`<h2>Carer's Assessment</h2><table><tr><th>Person cared for</th><td>Son, Jack, 30</td></tr>
      <tr><th>Carer's own health</th><td>Osteoarthritis of knees, two falls since August</td></tr></table>`);
    expect(carer.conditions.find((c) => c.id === 'osteoarthritis')?.status).toBe('present');
    expect(carer.flags).toEqual(['falls']);
    // A relative's row: their drugs and symptoms too.
    expect(read('<table><tr><th>Father</th><td>Chest pain on exertion, on insulin</td></tr></table>').flags).toEqual([]);
  });

  it('reads a Document, an Element or a fragment', () => {
    const doc = parseHtml('<body><p>Known asthmatic.</p></body>');
    expect(readDocument(doc, { now: NOW }).conditions).toHaveLength(1);
    expect(readDocument(doc.body, { now: NOW }).conditions).toHaveLength(1);
    const fragment = doc.createDocumentFragment();
    fragment.append(doc.createElement('p'));
    fragment.firstElementChild!.textContent = 'COPD';
    expect(readDocument(fragment, { now: NOW }).conditions[0]?.id).toBe('copd');
  });
});

describe('walking a page a slice at a time', () => {
  // The tree without its element and parent links, for comparing two walks.
  const shape = (seg: Seg): unknown => ({ contexts: seg.contexts, items: seg.items.map((item) => (isSeg(item) ? shape(item) : item)) });

  it('begins with nothing read, pauses when asked, and ends with the tree a whole walk builds', () => {
    const doc = loadHtml('public/demo/aisha-rahman.html');
    doc.querySelector('.ehr-notes')?.removeAttribute('hidden');
    const whole = createDomWalker(() => undefined).walk(doc.body);

    const walker = createDomWalker(() => undefined);
    const seg = walker.begin(doc.body);
    expect(seg.items).toEqual([]);
    let slices = 1;
    while (!walker.advance(() => true)) slices++;
    expect(slices).toBeGreaterThan(3);
    expect(shape(seg)).toEqual(shape(whole));
  });

  it('pauses inside one container with thousands of children', () => {
    const doc = parseHtml(`<body><main>${Array.from({ length: 2000 }, (_, i) => `<p>Session ${i}: asthma reviewed.</p>`).join('\n')}</main></body>`);
    const whole = createDomWalker(() => undefined).walk(doc.body);
    const walker = createDomWalker(() => undefined);
    const seg = walker.begin(doc.body);
    while (seg.items.length === 0) walker.advance(() => true);
    const main = seg.items[0] as Seg;
    expect(walker.advance(() => true)).toBe(false);
    // Part way through <main>: some of its paragraphs opened, not all.
    expect(main.items.length).toBeGreaterThan(0);
    expect(main.items.length).toBeLessThan(2000);
    while (!walker.advance(() => true));
    expect(shape(seg)).toEqual(shape(whole));
  });
});
