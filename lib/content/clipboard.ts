/** Puts text on the clipboard; false when the page or browser refuses (the caller tells the user what to do). */
export function copyToClipboard(text: string): Promise<boolean> {
  return navigator.clipboard.writeText(text).then(
    () => true,
    () => false,
  );
}
