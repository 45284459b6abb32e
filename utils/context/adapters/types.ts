import * as v from 'valibot';
import { REGION_CONTEXTS } from '../seg.ts';

// A site adapter is data: which pages it is for, which regions of them to read, and what some
// regions mean (the patient's own address, a family-history panel, an organisation's details).
// `expect` lists selectors every page of the layout has; tests prove each against a fixture page.
export const SiteAdapterSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'expected a lowercase id such as carenotes-tt')),
  name: v.pipe(v.string(), v.minLength(1)),
  matches: v.array(v.pipe(v.string(), v.regex(/^(?:\*|https?|file|chrome-extension|moz-extension):\/\/[^/]*\/.*$/, 'expected a match pattern such as https://*.example.nhs.uk/*'))),
  regions: v.array(v.pipe(v.string(), v.minLength(1))),
  contexts: v.optional(v.array(v.object({ selector: v.pipe(v.string(), v.minLength(1)), context: v.picklist(REGION_CONTEXTS) }))),
  expect: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
});

export type SiteAdapter = v.InferOutput<typeof SiteAdapterSchema>;
