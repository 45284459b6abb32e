import * as v from 'valibot';
import { contextFromFhir } from '../context/fhir.ts';
import { ClinicalContextSchema, emptyContext, type ClinicalContext } from '../context/schema.ts';
import { formatIssues } from '../advice/format-issues.ts';
import { contextFromAttributes, type ContextAttributes } from './context-from-attributes.ts';

export type RecordSource = 'fhir' | 'context' | 'attributes';

// What the host gave the panel, most specific first: the `fhir` property, the `context` property,
// then the attributes. A property set to null or undefined is not given (a host clears it so).
export type RecordInput = { fhir?: unknown; context?: unknown; attributes: ContextAttributes };

export type RecordReading = { context: ClinicalContext; source: RecordSource; problem?: string };

// The context the panel shows for the record the host gave it. What cannot be read shows as
// nothing read, with a problem saying why: never as the last record's context, which belonged to
// someone else, and never as an exception thrown back into the host page's own code.
export function recordContext(input: RecordInput, now?: Date): RecordReading {
  if (input.fhir != null) {
    try {
      return { context: contextFromFhir(input.fhir, now ? { now } : {}), source: 'fhir' };
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return { context: emptyContext(), source: 'fhir', problem: `The record's FHIR data could not be read, so nothing from it is shown: ${why}` };
    }
  }
  if (input.context != null) {
    const result = v.safeParse(ClinicalContextSchema, input.context);
    if (result.success) return { context: result.output, source: 'context' };
    const first = formatIssues(result.issues)[0]!;
    return { context: emptyContext(), source: 'context', problem: `The record's context could not be read, so nothing from it is shown: ${first.path}: ${first.message}` };
  }
  const { context, problems } = contextFromAttributes(input.attributes);
  if (problems.length === 0) return { context, source: 'attributes' };
  return { context, source: 'attributes', problem: `Check the page's details: ${problems.map((p) => `${p.attribute}: ${p.message}`).join('; ')}` };
}
