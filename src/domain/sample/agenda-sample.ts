import { CUSTOM_KIND, templateAgenda, type AgendaKind } from '../agenda';
import type { Language } from '../types';
import type { WorkshopContent } from '../workshop-content';

type AgendaSampleTexts = {
  notes: Partial<Record<AgendaKind, string>>;
  breakTitle: string;
};

const TEXTS: Record<Language, AgendaSampleTexts> = {
  en: {
    breakTitle: 'Coffee break',
    notes: {
      intro:
        'Welcome everyone, say why the hotel wants to look at its service now. Ask each person for one word about a good guest encounter.',
      feedbackReview:
        'Show the theme counts first. The Friday and Sunday queues will come up: let the reception staff speak first.',
      staffExperiences: 'Pairs for five minutes, then one example per pair on the wall.',
      assessment:
        'Everyone rates alone before any discussion. Watch for the gap between management and the reception.',
      quickWins: 'Each small improvement needs an owner in the room before we move on.',
      closing:
        'Agree the date of the first follow-up review and who reports to the management team.',
    },
  },
  fi: {
    breakTitle: 'Kahvitauko',
    notes: {
      intro:
        'Toivota kaikki tervetulleiksi ja kerro, miksi hotelli haluaa tarkastella palveluaan juuri nyt. Pyydä jokaiselta yksi sana hyvästä asiakaskohtaamisesta.',
      feedbackReview:
        'Näytä ensin teemojen määrät. Perjantain ja sunnuntain jonot nousevat esiin: anna vastaanoton työntekijöiden puhua ensin.',
      staffExperiences:
        'Viisi minuuttia pareittain, sitten yksi esimerkki kustakin parista seinälle.',
      assessment:
        'Jokainen arvioi ensin yksin, vasta sitten keskustellaan. Seuraa johdon ja vastaanoton eroa.',
      quickWins:
        'Jokaiselle pienelle parannukselle sovitaan vastuuhenkilö paikallaolijoista ennen kuin jatketaan.',
      closing: 'Sovi ensimmäisen seurantakatsauksen päivä ja se, kuka raportoi johtoryhmälle.',
    },
  },
};

/** The half-day agenda of the sample workshop, with facilitator notes and a coffee break. */
export function addAgendaSample(
  content: WorkshopContent,
  language: Language,
  newId: () => string,
  now: Date,
): void {
  const stamp = now.toISOString();
  const texts = TEXTS[language];
  const steps = templateAgenda(language).map((step) => ({
    ...step,
    notes: texts.notes[step.kind as AgendaKind] ?? '',
  }));
  const afterJourney = steps.findIndex((step) => step.kind === 'journey') + 1;
  steps.splice(afterJourney, 0, {
    kind: CUSTOM_KIND,
    title: texts.breakTitle,
    minutes: 15,
    order: 0,
    isSkipped: false,
    notes: '',
  });
  content.agendaSteps = steps.map((step, order) => ({
    ...step,
    order,
    id: newId(),
    workshopId: content.workshop.id,
    createdAt: stamp,
    updatedAt: stamp,
  }));
  content.workshop.agendaStartTime = '09:00';
}
