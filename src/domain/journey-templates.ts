import type { Language } from './types';

export type JourneyTemplate = {
  id: string;
  stages: { name: string; touchpoints: string[] }[];
};

/** Starting points for the customer's journey, in our own words; every name can be edited. */
export const JOURNEY_TEMPLATES: Record<Language, JourneyTemplate[]> = {
  en: [
    {
      id: 'relationship',
      stages: [
        // The relationship begins before the customer knows us: we recognise who could need us.
        {
          name: 'Recognising potential customers',
          touchpoints: ['Customer and market insight', 'First contact', 'Offer or agreement'],
        },
        { name: 'First steps', touchpoints: ['Welcome and onboarding', 'First delivery'] },
        { name: 'Continuous development', touchpoints: ['Regular meetings', 'Handling problems'] },
        { name: 'Closing stretch', touchpoints: ['Renewal or ending', 'Final feedback'] },
      ],
    },
    {
      id: 'purchase',
      stages: [
        { name: 'Seeking information', touchpoints: ['Website', 'Phone enquiry'] },
        { name: 'Purchase and service', touchpoints: ['Booking', 'Arrival and welcome'] },
        { name: 'Use', touchpoints: ['The service itself', 'Help when something goes wrong'] },
        {
          name: 'Loyalty and sharing',
          touchpoints: ['Follow-up contact', 'Recommending to others'],
        },
      ],
    },
  ],
  fi: [
    {
      id: 'relationship',
      stages: [
        {
          name: 'Potentiaalisten asiakkaiden tunnistaminen',
          touchpoints: [
            'Asiakas- ja markkinatieto',
            'Ensimmäinen yhteydenotto',
            'Tarjous tai sopimus',
          ],
        },
        { name: 'Ensiaskeleet', touchpoints: ['Aloitus ja perehdytys', 'Ensimmäinen toimitus'] },
        {
          name: 'Jatkuva kehittäminen',
          touchpoints: ['Säännölliset tapaamiset', 'Ongelmien hoito'],
        },
        { name: 'Loppusuora', touchpoints: ['Jatkosopimus tai päättyminen', 'Loppupalaute'] },
      ],
    },
    {
      id: 'purchase',
      stages: [
        { name: 'Tiedonhaku', touchpoints: ['Verkkosivut', 'Puhelintiedustelu'] },
        { name: 'Ostaminen ja palvelu', touchpoints: ['Varaus', 'Saapuminen ja vastaanotto'] },
        { name: 'Käyttö', touchpoints: ['Itse palvelu', 'Apu ongelmatilanteessa'] },
        {
          name: 'Uskollisuus ja kokemuksen jakaminen',
          touchpoints: ['Yhteydenotto jälkikäteen', 'Suosittelu muille'],
        },
      ],
    },
  ],
};

const normalised = (name: string) => name.trim().toLocaleLowerCase('fi');
const TEMPLATE_STAGE_NAMES = new Set(
  Object.values(JOURNEY_TEMPLATES).flatMap((templates) =>
    templates.flatMap((template) => template.stages.map((stage) => normalised(stage.name))),
  ),
);

/**
 * Whether any stage came from a template (by its name, in either language). A journey with none,
 * such as one holding only a CSV import's stage, is offered the templates.
 */
export function hasTemplateStages(stages: readonly { name: string }[]): boolean {
  return stages.some((stage) => TEMPLATE_STAGE_NAMES.has(normalised(stage.name)));
}
