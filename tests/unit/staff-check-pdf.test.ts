import { beforeAll, describe, expect, it } from 'vitest';
import { loadFeatureMessages } from '../../src/i18n';
import { renderSamplePdf } from '../helpers/sample-pdf';

beforeAll(() => loadFeatureMessages());

const render = (...args: Parameters<typeof renderSamplePdf>) =>
  renderSamplePdf(...args).text.replace(/\s+/g, ' ');

describe('the staff experience check in the action plan', () => {
  it('prints the statements with mean, target and gap, and where staff and customers disagree', () => {
    const text = render('en');
    expect(text).toContain('Staff experience check');
    expect(text).toMatch(/Time to serve 1\.8 1–3 0\.7 3 1\.2/);
    expect(text).toContain(
      'Staff give “Time to serve” a mean of 1.8, while “Genuine encounter” has 4.0 on the customer side: staff are 2.2 points lower.',
    );
    expect(text).toContain('Both low: staff give “Authority to serve” a mean of 2.5');
  });

  it('is in Finnish in a Finnish workshop’s plan', () => {
    const text = render('fi');
    expect(text).toContain('Henkilöstökokemuksen kartoitus');
    expect(text).toContain(
      'Henkilöstön keskiarvo väittämälle ”Aikaa palvella” on 1,8, mutta periaatteen ”Aito kohtaaminen” keskiarvo asiakasnäkökulmasta on 4,0: henkilöstön arvio on 2,2 pistettä matalampi.',
    );
  });

  it('drops spread and groups from one person’s staff check, and leaves it out when nobody answered', () => {
    const one = render('en', (sample) => {
      const [first] = sample.participants;
      sample.participants = [first!];
    });
    expect(one).toContain('Staff experience check');
    expect(one).not.toContain('Spread (SD)');
    const none = render('en', (sample) => {
      sample.staffRatings = [];
      sample.workshop.staffTargetLevels = {};
    });
    expect(none).not.toContain('Staff experience check');
  });

  it.each([
    ['en', 'Trend of the staff experience', 'Time to serve', '1.8', '2.8'],
    ['fi', 'Henkilöstökokemuksen kehitys', 'Aikaa palvella', '1,8', '2,8'],
  ] as const)(
    'charts each staff statement from the workshop to the review that re-rated it (%s)',
    (language, title, workload, before, after) => {
      const text = render(language);
      const trend = text.slice(text.indexOf(title));
      expect(text.indexOf(title)).toBeGreaterThan(0);
      const chart = trend.slice(trend.indexOf(workload), trend.indexOf(workload) + 200);
      expect(chart).toContain(before);
      expect(chart).toContain(after);
    },
  );

  it('prints no staff trend when no review re-rated the staff experience', () => {
    const text = render('en', (sample) => {
      sample.staffRatings = sample.staffRatings.filter((rating) => rating.reviewId === '');
    });
    expect(text).toContain('Staff experience check');
    expect(text).not.toContain('Trend of the staff experience');
  });
});
