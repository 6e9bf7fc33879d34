import { describe, expect, it } from 'vitest';
import { principleTrend } from '../../src/domain/trend';
import { buildSampleWorkshop } from '../../src/domain/sample/sample-workshop';
import { templateContent } from '../../src/domain/templates';
import { LANGUAGES } from '../../src/domain/types';

const build = (language: 'fi' | 'en') => {
  let n = 0;
  return buildSampleWorkshop(language, () => `id-${n++}`, new Date('2026-12-01T08:00:00Z'));
};

describe('sample workshop', () => {
  it.each(LANGUAGES)('fills every feature a newcomer opens (%s)', (language) => {
    const sample = build(language);
    const { workshop } = sample;
    for (const text of [
      workshop.mission,
      workshop.vision,
      workshop.currentStatement,
      workshop.targetStatement,
    ])
      expect(text.trim()).not.toBe('');
    expect(templateContent(workshop.templateId, language)).toBeDefined();
    for (const table of [
      'evidence',
      'themes',
      'journeyStages',
      'touchpoints',
      'segments',
      'orgValues',
      'participants',
      'ratings',
      'promises',
      'indicators',
      'actions',
      'votes',
      'reviews',
    ] as const)
      expect(sample[table].length, table).toBeGreaterThan(0);
    // Journey lanes on every touchpoint; tags and principles on the evidence.
    for (const tp of sample.touchpoints) expect([tp.feels, tp.knows, tp.does]).not.toContain('');
    expect(sample.evidence.some((item) => item.tags.length > 0)).toBe(true);
    expect(sample.evidence.some((item) => item.principleIds.length > 0)).toBe(true);
    expect(sample.ratings.some((rating) => rating.comment && rating.evidenceIds.length)).toBe(true);
    for (const action of sample.actions) {
      expect(action.addresses.length, action.title).toBeGreaterThan(0);
      expect(action.expectedEffect.trim(), action.title).not.toBe('');
    }
    const held = sample.reviews.find((review) => review.isHeld);
    expect(held?.actionNotes.every((note) => note.note.trim())).toBe(true);
    // The follow-up shows a trend: the workshop, then the held review a few weeks later.
    const trend = principleTrend(
      sample.ratings,
      sample.participants,
      sample.reviews,
      workshop.date,
    );
    expect(trend.map((point) => point.reviewId)).toEqual(['', held?.id]);
    expect(trend[1]!.means.smoothness).toBeGreaterThan(trend[0]!.means.smoothness!);
  });

  it('has the same structure in Finnish and English, in different words', () => {
    const fi = build('fi');
    const en = build('en');
    for (const table of ['evidence', 'touchpoints', 'ratings', 'actions', 'reviews'] as const)
      expect(fi[table].length, table).toBe(en[table].length);
    expect(fi.evidence.map((item) => item.tags.length)).toEqual(
      en.evidence.map((item) => item.tags.length),
    );
    expect(fi.ratings.filter((r) => r.comment).length).toBe(
      en.ratings.filter((r) => r.comment).length,
    );
    expect(fi.actions[0]?.expectedEffect).not.toBe(en.actions[0]?.expectedEffect);
  });
});
