// Word writes a font table entry for each face a document uses; the English alternate name, GB2312
// charset (86) and family let Word and WPS pick a Chinese fallback of the right kind (serif FangSong
// rather than the default sans) on machines that lack the face, instead of guessing from the name.
const FACES: [name: string, alt: string, family: string, pitch: string][] = [
  ["仿宋_GB2312", "FangSong_GB2312", "modern", "fixed"],
  ["楷体_GB2312", "KaiTi_GB2312", "modern", "fixed"],
  ["黑体", "SimHei", "modern", "fixed"],
  ["宋体", "SimSun", "auto", "variable"],
  ["方正小标宋简体", "FZXiaoBiaoSong-B05S", "script", "variable"],
];

/** The word/fontTable.xml part naming every face the layout uses. */
export function fontTableXml(): string {
  const fonts = FACES.map(
    ([name, alt, family, pitch]) =>
      `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/>` +
      `<w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`,
  ).join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fonts +
    "</w:fonts>"
  );
}
