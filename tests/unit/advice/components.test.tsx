import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AdvicePanel, type AdvicePanelProps } from '../../../components/advice/AdvicePanel.tsx';
import { ActivityLevelQuestion } from '../../../components/advice/ActivityLevelQuestion.tsx';
import { PlanEditor } from '../../../components/advice/PlanEditor.tsx';
import type { ScriptLength } from '../../../utils/advice/content-schema.ts';
import { makeActivityPlan, type ActivityPlan } from '../../../utils/advice/make-activity-plan.ts';
import { activity, ctx } from './fixtures.ts';

afterEach(cleanup);

function Harness(overrides: Partial<AdvicePanelProps>) {
  const [length, setLength] = useState<ScriptLength>('30s');
  const [days, setDays] = useState<number | undefined>(undefined);
  const [plan, setPlan] = useState<ActivityPlan | undefined>(undefined);
  return (
    <AdvicePanel
      context={ctx([['copd', 'present'], ['depression', 'present']], ['hypo-risk'])}
      length={length}
      onLengthChange={setLength}
      {...(days !== undefined ? { activityDays: days } : {})}
      onActivityDaysChange={(d) => setDays(d)}
      {...(plan ? { plan } : {})}
      onPlanChange={setPlan}
      onCopyNote={() => {}}
      onPrintHandout={() => {}}
      {...overrides}
    />
  );
}

describe('AdvicePanel', () => {
  it('shows safety cards before the script, with severity, source and Confirm locally', () => {
    render(<Harness />);
    const safety = screen.getByRole('region', { name: 'Safety first' });
    expect(within(safety).getByText(/Risk of hypos with activity/)).toBeTruthy();
    expect(within(safety).getByText('Confirm locally')).toBeTruthy();
    expect(within(safety).getByText(/Source: Reid et al/)).toBeTruthy();
    const script = screen.getByRole('region', { name: /script/ });
    expect(safety.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('switches length through a labelled radio group', () => {
    render(<Harness />);
    const group = screen.getByRole('group', { name: 'How long have you got?' });
    expect((within(group).getByLabelText('30 seconds') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(group).getByLabelText('5 minutes'));
    expect(screen.getByRole('heading', { name: '5 minutes script' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Engage' })).toBeTruthy();
  });

  it('tunes the script to the one-tap activity answer', () => {
    render(<Harness />);
    fireEvent.click(screen.getByLabelText('2 minutes'));
    fireEvent.click(screen.getByRole('button', { name: '0 days' }));
    expect(screen.getByRole('button', { name: '0 days' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(/Inactive \(approximate band\)/)).toBeTruthy();
    expect(screen.getByText(/A first step: Walk for a few minutes/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '6 days' }));
    expect(screen.getByText(/A first step: Keep going, and add some strength work/)).toBeTruthy();
  });

  it('emits the record note and the handout as intents', () => {
    const onCopyNote = vi.fn();
    const onPrintHandout = vi.fn();
    render(<Harness onCopyNote={onCopyNote} onPrintHandout={onPrintHandout} chosenActivities={[activity({ name: 'Breathe Easy' })]} personName="Sam" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy record note' }));
    expect(onCopyNote).toHaveBeenCalledTimes(1);
    expect(onCopyNote.mock.calls[0]?.[0]).toMatch(/SNOMED CT 183073003 .*confirm locally/);
    expect(onCopyNote.mock.calls[0]?.[0]).toMatch(/Signposted to: Breathe Easy/);
    fireEvent.click(screen.getByRole('button', { name: 'Print handout' }));
    expect(onPrintHandout.mock.calls[0]?.[0]).toMatchObject({ personName: 'Sam', activities: [{ name: 'Breathe Easy' }] });
  });

  it('starts a plan from the chosen activity and edits it', () => {
    render(<Harness chosenActivities={[activity({ name: 'Breathe Easy' })]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start an activity plan' }));
    const what = screen.getByLabelText('What') as HTMLInputElement;
    expect(what.value).toBe('Breathe Easy');
    fireEvent.input(screen.getByLabelText('With whom'), { target: { value: 'my sister' } });
    expect((screen.getByLabelText('With whom') as HTMLInputElement).value).toBe('my sister');
  });

  it('renders untrusted text as text, never markup', () => {
    const { container } = render(<Harness chosenActivities={[activity({ name: '<img src=x onerror=alert(1)>' })]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start an activity plan' }));
    expect(container.querySelector('img')).toBeNull();
  });

  it('labels every control', () => {
    const { container } = render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Start an activity plan' }));
    for (const el of container.querySelectorAll('input, button')) {
      const name = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent;
      expect(name?.trim(), el.outerHTML).toBeTruthy();
    }
  });
});

describe('ActivityLevelQuestion', () => {
  it('emits days and band on one tap', () => {
    const onAnswer = vi.fn();
    render(<ActivityLevelQuestion onAnswer={onAnswer} />);
    expect(screen.getByRole('group', { name: /how many days in the past week/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '3 days' }));
    expect(onAnswer).toHaveBeenCalledWith(3, 'fairly-active');
    expect(screen.getAllByRole('button')).toHaveLength(8);
  });
});

describe('PlanEditor', () => {
  it('emits the whole plan with the edited field', () => {
    const onChange = vi.fn();
    const plan = makeActivityPlan({ activity: 'Walk' });
    render(<PlanEditor plan={plan} onChange={onChange} />);
    fireEvent.input(screen.getByLabelText('When'), { target: { value: 'Monday 10am' } });
    expect(onChange).toHaveBeenCalledWith({ ...plan, when: 'Monday 10am' });
    expect(screen.getByLabelText("What if it doesn't happen")).toBeTruthy();
  });
});
