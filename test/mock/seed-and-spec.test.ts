import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { createMockServer, type MockServer } from '../../src/http/mock-server.js';
import { DEFAULT_SPEC_URL } from '../../src/spec/load.js';
import { createProfileBody } from './support/people.js';
import { send, sendJson } from './support/send.js';

async function readData(mock: MockServer): Promise<string> {
  const profiles = await send(mock, 'GET', '/__mock/profiles');
  const credits = await send(mock, 'GET', '/__mock/credits');
  return `${profiles.text}\n${credits.text}`;
}

describe('seeded data', () => {
  it('is identical across two servers with the same seed, and after a reset', async () => {
    const first = await createMockServer({ seed: 42, clock: 'manual' });
    const second = await createMockServer({ seed: 42, clock: 'manual' });
    const other = await createMockServer({ seed: 43, clock: 'manual' });
    try {
      const data = await readData(first);
      expect(await readData(second)).toBe(data);
      expect(await readData(other)).not.toBe(data);

      await sendJson(first, 'POST', '/v1/add/user', createProfileBody());
      await sendJson(first, 'POST', '/__mock/clock/advance', { seconds: 3600 });
      expect(await readData(first)).not.toBe(data);
      await send(first, 'POST', '/__mock/reset');
      expect(await readData(first)).toBe(data);
    } finally {
      await Promise.all([first.close(), second.close(), other.close()]);
    }
  });
});

describe('a field added to the spec', () => {
  let directory: string;
  let mock: MockServer;

  beforeAll(async () => {
    const document = parse(await readFile(DEFAULT_SPEC_URL, 'utf8'));
    const nickname = { type: 'string', minLength: 2, maxLength: 30, pattern: '^[a-z]+$' };
    document.components.schemas.AddUserRequest.properties.nickname = nickname;
    document.components.schemas.Profile.properties.nickname = nickname;

    directory = await mkdtemp(join(tmpdir(), 'microf1-spec-'));
    const spec = join(directory, 'spec.yaml');
    await writeFile(spec, stringify(document));
    mock = await createMockServer({ spec, seed: 1, clock: 'manual', strict: true });
  });
  afterAll(async () => {
    await mock.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('is accepted and returned with no code change', async () => {
    const created = await sendJson(
      mock,
      'POST',
      '/v1/add/user',
      createProfileBody({ nickname: 'olga' }),
    );
    expect(created.status).toBe(201);
    expect(created.json.nickname).toBe('olga');
  });

  it('is validated: a wrong type is refused', async () => {
    const refused = await sendJson(
      mock,
      'POST',
      '/v1/add/user',
      createProfileBody({ nickname: 42 }),
    );
    expect(refused.status).toBe(422);
    expect(refused.json.errors).toEqual([
      expect.objectContaining({ pointer: '/nickname', code: 'type' }),
    ]);
  });

  it('is filled in the seeded profiles', async () => {
    const profiles = await send(mock, 'GET', '/__mock/profiles');
    const nicknames = profiles.json.map((profile: { nickname?: string }) => profile.nickname);
    expect(
      nicknames.filter((nickname: unknown) => typeof nickname === 'string').length,
    ).toBeGreaterThan(0);
  });
});
