import { assessmentMessages } from './messages/assessment';
import { backupMessages } from './messages/backup';
import { changeAgentMessages } from './messages/change-agent';
import { csvImportMessages } from './messages/csv-import';
import { evidenceMessages } from './messages/evidence';
import { facilitationMessages } from './messages/facilitation';
import { groundingMessages } from './messages/grounding';
import { guideMessages } from './messages/guide';
import { historyMessages } from './messages/history';
import { indicatorReadingMessages } from './messages/indicator-readings';
import { journeyMessages } from './messages/journey';
import { liveRoomMessages } from './messages/live-room';
import { pathPlanMessages } from './messages/path-plan';
import { principleMessages } from './messages/principles';
import { priorityMessages } from './messages/priority';
import { privacyMessages } from './messages/privacy';
import { reportMessages } from './messages/report';
import { relationshipMessages } from './messages/relationship';
import { roomMessages } from './messages/room';
import { routineMessages } from './messages/routines';
import { segmentMessages } from './messages/segments';
import { staffMessages } from './messages/staff';
import { storageMessages } from './messages/storage';
import { trendMessages } from './messages/trends';
import { wizardMessages } from './messages/wizard';
import { wordOfMouthMessages } from './messages/word-of-mouth';

/**
 * Messages of the phase screens and the PDF. They load with the first phase screen (or the
 * export) instead of with the home page, keeping the first load small.
 */
export const featureMessageModules = [
  reportMessages,
  evidenceMessages,
  journeyMessages,
  csvImportMessages,
  principleMessages,
  assessmentMessages,
  pathPlanMessages,
  routineMessages,
  changeAgentMessages,
  wordOfMouthMessages,
  trendMessages,
  indicatorReadingMessages,
  relationshipMessages,
  segmentMessages,
  priorityMessages,
  backupMessages,
  guideMessages,
  roomMessages,
  facilitationMessages,
  groundingMessages,
  historyMessages,
  storageMessages,
  wizardMessages,
  privacyMessages,
  liveRoomMessages,
  staffMessages,
] as const;
