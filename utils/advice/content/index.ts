import type { ContentKey, GroupContentInput } from '../content-schema.ts';
import { anxiety } from './anxiety.ts';
import { cancer } from './cancer.ts';
import { cardiovascular } from './cardiovascular.ts';
import { dementia } from './dementia.ts';
import { depression } from './depression.ts';
import { diabetes } from './diabetes.ts';
import { eatingDisorder } from './eating-disorder.ts';
import { fatigue } from './fatigue.ts';
import { frailty } from './frailty.ts';
import { gastrointestinal } from './gastrointestinal.ts';
import { general } from './general.ts';
import { insomnia } from './insomnia.ts';
import { mobility } from './mobility.ts';
import { musculoskeletal } from './musculoskeletal.ts';
import { neurodevelopmental } from './neurodevelopmental.ts';
import { neurological } from './neurological.ts';
import { pain } from './pain.ts';
import { pregnancy } from './pregnancy.ts';
import { renal } from './renal.ts';
import { respiratory } from './respiratory.ts';
import { sensory } from './sensory.ts';
import { severeMentalIllness } from './severe-mental-illness.ts';
import { substanceMisuse } from './substance-misuse.ts';
import { weight } from './weight.ts';

// The built-in content, unvalidated. base-content.ts validates it once at load.
export const RAW_CONTENT: Record<ContentKey, GroupContentInput> = {
  general,
  depression,
  anxiety,
  insomnia,
  'eating-disorder': eatingDisorder,
  'severe-mental-illness': severeMentalIllness,
  'substance-misuse': substanceMisuse,
  dementia,
  neurodevelopmental,
  diabetes,
  cardiovascular,
  respiratory,
  musculoskeletal,
  pain,
  fatigue,
  gastrointestinal,
  weight,
  cancer,
  neurological,
  renal,
  frailty,
  pregnancy,
  sensory,
  mobility,
};
