import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import {
  existingWorkshopIds,
  exportWorkshops,
  importWorkshops,
} from '../../src/db/repositories/backup';
import { createSampleWorkshop } from '../../src/db/repositories/sample';
import { listWorkshops, updateWorkshop } from '../../src/db/repositories/workshops';

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
