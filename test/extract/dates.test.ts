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

describe('weekdays and days of a relative month', () => {
  // Wednesday 18 March 2026; weeks begin on Monday
  const wed = { articleDate: '2026-03-18', pageYear: null };
  const first = (text: string, c = wed): [string | null, string | null] | undefined => {
    const d = findDates(text, c)[0];
    return d && [d.startDate, d.endDate];
  };
  it.each([
    ['上周五，县委召开常委会议', '2026-03-13'],
    ['上星期一下午，会议召开', '2026-03-09'],
    ['本周一，县政协召开主席会议', '2026-03-16'],
    ['这周五上午，活动举行', '2026-03-20'],
    ['下周二，县委将召开全会', '2026-03-24'],
    // without 上/本/下: the last such day on or before the article's date
    ['周四下午，会议召开', '2026-03-12'],
    ['周三，会议召开', '2026-03-18'],
    ['会议于周日上午召开', '2026-03-15'],
    ['本月12日，县委召开常委会议', '2026-03-12'],
    ['上月28日，会议召开', '2026-02-28'],
    ['下月3日起施行', '2026-04-03'],
  ])('%s is %s', (text, day) => {
    expect(first(text)).toEqual([day, day]);
  });
  it('a range of a relative month, and 上月 of a January report', () => {
    expect(first('上月27日至28日，全会召开')).toEqual(['2026-02-27', '2026-02-28']);
    expect(first('上月28日，会议召开', { articleDate: '2026-01-08', pageYear: null })).toEqual(['2025-12-28', '2025-12-28']);
  });
  it('a weekday after a date names that date\'s day, not another', () => {
    expect(findDates('3月6日周五上午，会议召开', wed).map((d) => d.startDate)).toEqual(['2026-03-06']);
    expect(findDates('3月6日（周五）上午，会议召开', wed).map((d) => d.startDate)).toEqual(['2026-03-06']);
  });
  it('周 as a surname, every Monday, a week long: no date', () => {
    expect(findDates('周一鸣主持会议', wed)).toEqual([]);
    expect(findDates('县委每周一召开例会', wed)).toEqual([]);
    expect(findDates('会期一周，共安排六项议程', wed)).toEqual([]);
  });
  it('a day the month does not have is no date', () => {
    expect(first('2月30日，会议召开')).toEqual([null, null]);
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
