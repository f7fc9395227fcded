/** Text and name patterns of page furniture that sits inside or next to Chinese article bodies. */

/**
 * Whole short blocks that are never article text: app prompts, video fallbacks, QR-code and share
 * prompts, disclaimers and editor lines. Anchored at the start so a sentence that merely mentions
 * 客户端 or 声明 is kept.
 */
export const BOILERPLATE_TEXT =
  /^[\s(（【[]*(?:打开网易新闻|打开.{0,8}(?:app|APP|App|客户端)|下载.{0,12}(?:客户端|app|APP|App)|您的浏览器(?:暂时)?(?:无法|不支持)播放|你的浏览器不支持|(?:特别|免责|版权)?声明[:：]|特别声明|免责声明|版权声明|(?:责任)?编辑[:：]|责编[:：]|校对[:：]|审核[:：]|监制[:：]|值班(?:主)?编辑|(?:长按|扫描|扫码|微信扫|用微信扫)[^。]{0,20}(?:二维码|关注|扫码|下载|识别)|(?:点击|点此)(?:进入|查看|阅读|下载|关注)|分享(?:到|至)[:：]?|返回(?:首页|顶部|搜狐)|上一页|下一页|相关(?:新闻|阅读|链接|文章|报道|推荐|专题)[:：]?$|推荐阅读|延伸阅读|热门推荐|猜你喜欢|热点推荐|更多精彩|本文来源[:：]|文章来源[:：]|当前位置[:：]|您的位置[:：]|你的位置[:：]|(?:阅读|浏览|点击)(?:数|量|次数)\s*[:：(（]|不感兴趣|调整字体|字号[:：]|打印本页|(?:打印|字体)[\s:：]|扫一扫|关闭窗口|【\s*(?:打印|关闭|纠错)|\d+\s*\/\s*\d+\s*$)/;

/** Headings that open a block of related or recommended links: the block and what follows go. */
export const RELATED_HEADING =
  /^[\s【[]*(?:相关(?:新闻|阅读|链接|文章|报道|推荐|专题|稿件)|推荐阅读|延伸阅读|热门推荐|猜你喜欢|热点推荐|更多精彩|精彩推荐|往期回顾|往期推荐|热门文章|今日推荐|热门评论|最新评论|网友评论|精彩评论|相关评论|发表评论|我要评论|全部评论|跟贴|您可能感兴趣|你可能感兴趣|可能感兴趣的|暂无评论|请先说点什么|评论\s*\(?\d*\)?$)/;

/** A disclaimer's opening words: the block they start is furniture however long it is. */
export const DISCLAIMER_START =
  /^[\s【[(（]*(?:[^，。！？\s]{0,12}(?:版权|免责|特别|法律)声明\s*(?:[:：]|$)|声明\s*[:：]|免责条款|版权说明|版 权 说 明)/;

/**
 * Site-wide footer lines: licences, copyright, complaint hotlines. Tested anywhere in a short line
 * that is not a sentence (no 。), so an article that mentions 版权所有 keeps that paragraph.
 */
export const FOOTER_TEXT =
  /版权所有|all rights reserved|copyright\s*(?:©|\(c\)|\d)|©\s*\d{4}|ICP[备证]|许可证(?:编号|号)?[:：]|举报(?:电话|邮箱|中心)|违法和不良信息|公网安备|未经(?:本网)?(?:书面)?(?:许可|授权)(?:不得|禁止)(?:转载|复制)/i;

/**
 * Class or id names of furniture blocks. `editor` alone is not here: the CMS body container of many
 * government sites is `.TRS_Editor`.
 */
export const BOILERPLATE_NAME =
  /(?:^|[-_\s])(?:related|relate|recommend|recom|share|sharebox|comment|comments|footer|pagination|pager|statement|disclaimer|qrcode|qcode|qr_code|qr-code|appendqr|advert|ads?|gg\d+x\d+|copyright|tags?|keywords|bdshare|toolbar|breadcrumb|crumb|sidebar|hot-?news|more-?news)(?:$|[-_\s\d])/i;

/** Credit and reprint lines that close an article (short lines only). */
export const CREDIT_TAIL =
  /^(?:素材及图片来源|图片来源|图片来自|图源|欢迎转发|欢迎分享|转载请注明)|侵权必究$|出品$/;

/** Editor and credit lines that close an article. */
export const CREDIT_LINE =
  /^[\s(（【[]*(?:责任编辑|编辑|责编|校对|审核|审校|监制|值班主编|主编|撰稿|终审|初审|复审|统筹|策划|制作|排版|美编|编审)[\s:：]/;

/** True for a footer line (see FOOTER_TEXT). */
export function isFooterLine(text: string): boolean {
  return !text.includes('。') && FOOTER_TEXT.test(text);
}
