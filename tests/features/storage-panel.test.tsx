import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { StoragePanel } from '../../src/features/backup/storage-panel';
import type { StorageFacts } from '../../src/domain/storage-risks';
import { loadFeatureMessages } from '../../src/i18n';
import { useUiStore } from '../../src/stores/ui-store';

const facts = (overrides: Partial<StorageFacts>) => () =>
  Promise.resolve<StorageFacts>({
    isPersisted: true,
    usage: 2 * 1024 * 1024,
    quota: 40 * 1024 ** 3,
    isSafari: false,
    isInstalled: false,
    ...overrides,
  });

describe('storage panel', () => {
  beforeAll(() => loadFeatureMessages());

  it('says the data is kept, and how much space is in use', async () => {
    render(<StoragePanel readFacts={facts({})} />);
    expect(await screen.findByText(/promised to keep this data/)).toBeVisible();
    expect(screen.getByText(/In use: 2 MB of the 40 GB available/)).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Risks to the data on this device' })).toBeNull();
  });

  it('warns Safari users of the 7-day erase with the remedy and a backup button', async () => {
    render(<StoragePanel readFacts={facts({ isSafari: true, isPersisted: false })} />);
    const risks = await screen.findByRole('list', { name: 'Risks to the data on this device' });
    expect(risks).toHaveTextContent(/not been opened for 7 days/);
    expect(risks).toHaveTextContent(/Add to Home Screen/);
    expect(screen.getByRole('button', { name: 'Download a backup now' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Ask the browser to keep the data' })).toBeVisible();
  });

  it('warns of a private window in Finnish too', async () => {
    useUiStore.setState({ language: 'fi' });
    render(<StoragePanel readFacts={facts({ quota: 60 * 1024 * 1024 })} />);
    expect(await screen.findByText(/yksityiseltä ikkunalta/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Lataa varmuuskopio nyt' })).toBeVisible();
  });
});
