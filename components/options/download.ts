/** Saves text as a file through the browser's download (an object URL clicked from a temporary link). */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the download has taken its copy by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function formatTime(epochMs: number | undefined): string {
  return epochMs === undefined ? '—' : new Date(epochMs).toLocaleString();
}
