/** Phase 1 screens, one lazily loaded chunk. */
import '../../i18n/register-feature-messages';
export { ContextPage } from '../../features/current-state/context-page';
export { CurrentStateLayout } from '../../features/current-state/current-state-layout';
export { CurrentStatePage } from '../../features/current-state/current-state-page';
export { EvidencePage } from '../../features/current-state/evidence-page';
export { ImportPage } from '../../features/current-state/import-page';
export { JourneyPage } from '../../features/current-state/journey-page';
