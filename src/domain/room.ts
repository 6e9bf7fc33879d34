/**
 * Room mode: participants enter their input in turn on one device; the entries stay hidden until
 * the facilitator reveals them all at once. Pure rules, no React, no Dexie.
 */
import { summarisePrinciples, type PrincipleSummary } from './assessment-stats';
import { summariseStaffCheck, type StaffSummary } from './staff-check';
import type { Language, Participant, Rating, StaffRating, Vote } from './types';

export const PIN_PATTERN = /^\d{4,6}$/;

/** PINs tried first by anyone guessing: one digit repeated, a run up or down, a pair repeated. */
export function isTrivialPin(pin: string): boolean {
  const digits = [...pin].map(Number);
  const steps = digits.slice(1).map((digit, index) => (digit - digits[index]! + 10) % 10);
  if (steps.every((step) => step === 0 || step === 1) && new Set(steps).size === 1) return true;
  if (steps.every((step) => step === 9)) return true;
  if (/^(\d\d)\1+$/.test(pin) || /^(\d\d\d)\1$/.test(pin)) return true;
  return ['2580', '0852', '1379', '1397', '1470', '0007', '1004', '2000', '2468'].includes(pin);
}

/** A PIN is 4–6 digits and not one of the first guesses (1234, 0000, 1212…). */
export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin) && !isTrivialPin(pin);
}

/** After this many wrong PINs, each further attempt waits longer: 2 s, 4 s, 8 s… up to 5 min. */
export const FREE_PIN_ATTEMPTS = 3;
export function pinRetryDelayMs(failedAttempts: number): number {
  if (failedAttempts < FREE_PIN_ATTEMPTS) return 0;
  return Math.min(2 ** (failedAttempts - FREE_PIN_ATTEMPTS + 1) * 1000, 5 * 60_000);
}

/** Stands in for the PIN hash once a session is over: hex like a hash, matched by no PIN. */
export const NO_PIN = { pinHash: '0'.repeat(64), pinSalt: '0'.repeat(32) } as const;

const PARTICIPANT_LABEL: Record<Language, string> = { fi: 'Osallistuja', en: 'Participant' };

/** "Participant 3" / "Osallistuja 3", in the workshop's language (it is stored data). */
export function anonymousName(language: Language, number: number): string {
  return `${PARTICIPANT_LABEL[language]} ${number}`;
}

const ANONYMOUS_NAME = /^(?:Osallistuja|Participant) (\d+)$/;

/** The next free number of an anonymous room participant, over the whole workshop. */
export function nextAnonymousNumber(participants: readonly Participant[]): number {
  let highest = 0;
  for (const participant of participants) {
    const match = participant.roomSessionId ? ANONYMOUS_NAME.exec(participant.name) : null;
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return highest + 1;
}

/** Every score given, sorted, so the projector shows each voice. */
type WithScores = { scores: number[] };
export type RoomRatingSummary = PrincipleSummary & WithScores;
export type RoomStaffSummary = StaffSummary & WithScores;

const sortedScores = (ratings: readonly { score: number | null }[]) =>
  ratings.flatMap((rating) => (rating.score === null ? [] : [rating.score])).sort((a, b) => a - b);

/** Mean, spread and every score per principle from one session's ratings. */
export function summariseRoomRatings(
  ratings: readonly Rating[],
  participants: readonly Participant[],
): RoomRatingSummary[] {
  return summarisePrinciples(ratings, participants).map((summary) => ({
    ...summary,
    scores: sortedScores(ratings.filter((rating) => rating.principleId === summary.principleId)),
  }));
}

/** Mean, spread and every score per staff statement from one session's staff ratings. */
export function summariseRoomStaffRatings(
  ratings: readonly StaffRating[],
  participants: readonly Participant[],
): RoomStaffSummary[] {
  return summariseStaffCheck(ratings, participants).map((summary) => ({
    ...summary,
    scores: sortedScores(ratings.filter((rating) => rating.statementId === summary.statementId)),
  }));
}

/** Dots per action from one session's votes, largest first. */
export function roomVoteTotals(votes: readonly Vote[]): { actionId: string; dots: number }[] {
  const totals = new Map<string, number>();
  for (const vote of votes) totals.set(vote.actionId, (totals.get(vote.actionId) ?? 0) + vote.dots);
  return [...totals.entries()]
    .map(([actionId, dots]) => ({ actionId, dots }))
    .filter((entry) => entry.dots > 0)
    .sort((a, b) => b.dots - a.dots);
}

/** Clamps a participant's dots to their allowance, keeping the order they were given in. */
export function clampDots(
  dots: Readonly<Record<string, number>>,
  allowance: number,
): Record<string, number> {
  let left = allowance;
  const result: Record<string, number> = {};
  for (const [actionId, wanted] of Object.entries(dots)) {
    const given = Math.max(0, Math.min(Math.floor(wanted), left));
    if (given > 0) result[actionId] = given;
    left -= given;
  }
  return result;
}
