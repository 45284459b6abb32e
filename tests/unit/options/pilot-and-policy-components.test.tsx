import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PilotPanel } from '../../../components/pilot/PilotPanel.tsx';
import { SitesEditor } from '../../../components/options/SitesEditor.tsx';
import { SafetyStatement } from '../../../components/options/SafetyStatement.tsx';
import { countEvent } from '../../../utils/pilot/count-event.ts';
import { emptyPilotCounts } from '../../../utils/pilot/pilot-counts-schema.ts';
import { summarisePilotCounts } from '../../../utils/pilot/summarise-pilot-counts.ts';

afterEach(cleanup);

const TODAY = new Date(2026, 9, 14);
function summary() {
  let counts = countEvent(emptyPilotCounts(), { type: 'sidebar-open' }, '2026-10-14');
  counts = countEvent(counts, { type: 'sidebar-open' }, '2026-10-14');
  counts = countEvent(counts, { type: 'script-shown', length: '2min', groups: ['diabetes'] }, '2026-10-13');
  return summarisePilotCounts(counts, TODAY);
}
const panel = (overrides: Partial<Parameters<typeof PilotPanel>[0]> = {}) => {
  const props = { enabled: false, locked: false, summary: summary(), onToggle: vi.fn(), onDownloadCsv: vi.fn(), onReset: vi.fn(), ...overrides };
  render(<PilotPanel {...props} />);
  return props;
};

describe('PilotPanel', () => {
  it('switches counts on and off', () => {
    const props = panel();
    const toggle = screen.getByRole('checkbox', { name: 'Keep pilot counts' }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    expect(props.onToggle).toHaveBeenCalledWith(true);
  });

  it('shows a policy-set value as locked and cannot change it', () => {
    panel({ enabled: true, locked: true });
    const toggle = screen.getByRole('checkbox', { name: 'Keep pilot counts' }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    expect(toggle.disabled).toBe(true);
    expect(toggle.getAttribute('aria-describedby')).toBe('pa-pilot-locked');
    expect(document.getElementById('pa-pilot-locked')?.textContent).toMatch(/Set by your organisation/);
  });

  it('charts 14 days of sidebar opens as a table a screen reader can read', () => {
    panel();
    const chart = screen.getByRole('table', { name: 'Sidebar opens, last 14 days' });
    const rows = within(chart).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(14);
    expect(rows.at(-1)!.textContent).toMatch(/Wed 14 Oct.*2/);
    expect(within(screen.getByTestId('pilot-totals')).getByRole('rowheader', { name: /Advice scripts shown, by length/ }).closest('tr')!.textContent).toMatch(/1.*2min: 1/);
  });

  it('downloads the CSV', () => {
    const props = panel();
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(props.onDownloadCsv).toHaveBeenCalled();
  });

  it('asks before resetting, and Cancel keeps the counts', () => {
    const props = panel();
    fireEvent.click(screen.getByRole('button', { name: 'Reset counts' }));
    expect(props.onReset).not.toHaveBeenCalled();
    const confirm = screen.getByRole('button', { name: 'Yes, delete all counts' });
    expect(document.activeElement).toBe(confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(props.onReset).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset counts' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset counts' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete all counts' }));
    expect(props.onReset).toHaveBeenCalledTimes(1);
  });
});

describe('SitesEditor under a policy', () => {
  const handlers = () => ({ onAdd: vi.fn(async () => undefined), onRemove: vi.fn(), onGrant: vi.fn() });

  it('shows policy sites as set by the organisation, with no Remove button', () => {
    render(
      <SitesEditor
        {...handlers()}
        sites={[
          { pattern: 'https://ehr.example.nhs.uk/*', adapter: 'auto', granted: true, managed: true },
          { pattern: 'http://localhost/*', adapter: 'auto', granted: false },
        ]}
      />,
    );
    const [managed, local] = screen.getAllByRole('row').slice(1);
    expect(within(managed!).getByText('Set by your organisation')).toBeTruthy();
    expect(within(managed!).queryByRole('button', { name: /Remove/ })).toBeNull();
    expect(within(local!).getByRole('button', { name: 'Remove http://localhost/*' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Add a site' })).toBeTruthy();
  });

  it('a locked list can be neither added to nor removed from', () => {
    render(<SitesEditor {...handlers()} locked sites={[{ pattern: 'https://ehr.example.nhs.uk/*', adapter: 'auto', granted: false, managed: true }]} />);
    expect(screen.queryByRole('textbox', { name: 'Add a site' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Grant permission for https://ehr.example.nhs.uk/*' })).toBeTruthy();
  });
});

describe('SafetyStatement', () => {
  it('says the therapist confirms the context and prompts ask for a check, linking nowhere', () => {
    render(<SafetyStatement />);
    const section = screen.getByRole('region', { name: 'Clinical safety' });
    expect(section.textContent).toMatch(/therapist confirms the context/);
    expect(section.textContent).toMatch(/ask for a check/);
    expect(section.querySelector('a')).toBeNull();
  });
});
