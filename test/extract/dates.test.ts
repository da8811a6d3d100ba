import { describe, expect, it } from 'vitest';
import { chineseNumber, datelineDate, findDates, mostFrequentYear } from '../../src/extract/dates.js';

const ctx = { articleDate: '2024-03-16', pageYear: 2024 };

describe('findDates', () => {
  it.each([
    ['2023年12月2日，大会召开', '2023-12-02', '2023-12-02'],
    ['3月14日至15日，推进会召开', '2024-03-14', '2024-03-15'],
    // a range across the new year, looked back on from March: it began last year and ends in this one
    ['12月30日—1月2日', '2023-12-30', '2024-01-02'],
    ['今天上午，仪式举行', '2024-03-16', '2024-03-16'],
    ['昨天下午，会议召开', '2024-03-15', '2024-03-15'],
    ['26日上午，会议召开', '2024-03-26', '2024-03-26'],
    ['二〇二三年十二月二日', '2023-12-02', '2023-12-02'],
  ])('%s', (text, start, end) => {
    const d = findDates(text, ctx)[0]!;
    expect([d.startDate, d.endDate]).toEqual([start, end]);
  });

  it('puts a day well after the article\'s date in the month before (a report of the 30th dated the 1st)', () => {
    expect(findDates('30日晚，招待会举行', { articleDate: '2026-10-01', pageYear: null })[0]?.startDate).toBe('2026-09-30');
    expect(findDates('31日，会议召开', { articleDate: '2025-01-02', pageYear: null })[0]?.startDate).toBe('2024-12-31');
    // an event announced a few days ahead stays in the article's month
    expect(findDates('会议将于28日上午召开', { articleDate: '2026-10-25', pageYear: null })[0]?.startDate).toBe('2026-10-28');
  });

  it('reads a month-day without a year in the year that puts it near the article\'s date', () => {
    // a report of 2 January looks back on 30 December: last year's
    expect(findDates('12月30日，会议召开', { articleDate: '2025-01-02', pageYear: null })[0]?.startDate).toBe('2024-12-30');
    // a report of 28 December announces 3 January: next year's
    expect(findDates('将于1月3日召开', { articleDate: '2024-12-28', pageYear: null })[0]?.startDate).toBe('2025-01-03');
    // looking back most of a year, or ahead a few months, stays in the article's year
    expect(findDates('3月1日，会议召开', { articleDate: '2024-11-20', pageYear: null })[0]?.startDate).toBe('2024-03-01');
    expect(findDates('5月20日起施行', { articleDate: '2024-03-01', pageYear: null })[0]?.startDate).toBe('2024-05-20');
    const range = findDates('12月30日至1月1日，会议召开', { articleDate: '2025-01-02', pageYear: null })[0];
    expect([range?.startDate, range?.endDate]).toEqual(['2024-12-30', '2025-01-01']);
  });

  it('takes the year from the page when the article has no date', () => {
    expect(findDates('12月2日至3日', { articleDate: null, pageYear: 2022 })[0]?.startDate).toBe('2022-12-02');
    expect(findDates('12月2日', { articleDate: null, pageYear: null })[0]?.startDate).toBeNull();
  });
});

describe('helpers', () => {
  it('reads Chinese numbers', () => {
    expect([chineseNumber('十'), chineseNumber('十二'), chineseNumber('二十六'), chineseNumber('三')]).toEqual([10, 12, 26, 3]);
  });
  it('finds the most frequent year', () => {
    expect(mostFrequentYear('2022年工作，2023年计划，2022年总结')).toBe(2022);
    expect(mostFrequentYear('没有年份')).toBeNull();
  });
  it('reads a dateline date', () => {
    expect(datelineDate('本报3月16日讯 今天上午', { articleDate: null, pageYear: 2024 })).toBe('2024-03-16');
    expect(datelineDate('本报讯 今天上午', { articleDate: null, pageYear: 2024 })).toBeNull();
    // a dateline of 30 December in a paper dated 2 January is last year's
    expect(datelineDate('本报12月30日讯 昨天上午', { articleDate: '2025-01-02', pageYear: null })).toBe('2024-12-30');
  });
});
