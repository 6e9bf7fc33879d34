/** Phase 3 screens, one lazily loaded chunk. */
import '../../i18n/register-feature-messages';
export { ActionPathPage } from '../../features/action-path/action-path-page';
export { FollowUpPage } from '../../features/action-path/follow-up-page';
export { PathLayout } from '../../features/action-path/path-layout';
export { PrioritisePage } from '../../features/action-path/prioritise-page';
export { RoadmapPage } from '../../features/action-path/roadmap-page';
