// eachResult (src/extract/pipeline.ts): the results of a worker's batch handed out run by run, as extractItems
// gives them all at once and as each item alone gives them; a chunk of JSON lines is parsed and extracted in runs.
import { describe, expect, it, vi } from 'vitest';

/** extractRecords' runs ('run:<records>') and the results taken, in the order they happen */
const events: string[] = vi.hoisted(() => []);
vi.mock('../../src/extract/page.js', async (original) => {
  const page = await original<typeof import('../../src/extract/page.js')>();
  return { ...page, extractRecords: (inputs: Parameters<typeof page.extractRecords>[0], opts: Parameters<typeof page.extractRecords>[1]) => {
    events.push(`run:${inputs.length}`);
    return page.extractRecords(inputs, opts);
  } };
});
import { eachResult, extractItems, type ExtractResult } from '../../src/extract/pipeline.js';
import { recordsOfChunk } from '../../src/io/jsonl-chunks.js';
import type { InputItem, LinesItem } from '../../src/io/input-item.js';

const TOWNS = ['青禾镇', '石桥乡', '柳溪镇', '云台乡', '白鹭镇'];
const PEOPLE = ['杜明远', '范晓岚', '郝建平', '冉秋月', '蒲志刚'];

/** 40 short articles of a county paper as JSON lines; lines 7 and 23 are broken. */
function chunk(): LinesItem {
  const lines = Array.from({ length: 40 }, (_, i) => {
    if (i === 6 || i === 22) return '{"id": "broken", "text": ';
    const town = TOWNS[i % TOWNS.length] as string;
    const who = PEOPLE[i % PEOPLE.length] as string;
    return JSON.stringify({ id: `a${i}`, date: '2026-03-1' + (i % 10), title: `${town}召开春耕生产推进会`,
      text: `本报讯 ${i + 1}日上午，${town}召开春耕生产推进会。镇党委书记${who}出席会议并讲话。` });
  });
  return { kind: 'lines', source: 'county.jsonl', line: 1, text: `${lines.join('\n')}\n` };
}

const PAGE_TEXT = '本报讯 昨天，柳溪镇召开安全生产工作会议。镇长郝建平主持会议。\n';
const page: InputItem = { kind: 'page', source: 'page.txt', original: PAGE_TEXT, text: PAGE_TEXT };

describe('eachResult', () => {
  it('hands out what extractItems returns, in order, and what each item gives alone', () => {
    const items: InputItem[] = [chunk(), { kind: 'error', source: 'gone.txt', message: 'gone.txt: no such file' }, page];
    const taken: ExtractResult[] = [];
    eachResult(items, {}, (r) => taken.push(r));
    expect(taken).toEqual(extractItems(items, {}));
    const alone = [...recordsOfChunk(chunk()), items[1] as InputItem, page].flatMap((item) => extractItems([item], {}));
    expect(taken).toEqual(alone);
    expect(taken).toHaveLength(40 + 1 + 1);
    const errors = taken.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.message));
    expect(errors[0]).toContain('county.jsonl:7');
    expect(errors[1]).toContain('county.jsonl:23');
    expect(errors[2]).toContain('gone.txt');
  });

  it('extracts a chunk in runs of at most 16 records, handing out each run\'s results before the next run', () => {
    events.length = 0;
    eachResult([chunk()], {}, () => events.push('take'));
    const runs = events.filter((e) => e !== 'take');
    expect(runs.length).toBeGreaterThanOrEqual(3);
    for (const r of runs) expect(Number(r.slice(4))).toBeLessThanOrEqual(16);
    expect(events.indexOf('take')).toBeLessThan(events.lastIndexOf(runs[runs.length - 1] as string));
    expect(events.filter((e) => e === 'take')).toHaveLength(40);
  });
});
