import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PrincipleId } from '../../src/domain/principles';

const CODES: Record<string, PrincipleId> = {
  G: 'genuineEncounter',
  N: 'recognisingNeeds',
  S: 'situationalAwareness',
  M: 'smoothness',
  R: 'responsibility',
  C: 'communication',
  X: 'exceedingExpectations',
};

export type CorpusSentence = { text: string; expected: PrincipleId[] };

/** Reads tests/fixtures/principle-corpus-<name>.tsv: codes TAB sentence, # for comments. */
export function readCorpus(language: string): CorpusSentence[] {
  const file = join(import.meta.dirname, '..', 'fixtures', `principle-corpus-${language}.tsv`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [codes = '', text = ''] = line.split('\t');
      const expected = codes === '-' ? [] : codes.split(',').map((code) => CODES[code.trim()]);
      if (!text || expected.some((id) => id === undefined)) throw new Error(`Bad line: ${line}`);
      return { text, expected: expected as PrincipleId[] };
    });
}

export type Scores = { precision: number; recall: number; sentences: number };

/** Micro-averaged precision and recall over all (sentence, principle) pairs. */
export function score(
  corpus: readonly CorpusSentence[],
  suggest: (text: string) => PrincipleId[],
): Scores & { misses: string[] } {
  let truePositives = 0;
  let suggested = 0;
  let expectedTotal = 0;
  const misses: string[] = [];
  for (const { text, expected } of corpus) {
    const got = suggest(text);
    const hits = got.filter((id) => expected.includes(id)).length;
    truePositives += hits;
    suggested += got.length;
    expectedTotal += expected.length;
    if (hits !== got.length || hits !== expected.length) {
      misses.push(`${expected.join(',') || '-'} | got ${got.join(',') || '-'} | ${text}`);
    }
  }
  return {
    precision: suggested === 0 ? 0 : truePositives / suggested,
    recall: expectedTotal === 0 ? 0 : truePositives / expectedTotal,
    sentences: corpus.length,
    misses,
  };
}
