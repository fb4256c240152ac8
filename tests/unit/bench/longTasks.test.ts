import { describe, expect, it } from 'vitest';
import { summarizeLongTasks, totalBlockingTime } from '../../../bench/longTasks.ts';

describe('totalBlockingTime', () => {
  it('counts what each task inside the window runs past 50 ms', () => {
    const tasks = [
      { startTime: 1000, duration: 120 },
      { startTime: 1500, duration: 50 },
      { startTime: 2000, duration: 51 },
    ];
    expect(totalBlockingTime(tasks, 500, 3000)).toBe(70 + 0 + 1);
  });

  it('leaves out tasks that end before FCP or start after map idle', () => {
    const tasks = [
      { startTime: 100, duration: 300 },
      { startTime: 3100, duration: 400 },
    ];
    expect(totalBlockingTime(tasks, 500, 3000)).toBe(0);
  });

  it('clips a task that straddles FCP or map idle to the window, as Lighthouse does', () => {
    // 400..600 with FCP at 500: 100 ms inside, 50 of them blocking.
    expect(totalBlockingTime([{ startTime: 400, duration: 200 }], 500, 3000)).toBe(50);
    // 2900..3200 with idle at 3000: 100 ms inside.
    expect(totalBlockingTime([{ startTime: 2900, duration: 300 }], 500, 3000)).toBe(50);
  });
});

describe('summarizeLongTasks', () => {
  it('counts, sums and takes the longest of the tasks started before map idle, blocking from FCP (TBT) and from navigation', () => {
    const tasks = [
      { startTime: 100, duration: 300 },
      { startTime: 1000, duration: 80 },
      { startTime: 5000, duration: 900 },
    ];
    // From navigation the first task blocks for 250 ms, of which nothing falls after FCP (500).
    expect(summarizeLongTasks(tasks, 500, 3000)).toEqual({ count: 2, sum: 380, longest: 300, tbt: 30, blocking: 280 });
  });

  it('is all zeros without long tasks', () => {
    expect(summarizeLongTasks([], 0, 1000)).toEqual({ count: 0, sum: 0, longest: 0, tbt: 0, blocking: 0 });
  });
});
