import { didYouMean } from '../text/did-you-mean.js';
import type { Issue, Path } from './issue.js';
import type { CitationSpec, ScenarioSpec } from './spec.js';

/**
 * Every citation in a resolved scenario must name one of the articles and quote it
 * verbatim: that is what lets an analyst audit each term, action and claim.
 */
export function checkCitations(spec: ScenarioSpec, articles: ReadonlyMap<string, string>): Issue[] {
  const issues: Issue[] = [];
  const check = (citation: CitationSpec | undefined, path: Path): void => {
    if (citation === undefined) return;
    const text = articles.get(citation.article);
    if (text === undefined) {
      issues.push({
        path: [...path, 'article'],
        message: `unknown article '${citation.article}'${didYouMean(citation.article, articles.keys())}; articles: ${[...articles.keys()].join(', ')}`,
      });
    } else if (!text.includes(citation.quote)) {
      issues.push({ path: [...path, 'quote'], message: `this quote does not appear verbatim in ${citation.article}` });
    }
  };
  spec.citations.forEach((c, i) => check(c, ['citations', i]));
  spec.quantities.forEach((q, i) => check(q.citation, ['quantities', i, 'citation']));
  spec.actors.forEach((actor, a) => {
    actor.interests.forEach((interest, k) => check(interest.citation, ['actors', a, 'interests', k, 'citation']));
    actor.actions.forEach((action, k) => check(action.citation, ['actors', a, 'actions', k, 'citation']));
  });
  check(spec.trigger.citation, ['trigger', 'citation']);
  spec.events.forEach((event, i) => check(event.citation, ['events', i, 'citation']));
  spec.injects?.forEach((inject, i) => check(inject.citation, ['injects', i, 'citation']));
  return issues;
}
