import type { ClinicalContext } from '../context/schema.ts';
import type { SearchResult } from '../directory/search/search-result.ts';
import { isSafeLink } from '../directory/safe-url.ts';
import { safetyCards } from '../safety/safety-cards.ts';
import { formatSource } from '../safety/source-schema.ts';

// CDS Hooks cards (https://cds-hooks.hl7.org): for record systems that show decision support
// cards rather than hosting our panel.
export interface CdsCard {
  uuid?: string;
  summary: string;
  detail?: string;
  indicator: 'info' | 'warning' | 'critical';
  source: { label: string; url?: string };
  links?: { label: string; url: string; type: 'absolute' }[];
}

const SOURCE_LABEL = 'PA Signpost';
// The CDS Hooks spec asks for a summary under 140 characters.
const MAX_SUMMARY = 139;

function clip(text: string, max = MAX_SUMMARY): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function toCdsCards(context: ClinicalContext, results: readonly SearchResult[] = []): CdsCard[] {
  const cards: CdsCard[] = safetyCards(context).map((card) => ({
    summary: clip(card.title),
    detail: `${card.whatToDo}\n\nWhy: ${card.why}\n\nSource: ${card.sources.map(formatSource).join('; ')}${card.confirm ? '\n\nConfirm locally.' : ''}`,
    indicator: card.severity === 'info' ? 'info' : 'warning',
    source: { label: `${SOURCE_LABEL}: ${card.sources.map(formatSource).join('; ')}` },
  }));
  for (const result of results) {
    const link = result.activity.url ?? result.activity.organiser?.url;
    cards.push({
      summary: clip(`Local option: ${result.activity.name} (${result.distanceText})`),
      detail: `${result.why}${result.caution ? `\n\nCaution: ${result.caution}` : ''}`,
      indicator: 'info',
      source: { label: SOURCE_LABEL },
      ...(link && /^https?:/i.test(link) && isSafeLink(link) ? { links: [{ label: result.activity.name.slice(0, 80), url: link, type: 'absolute' as const }] } : {}),
    });
  }
  return cards;
}
