import type { EvidenceKind, Score, Tone } from '../types';

/** Sample evidence: text, kind, tone, channel, touchpoint index, segment index, theme index. */
export type SampleEvidence = [string, EvidenceKind, Tone, string, number, number, number];

export type CurrentStateSampleTexts = {
  mission: string;
  vision: string;
  values: [string, string][];
  segments: { name: string; description: string; needs: string; importance: Score }[];
  stages: {
    name: string;
    touchpoints: { name: string; critical?: [Score, Score]; lanes?: [string, string, string] }[];
  }[];
  themes: string[];
  evidence: SampleEvidence[];
};
