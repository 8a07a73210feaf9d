import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSiteConfig } from './load-site-config.ts';
import { siteConfigJsonSchema } from './site-config-json-schema.ts';

const writeConfig = (config: unknown): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'site-config-'));
  const file = path.join(dir, 'site.config.json');
  writeFileSync(file, JSON.stringify(config));
  return file;
};

describe('site config', () => {
  test('the published JSON Schema is the one the zod schema gives (run `npm run config:schema` after a change)', () => {
    expect(JSON.parse(readFileSync('site.config.schema.json', 'utf8'))).toEqual(siteConfigJsonSchema());
  });

  test('the default config resolves its sources below content/, document paths relative to it', () => {
    const config = loadSiteConfig('site.config.json');
    expect(config.contentRoot).toBe(path.resolve('content'));
    expect(config.sources.map((source) => [source.contentDir, source.route])).toEqual([
      ['azure-ai-docs/articles', '/guides/azure/'],
      ['cloud.google.com', '/guides/google-cloud/'],
      ['', '/about/'],
    ]);
  });

  test('an invalid config names the file and each key', () => {
    const file = writeConfig({ title: 'x', description: 'y', sources: [{ dir: '.', route: 'guides', publisher: 'P', license: 'L', url: 'javascript:alert(1)' }] });
    expect(() => loadSiteConfig(file)).toThrow(`${file}: invalid site config`);
    expect(() => loadSiteConfig(file)).toThrow(/sources\[0\]\.route: a route starts and ends with `\/`/);
    expect(() => loadSiteConfig(file)).toThrow(/sources\[0\]\.url: an http\(s\) URL/);
  });

  test('a source folder that does not exist names its key', () => {
    const file = writeConfig({ title: 'x', description: 'y', sources: [{ dir: 'nowhere', route: '/g/', publisher: 'P', license: 'L' }] });
    expect(() => loadSiteConfig(file)).toThrow('sources[0].dir: `nowhere` is not a folder');
  });
});
