import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CrashFallback } from '../../src/app/crash-fallback';
import { ErrorBoundary } from '../../src/components/error-boundary';
import { db } from '../../src/db/database';
import { givenWorkshopWithActions } from '../helpers/factories';

function Broken(): never {
  throw new Error('render failed');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a crashed screen', () => {
  it('offers a reload and a rescue backup with every stored row, even invalid ones', async () => {
    const { workshop } = await givenWorkshopWithActions(['Pelastettava']);
    // A row no validation would accept is still part of the rescue file.
    await db.table('evidence').put({ id: 'broken', workshopId: workshop.id, text: 42 });
    const files: Blob[] = [];
    // jsdom has no object URLs; the browser's download is the only thing replaced here.
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      files.push(blob as Blob);
      return 'blob:rescue';
    };
    URL.revokeObjectURL = () => undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);

    render(
      <ErrorBoundary fallback={() => <CrashFallback />}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong on this screen');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Download rescue backup' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const dump = JSON.parse(await files[0]!.text()) as {
      format: string;
      tables: Record<string, { id: string }[]>;
    };
    expect(dump.format).toBe('palvelupolku-rescue');
    expect(dump.tables.workshops?.map((row) => row.id)).toEqual([workshop.id]);
    expect(dump.tables.actions).toHaveLength(1);
    expect(dump.tables.evidence).toEqual([{ id: 'broken', workshopId: workshop.id, text: 42 }]);
  });
});
