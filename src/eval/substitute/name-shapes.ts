// The shapes of people's names the substitution tier draws from, as typed tables (general knowledge, written for
// this project). Each shape has a weight and a reason: the real variety of names in Chinese local and national
// news, so that a rule which holds only for the names it was written with fails somewhere.

/** Characters common in Chinese given names (men's and women's, old and new styles). */
export const GIVEN_CHARS: readonly string[] = [...
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉力鹏飞斌宇浩凯健俊帆帅旭宁龙林欣晨琳颖露瑶怡婷雪慧佳嘉' +
  '子梓涵轩博豪睿泽宸诺思雨梦瑞晓海波春秋冬志永兴庆福贵德成荣新安光清云峰岩松柏梅竹菊莉蓉燕鸿鹤凤鸣亮坤鑫淼森焱垚' +
  '晶璐璇瑾瑜琪琦珊珍翠彩霖雯婧婉娴妍媛姝倩茜蕾薇蔓芸芝苗若欣悦怡然宏毅刚伦理智仁义礼信诚厚谦逸远航舟楠桐杉杨柳' +
  '立民生世廷培树岚嵩崇峻巍川江河溪泉涌洪涛浪源鸿彬彪炳烨煜熙耀辰星月阳旭昊昕晖景智晟暄曦朗启迪卫东南北西中'];

/** Names that are also ordinary words (a reporter 高峰 or 文静): a surname + given name that reads as a noun or phrase. */
export const WORD_NAMES: readonly string[] = [
  '高峰', '文静', '田野', '夏天', '江山', '白雪', '向阳', '马力', '金星', '万里', '方圆', '常青', '海燕', '白云',
  '文明', '和平', '高山', '高原', '钟声', '华丽', '丁香', '林立', '严明', '石磊', '杨柳', '柳青', '黄金',
  '曲直', '明月', '易安', '程远', '牛犇', '车轮', '路遥', '余晖', '孔明', '方正', '江南', '金秋', '宁静', '向东',
];

/** Given names that end in a character a segmenter often reads as a word of its own (先, 为, 和 …). Not 在 or 正:
 * 某某在出席…时 and 某某正在调研 read both ways to a person too (某某 + 在出席, 某某在 + 出席), the ambiguity is the
 * language's, not a rule's. */
export const HARD_ENDINGS: readonly string[] = ['先', '为', '和', '长', '成', '会', '发', '同', '华', '平', '生'];

/** Parts of Uyghur, Kazakh and Mongolian names written with a middle dot (热依拉·艾山 is the shape). */
export const DOTTED_PARTS: readonly string[] = [
  '阿依古丽', '买买提', '艾山', '热依拉', '古丽', '努尔', '阿不都', '吐尔逊', '艾力', '依明', '阿迪力', '麦麦提', '卡德尔',
  '热合曼', '迪丽', '米娜', '吾斯曼', '艾尼瓦尔', '塔依尔', '阿布拉', '伊力', '亚森', '库尔班', '肉孜', '托合提',
  '巴特尔', '朝鲁', '乌兰', '其其格', '苏和', '额尔敦', '那顺', '宝音', '孟和', '斯琴', '图雅', '格日勒', '努尔兰',
  '叶尔江', '别克', '哈力木', '阿依达娜', '沙力克', '帕尔哈提',
];

/** Tibetan names: two two-character parts, no surname (扎西多吉 is the shape). */
export const TIBETAN_PARTS: readonly string[] = [
  '扎西', '次仁', '多吉', '卓玛', '央金', '格桑', '平措', '旺堆', '拉姆', '德吉', '尼玛', '顿珠', '索朗', '洛桑', '边巴',
  '普布', '达瓦', '次旦', '益西', '丹增', '白玛', '曲珍', '旦增', '桑珠',
];

/** Parts of transliterated foreign names (first names and family names), for names joined by · or -. */
export const FOREIGN_PARTS: readonly string[] = [
  '卡洛斯', '费尔南多', '玛丽亚', '安娜', '米歇尔', '让', '皮埃尔', '汉斯', '约翰', '奥尔加', '伊万', '塞尔吉奥', '路易斯',
  '莫拉莱斯', '贝纳德', '杜兰', '索伦森', '诺瓦克', '彼得罗夫', '卡瓦略', '马丁内斯', '罗西', '施密特', '阿克曼', '哈桑',
  '奥卡福', '门多萨', '瓦尔加斯', '拉斐尔', '埃琳娜', '托马斯', '维克多', '西尔维娅', '布兰科', '孔蒂', '勒菲弗',
];

export type NameShape =
  | 'common-2' | 'common-3' | 'one-char-given' | 'rare-surname' | 'compound-surname' | 'word-name'
  | 'hard-ending' | 'dotted' | 'tibetan';

/** How often each shape is drawn for a Han-name slot, with the reason it is there. */
export const HAN_SHAPES: readonly { shape: NameShape; weight: number; reason: string }[] = [
  { shape: 'common-3', weight: 22, reason: 'the commonest shape: surname + two characters' },
  { shape: 'common-2', weight: 14, reason: 'surname + one character (王敏)' },
  { shape: 'one-char-given', weight: 6, reason: 'a one-character given name made of a rarer character' },
  { shape: 'rare-surname', weight: 12, reason: 'a surname jieba rarely sees as one (禚, 阚, 宓)' },
  { shape: 'compound-surname', weight: 8, reason: 'two-character surnames (欧阳, 司马, 上官)' },
  { shape: 'word-name', weight: 10, reason: 'names that are also words (高峰, 文静, 田野)' },
  { shape: 'hard-ending', weight: 10, reason: 'a last character a segmenter reads as a word (某某先, 某某为)' },
  { shape: 'dotted', weight: 9, reason: 'minority names with a middle dot (热依拉·艾山)' },
  { shape: 'tibetan', weight: 9, reason: 'Tibetan names with no surname (扎西多吉)' },
];
