// The bundled glossary files, imported one by one so that Vite, vitest and tsx all load them
// the same way (no bundler-only globbing).
import type { EnRecord, ZhRecord } from './core/glossary';
import economyEn from '../locales/en/glossary-economy.json';
import industryEn from '../locales/en/glossary-industry.json';
import regionalEn from '../locales/en/glossary-regional.json';
import governanceEn from '../locales/en/glossary-governance.json';
import partyEn from '../locales/en/glossary-party.json';
import institutionsEn from '../locales/en/glossary-institutions.json';
import societyEn from '../locales/en/glossary-society.json';
import environmentEn from '../locales/en/glossary-environment.json';
import diplomacyEn from '../locales/en/glossary-diplomacy.json';
import economyZh from '../locales/zh-CN/glossary-economy.json';
import industryZh from '../locales/zh-CN/glossary-industry.json';
import regionalZh from '../locales/zh-CN/glossary-regional.json';
import governanceZh from '../locales/zh-CN/glossary-governance.json';
import partyZh from '../locales/zh-CN/glossary-party.json';
import institutionsZh from '../locales/zh-CN/glossary-institutions.json';
import societyZh from '../locales/zh-CN/glossary-society.json';
import environmentZh from '../locales/zh-CN/glossary-environment.json';
import diplomacyZh from '../locales/zh-CN/glossary-diplomacy.json';

/** The glossary's two sides per category, keyed by category name. */
export const glossaryFiles = {
  economy: { en: economyEn as Record<string, EnRecord>, zh: economyZh as Record<string, ZhRecord> },
  industry: { en: industryEn as Record<string, EnRecord>, zh: industryZh as Record<string, ZhRecord> },
  regional: { en: regionalEn as Record<string, EnRecord>, zh: regionalZh as Record<string, ZhRecord> },
  governance: { en: governanceEn as Record<string, EnRecord>, zh: governanceZh as Record<string, ZhRecord> },
  party: { en: partyEn as Record<string, EnRecord>, zh: partyZh as Record<string, ZhRecord> },
  institutions: {
    en: institutionsEn as Record<string, EnRecord>,
    zh: institutionsZh as Record<string, ZhRecord>,
  },
  society: { en: societyEn as Record<string, EnRecord>, zh: societyZh as Record<string, ZhRecord> },
  environment: {
    en: environmentEn as Record<string, EnRecord>,
    zh: environmentZh as Record<string, ZhRecord>,
  },
  diplomacy: { en: diplomacyEn as Record<string, EnRecord>, zh: diplomacyZh as Record<string, ZhRecord> },
};
