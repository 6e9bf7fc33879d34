import type { jsPDF } from 'jspdf';

/** Page geometry and type scale of the plan, in millimetres and points. */
export const PAGE = { margin: 18, top: 24, bottom: 20 } as const;
export const COLORS = {
  ink: [31, 35, 40] as const,
  muted: [85, 90, 96] as const,
  accent: [29, 78, 95] as const,
  rule: [200, 205, 210] as const,
};
export const FONT = 'Inter';

/** A cursor that flows text down the page and starts a new page when the next block won't fit. */
export type OutlineEntry = { title: string; page: number };

export class PdfCursor {
  y: number = PAGE.top;
  /** Main sections and the pages they start on, for the table of contents. */
  readonly outline: OutlineEntry[] = [];
  /** Told of each main section as it starts (the export's progress bar). */
  onSection: ((title: string) => void) | undefined;
  /** A column of the page the text flows in instead of the full width (see `inColumn`). */
  private column: { left: number; width: number } | null = null;
  constructor(readonly doc: jsPDF) {}

  /** Starts a main section on a page of its own and records it for the contents. */
  section(title: string): void {
    if (this.y > PAGE.top) this.newPage();
    this.outline.push({ title, page: this.doc.getNumberOfPages() });
    this.onSection?.(title);
    this.heading(title, 18);
  }

  /** Where text starts: the page's margin, or the column's left edge. */
  get left(): number {
    return this.column?.left ?? PAGE.margin;
  }

  get width(): number {
    return this.column?.width ?? this.doc.internal.pageSize.getWidth() - 2 * PAGE.margin;
  }

  /**
   * Draws `draw` into a column from the current height and returns the height it ended at; the
   * cursor's y is left where it was, so a second column can start beside the first.
   */
  inColumn(left: number, width: number, draw: () => void): number {
    const start = this.y;
    this.column = { left, width };
    try {
      draw();
      return this.y;
    } finally {
      this.column = null;
      this.y = start;
    }
  }

  get bottomLimit(): number {
    return this.doc.internal.pageSize.getHeight() - PAGE.bottom;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
  }

  ensureSpace(height: number): void {
    if (this.y + height > this.bottomLimit) this.newPage();
  }

  private lineHeight(size: number): number {
    return size * 0.3528 * 1.35;
  }

  /** A heading that never sits alone at the bottom of a page: it keeps room for some text. */
  heading(text: string, size = 15, keepWithNext = 24): void {
    const lines = this.doc
      .setFont(FONT, 'bold')
      .setFontSize(size)
      .splitTextToSize(text, this.width) as string[];
    const height = lines.length * this.lineHeight(size);
    this.ensureSpace(height + keepWithNext);
    this.y += size > 13 ? 4 : 2;
    this.doc.setTextColor(...COLORS.accent).text(lines, this.left, this.y, { baseline: 'top' });
    this.y += height + 2;
  }

  /** Wrapped text, split across pages line by line, never cut. */
  paragraph(
    text: string,
    options: { size?: number; color?: readonly [number, number, number]; indent?: number } = {},
  ): void {
    const size = options.size ?? 10.5;
    const indent = options.indent ?? 0;
    this.doc
      .setFont(FONT, 'normal')
      .setFontSize(size)
      .setTextColor(...(options.color ?? COLORS.ink));
    const lines = this.doc.splitTextToSize(text, this.width - indent) as string[];
    const lineHeight = this.lineHeight(size);
    for (const line of lines) {
      this.ensureSpace(lineHeight);
      this.doc.text(line, this.left + indent, this.y, { baseline: 'top' });
      this.y += lineHeight;
    }
    this.y += 2;
  }

  bullets(items: string[], emptyText: string): void {
    if (items.length === 0) {
      this.paragraph(emptyText, { color: COLORS.muted });
      return;
    }
    for (const item of items) {
      this.ensureSpace(this.lineHeight(10.5));
      this.doc
        .setFont(FONT, 'normal')
        .setFontSize(10.5)
        .setTextColor(...COLORS.accent);
      this.doc.text('•', this.left + 1, this.y, { baseline: 'top' });
      this.paragraph(item, { indent: 6 });
      this.y -= 1;
    }
    this.y += 2;
  }

  gap(mm: number): void {
    this.y += mm;
  }
}
