import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../src/core/commands/command.js';
import { createCommands } from '../../../src/core/commands/create-commands.js';
import { aTracker } from '../compose/builders.js';

const commands = createCommands({
  trackers: [aTracker()],
  store: new Keyv(),
  clock: () => new Date('2020-04-09T10:00:00Z'),
  readTallies: async () => [],
  readFeedHealth: async () => [],
});

function command(name: string): Command {
  const found = commands.find((c) => c.name === name);
  if (!found) throw new Error(`no /${name}`);
  return found;
}

describe('the command table', () => {
  it('has every command once, with admin-only ones marked', () => {
    expect(commands.map((c) => c.name)).toEqual([
      'start',
      'help',
      'trackers',
      'subscribe',
      'unsubscribe',
      'tally',
      'history',
      'schedule',
      'status',
    ]);
    expect(commands.filter((c) => c.adminOnly).map((c) => c.name)).toEqual([
      'subscribe',
      'unsubscribe',
      'schedule',
      'status',
    ]);
  });

  it('uses only the shared option names', () => {
    const names = new Set(commands.flatMap((c) => c.options.map((o) => o.name)));
    expect([...names].sort()).toEqual(['alerts', 'count', 'cron', 'timezone', 'tracker']);
  });
});

describe('parseText', () => {
  it.each([
    ['subscribe', 'northland-2020 alerts off', { tracker: 'northland-2020', alerts: 'off' }],
    ['subscribe', 'northland-2020', { tracker: 'northland-2020' }],
    ['subscribe', 'northland-2020 alerts=on', { tracker: 'northland-2020', alerts: 'on' }],
    ['unsubscribe', '', {}],
    ['tally', 'northland-2020', { tracker: 'northland-2020' }],
    ['history', '20', { count: '20' }],
    ['history', 'northland-2020 5', { tracker: 'northland-2020', count: '5' }],
    ['history', '5 northland-2020', { tracker: 'northland-2020', count: '5' }],
    ['schedule', '0 18 * * * Asia/Kabul', { cron: '0 18 * * *', timezone: 'Asia/Kabul' }],
    ['schedule', '0 18 * * *', { cron: '0 18 * * *' }],
    ['schedule', '0 0 18 * * mon-fri', { cron: '0 0 18 * * mon-fri' }],
    ['schedule', '30 8 * * mon UTC', { cron: '30 8 * * mon', timezone: 'UTC' }],
    ['schedule', 'off', { cron: 'off' }],
    ['help', 'anything', {}],
  ])('/%s %s', (name, input, args) => {
    expect(command(name).parseText(input)).toEqual({ ok: true, args });
  });

  it.each([
    ['subscribe', 'northland-2020 alerts maybe', '"alerts" takes on or off'],
    ['subscribe', 'a b', 'I did not understand "b"'],
    ['tally', 'a b', 'Usage: /tally [TRACKER]'],
    ['history', 'a 5 b', 'I did not understand "b"'],
    ['schedule', '', 'Give a schedule or "off"'],
  ])('/%s %s is refused with a reason', (name, input, reason) => {
    const parsed = command(name).parseText(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(reason);
  });
});
