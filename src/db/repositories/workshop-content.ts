import { CONTENT_TABLES, sortContent, type WorkshopContent } from '../../domain/workshop-content';
import { readWorkshopBundle } from './workshop-bundle';

/** The whole workshop, typed and sorted, for the report, exports and backups. */
export async function loadWorkshopContent(
  workshopId: string,
): Promise<WorkshopContent | undefined> {
  const bundle = await readWorkshopBundle(workshopId);
  if (!bundle) return undefined;
  const content = Object.fromEntries(
    CONTENT_TABLES.map((table) => [table, bundle.children[table] ?? []]),
  ) as Omit<WorkshopContent, 'workshop'>;
  return sortContent({ workshop: bundle.workshop, ...content });
}
