import { describe, expect, test } from "vitest";
import { classifyLine } from "../../src/clean/classify-line.js";

// Lines as they come around templates copied from doc-sharing pages, WeChat articles and PDF exports.
describe("web-page and advert lines are recognised one by one", () => {
  test.each([
    ["2023-06-18", "date"],
    ["发布时间：2023-06-18 10:23", "date"],
    ["2022/11/3 08:15:02", "date"],
    ["2023年06月18日 10:23", "date"],
    ["3天前", "date"],
    ["28.6KB", "size"],
    ["文件大小：1.2 MB", "size"],
    ["12 页", "count"],
    ["共12页", "count"],
    ["第1页 / 共12页", "count"],
    ["全文共3,456字", "count"],
    ["字数：3456", "count"],
    ["1234 阅读 · 56 下载", "count"],
    ["浏览量：1.2万", "count"],
    ["举报", "report"],
    ["【我要纠错】", "report"],
    ["上一篇：县长在全县安全生产工作会议上的讲话", "nav"],
    ["下一篇", "nav"],
    ["返回顶部", "nav"],
    ["当前位置：首页 > 范文 > 讲话稿", "nav"],
    ["首页 > 工作总结 > 述职报告", "nav"],
    ["【打印】【关闭】", "share"],
    ["字号：大 中 小", "share"],
    ["分享到：微信 微博 QQ空间", "share"],
    ["微信扫一扫，分享到朋友圈", "share"],
    ["立即下载", "download"],
    ["还剩5页未读，继续阅读", "download"],
    ["本文档仅供学习交流使用，禁止外传", "advert"],
    ["以上内容仅供参考", "advert"],
    // A site's editor presenting the page (held-out template 19, zhaozongjie.com).
    [
      "乡镇政府是我国最基层的政府组织机构,承担着管理社会各项政治、经济的职能。下面找总结网小编为你整理了乡镇政府工作报告,希望对你有所帮助!",
      "advert",
    ],
    ["以下是为大家整理的县长讲话稿，欢迎阅读", "advert"],
    ["会员群：                      免费QQ群：", "advert"],
    ["现在订阅立享前3年的所有权益和资料", "advert"],
    ["版权所有 © 2023 公文网", "copyright"],
    ["本文由用户上传，如有侵权请联系删除", "copyright"],
    ["转载请注明出处", "copyright"],
    ["来源：www.example.com", "source"],
    ["责任编辑：王五", "source"],
  ])("%s → %s", (line, reason) => {
    expect(classifyLine(line)).toEqual({ web: reason });
  });
});

describe("the speech is never taken for web text", () => {
  test.each([
    ["在全县经济工作会议上的讲话", "a title"],
    ["县委书记述职报告", "a title"],
    ["同志们：", "a salutation"],
    ["一、上半年工作回顾", "a heading"],
    ["（三）严格落实扫码登记", "a heading holding a share word"],
    ["2.下载使用“秦务员”APP", "a numbered heading"],
    ["全县共X页档案完成数字化", "a line with a placeholder"],
    ["2023年6月18日", "a date in words, as under a title or at a signature"],
    ["（2020年7月15日）", "the date under a title"],
    [
      "要坚持扫码通行、亮码进场，严格落实公共场所测温、登记等措施，举报电话要24小时有人接听，确保群众反映的问题件件有回音。",
      "a sentence with chrome words",
    ],
    ["谢谢大家！", "a closing line"],
    ["以上几点意见，供大家参考，希望对大家的工作有所帮助。", "a speaker's modest close"],
  ])("%s (%s)", (line) => {
    // A short line of no sentence is a "fragment": kept unless web lines stand on both sides of it.
    expect(["speech", "fragment"]).toContain(classifyLine(line));
  });
});
