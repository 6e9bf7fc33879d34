import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FirstScreen } from '../../src/app/first-screen';
import { listWorkshops } from '../../src/db/repositories/workshops';
import { useUiStore } from '../../src/stores/ui-store';
import { renderApp } from '../helpers/render-app';

describe('first screen (drawn before the router and the database have loaded)', () => {
  it('shows the app frame and the two ways to start, with plain links', () => {
    useUiStore.setState({ language: 'fi' });
    render(<FirstScreen />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Tämän laitteen työpajat' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Uusi työpaja' })).toHaveAttribute(
      'href',
      '/workshops/new',
    );
    expect(screen.getByRole('link', { name: 'Menetelmäopas' })).toHaveAttribute('href', '/guide');
    expect(screen.getByRole('combobox', { name: 'Kieli' })).toHaveValue('fi');
    expect(screen.getByText('Ladataan…')).toBeVisible();
  });

  it('keeps a press of "Open sample workshop" and the home page opens the sample', async () => {
    const user = userEvent.setup();
    const first = render(<FirstScreen />);
    const sample = screen.getByRole('button', { name: 'Open sample workshop' });
    await user.click(sample);
    expect(sample).toBeDisabled();
    first.unmount(); // the app takes over the root
    renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Current state' }, { timeout: 5_000 }),
    ).toBeVisible();
    expect(await listWorkshops()).toHaveLength(1);
  });
});
