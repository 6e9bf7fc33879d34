import { useConnectionNotices } from '../hooks/use-connection-notices';

/** Database connection problems as notices (shown by <Notices />); renders nothing itself. */
export function ConnectionWatch() {
  useConnectionNotices();
  return null;
}
