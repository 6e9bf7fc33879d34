import { defineMessages } from '../define';

/** The change agent and the management sponsor's commitment (issue 18, item 2). */
export const changeAgentMessages = defineMessages({
  en: {
    'path.nav.changeAgent': 'Change agent',
    'changeAgent.title': 'Change agent and commitment',
    'changeAgent.question': 'Who carries the change, and who in management stands behind it?',
    'changeAgent.guide':
      'Changing a culture takes time and meets resistance. A change agent links management, staff and the goals, keeps the work moving between reviews and reports at each of them. Give the change agent a clear mandate and reserved time; without them the path stays on paper. The management sponsor commits in their own words.',
    'changeAgent.agentTitle': 'Change agent',
    'changeAgent.name': 'Name',
    'changeAgent.role': 'Role in the organisation',
    'changeAgent.mandate': 'Mandate: what the change agent may decide and do',
    'changeAgent.time': 'Time reserved',
    'changeAgent.timeHint': 'For example “one day a week until June”.',
    'changeAgent.sponsorTitle': 'Management sponsor',
    'changeAgent.commitment': 'Commitment statement',
    'changeAgent.commitmentHint':
      'A few sentences in the sponsor’s own words: what management will do, give and follow up.',
    'changeAgent.summary': 'Change agent: {name}',
    'changeAgent.sponsorSummary': 'Management sponsor: {name}',
    'changeAgent.missing': 'No change agent or management sponsor named yet.',
    'changeAgent.edit': 'Name the change agent and the sponsor',
    'changeAgent.report': 'Change agent’s report',
    'changeAgent.reportBy': 'Report by the change agent, {name}',
    'changeAgent.timeReserved': 'Time reserved: {time}',
    'changeAgent.mandateLine': 'Mandate: {mandate}',
  },
  fi: {
    'path.nav.changeAgent': 'Muutosagentti',
    'changeAgent.title': 'Muutosagentti ja johdon sitoumus',
    'changeAgent.question': 'Kuka vie muutosta eteenpäin, ja kuka johdosta seisoo sen takana?',
    'changeAgent.guide':
      'Kulttuurin muuttaminen vie aikaa ja herättää vastustusta. Muutosagentti yhdistää johdon, henkilöstön ja tavoitteet, pitää työn käynnissä seurantakatsausten välillä ja raportoi jokaisessa niistä. Antakaa muutosagentille selkeät valtuudet ja varattu aika, muuten kehittämispolku jää paperille. Johdon sponsori kirjoittaa sitoumuksensa omin sanoin.',
    'changeAgent.agentTitle': 'Muutosagentti',
    'changeAgent.name': 'Nimi',
    'changeAgent.role': 'Tehtävä organisaatiossa',
    'changeAgent.mandate': 'Valtuudet: mitä muutosagentti saa päättää ja tehdä',
    'changeAgent.time': 'Varattu aika',
    'changeAgent.timeHint': 'Esimerkiksi ”yksi päivä viikossa kesäkuuhun asti”.',
    'changeAgent.sponsorTitle': 'Johdon sponsori',
    'changeAgent.commitment': 'Sitoumus',
    'changeAgent.commitmentHint':
      'Muutama lause sponsorin omin sanoin: mitä johto tekee, mihin se antaa aikaa ja resursseja ja miten se seuraa etenemistä.',
    'changeAgent.summary': 'Muutosagentti: {name}',
    'changeAgent.sponsorSummary': 'Johdon sponsori: {name}',
    'changeAgent.missing': 'Muutosagenttia tai johdon sponsoria ei ole vielä nimetty.',
    'changeAgent.edit': 'Nimeä muutosagentti ja sponsori',
    'changeAgent.report': 'Muutosagentin raportti',
    'changeAgent.reportBy': 'Muutosagentin raportti ({name})',
    'changeAgent.timeReserved': 'Varattu aika: {time}',
    'changeAgent.mandateLine': 'Valtuudet: {mandate}',
  },
});
