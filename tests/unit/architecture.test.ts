import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS, layersConfig } from '../../eslint/layers.js';

const ROOT = process.cwd();
const SRC = resolve(ROOT, 'src');
const FIXTURES = resolve(ROOT, 'tests/fixtures/layers');

/** A fixture's first lines: the path it pretends to have, and what the linter should say. */
function readFixture(name: string) {
  const code = readFileSync(resolve(FIXTURES, name), 'utf8');
  const as = /^\/\/ as: (\S+)$/m.exec(code)?.[1];
  const expected = /^\/\/ expect: (.+)$/m.exec(code)?.[1];
  if (!as || !expected) throw new Error(`${name} lacks its "// as:" or "// expect:" line`);
  return { code, as, expected };
}

describe('the layers rule', () => {
  // Only the layers rule, with the TypeScript parser: the fixtures are not part of any project.
  const linter = new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } },
      layersConfig(SRC),
    ],
  });

  for (const name of readdirSync(FIXTURES)) {
    const { code, as, expected } = readFixture(name);
    it(`${expected === 'nothing' ? 'lets through' : 'stops'} ${name}`, async () => {
      const [result] = await linter.lintText(code, { filePath: resolve(ROOT, as) });
      const messages = result?.messages.map((message) => message.message) ?? [];
      if (expected === 'nothing') expect(messages).toEqual([]);
      else expect(messages).toEqual([expect.stringContaining(expected)]);
    });
  }

  it('is on, as an error, for every code file in src/ in the project lint config', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    for (const file of ['src/components/rating-row.tsx', 'src/domain/evidence.ts']) {
      const config = (await eslint.calculateConfigForFile(file)) as {
        rules: Record<string, unknown[]>;
      };
      expect(config.rules['layers/imports']?.[0], file).toBe(2);
    }
  });

  it('knows every folder of src/', () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual(Object.keys(LAYERS).sort());
  });
});

/** Every code file under src/, with the src/ paths it imports. */
function importsBySourceFile(): Map<string, string[]> {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.tsx?$/.test(file),
  );
  return new Map(
    files.map((file) => {
      const text = readFileSync(resolve(SRC, file), 'utf8');
      const targets = [...text.matchAll(/from '(\.{1,2}\/[^']+)'/g)].map((match) =>
        relative(SRC, resolve(SRC, dirname(file), match[1]!)),
      );
      return [file, targets];
    }),
  );
}

describe('hooks/', () => {
  it('holds only hooks that components, the app or more than one feature use', () => {
    const imports = importsBySourceFile();
    const hooks = readdirSync(resolve(SRC, 'hooks')).map((file) => file.replace(/\.tsx?$/, ''));
    const lonely = hooks.filter((hook) => {
      const users = [...imports]
        .filter(([, targets]) => targets.includes(`hooks/${hook}`))
        .map(([file]) =>
          file.startsWith('features/') ? file.split('/').slice(0, 2).join('/') : file.split('/')[0],
        );
      const features = new Set(users.filter((user) => user?.startsWith('features/')));
      return (
        !users.some((user) => ['components', 'app', 'hooks'].includes(user ?? '')) &&
        features.size < 2
      );
    });
    // A hook one feature alone uses belongs in that feature's folder.
    expect(lonely).toEqual([]);
  });
});

const DOC = resolve(ROOT, 'docs/architecture.md');
const START = '<!-- layers:start -->';
const END = '<!-- layers:end -->';

describe('docs/architecture.md', () => {
  it('lists the layers and what each may use exactly as the linter enforces them', () => {
    const rows = Object.entries(LAYERS).map(
      ([name, layer]) =>
        `| \`${name}/\` | ${layer.what} | ${layer.uses.map((use) => `\`${use}\``).join(', ') || '–'} |`,
    );
    const block = [
      START,
      '| layer | what | may import |',
      '| --- | --- | --- |',
      ...rows,
      END,
    ].join('\n');
    const doc = readFileSync(DOC, 'utf8');
    const current = doc.slice(doc.indexOf(START), doc.indexOf(END) + END.length);
    // Regenerate with: UPDATE_DOCS=1 npx vitest run tests/unit/architecture.test.ts
    if (process.env.UPDATE_DOCS) writeFileSync(DOC, doc.replace(current, block));
    else expect(current).toBe(block);
  });
});
