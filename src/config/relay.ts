import { relayOrigin } from './relay-policy';

/** `npm run relay` on this computer. */
export const LOCAL_RELAY = 'http://127.0.0.1:1234';

/** A relay fixed at build time for a hosted deployment; '' when there is none. */
export const BUILT_IN_RELAY = relayOrigin(String(import.meta.env.VITE_LIVE_RELAY ?? '')) ?? '';

/** The relay a new room uses until the facilitator chooses another. */
export const DEFAULT_RELAY = BUILT_IN_RELAY || LOCAL_RELAY;
