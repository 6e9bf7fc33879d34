/**
 * Data for the browser benchmark, built from the app's own sample workshop so every record has
 * the shape the app writes: a large workshop (5,000 evidence items, 20 participants' ratings,
 * 200 actions, 10 reviews with re-ratings) as a backup file, and a 10,000-row feedback CSV.
 */
import Papa from 'papaparse';
import { createBackup, parseBackup } from '../../src/domain/backup/backup';
import { PRINCIPLE_IDS } from '../../src/domain/principles';
import { buildSampleWorkshop } from '../../src/domain/sample/sample-workshop';
import type { ParticipantGroup, Score } from '../../src/domain/types';
import type { WorkshopContent } from '../../src/domain/workshop-content';

export const LARGE = { evidence: 5000, participants: 20, actions: 200, reviews: 10 } as const;

const GROUPS: ParticipantGroup[] = ['management', 'staff', 'customerFacing', 'other'];
const scoreOf = (n: number) => ((n % 5) + 1) as Score;

function daysFrom(now: Date, days: number): string {
  const date = new Date(now);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function buildLargeWorkshop(now: Date): WorkshopContent {
  const newId = () => crypto.randomUUID();
  const content = buildSampleWorkshop('fi', newId, now);
  const stamp = now.toISOString();
  const base = { workshopId: content.workshop.id, createdAt: stamp, updatedAt: stamp };
  content.workshop.title = 'Suuri työpaja (suorituskykytesti)';

  const evidence = content.evidence;
  content.evidence = Array.from({ length: LARGE.evidence }, (_, i) => ({
    ...evidence[i % evidence.length]!,
    id: newId(),
    text: `${evidence[i % evidence.length]!.text} (${i + 1})`,
    tags: i % 3 === 0 ? [`tunniste-${i % 17}`] : [],
  }));

  const action = content.actions;
  content.actions = Array.from({ length: LARGE.actions }, (_, i) => ({
    ...action[i % action.length]!,
    id: newId(),
    order: i,
    title: `${action[i % action.length]!.title} (${i + 1})`,
    impact: scoreOf(i),
    effort: scoreOf(i * 3 + 1),
    quickWinRank: i < 3 ? i + 1 : null,
    startDate: daysFrom(now, (i % 24) * 15 - 30),
    dueDate: daysFrom(now, (i % 24) * 15 + 30),
  }));

  content.participants = Array.from({ length: LARGE.participants }, (_, i) => ({
    ...base,
    id: newId(),
    name: `Osallistuja ${i + 1}`,
    group: GROUPS[i % GROUPS.length]!,
    order: i,
  }));

  const held = content.reviews[0]!;
  content.reviews = Array.from({ length: LARGE.reviews }, (_, i) => ({
    ...held,
    id: newId(),
    date: daysFrom(now, 30 * (i + 1)),
    isHeld: i < 6,
    actionNotes: content.actions.slice(i * 10, i * 10 + 10).map((a) => ({
      actionId: a.id,
      status: a.status,
      note: `Tilanne seurantakatsauksessa ${i + 1}`,
    })),
  }));

  // The workshop's own assessment ('') and a re-rating at every review.
  content.ratings = ['', ...content.reviews.map((review) => review.id)].flatMap((reviewId, r) =>
    content.participants.flatMap((participant, p) =>
      PRINCIPLE_IDS.map((principleId, c) => ({
        ...base,
        id: newId(),
        participantId: participant.id,
        principleId,
        score: scoreOf(p + c + r),
        comment: p % 4 === 0 ? 'Näkyy asiakaspalautteessa' : '',
        evidenceIds: [],
        reviewId,
      })),
    ),
  );

  content.votes = content.participants.flatMap((participant, p) =>
    [0, 1, 2].map((k) => ({
      ...base,
      id: newId(),
      participantId: participant.id,
      actionId: content.actions[(p * 7 + k * 13) % content.actions.length]!.id,
      dots: 1,
    })),
  );
  return content;
}

/** The backup file text; checked with the app's own reader so a broken generator fails loudly. */
export function largeWorkshopBackup(now: Date): { text: string; content: WorkshopContent } {
  const content = buildLargeWorkshop(now);
  const text = createBackup([content], now.toISOString());
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(`Generated backup is invalid: ${parsed.code} ${parsed.detail}`);
  return { text, content };
}

/** A sample workshop's content, for the bare PDF reference of the sample report. */
export function sampleWorkshop(now: Date): WorkshopContent {
  return buildSampleWorkshop('fi', () => crypto.randomUUID(), now);
}

export function feedbackCsv(rows: number): string {
  return Papa.unparse(
    {
      fields: ['Pvm', 'Palaute', 'Arvosana', 'Toimipiste'],
      data: Array.from({ length: rows }, (_, i) => [
        `${(i % 28) + 1}.3.2026`,
        `Palaute numero ${i + 1}: jono oli pitkä, mutta henkilökunta oli ystävällistä`,
        String((i % 5) + 1),
        `Piste ${i % 12}`,
      ]),
    },
    { delimiter: ';' },
  );
}
