import type { MeasureId } from '../roles.ts';

// Labels and codes for the two totals the reader reports. Other questionnaires are listed too, as
// barriers: "PHQ-15 12" or "WSAS 20" must never be read as a PHQ-9 or GAD-7 total.
// "counter" words take the number after them ("session 4", "item 3") so it is not read as a score.
export const MEASURE_TERMS: Readonly<Record<MeasureId | 'item9' | 'other' | 'counter', readonly string[]>> = {
  phq9: [
    'phq9', 'phq 9', 'phq', 'phq9 score', 'phq 9 score', 'phq9 total', 'phq 9 total', 'phq 9 total score', 'phq9 total score',
    'patient health questionnaire', 'patient health questionnaire 9', 'patient health questionnaire 9 item',
    'patient health questionnaire phq 9', 'phq 9 depression', 'phq 9 depression score', 'phq 9 depression scale',
    'phq nine',
    // The plural labels a series ("PHQ-9s: 17 at assessment, 12 at session 4"), or counts them
    // ("Number of PHQ-9s completed: 4"; see measures.ts).
    'phq 9s', 'phq9s',
    // LOINC and SNOMED CT codes for the PHQ-9 total score.
    '44261 6', '720433000',
  ],
  gad7: [
    'gad7', 'gad 7', 'gad7 score', 'gad 7 score', 'gad7 total', 'gad 7 total', 'gad 7 total score', 'gad7 total score',
    'generalised anxiety disorder 7', 'generalized anxiety disorder 7', 'generalised anxiety disorder 7 item',
    'generalized anxiety disorder 7 item', 'gad 7 anxiety', 'gad 7 anxiety score', 'gad 7 anxiety scale', 'gad seven',
    'generalised anxiety disorder assessment', 'generalized anxiety disorder assessment', '70274 6', '445455005',
    'gad 7s', 'gad7s',
  ],
  item9: [
    'item 9', 'item9', 'q9', 'q 9', 'question 9', 'item nine', 'question nine', 'phq 9 item 9', 'phq9 item 9', 'phq 9 q9', 'phq9 q9', 'phq item 9', 'phq 9 question 9',
    'item 9 score', 'self harm item', 'phq 9 item 9 score', '44260 8',
    // Item 9 by what it asks: "1 on the suicidal ideation item".
    // Not "self harm question" or "suicide question", which a risk history uses of its own questions.
    'suicidal ideation item', 'suicidal thoughts item', 'suicide item', 'suicidality item',
    // Item 9 by its wording, whole or shortened, as record systems print it beside its score.
    'thoughts that you would be better off dead', 'thoughts that you would be better off dead or of hurting yourself',
    'thoughts that you would be better off dead or of hurting yourself in some way', 'thoughts you would be better off dead',
    'thoughts of being better off dead', 'better off dead or of hurting yourself', 'better off dead or hurting yourself',
    'better off dead/self harm', 'better off dead or self harm', 'thoughts better off dead or hurting yourself',
  ],
  other: [
    // Panels (not totals) and other questionnaires.
    '69737 5', '44249 1', 'phq 2', 'phq2', 'phq 4', 'phq4', 'phq 8', 'phq8',
    'phq 15', 'phq15', 'phq a', 'gad 2', 'gad2', 'wsas', 'work and social adjustment scale', 'work and social adjustment',
    'pcl 5', 'pcl5', 'spin', 'mini spin', 'hai', 'shai', 'oci r', 'ocir', 'ies r', 'pdss', 'core 10', 'core10', 'core om',
    'hads', 'dass', 'dass 21', 'k10', 'wemwbs', 'swemwbs', 'isi', 'epds', 'eq 5d', 'audit', 'audit c', 'dudit', 'ede q',
    'edeq', 'scoff', 'iapt phobia scales', 'phobia scales', 'asrs', 'aq10', 'aq 10', 'ess', 'bdi', 'bai', 'pain score',
    'hba1c', 'bp', 'blood pressure', 'weight', 'height', 'pulse', 'heart rate', 'wsas score', 'ors', 'srs', 'cgi', 'madrs',
    'hamd', 'ham d', 'bmi', 'age', 'aged',
  ],
  counter: [
    'item', 'items', 'question', 'questions', 'q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'item 1', 'item 2', 'item 3',
    'item 4', 'item 5', 'item 6', 'item 7', 'item 8', 'session', 'sessions', 'session number', 'appointment', 'appt', 'week',
    'weeks', 'attempt', 'attempts', 'visit', 'contact', 'step', 'goal', 'goals', 'version', 'page', 'room',
  ],
};

// Published cut-offs (Kroenke 2001 for PHQ-9, Spitzer 2006 for GAD-7).
export const BANDS: Readonly<Record<MeasureId, readonly (readonly [max: number, band: string])[]>> = {
  phq9: [[4, 'minimal'], [9, 'mild'], [14, 'moderate'], [19, 'moderately severe'], [27, 'severe']],
  gad7: [[4, 'minimal'], [9, 'mild'], [14, 'moderate'], [21, 'severe']],
};

export const MAX_SCORE: Readonly<Record<MeasureId, number>> = { phq9: 27, gad7: 21 };

// FHIR / LOINC codes, used by the FHIR mapping.
export const MEASURE_CODES: Readonly<Record<string, MeasureId | 'item9' | 'panel'>> = {
  '44261-6': 'phq9',
  '720433000': 'phq9',
  '70274-6': 'gad7',
  '445455005': 'gad7',
  '44260-8': 'item9',
  '69737-5': 'panel',
  '44249-1': 'panel',
};
