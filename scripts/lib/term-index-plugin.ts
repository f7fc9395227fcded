import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { CATEGORIES, createGlossary, glossaryNamespace, type GlossarySource } from '../../src/core/glossary';
import { createTermCards, createTermIndex } from '../../src/core/term-index';

const ID = 'virtual:crossriver-term-index';
const RESOLVED = `\0${ID}`;

/**
 * Serves `virtual:crossriver-term-index`: the annotator's term index, built from the bundled
 * locale files when the extension is built, as a JSON.parse call (faster to load than the same
 * data as an object literal), and the terms' cards as a JSON string that is parsed only when a
 * card is first shown. The build fails with the glossary's own error on bad data.
 */
export function termIndexPlugin(root: string): Plugin {
  const files = CATEGORIES.flatMap((category) =>
    (['en', 'zh-CN'] as const).map((lng) =>
      join(root, 'locales', lng, `${glossaryNamespace(category)}.json`),
    ),
  );
  return {
    name: 'crossriver-term-index',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const file of files) this.addWatchFile(file);
      const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as never;
      const sources: GlossarySource[] = CATEGORIES.map((category) => ({
        category,
        en: read(join(root, 'locales', 'en', `${glossaryNamespace(category)}.json`)),
        zh: read(join(root, 'locales', 'zh-CN', `${glossaryNamespace(category)}.json`)),
      }));
      const glossary = createGlossary(sources);
      const index = JSON.stringify(JSON.stringify(createTermIndex(glossary)));
      const cards = JSON.stringify(JSON.stringify(createTermCards(glossary)));
      return `export default JSON.parse(${index});\nexport const cardsJson = ${cards};`;
    },
  };
}
