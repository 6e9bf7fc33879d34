/** A file-name-safe slug that keeps Finnish letters readable (ä → a, ö → o, å → a). */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'workshop';
}

export function actionPlanFileName(organisation: string, title: string): string {
  return `${slugify(organisation)}-${slugify(title)}-action-plan.pdf`;
}
