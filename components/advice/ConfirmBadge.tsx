import { CONFIRM_LABEL } from '../../utils/advice/script-text.ts';

// Guidance the brief asks services to confirm locally is always marked, never shown as settled fact.
export function ConfirmBadge() {
  return <span class="pa-advice-confirm">{CONFIRM_LABEL}</span>;
}
