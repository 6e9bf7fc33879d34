import { beforeAll, describe, expect, it } from 'vitest';
import { loadFeatureMessages } from '../../src/i18n';
import { renderSamplePdf } from '../helpers/sample-pdf';

beforeAll(() => loadFeatureMessages());

const render = (...args: Parameters<typeof renderSamplePdf>) =>
  renderSamplePdf(...args).text.replace(/\s+/g, ' ');

describe('the action plan and the method in depth', () => {
  it('lists the routines apart, with their cadence and whether they happened', () => {
    const text = render('fi');
    expect(text).toContain('Rutiinit');
    expect(text).toContain('Viikoittainen rutiini');
    expect(text).toContain('Kuukausittainen rutiini');
    expect(text).toContain('Toteutui');
    expect(text).toContain('Rutiinit tässä seurantakatsauksessa: toteutui 1');
  });

  it('names the change agent and quotes the sponsor’s commitment on the summary page', () => {
    const text = render('en');
    expect(text).toContain('Change agent: Sanna Virtanen, Quality manager');
    expect(text).toContain('Time reserved: One day a week until the end of the year');
    expect(text).toContain('Management sponsor: Matti Järvinen, Hotel director');
    expect(text).toContain('“The management team goes through the progress');
    expect(text).toContain('Change agent’s report: The feedback huddles have started');
  });

  it.each(['fi', 'en'] as const)(
    'keeps the %s summary on one page, from where we are to the key indicators',
    (language) => {
      const { pageText } = renderSamplePdf(language);
      const summary = pageText(3).replace(/\s+/g, ' ');
      const [whereWeAre, keyIndicators, commitment] =
        language === 'fi'
          ? ['Missä olemme', 'Keskeiset mittarit', 'Johtoryhmä käy']
          : ['Where we are', 'Key indicators', 'The management team goes through'];
      expect(summary).toContain(whereWeAre);
      expect(summary).toContain(keyIndicators);
      expect(summary).toContain(commitment);
      expect(pageText(4)).not.toContain(keyIndicators);
    },
  );

  it('leaves the change agent out when nobody is named', () => {
    const text = render('en', (sample) => {
      Object.assign(sample.workshop, { changeAgent: '', sponsor: '', commitment: '' });
    });
    expect(text).not.toContain('Change agent and commitment');
  });

  it('carries the customer relationship now and the change we want, in Finnish', () => {
    const text = render('fi');
    expect(text).toContain('Asiakkuus nyt');
    expect(text).toContain('Useimmat vieraat käyvät kerran tai kaksi vuodessa.');
    expect(text).toContain('Muutos, jonka haluamme saada aikaan asiakkaidemme maailmassa');
    expect(text).toContain('Vieraamme palaavat arkeensa levänneinä');
  });

  it('keeps both word-of-mouth numbers as baseline and target, and each review’s figures', () => {
    const text = render('en');
    expect(text).toContain('Word of mouth (told about a good / a bad experience) 3/18 6/12');
    expect(text).toContain('Word of mouth: 4/15');
  });

  it('shows the values with their culture notes and what the customer feels, knows and does', () => {
    const { sample, text: pdfText } = renderSamplePdf('en');
    const text = pdfText.replace(/\s+/g, ' ');
    const [value] = sample.orgValues;
    const moment = sample.touchpoints.find((tp) => tp.isCritical && tp.feels);
    expect(text).toContain('Feels, knows, does');
    expect(text).toContain(value!.cultureNote.split(' ').slice(0, 4).join(' '));
    expect(text).toContain(moment!.feels.split(' ').slice(0, 4).join(' '));
  });

  it('drops the spread and group columns from one person’s plan', () => {
    const many = render('en');
    expect(many).toContain('Spread (SD)');
    expect(many).toContain('Groups differ');
    const one = render('en', (sample) => {
      const [first] = sample.participants;
      sample.participants = [first!];
      sample.ratings = sample.ratings.filter((rating) => rating.participantId === first!.id);
    });
    expect(one).toContain('Current state and target by principle');
    expect(one).not.toContain('Spread (SD)');
    expect(one).not.toContain('Groups differ');
  });

  it('puts the segments with their critical moments, and the effort by segment, in the plan', () => {
    const text = render('en');
    expect(text).toContain('Customer segments');
    expect(text).toContain('Effort by segment');
    expect(text).toContain('Not linked to a segment');
  });
});
