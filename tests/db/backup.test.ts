import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import {
  existingWorkshopIds,
  exportWorkshops,
  importWorkshops,
} from '../../src/db/repositories/backup';
import { createSampleWorkshop } from '../../src/db/repositories/sample';
import {
  duplicateWorkshop,
  listWorkshops,
  updateWorkshop,
} from '../../src/db/repositories/workshops';

describe('backup import and export', () => {
  it('restores an exported workshop into an empty database with everything in it', async () => {
    const workshop = await createSampleWorkshop('fi');
    const [exported] = await exportWorkshops();
    await db.delete();
    await db.open();
    expect(await importWorkshops([exported!], 'keepBoth')).toBe(1);
    const [restored] = await exportWorkshops();
    expect(restored).toEqual(exported);
    expect(restored?.workshop.id).toBe(workshop.id);
  });

  it('keeps both copies or replaces, as chosen', async () => {
    const workshop = await createSampleWorkshop('en');
    const [exported] = await exportWorkshops();
    await updateWorkshop(workshop.id, { title: 'Changed here' });
    expect(await existingWorkshopIds([exported!])).toEqual([workshop.id]);

    await importWorkshops([exported!], 'keepBoth');
    const titles = (await listWorkshops()).map((w) => w.title).sort();
    expect(titles).toEqual(['Changed here', 'Service culture workshop 2026']);
    expect(await db.evidence.count()).toBe(exported!.evidence.length * 2);

    await importWorkshops([exported!], 'replace');
    expect((await listWorkshops()).map((w) => w.title).sort()).toEqual([
      'Service culture workshop 2026',
      'Service culture workshop 2026',
    ]);
    expect(await db.evidence.count()).toBe(exported!.evidence.length * 2);
  });

  it('changes nothing when writing fails halfway', async () => {
    await createSampleWorkshop('fi');
    const [exported] = await exportWorkshops();
    const before = await db.evidence.count();
    const refuse = () => {
      throw new Error('disk full');
    };
    db.ratings.hook('creating', refuse);
    await expect(importWorkshops([exported!], 'keepBoth')).rejects.toThrow();
    db.ratings.hook('creating').unsubscribe(refuse);
    expect(await listWorkshops()).toHaveLength(1);
    expect(await db.evidence.count()).toBe(before);
  });
});

describe('a backup whose rows carry ids of another workshop', () => {
  /** A different workshop in the file, reusing the ids of rows stored under `victim`. */
  async function hostileCopyOf(victimId: string) {
    const [victim] = await exportWorkshops([victimId]);
    const hostile = structuredClone(victim!);
    hostile.workshop = { ...hostile.workshop, id: 'intruder', title: 'Tunkeilija' };
    hostile.actions = hostile.actions.map((action) => ({ ...action, title: 'Vaihdettu' }));
    return { victim: victim!, hostile };
  }

  it.each(['keepBoth', 'replace'] as const)(
    'never moves or retitles the other workshop’s rows (%s)',
    async (mode) => {
      const workshop = await createSampleWorkshop('fi');
      const { victim, hostile } = await hostileCopyOf(workshop.id);
      await importWorkshops([hostile], mode);

      const [after] = await exportWorkshops([workshop.id]);
      expect(after).toEqual(victim);
      const [intruder] = await exportWorkshops(['intruder']);
      expect(intruder?.actions).toHaveLength(victim.actions.length);
      expect(intruder?.actions.every((action) => action.title === 'Vaihdettu')).toBe(true);
      const victimIds = new Set(victim.actions.map((action) => action.id));
      expect(intruder?.actions.some((action) => victimIds.has(action.id))).toBe(false);
      // References inside the imported workshop follow the new ids.
      const intruderActions = new Set(intruder?.actions.map((action) => action.id));
      expect(intruder?.votes.every((vote) => intruderActions.has(vote.actionId))).toBe(true);
    },
  );

  it.each(['backup kept beside the original', 'duplicate'] as const)(
    'gives a %s its own indicator readings and routine checks, read back as entered',
    async (copyKind) => {
      const workshop = await createSampleWorkshop('fi');
      const [original] = await exportWorkshops([workshop.id]);
      let copyId = 'kopio';
      if (copyKind === 'duplicate') {
        copyId = (await duplicateWorkshop(workshop.id, 'kopio')).id;
      } else {
        await importWorkshops(
          [{ ...original!, workshop: { ...original!.workshop, id: copyId } }],
          'keepBoth',
        );
      }
      const [copy] = await exportWorkshops([copyId]);
      const held = (content: typeof copy) => content!.reviews.find((review) => review.isHeld)!;
      const readings = (content: typeof copy) =>
        held(content).indicatorReadings.map(({ indicatorId, value }) => ({
          indicator: content!.indicators.find((item) => item.id === indicatorId)?.name,
          value,
        }));
      expect(readings(copy)).toEqual(readings(original));
      expect(readings(copy).map((reading) => reading.value)).toEqual(['32 %', '8,4']);
      const copyActions = new Set(copy!.actions.map((action) => action.id));
      expect(held(copy).routineChecks.length).toBeGreaterThan(0);
      expect(held(copy).routineChecks.every((check) => copyActions.has(check.actionId))).toBe(true);
      // The original keeps its own.
      expect(await exportWorkshops([workshop.id])).toEqual([original]);
    },
  );

  it('changes only reference fields when ids are renewed, whatever a text or value equals', async () => {
    const workshop = await createSampleWorkshop('fi');
    const [exported] = await exportWorkshops([workshop.id]);
    const content = structuredClone(exported!);
    content.evidence[0] = { ...content.evidence[0]!, id: 'praise' };
    content.evidence[1] = { ...content.evidence[1]!, tone: 'praise', channel: 'praise' };
    await importWorkshops([content], 'keepBoth');
    await importWorkshops([content], 'keepBoth');
    const tones = (await db.evidence.toArray()).filter((item) => item.channel === 'praise');
    expect(tones.map((item) => item.tone)).toEqual(['praise', 'praise']);
  });
});
