import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';

export interface GlossaryRow {
  zh: string;
  pinyin: string;
  en: string;
  count: number;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The popup, opened as a page of its own for one tab, queried by role and accessible name. */
export class PopupPage {
  constructor(readonly page: Page) {}

  switch(name: string): Locator {
    return this.page.getByRole('switch', { name, exact: true });
  }

  async isOn(name: string): Promise<boolean> {
    return (await this.switch(name).getAttribute('aria-checked')) === 'true';
  }

  async toggle(name: string): Promise<void> {
    const before = await this.isOn(name);
    await this.switch(name).click();
    await this.page.waitForFunction(
      ([label, was]) =>
        [...document.querySelectorAll('[role="switch"]')].some(
          (node) => node.textContent?.trim() === label && node.getAttribute('aria-checked') === String(!was),
        ),
      [name, before] as const,
    );
  }

  language(name: string): Locator {
    return this.page.getByRole('radio', { name, exact: true });
  }

  title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  status(): Locator {
    return this.page.locator('.popup-body .status').first();
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  filter(): Locator {
    return this.page.getByRole('searchbox', { name: 'Filter terms' });
  }

  neverHere(): Locator {
    return this.page.getByRole('checkbox', { name: /^Never on / });
  }

  /** Waits until the popup shows the glossary of an article. */
  async waitForGlossary(): Promise<void> {
    await this.page.getByRole('table').waitFor({ timeout: 15_000 });
  }

  async glossary(): Promise<GlossaryRow[]> {
    const rows = this.page.getByRole('table').locator('tbody tr:not(.details)');
    return rows.evaluateAll((nodes) =>
      nodes.map((row) => {
        const cells = [...row.querySelectorAll('td')].map(
          (cell) => cell.textContent?.replace('▸', '').replace('▾', '').trim() ?? '',
        );
        return { zh: cells[0]!, pinyin: cells[1]!, en: cells[2]!, count: Number(cells[3]) };
      }),
    );
  }

  async text(): Promise<string> {
    return this.page.locator('body').innerText();
  }

  /** Serious and critical accessibility violations axe-core finds in the popup. */
  async accessibilityViolations(): Promise<string[]> {
    // The extension's CSP forbids inline scripts; evaluate axe through the debugger instead.
    await this.page.evaluate(axeSource);
    return this.page.evaluate(async () => {
      type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
      const axe = (window as unknown as { axe: { run(context: Document): Promise<Result> } }).axe;
      const { violations } = await axe.run(document);
      return violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${violation.impact} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
    });
  }
}
