import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Checkbox } from '../../components/checkbox';
import { TaskProgress } from '../../components/task-progress';
import { paths } from '../../config/paths';
import { importEvidenceRows } from '../../db/repositories/evidence-import';
import {
  guessMapping,
  MAX_CSV_BYTES,
  MAX_CSV_ROWS,
  type ColumnMapping,
} from '../../domain/csv-import';
import type { Language } from '../../domain/types';
import type { Translate } from '../../i18n';
import type { EvidenceKind, Tone } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useCurrentWorkshop } from '../../hooks/use-workshop';
import { useT } from '../../hooks/use-t';
import { useWorkshopT } from '../../hooks/use-workshop-t';
import { useUiStore } from '../../stores/ui-store';
import { ColumnMappingFields } from './column-mapping';
import { GuidingQuestions } from './guiding-questions';
import { ImportPreview } from './import-preview';
import { KindSelect, ToneSelect } from './option-lists';
import type { CsvProblem, CsvProgress, ParsedCsv } from './parse-csv';
import { readCsvFile } from './read-csv';
import { useMappedRows } from './use-mapped-rows';
import './current-state.css';

/** Rows shown under each column choice. */
const SAMPLE_ROWS = 3;

export function ImportPage() {
  const t = useT();
  const language = useUiStore((state) => state.language);
  const id = useId();
  const workshop = useCurrentWorkshop();
  // The stage of new touchpoints is workshop data: named in the workshop's language.
  const workshopT = useWorkshopT(workshop.language);
  const reportError = useReportError();
  const [csv, setCsv] = useState<ParsedCsv | null>(null);
  const [problem, setProblem] = useState('');
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [hasHeader, setHasHeader] = useState(true);
  const [defaultKind, setDefaultKind] = useState<EvidenceKind>('feedback');
  const [defaultTone, setDefaultTone] = useState<Tone>('neutral');
  const [status, setStatus] = useState<'idle' | 'reading' | 'importing' | 'done'>('idle');
  const [importedCount, setImportedCount] = useState(0);
  const [rowsRead, setRowsRead] = useState<CsvProgress | 0>(0);

  const choose = async (file: File | undefined) => {
    setCsv(null);
    setProblem('');
    setStatus('idle');
    if (!file) return;
    if (file.size > MAX_CSV_BYTES) return setProblem(t('import.tooLarge'));
    setStatus('reading');
    setRowsRead(0);
    try {
      const read = await readCsvFile(file, (progress) => setRowsRead(progress));
      if (!read.ok) setProblem(problemText(read, t, language));
      else if (read.csv.rows.length === 0) setProblem(t('import.emptyFile'));
      else {
        setCsv(read.csv);
        setMapping(guessMapping(read.csv.rows[0] ?? [], read.csv.rows.slice(1)));
      }
    } catch (error) {
      setProblem(problemText({ code: 'unreadable', reason: String(error) }, t, language));
    }
    setStatus('idle');
  };

  const headers = useMemo(() => {
    const first = csv?.rows[0] ?? [];
    return hasHeader ? first : first.map((_, index) => `#${index + 1}`);
  }, [csv, hasHeader]);
  const dataRows = useMemo(
    () => (csv ? (hasHeader ? csv.rows.slice(1) : csv.rows) : []),
    [csv, hasHeader],
  );
  const { result, isCurrent } = useMappedRows(
    dataRows,
    mapping,
    defaultKind,
    defaultTone,
    hasHeader ? 2 : 1,
  );

  const runImport = async () => {
    if (!result || !isCurrent) return;
    setStatus('importing');
    try {
      setImportedCount(
        await importEvidenceRows(workshop.id, result.items, workshopT('import.stageName')),
      );
      setStatus('done');
      setCsv(null);
    } catch (error) {
      reportError(error);
      setStatus('idle');
    }
  };

  return (
    <section className="page phase">
      <header className="phase-header">
        <h1>{t('import.title')}</h1>
        <p className="phase-question">{t('import.question')}</p>
        <GuidingQuestions text={t('import.guide')} />
      </header>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('import.file')}</label>
        <p className="field-hint" id={`${id}-hint`}>
          {t('import.fileHint')}
        </p>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.txt,text/csv"
          aria-describedby={`${id}-hint`}
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </div>
      {status === 'reading' ? (
        <TaskProgress
          label={t('import.reading')}
          percent={rowsRead ? rowsRead.percent : null}
          detail={
            rowsRead
              ? t('import.rowsRead', { rows: formatCount(rowsRead.rows, language) })
              : undefined
          }
        />
      ) : null}
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {status === 'done' ? (
        <p role="status" className="success-text">
          {t('import.done', { count: importedCount })}{' '}
          <Link to={paths.currentPart(workshop.id, 'evidence')}>{t('import.openBoard')}</Link>
        </p>
      ) : null}
      {csv && mapping && result ? (
        <>
          <p className="muted">
            {t('import.summary', {
              rows: csv.rows.length,
              columns: csv.rows[0]?.length ?? 0,
              encoding: csv.encoding,
              delimiter: csv.delimiter,
            })}
          </p>
          <Checkbox label={t('import.headerRow')} checked={hasHeader} onChange={setHasHeader} />
          <ColumnMappingFields
            headers={headers}
            samples={dataRows.slice(0, SAMPLE_ROWS)}
            mapping={mapping}
            onChange={setMapping}
          />
          <div className="evidence-fields">
            <div className="field">
              <label htmlFor={`${id}-kind`}>{t('import.defaultKind')}</label>
              <KindSelect
                id={`${id}-kind`}
                value={defaultKind}
                onChange={(value) => value && setDefaultKind(value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-tone`}>{t('import.defaultTone')}</label>
              <ToneSelect
                id={`${id}-tone`}
                value={defaultTone}
                onChange={(value) => value && setDefaultTone(value)}
              />
            </div>
          </div>
          <ImportPreview items={result.items} errors={result.errors} />
          <button
            type="button"
            className="button-primary"
            disabled={status === 'importing' || !isCurrent || result.items.length === 0}
            onClick={() => void runImport()}
          >
            {status === 'importing'
              ? t('import.importing')
              : t('import.import', { count: result.items.length })}
          </button>
        </>
      ) : null}
    </section>
  );
}

const formatCount = (count: number, language: Language) =>
  new Intl.NumberFormat(language === 'fi' ? 'fi-FI' : 'en-GB').format(count);

function problemText(problem: CsvProblem, t: Translate, language: Language): string {
  switch (problem.code) {
    case 'tooLarge':
      return t('import.tooLarge');
    case 'tooManyRows':
      return t('import.tooManyRows', { max: formatCount(MAX_CSV_ROWS, language) });
    case 'unreadable':
      return t('import.unreadable', { reason: problem.reason });
  }
}
