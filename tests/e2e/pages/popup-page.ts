import type { Locator, Page } from 'playwright-core';

export interface GlossaryRow {
  zh: string;
  pinyin: string;
  en: string;
  count: number;
}

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

  /** Waits until the popup shows the glossary of an article. */
  async waitForGlossary(): Promise<void> {
    await this.page.getByRole('table').waitFor({ timeout: 15_000 });
  }

  async glossary(): Promise<GlossaryRow[]> {
    const rows = this.page.getByRole('table').locator('tbody tr');
    return rows.evaluateAll((nodes) =>
      nodes.map((row) => {
        const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? '');
        return { zh: cells[0]!, pinyin: cells[1]!, en: cells[2]!, count: Number(cells[3]) };
      }),
    );
  }

  async text(): Promise<string> {
    return this.page.locator('body').innerText();
  }
}
