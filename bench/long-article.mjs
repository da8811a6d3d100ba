// Long articles for the length benchmark and the long-input tests: what a transcript, a book or a page whose line
// breaks were lost looks like — one paragraph of ordinary local-news sentences: a fixed cast of people, bodies and
// meetings met again and again, and between them reports of the benchmark corpus (generate-corpus.mjs), each with
// people and meetings of its own. Every sentence and name here was written for the project; nobody is real.
//   longArticle({ chars, seed, shape, fresh }) → { text, pieces: [{ start, end }] }
//   fresh: the share of the pieces that are a corpus report with new names (default 0.5; 0: the cast alone)
//   shape 'sentences'     sentences ending in 。 one after the other, no line break anywhere
//   shape 'unpunctuated'  the same sentences with every punctuation mark and space taken out (an ASR transcript)
//   node bench/long-article.mjs --chars 100000 [--seed 7] [--shape unpunctuated] > article.txt
import { makeWriter, rng } from './generate-corpus.mjs';

/** The cast: each person keeps one post, so that every sentence says the same about them. */
export const CAST = {
  secretary: { name: '柯望舒', title: '县委书记' },
  magistrate: { name: '苗启帆', title: '县长' },
  deputy: { name: '詹若溪', title: '副县长' },
  finance: { name: '邝立衡', title: '县财政局局长' },
  town: { name: '裘晓棠', title: '澄川镇党委书记' },
  advisor: { name: '宓承泽', title: '县政协主席' },
  manager: { name: '阮知秋', title: '栖梧明辉新材料有限公司董事长' },
  safety: { name: '翟映川', title: '县应急管理局局长' },
};
export const MEETINGS = ['栖梧县营商环境优化提升推进会', '澄川镇防汛工作部署会', '栖梧县乡村振兴工作座谈会'];
const COMPANIES = ['栖梧明辉新材料有限公司', '澄川宏远物流有限公司'];
const VILLAGES = ['桐岗村', '梅渚村', '石溪社区'];

const P = CAST;
const t = (who) => `${who.title}${who.name}`;

/** Sentence templates: (pick, date) → one sentence ending in 。 */
const TEMPLATES = [
  (pick, d) => `${d}，${pick(MEETINGS)}召开。`,
  () => `${t(P.secretary)}主持会议并讲话，${t(P.magistrate)}出席会议并发言。`,
  () => `${P.secretary.name}指出，要坚持稳中求进，推动重点项目早开工、早见效，抓好安全生产和民生保障各项工作。`,
  () => `${t(P.finance)}表示，下一步将加快资金拨付，全力保障重点项目建设用地用能需求。`,
  (pick) => `${t(P.deputy)}带队到${pick(COMPANIES)}调研，${t(P.town)}陪同。`,
  () => `${P.deputy.name}强调，要持续优化营商环境，当好服务企业的“店小二”，帮助企业解决实际困难。`,
  () => `今年以来，全县新签约项目十二个，总投资超过四十亿元，其中工业项目七个。`,
  (pick) => `${t(P.manager)}介绍了企业生产经营情况，今年一季度产值同比增长百分之十八。`,
  () => `${t(P.advisor)}、${t(P.safety)}等出席会议。`,
  (pick, d) => `${d}，${t(P.town)}到${pick(VILLAGES)}检查防汛准备工作，察看了河道堤防和排涝泵站。`,
  () => `${P.town.name}要求，各村要落实二十四小时值班制度，发现险情第一时间转移群众。`,
  () => `${t(P.safety)}通报了近期全县安全生产检查情况，共排查隐患一百二十三处，已整改一百零五处。`,
  (pick) => `会上，${P.magistrate.name}传达了全市${pick(['经济工作会议', '安全生产工作会议'])}精神。`,
  () => `据了解，该项目总投资三亿元，建成后年产值可达五亿元，可提供就业岗位六百个。`,
  () => `${P.magistrate.name}在调研中说，要把群众急难愁盼的事情一件一件办好，不断增强群众的获得感。`,
  (pick) => `${pick(VILLAGES)}党支部书记在座谈会上作交流发言，讲述了发展特色种植、带动村民增收的做法。`,
  () => `${P.secretary.name}会见了${t(P.manager)}一行，双方就新材料产业链延伸项目进行了交流。`,
  (pick) => `省工业和信息化厅日前发布2024年度专精特新中小企业名单，${pick(COMPANIES)}入选省级专精特新中小企业。`,
  () => `经县人大常委会会议表决，任命${P.deputy.name}为栖梧县副县长。`,
  (pick) => `本次${pick(['推进会', '座谈会'])}由栖梧县人民政府主办，县商务局承办。`,
];

/** 一月 … 十二月 with a day: the date of a sentence that opens a report. */
function dateWords(r) {
  const month = 1 + Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  return `${month}月${day}日`;
}

/** Punctuation and spaces (the 'unpunctuated' shape drops them all: no sentence or clause mark is left). */
const MARKS = /[，。、；：！？“”（）《》\s]/g;

/**
 * An article of at least `chars` characters (cut at a sentence's end, so a little longer), deterministic from the
 * seed. `pieces` are the offsets in `text` of its pieces (end exclusive, back to back): a cast sentence or a whole
 * corpus report, each ending a sentence, so that the text can also be extracted piece by piece.
 */
export function longArticle({ chars, seed = 7, shape = 'sentences', fresh = 0.5 }) {
  if (shape !== 'sentences' && shape !== 'unpunctuated') throw new Error(`bench/long-article.mjs: unknown shape "${shape}" (sentences or unpunctuated)`);
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const report = makeWriter(seed + 1);
  const parts = [];
  const pieces = [];
  let length = 0;
  while (length < chars) {
    let s = r() < fresh ? report(parts.length).body.join('') : pick(TEMPLATES)(pick, dateWords(r));
    if (shape === 'unpunctuated') s = s.replace(MARKS, '');
    parts.push(s);
    pieces.push({ start: length, end: length + s.length });
    length += s.length;
  }
  return { text: parts.join(''), pieces };
}

if (process.argv[1]?.endsWith('long-article.mjs')) {
  const arg = (k, d) => { const i = process.argv.indexOf(`--${k}`); return i > 0 ? process.argv[i + 1] : d; };
  const { text } = longArticle({ chars: Number(arg('chars', '100000')), seed: Number(arg('seed', '7')), shape: arg('shape', 'sentences') });
  process.stdout.write(`${text}\n`);
}
