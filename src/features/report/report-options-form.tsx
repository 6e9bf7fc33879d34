import { useId } from 'react';
import { REPORT_SECTIONS, type ReportOptions } from '../../domain/report-options';
import { useT } from '../../hooks/use-t';

type Props = { options: ReportOptions; onChange: (options: ReportOptions) => void };

/** Which sections, appendices, anonymity and paper size the PDF gets. */
export function ReportOptionsForm({ options, onChange }: Props) {
  const t = useT();
  const id = useId();
  const check = (label: string, checked: boolean, change: (value: boolean) => ReportOptions) => (
    <label className="choice">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(change(event.target.checked))}
      />
      {label}
    </label>
  );
  return (
    <fieldset className="card report-options">
      <legend>{t('report.options')}</legend>
      <fieldset className="field">
        <legend>{t('report.sections')}</legend>
        {REPORT_SECTIONS.map((section) => (
          <span key={section}>
            {check(t(`report.section.${section}`), options.sections[section], (value) => ({
              ...options,
              sections: { ...options.sections, [section]: value },
            }))}
          </span>
        ))}
      </fieldset>
      {check(t('report.anonymise'), options.isAnonymous, (value) => ({
        ...options,
        isAnonymous: value,
      }))}
      {check(t('report.evidenceAppendix'), options.hasEvidenceAppendix, (value) => ({
        ...options,
        hasEvidenceAppendix: value,
      }))}
      {check(t('report.ratingsAppendix'), options.hasRatingsAppendix, (value) => ({
        ...options,
        hasRatingsAppendix: value,
      }))}
      {check(t('privacy.redactExport'), options.isRedacted, (value) => ({
        ...options,
        isRedacted: value,
      }))}
      <fieldset className="field">
        <legend>{t('report.paper')}</legend>
        {(['a4', 'letter'] as const).map((paper) => (
          <label key={paper} className="choice">
            <input
              type="radio"
              name={`${id}-paper`}
              checked={options.paper === paper}
              onChange={() => onChange({ ...options, paper })}
            />
            {t(`report.${paper}`)}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
