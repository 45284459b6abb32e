import { createRequire } from 'node:module';
import type { Frame } from 'playwright-core';
import type { AxeResults } from 'axe-core';

// axe-core injected through the devtools protocol (which extension pages' CSP does not block),
// checking WCAG 2.0, 2.1 and 2.2 A and AA rules.
const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

export default class AxeBuilder {
  constructor(private readonly frame: Frame) {}

  async analyze(): Promise<AxeResults> {
    await this.frame.evaluate(axeSource);
    return this.frame.evaluate(() =>
      (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      }),
    );
  }
}
