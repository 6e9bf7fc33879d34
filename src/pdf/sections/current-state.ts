import { rankCriticalMoments } from '../../domain/critical-moments';
import { countByTone, EVIDENCE_KINDS, emptyToneCounts, TONES } from '../../domain/evidence';
import type { ListEntry } from '../../domain/types';
import type { Translate } from '../../i18n';
import { COLORS, type PdfCursor } from '../layout';
import type { ReportData } from '../report-data';
import { drawSegments } from './segments';
import { drawMomentLanes, drawValues } from './values-and-lanes';
import { drawTable } from '../table';
import { drawPrincipleMatrix } from './principle-matrix';

const texts = (entries: ListEntry[]) => entries.map((entry) => entry.text.trim()).filter(Boolean);

function drawEvidenceNumbers(cursor: PdfCursor, data: ReportData, t: Translate): void {
  const { evidence } = data;
  cursor.heading(t('pdf.evidenceNumbers'), 12);
  const byKind = countByTone(evidence, (item) => item.kind);
  const toneHead = TONES.map((tone) => t(`tone.${tone}`));
  drawTable(
    cursor,
    [t('evidence.kind'), ...toneHead, t('heatmap.total')],
    EVIDENCE_KINDS.filter((kind) => byKind.has(kind)).map((kind) => {
      const count = byKind.get(kind) ?? emptyToneCounts();
      return [t(`kind.${kind}`), ...TONES.map((tone) => String(count[tone])), String(count.total)];
    }),
  );
  const byTouchpoint = countByTone(evidence, (item) => item.touchpointId);
  const rows = [
    ...data.touchpoints.map((tp) => ({ id: tp.id, name: tp.name })),
    { id: '', name: t('heatmap.noTouchpoint') },
  ]
    .filter((row) => byTouchpoint.has(row.id))
    .map((row) => {
      const count = byTouchpoint.get(row.id) ?? emptyToneCounts();
      return [row.name, ...TONES.map((tone) => String(count[tone])), String(count.total)];
    });
  cursor.heading(t('heatmap.title'), 12);
  drawTable(cursor, [t('heatmap.touchpoint'), ...toneHead, t('heatmap.total')], rows, {
    didParseCell: (cell) => {
      // Shade complaint and praise cells by their count, readable in grayscale too.
      const tone = TONES[cell.column.index - 1];
      const value = Number(cell.cell.raw);
      if (cell.section === 'body' && (tone === 'complaint' || tone === 'praise') && value > 0) {
        cell.cell.styles.fontStyle = 'bold';
        cell.cell.styles.fillColor = tone === 'complaint' ? [246, 214, 211] : [214, 236, 221];
      }
    },
  });
}

/** Phase 1 in the plan: the statement, strengths and weaknesses, and the evidence behind them. */
export function drawCurrentStateSection(cursor: PdfCursor, data: ReportData, t: Translate): void {
  const { workshop } = data;
  cursor.section(t('pdf.currentState'));
  cursor.heading(t('pdf.currentStatement'), 12);
  cursor.paragraph(workshop.currentStatement.trim() || t('pdf.notWritten'));
  if (workshop.currentRelationship.trim()) {
    cursor.heading(t('relationship.current'), 12);
    cursor.paragraph(workshop.currentRelationship.trim());
  }
  cursor.heading(t('pdf.strengths'), 12);
  cursor.bullets(texts(workshop.strengths), t('report.none'));
  cursor.heading(t('pdf.weaknesses'), 12);
  cursor.bullets(texts(workshop.weaknesses), t('report.none'));
  // The word-of-mouth baseline sits with the statement: at the section's end it fell alone
  // onto a page of its own.
  if (workshop.wordOfMouthGood !== null && workshop.wordOfMouthBad !== null) {
    cursor.paragraph(
      `${t('context.wordOfMouth')}: ${workshop.wordOfMouthGood}/${workshop.wordOfMouthBad}`,
      { color: COLORS.muted },
    );
  }
  // Mission and vision, read for service culture; left out when not written.
  for (const field of ['mission', 'vision'] as const) {
    const text = workshop[field].trim();
    if (!text) continue;
    cursor.heading(t(`context.${field}`), 12);
    cursor.paragraph(text);
  }
  drawValues(cursor, data, t);
  drawSegments(cursor, data, t);
  if (data.evidence.length > 0) drawEvidenceNumbers(cursor, data, t);
  drawPrincipleMatrix(cursor, data, t);

  const themeCounts = countByTone(data.evidence, (item) => item.themeId);
  if (data.themes.length > 0) {
    cursor.heading(t('themes.title'), 12);
    drawTable(
      cursor,
      [t('evidence.theme'), t('tone.praise'), t('tone.complaint'), t('heatmap.total')],
      data.themes.map((theme) => {
        const count = themeCounts.get(theme.id) ?? emptyToneCounts();
        return [theme.name, String(count.praise), String(count.complaint), String(count.total)];
      }),
    );
  }
  const critical = rankCriticalMoments(data.touchpoints);
  if (critical.length > 0) {
    cursor.heading(t('journey.criticalList'), 12);
    const stageName = new Map(data.journeyStages.map((stage) => [stage.id, stage.name]));
    drawTable(
      cursor,
      [t('pdf.stage'), t('heatmap.touchpoint'), t('pdf.importance'), t('pdf.performance')],
      critical.map((tp) => [
        stageName.get(tp.stageId) ?? '',
        tp.name,
        String(tp.importance ?? '–'),
        String(tp.performance ?? '–'),
      ]),
    );
    drawMomentLanes(cursor, critical, t);
  }
}
