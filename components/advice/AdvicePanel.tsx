import { useMemo } from 'preact/hooks';
import { composeScript } from '../../utils/advice/compose-script.ts';
import type { ActivityLevel, Content, ScriptLength } from '../../utils/advice/content-schema.ts';
import { activityLevelFromDays } from '../../utils/advice/activity-level.ts';
import { handout, type Handout } from '../../utils/advice/handout.ts';
import { makeActivityPlan, type ActivityPlan } from '../../utils/advice/make-activity-plan.ts';
import { noteCodes, recordNote, type NoteCode, type NoteInput, type Referral } from '../../utils/advice/record-note.ts';
import type { ClinicalContext } from '../../utils/context/schema.ts';
import type { Activity } from '../../utils/directory/schema.ts';
import { ActivityLevelQuestion } from './ActivityLevelQuestion.tsx';
import { LengthPicker } from './LengthPicker.tsx';
import { PlanEditor } from './PlanEditor.tsx';
import { SafetyCardView } from './SafetyCardView.tsx';
import { ScriptView } from './ScriptView.tsx';
import './advice.css';

export interface AdvicePanelProps {
  context: ClinicalContext;
  length: ScriptLength;
  onLengthChange: (length: ScriptLength) => void;
  // Answer to the single-item activity question (0-7), if asked.
  activityDays?: number;
  onActivityDaysChange: (days: number, level: ActivityLevel) => void;
  plan?: ActivityPlan;
  onPlanChange: (plan: ActivityPlan) => void;
  // Activities the therapist picked from the directory, for the plan, note and handout.
  chosenActivities?: Activity[];
  // Typed by the therapist for the handout only; never read from the record.
  personName?: string;
  referrals?: Referral[];
  followUp?: string;
  // Built-in content merged with the service's pack.
  content?: Content;
  onCopyNote: (text: string, codes: NoteCode[]) => void;
  onPrintHandout: (handout: Handout) => void;
}

// The advice panel: safety first, then the length picker, the activity question, the script and the plan.
// It composes from props and emits intents; copying, printing and storage belong to the host page.
export function AdvicePanel(props: AdvicePanelProps) {
  const { context, length, activityDays, plan, chosenActivities = [], content } = props;
  const level = activityDays !== undefined ? activityLevelFromDays(activityDays) : undefined;
  const script = useMemo(
    () => composeScript(context, length, { ...(level ? { activityLevel: level } : {}), ...(content ? { content } : {}) }),
    [context, length, level, content],
  );

  const copyNote = () => {
    const input: NoteInput = {
      script,
      ...(plan ? { plan } : {}),
      signposted: chosenActivities,
      ...(activityDays !== undefined ? { activityDays } : {}),
      ...(props.referrals ? { referrals: props.referrals } : {}),
      ...(props.followUp ? { followUp: props.followUp } : {}),
      handoutGiven: false,
    };
    props.onCopyNote(recordNote(input), noteCodes(input));
  };
  const printHandout = () =>
    props.onPrintHandout(
      handout({
        script,
        activities: chosenActivities,
        ...(plan ? { plan } : {}),
        ...(props.personName ? { personName: props.personName } : {}),
        ...(content ? { content } : {}),
      }),
    );
  const startPlan = () => props.onPlanChange(makeActivityPlan({ activity: chosenActivities[0] ?? 'A short walk', mode: script.mode }));

  return (
    <div class="pa-advice">
      {script.safety.length > 0 ? (
        <section class="pa-advice-safety" aria-labelledby="pa-advice-safety-heading">
          <h2 id="pa-advice-safety-heading">Safety first</h2>
          {script.safety.map((card) => (
            <SafetyCardView key={card.id} card={card} />
          ))}
        </section>
      ) : null}
      <LengthPicker value={length} onChange={props.onLengthChange} />
      <ActivityLevelQuestion {...(activityDays !== undefined ? { days: activityDays } : {})} onAnswer={props.onActivityDaysChange} />
      <ScriptView script={script} />
      {plan ? (
        <PlanEditor plan={plan} onChange={props.onPlanChange} />
      ) : (
        <button type="button" class="pa-advice-button pa-advice-button--secondary" onClick={startPlan}>
          Start an activity plan
        </button>
      )}
      <div class="pa-advice-actions">
        <button type="button" class="pa-advice-button" onClick={copyNote}>
          Copy record note
        </button>
        <button type="button" class="pa-advice-button pa-advice-button--secondary" onClick={printHandout}>
          Print handout
        </button>
      </div>
    </div>
  );
}
