/** The redaction screen, one lazily loaded chunk. */
import '../../i18n/register-feature-messages';
export { RedactionPage } from '../../features/privacy/redaction-page';
