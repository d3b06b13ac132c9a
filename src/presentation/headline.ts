import type { Quantity } from '../engine/scenario.js';
import { escalationRung } from '../world/escalation-ladder.js';
import { formatValue } from './quantity-format.js';
import { unitFormat } from './unit-format.js';

/** The headline quantity in words: a lead, its value (emphasised), and detail that may give way. */
export interface HeadlineText {
  readonly lead: string;
  readonly value: string;
  /** Left out, rather than cut, when the line would not fit. */
  readonly detail: string | undefined;
}

/** `escalation rung 5: Show of force (subcrisis manoeuvring)`, or `oil price: $78`. */
export function headlineText(quantity: Quantity, value: number): HeadlineText {
  const name = sentenceCase(quantity.label);
  if (unitFormat(quantity) === 'rung') {
    const rung = escalationRung(value);
    return { lead: `${name} rung ${rung.rung}: `, value: rung.name, detail: ` (${rung.stage})` };
  }
  return { lead: `${name}: `, value: formatValue(quantity, value), detail: undefined };
}

/** `escalation` for `Escalation`, but `USD index` stays as it is: only a capital before lower case goes. */
function sentenceCase(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
