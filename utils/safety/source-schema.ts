import * as v from 'valibot';

// Every script, rule and card names where it comes from, so a clinical safety officer can check it.
export const SourceSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.nonEmpty('expected a source name, found an empty string'), v.maxLength(300)),
  year: v.pipe(v.number(), v.integer('expected a whole year'), v.minValue(1950, 'expected a year from 1950'), v.maxValue(2100, 'expected a year before 2100')),
});

export type Source = v.InferOutput<typeof SourceSchema>;

export function formatSource(source: Source): string {
  return `${source.name}, ${source.year}`;
}

export function uniqueSources(sources: Iterable<Source>): Source[] {
  const seen = new Map<string, Source>();
  for (const source of sources) seen.set(formatSource(source), source);
  return [...seen.values()];
}
