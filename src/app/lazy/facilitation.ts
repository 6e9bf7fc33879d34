/** The agenda, timer and presentation mode, one lazily loaded chunk. */
import '../../i18n/register-feature-messages';
export { AgendaPage } from '../../features/facilitation/agenda-page';
export { PresentationPage } from '../../features/facilitation/presentation-page';
