// Syllables for fictional county names and people; combined, they give thousands of plausible, unique names.
export const FIRST = [
  ..."安宝北碧长丰凤福高古海和河宏华嘉江金锦景静康兰乐黎临柳龙鹿梅明南宁平蒲青清庆泉荣瑞山尚石寿顺松泰桃天通同桐文武西溪祥新兴秀延阳永玉元云泽肇中竹",
];
export const SECOND = [
  ..."阿安宝昌城川丹德东丰峰谷河和湖华化江津靖康乐林陵岭隆罗梅宁平坪浦清泉仁山善寿水顺台潭塘亭通湾溪仙乡祥兴秀阳遥沂义邑源远岳云泽州",
];
export const SURNAMES = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
];
export const GIVEN = [..."建国志明海涛丽娟文华秀英卫东晓燕红军永强春梅立新德胜俊杰雅琴振华玉兰宏伟子豪欣怡"];
export const PLACE_WORDS = [..."龙凤云石桃花松竹梅兰青白金银碧翠"];
export const PLACE_ENDS = ["山", "峡", "湖", "河", "湾", "谷", "岭", "塬", "镇", "溪"];
export const NAME_ENDS = ["产业园", "食品", "机械", "建材", "电子", "药业", "新材料", "农业"];
