import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// No Docker engine runs here, so the Dockerfile is checked by reading: its stages, the files it
// copies from the project, the user it runs as, and the command it starts.
const root = new URL('../../', import.meta.url);
const dockerfile = readFileSync(new URL('Dockerfile', root), 'utf8');
const instructions = dockerfile
  .replace(/\\\n\s*/g, ' ')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'));
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  scripts: Record<string, string>;
};

function withKeyword(keyword: string): string[] {
  return instructions
    .filter((line) => line.startsWith(`${keyword} `))
    .map((line) => line.slice(keyword.length + 1));
}

describe('the Dockerfile', () => {
  it('builds in more than one stage on a Node.js 20 image', () => {
    const stages = withKeyword('FROM');
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage).toMatch(/^node:20/);
  });

  it('copies only paths that exist in the project', () => {
    const sources = withKeyword('COPY')
      .filter((args) => !args.startsWith('--from'))
      .flatMap((args) => args.split(/\s+/).slice(0, -1));
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(existsSync(new URL(source, root)), source).toBe(true);
  });

  it('runs the build script that package.json defines', () => {
    const runs = withKeyword('RUN').join('\n');
    expect(runs).toContain('npm run build');
    expect(manifest.scripts.build).toBeDefined();
  });

  it('runs as a non-root user with a health check', () => {
    expect(withKeyword('USER')).toEqual(['node']);
    expect(withKeyword('HEALTHCHECK')[0]).toContain('/__mock/health');
  });

  it('starts the mock on all interfaces at port 4010', () => {
    const command = JSON.parse(withKeyword('CMD').at(-1) ?? '[]') as string[];
    expect(command.slice(0, 3)).toEqual(['node', 'bin/microf1.js', 'mock']);
    expect(existsSync(new URL(command[1] ?? '', root))).toBe(true);
    expect(command.join(' ')).toContain('--host 0.0.0.0 --port 4010');
    expect(withKeyword('EXPOSE')).toEqual(['4010']);
  });
});
