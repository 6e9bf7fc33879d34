import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import {
  assignTheme,
  createEvidence,
  createTheme,
  deleteStage,
  listEvidence,
} from '../../src/db/repositories/current-state';
import { applyJourneyTemplate } from '../../src/db/repositories/journey';
import { importEvidenceRows } from '../../src/db/repositories/evidence-import';
import type { ImportedRow } from '../../src/domain/csv-import';
import { JOURNEY_TEMPLATES } from '../../src/domain/journey-templates';
import { givenWorkshop } from '../helpers/factories';

const row = (text: string, touchpointName = '', segmentName = ''): ImportedRow => ({
  text,
  kind: 'feedback',
  tone: 'complaint',
  channel: 'Sähköposti',
  touchpointName,
  segmentName,
  date: '2026-03-01',
  tags: [],
});

describe('evidence import', () => {
  it('links rows to touchpoints and segments by name, creating the missing ones', async () => {
    const workshop = await givenWorkshop();
    await applyJourneyTemplate(workshop.id, JOURNEY_TEMPLATES.fi[1]!);
    const count = await importEvidenceRows(
      workshop.id,
      [
        row('Jono', 'varaus'),
        row('Kahvi', 'Kahvila', 'Perheet'),
        row('Kahvi 2', 'kahvila', 'perheet'),
      ],
      'Tuodut kohtaamispisteet',
    );
    expect(count).toBe(3);
    const evidence = await listEvidence(workshop.id);
    const touchpoints = await db.touchpoints.where('workshopId').equals(workshop.id).toArray();
    const booking = touchpoints.find((t) => t.name === 'Varaus');
    const cafe = touchpoints.filter((t) => t.name === 'Kahvila');
    expect(cafe).toHaveLength(1);
    expect(evidence.find((e) => e.text === 'Jono')?.touchpointId).toBe(booking?.id);
    expect(evidence.filter((e) => e.touchpointId === cafe[0]?.id)).toHaveLength(2);
    expect(await db.segments.where('workshopId').equals(workshop.id).count()).toBe(1);
    const stages = await db.journeyStages.where('workshopId').equals(workshop.id).toArray();
    expect(stages.map((s) => s.name)).toContain('Tuodut kohtaamispisteet');
  });

  it('changes nothing when one row fails to be written', async () => {
    const workshop = await givenWorkshop();
    await createEvidence(workshop.id, {
      ...row('Ennestään'),
      touchpointId: '',
      segmentId: '',
      themeId: '',
      principleIds: [],
    });
    // Fault injection: the storage refuses the third row.
    const refuse = (_key: unknown, item: { text: string }) => {
      if (item.text === 'kolmas') throw new Error('disk refused');
    };
    db.evidence.hook('creating', refuse);
    await expect(
      importEvidenceRows(
        workshop.id,
        [row('eka', 'Uusi piste', 'Uusi ryhmä'), row('toka'), row('kolmas')],
        'Tuodut',
      ),
    ).rejects.toThrow();
    db.evidence.hook('creating').unsubscribe(refuse);
    expect((await listEvidence(workshop.id)).map((e) => e.text)).toEqual(['Ennestään']);
    expect(await db.touchpoints.count()).toBe(0);
    expect(await db.segments.count()).toBe(0);
  });
});

describe('themes and journey', () => {
  it('assigns items to a theme and keeps them when the theme is deleted', async () => {
    const workshop = await givenWorkshop();
    const a = await createEvidence(workshop.id, {
      ...row('A'),
      touchpointId: '',
      segmentId: '',
      themeId: '',
      principleIds: [],
    });
    const theme = await createTheme(workshop.id, { name: 'Jonot', order: 0 });
    await assignTheme([a.id], theme.id);
    expect((await listEvidence(workshop.id))[0]?.themeId).toBe(theme.id);
  });

  it('deleting a stage removes its touchpoints and unlinks the evidence', async () => {
    const workshop = await givenWorkshop();
    await applyJourneyTemplate(workshop.id, JOURNEY_TEMPLATES.en[0]!);
    const [stage] = await db.journeyStages.where('workshopId').equals(workshop.id).sortBy('order');
    const [touchpoint] = await db.touchpoints.where('stageId').equals(stage!.id).toArray();
    const item = await createEvidence(workshop.id, {
      ...row('X'),
      touchpointId: touchpoint!.id,
      segmentId: '',
      themeId: '',
      principleIds: [],
    });
    await deleteStage(stage!.id);
    expect(await db.touchpoints.where('stageId').equals(stage!.id).count()).toBe(0);
    expect((await db.evidence.get(item.id))?.touchpointId).toBe('');
  });
});
