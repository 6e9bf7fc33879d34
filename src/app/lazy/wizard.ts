/** The self-assessment wizard, one lazily loaded chunk. */
import '../../i18n/register-feature-messages';
export { WizardPage } from '../../features/wizard/wizard-page';
