import { defineMessages } from '../define';

/** Evidence that grounds the ratings: principle tags, suggestions, the matrix, for and against. */
export const groundingMessages = defineMessages({
  en: {
    'principleTags.label': 'Principles',
    'principleTags.remove': 'Remove principle {principle} from item {n}',
    'principleTags.suggested': 'Suggested',
    'principleTags.accept': 'Accept {principle} for item {n}',
    'principleTags.reject': 'Reject {principle} for item {n}',
    'principleTags.add': 'Add principle',
    'principleTags.addPlaceholder': 'Choose…',
    'suggestions.title': 'Principle suggestions',
    'suggestions.intro':
      'The app reads the words of each item and proposes the principles it speaks to. Nothing is tagged until you accept; a rejected suggestion is not proposed again.',
    'suggestions.pending':
      'Open suggestions: {tags}, on {items} of the {shown} items in this view.',
    'suggestions.none': 'No open suggestions in this view.',
    'suggestions.acceptAll': 'Accept all suggestions for the items in view ({count})',
    'suggestions.rejectAll': 'Reject all suggestions for the items in view ({count})',
    'suggestions.accepted': 'Principle tags accepted: {count}.',
    'suggestions.rejected': 'Suggestions rejected: {count}.',
    'suggestions.review': 'Go through them one by one',
    'suggestions.moreToReview':
      'Items with suggestions still waiting: {count}. Accept or reject these first.',
    'principleMatrix.title': 'Principles along the journey',
    'principleMatrix.caption':
      'Praise (+) and complaints (−) tagged with each principle, per touchpoint. Select a number to see the items.',
    'principleMatrix.cellPraise': 'Praise: {count}, {principle} at {touchpoint}: show',
    'principleMatrix.cellComplaint': 'Complaints: {count}, {principle} at {touchpoint}: show',
    'principleMatrix.empty':
      'Tag evidence with principles (accept the suggestions) and this table shows where each principle succeeds or fails along the journey.',
    'evidence.principle': 'Principle',
    'grounding.summary': 'Evidence: {praise} for, {complaint} against',
    'grounding.for': 'For: praise ({count})',
    'grounding.against': 'Against: complaints ({count})',
    'grounding.none': 'None tagged.',
    'grounding.more': '…and more: {count}',
    'grounding.empty': 'No evidence tagged with this principle yet.',
    'grounding.open': 'Tag evidence on the evidence board',
    'pdf.principleMatrix': 'Principles along the journey',
    'pdf.principleMatrixNote':
      'Each cell: praise / complaints tagged with the principle at the touchpoint. Empty: none.',
  },
  fi: {
    'principleTags.label': 'Periaatteet',
    'principleTags.remove': 'Poista periaate {principle} havainnosta {n}',
    'principleTags.suggested': 'Ehdotus',
    'principleTags.accept': 'Hyväksy periaate {principle} havainnolle {n}',
    'principleTags.reject': 'Hylkää periaate {principle} havainnolta {n}',
    'principleTags.add': 'Lisää periaate',
    'principleTags.addPlaceholder': 'Valitse…',
    'suggestions.title': 'Periaate-ehdotukset',
    'suggestions.intro':
      'Sovellus lukee havaintojen sanat ja ehdottaa periaatteita, joita ne koskevat. Mitään ei merkitä ennen kuin hyväksyt; hylättyä ehdotusta ei tarjota uudelleen.',
    'suggestions.pending':
      'Avoimia ehdotuksia: {tags}. Niitä on {items} havainnolla näkymän {shown} havainnosta.',
    'suggestions.none': 'Tässä näkymässä ei ole avoimia ehdotuksia.',
    'suggestions.acceptAll': 'Hyväksy kaikki ehdotukset näkymän havainnoille ({count})',
    'suggestions.rejectAll': 'Hylkää kaikki ehdotukset näkymän havainnoilta ({count})',
    'suggestions.accepted': 'Hyväksyttyjä periaatemerkintöjä: {count}.',
    'suggestions.rejected': 'Hylättyjä ehdotuksia: {count}.',
    'suggestions.review': 'Käy ehdotukset läpi yksi kerrallaan',
    'suggestions.moreToReview':
      'Ehdotuksia on vielä {count} muulla havainnolla. Hyväksy tai hylkää ensin nämä.',
    'principleMatrix.title': 'Periaatteet asiakaspolun varrella',
    'principleMatrix.caption':
      'Periaatteilla merkityt kiitokset (+) ja moitteet (−) kohtaamispisteittäin. Valitse luku, niin näet havainnot.',
    'principleMatrix.cellPraise': 'Kiitoksia {count}, {principle}, {touchpoint}: näytä',
    'principleMatrix.cellComplaint': 'Moitteita {count}, {principle}, {touchpoint}: näytä',
    'principleMatrix.empty':
      'Merkitse havainnoille periaatteet (hyväksy ehdotukset), niin taulukko näyttää, missä kukin periaate toteutuu tai pettää asiakaspolun varrella.',
    'evidence.principle': 'Periaate',
    'grounding.summary': 'Havainnot: {praise} puolesta, {complaint} vastaan',
    'grounding.for': 'Puolesta: kiitokset ({count})',
    'grounding.against': 'Vastaan: moitteet ({count})',
    'grounding.none': 'Ei merkittyjä.',
    'grounding.more': '…ja muita: {count}',
    'grounding.empty': 'Tällä periaatteella ei ole vielä merkittyjä havaintoja.',
    'grounding.open': 'Merkitse havaintoja havaintotaululla',
    'pdf.principleMatrix': 'Periaatteet asiakaspolun varrella',
    'pdf.principleMatrixNote':
      'Solussa: periaatteella merkityt kiitokset / moitteet kohtaamispisteessä. Tyhjä: ei yhtään.',
  },
});
