/** The backup and data screen. */
import '../../i18n/register-feature-messages';
export { DataPage } from '../../features/backup/data-page';
