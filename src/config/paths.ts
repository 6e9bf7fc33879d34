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

export type CurrentStatePart = '' | 'evidence' | 'import' | 'journey' | 'context';

export type TargetStatePart = '' | 'participants' | 'rate' | 'results' | 'promises' | 'indicators';

export type PathPart = '' | 'prioritise' | 'roadmap' | 'follow-up';

/** A self-assessment wizard step's slug; '' opens the first step. */
export type WizardStep = string;

export const paths = {
  home: () => '/',
  newWorkshop: () => '/workshops/new',
  data: () => '/data',
  guide: () => '/guide',
  workshop: (id: string) => `/workshops/${encodeURIComponent(id)}`,
  phase: (id: string, phase: PhaseSlug) => `/workshops/${encodeURIComponent(id)}/${phase}`,
  currentPart: (id: string, part: CurrentStatePart) =>
    `/workshops/${encodeURIComponent(id)}/current${part ? `/${part}` : ''}`,
  targetPart: (id: string, part: TargetStatePart) =>
    `/workshops/${encodeURIComponent(id)}/target${part ? `/${part}` : ''}`,
  pathPart: (id: string, part: PathPart) =>
    `/workshops/${encodeURIComponent(id)}/path${part ? `/${part}` : ''}`,
  room: (sessionId: string) => `/room/${encodeURIComponent(sessionId)}`,
  roomReveal: (sessionId: string) => `/room/${encodeURIComponent(sessionId)}/reveal`,
  agenda: (id: string) => `/workshops/${encodeURIComponent(id)}/agenda`,
  presentation: (id: string) => `/workshops/${encodeURIComponent(id)}/present`,
  history: (id: string) => `/workshops/${encodeURIComponent(id)}/history`,
  wizard: (id: string, step: WizardStep = '') =>
    `/workshops/${encodeURIComponent(id)}/self-assessment${step ? `/${step}` : ''}`,
  privacy: (id: string) => `/workshops/${encodeURIComponent(id)}/privacy`,
};
