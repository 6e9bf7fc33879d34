import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { backupSchema } from '../../src/domain/backup/backup-schema';

const DOC = resolve(process.cwd(), 'docs/backup-format.md');
const START = '<!-- json-schema:start -->';
const END = '<!-- json-schema:end -->';

describe('docs/backup-format.md', () => {
  it('holds the JSON Schema generated from the schema the app validates with', () => {
    const schema = JSON.stringify(
      z.toJSONSchema(backupSchema, { io: 'input', unrepresentable: 'any' }),
      null,
      2,
    );
    const block = `${START}\n\`\`\`json\n${schema}\n\`\`\`\n${END}`;
    const doc = readFileSync(DOC, 'utf8');
    const current = doc.slice(doc.indexOf(START), doc.indexOf(END) + END.length);
    // Regenerate with: UPDATE_DOCS=1 npx vitest run tests/unit/backup-docs.test.ts
    if (process.env.UPDATE_DOCS) writeFileSync(DOC, doc.replace(current, block));
    else expect(current).toBe(block);
  });
});
