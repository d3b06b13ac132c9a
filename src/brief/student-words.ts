/** A word that speaks of the model's workings rather than of the actor: weights, the model, its readings. */
const MODEL_TALK = /\b(weigh|weighs|weighed|weight|weights|weighted|weighting|the model|model's|modelled|modelling|reads this as)\b/i;

/**
 * An interest's rationale as a role card tells it to students: the model's workings left
 * out ("Weight 3, not 4: …", "the model reads this as …", "so this weighs least"), since a
 * card gives no model figures and should not read like the model's notes. Each sentence is
 * kept, cut back to the part before the model talk (at a `;`, `:` or `,`), or dropped.
 */
export function studentWords(text: string): string {
  // A sentence ends at . ! or ? before a capital, but not after a lone capital (U.S. ally).
  const sentences = text.trim().split(/(?<=[^A-Z.][.!?])\s+(?=[A-Z"“])/);
  const kept = sentences.map((s) => s.trim()).flatMap((sentence) => {
    if (!MODEL_TALK.test(sentence)) return [sentence];
    const head = headBefore(sentence);
    return head === undefined ? [] : [`${head}.`];
  });
  return kept.join(' ');
}

/** The part of a sentence before its first clause that speaks of the model, if any is worth keeping. */
function headBefore(sentence: string): string | undefined {
  const clauses = sentence.split(/(?<=[;:,])\s+/);
  const head: string[] = [];
  for (const clause of clauses) {
    if (MODEL_TALK.test(clause)) break;
    head.push(clause);
  }
  const text = head.join(' ').replace(/[;:,]\s*$/, '').trim();
  // A fragment of two words or fewer says nothing on its own.
  return text.split(/\s+/).length > 2 ? text : undefined;
}
