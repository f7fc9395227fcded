import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../scripts/lib/load-page';
import { SITE_RULES, findSiteRule } from '../../../src/page/article/site-rules';

const blank = parsePage('<html><body><p>空</p></body></html>').document;

describe('site rules', () => {
  it.each([
    ['news.163.com', '163'],
    ['www.163.com', '163'],
    ['dy.163.com', '163'],
    ['mp.weixin.qq.com', 'wechat'],
    ['news.sina.com.cn', 'sina'],
    ['finance.sina.com.cn', 'sina'],
    ['new.qq.com', 'qq'],
    ['www.sohu.com', 'sohu'],
    ['news.ifeng.com', 'ifeng'],
    ['www.thepaper.cn', 'thepaper'],
    ['www.toutiao.com', 'toutiao'],
    ['baijiahao.baidu.com', 'baijiahao'],
    ['www.guancha.cn', 'guancha'],
    ['www.xinhuanet.com', 'xinhua'],
    ['www.news.cn', 'xinhua'],
    ['politics.people.com.cn', 'people'],
    ['www.qstheory.cn', 'qiushi'],
    ['www.gov.cn', 'gov.cn'],
    ['www.beijing.gov.cn', 'gov.cn'],
  ])('%s is read by the %s rule', (host, name) => {
    expect(findSiteRule(blank, host)?.name).toBe(name);
  });

  it.each(['www.example.com', 'not163.com', 'fakesina.com.cn', 'www.baidu.com'])('%s has no rule', (host) => {
    expect(findSiteRule(blank, host)).toBeNull();
  });

  it('gives every rule a unique name and at least one body selector that parses', () => {
    const names = SITE_RULES.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of SITE_RULES) {
      expect(rule.body.length).toBeGreaterThan(0);
      for (const selector of [
        ...rule.body,
        ...(rule.title ?? []),
        ...(rule.drop ?? []),
        ...(rule.signature ?? []),
      ]) {
        expect(() => blank.querySelector(selector)).not.toThrow();
      }
    }
  });
});
