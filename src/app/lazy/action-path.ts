/** Phase 3 screens, one lazily loaded chunk. */
import '../../i18n/register-feature-messages';
export { ActionPathPage } from '../../features/action-path/action-path-page';
