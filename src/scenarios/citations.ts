import { didYouMean } from '../text/did-you-mean.js';
import type { Issue, Path } from './issue.js';
import type { CitationSpec, ScenarioSpec } from './spec.js';

/** What is wrong with one citation, at its `article` or `quote`: an unknown article, or a quote it does not hold verbatim. */
export function citationIssue(citation: { readonly article: string; readonly quote: string }, articles: ReadonlyMap<string, string>): Issue | undefined {
  const text = articles.get(citation.article);
  if (text === undefined) {
    return { path: ['article'], message: `unknown article '${citation.article}'${didYouMean(citation.article, articles.keys())}; articles: ${[...articles.keys()].join(', ')}` };
  }
  return text.includes(citation.quote) ? undefined : { path: ['quote'], message: `this quote does not appear verbatim in ${citation.article}` };
}

/**
 * Every citation in a resolved scenario must name one of the articles and quote it
 * verbatim: that is what lets an analyst audit each term, action and claim.
 */
export function checkCitations(spec: ScenarioSpec, articles: ReadonlyMap<string, string>): Issue[] {
  const issues: Issue[] = [];
  const check = (citation: CitationSpec | undefined, path: Path): void => {
    const issue = citation && citationIssue(citation, articles);
    if (issue !== undefined) issues.push({ path: [...path, ...issue.path], message: issue.message });
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
