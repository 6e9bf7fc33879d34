import { z } from 'zod';
import { PRINCIPLE_IDS } from '../principles';
import { LIMITS } from '../limits';

/**
 * The backup file format, version 1. The same schema validates imports and generates the JSON
 * Schema in docs/backup-format.md. Unknown keys are dropped; over-long texts are cut.
 */
const text = (max: number) => z.string().transform((value) => value.slice(0, max));
const short = text(LIMITS.shortText);
const long = text(LIMITS.longText);
const id = z.string().min(1).max(100);
const isoDate = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);
const timestamp = z.string().max(40);
const score = z
  .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)])
  .nullable();
const principle = z.enum(PRINCIPLE_IDS);
const stamped = { id, createdAt: timestamp, updatedAt: timestamp };
const owned = { ...stamped, workshopId: id };
const order = z.number().int().min(0).max(1_000_000);
const listEntry = z.object({ id, text: text(LIMITS.listEntry) });
const status = z.enum(['idea', 'planned', 'inProgress', 'done', 'dropped']);

const workshop = z.object({
  ...stamped,
  organisation: short.refine((value) => value.trim().length > 0, 'required'),
  title: short.refine((value) => value.trim().length > 0, 'required'),
  date: isoDate,
  facilitator: short,
  mode: z.enum(['facilitated', 'self']),
  language: z.enum(['fi', 'en']),
  currentStatement: long,
  strengths: z.array(listEntry).max(LIMITS.listLength),
  weaknesses: z.array(listEntry).max(LIMITS.listLength),
  mission: long.default(''),
  vision: long.default(''),
  wordOfMouthGood: z.number().int().min(0).max(1000).nullable().default(null),
  wordOfMouthBad: z.number().int().min(0).max(1000).nullable().default(null),
  targetStatement: long,
  isSatisfied: z.boolean().nullable().default(null),
  communicationPlan: long.default(''),
  targetLevels: z.partialRecord(principle, score.unwrap()).default({}),
  principleImportance: z.partialRecord(principle, score.unwrap()).default({}),
  statementUses: z
    .partialRecord(
      z.enum([
        'recruiting',
        'onboarding',
        'dailyReminders',
        'customerPromises',
        'serviceDesign',
        'offers',
        'communicationGuidelines',
      ]),
      z.object({ isUsed: z.boolean(), note: text(LIMITS.listEntry) }),
    )
    .default({}),
  dotsPerParticipant: z.number().int().min(1).max(20).default(5),
  timer: z
    .object({
      stepId: id,
      runningSince: z.number().int().min(0).nullable(),
      elapsedMs: z.number().int().min(0),
      extraMinutes: z.number().int().min(0).max(1000),
    })
    .nullable()
    .default(null),
  templateId: short.default(''),
  redactionNames: z
    .array(
      z.object({
        id,
        name: short,
        role: z.enum(['customer', 'staff', 'participant', 'removed']),
      }),
    )
    .max(LIMITS.listLength)
    .default([]),
  agendaStartTime: z.union([z.literal(''), z.string().regex(/^\d{1,2}:\d{2}$/)]).default(''),
});

const action = z.object({
  ...owned,
  title: text(LIMITS.listEntry),
  owner: short,
  dueDate: isoDate,
  status,
  order,
  description: long.default(''),
  category: z
    .enum([
      'serviceDevelopment',
      'qualityManual',
      'training',
      'communicationGuidelines',
      'feedbackSystem',
      'recruitment',
      'offers',
      'missionValues',
      'sharedReflection',
      'other',
    ])
    .default('other'),
  addresses: z.array(id).max(LIMITS.listLength).default([]),
  startDate: isoDate.default(''),
  expectedEffect: long.default(''),
  indicatorId: z.string().max(100).default(''),
  impact: score.default(null),
  effort: score.default(null),
  quickWinRank: z.number().int().min(1).max(3).nullable().default(null),
  roomSessionId: z.string().max(100).optional(),
});

const evidence = z.object({
  ...owned,
  text: long,
  kind: z.enum(['feedback', 'story', 'interview', 'staffObservation', 'surveyResult']),
  tone: z.enum(['praise', 'complaint', 'suggestion', 'neutral']),
  channel: short,
  touchpointId: z.string().max(100),
  segmentId: z.string().max(100),
  date: isoDate,
  tags: z.array(short).max(LIMITS.listLength),
  themeId: z.string().max(100),
  principleIds: z.array(principle).max(7).default([]),
  rejectedPrincipleIds: z.array(principle).max(7).default([]),
});

const named = z.object({ ...owned, name: short, order });
const touchpoint = z.object({
  ...owned,
  stageId: id,
  name: short,
  order,
  isCritical: z.boolean(),
  importance: score,
  performance: score,
  targetLevel: score.default(null),
  feels: text(LIMITS.listEntry).default(''),
  knows: text(LIMITS.listEntry).default(''),
  does: text(LIMITS.listEntry).default(''),
});

export const workshopContentSchema = z.object({
  workshop,
  actions: z.array(action).default([]),
  evidence: z.array(evidence).default([]),
  themes: z.array(named).default([]),
  journeyStages: z.array(named).default([]),
  touchpoints: z.array(touchpoint).default([]),
  segments: z
    .array(
      z.object({ ...owned, name: short, description: long, needs: long, importance: score, order }),
    )
    .default([]),
  orgValues: z.array(z.object({ ...owned, name: short, cultureNote: long, order })).default([]),
  participants: z
    .array(
      z.object({
        ...owned,
        name: short,
        group: z.enum(['management', 'staff', 'customerFacing', 'other', '']),
        order,
        roomSessionId: z.string().max(100).optional(),
      }),
    )
    .default([]),
  ratings: z
    .array(
      z.object({
        ...owned,
        participantId: id,
        principleId: principle,
        score,
        comment: text(LIMITS.listEntry),
        evidenceIds: z.array(id).max(LIMITS.listLength),
        reviewId: z.string().max(100),
        roomSessionId: z.string().max(100).optional(),
      }),
    )
    .default([]),
  promises: z
    .array(
      z.object({
        ...owned,
        text: text(LIMITS.listEntry),
        principleIds: z.array(principle).max(7),
        order,
      }),
    )
    .default([]),
  indicators: z
    .array(
      z.object({
        ...owned,
        name: short,
        unit: short,
        baseline: short,
        target: short,
        targetDate: isoDate,
        method: text(LIMITS.listEntry),
        order,
      }),
    )
    .default([]),
  votes: z
    .array(
      z.object({
        ...owned,
        participantId: id,
        actionId: id,
        dots: z.number().int().min(0).max(20),
        roomSessionId: z.string().max(100).optional(),
      }),
    )
    .default([]),
  reviews: z
    .array(
      z.object({
        ...owned,
        date: isoDate,
        reporter: short,
        format: short,
        notes: long,
        isHeld: z.boolean(),
        actionNotes: z
          .array(z.object({ actionId: id, status, note: text(LIMITS.listEntry) }))
          .max(LIMITS.listLength * 5),
      }),
    )
    .default([]),
  agendaSteps: z
    .array(
      z.object({
        ...owned,
        kind: short,
        title: short,
        minutes: z.number().int().min(0).max(1000),
        order,
        isSkipped: z.boolean(),
        notes: long,
      }),
    )
    .default([]),
  roomSessions: z
    .array(
      z.object({
        ...owned,
        activity: z.enum(['ratings', 'ideas', 'votes']),
        status: z.enum(['active', 'closed', 'revealed']),
        pinHash: z.string().regex(/^[0-9a-f]{64}$/),
        pinSalt: z.string().regex(/^[0-9a-f]{32}$/),
        isAnonymous: z.boolean(),
        entryCount: z.number().int().min(0).max(10_000),
        revealedAt: timestamp,
      }),
    )
    .default([]),
});

export const BACKUP_FORMAT = 'palvelupolku-backup';
export const BACKUP_VERSION = 1;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: timestamp,
  workshops: z.array(workshopContentSchema).max(1000),
});
