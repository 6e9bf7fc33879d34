/**
 * The floor of the first load: a bare Vite + React page that renders a header and the same
 * "New workshop" link the app's home page has, with nothing else. `npm run bench` times its first
 * control next to the app's.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function BarePage() {
  return (
    <>
      <header>
        <strong>Palvelupolku</strong>
      </header>
      <main>
        <h1>Workshops</h1>
        <a href="/workshops/new">New workshop</a>
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BarePage />
  </StrictMode>,
);
