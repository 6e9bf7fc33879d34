import type { Workshop } from '../../domain/types';
import type { Translate } from '../../i18n';

/** What every step's shared content gets: the workshop and the workshop language's `t`. */
export type StepContentProps = { workshop: Workshop; t: Translate };

export const Nothing = ({ t }: { t: Translate }) => (
  <p className="present-muted">{t('present.nothingYet')}</p>
);
