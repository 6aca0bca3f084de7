/** A file-name-safe slug of a case title: "Antwerp inbound – März" → "antwerp-inbound-marz". */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'case';
}

/** The folder's own separator, so a Windows folder gets a Windows path. */
function separatorOf(dir: string): string {
  return dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
}

/** Where a new case goes unless the user says otherwise: `<folder>/<slug>.kimb`. */
export function suggestCasePath(dir: string, title: string): string {
  const name = `${slugify(title)}.kimb`;
  if (dir === '') return name;
  const sep = separatorOf(dir);
  return dir.endsWith(sep) ? `${dir}${name}` : `${dir}${sep}${name}`;
}
