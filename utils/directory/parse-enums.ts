import type { Activity, Intensity, Mode } from './schema.ts';
import { normaliseLabel } from './openactive/normalise-label.ts';

type Referral = NonNullable<Activity['referral']>;

export function parseMode(value: string): Mode | undefined {
  const v = normaliseLabel(value);
  if (/^(?:in person|inperson|face to face|f2f|venue|venue based|onsite|on site|outdoor|outdoors|indoor)$/.test(v)) return 'in-person';
  if (/^(?:online|virtual|zoom|remote|live stream|livestream|teams|video)$/.test(v)) return 'online';
  if (/^(?:home|at home|home based|self guided|on demand|home workout)$/.test(v)) return 'home';
  return undefined;
}

export function parseIntensity(value: string): Intensity | undefined {
  const v = normaliseLabel(value);
  if (/^(?:gentle|low|light|easy|low intensity|very gentle|relaxed)$/.test(v)) return 'gentle';
  if (/^(?:moderate|medium|mid|moderate intensity|steady)$/.test(v)) return 'moderate';
  if (/^(?:vigorous|high|hard|intense|high intensity|strenuous|advanced)$/.test(v)) return 'vigorous';
  return undefined;
}

export function parseReferral(value: string): Referral | undefined {
  const v = normaliseLabel(value);
  if (/^(?:drop in|dropin|just turn up|turn up|pay as you go|payg|no booking|no booking needed|open)$/.test(v)) return 'drop-in';
  if (/^(?:self referral|self refer|selfreferral|book|booking|booking required|book ahead|pre book|prebook|register|registration|booking essential)$/.test(v)) return 'self-referral';
  if (/^(?:professional referral|professional|referral|referral only|referral required|gp referral|gp|health professional|clinician referral|referred)$/.test(v)) return 'professional-referral';
  return undefined;
}

export interface Level {
  beginners: boolean;
  intensity?: Intensity;
}

// "Beginner", "All levels", "Gentle" in a level column: beginners and gentle are what matters here.
export function parseLevel(value: string): Level | undefined {
  const v = normaliseLabel(value);
  if (v === '') return undefined;
  const beginners = /\b(?:beginners?|novice|introductory|intro|all levels|all abilities|new)\b/.test(v);
  const intensity = parseIntensity(v) ?? (/\b(?:advanced|expert|elite)\b/.test(v) ? 'vigorous' : undefined);
  return beginners || intensity ? { beginners, intensity } : undefined;
}

export interface AgeRange {
  min?: number;
  max?: number;
}

// "18+", "50-80", "Over 50s", "16 and over", "Under 25s", "All ages", "Adults".
export function parseAgeRange(value: string): AgeRange | undefined {
  const v = value.trim().toLowerCase();
  if (v === '') return undefined;
  if (/^(?:all ages|any age|all)$/.test(v)) return {};
  if (/^adults?( only)?$/.test(v)) return { min: 18 };
  let m = /^(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})(?:\s*(?:years|yrs))?$/.exec(v);
  if (m) return { min: Number(m[1]), max: Number(m[2]) };
  m = /^(?:(\d{1,3})\s*(?:\+|plus|and over|and above|or over|years and over|yrs\+)|(?:over|aged over|ages)\s*(\d{1,3})'?s?\+?)$/.exec(v);
  if (m) return { min: Number(m[1] ?? m[2]) };
  m = /^(?:under|below)\s*(\d{1,3})'?s?$/.exec(v);
  if (m) return { max: Math.max(0, Number(m[1]) - 1) };
  m = /^up to\s*(\d{1,3})$/.exec(v);
  if (m) return { max: Number(m[1]) };
  if (/^\d{1,3}$/.test(v)) return { min: Number(v) };
  return undefined;
}
