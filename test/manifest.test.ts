import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRootLogger } from '../src/logging/logger.ts';
import { buildCatalog } from '../src/search/catalog.ts';
import { ACTION_IDS, BOT_EVENTS, COMMANDS, SHORTCUTS, VIEW_CALLBACK_IDS } from '../src/slack/action-ids.ts';
import { createAnswerQueue } from '../src/slack/answer-queue.ts';
import { registerListeners } from '../src/slack/listeners/index.ts';
import type { ListenerRegistrar } from '../src/slack/listeners/listener-registrar.ts';
import { memoryStream } from './support/memory-stream.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schemaPath = path.resolve(repoRoot, '../shared/slack/manifest.schema.1.0.0.json');

interface Manifest {
  display_information: { name: string; long_description?: string };
  features: {
    slash_commands?: { command: string }[];
    app_home?: { home_tab_enabled?: boolean };
    shortcuts?: { callback_id: string; type: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

const manifest = parse(readFileSync(path.join(repoRoot, 'manifest.yml'), 'utf8')) as Manifest;

/** What the code registers, learned by running the real registration against a recorder. */
function registered() {
  const seen = {
    commands: [] as string[],
    events: [] as string[],
    actions: [] as string[],
    shortcuts: [] as string[],
    views: [] as string[],
  };
  const recorder = {
    command: (name: string) => seen.commands.push(name),
    event: (name: string) => seen.events.push(name),
    action: (id: string) => seen.actions.push(id),
    shortcut: (id: string) => seen.shortcuts.push(id),
    view: (id: string) => seen.views.push(id),
  } as unknown as ListenerRegistrar;
  const logger = createRootLogger({ level: 'silent', destination: memoryStream().stream });
  const catalog = buildCatalog([]);
  registerListeners(recorder, {
    getCatalog: () => catalog,
    logger,
    now: () => new Date(0),
    answers: createAnswerQueue(),
  });
  return seen;
}

/** Bolt hears `message.im` (and other `message.*` subscriptions) as `message`. */
const boltEventName = (manifestEvent: string) => manifestEvent.split('.')[0] ?? manifestEvent;

describe('manifest.yml', () => {
  if (existsSync(schemaPath)) {
    it("is valid against Slack's published manifest schema", () => {
      const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
      const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
      const valid = validate(manifest);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    });
  } else {
    it.skip(`is valid against Slack's manifest schema (skipped: ${schemaPath} is absent)`, () => {});
  }

  it('declares exactly the slash commands the code registers', () => {
    const declared = (manifest.features.slash_commands ?? []).map((c) => c.command).sort();
    expect(declared).toEqual([...registered().commands].sort());
    expect(declared).toEqual(Object.values(COMMANDS).sort());
  });

  it('subscribes to exactly the bot events the code listens to', () => {
    const declared = manifest.settings.event_subscriptions.bot_events;
    expect([...declared].sort()).toEqual([...BOT_EVENTS].sort());
    expect(declared.map(boltEventName).sort()).toEqual([...registered().events].sort());
  });

  it('enables interactivity for the buttons the code handles, and those are the renderers’ ids', () => {
    expect(registered().actions.sort()).toEqual(Object.values(ACTION_IDS).sort());
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('declares exactly the message shortcuts the code registers', () => {
    const declared = (manifest.features.shortcuts ?? []).map((s) => s.callback_id).sort();
    expect(declared).toEqual([...registered().shortcuts].sort());
    expect(declared).toEqual(Object.values(SHORTCUTS).sort());
    expect((manifest.features.shortcuts ?? []).every((s) => s.type === 'message')).toBe(true);
  });

  it('handles the submission of every modal form the code declares', () => {
    expect(registered().views.sort()).toEqual(Object.values(VIEW_CALLBACK_IDS).sort());
  });

  it('asks for the scopes its events and replies need', () => {
    const scopes = manifest.oauth_config.scopes.bot;
    expect(scopes).toEqual(
      expect.arrayContaining(['commands', 'chat:write', 'app_mentions:read', 'im:history', 'files:read']),
    );
  });

  it('has a Home tab, Socket Mode, and a long description Slack accepts', () => {
    expect(manifest.features.app_home?.home_tab_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    const length = manifest.display_information.long_description?.length ?? 0;
    expect(length).toBeGreaterThanOrEqual(175);
    expect(length).toBeLessThanOrEqual(4000);
  });
});
