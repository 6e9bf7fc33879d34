/** A workshop's version history. */
import '../../i18n/register-feature-messages';
export { HistoryPage } from '../../features/history/history-page';
