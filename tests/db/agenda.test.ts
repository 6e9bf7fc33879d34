import { describe, expect, it } from 'vitest';
import {
  generateAgenda,
  listAgenda,
  setAgendaStartTime,
  setTimer,
} from '../../src/db/repositories/agenda';
import { exportWorkshops } from '../../src/db/repositories/backup';
import { createSampleWorkshop } from '../../src/db/repositories/sample';
import { duplicateWorkshop, getWorkshop } from '../../src/db/repositories/workshops';
import { createBackup, parseBackup } from '../../src/domain/backup/backup';
import { startTimer } from '../../src/domain/timer';
import { givenWorkshop } from '../helpers/factories';

describe('agenda storage', () => {
  it('generates the template once; a second click adds nothing', async () => {
    const workshop = await givenWorkshop({ language: 'fi' });
    await generateAgenda(workshop.id, 'fi');
    await generateAgenda(workshop.id, 'fi');
    const steps = await listAgenda(workshop.id);
    expect(steps).toHaveLength(12);
    expect(steps[0]).toMatchObject({ kind: 'intro', title: 'Avaus ja tarkoitus', order: 0 });
  });

  it('refuses a start time that is not HH:MM', async () => {
    const workshop = await givenWorkshop();
    await setAgendaStartTime(workshop.id, '08:30');
    await expect(setAgendaStartTime(workshop.id, 'kahdeksan')).rejects.toMatchObject({
      code: 'invalidInput',
    });
    expect((await getWorkshop(workshop.id))?.agendaStartTime).toBe('08:30');
  });

  it('keeps a running timer and the agenda through a backup and a duplicate', async () => {
    const sample = await createSampleWorkshop('en');
    const [first] = await listAgenda(sample.id);
    await setTimer(sample.id, startTimer(null, first!.id, Date.parse('2026-11-24T09:00:00Z')));

    const parsed = parseBackup(createBackup(await exportWorkshops([sample.id]), 'now'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [content] = parsed.workshops;
    expect(content?.workshop.timer?.stepId).toBe(first!.id);
    expect(content?.workshop.agendaStartTime).toBe('09:00');
    expect(content?.agendaSteps).toHaveLength(13);

    const copy = await duplicateWorkshop(sample.id, 'copy');
    const copiedSteps = await listAgenda(copy.id);
    // The copy's timer points at the copy's own first step, not at the original's.
    expect(copy.timer?.stepId).toBe(copiedSteps[0]!.id);
    expect(copiedSteps[0]!.id).not.toBe(first!.id);
  });

  it('gives the sample workshop an agenda with a break and facilitator notes in both languages', async () => {
    for (const language of ['fi', 'en'] as const) {
      const sample = await createSampleWorkshop(language);
      const steps = await listAgenda(sample.id);
      expect(steps.map((step) => step.kind)).toContain('custom');
      expect(steps.filter((step) => step.notes).length).toBeGreaterThanOrEqual(4);
      expect(steps.reduce((sum, step) => sum + step.minutes, 0)).toBe(230);
    }
  });
});
