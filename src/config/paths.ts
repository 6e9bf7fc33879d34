/** Route patterns and URL builders; components never write URLs by hand. */
export const routes = {
  home: '/',
  newWorkshop: '/workshops/new',
  workshop: '/workshops/:workshopId',
  data: '/data',
  guide: '/guide',
  room: '/room/:sessionId',
  roomReveal: '/room/:sessionId/reveal',
  presentation: '/workshops/:workshopId/present',
} as const;

export type PhaseSlug = 'current' | 'target' | 'path' | 'report';
export const PHASE_SLUGS: readonly PhaseSlug[] = ['current', 'target', 'path', 'report'];

// The sub-pages of the phases that have them, for typed links; each phase's table of screens
// (features/<phase>/screens.ts) must have one for each part, or it does not compile.
export type CurrentStatePart = '' | 'evidence' | 'import' | 'journey' | 'context' | 'staff';

export type TargetStatePart = '' | 'participants' | 'rate' | 'results' | 'promises' | 'indicators';

export type PathPart = '' | 'prioritise' | 'roadmap' | 'follow-up' | 'change-agent';

/** A self-assessment wizard step's slug; '' opens the first step. */
export type WizardStep = string;

const workshopPath = (id: string) => `/workshops/${encodeURIComponent(id)}`;
const phasePart = (id: string, phase: PhaseSlug, part: string) =>
  `${workshopPath(id)}/${phase}${part ? `/${part}` : ''}`;

export const paths = {
  home: () => '/',
  newWorkshop: () => '/workshops/new',
  data: () => '/data',
  guide: () => '/guide',
  workshop: workshopPath,
  phase: (id: string, phase: PhaseSlug) => phasePart(id, phase, ''),
  currentPart: (id: string, part: CurrentStatePart) => phasePart(id, 'current', part),
  targetPart: (id: string, part: TargetStatePart) => phasePart(id, 'target', part),
  pathPart: (id: string, part: PathPart) => phasePart(id, 'path', part),
  /** A sub-page of a phase, for the phase tables that hold their own parts. */
  phasePart,
  room: (sessionId: string) => `/room/${encodeURIComponent(sessionId)}`,
  roomReveal: (sessionId: string) => `/room/${encodeURIComponent(sessionId)}/reveal`,
  agenda: (id: string) => `${workshopPath(id)}/agenda`,
  /** The live room; `activity` preselects the next activity's kind, `projector` opens that view. */
  liveRoom: (id: string, options: { activity?: string; projector?: boolean } = {}) => {
    const query = new URLSearchParams();
    if (options.activity) query.set('activity', options.activity);
    if (options.projector) query.set('view', 'projector');
    const search = query.toString();
    return `${workshopPath(id)}/live${search ? `?${search}` : ''}`;
  },
  presentation: (id: string) => `${workshopPath(id)}/present`,
  history: (id: string) => `${workshopPath(id)}/history`,
  wizard: (id: string, step: WizardStep = '') =>
    `${workshopPath(id)}/self-assessment${step ? `/${step}` : ''}`,
  privacy: (id: string) => `${workshopPath(id)}/privacy`,
};
