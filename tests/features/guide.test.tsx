import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/render-app';

/** Lazily loaded screens fetch their chunk first, which takes a while on a busy machine. */
const LAZY = { timeout: 5_000 };

describe('method guide', () => {
  it('opens from the header and explains self-assessment and templates', async () => {
    const { user, router } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'Method guide' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The method in brief' }, LAZY),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/guide');
    expect(screen.getByRole('heading', { name: 'Running a self-assessment alone' })).toBeVisible();
    expect(
      screen.getByRole('heading', { name: 'Starting from a template or an earlier workshop' }),
    ).toBeVisible();
    expect(screen.getByText(/health and social care, education and training/)).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'New workshop' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'New workshop' }, LAZY),
    ).toBeVisible();
  });

  it('is written in Finnish too', async () => {
    renderApp('/guide', { language: 'fi' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Menetelmä lyhyesti' }, LAZY),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Itsearviointi yksin' })).toBeVisible();
    expect(
      screen.getByRole('heading', { name: 'Aloitus mallipohjasta tai aiemmasta työpajasta' }),
    ).toBeVisible();
  });
});
