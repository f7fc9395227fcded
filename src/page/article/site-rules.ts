/**
 * Site readers: one declarative rule per site. To add a site, add a rule; the first rule whose host
 * pattern matches is used, and when none of its body selectors finds text the general reader runs.
 */
export interface SiteRule {
  /** Short name reported as `Article.site`. */
  name: string;
  /** Tested against the page's host name. */
  host: RegExp;
  /**
   * Selectors of the site's own template that identify it when the page's URL is unknown (a saved
   * page). Only selectors no other site uses belong here.
   */
  signature?: readonly string[];
  /** Body containers, tried in order; the first with article text wins. */
  body: readonly string[];
  title?: readonly string[];
  source?: readonly string[];
  author?: readonly string[];
  date?: readonly string[];
  /** Nodes inside the body that are not article text. */
  drop?: readonly string[];
}

export const SITE_RULES: readonly SiteRule[] = [
  {
    name: 'wechat',
    host: /^mp\.weixin\.qq\.com$/,
    signature: ['#js_content.rich_media_content', '#js_article #js_content'],
    body: ['#js_content'],
    title: ['#activity-name', '.rich_media_title'],
    source: ['#js_name', '.rich_media_meta_nickname'],
    author: ['#js_author_name', '.rich_media_meta_text'],
    date: ['#publish_time'],
    drop: ['.qr_code_pc', '#js_pc_qr_code', '.rich_media_tool', '#js_tags'],
  },
  {
    name: '163',
    host: /(?:^|\.)163\.com$/,
    signature: ['#endText', '.post_body .post_main', '#content .post_body'],
    body: ['#endText', '.post_body', '#content .post_text', '.post_text', '.article-body'],
    title: ['.post_title', '.post_content_main h1', '#epContentLeft h1', '.article-header h1'],
    source: ['#ne_article_source', '.post_info a', '.post_time_source a'],
    date: ['.post_info', '.post_time_source'],
    author: ['.ep-editor'],
    drop: [
      '.gg200x300',
      '.ep-source',
      '.ep-editor',
      '.special_tag_wrap',
      '.related_article',
      '.post_statement',
      '.video-wrapper',
      '.post_btmshare',
      '.post_function',
      '.otitle_editor',
    ],
  },
  {
    name: 'sina',
    host: /(?:^|\.)sina\.(?:com\.cn|cn)$/,
    signature: ['#artibody'],
    body: ['#artibody', '#article', '.article-content', '#articleContent'],
    title: ['h1.main-title', '#artibodyTitle', '.article-header h1'],
    source: ['.date-source .source', '.source', '#media_name'],
    date: ['.date-source .date', '.date', '#pub_date'],
    drop: [
      '.appendQr_wrap',
      '.show_statement',
      '.article-editor',
      '.ct_hqimg',
      '.video_box',
      '[id^="left_hzh_ad"]',
      '.article-notice',
      '.vd_vedioinfo',
      '.tech-quotation',
      '.artical-player-wrap',
      '#wx-tg-cont',
      '.wx_zwy_wrap',
    ],
  },
  {
    name: 'qq',
    host: /(?:^|\.)qq\.com$/,
    signature: ['#Cnt-Main-Article-QQ'],
    body: ['#Cnt-Main-Article-QQ', '.content-article', '.qq_article .bd', '#ArticleCnt'],
    title: ['.qq_article h1', '.LEFT h1', '.hd h1'],
    source: ['.a_source', '.color-a-1', '.author'],
    date: ['.a_time', '.article-time', '.pubTime'],
    drop: ['.rv-root-v2', '.rv-player', '.qq_editor', '#editor'],
  },
  {
    name: 'sohu',
    host: /(?:^|\.)sohu\.com$/,
    signature: ['#mp-editor', '#contentText'],
    body: ['article.article', '#mp-editor', '#contentText', '.article-text'],
    title: ['.text-title h1', '.article-title h1'],
    source: ['.article-info [data-role="original-link"]', '.source'],
    date: ['#news-time', '.article-info .time', '.time'],
    drop: ['#backsohucom', '.backword', '.statement', '.article-tag', '[data-role="editor-name"]', '.editor'],
  },
  {
    name: 'ifeng',
    host: /(?:^|\.)ifeng\.com$/,
    signature: ['[class^="main_content-"]', '#main_content.js_selection_area'],
    body: [
      '[class^="main_content-"] [class^="text-"]',
      '#main_content',
      '.js_selection_area',
      '#artical_real',
    ],
    title: ['#artical_topic', '[class^="artical-"] h1', '.yc_tit h1'],
    source: ['[class^="source-"]', '.ss03'],
    date: ['[class^="time-"]', '.ss01'],
    drop: ['[class^="tip-"]', '[class^="share"]'],
  },
  {
    name: 'thepaper',
    host: /(?:^|\.)thepaper\.cn$/,
    signature: ['.news_txt'],
    body: ['.news_txt', '[class*="cententWrap"]'],
    title: ['h1.news_title', '[class*="headerContent"] h1'],
    source: ['.news_about p'],
    date: ['.news_about p span'],
    drop: ['.news_editor'],
  },
  {
    name: 'toutiao',
    host: /(?:^|\.)toutiao\.com$/,
    body: ['.article-content article', '.article-content'],
    title: ['h1.article-title', '.article-content h1'],
    source: ['.article-meta .name', '.article-sub span'],
    date: ['.article-meta span:last-child', '.article-sub span:last-child'],
  },
  {
    name: 'baijiahao',
    host: /^(?:baijiahao|mbd)\.baidu\.com$/,
    body: ['.article-content', '[data-testid="article"]'],
    title: ['.article-title h2', '.article-title', '[class*="articleTitle"]'],
    source: ['.author-name', '[data-testid="author-name"]'],
    date: ['.article-source .date', '[data-testid="updatetime"]'],
  },
  {
    name: 'guancha',
    host: /(?:^|\.)guancha\.cn$/,
    signature: ['.all-txt'],
    body: ['.all-txt', '.article-txt-content'],
    title: ['.left-main h3', '.article-content h1'],
    source: ['.time span:last-child'],
    date: ['.time span:first-child'],
    drop: ['.pages', '.editor-intro'],
  },
  {
    name: 'xinhua',
    host: /(?:^|\.)(?:xinhuanet\.com|news\.cn)$/,
    signature: ['#p-detail', '#detail .h-title'],
    body: ['#detail', '#p-detail', '#detailContent', '.article', '#content'],
    title: ['.h-title', '.head-line .title', '#title', '#Title'],
    source: ['.source', '#source', '.h-info .source'],
    date: ['.h-time', '.header-time', '.time'],
    drop: ['.lb', '.tadd', '.p-tags', '.video-url', '#articleEdit', '.editor', '.zan-wrap', '.share'],
  },
  {
    name: 'people',
    host: /(?:^|\.)people\.com\.cn$/,
    signature: ['#rwb_zw', '.rm_txt_con'],
    body: ['#rwb_zw', '.rm_txt_con', '#p_content', '.show_text', '.box_con'],
    title: ['.rm_txt h1', '.text_title h1', '.clearfix h1'],
    source: ['.col-1-1 a', '.box01 .fl a'],
    date: ['.col-1-1', '.box01 .fl'],
    drop: ['.otitle', '.edit', '.box_pic', '.paper_num', '.zdfy'],
  },
  {
    name: 'qiushi',
    host: /(?:^|\.)qstheory\.cn$/,
    body: ['.highlight', '.text', '#detail'],
    title: ['.row h1', 'h1'],
    source: ['.pubtime + .appellation', '.appellation'],
    date: ['.pubtime'],
    drop: ['.editor', '.share'],
  },
  {
    name: 'gov.cn',
    host: /(?:^|\.)gov\.cn$/,
    body: ['#UCAP-CONTENT', '.pages_content', '#zoom', '#Zoom', '.TRS_Editor', '.article-content', '.view'],
    title: ['#ti', '.article h1', '.con-title', '.title h1'],
    source: ['.pages-date .font', '.source'],
    date: ['.pages-date', '.time'],
    drop: ['.editor', '.pages_print', '.shareBox', '.share'],
  },
];

/** The rule for `host`, else the rule whose signature the document carries, else null. */
export function findSiteRule(doc: Document, host: string | null): SiteRule | null {
  if (host) {
    const byHost = SITE_RULES.find((rule) => rule.host.test(host));
    if (byHost) return byHost;
  }
  for (const rule of SITE_RULES) {
    if (rule.signature?.some((selector) => doc.querySelector(selector))) return rule;
  }
  return null;
}
