/**
 * The "bare" references of the browser benchmark, served on their own port: the same writes
 * done with raw IndexedDB and the same content laid out as a plain jsPDF text-and-table
 * document. Never part of the app.
 */
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import type { WorkshopContent } from '../../../src/domain/workshop-content';

export type StoreShape = {
  name: string;
  keyPath: string;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
};

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });

async function freshDatabase(stores: StoreShape[]): Promise<IDBDatabase> {
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase('bare-bench');
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error('delete failed'));
  });
  const open = indexedDB.open('bare-bench', 1);
  open.onupgradeneeded = () => {
    for (const shape of stores) {
      const store = open.result.createObjectStore(shape.name, { keyPath: shape.keyPath });
      for (const index of shape.indexes)
        store.createIndex(index.name, index.keyPath, {
          unique: index.unique,
          multiEntry: index.multiEntry,
        });
    }
  };
  return request(open);
}

/** Puts every record in one readwrite transaction (as our import does); ms to `complete`. */
async function rawWrite(stores: StoreShape[], records: Record<string, unknown[]>): Promise<number> {
  const database = await freshDatabase(stores);
  const names = Object.keys(records).filter((name) => records[name]!.length > 0);
  const start = performance.now();
  const tx = database.transaction(names, 'readwrite');
  for (const name of names) {
    const store = tx.objectStore(name);
    for (const row of records[name]!) store.put(row);
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
  });
  const ms = performance.now() - start;
  database.close();
  return ms;
}

/** The same content as our report, laid out the plain way: Helvetica, text and autoTable. */
function barePdf(content: WorkshopContent, hasAppendices: boolean) {
  const start = performance.now();
  const doc = new jsPDF({ compress: true });
  const { workshop } = content;
  let y = 20;
  const text = (value: string, size = 10) => {
    doc.setFontSize(size);
    for (const line of doc.splitTextToSize(value, 180) as string[]) {
      if (y > 280) {
        doc.addPage();
        y = 20;
      }
      doc.text(line, 15, y);
      y += size * 0.5;
    }
    y += 3;
  };
  text(`${workshop.organisation}: ${workshop.title}`, 18);
  for (const value of [
    workshop.currentStatement,
    workshop.mission,
    workshop.vision,
    workshop.targetStatement,
  ])
    text(value);
  const table = (head: string[], body: string[][]) => {
    autoTable(doc, { head: [head], body, startY: y, styles: { fontSize: 8 } });
    y = (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 8;
  };
  table(
    ['Kohta', 'Sävy'],
    content.touchpoints.map((touchpoint) => [touchpoint.name, touchpoint.feels]),
  );
  table(
    ['Periaate', 'Arvio'],
    Object.entries(workshop.targetLevels).map(([id, level]) => [id, String(level)]),
  );
  table(
    ['Toimenpide', 'Vastuu', 'Tila', 'Valmis'],
    content.actions.map((action) => [action.title, action.owner, action.status, action.dueDate]),
  );
  if (hasAppendices) {
    table(
      ['Havainto', 'Laji', 'Sävy'],
      content.evidence.map((item) => [item.text, item.kind, item.tone]),
    );
    table(
      ['Osallistuja', 'Periaate', 'Arvio'],
      content.ratings.map((rating) => [
        rating.participantId,
        rating.principleId,
        String(rating.score),
      ]),
    );
  }
  const bytes = doc.output('arraybuffer').byteLength;
  return { ms: performance.now() - start, pages: doc.getNumberOfPages(), bytes };
}

declare global {
  // Declaration merging with the DOM Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    bare: { rawWrite: typeof rawWrite; barePdf: typeof barePdf; isReady: boolean };
  }
}

window.bare = { rawWrite, barePdf, isReady: true };
