import { beforeAll, describe, expect, it } from 'vitest';
import { loadFeatureMessages } from '../../src/i18n';
import { renderSamplePdf } from '../helpers/sample-pdf';

beforeAll(() => loadFeatureMessages());

const render = (...args: Parameters<typeof renderSamplePdf>) =>
  renderSamplePdf(...args).text.replace(/\s+/g, ' ');

describe('the indicators’ readings in the action plan', () => {
  it('lists what each indicator read at the review and charts both from baseline to target', () => {
    const text = render('fi');
    expect(text).toContain(
      'Mittarit: Vastaanottoa koskevien moitteiden osuus 32 %; Suositteluhalukkuus 8,4',
    );
    expect(text).toContain('Mittarien kehitys');
    expect(text).toContain('Vastaanottoa koskevien moitteiden osuus (%)');
    expect(text).toContain('Tavoite 15 %');
    expect(text).toContain('Suositteluhalukkuus (0–10)');
    expect(text).toContain('Tavoite 9,0');
  });

  it('writes the English figures the English way', () => {
    const text = render('en');
    expect(text).toContain(
      'Indicators: Share of complaints about the reception 32%; Likelihood to recommend 8.4',
    );
    expect(text).toContain('Indicators over the reviews');
    expect(text).toContain('Likelihood to recommend (0–10)');
  });

  it('charts no indicator whose readings are words, and still lists its reading', () => {
    const text = render('en', (sample) => {
      const held = sample.reviews.find((review) => review.isHeld)!;
      held.indicatorReadings = held.indicatorReadings.map((reading) => ({
        ...reading,
        value: 'not measured yet',
      }));
    });
    expect(text).toContain('Share of complaints about the reception not measured yet');
    expect(text).not.toContain('Indicators over the reviews');
  });
});
