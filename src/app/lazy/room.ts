/** Room mode's participant and reveal screens, one lazily loaded chunk. */
import '../../i18n/register-feature-messages';
export { RoomParticipantPage } from '../../features/room/participant-page';
export { RoomRevealPage } from '../../features/room/reveal-page';
