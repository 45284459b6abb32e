// Body weight and height Observations, for the BMI a Bundle may not record itself: a very low one
// raises the eating-disorder card, as the BMI Observation (LOINC 39156-5) does. As in the text
// reader (bmi-from-size.ts), only the latest weight counts: an earlier one would misstate today.
// Height changes little in an adult, so the latest height serves any weight.
const WEIGHT_CODES: ReadonlySet<string> = new Set(['29463-7', '3141-9', '27113001']);
const HEIGHT_CODES: ReadonlySet<string> = new Set(['8302-2', '3137-7', '50373000']);

// UCUM codes first, then the units a system prints instead. A size with no unit is left out: 60
// could be kilograms or pounds.
const TO_KG: Readonly<Record<string, number>> = { kg: 1, g: 0.001, '[lb_av]': 0.45359237, lb: 0.45359237, lbs: 0.45359237, kgs: 1 };
const TO_M: Readonly<Record<string, number>> = { m: 1, cm: 0.01, mm: 0.001, '[in_i]': 0.0254, in: 0.0254 };

export type BodySize = { kind: 'weight' | 'height'; value: number; date?: string; order: number };
export type SizeQuantity = { value?: number; unit?: string; code?: string };

// The size an Observation's code and quantity give, in kilograms or metres.
export function bodySizeOf(codes: readonly string[], quantity: SizeQuantity | undefined): Pick<BodySize, 'kind' | 'value'> | undefined {
  const kind = codes.some((c) => WEIGHT_CODES.has(c)) ? 'weight' : codes.some((c) => HEIGHT_CODES.has(c)) ? 'height' : undefined;
  if (!kind || quantity?.value === undefined) return undefined;
  const factors = kind === 'weight' ? TO_KG : TO_M;
  const unit = (quantity.code ?? quantity.unit ?? '').trim();
  const factor = factors[unit] ?? factors[unit.toLowerCase()];
  if (factor === undefined) return undefined;
  const value = quantity.value * factor;
  // As the text reader: sizes outside these are a slip or a child's, and give no BMI.
  const plausible = kind === 'weight' ? value >= 25 && value <= 250 : value >= 1.2 && value <= 2.2;
  return plausible ? { kind, value } : undefined;
}

function latest(sizes: readonly BodySize[], kind: BodySize['kind']): BodySize | undefined {
  let best: BodySize | undefined;
  for (const s of sizes) {
    if (s.kind !== kind) continue;
    // By date where both have one; else the later in the Bundle.
    const later = best === undefined || (s.date && best.date ? s.date > best.date || (s.date === best.date && s.order > best.order) : s.order > best.order);
    if (later) best = s;
  }
  return best;
}

export function bmiFromSizes(sizes: readonly BodySize[]): { value: number; text: string; order: number } | undefined {
  const weight = latest(sizes, 'weight');
  const height = latest(sizes, 'height');
  if (!weight || !height) return undefined;
  const value = Math.round((weight.value / (height.value * height.value)) * 10) / 10;
  const kg = Math.round(weight.value * 10) / 10;
  const m = Math.round(height.value * 100) / 100;
  return { value, text: `Weight ${kg} kg, height ${m} m (BMI ${value})`, order: weight.order };
}
