/**
 * Hands the user a file: a Blob behind an object URL and a temporary <a download>. No network, no
 * downloads permission; the browser's own save flow does the rest.
 */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `<name>-YYYY-MM-DD.<ext>`, in the user's local date (the day they see on their calendar). */
export function datedFileName(name: string, ext: string, date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${name}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${ext}`;
}

/** `constellation-backup-YYYY-MM-DD.json`: the one backup file name, popup and options page alike. */
export function backupFileName(date: Date): string {
  return datedFileName('constellation-backup', 'json', date);
}
