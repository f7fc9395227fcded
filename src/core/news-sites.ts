/**
 * Chinese news sites, as manifest match patterns: there the annotator is declared as the content
 * script itself and starts at once, instead of the eager script asking the background to inject
 * it. Their pages are in Chinese, where the eager script would have it injected anyway. They are the
 * sites with a reader rule in src/page/article/site-rules.ts, narrowed to their news hosts where
 * the domain serves much else (qq.com, baidu.com).
 */
export const CHINESE_NEWS_SITES = [
  '*://*.163.com/*',
  '*://*.sina.com.cn/*',
  '*://*.sina.cn/*',
  '*://news.qq.com/*',
  '*://new.qq.com/*',
  '*://mp.weixin.qq.com/*',
  '*://*.sohu.com/*',
  '*://*.ifeng.com/*',
  '*://*.thepaper.cn/*',
  '*://*.toutiao.com/*',
  '*://baijiahao.baidu.com/*',
  '*://mbd.baidu.com/*',
  '*://*.guancha.cn/*',
  '*://*.xinhuanet.com/*',
  '*://*.news.cn/*',
  '*://*.people.com.cn/*',
  '*://*.qstheory.cn/*',
  '*://*.gov.cn/*',
];
