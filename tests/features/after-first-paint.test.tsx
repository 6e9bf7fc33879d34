import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyAfterFirstPaint } from '../../src/components/after-first-paint';
import { ErrorBoundary } from '../../src/components/error-boundary';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a part loaded after the first paint', () => {
  it('shows its placeholder, then itself with its props once its code is there', async () => {
    const Greeting = lazyAfterFirstPaint(
      () => Promise.resolve(({ name }: { name: string }) => <p>Hei {name}</p>),
      () => <p>Ladataan…</p>,
    );
    render(<Greeting name="Aino" />);
    expect(screen.getByText('Ladataan…')).toBeVisible();
    expect(await screen.findByText('Hei Aino')).toBeVisible();
    expect(screen.queryByText('Ladataan…')).not.toBeInTheDocument();
  });

  it('whose code fails to load shows the error screen instead of loading for ever', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Missing = lazyAfterFirstPaint(
      () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      () => <p>Ladataan…</p>,
    );
    render(
      <ErrorBoundary fallback={(error) => <p role="alert">{error.message}</p>}>
        <Missing />
      </ErrorBoundary>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Failed to fetch');
  });
});
