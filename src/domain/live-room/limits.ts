/** Bounds of the live room: generous for a workshop, small enough that no phone can flood it. */
export const LIVE_LIMITS = {
  nameLength: 60,
  titleLength: 200,
  ideaLength: 300,
  evidenceLength: 1_000,
  focusTextLength: 300,
  optionTitleLength: 200,
  touchpointNameLength: 120,
  /** Ideas or evidence per person and activity, as the facilitator may set it. */
  perPerson: { min: 1, max: 20, ideasDefault: 5, evidenceDefault: 5 },
  dotsPerPerson: { min: 1, max: 20, default: 5 },
  voteOptions: 60,
  touchpoints: 60,
  activities: 50,
  /** Keys of an inbox the relay reads at all; a phone never needs more than a few dozen. */
  inboxKeys: 200,
  /** Phones one room accepts. */
  participants: 500,
} as const;
