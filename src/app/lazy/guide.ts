/** The method guide. */
import '../../i18n/register-feature-messages';
export { GuidePage } from '../../features/guide/guide-page';
