import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { pinyin as pinyinPro } from 'pinyin-pro';
import { z } from 'zod';
import {
  CATEGORIES,
  createGlossary,
  formsOf,
  glossaryNamespace,
  type Category,
  type GlossarySource,
} from '../../src/core/glossary';
import { createGlossaryMatcher } from '../../src/core/matcher';

export const ROOT = join(import.meta.dirname, '..', '..');

const text = z.string().trim().min(1);
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const zhRecordSchema = z.strictObject({
  zh: text,
  traditional: z.array(text).min(1),
  variants: z.array(text),
  pinyin: text,
  explanation: text,
  related: z.array(z.string().regex(ID)),
  notIn: z.array(text).optional(),
});

export const enRecordSchema = z.strictObject({
  en: text,
  gloss: text,
  literal: text.optional(),
  alternatives: z.array(text),
  explanation: text,
});

const fileSchema = <T extends z.ZodType>(record: T) =>
  z.record(z.string().regex(ID, 'ids are kebab-case English'), record);

export interface PinyinOverride {
  pinyin: string;
  why: string;
}

const overrideSchema = z.record(text, z.strictObject({ pinyin: text, why: text }));
const counterExampleSchema = z.record(z.string().regex(ID), z.array(text).min(1));

export function localePath(lng: 'en' | 'zh-CN', category: Category): string {
  return join(ROOT, 'locales', lng, `${glossaryNamespace(category)}.json`);
}

export function pinyinOverridesPath(category: Category): string {
  return join(ROOT, 'tests', 'glossary', 'pinyin-overrides', `${category}.json`);
}

export function counterExamplesPath(category: Category): string {
  return join(ROOT, 'tests', 'glossary', 'counter-examples', `${category}.json`);
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The categories whose locale files exist on both sides. */
export function presentCategories(): Category[] {
  return CATEGORIES.filter(
    (category) => existsSync(localePath('en', category)) || existsSync(localePath('zh-CN', category)),
  );
}

export interface LoadedCategory extends GlossarySource {
  overrides: Record<string, PinyinOverride>;
  counterExamples: Record<string, string[]>;
}

/** Reads and schema-checks one category; problems are appended, never thrown. */
export function loadCategory(category: Category, problems: string[]): LoadedCategory | null {
  const parse = <T extends z.ZodType>(path: string, schema: T, optional: boolean): z.infer<T> | null => {
    if (!existsSync(path)) {
      if (!optional) problems.push(`${path}: missing`);
      return null;
    }
    let data: unknown;
    try {
      data = readJson(path);
    } catch (error) {
      problems.push(`${path}: not valid JSON (${(error as Error).message})`);
      return null;
    }
    const result = schema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues.slice(0, 20)) {
        problems.push(`${path}: ${issue.path.join('.')}: ${issue.message}`);
      }
      return null;
    }
    return result.data;
  };
  const zh = parse(localePath('zh-CN', category), fileSchema(zhRecordSchema), false);
  const en = parse(localePath('en', category), fileSchema(enRecordSchema), false);
  const overrides = parse(pinyinOverridesPath(category), overrideSchema, true) ?? {};
  const counterExamples = parse(counterExamplesPath(category), counterExampleSchema, true) ?? {};
  if (!zh || !en) return null;
  return { category, zh, en, overrides, counterExamples };
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** The traditional forms an entry must list: its headword's and variants', standard then Taiwan. */
export function expectedTraditional(zh: string, variants: string[]): string[] {
  return [...new Set([zh, ...variants].flatMap((form) => [toTraditional(form), toTaiwan(form)]))];
}

/** pinyin-pro's reading in our notation: citation tones, lower case, syllables spaced. */
export function helperPinyin(zh: string): string {
  return pinyinPro(zh, { toneType: 'symbol', toneSandhi: false, nonZh: 'consecutive' })
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const HAN = /\p{Script=Han}/u;
const SYLLABLE = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+$/;
const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/g;

/** Problems with one pinyin string for one headword, as sentences. */
export function checkPinyinShape(zh: string, pinyin: string): string[] {
  const problems: string[] = [];
  const tokens = pinyin.split(' ');
  const expected: { han: boolean; text: string }[] = [];
  for (const char of zh) {
    const han = HAN.test(char);
    const previous = expected.at(-1);
    if (!han && previous && !previous.han) previous.text += char;
    else expected.push({ han, text: char });
  }
  if (tokens.length !== expected.length) {
    problems.push(`has ${tokens.length} pinyin tokens for ${expected.length} characters or runs`);
    return problems;
  }
  tokens.forEach((token, index) => {
    const part = expected[index]!;
    if (!part.han) {
      if (token !== part.text) problems.push(`token '${token}' should repeat '${part.text}'`);
      return;
    }
    if (!SYLLABLE.test(token)) problems.push(`'${token}' is not a lower-case pinyin syllable`);
    else if ((token.match(TONED) ?? []).length > 1) problems.push(`'${token}' has more than one tone mark`);
  });
  return problems;
}

// A sentence ends at 。！？, or at . ! ? followed by a space, so "PM2.5" does not end one.
const sentenceCount = (value: string) =>
  value.split(/(?<=[。！？])|(?<=[.!?])\s+/u).filter((part) => part.trim() !== '').length;

export interface CheckResult {
  problems: string[];
  entryCount: number;
  categories: LoadedCategory[];
}

/** Every check of the glossary data that does not need the corpus. */
export function checkGlossary(categories: Category[] = presentCategories()): CheckResult {
  const problems: string[] = [];
  const loaded = categories
    .map((category) => loadCategory(category, problems))
    .filter((item): item is LoadedCategory => item !== null);

  let glossary;
  try {
    glossary = createGlossary(loaded);
  } catch (error) {
    problems.push((error as Error).message);
    return { problems, entryCount: 0, categories: loaded };
  }

  const ownerOfForm = new Map<string, string>();
  for (const entry of glossary.entries) {
    const at = `${entry.category}/${entry.id}`;
    for (const form of new Set([entry.zh, ...entry.variants])) {
      const owner = ownerOfForm.get(form);
      if (owner && owner !== entry.id) problems.push(`${at}: form '${form}' is also a form of '${owner}'`);
      ownerOfForm.set(form, entry.id);
    }
    if (entry.variants.includes(entry.zh)) problems.push(`${at}: a variant repeats the headword`);
    if ([...entry.zh].filter((char) => HAN.test(char)).length < 2) {
      problems.push(`${at}: headword '${entry.zh}' has fewer than two Han characters`);
    }

    const expected = expectedTraditional(entry.zh, entry.variants);
    if (JSON.stringify(expected) !== JSON.stringify(entry.traditional)) {
      problems.push(
        `${at}: traditional forms out of sync; expected ${JSON.stringify(expected)} (run npm run glossary:fill)`,
      );
    }

    for (const problem of checkPinyinShape(entry.zh, entry.pinyin)) problems.push(`${at}: pinyin ${problem}`);
    const override = loaded.find((item) => item.category === entry.category)?.overrides[entry.zh];
    const helper = helperPinyin(entry.zh);
    if (override) {
      if (override.pinyin !== entry.pinyin) {
        problems.push(`${at}: pinyin '${entry.pinyin}' differs from its override '${override.pinyin}'`);
      }
      if (helper === entry.pinyin) {
        problems.push(`${at}: pinyin override is stale, pinyin-pro now agrees ('${helper}')`);
      }
    } else if (helper !== entry.pinyin) {
      problems.push(
        `${at}: pinyin '${entry.pinyin}' differs from pinyin-pro's '${helper}'; fix it or add an override that says why`,
      );
    }

    for (const related of entry.related) {
      if (related === entry.id) problems.push(`${at}: relates to itself`);
      else if (!glossary.byId.has(related)) problems.push(`${at}: related id '${related}' does not exist`);
    }
    for (const context of entry.notIn) {
      if (!formsOf(entry).some((form) => context.includes(form))) {
        problems.push(`${at}: notIn context '${context}' contains none of the entry's forms`);
      }
    }
    if (sentenceCount(entry.explanationEn) > 3)
      problems.push(`${at}: English explanation has more than three sentences`);
    if (sentenceCount(entry.explanationZh) > 3)
      problems.push(`${at}: Chinese explanation has more than three sentences`);
    if (!HAN.test(entry.explanationZh)) problems.push(`${at}: Chinese explanation has no Chinese in it`);
    if (entry.gloss.split(/\s+/).length > 6)
      problems.push(`${at}: gloss '${entry.gloss}' is longer than six words`);
  }

  for (const item of loaded) {
    for (const zh of Object.keys(item.overrides)) {
      if (!Object.values(item.zh).some((record) => record.zh === zh)) {
        problems.push(`${item.category}: pinyin override for '${zh}' matches no headword`);
      }
    }
  }

  try {
    const matcher = createGlossaryMatcher(glossary);
    for (const item of loaded) {
      for (const [id, examples] of Object.entries(item.counterExamples)) {
        if (!glossary.byId.has(id))
          problems.push(`${item.category}: counter-examples for unknown id '${id}'`);
        for (const example of examples) {
          if (matcher.findAll(example).some((match) => match.id === id)) {
            problems.push(`${item.category}/${id}: matches inside its counter-example '${example}'`);
          }
        }
      }
    }
  } catch (error) {
    problems.push(`matcher: ${(error as Error).message}`);
  }

  return { problems, entryCount: glossary.entries.length, categories: loaded };
}
