/**
 * The glossary model. Entries come from two bundled locale files per category:
 * `locales/zh-CN/glossary-<category>.json` holds the Chinese side (headword, forms, pinyin,
 * Chinese explanation, related ids, contexts that are not the term), and
 * `locales/en/glossary-<category>.json` holds the English side (rendering, gloss, literal
 * rendering, alternatives, English explanation). Both files key their entries by the same id.
 */

export const CATEGORIES = [
  'economy',
  'industry',
  'regional',
  'governance',
  'party',
  'institutions',
  'society',
  'environment',
  'diplomacy',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** The i18next namespace that holds one category's entries, in both languages. */
export function glossaryNamespace(category: Category): string {
  return `glossary-${category}`;
}

export interface ZhRecord {
  zh: string;
  /** Traditional forms of the headword and of every variant (headword's first), deduplicated. */
  traditional: string[];
  /** Other simplified forms that are the same term and should match too. */
  variants: string[];
  /** Tone-marked pinyin, lower case, one syllable per Han character, separated by spaces. */
  pinyin: string;
  explanation: string;
  related: string[];
  /** Longer strings containing one of the term's forms in which that form is not the term. */
  notIn?: string[];
}

export interface EnRecord {
  en: string;
  /** A few words shown inline next to the term. */
  gloss: string;
  /** The word-for-word rendering, where it differs from the meaning. */
  literal?: string;
  alternatives: string[];
  explanation: string;
}

export interface GlossaryEntry {
  id: string;
  category: Category;
  zh: string;
  traditional: string[];
  variants: string[];
  pinyin: string;
  en: string;
  gloss: string;
  literal: string | null;
  alternatives: string[];
  explanationEn: string;
  explanationZh: string;
  related: string[];
  notIn: string[];
}

export interface GlossarySource {
  category: Category;
  zh: Record<string, ZhRecord>;
  en: Record<string, EnRecord>;
}

export interface Glossary {
  entries: GlossaryEntry[];
  byId: ReadonlyMap<string, GlossaryEntry>;
}

export class GlossaryError extends Error {
  constructor(readonly problems: string[]) {
    super(`The glossary has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'GlossaryError';
  }
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isTextList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => isText(item));

/**
 * Joins the two sides of every category into entries. Throws a GlossaryError that names each
 * entry and field that is missing or malformed, and each id present on one side only, rather
 * than loading a glossary with holes in it.
 */
export function createGlossary(sources: GlossarySource[]): Glossary {
  const problems: string[] = [];
  const entries: GlossaryEntry[] = [];
  const byId = new Map<string, GlossaryEntry>();

  for (const { category, zh, en } of sources) {
    const where = `glossary-${category}`;
    for (const id of Object.keys(en)) {
      if (!(id in zh)) problems.push(`${where}: '${id}' is in en but not in zh-CN`);
    }
    for (const [id, z] of Object.entries(zh)) {
      const e = en[id];
      if (!e) {
        problems.push(`${where}: '${id}' is in zh-CN but not in en`);
        continue;
      }
      if (byId.has(id)) {
        problems.push(`${where}: id '${id}' is also used in glossary-${byId.get(id)!.category}`);
        continue;
      }
      const missing = [
        ...(['zh', 'pinyin', 'explanation'] as const).filter((k) => !isText(z[k])).map((k) => `zh-CN ${k}`),
        ...(['traditional', 'variants', 'related'] as const)
          .filter((k) => !isTextList(z[k] ?? []) || (k === 'traditional' && z[k].length === 0))
          .map((k) => `zh-CN ${k}`),
        ...(['en', 'gloss', 'explanation'] as const).filter((k) => !isText(e[k])).map((k) => `en ${k}`),
        ...(isTextList(e.alternatives ?? []) ? [] : ['en alternatives']),
        ...(e.literal === undefined || isText(e.literal) ? [] : ['en literal']),
        ...(z.notIn === undefined || isTextList(z.notIn) ? [] : ['zh-CN notIn']),
      ];
      if (missing.length > 0) {
        problems.push(`${where}: '${id}' lacks or has a malformed ${missing.join(', ')}`);
        continue;
      }
      const entry: GlossaryEntry = {
        id,
        category,
        zh: z.zh,
        traditional: z.traditional,
        variants: z.variants ?? [],
        pinyin: z.pinyin,
        en: e.en,
        gloss: e.gloss,
        literal: e.literal ?? null,
        alternatives: e.alternatives ?? [],
        explanationEn: e.explanation,
        explanationZh: z.explanation,
        related: z.related ?? [],
        notIn: z.notIn ?? [],
      };
      entries.push(entry);
      byId.set(id, entry);
    }
  }
  if (problems.length > 0) throw new GlossaryError(problems);
  return { entries, byId };
}

/** Every distinct form that should match an entry: headword, variants and traditional forms. */
export function formsOf(entry: GlossaryEntry): string[] {
  return [...new Set([entry.zh, ...entry.variants, ...entry.traditional])];
}
