import type { PrincipleId } from './principles';
import type { ActionCategory, Language } from './types';
import { templateContent } from './templates';

export type ActionIdea = { category: ActionCategory; text: Record<Language, string> };

/** Typical first moves per principle, in our own words. Starting points, meant to be edited. */
export const ACTION_IDEAS: Record<PrincipleId, ActionIdea[]> = {
  genuineEncounter: [
    {
      category: 'training',
      text: {
        en: 'Practise greeting and listening in real situations, filmed and reviewed together',
        fi: 'Harjoitellaan tervehtimistä ja kuuntelemista todellisissa tilanteissa, jotka kuvataan ja käydään läpi yhdessä',
      },
    },
    {
      category: 'sharedReflection',
      text: {
        en: 'Share one good encounter story at every team meeting',
        fi: 'Jaetaan jokaisessa tiimipalaverissa yksi hyvä kohtaamistarina',
      },
    },
  ],
  recognisingNeeds: [
    {
      category: 'training',
      text: {
        en: 'Agree on three questions that uncover the customer’s real need',
        fi: 'Sovitaan kolme kysymystä, joilla asiakkaan todellinen tarve selviää',
      },
    },
    {
      category: 'serviceDevelopment',
      text: {
        en: 'Interview five customers about what they were really trying to get done',
        fi: 'Haastatellaan viittä asiakasta siitä, mitä he todella yrittivät saada aikaan',
      },
    },
  ],
  situationalAwareness: [
    {
      category: 'qualityManual',
      text: {
        en: 'Give front-line staff the authority to fix problems up to an agreed sum on the spot',
        fi: 'Annetaan asiakaspalvelijoille valtuudet korjata ongelma paikan päällä sovittuun summaan asti',
      },
    },
    {
      category: 'sharedReflection',
      text: {
        en: 'A five-minute start-of-shift briefing on what to expect today',
        fi: 'Vuoron alussa viiden minuutin katsaus siihen, mitä päivältä on odotettavissa',
      },
    },
  ],
  smoothness: [
    {
      category: 'serviceDevelopment',
      text: {
        en: 'Walk through the customer journey and remove the three worst hassles',
        fi: 'Kuljetaan asiakaspolku läpi asiakkaan silmin ja poistetaan kolme pahinta hankaluutta',
      },
    },
    {
      category: 'feedbackSystem',
      text: {
        en: 'Track errors that reach the customer and review them monthly',
        fi: 'Seurataan asiakkaalle asti päätyviä virheitä ja käydään ne läpi kuukausittain',
      },
    },
  ],
  responsibility: [
    {
      category: 'qualityManual',
      text: {
        en: 'Name one person responsible for each customer matter until it is closed',
        fi: 'Nimetään jokaiselle asiakkaan asialle vastuuhenkilö, joka huolehtii siitä loppuun asti',
      },
    },
    {
      category: 'offers',
      text: {
        en: 'Check every offer against what the delivery team can really keep',
        fi: 'Verrataan jokaista tarjousta siihen, mitä toimituksesta vastaava tiimi oikeasti pystyy lunastamaan',
      },
    },
  ],
  communication: [
    {
      category: 'communicationGuidelines',
      text: {
        en: 'Tell the customer proactively what happens next at every stage',
        fi: 'Kerrotaan asiakkaalle oma-aloitteisesti joka vaiheessa, mitä seuraavaksi tapahtuu',
      },
    },
    {
      category: 'sharedReflection',
      text: {
        en: 'A shared weekly note so every department knows what was promised',
        fi: 'Yhteinen viikkotiedote, jotta jokainen osasto tietää, mitä on luvattu',
      },
    },
  ],
  exceedingExpectations: [
    {
      category: 'serviceDevelopment',
      text: {
        en: 'Design one small surprise for each critical moment',
        fi: 'Suunnitellaan jokaiseen kriittiseen hetkeen yksi pieni yllätys',
      },
    },
    {
      category: 'training',
      text: {
        en: 'Practise handling complaints so the customer leaves happier than before the problem',
        fi: 'Harjoitellaan reklamaatioiden hoitoa niin, että asiakas lähtee tyytyväisempänä kuin ennen ongelmaa',
      },
    },
  ],
};

/** An idea ready to become an action: its title in the workshop's language. */
export type PickableIdea = { title: string; category: ActionCategory; principleId: PrincipleId };

export type IdeaGroup =
  | { kind: 'principle'; principleId: PrincipleId; ideas: PickableIdea[] }
  | { kind: 'template'; name: string; ideas: PickableIdea[] };

/**
 * The ideas for the given principles (in the order given), then the sector template's typical
 * actions when the workshop uses a template: those are offered whatever the gaps.
 */
export function actionIdeaGroups(
  principleIds: readonly PrincipleId[],
  templateId: string,
  language: Language,
): IdeaGroup[] {
  const groups: IdeaGroup[] = principleIds.map((principleId) => ({
    kind: 'principle',
    principleId,
    ideas: ACTION_IDEAS[principleId].map((idea) => ({
      title: idea.text[language],
      category: idea.category,
      principleId,
    })),
  }));
  const template = templateContent(templateId, language);
  if (template) {
    groups.push({
      kind: 'template',
      name: template.name,
      ideas: template.actionIdeas.map((idea) => ({ ...idea, title: idea.text })),
    });
  }
  return groups;
}
