import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCommandTableForRegistration, run } from '../../../src/cli/discord-register.js';
import {
  MANAGE_SERVER_PERMISSION,
  registerDiscordCommands,
  toDiscordCommands,
} from '../../../src/platforms/discord/command-definitions.js';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/discord/fake-discord.js';
import { aCommand, aCommandTable } from './a-command-table.js';

const STRING = 3;
const INTEGER = 4;

function definitionsByName() {
  return new Map(toDiscordCommands(Object.values(aCommandTable())).map((definition) => [definition.name, definition]));
}

describe('toDiscordCommands', () => {
  it('exposes every command but the Telegram-only /start', () => {
    expect([...definitionsByName().keys()]).toEqual(['tally', 'history', 'subscribe', 'schedule', 'help']);
  });

  it('restricts admin-only commands to Manage Server by default and leaves the rest open', () => {
    const definitions = definitionsByName();

    expect(MANAGE_SERVER_PERMISSION).toBe('32');
    expect(definitions.get('subscribe')?.default_member_permissions).toBe('32');
    expect(definitions.get('schedule')?.default_member_permissions).toBe('32');
    expect(definitions.get('tally')?.default_member_permissions).toBeNull();
  });

  it('types options, lists required ones first, autocompletes trackers and offers closed choices', () => {
    const definitions = definitionsByName();

    expect(definitions.get('history')?.options).toEqual([
      { type: STRING, name: 'tracker', description: 'Tracker id', required: true, autocomplete: true },
      { type: INTEGER, name: 'count', description: 'How many events', required: false },
    ]);
    expect(definitions.get('subscribe')?.options?.[1]).toEqual({
      type: STRING,
      name: 'alerts',
      description: 'Instant alerts',
      required: false,
      choices: [
        { name: 'on', value: 'on' },
        { name: 'off', value: 'off' },
      ],
    });
  });

  it('works in servers and in DMs with the bot', () => {
    expect(definitionsByName().get('help')?.contexts).toEqual([0, 1]);
  });

  it('clips descriptions to the 100 characters Discord allows', () => {
    const [definition] = toDiscordCommands([aCommand({ name: 'why', description: 'Explains '.repeat(30) })]);

    expect(definition?.description).toHaveLength(100);
    expect(definition?.description.endsWith('…')).toBe(true);
  });

  it('accepts the product’s real command table', async () => {
    const definitions = toDiscordCommands(await loadCommandTableForRegistration());

    expect(definitions.map((definition) => definition.name)).toContain('subscribe');
    expect(definitions.map((definition) => definition.name)).not.toContain('start');
  });

  it('refuses a command name Discord would reject', () => {
    expect(() => toDiscordCommands([aCommand({ name: 'Tally Now' })])).toThrow(/Tally Now/);
  });
});

describe('registering slash commands', () => {
  let fake: FakeDiscord;

  beforeEach(async () => {
    fake = await startFakeDiscord();
  });

  afterEach(async () => {
    await fake.close();
  });

  it('bulk-overwrites the global commands', async () => {
    const registration = await registerDiscordCommands({
      token: fake.token,
      applicationId: fake.applicationId,
      apiBase: fake.apiBase,
      commands: Object.values(aCommandTable()),
    });

    expect(registration).toEqual({ scope: 'global', names: ['tally', 'history', 'subscribe', 'schedule', 'help'] });
    const put = fake.requests.find((request) => request.method === 'PUT');
    expect(put?.path).toBe(`/applications/${fake.applicationId}/commands`);
    expect(put?.authorization).toBe(`Bot ${fake.token}`);
    expect(fake.registeredCommands()).toHaveLength(5);
  });

  it('bulk-overwrites one guild’s commands when given a guild', async () => {
    await registerDiscordCommands({
      token: fake.token,
      applicationId: fake.applicationId,
      apiBase: fake.apiBase,
      commands: Object.values(aCommandTable()),
      guildId: '100000000000000001',
    });

    expect(fake.registeredCommands('100000000000000001')).toHaveLength(5);
    expect(fake.registeredCommands()).toEqual([]);
  });
});

describe('npm run discord:register', () => {
  let fake: FakeDiscord;
  let out: string[];
  let err: string[];

  beforeEach(async () => {
    fake = await startFakeDiscord();
    out = [];
    err = [];
  });

  afterEach(async () => {
    await fake.close();
  });

  const io = () => ({
    env: { DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_BASE: fake.apiBase },
    loadCommands: async () => Object.values(aCommandTable()),
    stdout: (text: string) => out.push(text),
    stderr: (text: string) => err.push(text),
  });

  it('registers globally with the configured token and application', async () => {
    const code = await run([], io());

    expect(code).toBe(0);
    expect(fake.registeredCommands().map((command) => (command as { name: string }).name)).toEqual([
      'tally',
      'history',
      'subscribe',
      'schedule',
      'help',
    ]);
    expect(out.join('')).toContain('Registered 5 slash commands');
  });

  it('registers in one guild with --guild', async () => {
    const code = await run(['--guild', '100000000000000001'], io());

    expect(code).toBe(0);
    expect(fake.registeredCommands('100000000000000001')).toHaveLength(5);
  });

  it('prints the definitions without calling Discord with --dry-run', async () => {
    const code = await run(['--dry-run'], io());

    expect(code).toBe(0);
    expect(JSON.parse(out.join(''))).toHaveLength(5);
    expect(fake.requests).toEqual([]);
  });

  it('asks for the Discord variables when they are missing', async () => {
    const code = await run([], { ...io(), env: {} });

    expect(code).toBe(2);
    expect(err.join('')).toContain('DISCORD_TOKEN');
  });

  it('reports a token Discord refuses', async () => {
    const code = await run([], { ...io(), env: { ...io().env, DISCORD_TOKEN: 'wrong' } });

    expect(code).toBe(1);
    expect(err.join('')).toContain('failed');
  });
});
