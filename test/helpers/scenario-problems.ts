import { expect } from 'vitest';
import { parseScenarioText } from '../../src/scenarios/load.js';
import { ScenarioError } from '../../src/scenarios/scenario-error.js';

/** What loading `text` as bad.yaml reports, one problem per line; fails the test if it loads. */
export function problems(text: string): string[] {
  try {
    parseScenarioText(text, 'bad.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as Error).message.split('\n');
  }
  throw new Error('the scenario was accepted');
}
