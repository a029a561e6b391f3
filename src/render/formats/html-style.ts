// Font stacks: the Windows names Word documents use first, then macOS, then the Noto/AR PL fonts
// that Linux (and the preview script) has, so the page looks the same wherever it is opened.
const FANGSONG = `"仿宋_GB2312", "仿宋", FangSong, STFangsong, "Noto Serif CJK SC", "Source Han Serif SC", serif`;
const KAITI = `"楷体_GB2312", "楷体", KaiTi, STKaiti, "AR PL UKai CN", serif`;
const HEITI = `"黑体", SimHei, STHeiti, "Noto Sans CJK SC", "Source Han Sans SC", sans-serif`;
const XIAOBIAOSONG = `"方正小标宋简体", "FZXiaoBiaoSong-B05S", "小标宋", STZhongsong, "华文中宋", "Noto Serif CJK SC", serif`;
const SONG = `"宋体", SimSun, "Noto Serif CJK SC", serif`;

/**
 * The page's stylesheet: on screen a column as wide as the printed text; in print the GB/T 9704 page
 * the .docx has (A4, margins 37/26/35/28 mm, 22 lines of 16 pt 仿宋 at 28.95 pt, page numbers).
 */
export const HTML_STYLE = `
html { background: #f4f4f4; }
body { margin: 0; color: #000; }
.speech { box-sizing: content-box; max-width: 156mm; margin: 2em auto; padding: 37mm 26mm 35mm 28mm; background: #fff;
  font-family: ${FANGSONG}; font-size: 16pt; line-height: 28.95pt; text-align: justify; }
.speech h1 { font-family: ${XIAOBIAOSONG}; font-size: 22pt; font-weight: normal; line-height: 36pt; text-align: center; margin: 0; }
.speech .byline { font-family: ${KAITI}; text-align: center; text-indent: 0; }
.speech .title-block { margin-bottom: 28.95pt; }
.speech p, .speech h2, .speech h3, .speech h4 { margin: 0; text-indent: 2em; font-size: 16pt; line-height: 28.95pt; }
.speech .salutation { text-indent: 0; }
.speech h2, .speech h3, .speech h4 { font-weight: normal; }
.speech .level-1 { font-family: ${HEITI}; }
.speech .level-2 { font-family: ${KAITI}; }
.speech .level-3 { font-family: ${FANGSONG}; }
.speech .lead { font-weight: bold; }
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@page :right { @bottom-right { content: "— " counter(page) " —"; font-family: ${SONG}; font-size: 14pt; padding-right: 1em; } }
@page :left { @bottom-left { content: "— " counter(page) " —"; font-family: ${SONG}; font-size: 14pt; padding-left: 1em; } }
@media print {
  html { background: none; }
  .speech { max-width: none; margin: 0; padding: 0; }
  .speech h2, .speech h3, .speech h4 { break-after: avoid; }
  .speech p { orphans: 1; widows: 1; }
}
`;
