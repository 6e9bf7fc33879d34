/** Phase 2 screens, one lazily loaded chunk. */
import '../../i18n/register-feature-messages';
export { IndicatorsPage } from '../../features/target-state/indicators-page';
export { ParticipantsPage } from '../../features/target-state/participants-page';
export { PromisesPage } from '../../features/target-state/promises-page';
export { RatePage } from '../../features/target-state/rate-page';
export { ResultsPage } from '../../features/target-state/results-page';
export { TargetStateLayout } from '../../features/target-state/target-state-layout';
export { TargetStatePage } from '../../features/target-state/target-state-page';
