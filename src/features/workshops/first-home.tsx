import { useState } from 'react';
import { HomeContent, ListLoading } from './home-content';

let isSampleRequestPending = false;

/** Whether "Open sample workshop" was pressed before the home page could open it. */
export function isSampleRequested(): boolean {
  return isSampleRequestPending;
}

/** The same, and forgets the press: the one who asks opens the sample. */
export function takeSampleRequest(): boolean {
  const wasRequested = isSampleRequestPending;
  isSampleRequestPending = false;
  return wasRequested;
}

/**
 * The home page as the first screen draws it, before the router and the database have loaded.
 * "New workshop" is a plain link then; a press of "Open sample workshop" is kept, and the home
 * page carries it out as soon as it runs.
 */
export function FirstHomeContent() {
  const [isRequested, setRequested] = useState(false);
  return (
    <HomeContent
      list={<ListLoading />}
      isOpeningSample={isRequested}
      onOpenSample={() => {
        isSampleRequestPending = true;
        setRequested(true);
      }}
    />
  );
}
