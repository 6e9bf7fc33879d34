import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { appRoutes } from '../../src/app/router';
import type { Language } from '../../src/domain/types';
import { useUiStore } from '../../src/stores/ui-store';

/** Renders the whole app at a URL, with a memory router and the fresh fake IndexedDB. */
export function renderApp(url = '/', options: { language?: Language } = {}) {
  useUiStore.setState({ language: options.language ?? 'en' });
  const router = createMemoryRouter(appRoutes, { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(<RouterProvider router={router} />);
  return { ...view, user, router };
}
