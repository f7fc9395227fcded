import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { CATEGORIES, createGlossary, glossaryNamespace, type GlossarySource } from '../../src/core/glossary';
import { createTermCards, createTermIndex } from '../../src/core/term-index';

export interface TermData {
  /** The annotator's term index (src/core/term-index.ts), as JSON. */
  indexJson: string;
  /** Each entry's card explanation by id, as JSON. */
  cardsJson: string;
  /** Names this build's index: a copy kept in storage is used only when its hash is this one. */
  indexHash: string;
}

/** The locale files the glossary is built from. */
export function glossaryFiles(root: string): string[] {
  return CATEGORIES.flatMap((category) =>
    (['en', 'zh-CN'] as const).map((lng) =>
      join(root, 'locales', lng, `${glossaryNamespace(category)}.json`),
    ),
  );
}

/**
 * The term index and the cards, built from the bundled locale files. Throws the glossary's own
 * error on bad data, which fails the build.
 */
export function buildTermData(root: string): TermData {
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as never;
  const sources: GlossarySource[] = CATEGORIES.map((category) => ({
    category,
    en: read(join(root, 'locales', 'en', `${glossaryNamespace(category)}.json`)),
    zh: read(join(root, 'locales', 'zh-CN', `${glossaryNamespace(category)}.json`)),
  }));
  const glossary = createGlossary(sources);
  const indexJson = JSON.stringify(createTermIndex(glossary));
  const cardsJson = JSON.stringify(createTermCards(glossary));
  const indexHash = createHash('sha256').update(indexJson).digest('hex').slice(0, 16);
  return { indexJson, cardsJson, indexHash };
}

const ID = 'virtual:crossriver-term-index';
const RESOLVED = `\0${ID}`;

/**
 * Serves `virtual:crossriver-term-index`, which tells the scripts the hash of this build's term
 * index. The index and the cards themselves are files of the extension (see wxt.config.ts), so
 * that no script has to compile them as code.
 */
export function termIndexPlugin(root: string): Plugin {
  return {
    name: 'crossriver-term-index',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const file of glossaryFiles(root)) this.addWatchFile(file);
      return `export const indexHash = ${JSON.stringify(buildTermData(root).indexHash)};`;
    },
  };
}
