import { describe, expect, it } from 'vitest';
import { emptyContext } from '../../../utils/context/schema.ts';
import { recordContext } from '../../../utils/widget/record-context.ts';

const NOW = new Date('2026-11-27T12:00:00Z');
const asthma = {
  resourceType: 'Condition',
  clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] },
  code: { coding: [{ system: 'http://snomed.info/sct', code: '195967001', display: 'Asthma' }] },
};

describe('the record the widget shows', () => {
  it('reads a FHIR bundle first, then a context, then the attributes', () => {
    const fromFhir = recordContext({ fhir: [asthma], context: emptyContext(), attributes: { conditions: 'copd' } }, NOW);
    expect(fromFhir).toMatchObject({ source: 'fhir', context: { conditions: [{ id: 'asthma', status: 'present' }] } });
    expect(fromFhir.problem).toBeUndefined();
    const given = { ...emptyContext(), ageYears: 54 };
    expect(recordContext({ context: given, attributes: { conditions: 'copd' } })).toEqual({ source: 'context', context: given });
    expect(recordContext({ attributes: { conditions: 'copd' } }).context.conditions.map((c) => c.id)).toEqual(['copd']);
  });

  it('shows nothing, and says why, for a FHIR bundle it cannot read (never throwing into the host page)', () => {
    const bad = { resourceType: 'Bundle', entry: [{ resource: { resourceType: 'Observation', status: 'final', code: { coding: [] }, valueQuantity: { value: 'high' } } }] };
    const reading = recordContext({ fhir: bad, attributes: { conditions: 'copd' } }, NOW);
    expect(reading.context).toEqual(emptyContext());
    expect(reading.source).toBe('fhir');
    expect(reading.problem).toBe(
      'The record\'s FHIR data could not be read, so nothing from it is shown: entry[0].resource.valueQuantity.value: expected a number, found text shaped "aaaa"',
    );
    expect(recordContext({ fhir: 'not a bundle', attributes: {} }).problem).toMatch(/^The record's FHIR data could not be read.*expected a FHIR R4 Bundle/);
  });

  it('takes a property set to null as cleared, falling back to the attributes', () => {
    expect(recordContext({ fhir: null, context: null, attributes: { conditions: 'copd' } })).toMatchObject({ source: 'attributes', context: { conditions: [{ id: 'copd' }] } });
    expect(recordContext({ fhir: null, context: null, attributes: { conditions: 'copd' } }).problem).toBeUndefined();
  });

  it('checks a context object against the schema rather than trusting it', () => {
    const reading = recordContext({ context: { ...emptyContext(), conditions: [{ id: 'asthma', status: 'maybe', text: 'asthma' }] }, attributes: {} });
    expect(reading.context).toEqual(emptyContext());
    expect(reading.problem).toMatch(/^The record's context could not be read, so nothing from it is shown: conditions\.0\.status: /);
    expect(recordContext({ context: { ...emptyContext(), postcodeDistrict: 'N7 6RT' }, attributes: {} }).problem).toMatch(/postcodeDistrict: expected an outward code/);
  });

  it('reports attribute problems and keeps what was good', () => {
    const reading = recordContext({ attributes: { conditions: 'copd, gout', phq9: '40' } });
    expect(reading.context.conditions.map((c) => c.id)).toEqual(['copd']);
    expect(reading.problem).toMatch(/^Check the page's details: conditions: expected a condition id such as copd, found "gout"; phq9: /);
  });
});
